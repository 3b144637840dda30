"""One unit for figures that measure the same thing: the ends of a range, a change and its levels.

:func:`reunit` reads an amount in another's unit; :func:`align_units` gives both ends of "from
8,000 to 390 people" the unit either end names; :func:`link_change` gives a change its before
and after and, where they count something, their unit. Many relation rules call them once they
have found their figures, so they are kept apart from every family of rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import AbsoluteChangeClaim, CountClaim, Inferred, Period, RateClaim, RatioClaim
from factcheck._precision import Hedge

if TYPE_CHECKING:
    import pint

    from factcheck._extract.read.draft import Draft

__all__ = ["align_units", "link_change", "reunit"]


def reunit(amount: Amount, like: Amount) -> Amount:
    """``amount`` in ``like``'s unit, its stated precision and hedge kept."""
    if amount.hedge is Hedge.RANGE:
        return Amount(amount.value, like.unit, amount.bounds, amount.hedge, amount.exponent)
    return Amount.stated(amount.value, like.unit, hedge=amount.hedge, exponent=amount.exponent)


def align_units(low: Draft, high: Draft) -> None:
    """Give both ends of "from 8,000 to 390 people" (or "from £1,100 to £1,200 a month") the unit either end names."""
    dimensionless = units.dimensionless()
    for bare, ratio in ((low, high), (high, low)):  # "from 1.61 to 1.49 children per woman"
        if ratio.cls is RatioClaim and bare.cls is CountClaim and bare.amount.unit == ratio.amount.unit:
            bare.cls = RatioClaim
    if _per_anything(low, high):
        return  # "from $3.80 a gallon to $3.42", "from 1.61 to 1.49 children per woman"
    for bare, rate in ((low, high), (high, low)):  # "from £1,100 to £1,200 a month", "from 1,200 a week to 900"
        per = units.time_denominator(rate.amount.unit)
        if per is None or units.time_denominator(bare.amount.unit) is not None:
            continue
        rate_base = rate.amount.unit * per
        counted_or_time = units.is_counted(rate_base) or units.is_time(rate_base)  # "down from 50" of "40 hours a week"
        if bare.amount.unit == rate_base or (bare.amount.unit == dimensionless and counted_or_time):
            bare.amount = reunit(bare.amount, rate.amount)
            bare.cls, bare.counted = rate.cls, rate.counted
            return
    if low.amount.unit == dimensionless and units.is_counted(high.amount.unit):
        low.amount, low.counted = reunit(low.amount, high.amount), high.counted
    elif high.amount.unit == dimensionless and units.is_counted(low.amount.unit):
        high.amount, high.counted = reunit(high.amount, low.amount), low.counted


def _per_anything(low: Draft, high: Draft) -> bool:
    """Give the bare end of a range the rate the other end is, when it is per anything but time; True if done.

    The bare end must be in the rate's numerator ("$3.42" beside "$3.80 a gallon"), or a bare
    number beside a count ("1.61" beside "1.49 children per woman", whose units cancel).
    """
    for bare, rate in ((low, high), (high, low)):
        if rate.cls is not RateClaim or bare.cls is RateClaim or rate.per_last is None:
            continue
        top = units.numerator(rate.amount.unit)
        if bare.amount.unit == top or (bare.amount.unit == units.dimensionless() and units.is_count(top)):
            bare.amount = reunit(bare.amount, rate.amount)
            bare.cls, bare.counted, bare.per = rate.cls, rate.counted, rate.per
            return True
    return False


def link_change(change: Draft, low: Draft, high: Draft) -> None:
    """Give ``change`` its before (``low``) and after (``high``), and a change in a count its counted unit.

    Not a rate of change beside two levels ("rose 2C per decade, from 14C to 20C"): a change per
    unit of time is not the change between them, and stays without a before and after.
    """
    if units.time_denominator(change.amount.unit) is not None and units.time_denominator(low.amount.unit) is None:
        return
    change.before, change.after = low.amount, high.amount
    if change.subject is None:
        change.subject = low.subject or high.subject
    if change.cls is AbsoluteChangeClaim:
        dimensionless = units.dimensionless()
        per = units.time_denominator(low.amount.unit)
        if per is not None and units.time_denominator(change.amount.unit) is None:
            if change.amount.unit * per == dimensionless and units.is_counted(low.amount.unit * per):
                change.amount = reunit(change.amount, low.amount)  # "from 1,200 flights a week to 900, 300 fewer"
            elif change.amount.unit == low.amount.unit * per:
                change.amount = reunit(change.amount, low.amount)  # "fell to £1,690 a year, ..., a cut of £144"
        elif low.cls is RateClaim and change.amount.unit == units.numerator(low.amount.unit) != low.amount.unit:
            change.amount = reunit(change.amount, low.amount)  # "fell 4p to 142p a litre, from 146p"
        elif _levels_of_rate(change.amount.unit, low.amount.unit, high.amount.unit):
            change.amount = reunit(change.amount, low.amount)  # "fell by 3p a litre, to 145p, from 148p"
        elif low.cls is RateClaim and _minor_of_rate(change.amount.unit, low.amount.unit):
            per_what = low.amount.unit / units.numerator(low.amount.unit)  # "$3.50 a gallon ..., a drop of 41 cents"
            change.amount = reunit(change.amount, Amount.exact(1, change.amount.unit * per_what))
        elif change.amount.unit == dimensionless and units.is_counted(low.amount.unit):
            change.amount = reunit(change.amount, low.amount)  # "from 120,000 offences to 96,000, a fall of 24,000"
        elif low.amount.unit == dimensionless and units.is_counted(change.amount.unit):
            change.before = reunit(low.amount, change.amount)  # "grew by 700,000 people to 68.3 million"
            change.after = reunit(high.amount, change.amount)
    lp, hp = low.period, high.period
    if lp is not None and hp is not None and lp != hp and lp.start <= hp.end:
        change.period = Period(lp.start, hp.end)
        change.inferred |= (low.inferred | high.inferred) & {Inferred.PERIOD}  # spans periods read elsewhere


def _levels_of_rate(change: pint.Unit, low: pint.Unit, high: pint.Unit) -> bool:
    """True when a change per something ("3p a litre") has levels in what it counts ("145p", "148p")."""
    counted = units.numerator(change)
    return counted != change and units.time_denominator(change) is None and counted == low == high


def _minor_of_rate(change: pint.Unit, rate: pint.Unit) -> bool:
    """True when ``change`` is money of another size than what ``rate`` counts: cents beside dollars a gallon."""
    counted = units.numerator(rate)
    return (
        counted not in {rate, change}
        and units.currency_code(change) is not None
        and units.time_denominator(change) is None
        and units.same_dimension(change, counted)
    )
