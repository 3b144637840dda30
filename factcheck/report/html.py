"""HTML for Jupyter and the web; every piece of text is escaped.

:func:`render` gives a report as a table of findings with verdicts highlighted by severity and,
when the source text is known, the text with each claim's span marked. :func:`amount_html`,
:func:`claim_html` and :func:`finding_html` back the ``_repr_html_`` of those types
(``Report._repr_html_`` is :func:`render`). The code lives beside the value types it renders
(``factcheck._format``, ``factcheck.checks._html``), so that their ``_repr_html_`` imports
nothing from this layer.
"""

from __future__ import annotations

from factcheck._format import amount_html, claim_html
from factcheck.checks._html import finding_html, render

__all__ = ["amount_html", "claim_html", "finding_html", "render"]
