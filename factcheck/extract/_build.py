"""From a Figure in its sentence to a draft claim: which kind, which unit, what it measures.

Each figure is read with the few words around it (``_context``); the result is a :class:`Draft`,
a mutable record the relation step (``_relations``) links with its neighbours before it becomes
an immutable Claim. Kinds, in order of precedence:

1. a change (a change verb before it, "a 95% drop", "3% higher"): relative in percent, in points
   for percentage points, absolute otherwise (its unit may be a rate: "cut by 100,000 a year");
2. a ratio ("three times as many"); 3. money (a currency); 4. a share (percent, or a fraction
   followed by "of": "nearly half of"); 5. a rate ("100,000 a year", "£20 per week"); 6. a
   duration (a time unit: "a two-day visit", "six months"); 7. a physical quantity; 8. a count:
   of people for people nouns ("5,294 Albanians"), of households, jobs, cases ... for those
   nouns, of ``item`` for any other noun ("12 sites"), dimensionless with no noun after it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from attrs import define, field

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    Claim,
    CountClaim,
    Direction,
    DurationClaim,
    MoneyClaim,
    PointsChangeClaim,
    QuantityClaim,
    RateClaim,
    RatioClaim,
    RelativeChangeClaim,
    ShareClaim,
    Span,
)
from factcheck._decimal import CONTEXT, HUNDRED, ONE
from factcheck._precision import Hedge

from ._context import (
    change_after,
    change_before,
    counted_unit,
    level_verb,
    noun_phrase,
    rate_after,
    subject_before,
    subject_unit,
    time_unit,
)
from ._figure import Figure, Form

if TYPE_CHECKING:
    import pint

    from factcheck._claims import Period
    from factcheck._precision import PrecisionPolicy

    from ._sentences import Layout
    from ._wordindex import WordIndex

__all__ = ["Draft", "Reader", "finish"]

_LABELS: Final = frozenset(
    [
        "section",
        "sections",
        "article",
        "articles",
        "clause",
        "clauses",
        "paragraph",
        "chapter",
        "page",
        "pages",
        "rule",
        "regulation",
        "no",
        "number",
        "room",
        "flight",
        "route",
        "junction",
        "platform",
        "level",
        "grade",
        "stage",
        "part",
        "schedule",
        "table",
        "figure",
        "volume",
        "issue",
        "episode",
        "season",
        "series",
        "tier",
        "phase",
        "version",
        "model",
        "act",
        "bill",
        "amendment",
        "gate",
        "terminal",
        "line",
        "lines",
        "channel",
        "tv",
        "windows",
        "iphone",
        "covid",
        "mk",
        "ward",
        "block",
        "apartment",
        "flat",
        "unit",
        "suite",
    ]
)
_TIMES_WORDS: Final = frozenset(("times",))
ONE_HUNDREDTH: Final = Decimal("0.01")


@define
class Draft:
    """A claim being built: its class, amount and fields, and where it sits in the text."""

    cls: type[Claim]
    amount: Amount
    start: int
    end: int
    first: int
    """Index of the figure's first word."""
    last: int
    """Index of the last word read as part of the figure (unit words included)."""
    qualifier: str | None = None
    subject: str | None = None
    whole: str | None = None
    period: Period | None = None
    place: str | None = None
    source: str | None = None
    direction: Direction = Direction.UNSPECIFIED
    verb: int | None = None
    """Index of the change word, for a change."""
    before: Amount | None = None
    after: Amount | None = None
    part: Amount | None = None
    total: Amount | None = None
    parts: tuple[Amount, ...] = ()
    over: Amount | None = None
    consumed: bool = False
    """Absorbed into another claim (a duration read as another claim's ``over``)."""
    extra: dict[str, object] = field(factory=dict)


def finish(draft: Draft, text: str) -> Claim:
    """The immutable claim a draft describes, kept as stated."""
    common: dict[str, object] = {
        "subject": draft.subject,
        "period": draft.period,
        "place": draft.place,
        "source": draft.source,
        "span": Span(draft.start, draft.end, text[draft.start : draft.end]),
        "qualifier": draft.qualifier,
        "parts": draft.parts,
        "over": draft.over,
        "as_stated": True,
    }
    if draft.cls is ShareClaim:
        common.update(whole=draft.whole, part=draft.part, total=draft.total)
    elif draft.cls in (RelativeChangeClaim, PointsChangeClaim, AbsoluteChangeClaim):
        common.update(direction=draft.direction, before=draft.before, after=draft.after)
    return draft.cls(draft.amount, **common)  # type: ignore[arg-type]


def with_unit(amount: Amount, unit: pint.Unit, policy: PrecisionPolicy, *, factor: Decimal = ONE) -> Amount:
    """``amount`` read in ``unit`` (its value times ``factor``), bounds recomputed for the new unit."""
    if amount.hedge is Hedge.RANGE and amount.low is not None and amount.high is not None:
        if factor == ONE:
            return Amount(amount.value, unit, amount.bounds, Hedge.RANGE, amount.exponent)
        return Amount.between(CONTEXT.multiply(amount.low, factor), CONTEXT.multiply(amount.high, factor), unit)
    if factor == ONE:
        return Amount.stated(amount.value, unit, hedge=amount.hedge, exponent=amount.exponent, policy=policy)
    value = CONTEXT.multiply(amount.value, factor)
    exponent = None if amount.exponent is None else amount.exponent + _power(factor)
    return Amount.stated(value, unit, hedge=amount.hedge, exponent=exponent, policy=policy)


def _power(factor: Decimal) -> int:
    return 2 if factor == HUNDRED else -2


class Reader:
    """Reads figures of one text with its words and layout."""

    def __init__(self, text: str, tokens: WordIndex, layout: Layout, locale: str, policy: PrecisionPolicy) -> None:
        self.text = text
        self.tokens = tokens
        self.layout = layout
        self.locale = locale
        self.english = locale.split("_", 1)[0].lower() == "en"
        self.policy = policy

    def clause_words(self, position: int) -> tuple[int, int]:
        """Indices of the first word of the clause holding ``position`` and one past its last."""
        start, end = self.layout.clause(position)
        return self.tokens.first_at_or_after(start), self.tokens.first_at_or_after(end)

    def phrase(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, as written."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def is_label(self, figure: Figure, first: int) -> bool:
        """'section 3', 'No 10', 'article 50': a number naming a thing, not a figure."""
        if not figure.bare or first == 0:
            return False
        before = self.tokens[first - 1]
        return self.tokens.joined(first - 1, first) and before.lower in _LABELS

    def read(self, figure: Figure) -> Draft | None:
        """The draft claim for ``figure``, or ``None`` for a number that is not a claim."""
        tokens = self.tokens
        first = tokens.first_at_or_after(figure.number_start)
        if first >= len(tokens):
            return None
        if self.is_label(figure, first):
            return None
        clause_first, clause_end = self.clause_words(figure.start)
        nxt = tokens.first_at_or_after(figure.end)
        last = nxt - 1
        amount = figure.amount
        end = figure.end
        unit = amount.unit
        dimensionless = unit == units.dimensionless()
        draft_cls: type[Claim] = CountClaim
        subject_span: tuple[int, int] | None = None
        whole: str | None = None
        # a unit word straight after a bare number: "two-day", "six months", "three times"
        if dimensionless and 0 < nxt < clause_end and tokens.joined(nxt - 1, nxt):
            word = tokens.lower(nxt)
            t_unit = time_unit(word) if self.english or word.isascii() else None
            if t_unit is not None and figure.form is not Form.FRACTION:
                amount = with_unit(amount, units.unit(t_unit), self.policy)
                unit = amount.unit
                dimensionless = False
                end, last, nxt = tokens[nxt].end, nxt, nxt + 1
            elif word in _TIMES_WORDS and self.english:
                draft = Draft(RatioClaim, amount, figure.start, tokens[nxt].end, first, nxt, qualifier=figure.qualifier)
                k = nxt + 1
                if tokens.words(k, k + 2) in (("as", "many"), ("as", "much")):
                    k += 2
                elif tokens.lower(k) in ("more", "the"):
                    k += 1
                else:
                    return draft
                phrase = noun_phrase(tokens, k, clause_end, allow_of=True)
                if phrase is not None:
                    draft.subject = _tidy(self.phrase(*phrase))
                return draft
        change = None
        if self.english:
            change = change_before(tokens, first, clause_first) or change_after(tokens, nxt, clause_end)
        # what it counts: the noun phrase after it, or "of X" after a share or fraction
        of_phrase = None
        if nxt < clause_end and tokens.lower(nxt) == "of":
            of_phrase = noun_phrase(tokens, nxt + 1, clause_end, allow_of=True)
        if change is not None and change.index >= nxt:  # "a 95% drop in X"
            if tokens.lower(change.index + 1) in ("in", "of"):
                subject_span = noun_phrase(tokens, change.index + 2, clause_end, allow_of=True)
        elif change is None or change.index < first:
            subject_span = noun_phrase(tokens, nxt, clause_end) if self.english else None
        if change is None and subject_span is None and self.english:
            verb = level_verb(tokens, first, clause_first)
            if verb is not None:
                subject_span = subject_before(tokens, verb, clause_first)
        if change is not None and change.index < first and subject_span is None and not change.is_noun:
            if change.object_phrase is not None:
                subject_span = change.object_phrase
            else:
                subject_span = subject_before(tokens, change.index, clause_first)
        if dimensionless and self.english:
            noun_unit = None
            if subject_span is not None and change is None:
                if subject_span[0] >= nxt:
                    head = tokens[subject_span[1]].word
                    noun_unit = counted_unit(head)
                    if noun_unit is None and figure.form is not Form.FRACTION and head.isalpha() and head.islower():
                        noun_unit = "item"  # "two forgery detection machines": things, counted exactly
                else:
                    noun_unit = subject_unit(tokens, subject_span)
            elif change is not None and change.index < first and subject_span is not None:
                after_noun = noun_phrase(tokens, nxt, clause_end)
                if after_noun is not None:
                    noun_unit = counted_unit(tokens[after_noun[1]].word)
                if noun_unit is None:
                    noun_unit = subject_unit(tokens, subject_span)
            if noun_unit is not None:
                amount = with_unit(amount, units.unit(noun_unit), self.policy)
                unit = amount.unit
        # a rate: "100,000 a year", "£20 per week", "5,000 people each month"
        rate = None
        if not (units.is_percent(unit) or units.is_percentage_point(unit) or units.is_time(unit)):
            after_subject = subject_span[1] + 1 if subject_span is not None and subject_span[0] >= nxt else nxt
            rate = rate_after(tokens, after_subject, clause_end, skip=1) or rate_after(tokens, nxt, clause_end)
            if rate is not None:
                amount = with_unit(amount, unit / units.unit(rate[0]), self.policy)
                if rate[1] == nxt or rate[1] == nxt + 1:
                    end, last = tokens[rate[1]].end, rate[1]
        fraction = figure.form is Form.FRACTION and (dimensionless or units.is_percent(unit))
        if fraction and dimensionless:
            amount = with_unit(amount, units.unit("percent"), self.policy, factor=HUNDRED)
            unit = amount.unit
        if change is not None:
            if units.is_percentage_point(unit):
                draft_cls = PointsChangeClaim
            elif units.is_percent(unit):
                draft_cls = RelativeChangeClaim
            else:
                draft_cls = AbsoluteChangeClaim
        elif units.currency_code(unit) is not None:
            draft_cls = RateClaim if rate is not None else MoneyClaim
        elif fraction and of_phrase is None and subject_span is None:
            draft_cls = RatioClaim  # "two thirds", "1 in 21" on their own: a bare ratio
            amount = with_unit(amount, units.dimensionless(), self.policy, factor=ONE_HUNDREDTH)
        elif units.is_percent(unit):
            draft_cls = ShareClaim
            if of_phrase is not None:
                whole = self.phrase(*of_phrase)
                verb = level_verb(tokens, first, clause_first) if self.english else None
                stated = None if verb is None else subject_before(tokens, verb, clause_first)
                subject_span = of_phrase if stated is None else stated
        elif rate is not None:
            draft_cls = RateClaim
        elif units.is_time(unit):
            draft_cls = DurationClaim
        elif not units.is_count(unit):
            draft_cls = QuantityClaim
        if subject_span is None and of_phrase is not None and draft_cls is CountClaim:
            subject_span = of_phrase  # "hundreds of migrants", "dozens of them"
        if draft_cls is DurationClaim and self.english and _period_phrase(tokens, first, last):
            return None
        draft = Draft(draft_cls, amount, figure.start, end, first, last, qualifier=figure.qualifier, whole=whole)
        if subject_span is not None:
            draft.subject = _tidy(self.phrase(*subject_span))
        if change is not None:
            draft.direction = change.direction
            draft.verb = change.index
        return draft

    def multiplier(self, index: int, percent: int, direction: Direction) -> Draft:
        """A draft for "doubled", "halved", "tripled" at word ``index``."""
        tokens = self.tokens
        clause_first, _ = self.clause_words(tokens[index].start)
        hedge, start = Hedge.NONE, tokens[index].start
        qualifier = None
        before = tokens.words(index - 2, index)
        if before == ("more", "than"):
            hedge, qualifier = Hedge.MORE_THAN, "more than"
        elif before[-1:] in (("nearly",), ("almost",)):
            hedge, qualifier = Hedge.NEARLY, before[-1]
        elif before[-1:] == ("roughly",):
            hedge, qualifier = Hedge.ABOUT, "roughly"
        if qualifier is not None:
            start = tokens[index - len(qualifier.split())].start
        amount = Amount.stated(percent, "percent", hedge=hedge, policy=self.policy)
        draft = Draft(RelativeChangeClaim, amount, start, tokens[index].end, index, index, qualifier=qualifier)
        draft.direction, draft.verb = direction, index
        subject = subject_before(tokens, index - (len(qualifier.split()) if qualifier else 0), clause_first)
        if subject is not None:
            draft.subject = _tidy(self.phrase(*subject))
        return draft


def _period_phrase(tokens: WordIndex, first: int, last: int) -> bool:
    """True for "the three months to June" or "the 12 months ending March": a period, not a duration."""
    return tokens.lower(first - 1) == "the" and tokens.lower(last + 1) in (
        "to",
        "ending",
        "until",
        "till",
        "since",
        "through",
    )


def _tidy(phrase: str) -> str:
    """A subject as written, with a sentence-initial determiner lower-cased."""
    head, _, rest = phrase.partition(" ")
    if head in ("The", "A", "An", "This", "These", "Those") and rest:
        return f"{head.lower()} {rest}"
    return phrase
