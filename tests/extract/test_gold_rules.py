"""Non-figures read as counts and wrong units the value+unit gold found (issue 10), one rule each.

Sentences written for these tests; each rule has a sentence it applies to and one beside it
that it must leave alone. Each test pins the whole reading of its sentence.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._decimal import plain


def _read(text: str, locale: str = "en_GB") -> list[tuple[str, str, str, str | None]]:
    """Each claim as (text, value, unit, counted noun)."""
    return [
        (
            c.span.text if c.span else "",
            plain(c.amount.value),
            str(c.amount.unit) or "dimensionless",
            getattr(c, "counted", None),
        )
        for c in extract(text, locale=locale)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a footnote mark glued to the word after it, as GOV.UK's notes number their entries
        ("[8]Electric vans include 40 hybrids.", [("40", "40", "item", "hybrid")]),
        ("[9]https://www.example.org/tables/2019 lists 12 ferries.", [("12", "12", "item", "ferry")]),
        # glued to neither side, brackets around a figure stay a figure
        ("In all, [about 5,000] firms traded.", [("about 5,000", "5000", "item", "firm")]),
    ],
)
def test_footnote_marks_glued_after(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's number in brackets opening its line or paragraph, with no sibling in reach
        ("The committee finds:\n(1) The rivers of the valley feed 30 farms.", [("30", "30", "item", "farm")]),
        ("(4) Members of the board shall serve 2 years.", [("2 years", "2", "year", None)]),
        # inside a line, a bracketed number with no sibling is a figure
        ("The fleet added (2) ships this year.", [("2", "2", "boat", None)]),
    ],
)
def test_enumerators_opening_a_line(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a round number in digits before "series" or "class" names a range of models or rules
        ("- 6000 series (ENG)\n- 7000 series (SAF)", []),
        ("The 800 class trains were withdrawn.", []),
        # not round, or written with a separator: so many of them
        ("The network screened 14 series of the quiz.", [("14", "14", "item", "series")]),
        ("She ran the 2,000 series of tests.", [("2,000", "2000", "item", "series")]),
    ],
)
def test_round_numbers_naming_a_series(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hour and minutes of a clock time are no figures
        ("The Senate rose (at 11 o'clock and 42 minutes p.m.) and met again.", []),
        ("We will vote at 3 o'clock on the bill.", []),
        # a duration after a clock time stays a duration
        ("The hearing opened at 9 o'clock and lasted 40 minutes.", [("40 minutes", "40", "minute", None)]),
    ],
)
def test_clock_times(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each 5 percentage-point rise in the jobless rate cut sales.",
            [("5 percentage-point", "5", "percentage_point", None)],
        ),
        ("The rate rose 2 percentage-points.", [("2 percentage-points", "2", "percentage_point", None)]),
        ("The rate rose 2 percent.", [("2 percent", "2", "percent", None)]),
    ],
)
def test_hyphenated_percentage_points(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The famine claimed 8,200 lives in the province.", [("8,200", "8200", "death", "life")]),
        ("The fires cost at least 31 lives.", [("at least 31", "31", "death", "life")]),
        ("Some 260 lives were lost at sea.", [("Some 260", "260", "death", "life")]),
        # lives saved are not deaths
        ("The new screening saved 410 lives.", [("410", "410", "item", "life")]),
    ],
)
def test_lives_lost_are_deaths(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected
