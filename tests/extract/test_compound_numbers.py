"""Compound numbers and ranges read whole: "the one and a half million", "110, 120 miles"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract


def _figures(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(c.span.text, c.kind, c.amount.value, str(c.amount.unit)) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We remember the one and a half million sailors lost at sea.",
            [("one and a half million", "count", Decimal(1500000), "person")],
        ),
        (
            "The one and a quarter million voters in the region went to the polls.",
            [("one and a quarter million", "count", Decimal(1250000), "person")],
        ),
        (
            "It feeds the two and a half billion people of the plain.",
            [("two and a half billion", "count", Decimal(2500000000), "person")],
        ),
        ("The one million visitors came by train.", [("one million", "count", Decimal(1000000), "person")]),
        ("The one hundred days were over.", [("one hundred days", "duration", Decimal(100), "day")]),
    ],
)
def test_the_one_before_a_scale_word_is_a_number(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    """After "the", "one" going on to a scale word is a number, not the pronoun of "the one who"."""
    assert expected == _figures(text)


@pytest.mark.parametrize(
    "text",
    ["The one who left was not replaced.", "She is the one and only mayor.", "No one and nothing stopped her."],
)
def test_the_one_as_a_pronoun_stays_no_figure(text: str) -> None:
    """Without a scale word after it, "the one" stays a pronoun."""
    assert not _figures(text)


def _ranges(text: str) -> list[tuple[str, Decimal | None, Decimal | None, str]]:
    return [(c.span.text, c.amount.bounds.low, c.amount.bounds.high, str(c.amount.unit)) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wreck lies roughly 40, 50 kilometres offshore.", [("roughly 40, 50 kilometres", 40, 50, "kilometre")]),
        ("The farm is some 110, 120 miles from town.", [("some 110, 120 miles", 110, 120, "mile")]),
    ],
)
def test_two_hedged_numbers_side_by_side_are_a_range(
    text: str, expected: list[tuple[str, Decimal | None, Decimal | None, str]]
) -> None:
    """A hedge, a whole number, a comma and a higher one with a unit: one range, as "40 to 50 kilometres"."""
    assert [(t, Decimal(low), Decimal(high), u) for t, low, high, u in expected] == _ranges(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("In about 2004, 120 miles of track were laid.", "120 miles"),
        ("Crates of about 5, 12 kg each came in.", "12 kg"),
    ],
)
def test_far_apart_or_unhedged_numbers_stay_apart(text: str, written: str) -> None:
    """A second number twice the first or more is no range: "about 2004, 120 miles" is a year and a length."""
    claims = extract(text)
    assert written in [c.span.text for c in claims]
    assert not [c.span.text for c in claims if "," in c.span.text]


def test_a_range_ending_in_a_compound_duration_is_no_range() -> None:
    """ "Between 4 years and 6 years and 2 months": the high end is not 6 years, so no range of 4 to 6."""
    found = _ranges("Staff aged between 4 years and 6 years and 2 months from retiring may move.")
    expected = [("4 years", "year"), ("6 years", "year"), ("2 months", "month")]
    assert expected == [(t, u) for t, _, _, u in found]


def test_a_range_then_and_a_plain_number_stays_a_range() -> None:
    """ "Between 2 and 3 years and cost £5m": "and" after a range goes on with no duration."""
    found = _ranges("The works took between 2 and 3 years and cost £5m.")
    assert ("between 2 and 3 years", Decimal(2), Decimal(3), "year") == found[0]
