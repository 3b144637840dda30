"""'N times' and 'twice': occasions (a count of ``time``) unless a comparison makes them a multiple."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import CountClaim, RatioClaim, extract, units


def _times(text: str) -> list[tuple[str, str, Decimal, str, str | None]]:
    return [
        (c.span.text, c.kind, c.amount.value, str(c.amount.unit), getattr(c, "counted", None))
        for c in extract(text)
        if isinstance(c, CountClaim | RatioClaim)
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("She has won the title four times, more than any rival.", "four times", 4),
        ("The committee met 27 times in the year.", "27 times", 27),
        ("The bridge has been repaired 3 times since it opened.", "3 times", 3),
        ("He was named player of the season twice, in 2011 and 2015.", "twice", 2),
        ("The mayor was re-elected twice.", "twice", 2),
        ("She played 12 times as a substitute.", "12 times", 12),
    ],
)
def test_occasions_are_counts_of_time(text: str, written: str, value: int) -> None:
    """A whole N before the end of the clause or a word like "in", "since": how often, a count."""
    assert [(written, "count", Decimal(value), str(units.unit("item")), "time")] == _times(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She is a two-time world champion and a 12-time national title holder.",
            [("two-time", "count", Decimal(2), "item", "time"), ("12-time", "count", Decimal(12), "item", "time")],
        ),
        (
            "The three-time winner, a 4-time All-Star, retired.",
            [
                ("three-time", "count", Decimal(3), "item", "time"),
                ("4-time", "count", Decimal(4), "item", "time"),
            ],
        ),
        ("The 2.5-time limit is new.", []),  # not whole: no count of occasions
        ("It ran in real time for two hours.", []),  # no number before the hyphen
    ],
)
def test_hyphened_occasions_are_counts_of_time(
    text: str, expected: list[tuple[str, str, Decimal, str, str | None]]
) -> None:
    """A whole N hyphened to "time" before a noun counts occasions: "a two-time champion"."""
    assert expected == _times(text)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("Rents are five times as high as in 1990.", "five times", "5"),
        ("Smokers were three times more likely to fall ill.", "three times", "3"),
        ("The new hall is twice the size of the old one.", "twice", "2"),
        ("The planet is 2.5 times the mass of Earth.", "2.5 times", "2.5"),
        ("The fine can reach four times market value.", "four times", "4"),
        ("It is three times as far from the coast.", "three times", "3"),
        ("Debt rose to five times.", "five times", "5"),
    ],
)
def test_multiples_stay_ratios(text: str, written: str, value: str) -> None:
    """A comparison after the times word, or anything but an occasion word, keeps a multiple."""
    assert [(written, "ratio", Decimal(value), "dimensionless", None)] == _times(text)


def test_occasions_within_occasions_are_parts() -> None:
    """In "18 times, including four times as Captain", the four occasions are part of the 18."""
    found = _times("He played for England 18 times, including four times as Captain of the side.")
    assert [("18 times", "count", Decimal(18)), ("four times", "count", Decimal(4))] == [f[:3] for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each return covers the one-year period to March.", [("one-year", "duration", Decimal(1), "year")]),
        ("She ran the one-mile course.", [("one-mile", "quantity", Decimal(1), "mile")]),
        ("The one who left was not replaced.", []),
    ],
)
def test_the_one_before_a_hyphened_unit_is_a_number(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    """In "the one-year period" one is a number; in "the one who" a pronoun."""
    assert expected == [(c.span.text, c.kind, c.amount.value, str(c.amount.unit)) for c in extract(text)]
