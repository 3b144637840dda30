"""Change consistency and percent versus percentage points, from constructed claims."""

from __future__ import annotations

from decimal import Decimal

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
    CheckContext,
    Direction,
    PointsChangeClaim,
    RelativeChangeClaim,
    Severity,
    Verdict,
)
from factcheck.checks.consistency import change_consistency

UP, DOWN = Direction.UP, Direction.DOWN


def relative(value, before, after, direction=DOWN, unit="person"):
    return RelativeChangeClaim(
        Amount.stated(value, "percent"),
        direction=direction,
        before=Amount.stated(before, unit),
        after=Amount.stated(after, unit),
    )


def outcome(claim):
    (finding,) = change_consistency([claim], CheckContext())
    return finding.code, finding.severity, finding.verdict


def test_drop_within_its_own_rounding():
    """From 8,000 to 390 is a fall of 95.125%, which "95%" states to the nearest point."""
    claim = relative("95", "8000", "390")
    expected = ("change-consistent", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)
    assert expected == outcome(claim)


def test_exact_drop_is_accurate():
    """From 8,000 to 400 is exactly a fall of 95%."""
    expected = ("change-consistent", Severity.OK, Verdict.ACCURATE)
    assert expected == outcome(relative("95", "8000", "400"))


def test_drop_stated_too_low_is_inaccurate():
    """From 8,000 to 390 is not a drop of 90%; the finding says by how much."""
    (finding,) = change_consistency([relative("90", "8000", "390")], CheckContext())
    expected = (
        "change-inconsistent",
        Verdict.INACCURATE,
        Amount.exact(Decimal("-95.125"), "percent").value,
        "From 8,000 people to 390 people is a fall of 95.1%, not a fall of 90% (off by 5.12 percentage points).",
    )
    assert expected == (finding.code, finding.verdict, finding.expected.value, finding.message)


def test_direction_matters():
    """A rise from 8,000 to 390 contradicts the figures even with the right size."""
    expected = ("change-inconsistent", Severity.ERROR, Verdict.INACCURATE)
    assert expected == outcome(relative("95", "8000", "390", UP))


def test_doubling_from_rounded_billions_is_wrong():
    """Doubled from £3bn to £4.5bn is wrong even at the widest reading of the rounded figures."""
    claim = relative("100", Decimal("3E+9"), Decimal("4.5E+9"), UP, "GBP")
    expected = ("change-inconsistent", Severity.ERROR, Verdict.INACCURATE)
    assert expected == outcome(claim)


def test_change_that_holds_only_if_rounded():
    """Up 50% from £3bn to £4.6bn holds only if £3bn is read as rounded: a warning, not accurate."""
    claim = relative("50", Decimal("3E+9"), Decimal("4.6E+9"), UP, "GBP")
    expected = ("change-inconsistent", Severity.WARNING, Verdict.ONLY_IF_ROUNDED)
    assert expected == outcome(claim)


def test_absolute_change_checked_in_its_unit():
    """Cut by 500 from 8,000 to 7,600 overstates the fall by 100 people (difference -100)."""
    claim = AbsoluteChangeClaim(
        Amount.stated("500", "person"),
        direction=DOWN,
        before=Amount.stated("8000", "person"),
        after=Amount.stated("7600", "person"),
    )
    (finding,) = change_consistency([claim], CheckContext())
    expected = ("change-inconsistent", Amount.exact(-100, "person"))
    assert expected == (finding.code, finding.difference)


def test_percent_written_for_points_is_flagged_with_both_readings():
    """30% to 33% called "an increase of 3%" is 3 points, or 10%."""
    claim = relative("3", "30", "33", UP, "percent")
    (finding,) = change_consistency([claim], CheckContext())
    expected = (
        "percent-vs-points",
        Severity.ERROR,
        (
            "From 30% to 33% is a rise of 3 percentage points, or 10%; the text says a rise of 3%, "
            "which reads points as percent."
        ),
    )
    assert expected == (finding.code, finding.severity, finding.message)


def test_points_written_for_percent_is_flagged():
    """30% to 33% called "up 10 points" is a relative change written as points."""
    claim = PointsChangeClaim(
        Amount.stated("10", "percentage_point"),
        direction=UP,
        before=Amount.stated("30", "percent"),
        after=Amount.stated("33", "percent"),
    )
    expected = ("percent-vs-points", Severity.ERROR, Verdict.INACCURATE)
    assert expected == outcome(claim)


def test_points_change_right_in_points():
    """30% to 33% is up 3 percentage points."""
    claim = PointsChangeClaim(
        Amount.stated("3", "percentage_point"),
        direction=UP,
        before=Amount.stated("30", "percent"),
        after=Amount.stated("33", "percent"),
    )
    expected = ("change-consistent", Severity.OK, Verdict.ACCURATE)
    assert expected == outcome(claim)


def test_relative_change_of_shares_right_in_percent():
    """30% to 33% is a rise of 10%, which is right when called so."""
    expected = ("change-consistent", Severity.OK, Verdict.ACCURATE)
    assert expected == outcome(relative("10", "30", "33", UP, "percent"))


def test_zero_base_cannot_be_checked():
    """A relative change from zero is reported as uncheckable, not raised."""
    expected = ("relation-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)
    assert expected == outcome(relative("10", "0", "50", UP))


def test_mismatched_units_cannot_be_checked():
    """Before in pounds and after in people do not combine."""
    claim = RelativeChangeClaim(
        Amount.stated("10", "percent"),
        direction=UP,
        before=Amount.stated("100", "GBP"),
        after=Amount.stated("110", "person"),
        as_stated=True,
    )
    expected = ("relation-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)
    assert expected == outcome(claim)


def test_changes_without_before_and_after_are_skipped():
    """A bare "fell by 95%" has nothing to be checked against."""
    claim = RelativeChangeClaim(Amount.stated("95", "percent"), direction=DOWN)
    expected = []
    assert expected == list(change_consistency([claim], CheckContext()))
