"""A span a figure accumulates over, or a period written as a length, is a duration claim too.

"$35 billion over the next 5 years": the money's ``over`` is 5 years, and "5 years" is a claim of
its own, as a value+unit reader counts it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from factcheck import Amount, extract
from tests.readings import spanned_kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council will spend £2m over the next 4 years.",
            [("money", "£2m", "2000000", "GBP"), ("duration", "4 years", "4", "year")],
        ),
        (
            "Grants were capped at £3,000 over a 2 year period.",
            [("money", "£3,000", "3000", "GBP"), ("duration", "2 year", "2", "year")],
        ),
        (
            "Over six months, that came to 900 referrals.",
            [("duration", "six months", "6", "month"), ("count", "900", "900", "item")],
        ),
        (  # a period written as a length: the period of the change, and a duration
            "Output fell 1.2% in the three months to May.",
            [("relative_change", "1.2%", "1.2", "percent"), ("duration", "three months", "3", "month")],
        ),
        (  # an adjective between the number and its unit of time
            "The river flooded the valley for 3 consecutive years.",
            [("duration", "3 consecutive years", "3", "year")],
        ),
        (
            "The talks ran for two more days.",
            [("duration", "two more days", "2", "day")],
        ),
    ],
)
def test_spans_and_periods_are_durations(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert expected == spanned_kinds(text, bare_numbers=False)


def test_the_span_is_still_the_totals_over() -> None:
    """The duration claim is kept beside the money's ``over``, not instead of it."""
    money = extract("The council will spend £2m over the next 4 years.")[0]
    assert Amount.stated(4, "year") == money.over


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "over the year": one unit of time, not a figure
            "The bill rose by £200 over the year.",
            [("absolute_change", "£200", "200", "GBP")],
        ),
        (  # "consecutive" before a noun that is no unit of time: a count
            "The club won 3 consecutive titles.",
            [("count", "3", "3", "item")],
        ),
    ],
)
def test_no_duration_without_a_length_of_time(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert expected == spanned_kinds(text, bare_numbers=False)
