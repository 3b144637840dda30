"""Counts, ages and levels that leave out their noun, as real news writes them (round 3).

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery bought the nine paintings on show \u2014 four abstract, three portraits and two small-scale.",
            [
                ("nine", "9", "item", "painting"),
                ("four", "4", "item", "painting"),
                ("three", "3", "item", "portrait"),
                ("two", "2", "item", "painting"),
            ],
        ),
        (
            "The district runs 30 schools \u2014 12 primary, 18 secondary.",
            [("30", "30", "item", "school"), ("12", "12", "item", "school"), ("18", "18", "item", "school")],
        ),
        (
            # the members add up to more than the whole: no list of its parts
            "The club owns six boats \u2014 five electric, and four with sails.",
            [("six", "6", "boat", "boat"), ("five", "5", "dimensionless", None), ("four", "4", "dimensionless", None)],
        ),
        (
            # no dash or colon opens a list after the whole
            "The club owns six boats and two electric, said the owner.",
            [("six", "6", "boat", "boat"), ("two", "2", "dimensionless", None)],
        ),
    ],
)
def test_adjective_members_count_the_whole(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A number with only an adjective after it, in a list opened after a counted whole, counts the whole's noun."""
    assert expected == _read(text)
