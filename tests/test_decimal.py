"""The decimal context and the helpers for stated precision."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck._decimal import CONTEXT, last_digit_exponent, plain, scale, significant_exponent, tidy, to_decimal


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("1.50", Decimal("1.50")),
        (" 5294 ", Decimal(5294)),
        ("1_000", Decimal(1000)),
        (7, Decimal(7)),
        (Decimal("1.2E+6"), Decimal("1.2E+6")),
    ],
)
def test_to_decimal_keeps_written_digits(given: object, expected: Decimal) -> None:
    """Strings, ints and Decimals convert exactly, keeping the written digits."""
    assert (expected, str(expected)) == (to_decimal(given), str(to_decimal(given)))


@pytest.mark.parametrize(("given", "error"), [(0.1, TypeError), (True, TypeError), (None, TypeError), ([1], TypeError)])
def test_to_decimal_refuses_inexact_or_non_numbers(given: object, error: type[Exception]) -> None:
    """Floats, bools and other objects raise TypeError."""
    with pytest.raises(error):
        to_decimal(given)


@pytest.mark.parametrize("given", ["abc", "NaN", "Infinity", Decimal("NaN"), "1,000"])
def test_to_decimal_refuses_non_finite_text(given: object) -> None:
    """Text that is not a finite decimal raises ValueError."""
    with pytest.raises(ValueError, match="number"):
        to_decimal(given)


def test_scale_is_exact() -> None:
    """Scaling by a power of ten keeps every digit: 1.5 × 10⁹."""
    assert Decimal("1.5E+9") == scale(Decimal("1.5"), 9)


@pytest.mark.parametrize(
    ("value", "last", "significant"),
    [("5294", 0, 0), ("95.5", -1, -1), ("1.2E+6", 5, 5), ("100000", 0, 5), ("0", 0, 0), ("9.50", -2, -1)],
)
def test_exponents(value: str, last: int, significant: int) -> None:
    """The last stated digit and the last non-zero digit have the expected powers of ten."""
    assert (last, significant) == (last_digit_exponent(Decimal(value)), significant_exponent(Decimal(value)))


@pytest.mark.parametrize(
    ("value", "expected"), [("1.2E+6", "1200000"), ("95.50", "95.5"), ("-3", "-3"), ("0.000001", "0.000001")]
)
def test_plain_never_uses_exponents(value: str, expected: str) -> None:
    """plain() writes digits only."""
    assert expected == plain(Decimal(value))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.4E+5", "240000"),
        ("68.000", "68"),
        ("0.50", "0.5"),
        ("-0.0", "0"),
        ("1.00000000000000000000000000000000001", "1"),
    ],
)
def test_tidy(value: str, expected: str) -> None:
    """tidy() rounds to the context and drops trailing zeros and exponents."""
    assert expected == str(tidy(Decimal(value)))


def test_context_is_decimal128_half_even() -> None:
    """Values are computed to 34 digits with half-even rounding."""
    assert (34, Decimal("0.3333333333333333333333333333333333")) == (CONTEXT.prec, CONTEXT.divide(1, 3))
