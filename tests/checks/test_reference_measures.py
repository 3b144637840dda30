"""A reference says what it measures (level, change, share, rate): only like is compared with like."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from factcheck import (
    Amount,
    CheckContext,
    CountClaim,
    Measure,
    Period,
    RateClaim,
    Reference,
    ReferenceTableError,
    Severity,
    check,
    extract,
    load_references,
    references_from_dataframe,
)
from factcheck.checks.reference import ReferenceIndex, against_references
from factcheck.dataframe import references_to_dataframe
from factcheck.serialize import from_json, to_json

Y2024 = Period.year(2024)
JOBLESS_LEVEL = Reference(Amount.stated("4.4", "percent"), subject="Unemployment", period=Y2024)
JOBLESS_CHANGE = Reference(Amount.stated("5", "percent"), subject="Unemployment", period=Y2024, measure=Measure.CHANGE)


def _verdicts(text: str, *references: Reference) -> list[tuple[str, Severity]]:
    claims = extract(text, locale="en_GB")
    return [(f.code, f.severity) for f in against_references(claims, CheckContext(references=references))]


def test_a_change_is_not_judged_against_a_level() -> None:
    assert _verdicts("Unemployment rose by 5% in 2024.", JOBLESS_LEVEL) == [("no-reference", Severity.INFO)]


def test_a_change_is_judged_against_a_change() -> None:
    expected = [("reference-accurate", Severity.OK)]
    assert _verdicts("Unemployment rose by 5% in 2024.", JOBLESS_LEVEL, JOBLESS_CHANGE) == expected


def test_a_level_is_not_judged_against_a_change() -> None:
    assert _verdicts("Unemployment was 4.4% in 2024.", JOBLESS_CHANGE) == [("no-reference", Severity.INFO)]


def test_a_level_reference_still_judges_a_share() -> None:
    """The default measure keeps existing tables working: a percentage level matches a share claim."""
    expected = [("reference-accurate", Severity.OK)]
    assert _verdicts("Unemployment was 4.4% in 2024.", JOBLESS_LEVEL) == expected


def test_a_share_reference_judges_only_shares() -> None:
    share = Reference(Amount.exact(120, "dimensionless"), subject="members", measure=Measure.SHARE)
    level = Reference(Amount.exact(120, "dimensionless"), subject="members")
    claim = CountClaim(Amount.exact(120, "dimensionless"), subject="members")
    assert ReferenceIndex([share]).candidates(claim) == []
    assert ReferenceIndex([share, level]).candidates(claim) == [level]


def test_a_rate_reference_judges_only_rates() -> None:
    rate = Reference(Amount.exact(240_000, "person / year"), subject="net migration", measure=Measure.RATE)
    per_year = RateClaim(Amount.exact(240_000, "person / year"), subject="net migration")
    count = CountClaim(Amount.exact(240_000, "person"), subject="net migration")
    assert [ReferenceIndex([rate]).candidates(c) for c in (per_year, count)] == [[rate], []]


def test_a_keyed_claim_also_needs_the_same_measure() -> None:
    ref = Reference(Amount.stated("4.4", "percent"), key="jobless")
    (claim,) = extract("Unemployment rose by 5% in 2024.", locale="en_GB")
    keyed = claim.__class__(claim.amount, direction=claim.direction, key="jobless")  # type: ignore[attr-defined]
    assert ReferenceIndex([ref]).candidates(keyed) == []


def test_the_table_reads_the_measure_column() -> None:
    rows = [
        {"subject": "Unemployment", "period": "2024", "value": "4.4", "unit": "percent"},
        {"subject": "Unemployment", "period": "2024", "value": "5", "unit": "percent", "measure": "change"},
        {"subject": "Voters", "value": "45", "unit": "percent", "measure": " Share "},
    ]
    expected = [Measure.LEVEL, Measure.CHANGE, Measure.SHARE]
    assert [r.measure for r in load_references(rows)] == expected


def test_the_csv_reads_the_measure_column(tmp_path) -> None:
    path = tmp_path / "refs.csv"
    path.write_text("subject,period,value,unit,measure\nUnemployment,2024,5,percent,change\n", encoding="utf-8")
    (ref,) = load_references(path)
    assert (ref.measure, ref.amount.value) == (Measure.CHANGE, Decimal(5))


def test_an_unknown_measure_is_a_table_error() -> None:
    with pytest.raises(ReferenceTableError, match="measure"):
        load_references([{"value": "5", "unit": "percent", "measure": "growth"}])


def test_the_measure_survives_a_dataframe_and_json() -> None:
    refs = (JOBLESS_LEVEL, JOBLESS_CHANGE)
    frame = references_to_dataframe(refs)
    assert list(frame["measure"]) == ["level", "change"]
    assert references_from_dataframe(frame) == refs
    assert from_json(to_json(JOBLESS_CHANGE), Reference) == JOBLESS_CHANGE


def test_the_json_report_says_what_the_reference_measures() -> None:
    report = json.loads(check(extract("Unemployment rose by 5% in 2024."), (JOBLESS_CHANGE,)).to_json())
    assert [f["reference"]["measure"] for f in report["findings"]] == ["change"]
