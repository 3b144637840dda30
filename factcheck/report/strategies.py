"""Hypothesis strategies for reports and findings: what :func:`factcheck.check` makes of drawn claims.

Install the extra (``pip install 'factcheck[hypothesis]'``). The reports are real: lists of
claims drawn by :func:`factcheck.strategies.claims`, checked by :func:`factcheck.check`, so every
finding in them is one the checks make. Registered for ``st.from_type(Report)`` and
``st.from_type(Finding)`` through the ``hypothesis`` entry point. Neither ``import factcheck``
nor ``import factcheck.report`` imports this module.

>>> from hypothesis import find
>>> find(findings(), lambda finding: True).code
'negative-count'
"""

from __future__ import annotations

from typing import TYPE_CHECKING


def _hypothesis_setup_hook() -> None:
    """Register :func:`reports` and :func:`findings` with hypothesis (the ``hypothesis`` entry point).

    It runs whenever hypothesis is imported, so it imports the report layer only then, and names
    the strategies late: this module may be half built when hypothesis calls it.
    """
    from hypothesis import strategies as st  # noqa: PLC0415  (see above)

    from factcheck.checks import Finding  # noqa: PLC0415  (the hook must stay cheap to import)
    from factcheck.report import Report  # noqa: PLC0415

    st.register_type_strategy(Report, st.deferred(lambda: reports()))  # noqa: PLW0108
    st.register_type_strategy(Finding, st.deferred(lambda: findings()))  # noqa: PLW0108


from hypothesis import strategies as st  # noqa: E402  (below the hook on purpose)

from factcheck import strategies as core  # noqa: E402
from factcheck._amount import Amount  # noqa: E402
from factcheck._claims import CountClaim  # noqa: E402

from ._report import Report, check  # noqa: E402

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

    from factcheck.checks import Finding

__all__ = ["findings", "reports"]


def _negative_counts() -> SearchStrategy[CountClaim]:
    """A count below zero kept as stated: the facial check always reports it."""
    return st.integers(min_value=1, max_value=10**6).map(
        lambda n: CountClaim(Amount.exact(-n, "person"), subject="arrivals", as_stated=True)
    )


def reports(*, max_claims: int = 4, with_error: bool = False) -> SearchStrategy[Report]:
    """Reports of :func:`factcheck.check` on up to ``max_claims`` drawn claims.

    With ``with_error`` one of the claims is a negative count, so the report has at least one
    ERROR. Shrinks towards the report of no claims (or of the one negative count).
    """
    if max_claims < 0:
        msg = f"max_claims must be at least 0, got {max_claims}"
        raise ValueError(msg)
    drawn = st.lists(core.claims(), max_size=max_claims)
    if with_error:
        drawn = st.tuples(_negative_counts(), drawn).map(lambda pair: [pair[0], *pair[1]])
    return drawn.map(check)


def findings(*, max_claims: int = 4) -> SearchStrategy[Finding]:
    """Findings the checks make on drawn claims (at least one claim is a negative count).

    Shrinks towards the ``negative-count`` finding of one count.
    """
    return reports(max_claims=max_claims, with_error=True).flatmap(lambda report: st.sampled_from(report.findings))
