"""check(): running the default and custom checks, ordering findings, the report summary."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from factcheck import (
    DEFAULT_CHECKS,
    Amount,
    CheckContext,
    CountClaim,
    Direction,
    Finding,
    MoneyClaim,
    Period,
    Reference,
    RelativeChangeClaim,
    Report,
    Severity,
    ShareClaim,
    Verdict,
    check,
)
from factcheck.report import Summary

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from factcheck import Claim


def round_hundreds(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """A custom check: counts written to the exact unit where a house style wants hundreds."""
    for claim in claims:
        if isinstance(claim, CountClaim) and claim.amount.value % 100:
            yield Finding("not-rounded", Severity.INFO, (claim,), f"{claim.amount.format(ctx.locale)} is not rounded")


def test_custom_check_runs_after_the_defaults():
    """A caller adds a check with an explicit tuple."""
    claim = CountClaim(Amount.exact(5294, "person"))
    report = check([claim], checks=(*DEFAULT_CHECKS, round_hundreds))
    expected = [("not-rounded", "5,294 people is not rounded")]
    assert expected == [(f.code, f.message) for f in report.findings]


def test_only_the_given_checks_run():
    """Passing checks= replaces the default set."""
    bad = CountClaim(Amount.exact(-100, "person"), as_stated=True)
    expected = []
    assert expected == list(check([bad], checks=(round_hundreds,)).findings)


def test_findings_follow_the_claims_order():
    """Findings come in the order of the claims they are about, whatever check found them."""
    drop = RelativeChangeClaim(
        Amount.stated("90", "percent"),
        direction=Direction.DOWN,
        before=Amount.stated("8000", "person"),
        after=Amount.stated("390", "person"),
    )
    negative = CountClaim(Amount.exact(-3, "person"), as_stated=True)
    share = ShareClaim(Amount.stated("120", "percent"), as_stated=True)
    report = check([share, drop, negative])
    expected = ["share-out-of-range", "change-inconsistent", "negative-count"]
    assert expected == [f.code for f in report.findings]


def test_summary_and_worst():
    """The summary counts findings per severity and per verdict; worst is the highest severity."""
    ref = Reference(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024))
    claims = [
        CountClaim(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024)),
        MoneyClaim(Amount.stated(Decimal("1E+6"), "GBP"), subject="forensics"),
    ]
    report = check(claims, [ref])
    severities = dict.fromkeys(Severity, 0) | {Severity.OK: 1, Severity.INFO: 1}
    verdicts = dict.fromkeys(Verdict, 0) | {Verdict.ACCURATE: 1, Verdict.UNCHECKABLE: 1}
    expected = (Summary(2, 2, severities, verdicts), Severity.INFO)
    assert expected == (report.summary, report.worst)


def test_empty_report():
    """No claims: nothing found, worst is OK."""
    expected = (Report((), ()), Severity.OK, "<Report: 0 claims, 0 findings (none)>")
    report = check([])
    assert expected == (report, report.worst, repr(report))


def test_locale_formats_messages():
    """Messages write numbers in the report's locale."""
    claim = CountClaim(Amount.exact(-5294, "person"), as_stated=True)
    (finding,) = check([claim], locale="de_DE").findings
    expected = "-5.294 Personen: a count cannot be negative"
    assert expected == finding.message


def test_negative_tolerance_is_refused():
    """A tolerance is a non-negative fraction."""
    with pytest.raises(ValueError, match="non-negative"):
        check([], tolerance=Decimal("-0.1"))


def test_float_tolerance_is_refused():
    """Floats are never accepted."""
    with pytest.raises(TypeError, match="float"):
        check([], tolerance=0.05)  # type: ignore[arg-type]


def test_report_rejects_non_claims():
    """A report holds claims and findings only."""
    with pytest.raises(TypeError, match="Claims"):
        Report(["5,294"], ())  # type: ignore[list-item]
