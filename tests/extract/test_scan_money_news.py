"""The scanner on money and temperatures as news text writes them: "RM3.06mil", "$A5", "$-2bn", "18 sen"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount
from tests.readings import figure_amounts as _read


@pytest.mark.parametrize(
    ("text", "locale", "written", "amount"),
    [
        ("the council paid RM4.25mil for the land", "en_MY", "RM4.25mil", Amount.stated(Decimal("4.25E6"), "MYR")),
        ("a bill of RM720 was sent", "en_GB", "RM720", Amount.stated(720, "MYR")),
        ("its profit was $US12,480,000 last year", "en_AU", "$US12,480,000", Amount.stated(12480000, "USD")),
        ("the club lost $A3,417,250 that season", "en_AU", "$A3,417,250", Amount.stated(3417250, "AUD")),
        ("a grant of $NZ90,000 was approved", "en_NZ", "$NZ90,000", Amount.stated(90000, "NZD")),
        ("the port cost HK $2.9 billion to build", "en_GB", "HK $2.9 billion", Amount.stated(Decimal("2.9E9"), "HKD")),
        ("exports reached US $61 billion", "en_GB", "US $61 billion", Amount.stated(Decimal("61E9"), "USD")),
        ("the budget showed $-12.4bn after the cuts", "en_US", "$-12.4bn", Amount.stated(Decimal("-12.4E9"), "USD")),
        ("it ended at €+7m", "en_IE", "€+7m", Amount.stated(Decimal("7E6"), "EUR")),
        (
            "bonds worth $2 billion to $4 billion",
            "en_US",
            "$2 billion to $4 billion",
            Amount.between(Decimal("2E9"), Decimal("4E9"), "USD"),
        ),
    ],
)
def test_money_as_news_writes_it(text: str, locale: str, written: str, amount: Amount) -> None:
    """Ringgit as RM with "mil", code letters after the dollar sign, a space inside the symbol, a sign after it."""
    assert [(written, amount)] == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "written", "value", "unit"),
    [
        ("the stock slipped 22 sen on Friday", "en_MY", "22 sen", "22", "cent_MYR"),
        ("the shares ended at 87.4 p in London", "en_GB", "87.4 p", "87.4", "penny"),
        ("the shares ended at 87.4 p.", "en_GB", "87.4 p", "87.4", "penny"),
    ],
)
def test_minor_units_as_news_writes_them(text: str, locale: str, written: str, value: str, unit: str) -> None:
    """Sen are hundredths of the ringgit; a spaced "p" after decimals is pence."""
    assert [(written, Amount.stated(Decimal(value), unit))] == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the doors open at 7.30 p.m. sharp", []),
        ("turn to 14 p 3", [("14", Amount.stated(14, "dimensionless"))]),
    ],
)
def test_spaced_p_that_is_no_pence(text: str, expected: list[tuple[str, Amount]]) -> None:
    """A time of day ("p.m.") and a whole number before a spaced "p" are no pence."""
    assert expected == _read(text, "en_GB")


def test_ringgit_and_sen_are_one_figure() -> None:
    """ "RM3 and 40 sen" is one figure, stated to the sen."""
    assert [("RM3 and 40 sen", Amount.stated(Decimal("3.40"), "MYR"))] == _read("it cost RM3 and 40 sen", "en_MY")


def test_temperatures_with_deg() -> None:
    """ "degF" and "deg C" written glued or spaced after a number are degrees Fahrenheit and Celsius."""
    text = "the sea warmed 1.62degF (0.9deg C) in a century"
    expected = [
        ("1.62degF", Amount.stated(Decimal("1.62"), "degree_Fahrenheit")),
        ("0.9deg C", Amount.stated(Decimal("0.9"), "degree_Celsius")),
    ]
    assert expected == _read(text, "en_US")


@pytest.mark.parametrize("text", ["a BGM-109 was fired", "see form BOP-1129 here"])
def test_code_dash_number_is_no_negative_money(text: str) -> None:
    """A sign reads after a currency symbol, not after a code of letters: names and references stay."""
    assert _read(text, "en_US") == []
