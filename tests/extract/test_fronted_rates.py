""" "Each year, N ...": a distributive time phrase opening the sentence makes the figure after it a rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import extract


def _figures(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [(c.span.text, c.kind, c.amount.value, str(c.amount.unit)) for c in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Each year, 4,000 cyclists are hurt on the roads.", [("4,000", "rate", Decimal(4000), "person / year")]),
        (
            "Quarries are risky. Every month, about 30 miners fall ill.",
            [("about 30", "rate", Decimal(30), "person / month")],
        ),
    ],
)
def test_a_fronted_each_year_makes_a_rate(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    """ "Each year," opening the sentence, then the figure at once: a count per year."""
    assert expected == _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met twice and each year, 300 people came.", [("300", "count", Decimal(300), "person")]),
        ("Each year, the council hires 40 wardens.", [("40", "count", Decimal(40), "person")]),
    ],
)
def test_each_year_elsewhere_leaves_a_count(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    """Not at the sentence's opening, or not right before the figure: no rate from it."""
    assert expected == [f for f in _figures(text) if f[0] == expected[0][0]]
