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
from factcheck._decimal import CEILING, FLOOR

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


# exact derived figures: each input used once ---------------------------------------------------

_SLACK = Decimal("1E-28")  # the last digits of two outward roundings at 34 digits may differ


def _loosened(interval: Interval) -> Interval:
    """``interval`` with each finite end moved out by a hair, closed: room for the last digit."""
    low = None if interval.low is None else FLOOR.subtract(interval.low, _SLACK * max(1, abs(interval.low)))
    high = None if interval.high is None else CEILING.add(interval.high, _SLACK * max(1, abs(interval.high)))
    return Interval(low, high)


@given(before=interval_with_member(), after=interval_with_member())
def test_relative_change_holds_every_change_of_members(
    before: tuple[Interval, Fraction], after: tuple[Interval, Fraction]
) -> None:
    """b ∈ B and a ∈ A give (a - b) / b ∈ relative_change(B, A), computed exactly in fractions."""
    (b_interval, b), (a_interval, a) = before, after
    assume(b != 0)
    assume(not (b_interval.is_point and b_interval.low == 0))
    change = Interval.relative_change(b_interval, a_interval)
    assert (True, b_interval, a_interval) == (exact_contains(change, (a - b) / b), b_interval, a_interval)


@given(before=intervals(), after=intervals())
def test_relative_change_lies_within_the_naive_range(before: Interval, after: Interval) -> None:
    """after / before - 1 is never wider than (after - before) / before, which uses before twice."""
    assume(not (before.is_point and before.low == 0))
    exact, naive = Interval.relative_change(before, after), (after - before) / before
    assert (True, before, after) == (_loosened(naive).includes(exact), before, after)


@given(numerator=interval_with_member(), denominator=interval_with_member())
def test_ratio_holds_every_quotient_of_members(
    numerator: tuple[Interval, Fraction], denominator: tuple[Interval, Fraction]
) -> None:
    """a ∈ A and b ∈ B give a / b ∈ ratio(A, B)."""
    (a_interval, a), (b_interval, b) = numerator, denominator
    assume(b != 0)
    assume(not (b_interval.is_point and b_interval.low == 0))
    assert exact_contains(Interval.ratio(a_interval, b_interval), a / b)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # £5m to £3m, each to the million: [2.5/5.5, 3.5/4.5) - 1, both ends open (never reached).
        (
            Interval.half_open("4.5E6", "5.5E6"),
            Interval.half_open("2.5E6", "3.5E6"),
            Interval(
                Decimal("-0.5454545454545454545454545454545455"),
                Decimal("-0.2222222222222222222222222222222222"),
                low_closed=False,
                high_closed=False,
            ),
        ),
        # closed ends are reached: [90, 110] to [99, 121] is 99/110 - 1 to 121/90 - 1
        (
            Interval.closed(90, 110),
            Interval.closed(99, 121),
            Interval(Decimal("-0.1"), Decimal("0.344444444444444444444444444444445")),
        ),
        # an exact base: the change is the after shifted and scaled, nothing wider
        (Interval.point(200), Interval.closed(150, 250), Interval.closed("-0.25", "0.25")),
        # a negative base is taken algebraically: from -2 to -1 is (-1 + 2) / -2
        (Interval.point(-2), Interval.point(-1), Interval.point("-0.5")),
        # a base with no upper end ("more than 100"): 50 is less than half of it, more than none
        (Interval.above(100), Interval.point(50), Interval(-1, Decimal("-0.5"), low_closed=False, high_closed=False)),
        # a base open at zero, (0, 5]: no rise is too large, and 5 itself gives the least
        (Interval(0, 5, low_closed=False), Interval.point(10), Interval.above(1, closed=True)),
        # a base holding zero: anything at all
        (Interval.closed(-1, 1), Interval.point(10), Interval.everything()),
    ],
)
def test_relative_change_ends(before: Interval, after: Interval, expected: Interval) -> None:
    """The range is [a_low / b_high, a_high / b_low] - 1 for a positive base, ends kept open or closed."""
    assert expected == Interval.relative_change(before, after)


def test_relative_change_from_zero_raises() -> None:
    """A base of exactly zero has no relative change."""
    with pytest.raises(ZeroDivisionError):
        Interval.relative_change(Interval.point(0), Interval.point(3))


def test_relative_change_is_narrower_than_the_naive_formula() -> None:
    """The naive formula lets the two bases differ: from £5m to £3m it would allow a fall of 66.7%."""
    before, after = Interval.half_open("4.5E6", "5.5E6"), Interval.half_open("2.5E6", "3.5E6")
    naive = (after - before) / before
    assert (Decimal("-0.6666666666666666666666666666666667"), Decimal("-0.5454545454545454545454545454545455")) == (
        naive.low,
        Interval.relative_change(before, after).low,
    )
