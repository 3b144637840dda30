"""The scanner on money written in two parts: whole and minor units, scaled codes, names before numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount
from factcheck._extract.scan.scanner import scan
from tests.readings import figure_amounts as _read


@pytest.mark.parametrize(
    ("text", "locale", "written", "value", "code"),
    [
        ("a sandwich for 4 dollars 75 cents", "en_US", "4 dollars 75 cents", "4.75", "USD"),
        ("seven euros and twenty cents a litre", "en_IE", "seven euros and twenty cents", "7.20", "EUR"),
        ("the fare rose to £2 and 80p on Monday", "en_GB", "£2 and 80p", "2.80", "GBP"),
        ("priced 12 $ 5 cents", "en_US", "12 $ 5 cents", "12.05", "USD"),
        ("a C$40 and 25 cents levy", "en_CA", "C$40 and 25 cents", "40.25", "CAD"),
        ("kostet zwei Euro und zehn Cent", "de_DE", "zwei Euro und zehn Cent", "2.10", "EUR"),
        ("coûte quatre euros et dix centimes", "fr_FR", "quatre euros et dix centimes", "4.10", "EUR"),
    ],
)
def test_whole_and_minor_units_are_one_figure(text: str, locale: str, written: str, value: str, code: str) -> None:
    """A whole amount and the hundredths of the same currency after it are one figure, stated to the cent."""
    assert [(written, Amount.stated(Decimal(value), code))] == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("paid 4 dollars, 75 cents more", "en_US", [("4 dollars", "4", "USD"), ("75 cents", "75", "cent_USD")]),
        ("2 pounds 30 cents", "en_GB", [("2 pounds", "2", "GBP"), ("30 cents", "30", "cent_USD")]),
        ("$2.50 and 10 cents", "en_US", [("$2.50", "2.50", "USD"), ("10 cents", "10", "cent_USD")]),
        ("$2 and 120 cents", "en_US", [("$2", "2", "USD"), ("120 cents", "120", "cent_USD")]),
        ("$2bn and 5 cents", "en_US", [("$2bn", "2E+9", "USD"), ("5 cents", "5", "cent_USD")]),
        ("50 cents and 20 cents", "en_US", [("50 cents", "50", "cent_USD"), ("20 cents", "20", "cent_USD")]),
    ],
)
def test_minor_units_not_fused(text: str, locale: str, expected: list[tuple[str, str, str]]) -> None:
    """No fusion across a comma, between currencies, after decimals or a scale, from 100 hundredths up."""
    assert [(w, Amount.stated(Decimal(v), c)) for w, v, c in expected] == _read(text, locale)


def test_whole_amount_then_a_count_stays_two_figures() -> None:
    """ "$5 and 20 people": the number after "and" is no minor part without a minor unit."""
    figures = scan("$5 and 20 people", "en_US")
    expected = [("$5", Amount.stated(5, "USD")), ("20", Amount.stated(20, "dimensionless"))]
    assert expected == [("$5 and 20 people"[f.start : f.end], f.amount) for f in figures]


@pytest.mark.parametrize(
    ("text", "written", "value", "code"),
    [
        ("a loss of 45 MUSD last year", "45 MUSD", "45E6", "USD"),
        ("fees of KCHF 300 were paid", "KCHF 300", "300E3", "CHF"),
        ("a budget of 12.5 kEUR", "12.5 kEUR", "12.5E3", "EUR"),
        ("sales reached MSEK 80", "MSEK 80", "80E6", "SEK"),
        ("sold for seven MGBP", "seven MGBP", "7E6", "GBP"),
        ("a 90 EUR million budget", "90 EUR million", "90E6", "EUR"),
        ("raised 5 USD bn", "5 USD bn", "5E9", "USD"),
        ("a deal worth pounds 40m", "pounds 40m", "40E6", "GBP"),
        ("bonds worth dollar 3.2 billion", "dollar 3.2 billion", "3.2E9", "USD"),
    ],
)
def test_scale_with_code_or_name(text: str, written: str, value: str, code: str) -> None:
    """Scales glued to a code, a scale after a code, a currency name before a scaled number."""
    assert [(written, Amount.stated(Decimal(value), code))] == _read(text, "en_GB")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE MALL is 3 miles away", [("3 miles", Amount.stated(3, "mile"))]),
        ("a 5 Meur fee", [("5", Amount.stated(5, "dimensionless"))]),
        ("250 keur", [("250", Amount.stated(250, "dimensionless"))]),
        ("5 USD M&A deals", [("5 USD", Amount.stated(5, "USD"))]),
        ("the dollar 2% weaker", [("2%", Amount.stated(2, "percent"))]),
        ("the euro 1.08 higher", [("1.08", Amount.stated(Decimal("1.08"), "dimensionless"))]),
        (
            "against the dollar 3 billion euros changed hands",
            [("3 billion euros", Amount.stated(Decimal("3E9"), "EUR"))],
        ),
    ],
)
def test_not_scaled_money(text: str, expected: list[tuple[str, Amount]]) -> None:
    """Capitals and a real code are required; a name before a number needs a scale after it."""
    assert expected == _read(text, "en_GB")


@pytest.mark.parametrize(
    ("text", "written", "value", "code"),
    [
        ("its one-yen tender", "one-yen", "1", "JPY"),
        ("a 15-cent coupon", "15-cent", "15", "cent_USD"),
        ("a five-euro note", "five-euro", "5", "EUR"),
        ("a 100-dollar bill", "100-dollar", "100", "USD"),
        ("a ten-pound note", "ten-pound", "10", "GBP"),
        ("a 50-pound fine", "50-pound", "50", "GBP"),
    ],
)
def test_hyphenated_money_adjectives(text: str, written: str, value: str, code: str) -> None:
    """Money adjectives with a hyphen ("one-yen", "15-cent") are money."""
    assert [(written, Amount.stated(Decimal(value), code))] == _read(text, "en_US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 12-pound turkey", [("12-pound", Amount.stated(12, "pound"))]),
        ("a 20-point lead", [("20", Amount.stated(20, "dimensionless"))]),
        ("a $5-a-month fee", [("$5", Amount.stated(5, "USD"))]),
    ],
)
def test_hyphenated_words_that_are_not_money(text: str, expected: list[tuple[str, Amount]]) -> None:
    """A currency name that is also a unit stays the unit; "$5-a-month" keeps its reading."""
    assert expected == _read(text, "en_US")


@pytest.mark.parametrize(
    ("text", "value", "code"),
    [
        ("180 million pesetas", "180E6", "ESP"),
        ("40,000 drachmas", "40000", "GRD"),
        ("3 million schillings", "3E6", "ATS"),
        ("1,000 lire", "1000", "ITL"),
        ("2 billion deutschmarks", "2E9", "DEM"),
        ("5 million D-marks", "5E6", "DEM"),
        ("600 roubles", "600", "RUB"),
        ("90 renminbi", "90", "CNY"),
        ("70 markkas", "70", "FIM"),
        ("40 Trinidad and Tobago dollars", "40", "TTD"),
        ("40 St. Helena pounds", "40", "SHP"),
    ],
)
def test_former_and_other_currency_names(text: str, value: str, code: str) -> None:
    """Names of currencies the euro replaced, spellings babel lacks, babel names with "&" or "." are money."""
    assert [(text, Amount.stated(Decimal(value), code))] == _read(text, "en_GB")


def test_marks_stay_a_word() -> None:
    """ "marks" alone is not the Deutsche Mark: "40 marks" in an exam stays a count."""
    assert [("40", Amount.stated(40, "dimensionless"))] == _read("scored 40 marks", "en_GB")


@pytest.mark.parametrize(
    ("text", "locale", "written", "value", "code"),
    [
        ("the ticket was nineteen dollars ninety nine.", "en_US", "nineteen dollars ninety nine", "19.99", "USD"),
        ("it sells for 8 euros and 40, they said", "en_IE", "8 euros and 40", "8.40", "EUR"),
        ("the fee rose to 12 CAD 75.", "en_CA", "12 CAD 75", "12.75", "CAD"),
        ("she owed C$30 and twenty.", "en_CA", "C$30 and twenty", "30.20", "CAD"),
        ("kostet zwei Euro zehn.", "de_DE", "zwei Euro zehn", "2.10", "EUR"),
    ],
)
def test_cents_said_aloud_are_one_figure(text: str, locale: str, written: str, value: str, code: str) -> None:
    """Cents said aloud with no minor unit, at the end of a sentence or before a comma, join the whole amount."""
    assert [(written, Amount.stated(Decimal(value), code))] == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost $20 and 30.", [("$20", Amount.stated(20, "USD")), ("30", Amount.stated(30, "dimensionless"))]),
        (
            "He paid 5 dollars and 10 people came.",
            [("5 dollars", Amount.stated(5, "USD")), ("10", Amount.stated(10, "dimensionless"))],
        ),
        (
            "It was 100 yen 50.",
            [("100 yen", Amount.stated(100, "JPY")), ("50", Amount.stated(50, "dimensionless"))],
        ),
    ],
)
def test_numbers_after_money_that_are_no_cents(text: str, expected: list[tuple[str, Amount]]) -> None:
    """Digits after a symbol may be a second amount; a noun after the number makes it a count; yen have no cents."""
    assert expected == _read(text, "en_US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALL 5 solutions failed", [("5", Amount.stated(5, "dimensionless"))]),
        ("TOP 10 films of the year", [("10", Amount.stated(10, "dimensionless"))]),
        ("a fee of 500 ALL was paid", [("500 ALL", Amount.stated(500, "ALL"))]),
        ("a loan of USD 5 was paid", [("USD 5", Amount.stated(5, "USD"))]),
    ],
)
def test_codes_that_are_words_only_after_a_number(text: str, expected: list[tuple[str, Amount]]) -> None:
    """An ISO code that is an English word ("ALL", "TOP") is the word before a number, the currency after it."""
    assert expected == _read(text, "en_US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she kept a 1 $20 bill", [("1", Amount.stated(1, "dimensionless")), ("$20", Amount.stated(20, "USD"))]),
        ("they won 3 USD50 cards", [("3", Amount.stated(3, "dimensionless")), ("USD50", Amount.stated(50, "USD"))]),
        ("it cost 5 USD in 2020", [("5 USD", Amount.stated(5, "USD")), ("2020", Amount.stated(2020, "dimensionless"))]),
    ],
)
def test_symbol_glued_to_the_next_number_is_its_own(text: str, expected: list[tuple[str, Amount]]) -> None:
    """ "a 1 $20 bill": the "$" glued to "20" is not the unit of the "1" before it; a spaced code after a number is."""
    assert expected == _read(text, "en_US")
