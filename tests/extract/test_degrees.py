"""Degrees: a temperature where the sentence is about heat or weather or names its scale; an angle otherwise."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import AbsoluteChangeClaim, Amount, Direction, QuantityClaim, extract
from factcheck._extract.scan.degrees import customary_scale
from factcheck._extract.scan.scanner import scan


def _read(text: str, locale: str = "en_GB") -> list[tuple[Decimal, str]]:
    return [(f.amount.value, str(f.amount.unit)) for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # a bare "degrees" about the weather: the locale's customary scale
        ("The thermometer on the porch read 91 degrees.", "en_US", [(Decimal(91), "degree_Fahrenheit")]),
        ("The thermometer on the porch read 31 degrees.", "en_GB", [(Decimal(31), "degree_Celsius")]),
        ("Forecasters expect highs near 104°.", "en", [(Decimal(104), "degree_Fahrenheit")]),
        ("Bake the loaf in a hot oven at 220 degrees.", "en_AU", [(Decimal(220), "degree_Celsius")]),
        ("Die Temperatur stieg auf 35 °.", "de_DE", [(Decimal(35), "degree_Celsius")]),
        ("Die Hitze trieb das Thermometer auf 36 Grad.", "de_DE", [(Decimal(36), "degree_Celsius")]),
        ("Le thermomètre affichait 12 degrés.", "fr_FR", [(Decimal(12), "degree_Celsius")]),
        ("El tejado tiene una inclinación de 30 grados.", "es_ES", [(Decimal(30), "degree")]),
        # a scale written out is a temperature whatever the sentence
        ("The alloy softens at 660 degrees Celsius.", "en_US", [(Decimal(660), "degree_Celsius")]),
        (
            "A drift of 2.14degF (1.19deg C) was logged.",
            "en_GB",
            [(Decimal("2.14"), "degree_Fahrenheit"), (Decimal("1.19"), "degree_Celsius")],
        ),
        # no heat or weather: an angle
        ("The new ramp climbs at a 12 degree incline.", "en_US", [(Decimal(12), "degree")]),
        ("The trawler turned 180 degrees and headed home.", "en_US", [(Decimal(180), "degree")]),
        ("The wing was trimmed to minus-1.4 degree.", "en_GB", [(Decimal("-1.4"), "degree")]),
        # a glued capital letter: a temperature about the weather, below zero, or beside the other scale
        ("The forecast is for 28C on Friday.", "en_GB", [(Decimal(28), "degree_Celsius")]),
        ("Overnight it dropped to minus 7C in the glens.", "en_GB", [(Decimal(-7), "degree_Celsius")]),
        (
            "Phoenix reached 115F (46C) on Sunday.",
            "en_US",
            [(Decimal(115), "degree_Fahrenheit"), (Decimal(46), "degree_Celsius")],
        ),
        # otherwise a code or a name: no figure
        ("The fund's 13F report listed its holdings.", "en_US", []),
        ("A cargo 747F landed at noon.", "en_US", []),
    ],
)
def test_degrees(text: str, locale: str, expected: list[tuple[Decimal, str]]) -> None:
    assert expected == _read(text, locale)


def test_customary_scale() -> None:
    scales = [customary_scale(name) for name in ("en_US", "en", "es_US", "en_GB", "en_CA", "fr_FR", "en_BZ")]
    assert scales == [
        "degree_Fahrenheit",
        "degree_Fahrenheit",
        "degree_Fahrenheit",
        "degree_Celsius",
        "degree_Celsius",
        "degree_Celsius",
        "degree_Fahrenheit",
    ]


def test_change_of_temperature_is_a_difference() -> None:
    """ "rose by 2 degrees C" is 2 delta °C: a difference of two temperatures, not a temperature."""
    claims = extract("Sea temperatures rose by 2 degrees C over the decade.", "en_GB")
    assert [type(c) for c in claims] == [AbsoluteChangeClaim]
    (claim,) = claims
    assert (claim.amount, claim.direction) == (Amount.stated(2, "delta_degree_Celsius"), Direction.UP)


def test_level_of_temperature_stays_a_level() -> None:
    claims = extract("The thermometer showed 18 degrees at noon.", "en_GB")
    assert [(type(c), c.amount) for c in claims] == [(QuantityClaim, Amount.stated(18, "degree_Celsius"))]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("How do I convert - 20 degrees Fahrenheit to Celsius?", "en_US", [(Decimal(-20), "degree_Fahrenheit")]),
        ("The lake froze at − 12 °C overnight.", "en_GB", [(Decimal(-12), "degree_Celsius")]),
        ("The slope - 20 degrees - was steep.", "en_GB", [(Decimal(20), "degree")]),
        (
            "Scores ended 3 - 2 degrees Celsius apart.",
            "en_GB",
            [(Decimal(3), "dimensionless"), (Decimal(2), "degree_Celsius")],
        ),
        ("The squad - 20 players - flew home.", "en_GB", [(Decimal(20), "dimensionless")]),
    ],
)
def test_spaced_minus_before_a_written_scale(text: str, locale: str, expected: list[tuple[Decimal, str]]) -> None:
    """A minus with spaces either side is a sign only before a temperature whose scale is written out."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sample held at 34.9 centigrate.", [(Decimal("34.9"), "degree_Celsius")]),
        ("It hit 101 farenheit.", [(Decimal(101), "degree_Fahrenheit")]),
        ("It hit 101 degrees fahrenheight.", [(Decimal(101), "degree_Fahrenheit")]),
    ],
)
def test_misspelt_scales(text: str, expected: list[tuple[Decimal, str]]) -> None:
    """The scales' common misspellings are read as the scale."""
    assert expected == _read(text, "en_US")
