"""Checks of a change per period ("rose 4% a year", ``percent / year``): compared only with like.

A growth rate compounds, so it is neither a percent change between two ends nor a flow that
adds up over a duration: the checks that would read it so leave it alone, the facial bound of a
fall (100% at most, in any period) still holds, and a reference per the same period judges it.
"""

from __future__ import annotations

import pytest

from factcheck import Amount, Direction, Reference, RelativeChangeClaim, check, extract
from factcheck.errors import ValidationError


def _codes(text: str, references: list[Reference] | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.message) for f in check(extract(text), references).findings]


def test_a_change_per_year_is_a_valid_relative_change() -> None:
    claim = RelativeChangeClaim(Amount.stated("4", "percent / year"), direction=Direction.UP)
    assert (str(claim.amount.unit), claim.signed.value) == ("percent / year", 4)


def test_a_relative_change_per_a_count_is_no_relative_change() -> None:
    with pytest.raises(ValidationError) as caught:
        RelativeChangeClaim(Amount.stated("4", "percent / person"), direction=Direction.UP)
    assert caught.value.code == "unit-does-not-fit-kind"


def test_a_fall_of_more_than_100_percent_a_year_is_still_impossible() -> None:
    assert _codes("Ticket sales fell 150% a year.") == [
        ("decrease-over-100", "Ticket sales: 150% a year: a quantity that cannot go negative falls by 100% at most")
    ]


def test_a_change_per_year_between_two_ends_is_not_judged_as_one_change() -> None:
    """Over how many years the text does not say: no false "change-inconsistent"."""
    assert _codes("Rents rose 20% a year from £500 to £550.") == []
    claim = RelativeChangeClaim(
        Amount.stated("20", "percent / year"),
        direction=Direction.UP,
        before=Amount.stated("500", "GBP"),
        after=Amount.stated("550", "GBP"),
    )
    assert check([claim]).findings == ()


def test_a_growth_rate_does_not_add_up_over_a_duration() -> None:
    """-2.3% a year over two years compounds to about -4.55%: no rate-total mismatch."""
    text = "Output will grow at -2.3% annually, or -4.55% over two years."
    assert [(c.kind, str(c.amount.unit)) for c in extract(text, locale="en_GB")] == [
        ("rate", "percent / year"),
        ("quantity", "percent"),
        ("duration", "year"),
    ]
    assert _codes(text) == []


def test_a_reference_per_the_same_period_judges_it_in_points_a_year() -> None:
    ref = Reference(Amount.stated("5", "percent / year"), subject="fares", measure="change")
    assert _codes("Fares rose 4% a year.", [ref]) == [
        (
            "reference-inaccurate",
            "4% a year (fares): the reference gives 5% a year; inaccurate, off by 1 percentage point a year (20%).",
        )
    ]


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("percent", "Fares rose 4% a year."),
        ("percent / month", "Fares rose 4% a year."),
        ("percent / year", "Fares rose 4%."),
    ],
)
def test_a_reference_per_another_period_cannot_judge_it(unit: str, text: str) -> None:
    ref = Reference(Amount.stated("5", unit), subject="fares", measure="change")
    ((code, message),) = _codes(text, [ref])
    assert (code, message.split(": ", 1)[1]) == (
        "reference-uncheckable",
        (
            "the reference cannot be compared: a change per period compounds, so it compares only with a reference"
            " per the same period."
        ),
    )


def test_the_reports_write_the_unit_with_its_period() -> None:
    ref = Reference(Amount.stated("5", "percent / year"), subject="fares", measure="change")
    report = check(extract("Fares rose 4% a year."), [ref])
    assert '"unit": "percent / year"' in report.to_json()
    assert "off by 1 percentage point a year" in " ".join(report.to_text().split())
