"""How a stated figure becomes an interval: stated precision, hedges and the policy for both.

See ``docs/precision.md`` for the policy in prose.
"""

from __future__ import annotations

import enum
import functools
from decimal import Decimal

from attrs import field, frozen, validators

from ._decimal import CEILING, CONTEXT, FLOOR, HALF, ONE, ZERO, last_digit_exponent, significant_exponent, to_decimal
from ._interval import Interval

__all__ = ["Hedge", "PrecisionPolicy", "Rounding", "TrailingZeros", "stated_interval"]


class Hedge(enum.Enum):
    """What a qualifier in front of a figure does to the interval it asserts."""

    NONE = "none"
    """No qualifier: the figure's stated precision alone."""
    ABOUT = "about"
    """around, about, roughly, approximately, some, an estimated: widened by a tolerance."""
    NEARLY = "nearly"
    """nearly, almost, just under: below the figure, within a tolerance."""
    MORE_THAN = "more_than"
    """more than, over, above, in excess of: an open lower bound."""
    AT_LEAST = "at_least"
    """at least, no fewer than: a closed lower bound."""
    LESS_THAN = "less_than"
    """less than, fewer than, under, below: an open upper bound."""
    UP_TO = "up_to"
    """up to, at most, no more than, as many as: a closed upper bound."""
    RANGE = "range"
    """between a and b, a-b, a to b: an explicit range."""
    DERIVED = "derived"
    """Computed from other amounts; the bounds come from interval arithmetic."""


class Rounding(enum.Enum):
    """Whether a stated figure is read as rounded."""

    HALF_UNIT = "half_unit"
    """Half a unit of the last stated digit either side: "95%" is [94.5%, 95.5%)."""
    EXACT = "exact"
    """Figures are exact as written."""


class TrailingZeros(enum.Enum):
    """How to read the trailing zeros of an integer written out in full ("100,000")."""

    SIGNIFICANT = "significant"
    """Every written digit counts: "100,000" is 100,000 ± 0.5 (a count: exactly 100,000)."""
    ROUNDED = "rounded"
    """Trailing zeros are placeholders: "100,000" is [50,000, 150,000)."""


def _fraction(value: object) -> Decimal:
    result = to_decimal(value)
    if not ZERO <= result < ONE:
        msg = f"a tolerance is a fraction in [0, 1), got {result}"
        raise ValueError(msg)
    return result


@frozen
class PrecisionPolicy:
    """The configurable part of reading figures as intervals.

    >>> PrecisionPolicy().about
    Decimal('0.1')
    """

    rounding: Rounding = Rounding.HALF_UNIT
    trailing_zeros: TrailingZeros = TrailingZeros.SIGNIFICANT
    counts_exact: bool = True
    """An integer count written in full ("5,294 people") is exact, not ± 0.5."""
    about: Decimal = field(default=Decimal("0.1"), converter=_fraction)
    """Relative tolerance of "around", "about", "roughly": ± 10 % by default."""
    nearly: Decimal = field(default=Decimal("0.1"), converter=_fraction)
    """How far below the figure "nearly" and "almost" reach: 10 % by default."""
    nonnegative_floor: bool = field(default=True, validator=validators.instance_of(bool))
    """Upper-bound hedges on counts and money ("up to 500") start at 0, not at minus infinity."""


DEFAULT_POLICY = PrecisionPolicy()

_ROUNDED_ONLY = (Hedge.NONE, Hedge.DERIVED, Hedge.RANGE)
"""The hedges whose interval is the figure's rounding interval alone."""


def stated_exponent(value: Decimal, policy: PrecisionPolicy) -> int:
    """The power of ten of the last significant stated digit of ``value`` under ``policy``."""
    exponent = last_digit_exponent(value)
    if exponent == 0 and policy.trailing_zeros is TrailingZeros.ROUNDED:
        return significant_exponent(value)
    return exponent


def rounding_interval(value: Decimal, exponent: int | None, *, discrete: bool, policy: PrecisionPolicy) -> Interval:
    """``value`` ± half a unit in the place ``10**exponent`` (an exact point where the policy says so)."""
    if exponent is None or policy.rounding is Rounding.EXACT or (discrete and policy.counts_exact and exponent <= 0):
        return Interval.point(value)
    half = HALF.scaleb(exponent, CONTEXT)  # the package's context, not the thread's: the caller's changes nothing
    return Interval(FLOOR.subtract(value, half), CEILING.add(value, half), high_closed=False)


def stated_interval(
    value: Decimal,
    exponent: int | None,
    hedge: Hedge,
    *,
    discrete: bool = False,
    nonnegative: bool = False,
    policy: PrecisionPolicy = DEFAULT_POLICY,
) -> Interval:
    """The interval a figure asserts, from its value, stated precision and hedge.

    >>> str(stated_interval(Decimal("95"), 0, Hedge.NONE))
    '[94.5, 95.5)'
    >>> str(stated_interval(Decimal("5000"), 0, Hedge.MORE_THAN, discrete=True))
    '(5000, inf)'
    """
    rounded = rounding_interval(value, exponent, discrete=discrete, policy=policy)
    if hedge in _ROUNDED_ONLY:
        return rounded
    if hedge is Hedge.ABOUT:
        spread = CEILING.multiply(value.copy_abs(), policy.about)
        return rounded.hull(Interval(FLOOR.subtract(value, spread), CEILING.add(value, spread)))
    if hedge is Hedge.NEARLY:
        spread = CEILING.multiply(value.copy_abs(), policy.nearly)
        low = min(FLOOR.subtract(value, spread), rounded.low if rounded.low is not None else value)
        return Interval(low, value, high_closed=False) if spread or low < value else Interval.point(value)
    # A bound is exact at its number: "more than £1m" is (1,000,000, inf), not (500,000, inf).
    # Rounding widens a point figure; a bound states where the figure stops.
    if hedge is Hedge.MORE_THAN:
        return Interval.above(value)
    if hedge is Hedge.AT_LEAST:
        return Interval.above(value, closed=True)
    floor = ZERO if nonnegative and policy.nonnegative_floor and value >= ZERO else None
    if hedge is Hedge.LESS_THAN:
        return _capped(floor, value, closed=False)
    # Hedge.UP_TO
    return _capped(floor, value, closed=True)


@functools.lru_cache(maxsize=4096)
def unhedged_reading(written: str, exponent: int | None, discrete: bool) -> tuple[int, Interval]:
    """The stated exponent and interval of a figure with no hedge under :data:`DEFAULT_POLICY`.

    ``written`` is the figure as ``str`` writes its Decimal, which tells ``5`` from ``5.0`` (equal
    as Decimals, stated to different digits); ``exponent`` is the one given, or ``None`` for the
    figure's last digit. Kept for the last 4,096 figures: news repeats its figures ("2", "2019"),
    and extraction states about two in three of them more than once.
    """
    value = Decimal(written)
    stated = stated_exponent(value, DEFAULT_POLICY) if exponent is None else exponent
    return stated, stated_interval(value, stated, Hedge.NONE, discrete=discrete)


def _capped(floor: Decimal | None, high: Decimal, *, closed: bool) -> Interval:
    if floor is not None and high < floor:
        floor = None  # a negative cap on a non-negative quantity: let the validators report it
    if floor is not None and high == floor and not closed:
        floor = None
    return Interval(floor, high, high_closed=closed)
