"""parse_amount: one figure as written, typed errors otherwise, and the format round trip."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import AmbiguityWarning, Amount, Hedge, ParseError, ValidationError
from factcheck._extract.amount_parser import parse_amount

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("5,294", "en_GB", Amount.stated(5294)),
        ("95%", "en_GB", Amount.stated(95, "percent")),
        ("£1million", "en_GB", Amount.stated(Decimal("1E+6"), "GBP")),
        ("£1m", "en_GB", Amount.stated(Decimal("1E+6"), "GBP")),
        ("around 100,000", "en_GB", Amount.stated(100_000, hedge=Hedge.ABOUT)),
        ("more than 5,000", "en_GB", Amount.stated(5000, hedge=Hedge.MORE_THAN)),
        ("two", "en_GB", Amount.stated(2)),
        ("55", "en_GB", Amount.stated(55)),
        ("1,2 Mio. €", "de_DE", Amount.stated(Decimal("1.2E+6"), "EUR")),
        ("3,5 %", "de_DE", Amount.stated(Decimal("3.5"), "percent")),
        ("between 10 and 20 per cent", "en_GB", Amount.between(10, 20, "percent")),
        ("€2.5bn", "en_GB", Amount.stated(Decimal("2.5E+9"), "EUR")),
        ("  5,294 people ", "en_GB", Amount.stated(5294, "person")),
        ("1,2 million de personnes", "fr_FR", Amount.stated(Decimal("1.2E+6"), "person")),
        ("100 people\u2013200 people", "en_GB", Amount.between(100, 200, "person")),
        ("US$5", "en_GB", Amount.stated(5, "USD")),
        ("5 THB", "en_GB", Amount.stated(5, "THB")),
    ],
)
def test_examples(text: str, locale: str, expected: Amount) -> None:
    """The examples the library promises to read."""
    assert expected == parse_amount(text, locale)


def test_nearly_half() -> None:
    """ "nearly half" is a percentage just below 50."""
    assert (Decimal(50), Hedge.NEARLY, Decimal("45.0")) == (
        parse_amount("nearly half").value,
        parse_amount("nearly half").hedge,
        parse_amount("nearly half").low,
    )


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ("", 0, "empty text"),
        ("hello", 0, "no number"),
        ("5 and 6", 6, "two figures, the second at '6'"),
        ("5 XYZ", 2, "unknown currency 'XYZ'"),
        ("XYZ 5", 0, "unknown currency 'XYZ'"),
        ("5 apples", 2, "unexpected 'apples' after the figure"),
        ("the 5", 0, "unexpected 'the' before the figure"),
        ("people 5", 0, "unexpected 'people' before the figure"),
        ("5% people", 3, "a counted noun after a figure in percent"),
        ("Covid-19", 0, "no number"),
    ],
)
def test_errors_say_what_and_where(text: str, position: int, reason: str) -> None:
    """Anything but one figure is a ParseError with the position and the reason."""
    with pytest.raises(ParseError) as info:
        parse_amount(text)
    assert (text, position, reason) == (info.value.text, info.value.position, info.value.reason)


def test_unknown_locale() -> None:
    """A locale babel does not know is a ValidationError naming the locale, not babel's error."""
    with pytest.raises(ValidationError) as info:
        parse_amount("5", "xx_YY")
    expected = ("locale", "xx_YY")
    assert expected == (info.value.field, info.value.value)


def test_dollar_outside_the_us_warns() -> None:
    """ "$" is read as USD; outside the US that reading comes with an AmbiguityWarning."""
    with pytest.warns(AmbiguityWarning):
        amount = parse_amount("$5", "en_GB")
    assert Amount.stated(5, "USD") == amount


def test_dollar_in_the_us_does_not_warn() -> None:
    """In en_US "$" is the local currency: no warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Amount.stated(5, "USD") == parse_amount("$5", "en_US")


_UNITS = ("person", "GBP", "EUR", "USD", "percent", "percentage_point", "day")
_HEDGES = (Hedge.NONE, Hedge.ABOUT, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.UP_TO)


@st.composite
def _stated_amounts(draw: st.DrawFn) -> Amount:
    """Amounts as a writer states them: a few significant digits, maybe a scale, a unit and a hedge."""
    unit = draw(st.sampled_from(_UNITS))
    digits = draw(st.integers(min_value=1, max_value=99_999))
    if unit == "person":
        exponent = draw(st.sampled_from((0, 0, 3, 4, 5, 6, 8)))
    else:
        exponent = draw(st.integers(min_value=-2, max_value=8))
    value = Decimal(digits).scaleb(exponent)
    if value.adjusted() >= 6 and unit == "percent":
        value = Decimal(digits).scaleb(-2)
    return Amount.stated(value, unit, hedge=draw(st.sampled_from(_HEDGES)))


@given(_stated_amounts(), st.sampled_from(LOCALES))
def test_parse_inverts_format(amount: Amount, locale: str) -> None:
    """Parsing a formatted amount gives back its value, unit and hedge, and its bounds when the digits survive."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AmbiguityWarning)
        parsed = parse_amount(amount.format(locale), locale)
    assert (amount.value, amount.unit, amount.hedge) == (parsed.value, parsed.unit, parsed.hedge)
    # Bounds survive wherever the written digits keep the stated precision. Measured exception:
    # percent and points of 1,000 or more stated to thousands or coarser ("12,000%") are written
    # in full, so they read back as stated to units.
    if parsed.exponent == amount.exponent:
        assert amount.bounds == parsed.bounds


@given(
    st.sampled_from(("percent", "GBP", "day", "person")),
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=1, max_value=500),
    st.sampled_from(LOCALES),
)
def test_parse_inverts_format_of_ranges(unit: str, low: int, width: int, locale: str) -> None:
    """Ranges written by format ("10%–20%", "3 days–5 days") parse back to the same range."""
    amount = Amount.between(low, low + width, unit)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AmbiguityWarning)
        assert amount == parse_amount(amount.format(locale), locale)


def test_french_range_in_thousands_round_trips() -> None:
    """A French range whose low end has a thousands group round-trips (fails until _format is fixed)."""
    amount = Amount.between(1000, 626_000, "percent")
    assert amount == parse_amount(amount.format("fr_FR"), "fr_FR")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: factcheck.parse_amount(5), "parse_amount(text) must be a str such as '£1.2m', got int 5"),
        (lambda: factcheck.extract(None), "extract(text) must be a str, got NoneType None"),
        (lambda: factcheck.extract("5 cats", 5), "extract(locale=) must be a locale name such as 'en_GB', got int 5"),
        (
            lambda: factcheck.parse_amount("5", b"en"),
            "parse_amount(locale=) must be a locale name such as 'en_GB', got bytes b'en'",
        ),
    ],
)
def test_arguments_of_the_wrong_type_are_named(call, message) -> None:
    """A number or None where text is wanted: ArgumentTypeError (a TypeError) saying which argument and what it got."""
    with pytest.raises(factcheck.ArgumentTypeError) as raised:
        call()
    assert (message, True) == (str(raised.value), isinstance(raised.value, TypeError))
