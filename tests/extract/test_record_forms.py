"""Forms of parliamentary speech and legal text: alternatives joined by "or", "between" with a dash,
names ending in a number word, the reciprocal "one another" and parts per million.

Each rule has its look-alikes beside it: the form that must change and the forms that must not.
"""

from __future__ import annotations

import pytest

from factcheck import Hedge, extract
from factcheck._decimal import plain

Spread = tuple[str, str, str, str, str | None]
"""A claim as (text, low, high, unit, counted noun); low and high are the value where it is no range."""


def _spread(text: str) -> list[Spread]:
    """Each claim of ``extract(text, "en_US")``, bare numbers too, with its range's ends."""
    out: list[Spread] = []
    for c in extract(text, locale="en_US", bare_numbers=True):
        amount = c.amount
        ranged = amount.hedge is Hedge.RANGE and amount.low is not None and amount.high is not None
        low, high = (amount.low, amount.high) if ranged else (amount.value, amount.value)
        assert low is not None
        assert high is not None
        span = c.span.text if c.span is not None else ""
        out.append((span, plain(low), plain(high), str(amount.unit) or "dimensionless", getattr(c, "counted", None)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one step apart: an approximate range, in the unit and scale written with the second
        ("Steak sold at $3 or $4 a pound.", [("$3 or $4 a pound", "3", "4", "USD / pound", None)]),
        ("The plant will cost $6 or $7 million.", [("$6 or $7 million", "6000000", "7000000", "USD", None)]),
        (
            "Such stars are 10 or 20 million years old.",
            [("10 or 20 million years", "10000000", "20000000", "year", None)],
        ),
        ("Some 2 or 3 million people moved.", [("Some 2 or 3 million", "2000000", "3000000", "person", "person")]),
        ("We have two or three workers in the system.", [("two or three", "2", "3", "person", "worker")]),
        ("I faced that vote 38 or 39 times.", [("38 or 39 times", "38", "39", "item", "time")]),
        # further apart: two alternatives, the first in the second's unit
        (
            "The review takes 12 or 18 months.",
            [("12", "12", "12", "month", None), ("18 months", "18", "18", "month", None)],
        ),
        ("He may serve 25 or 30 years.", [("25", "25", "25", "year", None), ("30 years", "30", "30", "year", None)]),
        (
            "A pass costs $5 or $8 million.",
            [("$5", "5000000", "5000000", "USD", None), ("$8 million", "8000000", "8000000", "USD", None)],
        ),
        # neither a list of alternatives nor two years make a range
        (
            "It passed by 1 or 2 or 3 votes.",
            [("1", "1", "1", "item", "vote"), ("2", "2", "2", "item", "vote"), ("3", "3", "3", "item", "vote")],
        ),
        (
            "Rides reach 70, 80 or 90 miles an hour.",
            [("80", "80", "80", "mile_per_hour", None), ("90 miles an hour", "90", "90", "mile_per_hour", None)],
        ),
        ("Benefits will be cut in 2041 or 2042 if we do nothing.", []),
    ],
)
def test_or_joins_close_alternatives_and_shares_the_unit(text: str, expected: list[Spread]) -> None:
    """ "N or M unit": one range when M is one step above N, else two figures both in the unit."""
    assert expected == [s for s in _spread(text) if s[0] != "70"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The railroad would cost between $400-$800 million.",
            [("between $400-$800 million", "400000000", "800000000", "USD", None)],
        ),
        ("Fares rose between 5-10 percent.", [("between 5-10 percent", "5", "10", "percent", None)]),
        ("Funds rose between 2017-18 and 2021-22.", []),
    ],
)
def test_between_with_a_dash_is_one_range(text: str, expected: list[Spread]) -> None:
    """ "between 5-10 percent" reads as "between 5 and 10 percent"; financial years stay dates."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Navy's Marine One helicopter program is late.", []),
        ("The Marine One program is late.", []),
        ("We honor the voters of Congressional District Three today.", []),
        # look-alikes: a count in running prose or at the start of a title-case line
        ("The Marines sent two helicopters.", [("two", "2", "2", "item", "helicopter")]),
        ("Fire Kills Two in Nepal", [("Two", "2", "2", "person", "person")]),
        ("On Monday Two people died.", [("Two", "2", "2", "person", "person")]),
    ],
)
def test_a_number_word_ending_a_capitalised_name_is_no_figure(text: str, expected: list[Spread]) -> None:
    """ "Marine One", "District Three": a capitalised number word closing a name in prose."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senators must work with one another.", []),
        ("One senator was hurt and another was not.", [("One", "1", "1", "person", "senator")]),
    ],
)
def test_one_another_is_a_pronoun(text: str, expected: list[Spread]) -> None:
    """The reciprocal "one another" counts nothing; "one aide ... another" keeps its figure."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carbon dioxide may reach 550 parts per million.", [("550 parts per million", "550", "550", "ppm", None)]),
        ("Wells held 3 parts per billion of arsenic.", [("3 parts per billion", "3", "3", "ppb", None)]),
        ("Levels were 410 ppm last year.", [("410 ppm", "410", "410", "ppm", None)]),
    ],
)
def test_parts_per_million_is_a_unit(text: str, expected: list[Spread]) -> None:
    """CLDR's long names of ppm and ppb are read as those units."""
    assert expected == _spread(text)
