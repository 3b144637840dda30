"""HTML for Jupyter and the web; every piece of text is escaped.

:func:`render` gives a report as a table of findings with verdicts highlighted by severity and,
when the source text is known, the text with each claim's span marked; ``Report._repr_html_``
is :func:`render`. :func:`finding_html` gives one finding as a one-row table.

:func:`amount_html` and :func:`claim_html` back the ``_repr_html_`` of amounts and claims; they
live beside those value types (``factcheck._format``), which this layer sits above.
:class:`~factcheck.Finding` has no ``_repr_html_``: a value type of the checks layer may not
import this one. Instead, when IPython is running, importing :mod:`factcheck.report` (which
``factcheck.check`` does) registers :func:`finding_html` as IPython's HTML formatter for findings,
so a finding on its own in a Jupyter cell still shows as its row of the report
(:func:`show_findings_in_ipython`).
"""

from __future__ import annotations

import sys
from html import escape
from typing import TYPE_CHECKING, Any

from factcheck._format import amount_html, claim_html
from factcheck.checks import Finding, Severity, wording

if TYPE_CHECKING:
    from factcheck._claims import Claim

    from ._report import Report

__all__ = ["amount_html", "claim_html", "finding_html", "render", "show_findings_in_ipython"]

_STYLE = """<style>
.factcheck-report table{border-collapse:collapse}
.factcheck-report td,.factcheck-report th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
.factcheck-report .fc-ok{background:#e6f4ea}.factcheck-report .fc-info{background:#eef3fb}
.factcheck-report .fc-warning{background:#fff4d6}.factcheck-report .fc-error{background:#fde2e1}
.factcheck-report mark{padding:0 2px}.factcheck-report .fc-source{white-space:pre-wrap;max-width:60em}
</style>"""


def _css(severity: Severity) -> str:
    return f"fc-{severity.label}"


def _claim_cell(claim: Claim, locale: str) -> str:
    text = claim.span.text if claim.span is not None else claim.amount.format(locale)
    return escape(text) + (f" <small>({escape(claim.subject)})</small>" if claim.subject else "")


def _row(finding: Finding, locale: str) -> str:
    verdict = escape(finding.verdict.label) if finding.verdict is not None else ""
    claims = "<br>".join(_claim_cell(c, locale) for c in finding.claims)
    message = escape(wording.message(finding, locale))
    if finding.reference is not None and finding.reference.url:
        url = escape(finding.reference.url, quote=True)
        message += f' <a href="{url}">source</a>'
    uncertain = " ".join(r.value for r in finding.certainty.uncertain)
    marked = f' data-uncertain="{escape(uncertain, quote=True)}"' if uncertain else ""
    return (
        f'<tr class="{_css(finding.severity)}"{marked}>'
        f"<td>{escape(finding.severity.label)}</td><td><b>{verdict}</b></td>"
        f"<td><code>{escape(finding.code)}</code></td><td>{claims}</td><td>{message}</td></tr>"
    )


def finding_html(finding: Finding, locale: str = "en_GB") -> str:
    """One finding as a one-row table."""
    return f'<table class="factcheck-finding">{_row(finding, locale)}</table>'


def _marked_text(report: Report) -> str:
    text = report.text or ""
    worst: dict[int, Severity] = {}
    for finding in report.findings:
        for claim in finding.claims:
            worst[id(claim)] = max(worst.get(id(claim), Severity.OK), finding.severity)
    spans = sorted(
        ((c.span.start, c.span.end, worst.get(id(c))) for c in report.claims if c.span is not None),
        key=lambda s: (s[0], -s[1]),
    )
    pieces: list[str] = []
    at = 0
    for start, end, severity in spans:
        if start < at or end > len(text):
            continue  # overlapping or out of range: leave the text unmarked there
        pieces.append(escape(text[at:start]))
        css = _css(severity) if severity is not None else "fc-none"
        title = severity.label if severity is not None else "no finding"
        pieces.append(f'<mark class="{css}" title="{title}">{escape(text[start:end])}</mark>')
        at = end
    pieces.append(escape(text[at:]))
    return "".join(pieces)


def render(report: Report) -> str:
    """The report as an HTML fragment: summary, the source text with claims marked, the findings.

    >>> from factcheck import Amount, CountClaim, check
    >>> html = render(check([CountClaim(Amount.exact(-3, "person"), subject="<b>", as_stated=True)]))
    >>> '<tr class="fc-error">' in html, "&lt;b&gt;: -3 people" in html
    (True, True)
    """
    summary = report.summary
    counts = ", ".join(f"{n} {s.label}" for s, n in sorted(summary.severities.items(), reverse=True) if n)
    parts = [
        '<div class="factcheck-report">',
        _STYLE,
        f"<p><b>factcheck</b>: {summary.claims} claims, {summary.findings} findings"
        + (f" ({escape(counts)})" if counts else "")
        + "</p>",
    ]
    if report.text is not None:
        parts.append(f'<div class="fc-source">{_marked_text(report)}</div>')
    if report.findings:
        rows = "".join(_row(f, report.locale) for f in report.findings)
        parts.append(
            "<table><thead><tr><th>severity</th><th>verdict</th><th>code</th><th>claim</th><th>finding</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def show_findings_in_ipython(shell: Any = None) -> bool:
    """Register :func:`finding_html` as the HTML formatter for findings in IPython's ``shell``.

    ``shell`` defaults to the running IPython shell, if any. Returns whether a shell was found;
    without IPython this does nothing. :mod:`factcheck.report` calls it once when imported.
    """
    if shell is None:
        ipython = sys.modules.get("IPython")
        shell = ipython.get_ipython() if ipython is not None else None
        if shell is None:
            return False
    formatter = shell.display_formatter.formatters["text/html"]
    formatter.for_type(Finding, finding_html)
    return True
