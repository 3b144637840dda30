"""Linking the figures of a sentence or passage so the checks can compare them unaided.

* periods: the year or date nearest the figure in its clause, else in its sentence; a change
  whose before and after have periods runs from the first to the second;
* "from X to Y" with a change in the same sentence ("fell from 8,000 in 2021 to 390 in 2023, a
  drop of 95%", "doubled from £3bn to £4.5bn"): the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb; a change after Y in another clause
  ("..., while wages rose 5%") is not taken; German "von X auf Y", French "de X à Y" and
  Spanish "de X a Y" likewise (words in ``_changes_foreign_words``), and their multiplier
  words ("verdoppelt", "a doublé", "se duplicó") become changes first;
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
* figures that leave out what they measure are read by their neighbours (:mod:`._ellipsis`);
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
    DurationClaim,
    Period,
    PointsChangeClaim,
    ShareClaim,
)

from ._changes_foreign import from_to_words, language, subject_before_word, tidy_subject
from ._context import subject_before, time_unit
from ._ellipsis import elliptical, second_mentions
from ._english import DOWN, TRANSITIVE, UP
from ._shares import CLAUSE_BREAKS, align_units, part_of_total, reunit, same_sentence, split_into
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
_REFERRING: Final = frozenset(
    ("it", "they", "this", "that", "these", "those", "number", "figure", "figures", "total", "count", "level", "tally")
)
"""Subjects that refer back to what the sentence ahead measured: "In 2023 it fell", "the figure rose"."""
_DETERMINING: Final = frozenset(("the", "a", "an", "its", "their", "this", "that", "of", ""))
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
    elliptical(drafts, reader)
    second_mentions(drafts, reader)


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)


def _word_before(draft: Draft, reader: Reader) -> str:
    """The lower-cased word before the draft's text, hedge and currency included ("from" in "from about £3bn")."""
    return reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1)


def _from_to(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    from_words, to_words = from_to_words(reader.locale)  # "from"/"to", "von"/"auf", "de"/"à", "de"/"a"
    for n, low in enumerate(drafts):
        if _word_before(low, reader) not in from_words or n + 1 >= len(drafts) or _is_change(low):
            continue
        high = drafts[n + 1]
        if _word_before(high, reader) not in to_words or high.first - low.last > _LOOKAHEAD:
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
    lang = language(reader.locale)
    if lang is not None:  # "Die Zahl fiel von", "le nombre est passé de"
        found = subject_before_word(tokens, lang, from_at, clause_first)
        return None if found is None else tidy_subject(reader.phrase(*found))
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
    levels = {"at", *from_to_words(reader.locale)[1]}  # "to", "auf", "à", "a"
    for previous, draft in itertools.pairwise(drafts):
        if draft.subject is not None or not _is_change(previous) or _is_change(draft):
            continue
        if tokens.lower(draft.first - 1) not in levels or draft.first - previous.last > 3:  # noqa: PLR2004
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
        if len(found) != 1 or not _same_thing(found[0].subject, change.subject or after.subject):
            continue
        before = found[0]
        align_units(before, after)
        _link_change(change, before, after)
        if after.subject is None:
            after.subject = before.subject


def _same_thing(before: str | None, changed: str | None) -> bool:
    """True when what changed may be what the figure ahead measured.

    A pronoun or a generic noun ("they", "the figure", "the number") refers back; otherwise the
    two subjects must share a word ("arrivals" and "small-boat arrivals"): "imports" after a
    figure for exports, or "waiting lists" after hospital beds, is another quantity.
    """
    changed_words = _content_words(changed)
    if changed_words <= _REFERRING:
        return True
    return bool(changed_words & _content_words(before))


def _content_words(phrase: str | None) -> set[str]:
    words = (phrase or "").lower().replace("-", " ").split()
    return {w.strip(".,;:'\"()") for w in words} - _DETERMINING


def _measures_alike(a: Amount, b: Amount) -> bool:
    """True when ``a`` and ``b`` measure the same thing, a bare count standing for any counted one."""
    if units.same_dimension(a.unit, b.unit):
        return True
    bare = units.dimensionless()
    return (a.unit == bare and units.is_counted(b.unit)) or (b.unit == bare and units.is_counted(a.unit))


def _lower_determiner(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head in ("The", "A", "An") and rest:
        return f"{head.lower()} {rest}"
    return phrase
