"""Linking the figures of a sentence or passage so the checks can compare them unaided.

* periods: the year or date nearest the figure in its clause, else in its sentence; a change
  whose before and after have periods runs from the first to the second;
* "from X to Y" with a change in the same sentence ("fell from 8,000 in 2021 to 390 in 2023, a
  drop of 95%", "doubled from £3bn to £4.5bn"): the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb;
* "N of M, or P%": the share P gets ``part`` N and ``total`` M;
* "a £2m fund split into £800,000, £700,000 and £900,000": the total gets ``parts``;
* "240,000 over a year", "£1bn over five years": the figure gets ``over`` (the duration is not
  a claim of its own);
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
from factcheck._claims import ChangeClaim, CountClaim, DurationClaim, Period, RelativeChangeClaim, ShareClaim
from factcheck._precision import Hedge

from ._context import subject_before, time_unit
from ._english import DOWN, TRANSITIVE, UP
from ._where_when import assign_periods, assign_sources_and_places

if TYPE_CHECKING:
    from ._build import Reader
    from ._draft import Draft
    from ._periods import Dated
    from ._wordindex import WordIndex

__all__ = ["link"]

_PART_LEADS: Final = (
    ("split", "into"),
    ("divided", "into"),
    ("broken", "down", "into"),
    ("made", "up", "of"),
    ("shared", "between"),
    ("comprising",),
    ("consisting", "of"),
    ("split", "between"),
    ("split", "across"),
)
_PART_WORDS: Final = frozenset(lead[0] for lead in _PART_LEADS)
_OVER_WORDS: Final = frozenset(("over", "across", "spread"))
_OVER_FILLERS: Final = frozenset(
    ("a", "an", "one", "the", "next", "past", "last", "coming", "following", "whole", "entire")
)
_SHARE_GLUE: Final = frozenset(
    ("or", "representing", "some", "about", "around", "nearly", "which", "is", "just", "roughly")
)
_LOOKAHEAD: Final = 8
_MAX_GLUE: Final = 4
_MAX_PARTS: Final = 24
_CHANGE_OPENINGS: Final = (("up",), ("down",), ("a",), ("an",))
_ELLIPSIS_GLUE: Final = frozenset(
    ("or", "and", "to", "of", "about", "around", "some", "nearly", "almost", "compared", "against", "versus", "than")
)


def link(drafts: list[Draft], reader: Reader, periods: list[Dated]) -> None:
    """Fill the relation fields of ``drafts`` (in text order) in place."""
    assign_periods(drafts, reader, periods)
    assign_sources_and_places(drafts, reader)
    _from_to(drafts, reader)
    _part_of_total(drafts, reader)
    _split_into(drafts, reader)
    _over(drafts, reader)
    _level_after_change(drafts, reader)
    _elliptical(drafts, reader)
    _second_mentions(drafts, reader)


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)


def _word_before(draft: Draft, reader: Reader) -> str:
    """The lower-cased word before the draft's text, hedge and currency included ("from" in "from about £3bn")."""
    return reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1)


def _same_sentence(a: Draft, b: Draft, reader: Reader) -> bool:
    return reader.layout.sentence_index(a.start) == reader.layout.sentence_index(b.start)


def _from_to(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, low in enumerate(drafts):
        if _word_before(low, reader) != "from" or n + 1 >= len(drafts):
            continue
        high = drafts[n + 1]
        if _word_before(high, reader) != "to" or high.first - low.last > _LOOKAHEAD:
            continue
        if not _same_sentence(low, high, reader):
            continue
        _align_units(low, high)
        subject = _from_to_subject(reader, tokens.first_at_or_after(low.start) - 1)
        change = _nearby_change(drafts, n, reader)
        for draft in (low, high) if change is None else (low, high, change):
            if draft.subject is None and subject is not None:
                draft.subject = _lower_determiner(subject)
        if change is None:
            continue
        change.before, change.after = low.amount, high.amount
        if change.subject is None:
            change.subject = low.subject or high.subject
        lp, hp = low.period, high.period
        if lp is not None and hp is not None and lp != hp and lp.start <= hp.end:
            change.period = Period(lp.start, hp.end)


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
        if d.verb is not None and low.first - d.last <= 3 and d.before is None:  # noqa: PLR2004
            return d  # "doubled from £3bn to £4.5bn", "rose 10% from 30 to 33"
    for d in drafts[n + 2 : n + 4]:
        if _is_change(d) and d.before is None and _same_sentence(low, d, reader):
            return d
    return None


def _align_units(low: Draft, high: Draft) -> None:
    """Give both ends of "from 8,000 to 390 people" the unit either end names."""
    dimensionless = units.dimensionless()
    if low.amount.unit == dimensionless and units.is_counted(high.amount.unit):
        low.amount = _reunit(low.amount, high.amount)
    elif high.amount.unit == dimensionless and units.is_counted(low.amount.unit):
        high.amount = _reunit(high.amount, low.amount)


def _reunit(amount: Amount, like: Amount) -> Amount:
    if amount.hedge is Hedge.RANGE:
        return Amount(amount.value, like.unit, amount.bounds, amount.hedge, amount.exponent)
    return Amount.stated(amount.value, like.unit, hedge=amount.hedge, exponent=amount.exponent)


def _part_of_total(drafts: list[Draft], reader: Reader) -> None:
    """Link part and total to a share: "18 of 120 applications, or 15%", "Of the 200 boats inspected, 30, or 25%"."""
    tokens = reader.tokens
    for n in range(len(drafts) - 2):
        part, total, share = drafts[n], drafts[n + 1], drafts[n + 2]
        if share.cls is not ShareClaim or not _same_sentence(part, share, reader):
            continue
        if tokens.words(part.last + 1, total.first) not in (("of",), ("out", "of")):
            opening = tokens.words(tokens.first_at_or_after(part.start) - 2, tokens.first_at_or_after(part.start))
            if "of" not in opening or tokens.words(total.last + 1, share.first) != ("or",):
                continue
            part, total = total, part  # "Of the 200 boats inspected, 30, or 25%"
        glue = tokens.words(total.last + 1, share.first) if total.first > part.first else ("or",)
        named = set((total.subject or "").lower().split())
        if len(glue) > _MAX_GLUE or not all(w in _SHARE_GLUE or w in named for w in glue):
            continue
        _align_units(part, total)
        share.part, share.total = part.amount, total.amount
        if share.whole is None:
            share.whole = total.subject
        if share.subject is None:
            share.subject = total.subject


def _split_into(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-1]):
        first_part = drafts[n + 1]
        between = tokens.words(total.last + 1, first_part.first)
        if len(between) > _LOOKAHEAD or _PART_WORDS.isdisjoint(between):
            continue
        if not any(_contains(between, lead) for lead in _PART_LEADS):
            continue
        parts = [first_part]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = tokens.words(parts[-1].last + 1, nxt.first)
            if len(gap) > 4 or not _same_sentence(total, nxt, reader) or nxt.amount.unit != total.amount.unit:  # noqa: PLR2004
                break
            parts.append(nxt)
        if all(p.amount.unit == total.amount.unit for p in parts) and len(parts) > 1:
            total.parts = tuple(p.amount for p in parts)


def _contains(words: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    return any(words[i : i + len(lead)] == lead for i in range(len(words) - len(lead) + 1))


def _over(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, draft in enumerate(drafts):
        if draft.cls is DurationClaim:
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            leads = tokens.lower(draft.first - 1) in _OVER_WORDS or draft.qualifier in ("over", "Over")
            if leads and nxt is not None and nxt.cls is not DurationClaim and nxt.over is None:
                first_of_clause, _ = reader.clause_words(draft.start)
                if draft.first - 1 <= first_of_clause and _same_sentence(draft, nxt, reader):
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


def _elliptical(drafts: list[Draft], reader: Reader) -> None:
    """Read a figure that leaves out what it measures by its neighbour in the sentence.

    "20,000 people a month, or 300,000 over the year" (a bare count takes the noun), "rose by
    £12,000, or 4.5%" (a percentage after a change is the same change, relative), "12% of
    applicants, compared with 18%" and "28%, up two points" (the same subject).
    """
    tokens = reader.tokens
    dimensionless = units.dimensionless()
    for previous, draft in itertools.pairwise(drafts):
        if draft.subject is not None or not _same_sentence(previous, draft, reader):
            continue
        own_base = _base_key(draft.amount)
        if own_base is not None and own_base != _base_key(previous.amount):
            continue  # "£1m" after "390 arrivals" measures something else
        glue = tokens.words(previous.last + 1, tokens.first_at_or_after(draft.start))
        up_from = glue[-2:] in (("up", "from"), ("down", "from"))  # "5,294 ... in 2023, up from 1,032"
        if not up_from and (len(glue) > _MAX_GLUE + 2 or not any(w in _ELLIPSIS_GLUE for w in glue[-3:])):
            clause_first, _ = reader.clause_words(draft.start)
            opening = tokens.words(clause_first, clause_first + 1)
            if not (_is_change(draft) and clause_first > previous.last and opening in _CHANGE_OPENINGS):
                continue  # ", up 3%", ", a rise of 3%": a change of what the sentence just gave
        if _is_change(previous) and draft.cls is ShareClaim and glue[-1:] == ("or",):
            draft.cls = RelativeChangeClaim  # "rose by £12,000, or 4.5%"
            draft.direction, draft.before, draft.after = previous.direction, previous.before, previous.after
        base = _base_key(previous.amount)
        counted = base is not None and units.currency_code(previous.amount.unit) is None
        if draft.cls is CountClaim and draft.amount.unit == dimensionless and counted and base is not None:
            draft.amount = _reunit(draft.amount, Amount.exact(1, base))
        draft.subject = previous.subject
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
        if draft.subject is None:
            seen = last_seen.get(key)
            if seen is not None and seen[0] == paragraph and sentence - seen[1] <= 1:
                draft.subject = seen[2]
        if draft.subject is not None:
            last_seen[key] = (paragraph, sentence, draft.subject)


def _lower_determiner(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head in ("The", "A", "An") and rest:
        return f"{head.lower()} {rest}"
    return phrase
