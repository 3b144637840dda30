"""Plain-text reports for terminals and logs.

One block per finding, in the order of the claims in the text: the severity, the code, the
verdict, the claim as written and the finding in words (:func:`factcheck.checks.wording.message`,
wrapped at 100 characters). Findings that only say no reference matched are counted in one line
at the end.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from factcheck.checks import wording

if TYPE_CHECKING:
    from factcheck._claims import Claim
    from factcheck.checks import Finding

    from ._report import Report

__all__ = ["claim_label", "render"]

_WIDTH = 7
_LINE = 100


def claim_label(claim: Claim, locale: str) -> str:
    """How a claim is named in a report: its text and place in the source, else its amount."""
    if claim.span is not None:
        return f'"{claim.span.text}" (characters {claim.span.start}-{claim.span.end})'
    what = claim.amount.format(locale)
    return f"{what} ({claim.subject})" if claim.subject else what


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary_line(report: Report) -> str:
    summary = report.summary
    counts = ", ".join(f"{n} {s.label}" for s, n in sorted(summary.severities.items(), reverse=True) if n)
    head = f"factcheck: {_count(summary.claims, 'claim')}, {_count(summary.findings, 'finding')}"
    return head + (f" ({counts})" if counts else "")


def _block(finding: Finding, locale: str) -> list[str]:
    head = f"{finding.severity.label.upper():<{_WIDTH}} {finding.code}"
    if finding.verdict is not None:
        head += f" [{finding.verdict.label}]"
    lines = [head]
    lines.extend(f"{'':<{_WIDTH}} {claim_label(c, locale)}" for c in finding.claims)
    message = wording.message(finding, locale)
    lines.extend(f"{'':<{_WIDTH}} {line}" for line in textwrap.wrap(message, _LINE - _WIDTH - 1))
    if finding.reference is not None and finding.reference.url:
        lines.append(f"{'':<{_WIDTH}} source: {finding.reference.url}")
    return lines


def render(report: Report) -> str:
    """The report as plain text, ending with a newline.

    >>> from factcheck import Amount, CountClaim, check
    >>> print(render(check([CountClaim(Amount.exact(-3, "person"), subject="arrivals", as_stated=True)])), end="")
    factcheck: 1 claim, 1 finding (1 error)
    <BLANKLINE>
    ERROR   negative-count [inaccurate]
            -3 people (arrivals)
            arrivals: -3 people: a count cannot be negative
    <BLANKLINE>
    Worst: error.
    """
    lines = [_summary_line(report), ""]
    unmatched = 0
    for finding in report.findings:
        if finding.code == "no-reference":
            unmatched += 1
            continue
        lines.extend(_block(finding, report.locale))
        lines.append("")
    if unmatched:
        lines.append(f"{_count(unmatched, 'claim')} matched no reference figure.")
    lines.append(f"Worst: {report.worst.label}." if report.findings else "Nothing to report.")
    return "\n".join(lines) + "\n"
