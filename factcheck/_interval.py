"""Intervals of the real line with exact Decimal ends, for what a figure really asserts.

An end of ``None`` is unbounded. Arithmetic is sound: the result contains every exact result of
members of the operands, and ends are rounded outwards when Decimal must round.

Each of ``+``, ``-``, ``*`` and ``/`` is also *exact* for independent operands: its result is the
range of the operation over the operands (up to that outward rounding at the 34th digit), with
open and closed ends kept. A formula that uses one figure twice is not: ``(after - before) /
before`` treats the two ``before`` as if each could take a different value, and comes out wider
than the truth (the dependency problem). The derived figures the checks compute are therefore
written with each figure once: :meth:`Interval.ratio` for a share, :meth:`Interval.relative_change`
(``after / before - 1``) for a change; sums, differences and products already use each once.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import product
from typing import TYPE_CHECKING

from attrs import field, frozen

from ._decimal import CEILING, FLOOR, ZERO, plain, to_decimal
from .errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Interval"]

_INF = Decimal("Infinity")


def _optional_decimal(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value)


@frozen
class Interval:
    """The set of numbers between ``low`` and ``high``; each end open or closed, ``None`` unbounded.

    >>> from decimal import Decimal
    >>> Interval.closed(1, 2).contains(Decimal("1.5"))
    True
    >>> str(Interval(Decimal("94.5"), Decimal("95.5"), high_closed=False))
    '[94.5, 95.5)'
    """

    low: Decimal | None = field(converter=_optional_decimal)
    high: Decimal | None = field(converter=_optional_decimal)
    low_closed: bool = field(default=True, kw_only=True)
    high_closed: bool = field(default=True, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.low is None and self.low_closed:
            object.__setattr__(self, "low_closed", False)  # an unbounded end is open
        if self.high is None and self.high_closed:
            object.__setattr__(self, "high_closed", False)
        if self.low is not None and self.high is not None:
            empty = self.low > self.high or (self.low == self.high and not (self.low_closed and self.high_closed))
            if empty:
                raise ValidationError("bounds", str(self), "the low end must not exceed the high end", "bounds-order")

    # constructors ---------------------------------------------------------------------------
    @classmethod
    def point(cls, value: object) -> Interval:
        """The interval holding one number."""
        value = to_decimal(value)
        return cls(value, value)

    @classmethod
    def closed(cls, low: object, high: object) -> Interval:
        """``[low, high]``."""
        return cls(to_decimal(low), to_decimal(high))

    @classmethod
    def half_open(cls, low: object, high: object) -> Interval:
        """``[low, high)``: the reading of a rounded figure."""
        return cls(to_decimal(low), to_decimal(high), high_closed=False)

    @classmethod
    def above(cls, low: object, *, closed: bool = False) -> Interval:
        """``(low, ∞)``, or ``[low, ∞)`` when ``closed``: "more than", "at least"."""
        return cls(to_decimal(low), None, low_closed=closed)

    @classmethod
    def below(cls, high: object, *, closed: bool = False) -> Interval:
        """``(-∞, high)``, or ``(-∞, high]`` when ``closed``: "less than", "up to"."""
        return cls(None, to_decimal(high), high_closed=closed)

    @classmethod
    def everything(cls) -> Interval:
        """The whole real line."""
        return cls(None, None)

    # queries ---------------------------------------------------------------------------------
    @property
    def is_point(self) -> bool:
        """True when the interval holds exactly one number."""
        return self.low is not None and self.low == self.high

    @property
    def is_bounded(self) -> bool:
        """True when both ends are finite."""
        return self.low is not None and self.high is not None

    @property
    def width(self) -> Decimal | None:
        """``high - low``, or ``None`` when unbounded."""
        if self.low is None or self.high is None:
            return None
        return CEILING.subtract(self.high, self.low)

    @property
    def midpoint(self) -> Decimal | None:
        """The middle of a bounded interval."""
        if self.low is None or self.high is None:
            return None
        return FLOOR.divide(FLOOR.add(self.low, self.high), Decimal(2))

    def contains(self, value: object) -> bool:
        """True when ``value`` (a number) is a member."""
        x = to_decimal(value)
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (self.high is not None and (x > self.high or (x == self.high and not self.high_closed)))

    __contains__ = contains

    def touches(self, value: object) -> bool:
        """True when ``value`` is a member or an end (the closure holds it): "more than 5" touches 5."""
        x = to_decimal(value)
        return (self.low is None or x >= self.low) and (self.high is None or x <= self.high)

    def includes(self, other: Interval) -> bool:
        """True when every member of ``other`` is a member of this interval."""
        if self.low is not None:
            if other.low is None or other.low < self.low:
                return False
            if other.low == self.low and other.low_closed and not self.low_closed:
                return False
        if self.high is not None:
            if other.high is None or other.high > self.high:
                return False
            if other.high == self.high and other.high_closed and not self.high_closed:
                return False
        return True

    def lies_below(self, other: Interval, *, or_equal: bool = False) -> bool:
        """True when every member is less than (with ``or_equal``: at most) every member of ``other``.

        >>> a, b = Interval.closed(1, 2), Interval.closed(2, 3)
        >>> a.lies_below(b), a.lies_below(b, or_equal=True), Interval.half_open(1, 2).lies_below(b)
        (False, True, True)
        """
        if self.high is None or other.low is None:
            return False
        if self.high != other.low:
            return self.high < other.low
        return or_equal or not (self.high_closed and other.low_closed)

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one number."""
        return self.intersection(other) is not None

    def intersection(self, other: Interval) -> Interval | None:
        """The numbers in both, or ``None`` when they share none."""
        low, low_closed = _tighter(self.low, self.low_closed, other.low, other.low_closed, lower=True)
        high, high_closed = _tighter(self.high, self.high_closed, other.high, other.high_closed, lower=False)
        if low is not None and high is not None and (low > high or (low == high and not (low_closed and high_closed))):
            return None
        return Interval(low, high, low_closed=low_closed, high_closed=high_closed)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        low, low_closed = _looser(self.low, self.low_closed, other.low, other.low_closed, lower=True)
        high, high_closed = _looser(self.high, self.high_closed, other.high, other.high_closed, lower=False)
        return Interval(low, high, low_closed=low_closed, high_closed=high_closed)

    def distance(self, value: object) -> Decimal:
        """How far ``value`` lies outside the interval (0 when it touches it)."""
        x = to_decimal(value)
        if self.low is not None and x < self.low:
            return CEILING.subtract(self.low, x)
        if self.high is not None and x > self.high:
            return CEILING.subtract(x, self.high)
        return ZERO

    # arithmetic ------------------------------------------------------------------------------
    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            low_closed=self.high_closed,
            high_closed=self.low_closed,
        )

    def __add__(self, other: Interval | Decimal | int) -> Interval:
        o = _as_interval(other)
        low = None if self.low is None or o.low is None else FLOOR.add(self.low, o.low)
        high = None if self.high is None or o.high is None else CEILING.add(self.high, o.high)
        return Interval(
            low, high, low_closed=self.low_closed and o.low_closed, high_closed=self.high_closed and o.high_closed
        )

    __radd__ = __add__

    def __sub__(self, other: Interval | Decimal | int) -> Interval:
        return self + (-_as_interval(other))

    def __rsub__(self, other: Decimal | int) -> Interval:
        return _as_interval(other) - self

    def __mul__(self, other: Interval | Decimal | int) -> Interval:
        return _combine(self, _as_interval(other), _mul)

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | Decimal | int) -> Interval:
        o = _as_interval(other)
        if o.is_point and o.low == ZERO:
            raise ZeroDivisionError("division by an interval that holds only zero")
        if o.contains(ZERO):
            return Interval.everything()  # the quotient is unbounded on one side at least
        if ZERO in (o.low, o.high):  # zero is an open end: 1/x is unbounded there
            return _reciprocal_open_zero(self, o)
        return _combine(self, o, _div)  # quotients of ends, each rounded once

    def __rtruediv__(self, other: Decimal | int) -> Interval:
        return _as_interval(other) / self

    # exact derived figures ----------------------------------------------------------------------
    @staticmethod
    def ratio(numerator: Interval, denominator: Interval) -> Interval:
        """The exact range of ``a / b`` for independent ``a`` in ``numerator`` and ``b`` in ``denominator``.

        ``a / b`` is monotone in each input wherever ``b`` keeps its sign, so the ends are
        quotients of ends: for positive ``a`` and ``b``, ``[a_low / b_high, a_high / b_low]``, each
        end open when either end it comes from is open. A ``denominator`` with zero as an open
        end gives a side without bound; one holding zero gives the whole line; the point zero
        raises ``ZeroDivisionError``.

        >>> str(Interval.ratio(Interval.half_open("2.5", "3.5"), Interval.half_open("4.5", "5.5")))
        '(0.4545454545454545454545454545454545, 0.7777777777777777777777777777777778)'
        """
        return numerator / denominator

    @staticmethod
    def relative_change(before: Interval, after: Interval) -> Interval:
        """The exact range of ``(after - before) / before`` for independent ``before`` and ``after``.

        Computed as ``after / before - 1``, which uses ``before`` once: it rises with ``after``
        and falls with ``before`` (for a positive base), so the range is
        ``[a_low / b_high, a_high / b_low] - 1``, not the wider ``(after - before) / before`` of
        naive interval arithmetic. A negative base is taken algebraically, as the point
        formula does (``(after - before) / before``: from -2 to -1 is -50%); a base whose
        interval holds zero gives the whole line, and the point zero raises ``ZeroDivisionError``.

        "From £5m to £3m" (each rounded to the million) is a change of -54.5% to -22.2%:

        >>> before, after = Interval.half_open("4.5E6", "5.5E6"), Interval.half_open("2.5E6", "3.5E6")
        >>> str(Interval.relative_change(before, after))
        '(-0.5454545454545454545454545454545455, -0.2222222222222222222222222222222222)'
        """
        return Interval.ratio(after, before) - 1

    def __str__(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        low = "-inf" if self.low is None else plain(self.low)
        high = "inf" if self.high is None else plain(self.high)
        return f"{left}{low}, {high}{right}"


# helpers -----------------------------------------------------------------------------------------


def _as_interval(value: Interval | Decimal | int) -> Interval:
    if isinstance(value, Interval):
        return value
    return Interval.point(value)


def _tighter(
    a: Decimal | None, a_closed: bool, b: Decimal | None, b_closed: bool, *, lower: bool
) -> tuple[Decimal | None, bool]:
    if a is None:
        return b, b_closed
    if b is None or (a == b and not a_closed):
        return a, a_closed and (b is None or b_closed)
    if a == b:
        return a, a_closed and b_closed
    pick_a = a > b if lower else a < b
    return (a, a_closed) if pick_a else (b, b_closed)


def _looser(
    a: Decimal | None, a_closed: bool, b: Decimal | None, b_closed: bool, *, lower: bool
) -> tuple[Decimal | None, bool]:
    if a is None or b is None:
        return None, False
    if a == b:
        return a, a_closed or b_closed
    pick_a = a < b if lower else a > b
    return (a, a_closed) if pick_a else (b, b_closed)


_End = tuple[Decimal, bool]  # (value with ±Infinity for unbounded, closed)


def _ends(i: Interval) -> tuple[_End, _End]:
    low = (-_INF, False) if i.low is None else (i.low, i.low_closed)
    high = (_INF, False) if i.high is None else (i.high, i.high_closed)
    return low, high


def _mul(a: Decimal, b: Decimal, rounding: str) -> Decimal:
    if a.is_zero() or b.is_zero():
        return ZERO  # 0 × ∞ only arises at an unbounded end, where the finite product is 0 or beyond
    ctx = FLOOR if rounding == "floor" else CEILING
    if a.is_infinite() or b.is_infinite():
        return _INF if (a > 0) == (b > 0) else -_INF
    return ctx.multiply(a, b)


def _div(a: Decimal, b: Decimal, rounding: str) -> Decimal:
    """``a / b`` for a divisor end ``b`` that is not zero (it may be unbounded)."""
    if a.is_zero() or (b.is_infinite() and a.is_finite()):
        return ZERO
    if a.is_infinite():  # over a finite or unbounded end, the quotient is unbounded with the sign of both
        return _INF if (a > 0) == (b > 0) else -_INF
    ctx = FLOOR if rounding == "floor" else CEILING
    return ctx.divide(a, b)


def _combine(x: Interval, y: Interval, op: Callable[[Decimal, Decimal, str], Decimal]) -> Interval:
    candidates_low: list[_End] = []
    candidates_high: list[_End] = []
    for (a, a_closed), (b, b_closed) in product(_ends(x), _ends(y)):
        closed = (a_closed and b_closed) or (a.is_zero() and a_closed) or (b.is_zero() and b_closed)
        candidates_low.append((op(a, b, "floor"), closed))
        candidates_high.append((op(a, b, "ceiling"), closed))
    low = min(v for v, _ in candidates_low)
    high = max(v for v, _ in candidates_high)
    low_closed = any(c for v, c in candidates_low if v == low) and low.is_finite()
    high_closed = any(c for v, c in candidates_high if v == high) and high.is_finite()
    return Interval(
        None if low.is_infinite() else low,
        None if high.is_infinite() else high,
        low_closed=low_closed,
        high_closed=high_closed,
    )


def _reciprocal(i: Interval) -> Interval:
    """1/i for an interval that excludes zero (ends may be unbounded)."""
    (low, low_closed), (high, high_closed) = _ends(i)
    new_low = ZERO if high.is_infinite() else FLOOR.divide(Decimal(1), high)
    new_high = ZERO if low.is_infinite() else CEILING.divide(Decimal(1), low)
    return Interval(
        new_low, new_high, low_closed=high_closed and high.is_finite(), high_closed=low_closed and low.is_finite()
    )


def _reciprocal_open_zero(x: Interval, y: Interval) -> Interval:
    """X / y where zero is an open end of y: the quotient grows without bound on one side."""
    if y.low == ZERO:  # y within (0, high]
        positive = _reciprocal(Interval(y.high, y.high)) if y.high is not None else Interval.point(0)
        recip = Interval(positive.low, None, low_closed=y.high_closed and y.high is not None)
    else:  # y within [low, 0)
        negative = _reciprocal(Interval(y.low, y.low)) if y.low is not None else Interval.point(0)
        recip = Interval(None, negative.high, high_closed=y.low_closed and y.low is not None)
    return _combine(x, recip, _mul)
