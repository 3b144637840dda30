"""Non-figures read as counts and wrong units the value+unit gold found (issue 10), one rule each.

Sentences written for these tests; each rule has a sentence it applies to and one beside it
that it must leave alone. Each test pins the whole reading of its sentence.
"""

from __future__ import annotations

import pytest

from tests.readings import default_readings as _read


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
        ("The fleet added (2) ships this year.", [("2", "2", "boat", "ship")]),
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
        # 12 before noon or midnight is the hour; another number before them is a figure
        ("The polls shut at 12 midnight and the count began at 12 noon.", []),
        ("Police made 3 midnight raids.", [("3", "3", "item", "raid")]),
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
        # lives saved are not deaths: so many people
        ("The new screening saved 410 lives.", [("410", "410", "person", "life")]),
    ],
)
def test_lives_lost_are_deaths(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Congressional Record's mixed fraction, digits and a fraction between backslashes
        ("The senator spoke for 7\\1/2\\ minutes.", [("7\\1/2\\ minutes", "7.5", "minute", None)]),
        ("The levee stands \\3/4\\ mile from town.", [("3/4\\ mile", "0.75", "mile", None)]),
        ("Bond yields were 6\\1/4\\ percent.", [("6\\1/4\\ percent", "6.25", "percent", None)]),
        # a plain mixed fraction is read as before
        ("The senator spoke for 7 1/2 minutes.", [("7 1/2 minutes", "7.5", "minute", None)]),
    ],
)
def test_gpo_fractions(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text, "en_US") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Download PDF2.3MB or the XLSX41KB file.",
            [("2.3MB", "2.3", "megabyte", None), ("41KB", "41", "kilobyte", None)],
        ),
        # letters glued before digits with no unit after them name something
        ("The PDF2 draft and the G7 talks.", []),
    ],
)
def test_file_sizes_glued_after_a_format(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases were rising by over one 2,000 infections per week.",
            [("over one 2,000 infections per week", "2000", "case / week", "infection")],
        ),
        ("She bought one 500ml bottle.", [("one", "1", "item", "bottle"), ("500ml", "500", "millilitre", None)]),
    ],
)
def test_a_stray_one_before_a_figure(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Borrowing fell by about 0.8% of GDP a year.", [("about 0.8%", "0.8", "percent / year", None)]),
        ("The state spends 3% of GDP a year on roads.", [("3%", "3", "percent / year", None)]),
        # a growth rate keeps its period too, as blind4's "increased 10 percent annually" (percent / year)
        ("Wages rose 4% a year.", [("4% a year", "4", "percent / year", None)]),
        ("Debt reached 140% of GDP a year ago.", [("140%", "1.4", "dimensionless", None)]),
    ],
)
def test_percent_of_a_quantity_per_year(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The estimated annual net cost to councils has risen to £4.2 million (up from £3.9 million).",
            [("£4.2 million", "4200000", "GBP / year", None), ("£3.9 million", "3900000", "GBP / year", None)],
        ),
        ("The annual budget is £5m.", [("£5m", "5000000", "GBP / year", None)]),
        ("Their monthly rent was £900.", [("£900", "900", "GBP / month", None)]),
        # the adjective of another noun, or money that is no level of the subject
        ("The annual report cost £40,000 to print.", [("£40,000", "40000", "GBP", None)]),
        ("The annual budget, agreed in May, funds a £3m bridge.", [("£3m", "3000000", "GBP", None)]),
    ],
)
def test_a_rate_adjective_of_the_subject(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected
