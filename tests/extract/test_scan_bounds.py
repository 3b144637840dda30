"""A lower and an upper bound side by side are one range; comparatives are hedges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Interval
from factcheck._extract.scan.scanner import scan


def _figures(text: str) -> list[tuple[str, Interval]]:
    """Each figure's text and bounds."""
    return [(text[f.start : f.end], f.amount.bounds) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "covered", "bounds"),
    [
        (
            "It seats more than 20 and at most 35 people.",
            "more than 20 and at most 35",
            Interval(20, 35, low_closed=False),
        ),
        ("Fares cost at most £30 but at least £20.", "at most £30 but at least £20", Interval(20, 30)),
        (
            "The rate is above 2% and below 3%.",
            "above 2% and below 3%",
            Interval(2, 3, low_closed=False, high_closed=False),
        ),
        (
            "It weighs greater than 5 and less than or equal to 8 tonnes.",
            "greater than 5 and less than or equal to 8 tonnes",
            Interval(5, 8, low_closed=False),
        ),
        ("Lots 20 through 100 were sold.", "20 through 100", Interval(20, 100)),
        ("Bids were 20~100 each.", "20~100", Interval(20, 100)),
    ],
)
def test_bounds_side_by_side_are_one_range(text: str, covered: str, bounds: Interval) -> None:
    """Each end keeps whether it is open or closed as written."""
    assert [(covered, bounds)] == _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 10 people were hurt and fewer than 40 died.",
        "More than 40 and less than 10 were counted.",
        "It cost more than £20 and less than 30 people came.",
    ],
)
def test_bounds_apart_or_out_of_order_stay_two_figures(text: str) -> None:
    """Words between the bounds, a low end above the high end, or money against a count: two figures."""
    assert len(_figures(text)) == 2


def test_comparatives_are_hedges() -> None:
    """ "higher than 60%" is an open lower bound, "lower than 3%" an open upper one, each exact at its number."""
    assert [(Decimal(60), None), (None, Decimal(3))] == [
        (b.low, b.high) for _, b in _figures("Turnout was higher than 60%, and inflation was lower than 3%.")
    ]


@pytest.mark.parametrize(
    ("text", "covered", "bounds"),
    [
        ("Tickets cost £10 - £20.", "£10 - £20", Interval(10, 20)),
        ("Rents rose 10 - 20% last year.", "10 - 20%", Interval(10, 20)),
        ("They waited 5 - 10 years.", "5 - 10 years", Interval(5, 10)),
    ],
)
def test_a_spaced_hyphen_joins_a_range_with_a_unit(text: str, covered: str, bounds: Interval) -> None:
    """ "£10 - £20" and "10 - 20%" are ranges: a unit, sign or currency names what both ends measure."""
    assert [(covered, bounds)] == _figures(text)


def test_a_spaced_hyphen_without_a_unit_is_a_score() -> None:
    """ "won 3 - 1": two numbers, not a range from 3 to 1."""
    assert [Decimal(3), Decimal(1)] == [f.amount.value for f in scan("They won 3 - 1 on Sunday.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The queue fell by 250 to 1,550.", ["250", "1,550"]),
        ("The share price fell 6p to 142p.", ["6p", "142p"]),
        ("Prices may rise by 5 to 10%.", ["5 to 10%"]),
        ("Fares rose 2 to 3 per cent", ["2 to 3 per cent"]),
    ],
)
def test_a_change_then_its_new_level_is_no_range(text: str, expected: list[str]) -> None:
    """After "by" or a change verb, "X to Y" with Y above X is a change and a level; for shares a range."""
    assert expected == [covered for covered, _ in _figures(text)]


@pytest.mark.parametrize(
    ("text", "covered"),
    [("The grants add up to £1,500.", "£1,500"), ("Turnout ended up at 40%.", "40%")],
)
def test_up_after_a_particle_verb_is_no_hedge(text: str, covered: str) -> None:
    """ "add up to £1,500" is a total of £1,500, not "up to" £1,500."""
    assert [covered] == [c for c, _ in _figures(text)]


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("Support rose 7 points to 47%.", "7 points"),
        ("Support rose from 40% to 48%, a 7-point gain.", "7-point"),
        ("Support rose from 40% to 47%, a seven-point gain.", "seven-point"),
    ],
)
def test_points_near_a_percentage_are_percentage_points(text: str, points: str) -> None:
    """ "points" before or after a percentage in its sentence, and "a 7-point gain", are percentage points."""
    found = [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)]
    assert (points, "percentage_point") in found


def test_a_numbered_plan_is_no_points() -> None:
    """ "a 10-point plan" names a plan, even next to a percentage."""
    assert ("10", "dimensionless") in [
        (text[f.start : f.end], str(f.amount.unit)) for text in ["A 10-point plan for 5% growth."] for f in scan(text)
    ]
