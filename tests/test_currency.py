"""Currencies: ISO 4217 codes and explicit exchange rates."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from factcheck import Amount, CurrencyConversionError, ExchangeRate, Interval, UnknownCurrencyError, ValidationError
from factcheck.currency import check_currency, currency_codes

ON = dt.date(2024, 12, 31)


def test_currency_codes_include_current_and_historic() -> None:
    """babel's list holds current codes and historic ones such as DEM."""
    assert {"GBP", "USD", "EUR", "JPY", "DEM"} <= currency_codes()


@pytest.mark.parametrize(("code", "expected"), [("gbp", "GBP"), (" EUR ", "EUR")])
def test_check_currency_normalises(code: str, expected: str) -> None:
    """Codes are stripped and upper-cased."""
    assert expected == check_currency(code)


@pytest.mark.parametrize("code", ["XYZ", "£", "pounds", ""])
def test_unknown_currency(code: str) -> None:
    """A code babel does not know raises UnknownCurrencyError, a ValueError, naming it."""
    with pytest.raises(UnknownCurrencyError, match=r"is not an ISO 4217 currency code"):
        check_currency(code)


@pytest.mark.parametrize("rate", ["0", "-1.2"])
def test_rate_must_be_positive(rate: str) -> None:
    """A rate of zero or less raises ValidationError naming the field and value."""
    with pytest.raises(ValidationError, match=rf"^rate={rate}: an exchange rate must be positive$"):
        ExchangeRate("GBP", "USD", Decimal(rate), ON, "a bank")


def test_rate_refuses_float() -> None:
    """A float rate raises TypeError."""
    with pytest.raises(TypeError, match="float"):
        ExchangeRate("GBP", "USD", 1.25, ON, "a bank")  # type: ignore[arg-type]


def test_convert_both_ways() -> None:
    """A rate converts base to quote and quote back to base, bounds included."""
    rate = ExchangeRate("GBP", "EUR", Decimal("1.2"), ON, "a bank")
    euros = rate.convert(Amount.stated("1E+6", "GBP"))
    assert (Decimal("1.2E+6"), Interval.half_open(600_000, 1_800_000), Decimal(1_000_000)) == (
        euros.value,
        euros.bounds,
        rate.convert(Amount.exact(1_200_000, "EUR")).value,
    )


def test_convert_rates_per_time() -> None:
    """Money per week converts to money per week."""
    rate = ExchangeRate("GBP", "EUR", Decimal(2), ON, "a bank")
    assert Amount.exact(40, "EUR / week") == rate.convert(Amount.exact(20, "GBP / week")).to("EUR / week")


def test_convert_wrong_currency() -> None:
    """A rate for GBP/USD does not convert yen."""
    rate = ExchangeRate("GBP", "USD", Decimal("1.25"), ON, "a bank")
    with pytest.raises(CurrencyConversionError, match="this rate converts GBP to USD"):
        rate.convert(Amount.exact(1, "JPY"))


def test_inverse() -> None:
    """The inverse rate swaps the currencies and inverts the rate."""
    assert (
        ExchangeRate("USD", "GBP", Decimal("0.8"), ON, "a bank")
        == ExchangeRate("GBP", "USD", Decimal("1.25"), ON, "a bank").inverse()
    )


def test_pickle() -> None:
    """Exchange rates pickle."""
    rate = ExchangeRate("GBP", "USD", Decimal("1.25"), ON, "a bank")
    assert rate == pickle.loads(pickle.dumps(rate))  # noqa: S301  (our own bytes)


def test_hundredths_convert_to_their_currency_without_a_rate() -> None:
    """50p is £0.50 with its stated precision; only a rate takes it to dollars."""
    pence = Amount.stated("50", "penny")
    assert (Decimal("0.50"), Interval(Decimal("0.495"), Decimal("0.505"), high_closed=False)) == (
        pence.to("GBP").value,
        pence.to("GBP").bounds,
    )


def test_a_rate_converts_hundredths_through_their_currency() -> None:
    """20 US cents at 0.8 GBP per USD are £0.16, in pounds (not in "cent_USD * GBP / USD")."""
    converted = ExchangeRate("USD", "GBP", Decimal("0.8"), ON, "test").convert(Amount.exact(20, "cent_USD"))
    assert (Decimal("0.16"), "GBP") == (converted.value, str(converted.unit))
