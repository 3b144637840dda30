"""Counts whose noun is the head of "the number of X" before the verb the figure completes.

Sentences written for these tests or copied from real news; each pins the whole reading of the
sentence, on both sides of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from tests.readings import Reading
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a plural of no unit after "the number of": things, counted exactly
            "The number of planned passenger train services reached 7.3 million in 2016-17.",
            [("7.3 million", "7300000", "item", "service")],
        ),
        ("The number of hours reached 40.", [("40", "40", "dimensionless", None)]),  # a time, not things
        ("The number of visitors reached 500.", [("500", "500", "person", "visitor")]),  # a known noun keeps its unit
        (  # a table's header over its cells is no subject of the cell
            "Total number of exit packages | Cost\n10,000 | 12",
            [("10,000", "10000", "dimensionless", None), ("12", "12", "dimensionless", None)],
        ),
    ],
)
def test_number_of_plural_things(text: str, expected: list[Reading]) -> None:
    """'the number of services ... reached N' counts services (item); a time or a table header does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # copied from real news (Wikinews): "worldwide" after the figure names no noun
            (
                "On Thursday, the total number of cases of the SARS-CoV-2 coronavirus infections surpassed one"
                " million worldwide, Johns Hopkins University data indicated."
            ),
            [("one million", "1000000", "case", "case")],
        ),
        (  # "combined" before a noun is an adjective of the noun the figure counts
            "The government received two Combined Authority proposals.",
            [("two", "2", "item", "proposal")],
        ),
    ],
)
def test_a_scope_adverb_after_the_figure(text: str, expected: list[Reading]) -> None:
    """'one million worldwide' takes the subject's noun; 'two Combined Authority proposals' keeps its own."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # copied from real news (GOV.UK): the participle's subject is the number before the comma
            (
                "[Source: ORR] - The number of planned passenger train services in Great Britain has increased by"
                " more than a quarter since privatisation, reaching 7.3 million in 2016-17."
            ),
            [("more than a quarter", "25", "percent", None), ("7.3 million", "7300000", "item", "service")],
        ),
        ("Sales have increased, reaching 500.", [("500", "500", "dimensionless", None)]),  # no "number of"
        (  # another clause between: the rate reaches 4.9%, not the number of people
            "While the number of people in work will rise, the jobless rate will rise too, reaching 4.9% in 2017.",
            [("4.9%", "4.9", "percent", None)],
        ),
    ],
)
def test_a_participle_after_the_number_of(text: str, expected: list[Reading]) -> None:
    """'The number of services has increased ..., reaching 7.3 million' counts services; another clause stops it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # copied from real news (GOV.UK): a dash sets the far "including" off as a comma does
            (
                "Raising the personal allowance to £11,500 will cut income tax for 31 million taxpayers compared to"
                " the beginning of this Parliament – including taking 1.3 million out of income tax altogether."
            ),
            [
                ("£11,500", "11500", "GBP", None),
                ("31 million", "31000000", "person", "taxpayer"),
                ("1.3 million", "1300000", "person", "taxpayer"),
            ],
        ),
        (  # a far lead with neither comma nor dash before it stays apart
            "It will cut tax for 31 million taxpayers compared to the start of this Parliament including 1.3 million.",
            [("31 million", "31000000", "person", "taxpayer"), ("1.3 million", "1300000", "dimensionless", None)],
        ),
    ],
)
def test_a_far_part_lead_after_a_dash(text: str, expected: list[Reading]) -> None:
    """'31 million taxpayers ... – including taking 1.3 million' counts taxpayers in the part too."""
    assert expected == _read(text)
