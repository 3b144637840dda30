"""Report formats: text, HTML, JSON (stable schema) and ClaimReview JSON-LD."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from types import SimpleNamespace

import pytest

from factcheck import Amount, CountClaim, Direction, Period, Reference, RelativeChangeClaim, Span, check, extract
from factcheck.report import claimreview, html, text
from factcheck.report import json as report_json

SOURCE = "Officials said 4,900 Albanians were returned in 2024 & arrivals fell from 8,000 to 390, a drop of 90%."
Y2024 = Period.year(2024)
REF = Reference(
    Amount.exact(5294, "person"),
    subject="Albanians returned",
    period=Y2024,
    source="Sample bulletin",
    url="https://example.org/r?a=1&b=2",
)


def sample_report():
    returned = CountClaim(
        Amount.exact(4900, "person"),
        subject="Albanians returned",
        period=Y2024,
        source="Officials",
        span=Span(15, 20, "4,900"),
    )
    drop = RelativeChangeClaim(
        Amount.stated("90", "percent"),
        direction=Direction.DOWN,
        before=Amount.stated("8000", "person"),
        after=Amount.stated("390", "person"),
        span=Span(98, 101, "90%"),
    )
    return check([returned, drop], [REF], text=SOURCE, tolerance=Decimal("0.01"))


def test_source_spans_fit_the_text():
    """The spans used below really are where the text says."""
    expected = ["4,900", "90%"]
    assert expected == [SOURCE[c.span.start : c.span.end] for c in sample_report().claims]


def test_text_report():
    """The text report lists each finding with severity, code, verdict, claim and message."""
    expected = """factcheck: 2 claims, 3 findings (2 error, 1 info)

ERROR   reference-inaccurate [inaccurate]
        "4,900" (characters 15-20)
        4,900 people (Albanians returned, 2024): Sample bulletin gives 5,294 people; inaccurate, off
        by 394 people (7.44%).
        source: https://example.org/r?a=1&b=2

ERROR   change-inconsistent [inaccurate]
        "90%" (characters 98-101)
        From 8,000 people to 390 people is a fall of 95.1%, not a fall of 90% (off by 5.12
        percentage points).

1 claim matched no reference figure.
Worst: error.
"""
    assert expected == text.render(sample_report())


def test_html_marks_spans_and_escapes():
    """The HTML report marks each claim in the source, coloured by its worst finding, and escapes text."""
    page = html.render(sample_report())
    expected = (True, True, True, False, True)
    actual = (
        '<mark class="fc-error" title="error">4,900</mark>' in page,
        "returned in 2024 &amp; arrivals" in page,
        '<a href="https://example.org/r?a=1&amp;b=2">source</a>' in page,
        "2024 & arrivals" in page,
        '<tr class="fc-error"><td>error</td><td><b>inaccurate</b></td>' in page,
    )
    assert expected == actual


def test_repr_html_delegates_to_the_renderer():
    """Report._repr_html_ is the HTML renderer's output."""
    report = sample_report()
    expected = html.render(report)
    assert expected == report._repr_html_()


def test_findings_show_as_html_in_ipython():
    """In IPython, a finding on its own shows as its row of the HTML report."""
    formatters = pytest.importorskip("IPython.core.formatters")
    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"text/html": formatters.HTMLFormatter()}))
    finding = sample_report().findings[0]
    registered = html.show_findings_in_ipython(shell)
    expected = (True, html.finding_html(finding), False)
    actual = (registered, shell.display_formatter.formatters["text/html"](finding), hasattr(finding, "_repr_html_"))
    assert expected == actual


def test_amount_and_claim_html():
    """Amounts and claims render as escaped fragments."""
    claim = CountClaim(Amount.exact(5, "person"), subject="<script>")
    expected = (
        '<span class="factcheck-amount" title="[5, 5] person">5 people</span>',
        True,
    )
    actual = (Amount.exact(5, "person")._repr_html_(), "&lt;script&gt;" in claim._repr_html_())
    assert expected == actual


def test_json_schema():
    """The JSON report has the documented top-level fields, decimals as strings and claim ids."""
    data = json.loads(report_json.render(sample_report()))
    finding = data["findings"][0]
    expected = {
        "keys": ["schema", "locale", "summary", "claims", "findings"],
        "schema": "factcheck.report/1",
        "worst": "error",
        "first_claim_amount": {
            "value": "4900",
            "unit": "person",
            "currency": None,
            "low": "4900",
            "high": "4900",
            "low_closed": True,
            "high_closed": True,
            "hedge": "none",
            "exponent": None,
        },
        "finding": ("reference-inaccurate", "error", "inaccurate", [0], "-394", "5294", "Sample bulletin"),
        "change": ("down", "8000", "390"),
    }
    change = data["claims"][1]
    actual = {
        "keys": list(data),
        "schema": data["schema"],
        "worst": data["summary"]["worst"],
        "first_claim_amount": data["claims"][0]["amount"],
        "finding": (
            finding["code"],
            finding["severity"],
            finding["verdict"],
            finding["claims"],
            finding["difference"]["value"],
            finding["reference"]["amount"]["value"],
            finding["reference"]["source"],
        ),
        "change": (change["direction"], change["before"]["value"], change["after"]["value"]),
    }
    assert expected == actual


def test_json_summary_lists_every_severity_and_verdict():
    """The summary has a count for every severity and verdict, zeros included."""
    summary = json.loads(report_json.render(check([])))["summary"]
    expected = {
        "claims": 0,
        "findings": 0,
        "worst": "ok",
        "severities": {"ok": 0, "info": 0, "warning": 0, "error": 0},
        "verdicts": {
            "accurate": 0,
            "accurate_within_rounding": 0,
            "close": 0,
            "only_if_rounded": 0,
            "inaccurate": 0,
            "uncheckable": 0,
        },
    }
    assert expected == summary


def test_claimreview_for_reference_checks_only():
    """One ClaimReview per claim checked against a reference, with the documented rating scale."""
    (review,) = claimreview.reviews(
        sample_report(),
        author="Sample Desk",
        date_published=dt.date(2025, 5, 16),
        claim_date=dt.date(2025, 5, 15),
        claim_url="https://example.org/story",
    )
    expected = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Officials said 4,900 Albanians were returned in 2024 & arrivals fell from 8,000 to 390, "
        "a drop of 90%.",
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "Inaccurate",
            "ratingExplanation": "4,900 people (Albanians returned, 2024): Sample bulletin gives 5,294 people; "
            "inaccurate, off by 394 people (7.44%).",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "Officials"},
            "datePublished": "2025-05-15",
            "appearance": {"@type": "CreativeWork", "url": "https://example.org/story"},
        },
        "author": {"@type": "Organization", "name": "Sample Desk"},
        "datePublished": "2025-05-16",
        "isBasedOn": {"@type": "Dataset", "url": "https://example.org/r?a=1&b=2"},
    }
    assert expected == review


def test_claimreview_required_fields_present():
    """Every review carries the fields schema.org and search engines require."""
    reviews = json.loads(claimreview.render(sample_report(), date_published=dt.date(2025, 5, 16)))
    required = {"@context", "@type", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed"}
    expected = [set()]
    assert expected == [required - set(r) for r in reviews]


def test_report_methods_render_each_format() -> None:
    """Report.to_text/to_html/to_json/to_claimreview are the format modules' renderings; str() is the text."""
    report = check(extract("Sales fell from £5m to £3m, a drop of 60%."))
    expected = (
        text.render(report),
        html.render(report),
        report_json.render(report, indent=None),
        claimreview.render(report),
    )
    assert expected == (report.to_text(), report.to_html(), report.to_json(indent=None), report.to_claimreview())
    assert str(report) == report.to_text()


def test_claims_and_findings_print_for_people() -> None:
    """str(claim) is the figure and what it is; str(finding) its severity, code and message."""
    claims = extract("In 2024 sales fell from £10m to £3m, a drop of 60%.")
    finding = check(claims).findings[0]
    expected = (
        ["£10m (money, 2024, sales)", "£3m (money, 2024, sales)", "60% (relative_change, 2024, sales)"],
        (
            "ERROR change-inconsistent: From £10m to £3m is a fall of 70%, not a fall of 60%"
            " (off by 10 percentage points)."
        ),
    )
    assert expected == ([str(c) for c in claims], str(finding))


def test_report_repr_counts_in_the_singular_too() -> None:
    """One claim and one finding are not '1 claims, 1 findings'."""
    report = check(extract("Sales fell from £5m to £3m, a drop of 60%."))
    one = check(extract("Five people came."))
    expected = ("<Report: 3 claims, 1 finding (error=1)>", "<Report: 1 claim, 0 findings (none)>")
    assert expected == (repr(report), repr(one))


def test_check_takes_the_text_itself() -> None:
    """check(article) extracts the claims and keeps the text, so the HTML marks them without it twice."""
    article = "Sales fell from £5m to £3m, a drop of 60%."
    by_text, by_claims = check(article), check(extract(article), text=article)
    expected = (by_claims, article)
    assert expected == (by_text, by_text.text)
    assert by_text.to_html() == by_claims.to_html()


def test_json_claims_carry_their_counted_noun() -> None:
    """The report JSON gives ``counted`` on counts and absolute changes (and ``per`` on rates)."""
    data = json.loads(report_json.render(check(extract("The Greens held 40 seats and gained 13 seats."))))
    expected = [("count", "seat"), ("absolute_change", "seat")]
    assert expected == [(c["kind"], c["counted"]) for c in data["claims"]]
