"""A fraction as the share it stands for: "a third" is about 33.3%, with bounds people can read.

A fraction stands for a share rounded to a simple fraction: "a quarter" of 8,000 staff may be
2,100 (26.25%). So an unhedged fraction is read like "about" one, within ``policy.about``, and
"nearly" within ``policy.nearly`` below it. The bounds are computed on exact rationals and
rounded outwards to 12 significant digits, so that "about two thirds" is [60, 73.3333333334]
rather than an interval with 34-digit ends; the value keeps the library's 34 digits.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Final

from factcheck._amount import Amount
from factcheck._decimal import CONTEXT, HUNDRED, tidy
from factcheck._interval import Interval
from factcheck._precision import Hedge, PrecisionPolicy, stated_interval

if TYPE_CHECKING:
    import pint

__all__ = ["fraction_amount"]

_DIGITS: Final = 12
_DOWN: Final = Context(prec=_DIGITS, rounding=ROUND_FLOOR)
_UP: Final = Context(prec=_DIGITS, rounding=ROUND_CEILING)


def _down(x: Fraction) -> Decimal:
    return tidy(_DOWN.divide(Decimal(x.numerator), Decimal(x.denominator)))


def _up(x: Fraction) -> Decimal:
    return tidy(_UP.divide(Decimal(x.numerator), Decimal(x.denominator)))


def fraction_amount(fraction: tuple[int, int], unit: pint.Unit, hedge: Hedge, policy: PrecisionPolicy) -> Amount:
    """``fraction`` (numerator, denominator) as an amount in percent, hedged as written.

    >>> from factcheck import units
    >>> from factcheck._precision import DEFAULT_POLICY
    >>> str(fraction_amount((2, 3), units.unit("percent"), Hedge.NONE, DEFAULT_POLICY).bounds)
    '[60, 73.3333333334]'
    >>> str(fraction_amount((1, 2), units.unit("percent"), Hedge.NEARLY, DEFAULT_POLICY).bounds)
    '[45, 50)'
    """
    exact = Fraction(100 * fraction[0], fraction[1])
    value = CONTEXT.divide(HUNDRED * fraction[0], Decimal(fraction[1]))
    if hedge in (Hedge.NONE, Hedge.ABOUT):
        spread = abs(exact) * Fraction(policy.about)
        bounds = Interval(_down(exact - spread), _up(exact + spread))
    elif hedge is Hedge.NEARLY and exact > 0:
        bounds = Interval(_down(exact * (1 - Fraction(policy.nearly))), _up(exact), high_closed=False)
    else:  # "more than a third", "up to half": the bound the hedge sets, just outside the fraction
        near = _down(exact) if hedge in (Hedge.MORE_THAN, Hedge.AT_LEAST) else _up(exact)
        bounds = stated_interval(near, None, hedge, nonnegative=True, policy=policy)
    return Amount(value, unit, bounds, hedge, None)
