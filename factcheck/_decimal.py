"""The one decimal context factcheck computes in, and helpers for stated precision."""

from __future__ import annotations

from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from typing import Final

CONTEXT: Final = Context(prec=34, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
"""Values: 34 significant digits (IEEE decimal128), half-even rounding, errors trapped."""

FLOOR: Final = Context(prec=34, rounding=ROUND_FLOOR, traps=[InvalidOperation, DivisionByZero, Overflow])
"""Lower ends of intervals round down, so an interval never loses a member to rounding."""

CEILING: Final = Context(prec=34, rounding=ROUND_CEILING, traps=[InvalidOperation, DivisionByZero, Overflow])
"""Upper ends of intervals round up."""

WIDE: Final = Context(prec=50, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
"""Unit conversions (pint) run in 50 digits, then round to :data:`CONTEXT`: 12 months make 1 year, not 0.99…96."""

ZERO: Final = Decimal(0)
ONE: Final = Decimal(1)
HUNDRED: Final = Decimal(100)
HALF: Final = Decimal("0.5")


def to_decimal(value: object) -> Decimal:
    """Convert ``str``, ``int`` or ``Decimal`` to a finite ``Decimal``; refuse floats.

    >>> to_decimal("1.50")
    Decimal('1.50')
    >>> to_decimal(0.1)
    Traceback (most recent call last):
    ...
    TypeError: float 0.1 is not exact: pass a str or Decimal, e.g. Decimal('0.1')
    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        msg = f"bool {value!r} is not a number"
        raise TypeError(msg)
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, float):
        msg = f"float {value!r} is not exact: pass a str or Decimal, e.g. Decimal('{value!r}')"
        raise TypeError(msg)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip().replace("_", ""))
        except InvalidOperation:
            msg = f"{value!r} is not a decimal number"
            raise ValueError(msg) from None
    else:
        msg = f"{type(value).__name__} {value!r} is not a number: pass a str, int or Decimal"
        raise TypeError(msg)
    if not result.is_finite():
        msg = f"{value!r} is not a finite number"
        raise ValueError(msg)
    return result


def scale(value: Decimal, power_of_ten: int) -> Decimal:
    """``value`` times ten to ``power_of_ten``, exactly: ``scale(Decimal('1.5'), 9)`` is 1.5E+9."""
    return value.scaleb(power_of_ten, context=CONTEXT)


def last_digit_exponent(value: Decimal) -> int:
    """The power of ten of the last stated digit: 0 for 5,294, -1 for 95.5, 5 for 1.2E+6 ("1.2m").

    >>> last_digit_exponent(Decimal("95.5")), last_digit_exponent(Decimal("1.2E+6"))
    (-1, 5)
    """
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction  # noqa: S101
    return exponent


def significant_exponent(value: Decimal) -> int:
    """The power of ten of the last non-zero digit: 5 for 100,000, 0 for 5,294, -1 for 9.5."""
    if value.is_zero():
        return 0
    normal = value.normalize(CONTEXT)
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # noqa: S101
    return exponent


def tidy(value: Decimal) -> Decimal:
    """``value`` rounded to :data:`CONTEXT` without trailing fraction zeros or an exponent for whole numbers.

    >>> tidy(Decimal("2.4E+5")), tidy(Decimal("68.000")), tidy(Decimal("0.50"))
    (Decimal('240000'), Decimal('68'), Decimal('0.5'))
    """
    normal = CONTEXT.plus(value).normalize(CONTEXT)
    if normal.is_zero():
        return ZERO
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # finite by construction  # noqa: S101
    if exponent > 0 and normal.adjusted() < CONTEXT.prec:
        return normal.quantize(ONE, context=CONTEXT)
    return normal


def plain(value: Decimal) -> str:
    """A decimal as plain digits, never in exponent notation: ``plain(Decimal('1.2E+6'))`` is '1200000'."""
    if value == value.to_integral_value():
        return f"{value.quantize(ONE, context=CONTEXT):f}" if value.copy_abs() < Decimal("1E+34") else f"{value:f}"
    return f"{value.normalize(CONTEXT):f}"
