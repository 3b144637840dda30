"""The span a figure accumulates over: "240,000 over a year", "£150m a year for four years, a total of £600m".

The figure gets ``over`` and the duration is no claim of its own (``over``); a total with a span
but no rate in its sentence is marked ``Inferred.RATE`` (``rate_elsewhere``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import AbsoluteChangeClaim, DurationClaim, Inferred, RateClaim
from factcheck._extract.link.change_levels import opens_restating
from factcheck._extract.link.from_to import LOOKAHEAD
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import CHANGE_BREAKS
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["over", "rate_elsewhere"]

_EN: Final = lexicon("en")
_TOTAL_GLUE: Final = _EN.words("rate_total_glue")  # "for four years, a total of £600m"
_OVER_QUALIFIERS: Final = frozenset(form for word in _EN.strings("over_hedges") for form in (word, word.capitalize()))
_OVER_PARTICLES: Final[Mapping[str, str]] = _EN.mapping("over_particles")  # "spread over"
_DURATION_LEADS: Final = _EN.words("duration_leads")  # "£150m a year for four years"


def over(drafts: list[Draft], reader: Reader) -> None:
    tokens, language = reader.tokens, reader.language
    over_words = language.over_words  # "over", "über", "sur", "en"
    given: set[int] = set()  # the "over" words whose period went to the figure before them
    for n, draft in enumerate(drafts):
        if draft.cls is DurationClaim and 0 < n < len(drafts) - 1 and _rate_for(drafts[n - 1 : n + 2], reader):
            continue
        if draft.cls is DurationClaim:
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            leads = tokens.lower(draft.first - 1) in over_words or draft.qualifier in _OVER_QUALIFIERS
            if leads and not draft.age and nxt is not None and nxt.cls is not DurationClaim and nxt.over is None:
                first_of_clause, _ = reader.clause_words(draft.start)
                if draft.first - 1 <= first_of_clause and same_sentence(draft, nxt, reader):
                    nxt.over = Amount.stated(draft.amount.value, draft.amount.unit, exponent=draft.amount.exponent)
                    draft.consumed = True  # "Over five years, that is £100m": its span, and a duration too
                    draft.stated = _plain_span(draft)
            continue
        _, clause_end = reader.clause_words(draft.start)
        k = draft.last + 1
        stop = min(clause_end, k + LOOKAHEAD)
        if n + 1 < len(drafts):
            stop = min(stop, max(drafts[n + 1].first, k))
        if over_words.isdisjoint(tokens.lowers[k:stop]):
            continue  # no "over" in reach: the common case, answered at once
        while k < stop and tokens.lower(k) not in over_words:
            k += 1
        if k >= stop:
            continue
        given.add(k)
        j = k + 1 + (_OVER_PARTICLES.get(tokens.lower(k)) == tokens.lower(k + 1))  # "spread over"
        nxt = drafts[n + 1] if n + 1 < len(drafts) else None
        if nxt is not None and nxt.cls is DurationClaim and nxt.first <= j + 3 and not nxt.age:
            draft.over = Amount.stated(nxt.amount.value, nxt.amount.unit, exponent=nxt.amount.exponent)
            nxt.consumed = True  # "$35 billion over the next 5 years": its span, and a duration too
            nxt.stated = _plain_span(nxt)
            continue
        draft.over = language.one_period(tokens, j, clause_end)
    for n, draft in enumerate(drafts):
        if draft.over is not None or draft.cls is DurationClaim or draft.consumed:
            continue  # "Over a year that is 300,000": the period comes first
        clause_first, _ = reader.clause_words(draft.start)
        low = max(clause_first, draft.first - LOOKAHEAD, drafts[n - 1].last + 1 if n else 0)
        if over_words.isdisjoint(tokens.lowers[low : draft.first]):
            continue
        for k in range(low, draft.first):
            if tokens.lower(k) in over_words and k not in given:  # not "rose 4.6% over the year to £285,000"
                draft.over = language.one_period(tokens, k + 1, draft.first)
                break


def _plain_span(duration: Draft) -> bool:
    """True when a span a total accumulates over is a duration as written, with no hedge read into it.

    "über fünf Jahre" after a total is its span, though the scanner read "über" as "more than":
    that duration is no claim of its own ("Kinder über fünf Jahre" would be).
    """
    return duration.amount.hedge is Hedge.NONE


def rate_elsewhere(drafts: list[Draft], reader: Reader) -> None:
    """Mark a figure with a duration but no rate in its sentence ``Inferred.RATE``.

    "The programme vaccinated 2 million over-65s in 6 weeks. The heart beats about 100,000 times
    a day.": "in 6 weeks" is the total's own, but no rate beside it says what accumulates over it;
    one from another sentence is only a guess ("20,000 a month, or 240,000 over a year" has its rate).
    """
    totals = [d for d in drafts if d.over is not None and not d.consumed and not _is_time_rate(d)]
    if not totals:
        return
    rates = [d for d in drafts if not d.consumed and _is_time_rate(d)]
    for total in totals:
        if not any(same_sentence(total, rate, reader) for rate in rates) and not _restates_rate_ahead(
            total, rates, reader
        ):
            total.inferred.add(Inferred.RATE)


def _restates_rate_ahead(total: Draft, rates: list[Draft], reader: Reader) -> bool:
    """True when the total's sentence opens "That is" and the sentence ahead has a rate.

    "Arrivals ran at 20,000 a month. That is 240,000 over a year.": the words restate the figure
    ahead (``anaphoric_change_subjects`` and ``anaphoric_change_verbs``, as "This was a fall of").
    """
    layout, tokens = reader.layout, reader.tokens
    first = tokens.first_at_or_after(layout.sentence(total.start)[0])
    if not opens_restating(tokens, first):
        return False
    ahead = layout.sentence_index(total.start) - 1
    return any(layout.sentence_index(rate.start) == ahead for rate in rates)


def _is_time_rate(draft: Draft) -> bool:
    return draft.cls in (RateClaim, AbsoluteChangeClaim) and units.is_rate(draft.amount.unit)


def _rate_for(trio: list[Draft], reader: Reader) -> bool:
    """Link "£150m a year for four years, a total of £600m": the total accumulates the rate over the duration."""
    tokens = reader.tokens
    rate, duration, total = trio
    per = units.time_denominator(rate.amount.unit)
    if rate.cls is not RateClaim or per is None or total.over is not None or total.cls is RateClaim:
        return False
    between = tokens.words(rate.last + 1, duration.first)  # "for", "nurses a year for"
    if not (between and between[-1] in _DURATION_LEADS) or len(between) > LOOKAHEAD // 2:
        return False
    if not same_sentence(rate, total, reader):
        return False
    if not CHANGE_BREAKS.isdisjoint(between) or (len(between) > 1 and time_unit(between[-2]) is None):
        return False
    glue = tokens.words(duration.last + 1, tokens.first_at_or_after(total.start))
    if not glue or len(glue) > LOOKAHEAD // 2 or not set(glue) <= _TOTAL_GLUE:
        return False
    base = rate.amount.unit * per
    if total.amount.unit != base and not (total.amount.unit == units.dimensionless() and units.is_counted(base)):
        return False
    total.over = Amount.stated(duration.amount.value, duration.amount.unit, exponent=duration.amount.exponent)
    total.explicit = True  # "£150m a year for four years, a total of £600m": stated outright
    duration.consumed = True
    return True
