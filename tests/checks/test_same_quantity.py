"""A contradiction fires only for the same quantity: same subject, period, place, and no link between the figures."""

from __future__ import annotations

import pytest

from factcheck import check, extract


def _contradictions(text: str) -> list[tuple[str, str]]:
    return [(f.severity.label, f.message) for f in check(extract(text)).findings if f.code == "contradiction"]


def test_two_figures_for_the_same_thing_that_disagree_are_a_warning() -> None:
    """Paired by their subjects across sentences, not linked by the text: not certain, so not an error."""
    text = "The council said 4,100 people were evicted in 2023. Court records show 5,600 people were evicted in 2023."
    expected = [
        (
            "warning",
            (
                "people evicted, 2023: 4,100 people and 5,600 people cannot both be true."
                " Not certain: the figures are paired by matching what they are about, not linked by the text."
            ),
        )
    ]
    assert _contradictions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # different periods
        "The council said 4,100 people were evicted in 2023. Court records show 5,600 people were evicted in 2022.",
        # the before and after of a change with no change figure
        "The parking fee will rise from £40 to £55 in May 2025.",
        # a forecast revised
        "The bank cut its growth forecast for 2025 from 2.4% to 1.1%.",
        # cells of different rows of two different tables
        (
            "Department | | 2015-16\nRoads | | 2.3\nSchools | | 53.5\n\n"
            "Capital spending.\n\nDepartment | | 2015-16\nRoads | | 6.1\nSchools | | 4.7\n"
        ),
        # cells of different rows of one table, tab-separated
        "Department\t2015-16\nRoads\t12.5\nSchools\t19.0\nHospitals\t31.2\n",
    ],
)
def test_figures_that_are_not_the_same_quantity_are_never_a_contradiction(text: str) -> None:
    assert _contradictions(text) == []


def test_a_table_cell_has_no_subject_from_the_next_row() -> None:
    claims = extract("Department | | 2015-16\nRoads | | 2.3\nSchools | | 53.5\n")
    assert [(c.span.text if c.span else None, c.subject) for c in claims] == [("2.3", None), ("53.5", None)]


def test_the_before_of_an_unquantified_change_has_no_period_of_its_own() -> None:
    claims = extract("The parking fee will rise from £40 to £55 in May 2025.")
    assert [(c.span.text if c.span else None, str(c.period) if c.period else None) for c in claims] == [
        ("£40", None),
        ("£55", "2025-05-01/2025-05-31"),
    ]


def test_a_year_in_brackets_is_the_bracketed_figures_period_only() -> None:
    text = "Late payments amounted to £6.5 million (2015-16: £7.3 million)."
    claims = extract(text)
    assert [(c.span.text if c.span else None, str(c.period) if c.period else None) for c in claims] == [
        ("£6.5 million", None),
        ("£7.3 million", "2015-04-01/2016-03-31"),
    ]
    assert _contradictions(text) == []


def test_a_month_without_its_year_is_not_the_next_figures_period() -> None:
    text = "The jobless rate was 4.1% in March and 4.4% in April 2024."
    claims = extract(text)
    assert [(c.span.text if c.span else None, str(c.period) if c.period else None) for c in claims] == [
        ("4.1%", None),
        ("4.4%", "2024-04-01/2024-04-30"),
    ]
    assert _contradictions(text) == []


def test_cells_of_other_rows_are_not_read_as_the_parts_of_a_total_row() -> None:
    table = "Spending | 2024 | 2023\nRoads | 12 | 14\nSchools | 30 | 33\nTotal | 50 | 47\n"
    assert [f.code for f in check(extract(table)).findings if f.code.startswith("parts")] == []
    prose = "Spending in 2024: roads 12, schools 30 and parks 8, 60 in total."
    assert [(f.severity.label, f.message) for f in check(extract(prose)).findings if f.code.startswith("parts")] == [
        ("error", "12 + 30 + 8 = 50, not 60 (off by 10).")
    ]


def test_a_figure_for_today_does_not_take_another_figures_year() -> None:
    text = (
        "Bus fares have risen from £1.20 in 2010 to £2.00 today, "
        "and 9 in 10 riders paid full fare in 2010, against 6 in 10 today."
    )
    claims = extract(text)
    assert [(c.span.text if c.span else None, str(c.period) if c.period else None) for c in claims] == [
        ("£1.20", "2010"),
        ("£2.00", None),
        ("9 in 10", "2010"),
        ("6 in 10", None),
    ]
    assert _contradictions(text) == []
