"""Correct business and markets sentences that once raised a false ERROR (issue 11, precision)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import units
from factcheck._extract import extract
from tests.quiet import errors

CORRECT = {
    "index-points-restated-in-percent": "The Dow Jones gained 312 points, or 0.8%, to close at 39,120.",
    "index-points-restated-per-cent": "The Nikkei slipped 150 points, or 0.4 per cent, in thin trading.",
    "of-inside-a-noun-phrase": "The council faces a shortfall of £30m in a budget of £600m, or 5%.",
    "of-inside-a-noun-phrase-cost": "Ministers found savings of £2bn in a budget of £40bn, or 5%.",
    "over-the-year-of-a-change": (
        "Average rents rose 6% over the year to £1,300. Water bills will rise by £90 a year, or 17%, to £620."
    ),
    "over-the-year-of-a-change-hourly": (
        "Shop prices climbed 2% over the year to £40. The living wage rises from £12 to £12.60 an hour."
    ),
    "change-ending-the-sentence-before-from-to": (
        "Nationwide said prices rose 2.9%. Sales fell from 1,250 to 1,200, a drop of 4%."
    ),
    "count-of-changes": "The three cuts took the deposit rate from 4% to 3.25%.",
    "count-of-changes-opening": "Two increases took the index from 100 to 104.",
    "rate-over-100-percent-last-year": "Inflation in the country reached 230% last year.",
    "rate-over-100-percent-now": "Inflation there stands at 140% now.",
    "rate-over-100-percent-at-the-start": "Inflation there fell to 150%, from 180% at the start of the year.",
    "rate-over-100-percent-in-a-month": "Annual inflation there eased to 160% in March, from 190% in January.",
    "pence-ending-a-sentence": ("The dividend is 15p on a share price of 300p. Growth slowed to 1.1% from 1.4%."),
}


@pytest.mark.parametrize("text", CORRECT.values(), ids=CORRECT.keys())
def test_correct_business_sentence_raises_no_error(text: str) -> None:
    expected: list[str] = []
    assert expected == errors(text, quiet=False)


def test_points_restated_in_percent_are_index_points() -> None:
    """ "312 points, or 0.8%" after an index's name: the percentage restates the change, it is no level."""
    points = extract("The Dow Jones gained 312 points, or 0.8%, to close at 39,120.")[0]
    assert (points.kind, points.amount.value, units.is_percentage_point(points.amount.unit)) == (
        "absolute_change",
        312,
        False,
    )


def test_points_before_a_percentage_level_stay_percentage_points() -> None:
    """A percentage level after the restatement still makes the points percentage points."""
    points = extract("Labour's share of the vote rose 3 points, or 8%, to 40%.")[0]
    assert (points.kind, units.is_percentage_point(points.amount.unit)) == ("points_change", True)


def test_share_after_an_opening_out_of_is_still_checked() -> None:
    """ "Out of 400 firms, 100, or 40%" opens with its total: the share is still read and found wrong."""
    expected = ["share-inconsistent"]
    assert expected == errors("Out of 400 firms, 100, or 40%, raised their prices.", quiet=False)
    nothing: list[str] = []
    assert nothing == errors("Out of 400 firms, 100, or 25%, raised their prices.", quiet=False)


def test_share_after_a_clause_opening_of_is_still_checked() -> None:
    expected = ["share-inconsistent"]
    assert expected == errors("Analysts said that, of the 80 lenders, 20, or 40%, cut rates.", quiet=False)


def test_over_the_year_of_a_change_is_not_the_level_s_duration() -> None:
    """ "rose 6% over the year to £1,300": the period is the change's; the level accumulates no rate."""
    level = extract("Average rents rose 6% over the year to £1,300.")[1]
    assert (level.kind, level.amount.value, level.over) == ("money", 1300, None)


def test_rate_and_its_total_over_a_period_are_still_checked() -> None:
    expected = ["rate-total-mismatch"]
    assert expected == errors("The scheme costs £20m a year, or £120m over five years.", quiet=False)


def test_pence_glued_to_a_figure_end_the_sentence() -> None:
    """ "300p." ends its sentence: the next sentence's "from 2.6%" is no change of the price."""
    claims = extract("The dividend is 15p on a share price of 300p. Growth slowed to 1.1% from 1.4%.")
    assert [c.kind for c in claims] == ["money", "money", "share", "share"]


def test_from_to_pair_is_linked_to_its_own_sentence_s_change() -> None:
    """The change before the pair in the sentence before is not the pair's: the drop after it is."""
    claims = extract("Nationwide said prices rose 2.9%. Sales fell from 1,250 to 1,200, a drop of 4%.")
    assert [(c.kind, c.before is not None) for c in claims if c.kind == "relative_change"] == [
        ("relative_change", False),
        ("relative_change", True),
    ]
    expected = ["change-inconsistent"]
    assert expected == errors(
        "Nationwide said prices rose 2.9%. Sales fell from 1,250 to 1,200, a drop of 9%.", quiet=False
    )


def test_a_bare_number_before_a_plural_change_noun_counts_the_changes() -> None:
    """ "three cuts" counts cuts; "£2bn cuts" and "a 5% rise" are still the size of a change."""
    kinds = [
        [c.kind for c in extract(text, bare_numbers=True)]
        for text in ("The three cuts took the deposit rate from 4% to 3.25%.", "The council made £2bn cuts.")
    ]
    assert kinds == [["number", "share", "share"], ["absolute_change"]]


def test_a_percentage_over_100_before_a_time_is_a_ratio() -> None:
    """ "reached 230% last year": a time, not a whole, follows; no share of a whole passes 100%."""
    claims = extract("Annual inflation there eased to 160% in March, from 190% in January.")
    assert [(c.kind, c.amount.value) for c in claims] == [("ratio", Decimal("1.60")), ("ratio", Decimal("1.90"))]
