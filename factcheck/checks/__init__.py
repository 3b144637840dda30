"""Checks: plain functions over claims that yield findings, and :func:`run_checks`, which runs them.

A check is any callable ``(claims, ctx) -> Iterator[Finding]`` (the :class:`Check` protocol).
The checks to run are an explicit tuple, never a registry filled by imports: add your own with
``factcheck.check(claims, checks=DEFAULT_CHECKS + (my_check,))``. A check never raises on a
wrong claim; it reports it. :func:`factcheck.check` (in :mod:`factcheck.report`) runs the checks
and wraps their findings in a :class:`~factcheck.Report`; this layer knows nothing of reports.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final, Protocol

import attrs
from attrs import field, frozen

from factcheck._decimal import to_decimal
from factcheck._typed import typed_tuple
from factcheck.currency import ExchangeRate

from ._finding import CERTAIN, Certainty, Facts, Finding, Reading, Severity, Verdict
from ._references import COLUMNS, Measure, PriceIndex, Reference, load_references
from .consistency import change_consistency, share_of_total
from .contradiction import contradictions
from .parts import parts_add_up, shares_within_whole
from .rates import rates_and_totals
from .reference import against_references
from .restatements import conversions_agree, restatements_agree
from .validators import facial_validity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from factcheck._claims import Claim

__all__ = [
    "CERTAIN",
    "COLUMNS",
    "DEFAULT_CHECKS",
    "DEFAULT_TOLERANCE",
    "Certainty",
    "Check",
    "CheckContext",
    "Facts",
    "Finding",
    "Measure",
    "PriceIndex",
    "Reading",
    "Reference",
    "Severity",
    "Verdict",
    "load_references",
    "run_checks",
]

DEFAULT_TOLERANCE: Final = Decimal("0.05")
"""The relative error within which a figure is ``close`` to its reference: 5 %."""


def _tolerance(value: object) -> Decimal:
    result = to_decimal(value)
    if result < 0:
        msg = f"tolerance is a non-negative fraction such as 0.05 (for 5 %), got {result}"
        raise ValueError(msg)
    return result


def _rates(value: Iterable[object]) -> tuple[ExchangeRate, ...]:
    return typed_tuple(value, ExchangeRate, "rates must be ExchangeRates")


def _references(value: Iterable[object]) -> tuple[Reference, ...]:
    return typed_tuple(value, Reference, "references must be References (use load_references)")


@frozen
class CheckContext:
    """What every check may use besides the claims: references, locale and the caller's settings.

    >>> CheckContext().tolerance
    Decimal('0.05')
    """

    references: tuple[Reference, ...] = field(default=(), converter=_references)
    locale: str = field(default="en_GB", validator=attrs.validators.instance_of(str))
    """The locale messages write numbers in (babel)."""
    tolerance: Decimal = field(default=DEFAULT_TOLERANCE, converter=_tolerance)
    """Relative error (a fraction) within which a figure is ``close`` to its reference."""
    rates: tuple[ExchangeRate, ...] = field(default=(), converter=_rates)
    """Exchange rates for comparing money across currencies; none are ever assumed."""
    price_index: PriceIndex | None = field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(PriceIndex))
    )
    """A price index for comparing cash figures with references in real terms."""


class Check(Protocol):
    """A check: a function of the claims and a :class:`CheckContext` that yields findings."""

    def __call__(self, claims: Sequence[Claim], ctx: CheckContext, /) -> Iterator[Finding]: ...  # noqa: D102


DEFAULT_CHECKS: Final[tuple[Check, ...]] = (
    facial_validity,
    change_consistency,
    share_of_total,
    parts_add_up,
    shares_within_whole,
    rates_and_totals,
    restatements_agree,
    conversions_agree,
    contradictions,
    against_references,
)
"""The checks :func:`run_checks` and :func:`factcheck.check` run unless told otherwise, in this order."""


def run_checks(
    claims: Sequence[Claim], ctx: CheckContext | None = None, *, checks: Sequence[Check] = DEFAULT_CHECKS
) -> tuple[Finding, ...]:
    """Run ``checks`` over ``claims`` with ``ctx`` (default: ``CheckContext()``); the findings in claim order.

    Findings come in the order of the first of their claims in ``claims`` (compared by
    identity), and in the order the checks found them within one claim.

    >>> from factcheck import Amount, CountClaim
    >>> [f.code for f in run_checks([CountClaim(Amount.exact(-3, "person"), as_stated=True)])]
    ['negative-count']
    """
    ctx = CheckContext() if ctx is None else ctx
    found: list[Finding] = []
    for one in checks:
        found.extend(one(claims, ctx))
    position = {id(c): i for i, c in enumerate(claims)}
    found.sort(key=lambda f: min((position.get(id(c), len(claims)) for c in f.claims), default=len(claims)))
    return tuple(found)
