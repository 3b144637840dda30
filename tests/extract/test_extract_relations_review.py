"""extract(): readings that the end-to-end review of check(extract(text)) needed."""

from __future__ import annotations

import pytest

from factcheck._decimal import plain
from factcheck._extract import extract
from tests.readings import kinds as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arrests rose to 900, up from 800 a year earlier.",
            [("number", "900", "dimensionless"), ("number", "800", "dimensionless")],
        ),
        ("She earns £2,000 a month before tax.", [("rate", "2000", "GBP / month")]),
        ("Of 2,000 staff, 300 left.", [("count", "2000", "person"), ("count", "300", "person")]),
        ("Some 3,000 nurses left the service each quarter.", [("rate", "3000", "person / quarter")]),
        ("The 3,000 nurses who work every day are tired.", [("count", "3000", "person")]),
        # further off, at the clause's end; not for a bare number
        (
            "Some 2 million visitors walk along the old coastal path and its cliffs every year.",
            [("rate", "2000000", "person / year")],
        ),
        (
            "Notes. 3 Before the accounts close in March each year, the figures are final.",
            [("number", "3", "dimensionless")],
        ),
        ("Some 300 nurses earn £30 each hour.", [("count", "300", "person"), ("rate", "30", "GBP / hour")]),
        (
            "Arrests rose to 900, up from 800 a year before.",
            [("number", "900", "dimensionless"), ("number", "800", "dimensionless")],
        ),
        (
            "The population grew by 700,000 to 68.3 million.",
            [("absolute_change", "700000", "person"), ("count", "68300000", "person")],
        ),
        ("Bills will rise by 5 to 10% next year.", [("relative_change", "7.5", "percent")]),
        (
            "Rents went from £1,100 to £1,200 a month.",
            [("rate", "1100", "GBP / month"), ("rate", "1200", "GBP / month")],
        ),
        (
            "It has 8,000 staff, of whom 2,000, or a quarter, are nurses.",
            [("count", "8000", "person"), ("count", "2000", "person"), ("share", "25", "percent")],
        ),
        ("A quarter of staff are nurses, or 2,000 people.", [("share", "25", "percent"), ("count", "2000", "person")]),
        (
            "They promised 1.5 million homes over five years, or 300,000 a year.",
            [("count", "1500000", "item"), ("duration", "5", "year"), ("rate", "300000", "item / year")],
        ),
    ],
)
def test_readings(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence gives the listed kind, value and unit, in text order."""
    assert expected == _read(text)


def test_share_links_part_and_total() -> None:
    """ "M staff, of whom N, or a quarter": the fraction word is a share of M with part N."""
    (_, _, share) = extract("The trust employs 8,000 staff, of whom 2,000, or a quarter, are nurses.")
    expected = ("2000", "8000", "staff")
    assert share.part is not None
    assert share.total is not None
    assert expected == (plain(share.part.value), plain(share.total.value), share.whole)


def test_of_those_takes_the_previous_sentence_total() -> None:
    """ "N things. Of those, M ..., or P%": the total is the last figure of the sentence before."""
    *_, share = extract("Police recorded 5,000 burglaries in 2023. Of those, 1,000 were solved, or 20%.")
    assert share.part is not None
    assert share.total is not None
    expected = ("1000", "5000")
    assert expected == (plain(share.part.value), plain(share.total.value))


def test_of_those_needs_a_level_in_the_same_unit() -> None:
    """ "... cost £500m. Of those, 400 ..., or 20%": money is not the total of a count."""
    *_, share = extract("The 2,000 homes built in 2023 cost £500m. Of those, 400 were social housing, or 20%.")
    expected = (None, None)
    assert expected == (share.part, share.total)
