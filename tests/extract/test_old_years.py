"""Years before 1900, read as years only where their context says so.

"in 1805", "since 1823", "July 26, 1805", "March 1852", "from 1855 to 1880" are periods, no
figures (bare numbers before); "in 1500 cases", "rose from 1500 to 1800 troops", "a population of
1500" stay figures: a counted noun after, or no word of time before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import Period, extract
from factcheck._extract.text.periods import find_periods
from factcheck._extract.text.wordindex import WordIndex


def _periods(text: str) -> list[Period | None]:
    return [d.period for d in find_periods(WordIndex(text), "en_US")]


def _bare(text: str) -> list[tuple[str, str]]:
    return [
        (c.span.text if c.span is not None else "", str(c.amount.unit) or "dimensionless")
        for c in extract(text, locale="en_US", bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brumidi was born in Italy in 1805 and he worked as an artist.", [Period.year(1805)]),
        ("This is the longest period of time since 1823 when we have not had a vacancy.", [Period.year(1823)]),
        ("On July 26, 1805, Constantino Brumidi was born in Rome.", [Period.day(dt.date(1805, 7, 26))]),
        ("He arrived in March 1852 from Italy.", [Period(dt.date(1852, 3, 1), dt.date(1852, 3, 31))]),
        ("who spent some 25 years, from 1855 to 1880, painting the Capitol", [Period.years(1855, 1880)]),
        ("Between 1850 and 1860 the city grew.", [Period.years(1850, 1860)]),
    ],
)
def test_years_before_1900_in_a_context_of_time_are_periods(text: str, expected: list[Period]) -> None:
    assert _periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1500 cases the test failed.", [("1500", "case")]),
        ("It rose from 1500 to 1800 troops.", [("1500", "person"), ("1800", "person")]),
        ("It has a population of 1500.", [("1500", "person")]),
        ("The fund paid out in 1500 of the 3000 schools.", [("1500", "item"), ("3000", "item")]),
        ("The fund paid out 1850 last week.", [("1850", "dimensionless")]),
    ],
)
def test_numbers_before_1900_without_a_context_of_time_stay_figures(text: str, expected: list[tuple[str, str]]) -> None:
    assert _bare(text) == expected


def test_a_figure_after_a_year_before_1900_takes_it_as_its_period() -> None:
    claims = extract("In 1865, 500 soldiers died.", locale="en_US")
    assert [(c.span.text if c.span else "", c.period) for c in claims] == [("500", Period.year(1865))]
