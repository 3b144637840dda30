"""Where and when a figure is, and who says so: periods, places and sources for the drafts.

* period: the year or date nearest the figure in its clause (one right after it, "390 in
  2023", first), else the nearest earlier one in its sentence ("In 2023, 5,294 ...", but not
  for "up from 1,032": an earlier value); a year after "since" (no end), "than" or "compared
  with" (a baseline) gives no period;
* place and source, read by the language's reader (``read.language``; English only so far):
  "in", "across" or "throughout" and a capitalised name within eight words in the clause ("in
  Albania", "in England and Wales"), or an opening "In Wales," for the whole sentence; "according
  to X", or "X show(s), said, estimate(s) ..." opening the sentence or closing it after a comma
  ("..., the Treasury estimates.").
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING, Final

from factcheck._claims import Inferred
from factcheck._extract.scan.english_words import months
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.periods import Dated

__all__ = ["assign_periods", "assign_sources_and_places"]

_UNDATED: Final = lexicon("en").words("undated_times")
_FROM: Final = lexicon("en").words("from_words")  # "up from 1,032": an earlier value, not this one's period


def assign_periods(drafts: list[Draft], reader: Reader, periods: list[Dated]) -> None:
    """Give each draft the period nearest it in its clause, else the one before it in its sentence.

    A period taken from earlier in the sentence past another figure ("In 2023 it rose to 5,294,
    and 4,000 were deported") is marked inferred (:class:`~factcheck.Inferred`); one that opens
    the sentence right before the figure ("In 2023, 5,294 ...") is stated with it.
    """
    periods = [d for d in periods if not d.baseline and d.period is not None]
    if not periods:
        return
    starts = [d.start for d in periods]
    layout = reader.layout
    in_order = sorted(drafts, key=lambda d: d.start)
    in_order_starts = [d.start for d in in_order]
    for draft in drafts:
        i = bisect.bisect_left(starts, draft.start)
        candidates = [
            periods[j]
            for j in (i - 1, i)
            if 0 <= j < len(periods) and not _bracketed_apart(reader.text, periods[j].start, draft.start)
        ]
        clause = layout.clause_index(draft.start)
        sentence = layout.sentence_index(draft.start)
        if _undated_month_after(reader, draft, periods, starts):
            continue  # "-0.1% in April and 0.1% in May 2015": April of which year is not said here
        same_clause = [d for d in candidates if layout.clause_index(d.start) == clause]
        if reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1) in _FROM:
            same_clause = [d for d in same_clause if not _anothers(d, draft, (in_order, in_order_starts), reader)]
        following = [d for d in same_clause if d.start >= draft.end]
        if following and _introduces(reader, draft, following[0]):
            draft.period = following[0].period  # "390 in 2023"
            continue
        if same_clause:
            best = min(same_clause, key=lambda d: min(abs(d.start - draft.end), abs(draft.start - d.end)))
            draft.period = best.period
            continue
        earlier = [d for d in candidates if d.end <= draft.start and layout.sentence_index(d.start) == sentence]
        if earlier and reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1) not in _FROM:
            draft.period = earlier[0].period  # "In 2023, 5,294 ..."; a later clause's year is its own
            if _past_another((in_order, in_order_starts), draft, earlier[0], reader):
                draft.inferred.add(Inferred.PERIOD)  # "In 2023 it rose to 5,294, and 4,000 ...": another's year


def _anothers(dated: Dated, draft: Draft, drafts: tuple[list[Draft], list[int]], reader: Reader) -> bool:
    """True when ``dated`` stands before ``draft`` and is the period of the figure right before it.

    "rose to 1,603 in 2024 from 368": 2024 is the after's year; the before after "from" is of another time.
    """
    if dated.end > draft.start:
        return False
    in_order, starts = drafts
    k = bisect.bisect_left(starts, dated.start) - 1
    return k >= 0 and in_order[k] is not draft and _introduces(reader, in_order[k], dated)


def _past_another(drafts: tuple[list[Draft], list[int]], draft: Draft, dated: Dated, reader: Reader) -> bool:
    """True when another figure stands between ``dated`` and ``draft``, or in ``dated``'s clause before ``draft``.

    "In 2023 it rose to 5,294, and 4,000 ...", "Exports hit 400 tonnes in 2023, while imports fell
    to 300 tonnes": the year is the other figure's, and only inferred for this one. ``drafts`` are
    sorted by start, with their starts: only those from ``dated``'s clause to ``draft`` are looked at
    (one starting before the clause starts before ``dated`` too, so it cannot count).
    """
    in_order, starts = drafts
    clause_start, clause_end = reader.layout.clause(dated.start)
    first = bisect.bisect_left(starts, clause_start)
    last = bisect.bisect_left(starts, draft.start)
    return any(
        other is not draft and (other.start < clause_end or other.start >= dated.end) for other in in_order[first:last]
    )


def _undated_month_after(reader: Reader, draft: Draft, periods: list[Dated], starts: list[int]) -> bool:
    """True when "in" and a month with no year, or "today", follow the figure: a time of its own, no period read."""
    tokens = reader.tokens
    k = draft.last + 1
    if k < len(tokens) and tokens.lower(k) in _UNDATED:
        return True  # "6 in 10 today": now, not the year the sentence names for another figure
    if k + 1 >= len(tokens) or tokens.lower(k) not in _period_words() or tokens.lower(k + 1) not in months():
        return False
    at = tokens[k + 1].start
    i = bisect.bisect_right(starts, at) - 1
    return i < 0 or periods[i].end <= at


def _bracketed_apart(text: str, at: int, figure: int) -> bool:
    """True when offset ``at`` is inside brackets that do not hold offset ``figure``.

    "£6.5 million (2015-16: £7.3 million)": the year in the brackets is the bracketed figure's,
    not the one before them.
    """
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    closed = text.find(")", at)
    if closed < 0:
        return False
    return not opened < figure < closed


@functools.cache
def _period_words() -> frozenset[str]:
    """Words of every language that lead from a figure to its period: "390 in 2023", "2,6 Mrd. € im Jahr 2023"."""
    return frozenset[str]().union(*(lexicon(lang).words("period_leads") for lang in LANGUAGES))


def _introduces(reader: Reader, draft: Draft, dated: Dated) -> bool:
    """True when at most a few words, one of them "in", "during", "im", "en"…, lead to the period."""
    tokens = reader.tokens
    between = tokens.words(draft.last + 1, tokens.first_at_or_after(dated.start))
    return len(between) <= 3 and not _period_words().isdisjoint(between)  # noqa: PLR2004


def assign_sources_and_places(drafts: list[Draft], reader: Reader) -> None:
    """Give each draft its sentence's source, and the place its clause or sentence names (by the language's reader)."""
    tokens = reader.tokens
    layout = reader.layout
    sources: dict[int, str | None] = {}
    starts = [d.start for d in drafts]
    for draft in drafts:
        sentence = layout.sentence_index(draft.start)
        if sentence not in sources:
            start, end = layout.sentence(draft.start)
            first, stop = tokens.first_at_or_after(start), tokens.first_at_or_after(end)
            found = reader.language.source(reader, first, stop, starts)
            sources[sentence] = None if found is None else reader.phrase(*found)
        draft.source = sources[sentence]
    reader.language.places(drafts, reader)
