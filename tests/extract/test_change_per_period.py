"""A relative change or growth rate stated per period keeps its denominator (issue 10, rates per anything).

"has increased 10 percent annually" is ``percent / year``, as "$60 million annually" is ``USD / year``;
an adjective before the change ("an annual rise of 5%") names the year-on-year change, a percent, as
the gold reads "annual growth of 1.7%". Sentences written for these tests; each pins the whole reading.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from factcheck import extract
from factcheck._decimal import plain


def _read(text: str) -> list[tuple[str, str, str, str, str | None]]:
    """Text, value, unit, kind and direction of each claim of ``text``."""
    return [
        (
            c.span.text if c.span is not None else "",
            plain(c.amount.value),
            str(c.amount.unit),
            c.kind,
            getattr(c, "direction", None) and c.direction.value,
        )
        for c in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Membership has increased 10 percent annually.",
            [("10 percent annually", "10", "percent / year", "relative_change", "up")],
        ),
        ("Fares rose 4% a year.", [("4% a year", "4", "percent / year", "relative_change", "up")]),
        (
            "Costs climbed 3 percent per annum.",
            [("3 percent per annum", "3", "percent / year", "relative_change", "up")],
        ),
        ("Catches fell 6% per year.", [("6% per year", "6", "percent / year", "relative_change", "down")]),
        ("Exports grew 2% a month.", [("2% a month", "2", "percent / month", "relative_change", "up")]),
        ("Rents went up by 2-3% per year.", [("2-3% per year", "2.5", "percent / year", "relative_change", "up")]),
        # a growth rate written with its sign after "at": the rate itself, per year
        ("Output will grow at -1.5% annually.", [("-1.5% annually", "-1.5", "percent / year", "rate", None)]),
    ],
)
def test_a_change_per_period_keeps_its_period(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjective names the year-on-year change: a percent
        ("An annual rise of 5% is expected.", [("5%", "5", "percent", "relative_change", "up")]),
        ("Annual growth of 1.7% was recorded.", [("1.7%", "1.7", "percent", "relative_change", "up")]),
        # "a year" as a time, not a rate
        ("Fares rose 4% a year earlier.", [("4%", "4", "percent", "relative_change", "up")]),
        ("Fares rose 4% in a year.", [("4%", "4", "percent", "relative_change", "up")]),
        # a level is no change: its percent stays
        ("Inflation was 2.3% a year ago.", [("2.3%", "2.3", "percent", "share", None)]),
        # a share of a flow changed: a change in its own unit, not relative
        (
            "Borrowing fell by 0.8% of GDP a year.",
            [("0.8%", "0.8", "percent / year", "absolute_change", "down")],
        ),
    ],
)
def test_look_alikes_keep_their_reading(text: str, expected: list[tuple[str, str, str, str, str | None]]) -> None:
    assert _read(text) == expected


def test_the_jsonl_carries_the_period() -> None:
    """The CLI's jsonl writes the unit with its period and the figure with its rate words."""
    out = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", "-", "--format", "jsonl"],
        input="Fares rose 4% a year.",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    record = json.loads(out.splitlines()[0])
    assert (record["text"], record["kind"], record["value"], record["unit"], record["direction"]) == (
        "4% a year",
        "relative_change",
        "4",
        "percent / year",
        "up",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Student borrowing has grown at an average rate of 22 percent per year since 1990.",
            [("22 percent per year", "22", "percent / year", "rate", None)],
        ),
        (
            "Our service industries are growing at a rate of nearly 3% a year on average.",
            [("nearly 3% a year", "3", "percent / year", "rate", None)],
        ),
        (
            "Interest accrues at a rate of 6 percent per annum.",
            [("6 percent per annum", "6", "percent / year", "rate", None)],
        ),
    ],
)
def test_a_percentage_after_rate_of_keeps_the_period_after_it(
    text: str, expected: list[tuple[str, str, str, str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no period right after it, a period that is no rate's, or a percentage of a part: a percent
        ("Unemployment is at a rate of 5 percent.", [("5 percent", "5", "percent", "share", None)]),
        ("The unemployment rate of 5 percent a year ago was lower.", [("5 percent", "5", "percent", "share", None)]),
        ("They leave at a rate of 20% of staff a year.", [("20%", "20", "percent", "share", None)]),
    ],
)
def test_a_percentage_after_rate_of_without_a_period_stays_a_percent(
    text: str, expected: list[tuple[str, str, str, str, str | None]]
) -> None:
    assert _read(text) == expected
