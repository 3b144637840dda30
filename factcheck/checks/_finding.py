"""Finding, Severity and Verdict: what a check says about claims, and how strongly."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
from attrs import field, frozen

from factcheck._amount import Amount
from factcheck._claims import Claim

from ._references import Reference

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["Finding", "Severity", "Verdict"]


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``max(severities)`` is the worst.

    >>> Severity.WARNING > Severity.INFO
    True
    """

    OK = 0
    """Checked and fine: the figures agree."""
    INFO = 1
    """Worth knowing, nothing wrong: cannot be checked, or close within the caller's tolerance."""
    WARNING = 2
    """Holds only under a generous reading (rounded inputs, overlapping groups)."""
    ERROR = 3
    """Cannot be true: invalid on its face, inconsistent with other figures, or inaccurate."""

    @property
    def label(self) -> str:
        """The lower-case name used in reports and JSON: ``"warning"``."""
        return self.name.lower()


class Verdict(enum.Enum):
    """How a figure fares against what it should be; see ``docs/verdicts.md`` for the scale.

    ``rating`` is the ClaimReview rating: 5 best, 1 worst, ``None`` for :attr:`UNCHECKABLE`.

    >>> Verdict.ACCURATE_WITHIN_ROUNDING.rating, Verdict.ACCURATE_WITHIN_ROUNDING.label
    (4, 'accurate within rounding')
    """

    ACCURATE = "accurate"
    """The figure equals what it should be."""
    ACCURATE_WITHIN_ROUNDING = "accurate_within_rounding"
    """What it should be lies within the figure's stated rounding or hedge."""
    CLOSE = "close"
    """Off, but within the relative tolerance the caller set."""
    ONLY_IF_ROUNDED = "only_if_rounded"
    """Holds only if visibly rounded figures ("£2m") are read as widely as their rounding allows."""
    INACCURATE = "inaccurate"
    """Wrong, even under the widest reading of every figure."""
    UNCHECKABLE = "uncheckable"
    """No reference to check against, or units that do not compare."""

    @property
    def rating(self) -> int | None:
        """The ClaimReview ``ratingValue`` (1 worst to 5 best), ``None`` when not checked."""
        return _RATINGS[self]

    @property
    def label(self) -> str:
        """The verdict in words, for people: ``"accurate within rounding"``."""
        return _LABELS[self]

    @property
    def severity(self) -> Severity:
        """The severity a finding with this verdict carries."""
        return _SEVERITIES[self]


_RATINGS: dict[Verdict, int | None] = {
    Verdict.ACCURATE: 5,
    Verdict.ACCURATE_WITHIN_ROUNDING: 4,
    Verdict.CLOSE: 3,
    Verdict.ONLY_IF_ROUNDED: 2,
    Verdict.INACCURATE: 1,
    Verdict.UNCHECKABLE: None,
}
_LABELS: dict[Verdict, str] = {
    Verdict.ACCURATE: "accurate",
    Verdict.ACCURATE_WITHIN_ROUNDING: "accurate within rounding",
    Verdict.CLOSE: "close",
    Verdict.ONLY_IF_ROUNDED: "only if rounded",
    Verdict.INACCURATE: "inaccurate",
    Verdict.UNCHECKABLE: "cannot be checked",
}
_SEVERITIES: dict[Verdict, Severity] = {
    Verdict.ACCURATE: Severity.OK,
    Verdict.ACCURATE_WITHIN_ROUNDING: Severity.OK,
    Verdict.CLOSE: Severity.INFO,
    Verdict.ONLY_IF_ROUNDED: Severity.WARNING,
    Verdict.INACCURATE: Severity.ERROR,
    Verdict.UNCHECKABLE: Severity.INFO,
}


def _claims(value: Iterable[object]) -> tuple[Claim, ...]:
    result: list[Claim] = []
    for item in value:
        if not isinstance(item, Claim):
            msg = f"a finding's claims must be Claims, got {type(item).__name__}"
            raise TypeError(msg)
        result.append(item)
    return tuple(result)


_opt_amount = attrs.validators.optional(attrs.validators.instance_of(Amount))


@frozen
class Finding:
    """What one check found about one or more claims.

    ``code`` is a stable string (listed in ``docs/verdicts.md``); ``message`` says it for people,
    with numbers written in the report's locale. ``expected`` is the figure the claim should have
    been (the implied change, the sum of the parts, the reference figure), ``difference`` the
    claim minus ``expected``, ``relative_difference`` that difference over ``expected``.

    >>> from factcheck import Amount, CountClaim
    >>> claim = CountClaim(Amount.exact(-3, "person"), as_stated=True)
    >>> Finding("negative-count", Severity.ERROR, (claim,), "a count cannot be negative").claim is claim
    True
    """

    code: str = field(validator=attrs.validators.instance_of(str))
    severity: Severity = field(validator=attrs.validators.instance_of(Severity))
    claims: tuple[Claim, ...] = field(converter=_claims)
    message: str = field(validator=attrs.validators.instance_of(str))
    verdict: Verdict | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Verdict))
    )
    check: str = field(default="", kw_only=True, validator=attrs.validators.instance_of(str))
    """The name of the check that found it (its function's ``__name__``)."""
    expected: Amount | None = field(default=None, kw_only=True, validator=_opt_amount)
    difference: Amount | None = field(default=None, kw_only=True, validator=_opt_amount)
    relative_difference: Decimal | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Decimal))
    )
    reference: Reference | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Reference))
    )

    @property
    def claim(self) -> Claim:
        """The claim the finding is about first (the stated figure that was judged)."""
        return self.claims[0]
