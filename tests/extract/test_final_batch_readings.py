"""Readings from the final batch's error classes: misspelt scales, tallies, idioms, names and codes.

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._decimal import plain

Reading = tuple[str, str, str, str | None]


def _read(text: str) -> list[Reading]:
    """Each claim as (text, value, unit, counted noun), bare numbers too (the side where a rule must not apply)."""
    return [
        (
            c.span.text if c.span else "",
            plain(c.amount.value),
            str(c.amount.unit) or "dimensionless",
            getattr(c, "counted", None),
        )
        for c in extract(text, locale="en_GB", bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant grew to £6 billon last spring.", [("£6 billon", "6000000000", "GBP", None)]),
        ("Sales reached $4 milion by June.", [("$4 milion", "4000000", "USD", None)]),
        ("The choir sang 6 billon songs.", [("6", "6", "item", "song")]),
    ],
)
def test_misspelt_scale_only_after_money(text: str, expected: list[Reading]) -> None:
    """A common typo of a scale word ("billon") scales money right before it, and nothing else."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel backed the plan by a bipartisan 14 to 5 majority.",
            [("14", "14", "item", "vote"), ("5", "5", "item", "vote")],
        ),
        (
            "Pundits foresee an electoral count of 301 to 237 this time.",
            [("301", "301", "item", "vote"), ("237", "237", "item", "vote")],
        ),
        ("A bipartisan 12 senators wrote to him.", [("12", "12", "person", "senator")]),
        ("They voted 4 to 6 budgets through.", [("4 to 6", "5", "item", "budget")]),
    ],
)
def test_more_tally_leads(text: str, expected: list[Reading]) -> None:
    """ "a bipartisan" and "an electoral count of" lead a tally; its second number may have a noun after it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She hopes she will one day sail home.", []),
        ("The yard could one day build ships again.", []),
        ("The repair will take one day.", [("one day", "1", "day", None)]),
        ("One day was lost to rain.", [("One day", "1", "day", None)]),
    ],
)
def test_one_day_after_a_modal_is_an_idiom(text: str, expected: list[Reading]) -> None:
    """ "will one day" means some day; "take one day" is a duration."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized a Three-Nine rifle at the port.", []),
        ("The airline flies a Boeing 767-300 to Lima.", []),
        ("The Boeing 757 landed late.", []),
        ("The board adopted the 10-Year Strategy in March.", []),
        ("Her office is at Calle Mayor, 112-4º Planta.", [("112", "112", "dimensionless", None)]),
        ("It was a 10-year strategy.", [("10-year", "10", "year", None)]),
        ("Between three-nine rifles were seized.", [("three", "3", "item", "nine"), ("nine", "9", "item", "rifle")]),
        ("Turnout was 767-800 that day.", [("767-800", "783.5", "person", "turnout")]),
        ("Scores were 30-4 at the break.", [("30", "30", "dimensionless", None), ("4", "4", "dimensionless", None)]),
        ("The pool was at 28º all week.", [("28º", "28", "degree", None)]),
    ],
)
def test_names_models_titles_and_floors_are_no_figures(text: str, expected: list[Reading]) -> None:
    """A name of two capitalised number words, a maker's model, a title's "N-Year", a floor "112-4º"."""
    assert expected == _read(text)
