"""Linking the figures of a sentence or passage so the checks can compare them unaided.

* periods: the year or date nearest the figure in its clause, else in its sentence; a change
  whose before and after have periods runs from the first to the second;
* "from X to Y" with a change in the same sentence ("fell from 8,000 in 2021 to 390 in 2023, a
  drop of 95%", "doubled from £3bn to £4.5bn"): the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb; a change after Y in another clause
  ("..., while wages rose 5%") is not taken;
* "rose to 4.4%, up from 4.2%, a rise of 0.2 points" and "rose 14% to 112,000, from 98,000":
  the same, with the after before the before;
* "N of M, or P%", "M staff, of whom N, or a quarter", "M burglaries. Of those, N ..., a rate of
  P%": the share gets ``part`` N and ``total`` M (rules in :mod:`._shares`);
* "a £2m fund split into £800,000, £700,000 and £900,000": the total gets ``parts``;
* "240,000 over a year", "£1bn over five years": the figure gets ``over`` (the duration is not
  a claim of its own);
* a change with its new level ("In 2023 they fell by 75% to 390") takes its before from the
  sentence ahead when exactly one earlier figure there measures the same thing ("Arrivals
  reached 8,000 in 2022.");
* a second mention of the same kind of quantity (same currency or counted unit) without a
  subject, in the same paragraph within one sentence, takes the earlier mention's subject;
* attribution ("according to the ONS", "official figures show") and place ("in Albania")
  for the figures of their sentence or clause.

Every rule looks a bounded number of words or figures ahead, so linking is linear.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    CountClaim,
    DurationClaim,
    Period,
    PointsChangeClaim,
    RelativeChangeClaim,
    ShareClaim,
)

from ._context import subject_before, time_unit
from ._english import DOWN, TRANSITIVE, UP
from ._shares import CLAUSE_BREAKS, MAX_GLUE, align_units, part_of_total, reunit, same_sentence, split_into
from ._verbs import what_happened
from ._where_when import assign_periods, assign_sources_and_places

if TYPE_CHECKING:
    from ._build import Reader
    from ._draft import Draft
    from ._periods import Dated
    from ._wordindex import WordIndex

__all__ = ["link"]

_OVER_WORDS: Final = frozenset(("over", "across", "spread"))
_OVER_FILLERS: Final = frozenset(
    ("a", "an", "one", "the", "next", "past", "last", "coming", "following", "whole", "entire")
)
_LOOKAHEAD: Final = 8
_LOOKBACK: Final = 12
"""Figures looked back at for a change's before in the sentence ahead."""
_CHANGE_BREAKS: Final = frozenset(("and", "but", "while", "whereas", "although", "though", "when", "as"))
_WHEN_WORDS: Final = frozenset(
    (
        "last",
        "this",
        "next",
        "past",
        "the",
        "in",
        "on",
        "year",
        "month",
        "week",
        "quarter",
        "decade",
        "since",
        "between",
    )
)
_CHANGE_OPENINGS: Final = (("up",), ("down",), ("a",), ("an",))
_ELLIPSIS_GLUE: Final = frozenset(
    ("or", "and", "to", "of", "about", "around", "some", "nearly", "almost", "compared", "against", "versus", "than")
)


def link(drafts: list[Draft], reader: Reader, periods: list[Dated]) -> None:
    """Fill the relation fields of ``drafts`` (in text order) in place."""
    assign_periods(drafts, reader, periods)
    assign_sources_and_places(drafts, reader)
    _from_to(drafts, reader)
    _up_from(drafts, reader)
    part_of_total(drafts, reader)
    split_into(drafts, reader)
    _over(drafts, reader)
    _level_after_change(drafts, reader)
    _before_in_sentence_ahead(drafts, reader)
    _elliptical(drafts, reader)
    _second_mentions(drafts, reader)


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)


def _word_before(draft: Draft, reader: Reader) -> str:
    """The lower-cased word before the draft's text, hedge and currency included ("from" in "from about £3bn")."""
    return reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1)


def _from_to(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, low in enumerate(drafts):
        if _word_before(low, reader) != "from" or n + 1 >= len(drafts):
            continue
        high = drafts[n + 1]
        if _word_before(high, reader) != "to" or high.first - low.last > _LOOKAHEAD:
            continue
        if not same_sentence(low, high, reader):
            continue
        align_units(low, high)
        subject = _from_to_subject(reader, tokens.first_at_or_after(low.start) - 1)
        change = _nearby_change(drafts, n, reader)
        for draft in (low, high) if change is None else (low, high, change):
            if draft.subject is None and subject is not None:
                draft.subject = _lower_determiner(subject)
        if change is not None:
            _link_change(change, low, high)


def _link_change(change: Draft, low: Draft, high: Draft) -> None:
    """Give ``change`` its before (``low``) and after (``high``), and a change in a count its counted unit."""
    change.before, change.after = low.amount, high.amount
    if change.subject is None:
        change.subject = low.subject or high.subject
    if change.cls is AbsoluteChangeClaim:
        dimensionless = units.dimensionless()
        if change.amount.unit == dimensionless and units.is_counted(low.amount.unit):
            change.amount = reunit(change.amount, low.amount)  # "from 120,000 offences to 96,000, a fall of 24,000"
        elif low.amount.unit == dimensionless and units.is_counted(change.amount.unit):
            change.before = reunit(low.amount, change.amount)  # "grew by 700,000 people to 68.3 million"
            change.after = reunit(high.amount, change.amount)
    lp, hp = low.period, high.period
    if lp is not None and hp is not None and lp != hp and lp.start <= hp.end:
        change.period = Period(lp.start, hp.end)


def _up_from(drafts: list[Draft], reader: Reader) -> None:
    """Link "rose to 4.4%, up from 4.2%, a rise of 0.2 points" or "rose 14% to 112,000, from 98,000"."""
    tokens = reader.tokens
    for n, draft in enumerate(drafts[1:], start=1):
        glue = tokens.words(drafts[n - 1].last + 1, tokens.first_at_or_after(draft.start))
        to_from = (
            glue == ("from",) and _word_before(drafts[n - 1], reader) == "to"
        )  # "rose 14% to 112,000, from 98,000"
        if not to_from and (glue[-2:] not in (("up", "from"), ("down", "from")) or len(glue) > _LOOKAHEAD):
            continue
        if not CLAUSE_BREAKS.isdisjoint(glue[:-2]):
            continue  # "1,000 were arrested and 40 charged, up from 30": the change is of the second
        high = drafts[n - 1]
        if _is_change(high) or _is_change(draft) or not same_sentence(high, draft, reader):
            continue
        align_units(draft, high)
        if not units.same_dimension(draft.amount.unit, high.amount.unit):
            continue
        change = _nearby_change(drafts, n - 1, reader)
        if change is not None and change.before is None:
            _link_change(change, draft, high)


def _from_to_subject(reader: Reader, from_at: int) -> str | None:
    """What went "from X to Y": the subject of the verb before "from", or the object of "cut ... from"."""
    tokens = reader.tokens
    clause_first, _ = reader.clause_words(tokens[from_at].start)
    for j in range(from_at - 1, max(clause_first, from_at - _LOOKAHEAD) - 1, -1):
        if tokens.lower(j) in TRANSITIVE and j + 1 < from_at:
            return reader.phrase(j + 1, from_at - 1)  # "cut the aid budget from 0.7% to 0.5%"
        if tokens.lower(j) in UP or tokens.lower(j) in DOWN:
            break
    verb = from_at - 1
    span = subject_before(tokens, verb, clause_first) if verb >= clause_first else None
    return None if span is None else reader.phrase(*span)


def _nearby_change(drafts: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The change stated with a "from X to Y" pair at ``n``: the verb before X, or "a drop of Z" after Y."""
    low = drafts[n]
    candidates = [d for d in drafts[max(0, n - 2) : n] if _is_change(d) and d.verb is not None]
    for d in reversed(candidates):
        gap = reader.tokens.words(d.last + 1, reader.tokens.first_at_or_after(low.start) - 1)
        near = len(gap) <= 2 or (len(gap) <= _LOOKAHEAD and all(w in _WHEN_WORDS or w.isdigit() for w in gap))  # noqa: PLR2004
        if d.verb is not None and near and d.before is None:
            return d  # "doubled from £3bn to £4.5bn", "rose 10% from 30 to 33", "rose 9% last year, from"
    for d in drafts[n + 2 : n + 4]:
        gap = reader.tokens.words(drafts[n + 1].last + 1, reader.tokens.first_at_or_after(d.start))
        if not _CHANGE_BREAKS.isdisjoint(gap):
            break  # "rose from £2 to £3, while wages rose 5%": another clause's change
        if _is_change(d) and d.before is None and same_sentence(low, d, reader):
            return d
    return None


def _over(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, draft in enumerate(drafts):
        if draft.cls is DurationClaim:
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            leads = tokens.lower(draft.first - 1) in _OVER_WORDS or draft.qualifier in ("over", "Over")
            if leads and nxt is not None and nxt.cls is not DurationClaim and nxt.over is None:
                first_of_clause, _ = reader.clause_words(draft.start)
                if draft.first - 1 <= first_of_clause and same_sentence(draft, nxt, reader):
                    nxt.over = Amount.stated(draft.amount.value, draft.amount.unit, exponent=draft.amount.exponent)
                    draft.consumed = True  # "Over five years, that is £100m"
            continue
        _, clause_end = reader.clause_words(draft.start)
        k = draft.last + 1
        stop = min(clause_end, k + _LOOKAHEAD)
        if n + 1 < len(drafts):
            stop = min(stop, max(drafts[n + 1].first, k))
        while k < stop and tokens.lower(k) not in _OVER_WORDS:
            k += 1
        if k >= stop:
            continue
        j = k + 1 + (tokens.lower(k) == "spread" and tokens.lower(k + 1) == "over")
        nxt = drafts[n + 1] if n + 1 < len(drafts) else None
        if nxt is not None and nxt.cls is DurationClaim and nxt.first <= j + 3:
            draft.over = Amount.stated(nxt.amount.value, nxt.amount.unit, exponent=nxt.amount.exponent)
            nxt.consumed = True
            continue
        draft.over = _one_period(tokens, j, clause_end)
    for n, draft in enumerate(drafts):
        if draft.over is not None or draft.cls is DurationClaim or draft.consumed:
            continue  # "Over a year that is 300,000": the period comes first
        clause_first, _ = reader.clause_words(draft.start)
        low = max(clause_first, draft.first - _LOOKAHEAD, drafts[n - 1].last + 1 if n else 0)
        for k in range(low, draft.first):
            if tokens.lower(k) in _OVER_WORDS:
                draft.over = _one_period(tokens, k + 1, draft.first)
                break


def _one_period(tokens: WordIndex, j: int, limit: int) -> Amount | None:
    """One unit of time ("a year", "the whole decade") from word ``j``, or ``None``."""
    start = j
    while j < limit and tokens.lower(j) in _OVER_FILLERS:
        j += 1
    unit = time_unit(tokens.lower(j)) if j < limit else None
    if unit is not None and j > start and tokens.lower(j - 1) in ("a", "an", "one", "the", "whole", "entire"):
        return Amount.exact(1, unit)
    return None


def _level_after_change(drafts: list[Draft], reader: Reader) -> None:
    """Give the level after a change ("rose by 7% to 14,577") the change's subject."""
    tokens = reader.tokens
    for previous, draft in itertools.pairwise(drafts):
        if draft.subject is not None or not _is_change(previous) or _is_change(draft):
            continue
        if tokens.lower(draft.first - 1) not in ("to", "at") or draft.first - previous.last > 3:  # noqa: PLR2004
            continue
        draft.subject = previous.subject
        if draft.period is None:
            draft.period = previous.period


def _new_level(drafts: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The level a change at ``n`` moved to: "fell by 75% to 390" or "fell to 390, a drop of 75%"."""
    tokens = reader.tokens
    change = drafts[n]
    for m in (n + 1, n - 1):
        if not 0 <= m < len(drafts) or _is_change(drafts[m]) or drafts[m].consumed:
            continue
        level = drafts[m]
        if _word_before(level, reader) not in ("to", "at") or not same_sentence(level, change, reader):
            continue
        low, high = (change, level) if m > n else (level, change)
        if tokens.first_at_or_after(high.start) - low.last <= _LOOKAHEAD:
            return level
    return None


def _before_in_sentence_ahead(drafts: list[Draft], reader: Reader) -> None:
    """Give a change its before from the sentence ahead: "X reached 8,000 in 2022. In 2023 it fell by 75% to 390".

    Only when unambiguous: the change has its new level (after "to") with a period, and the
    sentence ahead, in the same paragraph, holds exactly one level that measures the same thing
    (a bare count takes the counted unit) with a period that ends before the new level's begins.
    """
    layout = reader.layout
    for n, change in enumerate(drafts):
        if not _is_change(change) or change.before is not None or change.cls is PointsChangeClaim:
            continue
        after = _new_level(drafts, n, reader)
        if after is None or after.period is None:
            continue
        sentence, paragraph = layout.sentence_index(change.start), layout.paragraph_index(change.start)
        found = [
            d
            for d in drafts[max(0, n - _LOOKBACK) : n]
            if layout.sentence_index(d.start) == sentence - 1
            and layout.paragraph_index(d.start) == paragraph
            and not _is_change(d)
            and d.cls is not ShareClaim
            and not d.consumed
            and d.period is not None
            and d.period.end < after.period.start
            and _measures_alike(d.amount, after.amount)
        ]
        if len(found) != 1:
            continue
        before = found[0]
        align_units(before, after)
        _link_change(change, before, after)
        if after.subject is None:
            after.subject = before.subject


def _measures_alike(a: Amount, b: Amount) -> bool:
    """True when ``a`` and ``b`` measure the same thing, a bare count standing for any counted one."""
    if units.same_dimension(a.unit, b.unit):
        return True
    bare = units.dimensionless()
    return (a.unit == bare and units.is_counted(b.unit)) or (b.unit == bare and units.is_counted(a.unit))


def _elliptical(drafts: list[Draft], reader: Reader) -> None:
    """Read a figure that leaves out what it measures by its neighbour in the sentence.

    "20,000 people a month, or 300,000 over the year" (a bare count takes the noun), "rose by
    £12,000, or 4.5%" (a percentage after a change is the same change, relative), "12% of
    applicants, compared with 18%" and "28%, up two points" (the same subject).
    """
    tokens = reader.tokens
    dimensionless = units.dimensionless()
    for previous, draft in itertools.pairwise(
        d for d in drafts if not d.consumed
    ):  # a duration read as `over` is no neighbour
        if draft.subject is not None or not same_sentence(previous, draft, reader):
            continue
        own = _own_verb(draft, reader)
        if own is not None and previous.noun is None:
            continue  # "8,000 arrivals were stopped and 2,000 returned" (no noun to lend)
        own_base = _base_key(draft.amount)
        if own_base is not None and own_base != _base_key(previous.amount):
            continue  # "£1m" after "390 arrivals" measures something else
        glue = tokens.words(previous.last + 1, tokens.first_at_or_after(draft.start))
        up_from = glue[-2:] in (("up", "from"), ("down", "from"))  # "5,294 ... in 2023, up from 1,032"
        if not up_from and (len(glue) > MAX_GLUE + 2 or not any(w in _ELLIPSIS_GLUE for w in glue[-3:])):
            clause_first, _ = reader.clause_words(draft.start)
            opening = tokens.words(clause_first, clause_first + 1)
            if not (_is_change(draft) and clause_first > previous.last and opening in _CHANGE_OPENINGS):
                continue  # ", up 3%", ", a rise of 3%": a change of what the sentence just gave
        if _is_change(previous) and draft.cls is ShareClaim and glue[-1:] == ("or",):
            draft.cls = RelativeChangeClaim  # "rose by £12,000, or 4.5%"
            draft.direction, draft.before, draft.after = previous.direction, previous.before, previous.after
        base = _base_key(previous.amount)
        counted = base is not None and units.currency_code(previous.amount.unit) is None
        per = units.time_denominator(draft.amount.unit)
        if draft.cls is CountClaim and draft.amount.unit == dimensionless and counted and base is not None:
            draft.amount = reunit(draft.amount, Amount.exact(1, base))
        elif per is not None and draft.amount.unit * per == dimensionless and counted and base is not None:
            draft.amount = reunit(
                draft.amount, Amount.exact(1, f"{base} / {per}")
            )  # "homes over five years, or 300,000 a year"
        draft.subject = previous.subject if own is None else f"{previous.noun} {own}"  # "..., and 1,200 were hurt"
        if draft.cls is ShareClaim and previous.cls is ShareClaim and draft.whole is None:
            draft.whole = previous.whole


def _base_key(amount: Amount) -> str | None:
    code = units.currency_code(amount.unit)
    if code is not None:
        return code
    denominator = units.time_denominator(amount.unit)
    base = amount.unit * denominator if denominator is not None else amount.unit
    return str(base) if units.is_counted(base) else None


def _second_mentions(drafts: list[Draft], reader: Reader) -> None:
    layout = reader.layout
    last_seen: dict[str, tuple[int, int, str]] = {}
    for draft in drafts:
        if draft.consumed:
            continue
        key = _base_key(draft.amount)
        if key is None:
            continue
        paragraph = layout.paragraph_index(draft.start)
        sentence = layout.sentence_index(draft.start)
        if draft.subject is None and _own_verb(draft, reader) is None:
            seen = last_seen.get(key)
            if seen is not None and seen[0] == paragraph and sentence - seen[1] <= 1:
                draft.subject = seen[2]
        if draft.subject is not None:
            last_seen[key] = (paragraph, sentence, draft.subject)


def _own_verb(draft: Draft, reader: Reader) -> str | None:
    """What happened to a bare count by a verb of its own ("..., and 2,000 were returned"), or ``None``.

    A subject borrowed from a neighbour must then say what happened to this count, not to the neighbour.
    """
    if not units.is_count(draft.amount.unit) or _is_change(draft):
        return None
    _, clause_end = reader.clause_words(draft.start)
    return what_happened(reader.tokens, draft.last, clause_end)


def _lower_determiner(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head in ("The", "A", "An") and rest:
        return f"{head.lower()} {rest}"
    return phrase
