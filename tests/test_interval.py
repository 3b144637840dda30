"""Interval: construction, queries and sound arithmetic."""

from __future__ import annotations

import operator
import pickle
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from factcheck import Interval, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

ENDS = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    """Bounded, half-bounded and unbounded intervals with open or closed ends."""
    low, high = draw(st.none() | ENDS), draw(st.none() | ENDS)
    if low is not None and high is not None and low > high:
        low, high = high, low
    low_closed, high_closed = draw(st.booleans()), draw(st.booleans())
    if low is not None and low == high:
        low_closed = high_closed = True
    return Interval(low, high, low_closed=low_closed, high_closed=high_closed)


def exact_contains(interval: Interval, x: Fraction) -> bool:
    """Membership computed with fractions, independently of Interval.contains."""
    if interval.low is not None:
        low = Fraction(interval.low)
        if x < low or (x == low and not interval.low_closed):
            return False
    if interval.high is not None:
        high = Fraction(interval.high)
        if x > high or (x == high and not interval.high_closed):
            return False
    return True


@st.composite
def members(draw: st.DrawFn, interval: Interval) -> Fraction:
    """An exact member of ``interval``, ends included when closed."""
    low = None if interval.low is None else Fraction(interval.low)
    high = None if interval.high is None else Fraction(interval.high)
    candidates = [e for e in (low, high) if e is not None]
    picks = st.fractions(min_value=low, max_value=high, max_denominator=1000)
    if candidates:
        picks = st.sampled_from(candidates) | picks
    x = draw(picks)
    assume(exact_contains(interval, x))
    return x


@st.composite
def interval_with_member(draw: st.DrawFn) -> tuple[Interval, Fraction]:
    """An interval and one of its members."""
    interval = draw(intervals())
    return interval, draw(members(interval))


OPERATIONS: dict[str, tuple[Callable[[Interval, Interval], Interval], Callable[[Fraction, Fraction], Fraction]]] = {
    "add": (operator.add, operator.add),
    "sub": (operator.sub, operator.sub),
    "mul": (operator.mul, operator.mul),
    "div": (operator.truediv, operator.truediv),
}


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@given(left=interval_with_member(), right=interval_with_member())
def test_arithmetic_contains_every_exact_result(
    name: str, left: tuple[Interval, Fraction], right: tuple[Interval, Fraction]
) -> None:
    """x ∈ X and y ∈ Y give x ∘ y ∈ X ∘ Y, with x ∘ y computed exactly in fractions."""
    (x_interval, x), (y_interval, y) = left, right
    interval_op, exact_op = OPERATIONS[name]
    if name == "div":
        assume(y != 0)
        assume(not y_interval.is_point or y_interval.low != 0)
    result = interval_op(x_interval, y_interval)
    assert (True, x_interval, y_interval) == (exact_contains(result, exact_op(x, y)), x_interval, y_interval)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
@given(
    left=interval_with_member(),
    n=st.decimals(min_value=-50, max_value=50, places=3, allow_nan=False, allow_infinity=False),
)
def test_arithmetic_with_numbers_is_sound(name: str, left: tuple[Interval, Fraction], n: Decimal) -> None:
    """An interval combined with an exact number holds every exact result, on either side."""
    interval, x = left
    interval_op, exact_op = OPERATIONS[name]
    if name == "div":
        assume(n != 0)
    assert exact_contains(interval_op(interval, n), exact_op(x, Fraction(n)))
    if name != "div" or x != 0:
        assume(name != "div" or not (interval.is_point and interval.low == 0))
        assert exact_contains(interval_op(Interval.point(n), interval), exact_op(Fraction(n), x))


@given(intervals())
def test_ends_are_ordered(interval: Interval) -> None:
    """Every interval that can be built has low <= high."""
    assert interval.low is None or interval.high is None or interval.low <= interval.high


def test_division_by_thirds_rounds_outwards() -> None:
    """1/3 cannot be a Decimal: the ends round away from the exact quotient."""
    result = Interval.point(1) / 3
    assert (Fraction(result.low) < Fraction(1, 3), Fraction(result.high) > Fraction(1, 3)) == (True, True)


def test_division_by_interval_holding_zero_is_everything() -> None:
    """Dividing by an interval that holds zero bounds nothing."""
    assert Interval.everything() == Interval.closed(1, 2) / Interval.closed(-1, 1)


def test_division_by_zero_point_raises() -> None:
    """Dividing by exactly zero is an error, not an interval."""
    with pytest.raises(ZeroDivisionError):
        Interval.closed(1, 2) / Interval.point(0)


def test_division_by_interval_open_at_zero() -> None:
    """1 / (0, 2] is [0.5, ∞)."""
    assert Interval.above("0.5", closed=True) == Interval.point(1) / Interval(0, 2, low_closed=False)


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (Interval.half_open("94.5", "95.5"), "[94.5, 95.5)"),
        (Interval.above(5000), "(5000, inf)"),
        (Interval.below(10, closed=True), "(-inf, 10]"),
        (Interval.everything(), "(-inf, inf)"),
        (Interval.point("1.2E+6"), "[1200000, 1200000]"),
    ],
)
def test_str(interval: Interval, expected: str) -> None:
    """Intervals print in the usual bracket notation without exponents."""
    assert expected == str(interval)


@pytest.mark.parametrize(
    ("interval", "value", "inside", "touching"),
    [
        (Interval.half_open(1, 2), 1, True, True),
        (Interval.half_open(1, 2), 2, False, True),
        (Interval.above(5), 5, False, True),
        (Interval.above(5), 4, False, False),
        (Interval.below(5, closed=True), 5, True, True),
        (Interval.everything(), -(10**30), True, True),
    ],
)
def test_contains_and_touches(interval: Interval, value: int, inside: bool, touching: bool) -> None:
    """Membership respects open ends; touching includes them."""
    assert (inside, inside, touching) == (interval.contains(value), value in interval, interval.touches(value))


@pytest.mark.parametrize(
    ("low", "high", "low_closed", "high_closed"), [(2, 1, True, True), (1, 1, True, False), (1, 1, False, True)]
)
def test_empty_interval_raises(low: int, high: int, low_closed: bool, high_closed: bool) -> None:
    """An interval with no members raises a ValidationError naming the bounds."""
    with pytest.raises(ValidationError, match=r"^bounds=.*the low end must not exceed the high end"):
        Interval(low, high, low_closed=low_closed, high_closed=high_closed)


def test_unbounded_ends_are_open() -> None:
    """An unbounded end is open whatever was asked."""
    assert (Interval(None, None).low_closed, Interval(None, None, high_closed=True).high_closed) == (False, False)


def test_float_ends_are_refused() -> None:
    """A float end raises TypeError."""
    with pytest.raises(TypeError, match="float"):
        Interval(0.5, 1)


@pytest.mark.parametrize(
    ("a", "b", "overlap", "hull"),
    [
        (Interval.closed(1, 3), Interval.closed(2, 4), Interval.closed(2, 3), Interval.closed(1, 4)),
        (Interval.half_open(1, 2), Interval.closed(2, 3), None, Interval.closed(1, 3)),
        (Interval.closed(1, 2), Interval.closed(2, 3), Interval.point(2), Interval.closed(1, 3)),
        (
            Interval.above(5),
            Interval.below(7),
            Interval(5, 7, low_closed=False, high_closed=False),
            Interval(None, None),
        ),
    ],
)
def test_intersection_and_hull(a: Interval, b: Interval, overlap: Interval | None, hull: Interval) -> None:
    """Intersections and hulls respect open and closed ends."""
    assert (overlap, overlap is not None, hull) == (a.intersection(b), a.overlaps(b), a.hull(b))


def test_includes() -> None:
    """Inclusion compares ends, open against closed."""
    outer = Interval.half_open(0, 10)
    assert (
        outer.includes(Interval.closed(1, 9)),
        outer.includes(Interval.closed(1, 10)),
        outer.includes(Interval.above(1)),
    ) == (True, False, False)


def test_width_midpoint_distance() -> None:
    """Width, midpoint and distance of a bounded interval."""
    i = Interval.closed(90, 110)
    assert (Decimal(20), Decimal(100), Decimal(5), Decimal(0)) == (i.width, i.midpoint, i.distance(115), i.distance(95))


def test_unbounded_width_and_midpoint_are_none() -> None:
    """An unbounded interval has no width or midpoint."""
    assert (Interval.above(1).width, Interval.above(1).midpoint) == (None, None)


@given(intervals())
def test_pickle_round_trip(interval: Interval) -> None:
    """Intervals pickle to equal intervals."""
    assert interval == pickle.loads(pickle.dumps(interval))  # noqa: S301  (our own bytes)
