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
        ("Of the 30 jobs, 12 lost in May were never replaced.", [("30", "30", "job", "job"), ("12", "12", "job", "job")]),
        ("Sales fell to 12 lost in the noise.", [("12", "12", "dimensionless", None)]),
    ],
)
def test_a_change_participle_before_no_counted_noun_opens_no_count(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected
