"""Amount: stated figures, bounds, arithmetic, conversion and pickling."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal, localcontext
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import (
    Amount,
    CurrencyConversionError,
    DimensionError,
    ExchangeRate,
    Hedge,
    Interval,
    PrecisionPolicy,
    TrailingZeros,
    ValidationError,
    parse_amount,
    units,
)
from factcheck._precision import unhedged_reading

RATE = ExchangeRate("GBP", "USD", Decimal("1.25"), dt.date(2024, 12, 31), "a central bank")


@pytest.mark.parametrize(
    ("value", "unit", "hedge", "bounds"),
    [
        ("1.2E+6", "GBP", Hedge.NONE, Interval.half_open(1_150_000, 1_250_000)),
        ("1E+6", "GBP", Hedge.NONE, Interval.half_open(500_000, 1_500_000)),
        ("95", "percent", Hedge.NONE, Interval.half_open("94.5", "95.5")),
        ("5294", "person", Hedge.NONE, Interval.point(5294)),
        ("100000", "person", Hedge.ABOUT, Interval.closed(90_000, 110_000)),
        ("5000", "person", Hedge.MORE_THAN, Interval.above(5000)),
        ("500", "person", Hedge.UP_TO, Interval.closed(0, 500)),
        ("50", "percent", Hedge.NEARLY, Interval.half_open(45, 50)),
    ],
)
def test_stated_bounds(value: str, unit: str, hedge: Hedge, bounds: Interval) -> None:
    """Amount.stated reads the digits and the hedge into the documented bounds."""
    assert Amount(Decimal(value), unit, bounds, hedge, Decimal(value).as_tuple().exponent) == Amount.stated(
        Decimal(value), unit, hedge=hedge
    )


def test_stated_with_policy() -> None:
    """A policy passed to stated() changes how trailing zeros read."""
    policy = PrecisionPolicy(trailing_zeros=TrailingZeros.ROUNDED)
    assert Interval.half_open(50_000, 150_000) == Amount.stated("100000", "GBP", policy=policy).bounds


def test_between() -> None:
    """An explicit range keeps both ends and takes the midpoint as its value."""
    assert Amount(Decimal(15), "percent", Interval.closed(10, 20), Hedge.RANGE, 0) == Amount.between(10, 20, "percent")


def test_between_refuses_reversed_range() -> None:
    """A range from high to low raises ValidationError naming the bounds."""
    with pytest.raises(ValidationError, match=r"^bounds=20-10: a range must run from low to high"):
        Amount.between(20, 10)


def test_bounds_must_touch_value() -> None:
    """Bounds that miss the value raise ValidationError with both."""
    with pytest.raises(ValidationError, match=r"^bounds=\[1, 2\]: must touch the value 5$"):
        Amount(Decimal(5), "person", Interval.closed(1, 2))


@pytest.mark.parametrize("bad", [0.5, "0.5x", None])
def test_value_must_be_exact(bad: object) -> None:
    """Floats and non-numbers are refused as values."""
    with pytest.raises((TypeError, ValueError)):
        Amount.exact(bad, "GBP")


def test_unit_must_be_known() -> None:
    """An unknown unit name raises UnknownUnitError, a ValueError."""
    with pytest.raises(ValueError, match="'flurbs' is not a unit factcheck knows"):
        Amount.exact(1, "flurbs")


def test_unit_of_wrong_type() -> None:
    """A unit that is neither a name nor a factcheck unit raises TypeError."""
    with pytest.raises(TypeError, match="unit must be"):
        Amount.exact(1, 42)  # type: ignore[arg-type]


VALUES = st.decimals(min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False)
WRITTEN = st.builds(
    lambda sign, coefficient, exponent: Decimal((sign, tuple(map(int, str(coefficient))), exponent)),
    st.integers(0, 1),
    st.integers(0, 10**12),
    st.integers(-12, 12),
)
UNITS = st.sampled_from(["person", "GBP", "percent", "dimensionless", "person / year", "kilometre"])


@given(VALUES, UNITS, st.sampled_from(list(Hedge)), st.none() | st.integers(min_value=-3, max_value=9))
def test_bounds_ordered_and_touch_value(value: Decimal, unit: str, hedge: Hedge, exponent: int | None) -> None:
    """Whatever is stated, the bounds are ordered and touch the value."""
    amount = Amount.stated(value, unit, hedge=hedge, exponent=exponent)
    low, high = amount.bounds.low, amount.bounds.high
    assert (low is None or high is None or low <= high, amount.bounds.touches(amount.value)) == (True, True)


@st.composite
def stated_amounts(draw: st.DrawFn, unit: str) -> Amount:
    """Amounts in ``unit`` with any hedge."""
    return Amount.stated(draw(VALUES), unit, hedge=draw(st.sampled_from(list(Hedge))))


def member(amount: Amount, t: Fraction) -> Fraction:
    """A member of a bounded amount's closure, ``t`` of the way from low to high."""
    low = Fraction(amount.low if amount.low is not None else amount.value - 1000)
    high = Fraction(amount.high if amount.high is not None else amount.value + 1000)
    return low + (high - low) * t


def touches(amount: Amount, x: Fraction) -> bool:
    """True when the closure of the amount's bounds holds ``x``."""
    return (amount.low is None or Fraction(amount.low) <= x) and (amount.high is None or x <= Fraction(amount.high))


FRACTIONS = st.fractions(min_value=0, max_value=1, max_denominator=100)


@given(stated_amounts("GBP"), stated_amounts("GBP"), FRACTIONS, FRACTIONS)
def test_sum_and_difference_are_sound(a: Amount, b: Amount, s: Fraction, t: Fraction) -> None:
    """Sums and differences of amounts hold the sums and differences of their members."""
    x, y = member(a, s), member(b, t)
    assert (True, True, units.unit("GBP")) == (touches(a + b, x + y), touches(a - b, x - y), (a + b).unit)


@given(stated_amounts("GBP"), stated_amounts("person"), FRACTIONS, FRACTIONS)
def test_product_and_quotient_are_sound(a: Amount, b: Amount, s: Fraction, t: Fraction) -> None:
    """Products and quotients of amounts hold those of their members, in the product unit."""
    x, y = member(a, s), member(b, t)
    product = a * b
    assert (True, units.unit("GBP * person")) == (touches(product, x * y), product.unit)
    if b.value != 0 and y != 0:
        assert touches(a / b, x / y)


def test_add_converts_compatible_units() -> None:
    """20,000 a month plus 60,000 a year is 300,000 a year... in months: 25,000 a month."""
    total = Amount.exact(20_000, "person / month") + Amount.exact(60_000, "person / year")
    assert (Decimal(25_000), units.unit("person / month"), Hedge.DERIVED) == (total.value, total.unit, total.hedge)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (Amount.exact(1, "GBP"), Amount.exact(1, "USD")),
        (Amount.exact(3, "percent"), Amount.exact(3, "percentage_point")),
        (Amount.exact(3, "person"), Amount.exact(3, "GBP")),
        (Amount.exact(3, "person"), Amount.exact(3, "household")),
    ],
)
def test_adding_different_dimensions_raises(left: Amount, right: Amount) -> None:
    """GBP + USD, percent + points and people + pounds raise DimensionError (a TypeError)."""
    with pytest.raises(DimensionError, match=r"^cannot add .* their dimensions differ"):
        left + right
    with pytest.raises(TypeError):
        right - left


def test_bare_number_only_adds_to_bare_amount() -> None:
    """Adding a bare number to pounds raises; to a dimensionless amount it works."""
    with pytest.raises(DimensionError, match="a bare number"):
        Amount.exact(1, "GBP") + 1
    assert Amount(Decimal(3), "dimensionless", Interval.point(3), Hedge.DERIVED) == 1 + Amount.exact(2)


def test_sum_of_amounts() -> None:
    """sum() works: exact zero is the additive identity in any unit."""
    parts = [Amount.exact(800_000, "GBP"), Amount.exact(700_000, "GBP"), Amount.exact(900_000, "GBP")]
    assert Amount(Decimal(2_400_000), "GBP", Interval.point(2_400_000), Hedge.DERIVED) == sum(parts)


def test_currency_mismatch_in_arithmetic_is_a_conversion_error() -> None:
    """GBP + USD raises CurrencyConversionError, the DimensionError that asks for a rate."""
    with pytest.raises(CurrencyConversionError, match="pass rate=ExchangeRate"):
        Amount.exact(1, "GBP") + Amount.exact(1, "USD")


def test_scaling_by_numbers() -> None:
    """Multiplying and dividing by exact numbers scales value and bounds."""
    a = Amount.stated("1.2E+6", "GBP")
    assert (Interval.half_open(2_300_000, 2_500_000), Interval.half_open(575_000, 625_000)) == (
        (a * 2).bounds,
        (a / 2).bounds,
    )


@pytest.mark.parametrize("op", ["mul", "div"])
def test_float_operand_raises(op: str) -> None:
    """Floats never enter arithmetic."""
    a = Amount.exact(1, "GBP")
    with pytest.raises(TypeError, match="float"):
        a * 1.5 if op == "mul" else a / 1.5  # type: ignore[operator]


def test_division_by_zero_raises() -> None:
    """Dividing by zero raises ZeroDivisionError, by number or by amount."""
    with pytest.raises(ZeroDivisionError):
        Amount.exact(1, "GBP") / 0
    with pytest.raises(ZeroDivisionError):
        Amount.exact(1, "GBP") / Amount.exact(0, "person")


def test_relative_change_uses_the_base_once() -> None:
    """From £5m to £3m, each to the million: a change of -40%, between -54.5% and -22.2% (both open)."""
    change = Amount.stated(Decimal("5E+6"), "GBP").relative_change(Amount.stated(Decimal("3E+6"), "GBP"))
    expected = Amount(
        Decimal("-0.4"),
        "dimensionless",
        Interval(
            Decimal("-0.5454545454545454545454545454545455"),
            Decimal("-0.2222222222222222222222222222222222"),
            low_closed=False,
            high_closed=False,
        ),
        Hedge.DERIVED,
        None,
    )
    assert expected == change


def test_relative_change_converts_the_after_to_the_before_unit() -> None:
    """From 20,000 a month to 300,000 a year is a rise of 25%."""
    change = Amount.exact(20000, "person / month").relative_change(Amount.exact(300000, "person / year"))
    assert Amount.exact("0.25").bounds == change.bounds


def test_relative_change_from_zero_raises() -> None:
    """A change from nothing has no relative size."""
    with pytest.raises(ZeroDivisionError):
        Amount.exact(0, "GBP").relative_change(Amount.exact(3, "GBP"))


def test_reverse_operations() -> None:
    """Numbers on the left subtract and divide bare amounts."""
    assert (Decimal(7), Decimal("0.25")) == ((10 - Amount.exact(3)).value, (1 / Amount.exact(4)).value)


def test_to_converts_rates() -> None:
    """20,000 a month is 240,000 a year, with bounds converted too."""
    converted = Amount.stated("2E+4", "person / month").to("person / year")
    assert Amount(Decimal(240_000), "person / year", Interval.half_open(180_000, 300_000), Hedge.NONE) == converted


def test_to_same_unit_is_identity() -> None:
    """Converting to the amount's own unit returns it unchanged."""
    a = Amount.stated("95", "percent")
    assert a == a.to(units.percent)


def test_twelve_months_make_one_year() -> None:
    """Conversions through inexact factors (1/12) still give round results."""
    assert (Decimal(1), Decimal(12)) == (
        Amount.exact(12, "month").to("year").value,
        Amount.exact(1, "year").to("month").value,
    )


def test_temperature_conversion_is_tidy() -> None:
    """20 °C is 68 °F exactly, with bounds converted, not 68.000…03."""
    converted = Amount.stated("20", "degree_Celsius").to("degree_Fahrenheit")
    assert Amount(Decimal(68), "degree_Fahrenheit", Interval.half_open("67.1", "68.9"), Hedge.NONE) == converted


def test_fahrenheit_to_celsius_rounds_to_the_context() -> None:
    """70 °F is 21.1… °C, rounded to 34 significant digits."""
    assert Decimal("21.11111111111111111111111111111111") == Amount.exact(70, "degree_Fahrenheit").to("degC").value


def test_to_refuses_currency_without_rate() -> None:
    """Pounds do not become dollars without an ExchangeRate."""
    with pytest.raises(CurrencyConversionError, match=r"cannot convert GBP and USD.*rate=ExchangeRate"):
        Amount.exact(1, "GBP").to("USD")


def test_to_converts_currency_with_rate() -> None:
    """With a rate, the conversion is exact in both directions."""
    a = Amount.stated("1.2E+6", "GBP")
    usd = a.to("USD", rate=RATE)
    assert (Decimal(1_500_000), Interval.half_open("1437500", "1562500"), Decimal(1_200_000)) == (
        usd.value,
        usd.bounds,
        usd.to("GBP", rate=RATE).value,
    )


def test_to_refuses_other_dimensions() -> None:
    """People do not convert to pounds, nor percent to points."""
    with pytest.raises(DimensionError, match="cannot convert person and GBP"):
        Amount.exact(1, "person").to("GBP")
    with pytest.raises(DimensionError, match="cannot convert percent and percentage_point"):
        Amount.exact(1, "percent").to("percentage_point")


def test_consistent_with_and_in() -> None:
    """consistent_with asks for any common reading; `in` asks for all readings."""
    a = Amount.stated("1.2E+6", "GBP")
    assert (
        a.consistent_with(Amount.stated("1.24E+6", "GBP")),
        a.consistent_with(Decimal(1_250_000)),
        Amount.exact(1_240_000, "GBP") in a,
        Amount.stated("1.2E+6", "GBP", hedge=Hedge.ABOUT) in a,
        1_150_000 in a,
        Decimal(1_250_000) in a,
    ) == (True, False, True, False, True, False)


def test_consistent_with_refuses_currency_mismatch() -> None:
    """Comparing pounds with dollars needs a rate."""
    with pytest.raises(CurrencyConversionError):
        Amount.exact(1, "GBP").consistent_with(Amount.exact(1, "USD"))


def test_properties() -> None:
    """low, high, currency and is_exact read from the fields."""
    a = Amount.stated("20", "GBP / week", hedge=Hedge.MORE_THAN)
    assert (Decimal(20), None, "GBP", False, True) == (
        a.low,
        a.high,
        a.currency,
        a.is_exact,
        Amount.exact(3, "person").is_exact,
    )


def test_repr_names_fields() -> None:
    """The repr shows value, unit, bounds, hedge and exponent."""
    assert repr(Amount.stated("95", "percent", hedge=Hedge.NEARLY)) == (
        "Amount(Decimal('95'), 'percent', bounds=Interval(low=Decimal('85.5'), high=Decimal('95'), "
        "low_closed=True, high_closed=False), hedge=Hedge.NEARLY, exponent=0)"
    )


@given(VALUES, UNITS, st.sampled_from(list(Hedge)))
def test_pickle_round_trip(value: Decimal, unit: str, hedge: Hedge) -> None:
    """Amounts pickle and unpickle to equal amounts (units rebuilt by name)."""
    amount = Amount.stated(value, unit, hedge=hedge)
    assert amount == pickle.loads(pickle.dumps(amount))  # noqa: S301  (our own bytes)


CONVERSIONS = [
    ("person / month", "person / year", Fraction(12)),
    ("GBP / week", "GBP / year", Fraction(36525, 700)),
    ("kilometre", "mile", Fraction(1000, 1609344) * 1000),
    ("pence", "GBP", Fraction(1, 100)),
]


@pytest.mark.parametrize(("source", "target", "factor"), CONVERSIONS)
@given(value=VALUES, hedge=st.sampled_from(list(Hedge)), t=FRACTIONS)
def test_conversion_maps_members_into_bounds(
    source: str, target: str, factor: Fraction, *, value: Decimal, hedge: Hedge, t: Fraction
) -> None:
    """Converting an amount keeps every member: x in a.bounds gives x × factor in a.to(target).bounds."""
    amount = Amount.stated(value, source, hedge=hedge)
    converted = amount.to(target)
    x = member(amount, t)
    assert (True, units.unit(target)) == (touches(converted, x * factor), converted.unit)


@given(VALUES, UNITS, st.sampled_from(list(Hedge)))
def test_repr_round_trips(value: Decimal, unit: str, hedge: Hedge) -> None:
    """eval(repr(amount)) rebuilds an equal amount."""
    amount = Amount.stated(value, unit, hedge=hedge)
    namespace = {"Amount": Amount, "Decimal": Decimal, "Interval": Interval, "Hedge": Hedge}
    assert amount == eval(repr(amount), namespace)  # noqa: S307  (our own repr)


def test_the_plain_constructor_makes_an_exact_figure() -> None:
    """Amount(5, "GBP") needs no bounds: it is exactly £5."""
    assert Amount.exact(5, "GBP") == Amount(5, "GBP")


def test_comparisons_say_what_is_certain() -> None:
    """a < b only when every reading of a is below every reading of b; overlapping figures are neither."""
    one, two_and_a_half = parse_amount("£1m"), parse_amount("£2.5m")
    close = (parse_amount("£1.2m"), parse_amount("£1.25m"))  # [1.15m, 1.25m) and [1.245m, 1.255m)
    more_than_five, five = parse_amount("more than 5"), Amount.exact(5, "dimensionless")
    expected = ((True, True, False, False), (False, False), (True, True, False), (True, False))
    assert expected == (
        (one < two_and_a_half, two_and_a_half > one, one > two_and_a_half, two_and_a_half <= one),
        (close[0] < close[1], close[0] > close[1]),
        (more_than_five > five, more_than_five >= five, five >= more_than_five),
        (Amount.exact(5, "person") <= Amount.exact(5, "person"), Amount.exact(5, "person") < Amount.exact(5, "person")),
    )


def test_comparisons_convert_units_and_refuse_currencies() -> None:
    """Comparing converts the other figure to this one's unit; GBP against USD needs a rate."""
    assert Amount.exact(100, "person / month") < Amount.exact(2000, "person / year")
    with pytest.raises(CurrencyConversionError):
        _ = Amount.exact(1, "GBP") < Amount.exact(2, "USD")


def test_float_is_the_stated_value() -> None:
    """float() gives the value, for plotting."""
    assert float(Amount.stated("1.2E+6", "GBP")) == 1.2e6


@given(VALUES, UNITS, st.sampled_from(list(Hedge)), st.none() | st.integers(min_value=-3, max_value=9))
def test_stated_equals_the_checked_constructor(value: Decimal, unit: str, hedge: Hedge, exponent: int | None) -> None:
    """``stated`` builds its amount without the constructor's checks: it is the amount the constructor makes."""
    amount = Amount.stated(value, unit, hedge=hedge, exponent=exponent)
    checked = Amount(amount.value, amount.unit, amount.bounds, amount.hedge, amount.exponent)
    unpickled = pickle.loads(pickle.dumps(amount))  # noqa: S301  (our own bytes)
    assert (amount, hash(amount), repr(amount), unpickled) == (checked, hash(checked), repr(checked), checked)


@given(WRITTEN, UNITS, st.none() | st.integers(min_value=-12, max_value=12))
def test_stated_remembered_equals_the_plain_path(value: Decimal, unit: str, exponent: int | None) -> None:
    """A figure with no hedge under the default policy (remembered readings) is stated as under an equal policy."""
    remembered = Amount.stated(value, unit, exponent=exponent)
    plain = Amount.stated(value, unit, exponent=exponent, policy=PrecisionPolicy())
    assert (remembered, hash(remembered), repr(remembered)) == (plain, hash(plain), repr(plain))


def test_stated_still_checks_the_hedge() -> None:
    """A hedge that is no Hedge is refused by ``stated`` as by the constructor."""
    with pytest.raises(TypeError, match="hedge"):
        Amount.stated("5", "person", hedge="about")  # type: ignore[arg-type]


@pytest.mark.parametrize("written", ["5e20", "123456", "0.0004", "2019.5"])
@pytest.mark.parametrize("hedge", [Hedge.NONE, Hedge.ABOUT])
def test_stated_bounds_ignore_the_callers_decimal_context(written: str, hedge: Hedge) -> None:
    """A thread context of few digits and a small exponent range changes no bound, remembered or not."""
    expected = Amount.stated(written, "person", hedge=hedge).bounds
    unhedged_reading.cache_clear()  # the narrow context's own reading, not the one remembered above
    with localcontext(prec=3, Emax=10, Emin=-10):
        narrow = Amount.stated(written, "person", hedge=hedge).bounds
    assert narrow == expected
