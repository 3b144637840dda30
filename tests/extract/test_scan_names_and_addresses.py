"""Numbers that name things are no figures: categories, rounds, roll calls, resolutions, titles, addresses."""

from __future__ import annotations

import pytest

from factcheck._extract.scan.scanner import scan


def _written(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm became a category 2 hurricane with 100 mph winds.", ["100 mph"]),
        ("They lost in round 3 but won 4 matches.", ["4"]),
        ("The bill passed (rollcall 512) with 300 votes.", ["300"]),
        ("Under House Resolution 412, each side has 30 minutes.", ["30 minutes"]),
        ("It amends chapter 44 of title 21, United States Code.", []),
        ("Write to Orchard House 12 Market Street or call us.", []),
        ("Write to Carlton House 41 Pall Mall for 2 forms.", ["2"]),
        ("The patch took it from version 2.1 to 2.2 last May.", []),
        ("See sections 4 through 9 for the rules.", []),
    ],
)
def test_names_and_addresses_are_no_figures(text: str, expected: list[str]) -> None:
    """The numeral after a designator (and a bare one joined to it by "to", "and", "through") names something."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose by a round 20 percent.", ["20 percent"]),
        ("She won the title 5 times.", ["5"]),
        ("The White House 3 days ago said no.", ["3 days"]),
        ("Bills passed by 230-to-197 and 229-to-198.", ["230", "197", "229", "198"]),
        ("From section 3 to 40 percent of staff.", ["40 percent"]),
    ],
)
def test_figures_near_such_words_stay(text: str, expected: list[str]) -> None:
    """A round 20 percent is a figure; "the title 5 times" no title; a building number needs a street after it."""
    assert expected == _written(text)
