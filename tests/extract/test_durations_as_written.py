"""Durations, rates per period and quarters as news writes them (issue 10, session 10).

Sentences written for these tests; each rule has sentences it applies to and look-alikes it must
leave alone, and each test pins the whole reading of its sentence (bare numbers included).
"""

from __future__ import annotations

import pytest

from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word naming the kind of year or day between the number and the unit
        ("A year on the moon lasts 27 Earth days.", [("27 Earth days", "27", "day", None)]),
        ("She filed returns for 12 tax years.", [("12 tax years", "12", "year", None)]),
        ("The plan covers 3 financial years.", [("3 financial years", "3", "year", None)]),
        ("The course lasts two academic years.", [("two academic years", "2", "year", None)]),
        # look-alikes: a length in light years, a count of things the word names
        ("The star lies 40 light years away.", [("40 light years", "40", "light_year", None)]),
        ("The 20 tax rises took effect.", [("20", "20", "dimensionless", None)]),
    ],
)
def test_a_kind_of_year_or_day_leaves_a_duration(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quarters of a year counted as periods: after a duration adjective, or after digits
        ("Output has grown for 9 consecutive quarters.", [("9 consecutive quarters", "9", "quarter", None)]),
        ("The firm made losses for five straight quarters.", [("five straight quarters", "5", "quarter", None)]),
        (
            "Sales fell in 2 of the last 6 quarters.",
            [("2", "2", "dimensionless", None), ("6 quarters", "6", "quarter", None)],
        ),
        # look-alikes: a fraction in words, quarters of a place, "a quarter" as a rate's period
        ("Three quarters of members agreed.", [("Three quarters", "75", "percent", None)]),
        ("The 4 quarters of the old town are walled.", [("4", "4", "item", "quarter")]),
        ("Fees rose to £30 a quarter.", [("£30 a quarter", "30", "GBP / quarter", None)]),
    ],
)
def test_quarters_of_a_year_are_a_unit_of_time(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate phrase right after what a measure or sum is of, or opening it hyphened
        (
            "The field yields 3 billion cubic metres of gas per year.",
            [("3 billion cubic metres", "3000000000", "cubic_metre / year", None)],
        ),
        ("The mill makes 200 tonnes of paper a week.", [("200 tonnes", "200", "tonne / week", None)]),
        ("The state pays $4 million of federal money a year.", [("$4 million", "4000000", "USD / year", None)]),
        (
            "Strikes halted 2 million barrels of per-day output.",
            [("2 million barrels", "2000000", "barrel / day", None)],
        ),
        # look-alikes: "a year" as a time, and no rate words at all
        ("The state paid $4 million of federal money a year ago.", [("$4 million", "4000000", "USD", None)]),
        ("The mill made 200 tonnes of paper.", [("200 tonnes", "200", "tonne", None)]),
        (
            "Two of the five days a week are free.",
            [("Two", "2", "dimensionless", None), ("five days a week", "5", "day / week", None)],
        ),
    ],
)
def test_a_rate_after_what_a_measure_is_of(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for each of N <units of time>" after a figure: a rate per that unit; the N units a duration
        (
            "The act grants $2 million for each of 5 years.",
            [("$2 million", "2000000", "USD / year", None), ("5 years", "5", "year", None)],
        ),
        (
            "The plan adds 400 nurses for each of the next 4 years.",
            [("400", "400", "person / year", "nurse"), ("4 years", "4", "year", None)],
        ),
        # look-alikes: each of a number of things, "in each of"
        ("It pays £500 for each of the schools.", [("£500", "500", "GBP", None)]),
        (
            "The fund paid $2 million in each of 5 years.",
            [("$2 million", "2000000", "USD", None), ("5 years", "5", "year", None)],
        ),
    ],
)
def test_a_figure_for_each_of_some_years_is_a_rate(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected
