"""Rates and periods: "20,000 a month" and "240,000 over a year" must agree.

A *rate* is a claim whose unit is per unit of time: a :class:`RateClaim` ("20,000 a month") or
an :class:`AbsoluteChangeClaim` per time ("cut by 20,000 a month"). A rate per anything else
("$60 a barrel", "15.3 points per game") accumulates over no duration: it is neither a rate nor a
level here, and is never paired with a total. A *level* is a count, money
or quantity claim, or an absolute change not per time. Levels are paired with rates two ways:

* a level with ``over`` (extraction linked "over a year", "over five years") is paired with the
  nearest rate of the same subject (:func:`factcheck.checks._grouping.subject_key`); a level
  with ``over`` but no subject ("or 240,000 over a year") with the nearest rate among the
  ``WINDOW`` claims before or after it, and a bare number then counts what the rate counts;
* a level with a subject and a ``period`` is paired with the nearest rate of the same subject
  whose period is unknown or overlaps; the duration is the period's length (whole calendar
  years in years, whole months in months, else days). A subject that names only what is counted
  ("homes": :func:`factcheck.checks._grouping.only_what_is_counted`) is not enough for this.

A level whose sentence holds no rate (extraction marks it ``Inferred.RATE``: "2 million in 6 weeks.
The heart beats 100,000 times a day.") is paired only by subject, never by nearness.

A pair is certain only when the level states its duration ("over a year") and stands right beside
its rate, in its sentence and at most ``NEAR`` characters away ("20,000 a month, or 240,000 over a
year"); a pair made by subject or by nearness is not (:class:`~factcheck.Reading`), so its mismatch is a WARNING.
A pair is compared only when rate × duration gives the level's unit; the level is judged against
it by the precision policy of :mod:`factcheck.checks._judge`. A duration is also reckoned as
writers reckon it (a year of 52 weeks or 365 days, a month of 30 days or 4 weeks): "250 a week,
or 13,000 a year" is accurate, and the better of the two verdicts stands.
"""

from __future__ import annotations

import bisect
import calendar
from typing import TYPE_CHECKING, Final

import attrs

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    CountClaim,
    Inferred,
    MoneyClaim,
    NumberClaim,
    QuantityClaim,
    RateClaim,
)
from factcheck.errors import FactcheckError

from ._certainty import inferred
from ._finding import CERTAIN, Certainty, Reading, Verdict
from ._grouping import group_by, only_what_is_counted, subject_key
from ._judge import judge, judgement_finding

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    import pint

    from factcheck._claims import Claim, Period

    from . import CheckContext
    from ._finding import Finding

__all__ = ["NEAR", "WINDOW", "period_length", "rates_and_totals"]

_LEVELS = (CountClaim, MoneyClaim, QuantityClaim, NumberClaim)


def period_length(period: Period) -> Amount:
    """How long a period is: whole years in years, whole months in months, otherwise days.

    >>> from factcheck import Period
    >>> period_length(Period.years(2021, 2023)).format("en_GB")
    '3 years'
    """
    start, end = period.start, period.end
    if start.day == 1 and end == _month_end(end):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        if start.month == 1 and months % 12 == 0:
            return Amount.exact(months // 12, "year")
        return Amount.exact(months, "month")
    return Amount.exact((end - start).days + 1, "day")


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _duration(level: Claim, rate: Claim) -> Amount | None:
    if level.over is not None:
        return level.over
    if level.period is None:
        return None
    if rate.period is not None and not rate.period.overlaps(level.period):
        return None
    return period_length(level.period)


def rates_and_totals(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each level with a duration, against the rate it accumulates times that duration.

    Codes: ``rate-total-consistent`` (OK) and ``rate-total-mismatch`` (ERROR, or WARNING when it
    holds only under the rounded reading or when the pair is not certain: only a level that
    states its duration, right beside its rate, is linked to it; the rest are paired by subject
    or nearness). Pairs whose units do not combine are not compared.

    >>> from factcheck import Amount, CheckContext, CountClaim, RateClaim
    >>> rate = RateClaim(Amount.stated("20000", "person / month"), subject="arrivals")
    >>> level = CountClaim(Amount.stated("250000", "person"), subject="arrivals", over=Amount.exact(1, "year"))
    >>> [f.message for f in rates_and_totals([rate, level], CheckContext())]
    ['20,000 people a month over 1 year is 240,000 people, not 250,000 people (off by 10,000 people).']
    """
    all_rates = [i for i, c in enumerate(claims) if _is_rate(c)]
    if not all_rates:
        return
    position = {id(c): i for i, c in enumerate(claims)}
    groups = group_by(claims, _key)
    for group in groups.values():
        rate_positions = [position[id(c)] for c in group if _is_rate(c)]
        if not rate_positions:
            continue
        for level in group:
            if _is_level(level):
                yield from _pair(level, claims, rate_positions, position[id(level)], ctx, grouped=True)
    for i, level in enumerate(claims):
        if _is_level(level) and level.over is not None and _key(level) is None:
            yield from _pair(level, claims, all_rates, i, ctx, grouped=False)


WINDOW = 5
"""How many claims away an ungrouped level's rate may stand."""


def _pair(
    level: Claim, claims: Sequence[Claim], rates: list[int], i: int, ctx: CheckContext, *, grouped: bool
) -> Iterator[Finding]:
    if level.over is None and (level.period is None or only_what_is_counted(level)):
        return  # "plans 500 homes a year ... built 450 homes in 2023": "homes" alone names no quantity
    j = _nearest(rates, i)
    if not grouped and (level.over is None or abs(j - i) > WINDOW or Inferred.RATE in level.inferred):
        return  # no subject to pair by, and no rate in the level's sentence: the nearest is another's
    rate = claims[j]
    duration = _duration(level, rate)
    if duration is not None:
        certainty = _certainty(level, rate, abs(j - i), grouped=grouped)
        certainty |= inferred((level, rate), periods=level.over is None)  # a duration from the level's period
        finding = _compare(level, rate, duration, ctx.locale, certainty)
        if finding is not None:
            yield finding


NEAR = 60
"""How many characters may stand between a rate and the total beside it for the two to be linked
("20,000 a month, or 240,000 over a year"); further apart, they are only paired."""


def _certainty(level: Claim, rate: Claim, distance: int, *, grouped: bool) -> Certainty:
    """Certain when the level states its duration and stands right beside its rate; else how they were paired.

    Never certain when extraction found no rate in the level's sentence (``Inferred.RATE``).
    Claims without spans (built by the caller, not read from text) that are next to each other
    count as beside each other.
    """
    if level.over is not None and distance == 1 and Inferred.RATE not in level.inferred:
        spans = sorted((c.span for c in (level, rate) if c.span is not None), key=lambda s: s.start)
        if len(spans) < 2 or spans[1].start - spans[0].end <= NEAR:  # noqa: PLR2004
            return CERTAIN
    return Certainty({Reading.SUBJECT if grouped else Reading.LINK})


def _is_rate(claim: Claim) -> bool:
    """A rate that accumulates over a duration; a growth rate ("grow at -2.3% annually") compounds instead."""
    u = claim.amount.unit
    return isinstance(claim, RateClaim | AbsoluteChangeClaim) and units.is_rate(u) and not units.is_percent_per_time(u)


def _is_level(claim: Claim) -> bool:
    if isinstance(claim, AbsoluteChangeClaim):
        return not units.has_denominator(claim.amount.unit)  # "cut by 20,000 a month", "fell $2 a barrel": no level
    if isinstance(claim, NumberClaim):
        return claim.unit_word is None  # "or 20,000 over the year" counts what the rate does; "7.4 rpg" does not
    return isinstance(claim, _LEVELS)


def _key(claim: Claim) -> object:
    if claim.subject is not None and (_is_rate(claim) or _is_level(claim)):
        return subject_key(claim)
    return None


def _nearest(positions: list[int], i: int) -> int:
    k = bisect.bisect_left(positions, i)
    if k == 0:
        return positions[0]
    if k == len(positions):
        return positions[-1]
    before, after = positions[k - 1], positions[k]
    return before if i - before <= after - i else after


_CALENDAR: Final = {
    ("year", "week"): 52,
    ("year", "day"): 365,
    ("year", "month"): 12,
    ("month", "day"): 30,
    ("month", "week"): 4,
    ("week", "day"): 5,
}
"""Durations as writers reckon them: a year of 52 weeks or 365 days, a month of 30 days or 4 weeks, a
working week of 5 days ("40 patients a day, or about 200 a week")."""
_RANK: Final = {
    Verdict.ACCURATE: 0,
    Verdict.ACCURATE_WITHIN_ROUNDING: 1,
    Verdict.ONLY_IF_ROUNDED: 2,
    Verdict.INACCURATE: 3,
}


def _calendar_durations(duration: Amount, per: pint.Unit | None) -> Iterator[Amount]:
    """``duration`` in the rate's time unit as writers reckon it ("1 year" is 52 weeks), if it differs."""
    if per is None:
        return
    factor = _CALENDAR.get((units.name(duration.unit), units.name(per)))
    if factor is not None:
        yield Amount.exact(duration.value * factor, per)


def _compare(level: Claim, rate: Claim, duration: Amount, locale: str, certainty: Certainty) -> Finding | None:
    unit = level.amount.unit
    judged = level.amount
    per = units.time_denominator(rate.amount.unit)
    if unit == units.dimensionless() and per is not None and units.is_counted(rate.amount.unit * per):
        unit = rate.amount.unit * per  # "or 240,000 over a year": the number counts what the rate counts
        judged = attrs.evolve(level.amount, unit=unit)

    def accumulate(xs: Sequence[Amount]) -> Amount:
        return (xs[0] * xs[1]).to(unit)

    try:
        verdict = judge(judged, (rate.amount, duration), accumulate)
        for reckoned in _calendar_durations(duration, per):
            alternative = judge(judged, (rate.amount, reckoned), accumulate)
            if _RANK[alternative.verdict] < _RANK[verdict.verdict]:
                verdict, duration = alternative, reckoned  # "250 a week, or 13,000 a year": 52 weeks
    except (FactcheckError, ArithmeticError):
        return None  # units that do not combine: the two are not a rate and its total
    return judgement_finding(
        verdict,
        (level, rate),
        check="rates_and_totals",
        codes=("rate-total-consistent", "rate-total-mismatch"),
        figures=(rate.amount, duration),
        stated=judged,
        locale=locale,
        certainty=certainty,
    )
