"""From a Figure in its sentence to a draft claim: which kind, which unit, what it measures.

Each figure is read with the few words around it (``read.clause``); the result is a :class:`Draft`,
a mutable record the relation step (``link.rules``) links with its neighbours before it becomes
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

from attrs import define

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
)
from factcheck._decimal import HUNDRED, ZERO
from factcheck._extract.read.clause import (
    change_after,
    change_before,
    level_verb,
    noun_phrase,
    rate_after,
    subject_before,
    subject_unit,
    time_unit,
)
from factcheck._extract.read.draft import Draft, finish, with_unit
from factcheck._extract.read.generic.changes import Window, foreign_change, language, points_word, tidy_subject
from factcheck._extract.read.generic.counts import counted_noun
from factcheck._extract.read.generic.rates import Around, foreign_rate, rate_words
from factcheck._extract.read.verbs import what_happened
from factcheck._extract.scan.english_words import LABELS
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.text.counted_nouns import counted_unit
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from factcheck._extract.read.clause import Change
    from factcheck._extract.text.sentences import Layout
    from factcheck._extract.text.wordindex import WordIndex
    from factcheck._precision import PrecisionPolicy

__all__ = ["Draft", "Reader", "finish", "with_unit"]

_TIMES_WORDS: Final = frozenset(("times",))
_ADVERBS: Final = frozenset(("still", "now", "already", "just", "only", "also", "roughly"))
_DISTRIBUTIVE_REACH: Final = 6
_RELATIVES: Final = frozenset(("who", "which", "that", "whose", "whom", "where", "when"))
ONE_HUNDREDTH: Final = Decimal("0.01")


@define
class _Reading:
    """What is known so far about one figure being read: where its words are, what was found."""

    figure: Figure
    amount: Amount
    first: int
    """Index of the number's first word."""
    lead: int
    """Index of the first word of the figure's text (its hedge, when there is one)."""
    last: int
    """Index of the last word read as part of the figure."""
    nxt: int
    """Index of the first word after the figure."""
    end: int
    """Offset where the claim's span ends."""
    clause_first: int
    clause_end: int
    change: Change | None = None
    of_phrase: tuple[int, int] | None = None
    subject: tuple[int, int] | None = None
    rate: tuple[str, int] | None = None

    @property
    def dimensionless(self) -> bool:
        """True while the amount has no unit."""
        return self.amount.unit == units.dimensionless()


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
        return self.tokens.joined(first - 1, first) and before.lower in LABELS

    def read(self, figure: Figure) -> Draft | None:
        """The draft claim for ``figure``, or ``None`` for a number that is not a claim."""
        tokens = self.tokens
        first = tokens.first_at_or_after(figure.number_start)
        if first >= len(tokens) or self.is_label(figure, first):
            return None
        clause_first, clause_end = self.clause_words(figure.start)
        nxt = tokens.first_at_or_after(figure.end)
        r = _Reading(
            figure=figure,
            amount=figure.amount,
            first=first,
            lead=min(first, tokens.first_at_or_after(figure.start)),
            last=nxt - 1,
            nxt=nxt,
            end=figure.end,
            clause_first=clause_first,
            clause_end=clause_end,
        )
        times = self._unit_word(r)
        if times is not None:
            return times
        if self.english:
            r.change = change_before(tokens, r.lead, clause_first) or change_after(tokens, r.nxt, clause_end)
            self._subject(r)
            self._counted_unit(r)
        else:
            self._foreign_change(r)
            self._foreign_count(r)
        self._rate(r)
        cls, whole = self._kind(r)
        if cls is DurationClaim and self.english and _period_phrase(tokens, r.first, r.last):
            return None
        draft = Draft(cls, r.amount, figure.start, r.end, r.first, r.last, qualifier=figure.qualifier, whole=whole)
        if r.subject is not None:
            draft.subject = (_tidy if self.english else tidy_subject)(self.phrase(*r.subject))
            one_word = self.english and r.nxt <= r.subject[0] == r.subject[1]
            if cls in (CountClaim, RateClaim) and r.change is None and one_word:
                happened = what_happened(tokens, r.subject[1], r.clause_end, rate=r.rate)  # "600 people died"
                if happened:
                    draft.noun = draft.subject
                    draft.subject += f" {happened}"  # "Albanians returned", "people hurt"
        if r.change is not None:
            draft.direction = r.change.direction
            draft.verb = r.change.index
        return draft

    def _foreign_change(self, r: _Reading) -> None:
        """German, French, Spanish: a change and its subject, and "points" after one (``read.generic.changes``)."""
        lang, money = language(self.locale), units.currency_code(r.amount.unit) is not None
        window = Window(r.lead, r.nxt, r.clause_first, r.clause_end)
        found = None if lang is None else foreign_change(self.tokens, lang, window, money=money)
        if lang is None or found is None:
            return
        r.change, r.subject = found
        points = points_word(self.tokens, lang, r.nxt, r.clause_end) if r.dimensionless else None
        if points is not None:  # "de 2 points", "um 2 Punkte"
            r.amount = with_unit(r.amount, units.unit("percentage_point"), self.policy)
            r.end, r.last, r.nxt = self.tokens[points].end, points, points + 1

    def _foreign_count(self, r: _Reading) -> None:
        """German, French, Spanish: the noun after a bare count, its subject and unit (``read.generic.counts``)."""
        if not r.dimensionless or r.figure.form is Form.FRACTION:
            return
        found = counted_noun(self.tokens, self.locale.split("_", 1)[0].lower(), r.end, r.clause_end)
        if found is not None:
            r.subject = r.subject if r.change is not None else (found.first, found.last)  # "5.294 Albaner"
            r.amount = with_unit(r.amount, units.unit(found.unit), self.policy)

    def _unit_word(self, r: _Reading) -> Draft | None:
        """Take a unit word straight after a bare number ("two-day", "six months"); "three times" is a ratio."""
        tokens, nxt = self.tokens, r.nxt
        if not (r.dimensionless and 0 < nxt < r.clause_end and tokens.joined(nxt - 1, nxt)):
            return None
        word = tokens.lower(nxt)
        t_unit = time_unit(word) if self.english or word.isascii() else None
        if t_unit is not None and r.figure.form is not Form.FRACTION:
            r.amount = with_unit(r.amount, units.unit(t_unit), self.policy)
            r.end, r.last, r.nxt = tokens[nxt].end, nxt, nxt + 1
        elif word in _TIMES_WORDS and self.english:
            draft = Draft(
                RatioClaim, r.amount, r.figure.start, tokens[nxt].end, r.first, nxt, qualifier=r.figure.qualifier
            )
            self._ratio_subject(draft, nxt + 1, r.clause_end)
            return draft
        return None

    def _subject(self, r: _Reading) -> None:
        """What the figure measures: the noun phrase after it, "of X", or the subject of its verb."""
        tokens, change, lead = self.tokens, r.change, r.lead
        if r.nxt < r.clause_end and tokens.lower(r.nxt) == "of":
            r.of_phrase = noun_phrase(tokens, r.nxt + 1, r.clause_end, allow_of=True)
        if change is not None and change.index >= r.nxt:  # "a 95% drop in X", "prices were 25% higher"
            if tokens.lower(change.index + 1) in ("in", "of"):
                r.subject = noun_phrase(tokens, change.index + 2, r.clause_end, allow_of=True)
            else:
                verb = level_verb(tokens, lead - (tokens.lower(lead - 1) in _ADVERBS), r.clause_first)
                r.subject = None if verb is None else subject_before(tokens, verb, r.clause_first)
        elif change is None or change.index < r.first:
            r.subject = noun_phrase(tokens, r.nxt, r.clause_end)
        if change is None and r.subject is None:
            verb = level_verb(tokens, lead, r.clause_first)  # "the deficit was £2bn", "fell to 390"
            if verb is not None:
                r.subject = subject_before(tokens, verb, r.clause_first)
        if change is not None and change.index < r.first and r.subject is None and not change.is_noun:
            r.subject = change.object_phrase or subject_before(tokens, change.index, r.clause_first)

    def _counted_unit(self, r: _Reading) -> None:
        """Give a bare number the unit of what it counts: people, households, items ..."""
        if not r.dimensionless or r.subject is None:
            return
        tokens, change = self.tokens, r.change
        noun_unit = None
        if change is None and r.subject[0] >= r.nxt:
            head = tokens[r.subject[1]].word
            noun_unit = counted_unit(head)
            if noun_unit is None and r.figure.form is not Form.FRACTION and head.isalpha() and head.islower():
                noun_unit = "item"  # "two forgery detection machines": things, counted exactly
        elif change is None:
            noun_unit = subject_unit(tokens, r.subject)
        elif change.index < r.first:
            after_noun = noun_phrase(tokens, r.nxt, r.clause_end)
            if after_noun is not None:
                noun_unit = counted_unit(tokens[after_noun[1]].word)
            if noun_unit is None:
                noun_unit = subject_unit(tokens, r.subject)
        if noun_unit is not None:
            r.amount = with_unit(r.amount, units.unit(noun_unit), self.policy)

    def _rate(self, r: _Reading) -> None:
        """A rate: "100,000 a year", "£20 per week", "5,000 people each month"."""
        unit, tokens = r.amount.unit, self.tokens
        if units.is_percent(unit) or units.is_percentage_point(unit) or units.is_time(unit):
            return
        after_subject = r.subject[1] + 1 if r.subject is not None and r.subject[0] >= r.nxt else r.nxt
        r.rate = rate_after(tokens, after_subject, r.clause_end, skip=1) or rate_after(tokens, r.nxt, r.clause_end)
        if r.rate is None and self.english:
            r.rate = _distributive(tokens, after_subject, r.clause_end)
        elif r.rate is None and (words := rate_words(self.locale)) is not None:  # "pro Jahr", "par mois"
            r.rate = foreign_rate(tokens, words, Around(r.lead, after_subject, r.clause_first, r.clause_end))
        if r.rate is not None:
            r.amount = with_unit(r.amount, unit / units.unit(r.rate[0]), self.policy)
            if r.rate[1] in (r.nxt, r.nxt + 1):
                r.end, r.last = tokens[r.rate[1]].end, r.rate[1]

    def _kind(self, r: _Reading) -> tuple[type[Claim], str | None]:
        """The claim class (and, for a share, its whole); adjusts the amount where the kind needs it."""
        figure, change = r.figure, r.change
        fraction = figure.form is Form.FRACTION and (r.dimensionless or units.is_percent(r.amount.unit))
        if fraction and r.dimensionless:
            r.amount = with_unit(r.amount, units.unit("percent"), self.policy, factor=HUNDRED)
        unit = r.amount.unit
        if change is not None:
            if units.is_percentage_point(unit):
                return PointsChangeClaim, None
            return (RelativeChangeClaim if units.is_percent(unit) else AbsoluteChangeClaim), None
        if units.currency_code(unit) is not None:
            return (RateClaim if r.rate is not None else MoneyClaim), None
        of_follows = self.tokens.lower(r.nxt) == "of" and r.nxt + 1 < r.clause_end  # "of" and a whole
        named_after = r.subject is not None and r.subject[0] > r.last  # "half the voters", not "turnout was half"
        bare = not of_follows and not named_after and not self._of_a_group(figure, r.nxt, r.clause_end)
        if fraction and (bare or not ZERO <= r.amount.value <= HUNDRED):  # "seven fifths" is no share
            r.amount = with_unit(r.amount, units.dimensionless(), self.policy, factor=ONE_HUNDREDTH)
            return RatioClaim, None  # "two thirds", "1 in 21" on their own: a bare ratio
        if units.is_percent(unit):
            if r.of_phrase is None:
                return ShareClaim, None
            verb = level_verb(self.tokens, r.lead, r.clause_first) if self.english else None
            stated = None if verb is None else subject_before(self.tokens, verb, r.clause_first)
            whole = self.phrase(*r.of_phrase)
            r.subject = r.of_phrase if stated is None else stated
            return ShareClaim, whole
        if r.rate is not None:
            return RateClaim, None
        if units.is_time(unit):
            return DurationClaim, None
        if not units.is_count(unit):
            return QuantityClaim, None
        if r.subject is None and r.of_phrase is not None:
            r.subject = r.of_phrase  # "hundreds of migrants", "dozens of them"
        return CountClaim, None

    def _of_a_group(self, figure: Figure, nxt: int, clause_end: int) -> bool:
        """True for "one in five said ...": "N in M" with words after it counts members of a group."""
        number = self.text[figure.number_start : figure.number_end].lower()
        return nxt < clause_end and (" in " in number or " out of " in number)

    def _ratio_subject(self, draft: Draft, k: int, clause_end: int) -> None:
        """Set what a ratio compares: "three times as many patients", "twice the number of visits"."""
        tokens = self.tokens
        if tokens.words(k, k + 2) in (("as", "many"), ("as", "much")):
            k += 2
        elif tokens.lower(k) in ("more", "the"):
            k += 1
        else:
            return
        phrase = noun_phrase(tokens, k, clause_end, allow_of=True)
        if phrase is not None:
            draft.subject = _tidy(self.phrase(*phrase))

    def times_word(self, index: int, times: int) -> Draft:
        """A draft for "twice as many" at word ``index``: a ratio."""
        _, clause_end = self.clause_words(self.tokens[index].start)
        amount = Amount.exact(times, units.dimensionless())
        word = self.tokens[index]
        draft = Draft(RatioClaim, amount, word.start, word.end, index, index)
        self._ratio_subject(draft, index + 1, clause_end)
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


def _distributive(tokens: WordIndex, i: int, limit: int) -> tuple[str, int] | None:
    """A later "each quarter" or "every month" in the clause: "3,000 left the service each quarter".

    Not past another number ("300 earn £30 each hour") or into a relative clause ("who work every day").
    """
    for k in range(i, min(limit, i + _DISTRIBUTIVE_REACH) - 1):
        if tokens[k].word[:1].isdigit() or tokens.lower(k) in _RELATIVES:
            return None
        following = tokens.lower(k + 1)
        unit = "quarter" if following == "quarter" else time_unit(following)
        if tokens.lower(k) in ("each", "every") and unit is not None:
            return unit, k + 1
    return None


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
