"""The scanner on numerals, scales, percentages, hedges, ranges and signs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, Hedge
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.scan.scanner import scan


def _one(text: str, locale: str = "en_GB") -> Figure:
    figures = scan(text, locale)
    assert len(figures) == 1, figures
    return figures[0]


def _amounts(text: str, locale: str = "en_GB") -> list[Amount]:
    return [f.amount for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("The office handled 5,294 forms.", "en_GB", Decimal(5294)),
        ("Er zahlte 5.294 Euro nicht.", "de_DE", Decimal(5294)),
        ("Il y avait 5\u202f294 dossiers.", "fr_FR", Decimal(5294)),
        ("Il y avait 5 294 dossiers.", "fr_FR", Decimal(5294)),
        ("Hubo 12.500 casos.", "es_ES", Decimal(12500)),
        ("A rate of 0.75 applied.", "en_GB", Decimal("0.75")),
        ("Ein Anteil von 0,75 galt.", "de_DE", Decimal("0.75")),
    ],
)
def test_digits_follow_locale_separators(text: str, locale: str, value: Decimal) -> None:
    """Group and decimal symbols come from the locale; plain spaces group in French."""
    assert value == _one(text, locale).amount.value


def test_bad_grouping_is_not_one_number() -> None:
    """ "1,2" in English is two numbers, not twelve."""
    assert [Decimal(1), Decimal(2)] == [a.value for a in _amounts("codes 1,2 apply")]


def test_stated_digits_are_kept() -> None:
    """A trailing zero after the decimal point stays: "95.0%" is stated to a tenth."""
    assert Amount.stated(Decimal("95.0"), "percent") == _one("turnout hit 95.0% there").amount


def test_plain_integer_is_bare() -> None:
    """A plain integer numeral is bare; the claim builder decides whether it is a year or a count."""
    figure = _one("Back in 2019 it began.")
    assert (Amount.stated(2019), True, Form.DIGITS) == (figure.amount, figure.bare, figure.form)


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        ("a bill of £1.2m", "en_GB", Decimal("1.2E+6"), "GBP"),
        ("it cost £1million", "en_GB", Decimal("1E+6"), "GBP"),
        ("raised €2.5bn", "en_GB", Decimal("2.5E+9"), "EUR"),
        ("Kosten von 1,2 Mio. €", "de_DE", Decimal("1.2E+6"), "EUR"),
        ("ein Defizit von 3 Mrd. Euro", "de_DE", Decimal("3E+9"), "EUR"),
        ("un budget de 2,5 Md €", "fr_FR", Decimal("2.5E+9"), "EUR"),
        ("un coste de 4 M €", "es_ES", Decimal("4E+6"), "EUR"),
        ("a 40k salary", "en_GB", Decimal("40E+3"), "dimensionless"),
    ],
)
def test_scale_words_and_suffixes(text: str, locale: str, value: Decimal, unit: str) -> None:
    """Scale suffixes and words multiply the stated digits exactly, keeping them."""
    assert Amount.stated(value, unit) == _one(text, locale).amount


def test_scale_word_with_hedge() -> None:
    """ "some 3.5 million" is 3.5E+6, hedged ABOUT, qualifier as written."""
    figure = _one("some 3.5 million")
    expected = Amount.stated(Decimal("3.5E+6"), hedge=Hedge.ABOUT)
    assert (expected, "some", "million") == (figure.amount, figure.qualifier, figure.unit_text)


def test_spanish_thousand_millions() -> None:
    """Spanish "mil millones" is 10**9 and "de euros" names the currency."""
    figure = _one("unos 7 mil millones de euros", "es_ES")
    assert Amount.stated(Decimal("7E+9"), "EUR", hedge=Hedge.ABOUT) == figure.amount


@pytest.mark.parametrize(
    ("text", "locale", "value", "unit"),
    [
        ("up 95%", "en_GB", Decimal(95), "percent"),
        ("up 95 per cent", "en_GB", Decimal(95), "percent"),
        ("up 95 percent", "en_US", Decimal(95), "percent"),
        ("up 4pc", "en_GB", Decimal(4), "percent"),
        ("um 3,5 %", "de_DE", Decimal("3.5"), "percent"),
        ("um 3,5 Prozent", "de_DE", Decimal("3.5"), "percent"),
        ("de 12 pour cent", "fr_FR", Decimal(12), "percent"),
        ("un 7 por ciento", "es_ES", Decimal(7), "percent"),
        ("by 2 percentage points", "en_GB", Decimal(2), "percentage_point"),
        ("by 0.5pp", "en_GB", Decimal("0.5"), "percentage_point"),
        ("um 2 Prozentpunkte", "de_DE", Decimal(2), "percentage_point"),
        ("de 2 points de pourcentage", "fr_FR", Decimal(2), "percentage_point"),
        ("en 2 puntos porcentuales", "es_ES", Decimal(2), "percentage_point"),
        ("by 25 basis points", "en_GB", Decimal(25), "basis_point"),
    ],
)
def test_percent_and_points(text: str, locale: str, value: Decimal, unit: str) -> None:
    """Percent and point words in each language give percent, percentage points or basis points."""
    assert Amount.stated(value, unit) == _one(text, locale).amount


def test_points_after_a_percentage() -> None:
    """ "points" is percentage points only after a percentage in the same sentence."""
    amounts = _amounts("Support was 41%, up 3 points. He scored 3 points.")
    expected = [Amount.stated(41, "percent"), Amount.stated(3, "percentage_point"), Amount.stated(3)]
    assert expected == amounts


@pytest.mark.parametrize(
    ("text", "hedge", "qualifier"),
    [
        ("around 100,000", Hedge.ABOUT, "around"),
        ("roughly 100,000", Hedge.ABOUT, "roughly"),
        ("an estimated 100,000", Hedge.ABOUT, "an estimated"),
        ("c. 100,000", Hedge.ABOUT, "c."),
        ("nearly 100,000", Hedge.NEARLY, "nearly"),
        ("just under 100,000", Hedge.NEARLY, "just under"),
        ("more than 100,000", Hedge.MORE_THAN, "more than"),
        ("in excess of 100,000", Hedge.MORE_THAN, "in excess of"),
        ("at least 100,000", Hedge.AT_LEAST, "at least"),
        ("no fewer than 100,000", Hedge.AT_LEAST, "no fewer than"),
        ("fewer than 100,000", Hedge.LESS_THAN, "fewer than"),
        ("up to 100,000", Hedge.UP_TO, "up to"),
        ("as many as 100,000", Hedge.UP_TO, "as many as"),
    ],
)
def test_english_hedges(text: str, hedge: Hedge, qualifier: str) -> None:
    """Each hedge phrase sets the hedge, and the qualifier is the phrase as written."""
    figure = _one(text)
    assert (Amount.stated(100_000, hedge=hedge), qualifier, 0) == (figure.amount, figure.qualifier, figure.start)


@pytest.mark.parametrize(
    ("text", "locale", "hedge"),
    [
        ("etwa 500", "de_DE", Hedge.ABOUT),
        ("rund 500", "de_DE", Hedge.ABOUT),
        ("mehr als 500", "de_DE", Hedge.MORE_THAN),
        ("bis zu 500", "de_DE", Hedge.UP_TO),
        ("weniger als 500", "de_DE", Hedge.LESS_THAN),
        ("environ 500", "fr_FR", Hedge.ABOUT),
        ("près de 500", "fr_FR", Hedge.NEARLY),
        ("jusqu'à 500", "fr_FR", Hedge.UP_TO),
        ("au moins 500", "fr_FR", Hedge.AT_LEAST),
        ("alrededor de 500", "es_ES", Hedge.ABOUT),
        ("casi 500", "es_ES", Hedge.NEARLY),
        ("más de 500", "es_ES", Hedge.MORE_THAN),
        ("menos de 500", "es_ES", Hedge.LESS_THAN),
    ],
)
def test_other_language_hedges(text: str, locale: str, hedge: Hedge) -> None:
    """German, French and Spanish hedges read like the English ones."""
    assert Amount.stated(500, hedge=hedge) == _one(text, locale).amount


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("between 10 and 20 per cent", 10, 20, "percent"),
        ("10-20%", 10, 20, "percent"),
        ("10\u201320%", 10, 20, "percent"),
        ("5 to 10 million", Decimal("5E+6"), Decimal("10E+6"), "dimensionless"),
        ("£5m-£10m", Decimal("5E+6"), Decimal("10E+6"), "GBP"),
        ("between £5m and £10m", Decimal("5E+6"), Decimal("10E+6"), "GBP"),
    ],
)
def test_ranges(text: str, low: Decimal, high: Decimal, unit: str) -> None:
    """Ranges become Amount.between, with the unit and scale given to both ends."""
    figure = _one(text)
    assert (Amount.between(low, high, unit), 0, len(text)) == (figure.amount, figure.start, figure.end)


def test_from_to_is_two_figures() -> None:
    """ "from X to Y" is a change, not a range: two figures, the unit shared."""
    assert [Amount.stated(40, "percent"), Amount.stated(45, "percent")] == _amounts("rose from 40 to 45%")


@pytest.mark.parametrize("text", ["minus 5", "-5", "\u22125"])
def test_negative_numbers(text: str) -> None:
    """Minus words and signs negate; a signed number is not bare."""
    figure = _one(f"it was {text} overnight")
    assert (Amount.stated(-5), False) == (figure.amount, figure.bare)


def test_durations_and_hyphenated_adjectives() -> None:
    """ "a two-day visit" is 2 days; "10 years" is 10 years; "over five years" is not a hedge."""
    expected = [Amount.stated(2, "day"), Amount.stated(10, "year"), Amount.stated(5, "year")]
    assert expected == _amounts("a two-day visit, 10 years later, over five years")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a 26km route", Decimal(26), "kilometre"),
        ("a 40 miles trip", Decimal(40), "mile"),
        ("a 3kg parcel", Decimal(3), "kilogram"),
        ("12 tonnes", Decimal(12), "tonne"),
        ("highs of 31°C", Decimal(31), "degree_Celsius"),
        ("at 70mph", Decimal(70), "mile_per_hour"),
        ("500 hectares", Decimal(500), "hectare"),
        ("a 5m wall", Decimal(5), "metre"),
        ("the tower is 30m tall", Decimal(30), "metre"),
    ],
)
def test_physical_units(text: str, value: Decimal, unit: str) -> None:
    """Physical units after a number; "m" is a metre after "a" or before a length word."""
    assert Amount.stated(value, unit) == _one(text).amount


def test_m_is_million_before_a_noun() -> None:
    """ "5m people" is five million (the counted noun is left to the claim builder)."""
    assert Amount.stated(Decimal("5E+6")) == _one("5m people").amount


def test_offsets_cover_hedge_currency_and_scale() -> None:
    """start:end covers "around £1.2m"; number_start:number_end covers "1.2"."""
    text = "They spent around £1.2m on it."
    figure = _one(text)
    spans = (text[figure.start : figure.end], text[figure.number_start : figure.number_end], figure.unit_text)
    expected = ("around £1.2m", "1.2", "£ m")
    assert expected == spans


def test_range_low_end_in_thousands() -> None:
    """ "20-25,000" is 20,000 to 25,000: the low end borrows the thousands of the high end."""
    assert Amount.between(20_000, 25_000) == _one("some 20-25,000 fans").amount


def test_descending_pair_is_not_a_range() -> None:
    """ "2019-20" is not a range (low above high): two bare numbers for the claim builder."""
    assert [(Decimal(2019), True), (Decimal(20), True)] == [
        (f.amount.value, f.bare) for f in scan("in the 2019-20 season")
    ]


def test_glued_celsius() -> None:
    """ "-5C" and "30C" are temperatures."""
    expected = [Amount.stated(-5, "degree_Celsius"), Amount.stated(30, "degree_Celsius")]
    assert expected == [f.amount for f in scan("from -5C at night to 30C by day")]


def test_over_after_a_particle_verb_is_not_a_hedge() -> None:
    """ "handed over two scanners": "over" belongs to the verb, so the figure is plain "two"."""
    figure = _one("Officials handed over two scanners.")
    assert (Amount.stated(2), None, "two") == (
        figure.amount,
        figure.qualifier,
        "Officials handed over two scanners."[figure.start : figure.end],
    )


def test_change_then_level_is_two_figures() -> None:
    """ "rose by 7% to 14,577": a percentage "to" a plain number is a change and a level, not a range."""
    expected = [Amount.stated(7, "percent"), Amount.stated(14_577)]
    assert expected == [f.amount for f in scan("Offences rose by 7% to 14,577.")]
