"""extract(): a noun before a unit of length or time makes a compound measure in that unit.

"vehicle miles", "passenger kilometres", "person-hours", "man-days" (``measure_modifier_nouns``)
are measures in miles, kilometres, hours and days, not counts of vehicles, passengers or people.
"""

from __future__ import annotations

import pytest

from factcheck._decimal import plain
from factcheck._extract import extract
from factcheck._extract.scan.scanner import scan
from tests.readings import Noted as Row
from tests.readings import noted_kinds


def _read(text: str) -> list[Row]:
    """Kind, text, value, unit and counted noun of each claim in ``text``."""
    return noted_kinds(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lorries covered 18.2 billion vehicle miles on the network.",
            [("quantity", "18.2 billion vehicle miles", "18200000000", "mile", None)],
        ),
        (
            "The line carried 64 million passenger kilometres in its first year.",
            [("quantity", "64 million passenger kilometres", "64000000", "kilometre", None)],
        ),
        (
            "Volunteers gave 3,400 person-hours to the survey.",
            [("duration", "3,400 person-hours", "3400", "hour", None)],
        ),
        ("The refit took 250 man-days.", [("duration", "250 man-days", "250", "day", None)]),
        ("The ward recorded 9,800 bed days.", [("duration", "9,800 bed days", "9800", "day", None)]),
    ],
)
def test_noun_before_a_unit_is_a_compound_measure(text: str, expected: list[Row]) -> None:
    """A listed noun between a number and a unit of length or time leaves the unit as the figure's."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 45 vehicles drove 9,000 miles.",
            [("count", "45", "45", "vehicle", "vehicle"), ("quantity", "9,000 miles", "9000", "mile", None)],
        ),
        ("Officers detained one man days after the march.", [("count", "one", "1", "person", "man")]),
        ("Officers detained one man hours later.", [("count", "one", "1", "person", "man")]),
        ("The fleet has 30 vehicles.", [("count", "30", "30", "vehicle", "vehicle")]),
    ],
)
def test_counts_of_the_noun_stay_counts(text: str, expected: list[Row]) -> None:
    """A plural noun, a word of time or place after the unit, or "one" before a plural unit leave a count."""
    assert expected == _read(text)


def test_compound_measure_scans_as_the_unit() -> None:
    """The scanner gives the measure's unit and spans the noun and the unit."""
    text = "about 7 seat miles"
    (figure,) = scan(text)
    actual = (plain(figure.amount.value), str(figure.amount.unit), text[figure.number_start : figure.end])
    expected = ("7", "mile", "7 seat miles")
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "The port handled 12 billion tonne-kilometres of cargo.",
            "en_GB",
            [("quantity", "12 billion tonne-kilometres", "12000000000", "kilometre * tonne", None)],
        ),
        (
            "Barges logged 2.5 billion ton-miles.",
            "en_US",
            [("quantity", "2.5 billion ton-miles", "2500000000", "mile * ton", None)],
        ),
    ],
)
def test_mass_hyphened_to_a_length_is_their_product(text: str, locale: str, expected: list[Row]) -> None:
    """A mass unit hyphened to a length ("tonne-kilometres") is the product of the two."""
    actual = [
        (c.kind, c.span.text if c.span is not None else "", plain(c.amount.value), str(c.amount.unit), None)
        for c in extract(text, locale)
    ]
    assert expected == actual


def test_mass_before_a_hyphened_noun_stays_a_mass() -> None:
    """Only a unit of length after the hyphen makes a product: "a 44 tonne-lorry" is tonnes."""
    expected = [("quantity", "44 tonne", "44", "tonne", None)]
    assert expected == _read("It was a 44 tonne-lorry.")
