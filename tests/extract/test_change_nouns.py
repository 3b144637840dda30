"""An absolute change of a count says what it counts (issue 10), as a count does."""

from __future__ import annotations

import io
import json
import sys

import pytest

from factcheck import extract
from factcheck._decimal import plain
from factcheck.cli import main


def _changes(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (c.kind, plain(c.amount.value), str(c.amount.unit), getattr(c, "counted", None))
        for c in extract(text, locale="en_GB")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Greens gained 13 seats at the election.", [("absolute_change", "13", "item", "seat")]),
        ("The new stadium has 9,000 more seats.", [("absolute_change", "9000", "item", "seat")]),
        ("The town has 50,000 more women than men.", [("absolute_change", "50000", "person", "woman")]),
        ("The mill cut the workforce by 300 staff.", [("absolute_change", "300", "person", "staff")]),
        ("Police said it fell by 1,200 arrests.", [("absolute_change", "1200", "item", "arrest")]),
    ],
)
def test_change_of_a_count_names_its_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "gained 13 seats", "50,000 more women than men": the change counts seats, women."""
    assert expected == _changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spending rose by £2bn in the year.", [("absolute_change", "2000000000", "GBP", None)]),
        ("The river rose by 3 metres overnight.", [("absolute_change", "3", "metre", None)]),
    ],
)
def test_change_of_money_or_a_unit_counts_nothing(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A change in money or in a unit has no counted noun."""
    assert expected == _changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from a Wikinews interview
        (
            "But I do remember I scored eight wins and one loss.",
            [("count", "8", "item", "win"), ("count", "1", "item", "loss")],
        ),
        ("They have 2 wins and 1 loss.", [("count", "2", "item", "win"), ("count", "1", "item", "loss")]),
        # look-alikes: a larger number before the singular, a unit, a comparative
        ("It made a 107 million loss.", [("absolute_change", "107000000", "dimensionless", None)]),
        ("It had a 5% loss.", [("relative_change", "5", "percent", None)]),
        ("They reported one more case.", [("absolute_change", "1", "case", "case")]),
    ],
)
def test_one_before_a_singular_change_noun_counts_it(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "one loss" counts losses, as "two losses" does; "a 107 million loss" is the size of a loss."""
    assert expected == _changes(text)


def test_jsonl_carries_the_change_noun(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``factcheck extract --format jsonl`` writes ``counted`` for an absolute change too."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"The Greens gained 13 seats."), encoding="utf-8"))
    code = main(["extract", "-", "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = (0, [("absolute_change", "13", "seat")])
    assert expected == (code, [(r["kind"], r["value"], r["counted"]) for r in records])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The depot holds 4,210 up-armored trucks.", [("count", "4210", "vehicle", "truck")]),
        ("Tenants paid 350 up-front deposits.", [("count", "350", "item", "deposit")]),
        ("The gunners fired 240 down-range shells.", [("count", "240", "item", "shell")]),
        ("The label signed 12 up-and-coming bands.", [("count", "12", "item", "band")]),
    ],
)
def test_up_or_down_hyphened_to_a_word_is_no_change(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "up-armored", "up-front" (``compound_particles``): the particle opens a compound adjective
    of the counted noun and says nothing rose or fell."""
    assert expected == _changes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orders were 1,400 up on last year.", [("absolute_change", "1400", "dimensionless", None)]),
        ("Profits were 6% down on the year.", [("relative_change", "6", "percent", None)]),
        ("Shares closed 2% up - a record.", [("relative_change", "2", "percent", None)]),
    ],
)
def test_up_or_down_alone_after_a_figure_is_still_a_change(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert expected == _changes(text)
