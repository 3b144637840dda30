"""Units with a slash and a power, a unit beside a time of day, and turns that are counted (issue 10)."""

from __future__ import annotations

import pytest

from factcheck._extract import extract
from factcheck._extract.scan.scanner import scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new cell delivered 0.8 A/cm2 and panels get 340 W/m2 of sunlight.",
            [("0.8 A/cm2", "ampere / centimetre ** 2"), ("340 W/m2", "watt / metre ** 2")],
        ),
        (
            "Its foam weighs 32 kg/m3 and the alloy 4.5 g/cm3, or 4.5 g/cm³.",
            [
                ("32 kg/m3", "kilogram / metre ** 3"),
                ("4.5 g/cm3", "gram / centimetre ** 3"),
                ("4.5 g/cm³", "gram / centimetre ** 3"),
            ],
        ),
        (
            "Tests found 40 µg/L of lead and 6 mmol/L of glucose.",
            [("40 µg/L", "microgram / litre"), ("6 mmol/L", "millimole / litre")],
        ),
        ("Farms lose 3 kg/m2/year of soil.", [("3 kg/m2/year", "kilogram / metre ** 2 / year")]),
        ("Winds reached 90 km/h.", [("90 km/h", "kilometre_per_hour")]),
    ],
)
def test_units_per_units_with_a_slash(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)]


def test_a_lone_letter_before_a_slash_is_no_unit_without_one_after() -> None:
    text = "They ran 12 A/B tests."
    assert [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)] == [("12", "dimensionless")]


def test_a_unit_after_a_time_of_day() -> None:
    """Two o'clock ("2 pm") is no figure; the picometres after it are read all the same."""
    text = "She said: 2 pm is 2 picometer"
    assert [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)] == [("2 picometer", "picometre")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rookie got 14 turns at bat.", [("count", "14", "item", "turn")]),
        ("Give the lid a quarter turn.", [("quantity", "0.25", "turn", None)]),
        ("It needs 2.5 turns to open.", [("quantity", "2.5", "turn", None)]),
        ("Rotate the knob 3 turns.", [("quantity", "3", "turn", None)]),
    ],
)
def test_turns_are_an_angle_only_when_something_turns(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """A whole number of turns counts them, unless the sentence turns a thing; a fraction is an angle."""
    got = [(c.kind, str(c.amount.value), str(c.amount.unit), getattr(c, "counted", None)) for c in extract(text)]
    assert expected == got
