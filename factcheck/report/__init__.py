"""Reports: the :class:`Report` value type and its formats.

Each format is one module with a ``render(report) -> str`` function:

* :mod:`factcheck.report.text`: plain text for terminals and logs;
* :mod:`factcheck.report.html`: an escaped HTML fragment (``Report._repr_html_`` uses it);
* :mod:`factcheck.report.json`: JSON with a stable, versioned schema;
* :mod:`factcheck.report.claimreview`: schema.org ``ClaimReview`` JSON-LD for claims checked
  against a reference.

The value types live beside the checks (:mod:`factcheck.checks`) so that checks can build them;
this package re-exports them.
"""

from __future__ import annotations

from factcheck.checks import Finding, Report, Severity, Summary, Verdict

__all__ = ["Finding", "Report", "Severity", "Summary", "Verdict"]
