"""Facial validity: figures that cannot be true whatever the world is like.

Extraction keeps odd claims (``as_stated=True``) instead of dropping them; this check reports
each problem :func:`factcheck.violations` finds, with the same code the model's
:class:`factcheck.ValidationError` carries: ``negative-count``, ``fractional-count``,
``share-out-of-range``, ``decrease-over-100``, ``money-without-currency``,
``unit-does-not-fit-kind``, ``negative-magnitude``, ``points-change-over-100``,
``negative-ratio``, ``negative-duration``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._validity import violations

from ._finding import Facts, Finding, Severity, Verdict

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from factcheck._claims import Claim

    from . import CheckContext

__all__ = ["facial_validity"]


def facial_validity(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """One finding per facial problem of each claim kept ``as_stated``.

    >>> from factcheck import Amount, CheckContext, ShareClaim
    >>> claim = ShareClaim(Amount.exact(120, "percent"), subject="voters", as_stated=True)
    >>> [(f.code, f.message) for f in facial_validity([claim], CheckContext())]
    [('share-out-of-range', 'voters: 120%: a share of a whole lies between 0% and 100%')]
    """
    for claim in claims:
        if not claim.as_stated:
            continue  # built without as_stated: the model already refused anything invalid
        for problem in violations(claim):
            yield Finding.from_facts(
                problem.code,
                Severity.ERROR,
                (claim,),
                Facts(detail=problem.reason),
                locale=ctx.locale,
                verdict=Verdict.INACCURATE,
                check="facial_validity",
            )
