"""JSON reports with a stable schema (``"schema": "factcheck.report/1"``); decimals are strings.

The schema, version 1::

    {
      "schema": "factcheck.report/1",
      "locale": "en_GB",
      "summary": {"claims": 3, "findings": 2, "worst": "error",
                  "severities": {"ok": 1, "info": 0, "warning": 0, "error": 1},
                  "verdicts": {"accurate": 0, "accurate_within_rounding": 1, ...}},
      "claims": [{"id": 0, "kind": "count", "amount": AMOUNT, "subject": ..., "period": "2024",
                  "place": ..., "source": ..., "qualifier": ..., "key": ..., "as_stated": false,
                  "span": {"start": 10, "end": 15, "text": "5,294"} | null,
                  "parts": [AMOUNT...], "parts_complete": true, "over": AMOUNT | null,
                  "modality": "outturn" | "forecast" | "estimate" | "target" | "plan" | "hypothetical",
                  "inferred": ["link", "period", "exhaustive", "disjoint"] (what extraction inferred; usually []),
                  # changes only: "direction": "up"|"down"|"unspecified", "before", "after"
                  # shares only: "whole", "part", "total"
                  # counts, absolute changes and rates: "counted" (the counted noun, singular: "home",
                  #   "seat" of "gained 13 seats", or null); rates also "per" ("game" of "per game", or null)
                  }],
      "findings": [{"code": "change-inconsistent", "check": "change_consistency",
                    "severity": "error", "verdict": "inaccurate" | null, "message": "...",
                    "claims": [0], "expected": AMOUNT | null, "difference": AMOUNT | null,
                    "relative_difference": "0.0744" | null, "reference": REFERENCE | null,
                    "uncertain": ["subject"]}]
    }

    AMOUNT = {"value": "95", "unit": "percent", "currency": null, "low": "94.5" | null,
              "high": "95.5" | null, "low_closed": true, "high_closed": false,
              "hedge": "none", "exponent": 0 | null}
    REFERENCE = {"amount": AMOUNT, "subject", "period", "place", "source", "url", "key", "prices",
                 "measure": "level" | "change" | "share" | "rate"}

``claims`` in a finding are indices into ``claims``; ``uncertain`` lists the readings the finding
rests on that are not certain ("link", "subject", "period", "modality", "exhaustive", "disjoint"; empty when all are
certain, see :class:`factcheck.Certainty`). New fields may be added within version 1;
removing or changing one bumps the version. Claims are written by this module (not by
:mod:`factcheck.serialize`) so that the report schema stays fixed whatever that converter does.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from factcheck._claims import AbsoluteChangeClaim, ChangeClaim, CountClaim, RateClaim, ShareClaim
from factcheck._decimal import plain
from factcheck.checks import wording

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._claims import Claim
    from factcheck.checks import Finding, Reference

    from ._report import Report

__all__ = ["SCHEMA", "amount_dict", "claim_dict", "render", "report_dict"]

SCHEMA: Final = "factcheck.report/1"
"""The schema name and version written in every JSON report."""


def amount_dict(amount: Amount) -> dict[str, Any]:
    """An amount as JSON-ready data.

    >>> from factcheck import Amount
    >>> amount_dict(Amount.stated("95", "percent"))["low"]
    '94.5'
    """
    bounds = amount.bounds
    return {
        "value": plain(amount.value),
        "unit": str(amount.unit) or "dimensionless",
        "currency": amount.currency,
        "low": None if bounds.low is None else plain(bounds.low),
        "high": None if bounds.high is None else plain(bounds.high),
        "low_closed": bounds.low_closed,
        "high_closed": bounds.high_closed,
        "hedge": amount.hedge.value,
        "exponent": amount.exponent,
    }


def _opt(amount: Amount | None) -> dict[str, Any] | None:
    return None if amount is None else amount_dict(amount)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def claim_dict(claim: Claim, claim_id: int) -> dict[str, Any]:
    """A claim as JSON-ready data, with its ``id`` in the report."""
    data: dict[str, Any] = {
        "id": claim_id,
        "kind": claim.kind,
        "amount": amount_dict(claim.amount),
        "subject": claim.subject,
        "period": _text(claim.period),
        "place": claim.place,
        "source": claim.source,
        "qualifier": claim.qualifier,
        "key": claim.key,
        "as_stated": claim.as_stated,
        "span": None
        if claim.span is None
        else {"start": claim.span.start, "end": claim.span.end, "text": claim.span.text},
        "parts": [amount_dict(p) for p in claim.parts],
        "parts_complete": claim.parts_complete,
        "over": _opt(claim.over),
        "modality": claim.modality.value,
        "inferred": [reading.value for reading in claim.inferred],
    }
    if isinstance(claim, ChangeClaim):
        data.update(direction=claim.direction.value, before=_opt(claim.before), after=_opt(claim.after))
    if isinstance(claim, ShareClaim):
        data.update(whole=claim.whole, part=_opt(claim.part), total=_opt(claim.total))
    if isinstance(claim, CountClaim | AbsoluteChangeClaim | RateClaim):
        data["counted"] = claim.counted
    if isinstance(claim, RateClaim):
        data["per"] = claim.per
    return data


def _reference_dict(reference: Reference | None) -> dict[str, Any] | None:
    if reference is None:
        return None
    return {
        "amount": amount_dict(reference.amount),
        "subject": reference.subject,
        "period": _text(reference.period),
        "place": reference.place,
        "source": reference.source,
        "url": reference.url,
        "key": reference.key,
        "prices": _text(reference.prices),
        "measure": reference.measure.value,
    }


def _finding_dict(finding: Finding, ids: dict[int, int], locale: str) -> dict[str, Any]:
    return {
        "code": finding.code,
        "check": finding.check,
        "severity": finding.severity.label,
        "verdict": None if finding.verdict is None else finding.verdict.value,
        "message": wording.message(finding, locale),
        "claims": [ids[id(c)] for c in finding.claims if id(c) in ids],
        "expected": _opt(finding.expected),
        "difference": _opt(finding.difference),
        "relative_difference": None if finding.relative_difference is None else plain(finding.relative_difference),
        "reference": _reference_dict(finding.reference),
        "uncertain": [r.value for r in finding.certainty.uncertain],
    }


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data in the schema above."""
    summary = report.summary
    ids = {id(c): i for i, c in enumerate(report.claims)}
    return {
        "schema": SCHEMA,
        "locale": report.locale,
        "summary": {
            "claims": summary.claims,
            "findings": summary.findings,
            "worst": report.worst.label,
            "severities": {s.label: n for s, n in summary.severities.items()},
            "verdicts": {v.value: n for v, n in summary.verdicts.items()},
        },
        "claims": [claim_dict(c, i) for i, c in enumerate(report.claims)],
        "findings": [_finding_dict(f, ids, report.locale) for f in report.findings],
    }


def render(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text (UTF-8 characters kept), ending with a newline.

    >>> from factcheck import check
    >>> render(check([]), indent=None)[:32]
    '{"schema": "factcheck.report/1",'
    """
    return json.dumps(report_dict(report), indent=indent, ensure_ascii=False) + "\n"
