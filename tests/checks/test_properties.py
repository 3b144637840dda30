"""Properties: checks never raise, every format renders, and relations built to agree pass."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_EVEN, Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount, CheckContext, Direction, RelativeChangeClaim, Severity, Verdict, check
from factcheck.checks.consistency import change_consistency
from factcheck.checks.strategies import references
from factcheck.report import claimreview, html, text
from factcheck.report import json as report_json
from factcheck.strategies import claims


@given(st.lists(claims(), max_size=8), st.lists(references(), max_size=4))
def test_checks_never_raise_and_formats_render(claim_list, reference_list):
    """Any valid claims against any references give a report every format renders."""
    report = check(claim_list, reference_list)
    inputs = {id(c) for c in claim_list}
    rendered = (text.render(report), html.render(report), report_json.render(report), claimreview.render(report))
    expected = (True, report.summary.findings, True)
    actual = (
        all(id(c) in inputs for f in report.findings for c in f.claims),
        len(json.loads(rendered[2])["findings"]),
        all(r.endswith("\n") for r in (rendered[0], rendered[2], rendered[3])),
    )
    assert expected == actual


@given(claims(kinds=("share", "money", "absolute_change"), annotated=False))
def test_relations_built_to_agree_are_not_errors(claim):
    """Parts that add up, a share that is its part over its total, a change that is after minus before."""
    report = check([claim])
    expected = []
    assert expected == [f.message for f in report.findings if f.severity >= Severity.ERROR]


@given(st.integers(1, 10**6), st.integers(0, 10**6))
def test_change_rounded_to_one_decimal_is_within_rounding(before, after):
    """The exact change between two counts, rounded to one decimal, is never judged wrong."""
    exact = (Decimal(after) - Decimal(before)) * 100 / Decimal(before)
    stated = abs(exact).quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN)
    claim = RelativeChangeClaim(
        Amount.stated(stated, "percent"),
        direction=Direction.DOWN if exact < 0 else Direction.UP,
        before=Amount.stated(str(before), "person"),
        after=Amount.stated(str(after), "person"),
    )
    (finding,) = change_consistency([claim], CheckContext())
    expected = True
    assert expected == (finding.verdict in (Verdict.ACCURATE, Verdict.ACCURATE_WITHIN_ROUNDING))


@given(st.integers(1, 10**6), st.integers(0, 10**6), st.integers(2, 50))
def test_change_off_by_more_than_its_precision_is_inaccurate(before, after, points):
    """A change stated whole points away from the exact change is inaccurate (counts are exact)."""
    exact = (Decimal(after) - Decimal(before)) * 100 / Decimal(before)
    wrong = exact.to_integral_value() + points
    claim = RelativeChangeClaim(
        Amount.stated(str(abs(wrong)), "percent"),
        direction=Direction.DOWN if wrong < 0 else Direction.UP,
        before=Amount.stated(str(before), "person"),
        after=Amount.stated(str(after), "person"),
        as_stated=True,
    )
    (finding,) = change_consistency([claim], CheckContext())
    expected = Verdict.INACCURATE
    assert expected == finding.verdict
