"""The scanner on physical quantities: pounds of weight, fractions with a unit, two-part measures, powers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import units
from factcheck._extract import extract
from factcheck._extract.scan.scanner import scan
from factcheck._interval import Interval
from tests.readings import figure_units as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pumpkin weighs 95 pounds.", [("95 pounds", Decimal(95), "pound")]),
        ("Her weight fell to 130 pounds.", [("130 pounds", Decimal(130), "pound")]),
        ("He shed 40 pounds before the fight.", [("40 pounds", Decimal(40), "pound")]),
        ("She gained nearly 12 pounds over the winter.", [("nearly 12 pounds", Decimal(12), "pound")]),
        ("Doctors told him to put on 15 pounds.", [("15 pounds", Decimal(15), "pound")]),
        ("The newborn was just over three pounds.", [("just over three pounds", Decimal(3), "pound")]),
        ("A tonne is about 2,205 pounds.", [("about 2,205 pounds", Decimal(2205), "pound")]),
        ("At birth she was 6 pounds 9 ounces.", [("6 pounds 9 ounces", Decimal(105), "ounce")]),
    ],
)
def test_pounds_of_weight(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """ "pounds" in a sentence about weight, with no money in it, is the mass unit."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tickets cost 40 pounds each.", [("40 pounds", Decimal(40), "GBP")]),
        ("He lost 40 pounds on a bet.", [("40 pounds", Decimal(40), "GBP")]),
        ("The charity lost 40 million pounds.", [("40 million pounds", Decimal("4E+7"), "GBP")]),
        ("He weighed his options and paid 40 pounds.", [("40 pounds", Decimal(40), "GBP")]),
        ("She won 40 pounds in the raffle.", [("40 pounds", Decimal(40), "GBP")]),
        (
            "The scales weigh 3 pounds and cost £40.",
            [("3 pounds", Decimal(3), "GBP"), ("£40", Decimal(40), "GBP")],
        ),
    ],
)
def test_pounds_of_money(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """ "pounds" stays sterling with money in its sentence, with a scale, or with no weight cue."""
    assert expected == _read(text)


def test_weight_pounds_are_a_quantity_claim() -> None:
    """A weight in pounds becomes a quantity claim, not money."""
    claim = extract("The pumpkin weighs 95 pounds.")[0]
    assert ("quantity", Decimal(95), units.unit("pound")) == (claim.kind, claim.amount.value, claim.amount.unit)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("le bébé pèse sept livres", "fr_FR", [("sept livres", Decimal(7), "pound")]),
        ("quiere bajar 20 libras", "es_ES", [("20 libras", Decimal(20), "pound")]),
        ("Der Kürbis wiegt 90 Pfund", "de_DE", [("90 Pfund", Decimal(90), "pound")]),
        ("Er zahlte 90 Pfund", "de_DE", [("90 Pfund", Decimal(90), "GBP")]),
    ],
)
def test_pounds_of_weight_in_other_languages(text: str, locale: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """French, Spanish and German pounds follow the same weight rule."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 1/4 mile track", [("1/4 mile", Decimal("0.25"), "mile")]),
        ("a ¾ mile loop", [("¾ mile", Decimal("0.75"), "mile")]),
        ("a quarter-mile sprint", [("a quarter-mile", Decimal("0.25"), "mile")]),
        ("three quarters of a mile away", [("three quarters of a mile", Decimal("0.75"), "mile")]),
        ("half a mile from the coast", [("half a mile", Decimal("0.5"), "mile")]),
        ("rates rose by half a percentage point", [("half a percentage point", Decimal("0.5"), "percentage_point")]),
        ("a cut of 1/2 percent", [("1/2 percent", Decimal("0.5"), "percent")]),
        ("a quarter of a litre", [("a quarter of a litre", Decimal("0.25"), "litre")]),
        ("un circuit de 1/4 de mile", [("1/4 de mile", Decimal("0.25"), "mile")]),
    ],
)
def test_fractions_with_a_unit_are_quantities(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """A fraction written with a unit is that part of the unit, not a share."""
    locale = "fr_FR" if text.startswith("un ") else "en_GB"
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half of the voters", [("half", Decimal(50), "percent")]),
        ("one in five miles of road", [("one in five miles", Decimal(20), "percent")]),
        ("she waited half an hour", []),
        ("in the first half a mile was lost", []),
    ],
)
def test_fractions_without_a_unit_stay_shares(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Fractions of a group, ratios and "half an hour" keep their earlier readings."""
    assert expected == _read(text)


def test_a_third_of_a_mile_keeps_the_library_digits() -> None:
    """A fraction with no exact decimal is divided in the library's 34-digit context."""
    assert [("a third of a mile", Decimal("0.3333333333333333333333333333333333"), "mile")] == _read(
        "a third of a mile"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she is 5 ft 4 in", [("5 ft 4 in", Decimal(64), "inch")]),
        ("a 6ft 3in lock forward", [("6ft 3in", Decimal(75), "inch")]),
        ("the gap was 10 feet and 7 inches", [("10 feet and 7 inches", Decimal(127), "inch")]),
        ("he stands six foot two.", [("six foot two", Decimal(74), "inch")]),
        ("he is 6ft 1, and quick", [("6ft 1", Decimal(73), "inch")]),
        ("a fish of 9 lb 12 oz", [("9 lb 12 oz", Decimal(156), "ounce")]),
        ("the baby was 7lb 3oz", [("7lb 3oz", Decimal(115), "ounce")]),
        ("he fought at 12 st 6 lb", [("12 st 6 lb", Decimal(174), "pound")]),
        ("he fought at 12st 6lb", [("12st 6lb", Decimal(174), "pound")]),
        ("a height of 5 ft 2.5 in", [("5 ft 2.5 in", Decimal("62.5"), "inch")]),
    ],
)
def test_two_part_measures(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Imperial measures in two parts are one figure in the smaller unit, summed exactly."""
    assert expected == _read(text)


def test_two_part_measure_is_stated_to_the_smaller_unit() -> None:
    """ "5 ft 4 in" is stated to the inch: bounds half an inch each side."""
    amount = scan("she is 5 ft 4 in")[0].amount
    assert Interval(Decimal("63.5"), Decimal("64.5"), high_closed=False) == amount.bounds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 feet 13 inches", [("5 feet", Decimal(5), "foot"), ("13 inches", Decimal(13), "inch")]),
        ("9 lb 20 oz", [("9 lb", Decimal(9), "pound"), ("20 oz", Decimal(20), "ounce")]),
        ("the wall is 6 ft, 2 in front", [("6 ft", Decimal(6), "foot"), ("2", Decimal(2), "dimensionless")]),
        ("between 5 ft and 6.", [("between 5 ft and 6", Decimal("5.5"), "foot")]),
        ("a room of 200 ft2", [("200 ft", Decimal(200), "foot")]),
        ("finished 11st of 20", [("20", Decimal(20), "dimensionless")]),
        ("6 ft 2% of the time", [("6 ft", Decimal(6), "foot"), ("2%", Decimal(2), "percent")]),
    ],
)
def test_not_two_part_measures(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Parts too large, parts after a comma or "and" with no unit, and ordinals are not fused."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a rope of 12 m 2 dm", [("12 m", Decimal(12), "metre"), ("2 dm", Decimal(2), "decimetre")]),
        ("a 70 m2 flat", [("70 m2", Decimal(70), "square_metre")]),
        ("a 70m2 flat", [("70m2", Decimal(70), "square_metre")]),
        ("a 70 m² flat", [("70 m²", Decimal(70), "square_metre")]),
        ("a park of 30 km2", [("30 km2", Decimal(30), "square_kilometre")]),
        ("a £70m2 deal", [("£70m", Decimal("7E+7"), "GBP")]),
        ("a tank of 500m3", [("500m3", Decimal(500), "cubic_metre")]),
        ("a 1,600cm3 engine", [("1,600cm3", Decimal(1600), "cubic_centimetre")]),
        ("it ran 5 m 3 times", [("5 m", Decimal(5), "metre"), ("3", Decimal(3), "dimensionless")]),
    ],
)
def test_powers_touch_their_unit(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """A power digit counts only glued to its unit; apart, it begins the next number."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it boils at 100° Celsius", [("100° Celsius", Decimal(100), "degree_Celsius")]),
        ("it was 31ºC at noon", [("31ºC", Decimal(31), "degree_Celsius")]),
        ("a high of 95 degrees farenheit", [("95 degrees farenheit", Decimal(95), "degree_Fahrenheit")]),
        ("a low of 4 celcius", [("4 celcius", Decimal(4), "degree_Celsius")]),
        ("a three-ton truck", [("three-ton", Decimal(3), "tonne")]),
        ("a 2 L bottle", [("2 L", Decimal(2), "litre")]),
        ("a reserve of 40 sq. miles", [("40 sq. miles", Decimal(40), "square_mile")]),
        ("a 300 sq yd plot", [("300 sq yd", Decimal(300), "square_yard")]),
    ],
)
def test_unit_forms(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Degree signs before a scale name, two common misspellings, "ton", the litre symbol "L", "sq." areas."""
    assert expected == _read(text)
