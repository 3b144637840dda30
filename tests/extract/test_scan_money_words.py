"""The scanner on money (symbols, codes, names, minor units), number words and fractions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, Hedge, Interval
from factcheck._decimal import CEILING, CONTEXT, FLOOR
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.scan.scanner import scan


def _one(text: str, locale: str = "en_GB") -> Figure:
    figures = scan(text, locale)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "locale", "value", "code"),
    [
        ("paid £5 each", "en_GB", Decimal(5), "GBP"),
        ("paid 5 € each", "de_DE", Decimal(5), "EUR"),
        ("paid 5\u00a0€ each", "fr_FR", Decimal(5), "EUR"),
        ("paid US$5 each", "en_GB", Decimal(5), "USD"),
        ("paid $5 each", "en_US", Decimal(5), "USD"),
        ("paid $5 each", "en_GB", Decimal(5), "USD"),
        ("paid A$12 each", "en_GB", Decimal(12), "AUD"),
        ("paid C$12 each", "en_GB", Decimal(12), "CAD"),
        ("a GBP 5m deal", "en_GB", Decimal("5E+6"), "GBP"),
        ("a 5 EUR fee", "en_GB", Decimal(5), "EUR"),
        ("a 5 million pounds deal", "en_GB", Decimal("5E+6"), "GBP"),
        ("about 20 euros", "en_GB", Decimal(20), "EUR"),
        ("a 50p coin", "en_GB", Decimal(50), "penny"),
        ("30 pence", "en_GB", Decimal(30), "penny"),
        ("30 cents", "en_US", Decimal(30), "cent_USD"),
        ("30 cents", "en_IE", Decimal(30), "cent_EUR"),
        ("£1m", "en_GB", Decimal("1E+6"), "GBP"),
        ("5\u00a0Mio.\u00a0£", "de_DE", Decimal("5E+6"), "GBP"),
        ("1\u202f234,5\u00a0$US", "fr_FR", Decimal("1234.5"), "USD"),
        ("2 millions d'euros", "fr_FR", Decimal("2E+6"), "EUR"),
    ],
)
def test_money(text: str, locale: str, value: Decimal, code: str) -> None:
    """Symbols and codes before or after, names and minor units as written ("50p" is 50 pence); "$" is USD."""
    figure = _one(text, locale)
    hedge = Hedge.ABOUT if text.startswith("about") else Hedge.NONE
    assert Amount.stated(value, code, hedge=hedge) == figure.amount


def test_money_unit_text() -> None:
    """unit_text holds the currency and scale words as written."""
    figure = _one("a 5 million pounds deal")
    expected = "million pounds"
    assert expected == figure.unit_text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", Decimal(2)),
        ("fifty-five", Decimal(55)),
        ("twenty one", Decimal(21)),
        ("a hundred and twenty", Decimal(120)),
        ("a dozen", Decimal(12)),
        ("two dozen", Decimal(24)),
        ("two million", Decimal("2E+6")),
        ("half a million", Decimal("5E+5")),
        ("a thousand", Decimal("1E+3")),
        ("three hundred", Decimal("3E+2")),
        ("nineteen", Decimal(19)),
    ],
)
def test_english_number_words(text: str, value: Decimal) -> None:
    """English number words, with a final scale word kept as the stated precision."""
    figure = _one(f"They counted {text} boats.")
    assert (Amount.stated(value), Form.WORDS, False) == (figure.amount, figure.form, figure.bare)


def test_word_number_with_unit() -> None:
    """Words take scales, currencies and units like digits: "two million pounds"."""
    assert Amount.stated(Decimal("2E+6"), "GBP") == _one("two million pounds").amount


def test_pronoun_one_is_not_a_number() -> None:
    """ "no one" and "the one" are not figures."""
    expected: list[Figure] = []
    assert expected == scan("No one knew which was the one.")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("hundreds of people", 200, 1000),
        ("thousands of people", 2000, 10**6),
        ("tens of thousands of people", 20_000, 100_000),
        ("millions of people", 2 * 10**6, 10**9),
    ],
)
def test_vague_amounts(text: str, low: int, high: int) -> None:
    """ "hundreds of" is at least 200 and below the next scale word; its value is the low end."""
    figure = _one(text)
    expected = Amount(
        Decimal(low), "dimensionless", Interval(Decimal(low), Decimal(high), high_closed=False), Hedge.RANGE
    )
    assert expected == figure.amount


def _fraction(numerator: int, denominator: int, hedge: Hedge = Hedge.NONE) -> Amount:
    """A fraction read as "about" itself: within 10% of its value either way."""
    scaled = Decimal(100 * numerator)
    value = CONTEXT.divide(scaled, denominator)
    spread = CEILING.multiply(value, Decimal("0.1"))
    bounds = Interval(FLOOR.subtract(value, spread), CEILING.add(value, spread))
    return Amount(value, "percent", bounds, hedge)


@pytest.mark.parametrize(
    ("text", "numerator", "denominator", "low", "high"),
    [
        ("half", 1, 2, "45", "55"),
        ("a third", 1, 3, "30", "36.6666666667"),
        ("two thirds", 2, 3, "60", "73.3333333334"),
        ("two-thirds", 2, 3, "60", "73.3333333334"),
        ("a quarter", 1, 4, "22.5", "27.5"),
        ("three quarters", 3, 4, "67.5", "82.5"),
        ("one in five", 1, 5, "18", "22"),
        ("1 in 4", 1, 4, "22.5", "27.5"),
    ],
)
def test_fractions_are_percent(text: str, numerator: int, denominator: int, low: str, high: str) -> None:
    """Fractions are percentages of 100·n/d read as about themselves (± 10%, ends to 12 digits outwards)."""
    figure = _one(f"Polls say {text} of voters agree.")
    expected = Amount(
        CONTEXT.divide(Decimal(100 * numerator), denominator), "percent", Interval(Decimal(low), Decimal(high))
    )
    assert (expected, Form.FRACTION) == (figure.amount, figure.form)


def _nearest(end: Decimal | None) -> Decimal | None:
    """An interval end to 20 places: the last digits of 34-digit outward rounding do not matter."""
    return None if end is None else end.quantize(Decimal("1E-20"))


def test_nearly_half() -> None:
    """ "nearly half" is below 50% by at most the policy's tolerance."""
    figure = _one("nearly half")
    expected = Amount(Decimal(50), "percent", Interval(Decimal("45.0"), Decimal(50), high_closed=False), Hedge.NEARLY)
    assert (expected, "nearly") == (figure.amount, figure.qualifier)


@pytest.mark.parametrize("text", ["in the first half", "the last quarter", "half an hour", "the third time"])
def test_periods_are_not_fractions(text: str) -> None:
    """ "the first half", "the last quarter", "half an hour" and ordinals are not fractions."""
    expected: list[Figure] = []
    assert expected == scan(text)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("zweiundzwanzig Personen", "de_DE", Decimal(22)),
        ("zwei Millionen Euro", "de_DE", Decimal("2E+6")),
        ("vingt-deux personnes", "fr_FR", Decimal(22)),
        ("cincuenta y cinco personas", "es_ES", Decimal(55)),
    ],
)
def test_foreign_number_words(text: str, locale: str, value: Decimal) -> None:
    """German, French and Spanish number words are read through text2num."""
    pytest.importorskip("text_to_num")
    figure = _one(text, locale)
    assert (value, Form.WORDS) == (figure.amount.value, figure.form)


@pytest.mark.parametrize(
    ("text", "locale", "numerator", "denominator", "hedge"),
    [
        ("fast die Hälfte der Stimmen", "de_DE", 1, 2, Hedge.NEARLY),
        ("jeder fünfte Haushalt", "de_DE", 1, 5, Hedge.NONE),
        ("zwei Drittel der Befragten", "de_DE", 2, 3, Hedge.NONE),
        ("près de la moitié des votants", "fr_FR", 1, 2, Hedge.NEARLY),
        ("deux tiers des votants", "fr_FR", 2, 3, Hedge.NONE),
        ("casi la mitad de los votos", "es_ES", 1, 2, Hedge.NEARLY),
        ("uno de cada cinco hogares", "es_ES", 1, 5, Hedge.NONE),
        ("six in 10 voters", "en_GB", 6, 10, Hedge.NONE),
    ],
)
def test_fraction_phrases_in_each_language(
    text: str, locale: str, numerator: int, denominator: int, hedge: Hedge
) -> None:
    """German, French and Spanish fraction phrases (and "six in 10") are percentages."""
    figure = _one(text, locale)
    expected = (CONTEXT.divide(Decimal(100 * numerator), denominator), hedge, Form.FRACTION)
    assert expected == (figure.amount.value, figure.amount.hedge, figure.form)


def test_vague_amount_of_money() -> None:
    """ "thousands of pounds" is a vague amount in pounds, the currency word inside the span."""
    figure = _one("It cost thousands of pounds.")
    bounds = Interval(Decimal(2000), Decimal(10**6), high_closed=False)
    assert (Amount(Decimal(2000), "GBP", bounds, Hedge.RANGE), "thousands of pounds") == (
        figure.amount,
        "It cost thousands of pounds."[figure.start : figure.end],
    )


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a quarter of a million people", Decimal("2.5E+5"), "dimensionless"),
        ("three quarters of a billion pounds", Decimal("7.5E+8"), "GBP"),
        ("half a dozen eggs", Decimal(6), "dimensionless"),
        ("minus five percent", Decimal(-5), "percent"),
    ],
)
def test_fractions_of_scale_words(text: str, value: Decimal, unit: str) -> None:
    """A fraction of a scale word is a whole number; "minus" also negates number words."""
    assert Amount.stated(value, unit) == _one(text).amount


def test_in_a_year_is_not_a_ratio() -> None:
    """ "390 in 2023" and "18 of 120" are two numbers each, while "9 out of 10" is a ratio."""
    text = "It fell to 390 in 2023; 18 of 120 staff left; 9 out of 10 agree."
    found = [(f.amount.value, f.form) for f in scan(text)]
    expected = [
        (Decimal(390), Form.DIGITS),
        (Decimal(2023), Form.DIGITS),
        (Decimal(18), Form.DIGITS),
        (Decimal(120), Form.DIGITS),
        (Decimal(90), Form.FRACTION),
    ]
    assert expected == found


def test_range_shares_its_currency() -> None:
    """ "between £1m and 2m" is a range in pounds."""
    assert Amount.between(Decimal("1E+6"), Decimal("2E+6"), "GBP") == _one("between £1m and 2m").amount
