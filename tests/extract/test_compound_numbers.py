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
