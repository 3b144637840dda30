"""Congressional Record audit, round 7: readings from the audit half of the Record."""

from __future__ import annotations

import pytest

from tests.readings import Reading as Read
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That has translated into 3.5 million lost manufacturing jobs in the last 5 years alone.",
            [("3.5 million", "3500000", "job", "job"), ("5 years", "5", "year", None)],
        ),
        ("We had 4 grown adult children.", [("4", "4", "person", "child")]),
        ("The plant cut 30 lost factory jobs.", [("30", "30", "job", "job")]),
    ],
)
def test_a_change_participle_and_a_modifier_open_what_a_number_counts(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the 30 jobs, 12 lost in May were never replaced.",
            [("30", "30", "job", "job"), ("12", "12", "job", "job")],
        ),
        ("Sales fell to 12 lost in the noise.", [("12", "12", "dimensionless", None)]),
    ],
)
def test_a_change_participle_before_no_counted_noun_opens_no_count(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On August 9, 2001, two United States citizens, Judith L. Greenbaum, 31, and Malka Roth, 15, were killed.",
            [("two", "2", "person", "citizen"), ("31", "31", "year", None), ("15", "15", "year", None)],
        ),
        (
            "Police named the two victims, John Smith, 45, and Mary Jane Doe, 40, on Monday.",
            [("two", "2", "person", "victim"), ("45", "45", "year", None), ("40", "40", "year", None)],
        ),
    ],
)
def test_names_of_more_words_with_ages_after_a_noun_for_people(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegates, New York, 41, and Nevada, 36, voted first.",
            [("41", "41", "dimensionless", None), ("36", "36", "year", None)],
        ),
        (
            "Two rooms, Hall B, 41, and Hall C, 36 seats.",
            [("Two", "2", "item", "room"), ("41", "41", "dimensionless", None), ("36", "36", "item", "seat")],
        ),
    ],
)
def test_names_of_more_words_after_no_noun_for_people_name_no_ages(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected
