"""Units a territory writes in its own sense: "tons" are short tons in American news, tonnes elsewhere.

Gallons, pints, fluid ounces and miles per gallon are US ones there and imperial elsewhere.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract, parse_amount
from factcheck._extract.scan.scanner import scan


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", [(Decimal(800), "ton"), (Decimal(2), "ton"), (Decimal(15), "tonne")]),
        ("en", [(Decimal(800), "ton"), (Decimal(2), "ton"), (Decimal(15), "tonne")]),
        ("en_GB", [(Decimal(800), "tonne"), (Decimal(2), "tonne"), (Decimal(15), "tonne")]),
    ],
)
def test_tons(locale: str, expected: list[tuple[Decimal, str]]) -> None:
    text = "The pier took 800 tons of steel, a two-ton crane and 15 metric tons of cable."
    assert expected == [(f.amount.value, str(f.amount.unit)) for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "en_US",
            [
                ("40 mpg", "mile / us_gallon"),
                ("55-gallon", "us_gallon"),
                ("3 pints", "us_pint"),
                ("12 fl oz", "fluid_ounce"),
                ("2 US gallons", "us_gallon"),
                ("5 imperial gallons", "gallon"),
            ],
        ),
        (
            "en_GB",
            [
                ("40 mpg", "mile / gallon"),
                ("55-gallon", "gallon"),
                ("3 pints", "pint"),
                ("12 fl oz", "imperial_fluid_ounce"),
                ("2 US gallons", "us_gallon"),
                ("5 imperial gallons", "gallon"),
            ],
        ),
    ],
)
def test_gallons_pints_and_fluid_ounces(locale: str, expected: list[tuple[str, str]]) -> None:
    text = (
        "The pickup does 40 mpg, hauls a 55-gallon drum, 3 pints of cream and 12 fl oz of syrup; "
        "the tank lost 2 US gallons and the boat 5 imperial gallons."
    )
    assert expected == [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", [("$2.95 a gallon", "USD / us_gallon"), ("31 miles per gallon", "mile / us_gallon")]),
        ("en", [("$2.95 a gallon", "USD / us_gallon"), ("31 miles per gallon", "mile / us_gallon")]),
        ("en_GB", [("$2.95 a gallon", "USD / gallon"), ("31 miles per gallon", "mile / gallon")]),
    ],
)
def test_per_gallon(locale: str, expected: list[tuple[str, str]]) -> None:
    text = "Diesel sold for $2.95 a gallon. The hatchback managed 31 miles per gallon."
    assert expected == [(c.span.text, str(c.amount.unit)) for c in extract(text, locale=locale)]


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", [("us_gallon", "8 gallons"), ("mile / us_gallon", "52 miles per gallon"), ("us_pint", "2 pints")]),
        ("en_GB", [("gallon", "8 gallons"), ("mile / gallon", "52 miles per gallon"), ("pint", "2 pints")]),
    ],
)
def test_parse_and_format(locale: str, expected: list[tuple[str, str]]) -> None:
    amounts = [parse_amount(text, locale) for text in ("8 gallons", "52 mpg", "2 pints")]
    assert expected == [(str(a.unit), a.format(locale)) for a in amounts]


def test_format_names_the_other_gallon() -> None:
    us, imperial = parse_amount("8 gallons", "en_US"), parse_amount("8 gallons", "en_GB")
    assert [us.format("en_GB"), imperial.format("en_US")] == [
        "8 US gallons",
        "8 Imp. gallons",
    ]
