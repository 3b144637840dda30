"""Formatting amounts for people with babel, in each supported locale."""

from __future__ import annotations

import warnings
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import AmbiguityWarning, Amount, Hedge, parse_amount, units
from factcheck._format import amount_html, format_number, unit_label

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES")
NBSP, NNBSP = "\xa0", "\u202f"

ROWS: list[tuple[Amount, tuple[str, str, str, str, str]]] = [
    (
        Amount.stated(Decimal("1.2E+6"), "GBP"),
        ("£1.2m", "£1.2M", f"1,2{NBSP}Mio.{NBSP}£", f"1,2{NBSP}M{NBSP}£GB", f"1,2{NBSP}M{NBSP}GBP"),
    ),
    (
        Amount.stated("1234.5", "USD"),
        ("US$1,234.5", "$1,234.5", f"1.234,5{NBSP}$", f"1{NNBSP}234,5{NBSP}$US", f"1.234,5{NBSP}US$"),
    ),
    (
        Amount.stated("95", "percent", hedge=Hedge.ABOUT),
        ("around 95%", "around 95%", f"etwa 95{NBSP}%", f"environ 95{NBSP}%", f"alrededor de 95{NBSP}%"),
    ),
    (Amount.stated("3.5", "percent"), ("3.5%", "3.5%", f"3,5{NBSP}%", f"3,5{NBSP}%", f"3,5{NBSP}%")),
    (
        Amount.stated("5294", "person"),
        ("5,294 people", "5,294 people", "5.294 Personen", f"5{NNBSP}294 personnes", "5.294 personas"),
    ),
    (
        Amount.stated(Decimal("5.3E+6"), "person", hedge=Hedge.MORE_THAN),
        (
            "more than 5.3 million people",
            "more than 5.3 million people",
            "mehr als 5,3 Millionen Personen",
            "plus de 5,3 millions de personnes",
            "más de 5,3 millones de personas",
        ),
    ),
    (
        Amount.stated(Decimal("2E+6"), "job"),
        (
            "2 million jobs",
            "2 million jobs",
            "2 Millionen Arbeitsplätze",
            "2 millions d’emplois",
            "2 millones de empleos",
        ),
    ),
    (
        Amount.stated("240000", "person / year"),
        (
            "240,000 people a year",
            "240,000 people a year",
            "240.000 Personen pro Jahr",
            f"240{NNBSP}000 personnes par an",
            "240.000 personas al año",
        ),
    ),
    (
        Amount.stated("20", "GBP / week"),
        ("£20 a week", "£20 a week", f"20{NBSP}£ pro Woche", f"20{NBSP}£GB par semaine", f"20{NBSP}GBP a la semana"),
    ),
    (
        Amount.stated("3", "percentage_point"),
        (
            "3 percentage points",
            "3 percentage points",
            "3 Prozentpunkte",
            "3 points de pourcentage",
            "3 puntos porcentuales",
        ),
    ),
    (Amount.stated("1", "person"), ("1 person", "1 person", "1 Person", "1 personne", "1 persona")),
    (Amount.stated("1", "day"), ("1 day", "1 day", "1 Tag", f"1{NBSP}jour", "1 día")),
    (Amount.stated("2", "day"), ("2 days", "2 days", "2 Tage", f"2{NBSP}jours", "2 días")),
    (
        Amount.between(10, 20, "percent"),
        ("10–20%", "10–20%", f"10–20{NBSP}%", f"10–20{NBSP}%", f"10–20{NBSP}%"),
    ),
    (
        Amount.between(Decimal("5E+6"), Decimal("1E+7"), "person"),
        (
            "5–10 million people",
            "5–10 million people",
            "5–10 Millionen Personen",
            "5–10 millions de personnes",
            "5–10 millones de personas",
        ),
    ),
    (
        Amount.between(Decimal("1E+6"), Decimal("2E+6"), "GBP"),
        ("£1m–£2m", "£1M–£2M", f"1–2{NBSP}Mio.{NBSP}£", f"1–2{NBSP}M{NBSP}£GB", f"1–2{NBSP}M{NBSP}GBP"),
    ),
    (
        Amount.stated(Decimal("2.5E+9"), "EUR"),
        ("€2.5bn", "€2.5B", f"2,5{NBSP}Mrd.{NBSP}€", f"2,5{NBSP}Md{NBSP}€", f"2,5 mil millones{NBSP}€"),
    ),
    (
        Amount.stated(Decimal("1E+5"), "GBP"),
        ("£0.1m", "£0.1M", f"0,1{NBSP}Mio.{NBSP}£", f"0,1{NBSP}M{NBSP}£GB", f"0,1{NBSP}M{NBSP}GBP"),
    ),
    (Amount.stated("7"), ("7", "7", "7", "7", "7")),
    (Amount.stated("50", "penny"), ("50p", "50p", "50 Pence", "50 pence", "50 peniques")),
    (Amount.stated("1", "penny"), ("1p", "1p", "1 Penny", "1 penny", "1 penique")),
    (Amount.stated("2.5", "cent_EUR"), ("2.5 cents", "2.5 cents", "2,5 Cent", "2,5 centimes", "2,5 céntimos")),
    (
        Amount.stated("12", "cent_USD / year"),
        ("12 cents a year", "12 cents a year", "12 Cent pro Jahr", "12 centimes par an", "12 céntimos al año"),
    ),
]


@pytest.mark.parametrize(("amount", "expected"), ROWS, ids=[repr(row[1][0]) for row in ROWS])
def test_format_in_each_locale(amount: Amount, expected: tuple[str, ...]) -> None:
    """Each amount reads as a person in each locale would write it."""
    assert expected == tuple(amount.format(locale) for locale in LOCALES)


def test_str_is_british_english() -> None:
    """str() of an amount is its en_GB form."""
    assert str(Amount.stated("100000", "person", hedge=Hedge.NEARLY)) == "nearly 100,000 people"


def test_compact_can_be_forced_or_refused() -> None:
    """compact=True writes thousands compactly; compact=False writes every digit."""
    amount = Amount.stated(Decimal("1.2E+6"), "GBP")
    assert (amount.format("en_GB", compact=False), Amount.stated("240000", "GBP").format("en_GB", compact=True)) == (
        "£1,200,000",
        "£240k",
    )


def test_stated_decimals_are_kept() -> None:
    """Trailing zeros that were written stay written."""
    assert (Amount.stated("2.50", "GBP").format("en_GB"), format_number(Decimal("5294.50"), "de_DE", exponent=-2)) == (
        "£2.50",
        "5.294,50",
    )


@pytest.mark.parametrize(
    ("unit", "locale", "plural", "expected"),
    [
        ("person", "fr_FR", True, "personnes"),
        ("day", "de_DE", False, "Tag"),
        ("dimensionless", "en_GB", True, ""),
        ("knot", "en_GB", True, "knot"),
    ],
)
def test_unit_label(unit: str, locale: str, plural: bool, expected: str) -> None:
    """Unit names come from our word list, then CLDR, then pint."""
    assert expected == unit_label(units.unit(unit), locale, plural=plural)


def test_html_escapes() -> None:
    """The HTML form escapes text and carries the bounds in its title."""
    assert (
        amount_html(Amount.stated("95", "percent"))
        == '<span class="factcheck-amount" title="[94.5, 95.5) percent">95%</span>'
    )
    assert amount_html(Amount.stated("95", "percent")) == Amount.stated("95", "percent")._repr_html_()


ROUND_TRIP_UNITS = ("GBP", "EUR", "USD", "JPY", "penny", "percent", "person", "percentage_point", "dimensionless")
ROUND_TRIP_HEDGES = (Hedge.NONE, Hedge.ABOUT, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.UP_TO)


@st.composite
def written_amounts(draw: st.DrawFn) -> Amount:
    """Figures as writers state them: "5,294", "12.5%", "£1.2m", "€2.5bn", with a unit and a hedge."""
    unit = draw(st.sampled_from(ROUND_TRIP_UNITS))
    fraction = draw(st.integers(min_value=0, max_value=2))
    # shares, and hundredths of a currency ("50p"), are not written with scale words
    power = 0 if unit in ("percent", "percentage_point", "penny") else draw(st.sampled_from([0, 0, 6, 9]))
    if power == 0 and unit in ("person", "dimensionless"):
        fraction = 0  # counts written in full are whole
    top = 100 if unit in ("percent", "percentage_point") else 9999 if power == 0 else 999
    digits = draw(st.integers(min_value=1, max_value=top * 10**fraction))
    value = Decimal(digits).scaleb(power - fraction)
    return Amount.stated(value, unit, hedge=draw(st.sampled_from(ROUND_TRIP_HEDGES)))


@given(written_amounts(), st.sampled_from(LOCALES))
def test_parse_amount_reads_formatted_amounts(amount: Amount, locale: str) -> None:
    """parse_amount(a.format(locale), locale) gives back a's value, unit, bounds and hedge."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", AmbiguityWarning)  # "$" in de_DE: the reading is what we test
        parsed = parse_amount(amount.format(locale), locale=locale)
    assert (amount.value, amount.unit, amount.bounds, amount.hedge) == (
        parsed.value,
        parsed.unit,
        parsed.bounds,
        parsed.hedge,
    )


def test_locale_without_matching_scale_word_writes_digits() -> None:
    """Where CLDR has no word for the figure's scale (Japanese counts in 10⁴), every digit is written."""
    assert Amount.stated(Decimal("5.3E+6"), "person").format("ja_JP") == "5,300,000 people"


def test_a_fraction_is_shown_to_the_precision_its_bounds_allow() -> None:
    """'a third' is shown as 33%, not 33.3333%: its bounds (30-36.7%) make the units its last meaningful digit."""
    from factcheck import parse_amount  # noqa: PLC0415

    shown = [parse_amount(t).format("en_GB") for t in ("a third", "two thirds", "a quarter", "nearly a third")]
    assert shown == ["33%", "67%", "25%", "nearly 33%"]
