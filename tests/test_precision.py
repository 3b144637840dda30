"""The precision policy: stated digits, trailing zeros, counts and hedges become intervals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Hedge, Interval, PrecisionPolicy, Rounding, TrailingZeros
from factcheck._precision import DEFAULT_POLICY, stated_exponent, stated_interval, unhedged_reading

WRITTEN = st.builds(
    lambda sign, coefficient, exponent: Decimal((sign, tuple(map(int, str(coefficient))), exponent)),
    st.integers(0, 1),
    st.integers(0, 10**12),
    st.integers(-12, 12),
)
"""Decimals as figures are written: any sign, digits and exponent ("5", "5.0", "1.2E+6", "-0")."""


@pytest.mark.parametrize(
    ("value", "hedge", "discrete", "expected"),
    [
        ("95", Hedge.NONE, False, "[94.5, 95.5)"),
        ("1.2E+6", Hedge.NONE, False, "[1150000, 1250000)"),
        ("1E+6", Hedge.NONE, False, "[500000, 1500000)"),
        ("5294", Hedge.NONE, True, "[5294, 5294]"),
        ("5.3E+6", Hedge.NONE, True, "[5250000, 5350000)"),
        ("100000", Hedge.ABOUT, True, "[90000, 110000]"),
        ("100", Hedge.NEARLY, False, "[90, 100)"),
        ("5000", Hedge.MORE_THAN, True, "(5000, inf)"),
        ("5000", Hedge.AT_LEAST, True, "[5000, inf)"),
        ("95", Hedge.AT_LEAST, False, "[95, inf)"),
        ("95", Hedge.MORE_THAN, False, "(95, inf)"),
        ("1E+6", Hedge.MORE_THAN, False, "(1000000, inf)"),
        ("2E+6", Hedge.AT_LEAST, True, "[2000000, inf)"),
        ("1E+6", Hedge.UP_TO, True, "[0, 1000000]"),
        ("20", Hedge.UP_TO, False, "(-inf, 20]"),
        ("500", Hedge.UP_TO, True, "[0, 500]"),
        ("500", Hedge.LESS_THAN, True, "[0, 500)"),
        ("20", Hedge.LESS_THAN, False, "(-inf, 20)"),
    ],
)
def test_stated_interval(value: str, hedge: Hedge, discrete: bool, expected: str) -> None:
    """Each hedge turns the stated figure into the documented interval."""
    dec = Decimal(value)
    exponent = stated_exponent(dec, PrecisionPolicy())
    actual = stated_interval(dec, exponent, hedge, discrete=discrete, nonnegative=discrete)
    assert expected == str(actual)


def test_rounded_trailing_zeros() -> None:
    """With TrailingZeros.ROUNDED, "100,000" is read to the nearest 100,000."""
    policy = PrecisionPolicy(trailing_zeros=TrailingZeros.ROUNDED, counts_exact=False)
    exponent = stated_exponent(Decimal(100000), policy)
    assert (5, Interval.half_open(50000, 150000)) == (
        exponent,
        stated_interval(Decimal(100000), exponent, Hedge.NONE, discrete=True, policy=policy),
    )


def test_exact_rounding_makes_points() -> None:
    """Rounding.EXACT reads every figure as exact."""
    policy = PrecisionPolicy(rounding=Rounding.EXACT)
    assert Interval.point("1.2E+6") == stated_interval(Decimal("1.2E+6"), 5, Hedge.NONE, policy=policy)


def test_counts_not_exact() -> None:
    """counts_exact=False puts ± 0.5 around a count written in full."""
    policy = PrecisionPolicy(counts_exact=False)
    assert Interval.half_open("5293.5", "5294.5") == stated_interval(
        Decimal(5294), 0, Hedge.NONE, discrete=True, policy=policy
    )


def test_about_tolerance_is_configurable() -> None:
    """about=0.05 makes "around 200" mean [190, 210]."""
    policy = PrecisionPolicy(about=Decimal("0.05"))
    assert Interval.closed(190, 210) == stated_interval(Decimal(200), 0, Hedge.ABOUT, discrete=True, policy=policy)


def test_nonnegative_floor_can_be_switched_off() -> None:
    """Without the floor, "up to 500" is unbounded below."""
    policy = PrecisionPolicy(nonnegative_floor=False)
    assert Interval.below(500, closed=True) == stated_interval(
        Decimal(500), 0, Hedge.UP_TO, discrete=True, nonnegative=True, policy=policy
    )


@pytest.mark.parametrize("bad", ["1", "-0.1", "2"])
def test_tolerance_must_be_a_fraction(bad: str) -> None:
    """A tolerance outside [0, 1) raises ValueError."""
    with pytest.raises(ValueError, match="fraction"):
        PrecisionPolicy(about=Decimal(bad))


def test_tolerance_refuses_float() -> None:
    """A float tolerance raises TypeError."""
    with pytest.raises(TypeError, match="float"):
        PrecisionPolicy(nearly=0.1)  # type: ignore[arg-type]


def test_default_policy() -> None:
    """The defaults are half-unit rounding, significant zeros, exact counts and 10 % hedges."""
    assert (
        PrecisionPolicy(
            Rounding.HALF_UNIT,
            TrailingZeros.SIGNIFICANT,
            counts_exact=True,
            about=Decimal("0.1"),
            nearly=Decimal("0.1"),
        )
        == PrecisionPolicy()
    )


@given(WRITTEN, st.none() | st.integers(-12, 12), st.booleans())
def test_unhedged_reading_is_the_plain_reading(value: Decimal, exponent: int | None, discrete: bool) -> None:
    """The remembered reading of a figure with no hedge is the one ``stated_interval`` gives, to the digit."""
    stated = stated_exponent(value, DEFAULT_POLICY) if exponent is None else exponent
    plain = stated_interval(value, stated, Hedge.NONE, discrete=discrete)
    for _ in range(2):  # computed, then remembered
        got, bounds = unhedged_reading(str(value), exponent, discrete)
        assert (got, bounds, repr(bounds)) == (stated, plain, repr(plain))
