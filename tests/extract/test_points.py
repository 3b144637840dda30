"""extract(): "points" as index points or percentage points; scores, date ranges and names raise nothing."""

from __future__ import annotations

import pytest

from factcheck import check, units
from factcheck._extract import extract
from tests.readings import kinds as _read


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "On Tuesday the FTSE 100 shed 95.4 points to 7,612.3.",
            "en_GB",
            [
                ("absolute_change", "95.4", "index_point"),
                ("quantity", "7612.3", "index_point"),
            ],
        ),
        ("The Nikkei index rose 310 points in late trade.", "en_GB", [("absolute_change", "310", "index_point")]),
        ("Tech stocks fell and the S&P 500 slipped 18 points.", "en_GB", [("absolute_change", "18", "index_point")]),
        (
            "The Nasdaq rose 0.8% while the Dow gained 145 points.",
            "en_GB",
            [("relative_change", "0.8", "percent"), ("absolute_change", "145", "index_point")],
        ),
        (
            "Shares fell 56 points to 4,120 by noon.",
            "en_GB",
            [("absolute_change", "56", "index_point"), ("number", "4120", "dimensionless")],
        ),
        ("The Hang Seng closed 12 points lower.", "en_GB", [("absolute_change", "12", "index_point")]),
        (
            "The hosts were down by three points – 9 points to 6 – at the break.",
            "en_GB",
            [("absolute_change", "3", "dimensionless"), ("count", "9", "item"), ("count", "6", "item")],
        ),
        ("The market plummeted 190 points after the vote.", "en_US", [("absolute_change", "190", "index_point")]),
        ("The stock market fell 508 points.", "en_US", [("absolute_change", "508", "index_point")]),
        ("Der Leitindex gewann 64 Punkte.", "de_DE", [("absolute_change", "64", "index_point")]),
        (
            "Le CAC 40 a perdu 31 points mardi.",
            "fr_FR",
            [("absolute_change", "31", "index_point")],
        ),
        (
            "El Ibex 35 subió 42 puntos.",
            "es_ES",
            [("absolute_change", "42", "index_point")],
        ),
    ],
)
def test_points_of_an_index_are_index_points(text: str, locale: str, expected: list[tuple[str, str, str]]) -> None:
    """An index named in the sentence, or a level without a percent after the points, makes them index points."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Backing for the plan rose 4 points to 52%.",
            "en_GB",
            [("points_change", "4", "percentage_point"), ("share", "52", "percent")],
        ),
        (
            "Turnout reached 61%, a 5-point gain on the last vote.",
            "en_GB",
            [("share", "61", "percent"), ("points_change", "5", "percentage_point")],
        ),
        ("Le taux d'épargne a baissé de 3 points.", "fr_FR", [("points_change", "3", "percentage_point")]),
        ("Its market share rose 3 points.", "en_GB", [("absolute_change", "3", "dimensionless")]),
        (
            "The market rose 1.2% and shares gained 5 points.",
            "en_GB",
            [("relative_change", "1.2", "percent"), ("points_change", "5", "percentage_point")],
        ),
    ],
)
def test_points_of_a_percentage_stay_percentage_points(
    text: str, locale: str, expected: list[tuple[str, str, str]]
) -> None:
    """A percentage as the level (or a rate without an index) keeps percentage points."""
    assert expected == _read(text, locale)


def test_index_points_are_not_percentage_points() -> None:
    """An index point is a dimension of its own: it converts to neither percent nor percentage points."""
    index_point = units.unit("index_point")
    shares = [test.__name__ for test in (units.is_percentage_point, units.is_percent) if test(index_point)]
    assert shares == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The derby finished 3-3 after a late goal.", [("number", "3", "dimensionless")]),
        (
            "She took the set 6-2 in under an hour.",
            [("number", "6", "dimensionless"), ("number", "2", "dimensionless")],
        ),
        ("The visitors won by 38 points to 17.", [("count", "38", "item"), ("count", "17", "item")]),
        ("The fair is open Oct. 11-14 this year.", []),
        ("The fair is open March 2–4 this year.", []),
        ("Exports in 2011-2 were weaker.", []),
        ("Demand for the ID.7 was weaker.", []),
        ("Cases of SARS-2 were rising.", []),
        ("The airline ordered the 737 Max.", [("number", "737", "dimensionless")]),
        ("He still used a 486 PC at work.", [("number", "486", "dimensionless")]),
        ("Police found a .38 revolver.", [("number", "0.38", "dimensionless")]),
    ],
)
def test_scores_dates_and_names_are_not_claims_of_counts(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Scores, day ranges and model names give no count, no change and no finding."""
    assert (expected, []) == (_read(text), [f.code for f in check(extract(text)).findings])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The central bank trimmed its rate by a quarter of a point to 4.5%.",
            [("points_change", "0.25", "percentage_point"), ("share", "4.5", "percent")],
        ),
        (
            "Mortgage rates rose half a point to 6.1%.",
            [("points_change", "0.5", "percentage_point"), ("share", "6.1", "percent")],
        ),
        (
            "A quarter-point rise took the base rate to 3.75%.",
            [("points_change", "0.25", "percentage_point"), ("share", "3.75", "percent")],
        ),
        ("The Nikkei index slipped half a point.", [("absolute_change", "0.5", "index_point")]),
        ("She lost the set by half a point.", []),
    ],
)
def test_a_fraction_of_a_point_is_read_by_its_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    """ "a quarter of a point", "half a point", "a quarter-point": points by the sentence, as digits are."""
    assert expected == _read(text)


def test_a_rate_cut_by_a_quarter_point_agrees_with_its_levels() -> None:
    """From 5.25% to 5% is a cut of a quarter of a point, not a fall of 25%."""
    findings = check(extract("The rate fell from 5.25% to 5%, a cut of a quarter of a point.")).findings
    assert [(f.code, f.severity.label) for f in findings] == [("change-consistent", "ok")]
