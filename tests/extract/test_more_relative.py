""" "N more who ...": more of what the count before counts, not a bare change."""

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
            "The flood drowned 300 farmers and an estimated half million more who lost their homes.",
            [
                ("300", "count", Decimal(300), "person"),
                ("an estimated half million", "count", Decimal(500000), "person"),
            ],
        ),
        (
            "The storm killed 12 people and injured 40 more who were taken to hospital.",
            [("12", "count", Decimal(12), "person"), ("40", "count", Decimal(40), "person")],
        ),
    ],
)
def test_more_before_who_counts_people(text: str, expected: list[tuple[str, str, Decimal, str]]) -> None:
    """ "who" after "N more" takes people: the number counts them, however far back the count before."""
    assert expected == _figures(text)


def test_more_before_that_stays_a_change() -> None:
    """ "that" after "more" may begin a time ("50 more that year"): the change stays."""
    assert [("50", "absolute_change", Decimal(50), "vehicle")] == [
        f for f in _figures("Dealers sold 500 cars, 50 more that year.") if f[0] == "50"
    ]
