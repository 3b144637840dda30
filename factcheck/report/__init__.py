"""Reports: the :class:`Report` value type, :func:`check`, which builds one, and its formats.

Each format is one module with a ``render(report) -> str`` function:

* :mod:`factcheck.report.text`: plain text for terminals and logs;
* :mod:`factcheck.report.html`: an escaped HTML fragment (``Report._repr_html_`` uses it);
* :mod:`factcheck.report.json`: JSON with a stable, versioned schema;
* :mod:`factcheck.report.claimreview`: schema.org ``ClaimReview`` JSON-LD for claims checked
  against a reference.

This layer sits above :mod:`factcheck.checks`: it imports the checks and their findings, never
the reverse. :class:`Finding`, :class:`Severity` and :class:`Verdict` are re-exported from there.
"""

from __future__ import annotations

from factcheck.checks import Finding, Severity, Verdict

from . import html
from ._report import Report, Summary, check

__all__ = ["Finding", "Report", "Severity", "Summary", "Verdict", "check"]

html.show_findings_in_ipython()
