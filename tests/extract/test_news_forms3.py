"""Ranges of ages after "by", hedged scales, signs and names real news writes (round 3).

Sentences written for these tests; each pins the whole reading of its sentence, and each rule has
sentences on both sides of it.
"""

from __future__ import annotations

import pytest

from tests.readings import range_readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after "by", a dash range of ages is one range of ages
            "The study counted injuries by 12–17 year olds in 2010.",
            [("12–17 year", "12..17", "year", None)],
        ),
        (
            "The study counted injuries by 12-17 year-olds.",
            [("12-17 year", "12..17", "year", None)],
        ),
        (
            "The study counted injuries by 12 to 17 year olds.",
            [("12 to 17 year", "12..17", "year", None)],
        ),
        (  # no age noun: "by X to Y" is still a change, then the new level
            "The wait grew by 12 to 17 years.",
            [("12", "12", "year", None), ("17 years", "17", "year", None)],
        ),
    ],
)
def test_ranges_of_ages_after_by(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)
