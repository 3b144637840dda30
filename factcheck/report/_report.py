"""Report: the claims, what the checks found, and a summary; :func:`check` builds one.

The formats are the modules beside this one (:mod:`factcheck.report.text`, ``html``, ``json``,
``claimreview``); :meth:`Report._repr_html_` is :func:`factcheck.report.html.render`.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
from attrs import field, frozen

from factcheck._claims import Claim
from factcheck._extract import extract
from factcheck._typed import typed_tuple
from factcheck.checks import (
    DEFAULT_CHECKS,
    DEFAULT_TOLERANCE,
    CheckContext,
    Finding,
    Severity,
    Verdict,
    load_references,
    run_checks,
)

from . import claimreview, html, text
from . import json as json_format

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence
    from decimal import Decimal

    from factcheck.checks import Check, PriceIndex
    from factcheck.currency import ExchangeRate

__all__ = ["Report", "Summary", "check"]


def _claims(value: Iterable[object]) -> tuple[Claim, ...]:
    return typed_tuple(value, Claim, "a report's claims must be Claims")


def _findings(value: Iterable[object]) -> tuple[Finding, ...]:
    return typed_tuple(value, Finding, "a report's findings must be Findings")


@frozen
class Summary:
    """How many claims and findings, and findings by severity and by verdict (every member listed)."""

    claims: int
    findings: int
    severities: Mapping[Severity, int] = field(eq=False, hash=False)
    verdicts: Mapping[Verdict, int] = field(eq=False, hash=False)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Summary):
            return NotImplemented
        return (self.claims, self.findings, dict(self.severities), dict(self.verdicts)) == (
            other.claims,
            other.findings,
            dict(other.severities),
            dict(other.verdicts),
        )

    def __hash__(self) -> int:
        return hash((self.claims, self.findings, tuple(self.severities.items()), tuple(self.verdicts.items())))

    def __reduce__(self) -> tuple[Any, ...]:
        # a mappingproxy does not pickle: the counts travel as dicts and are wrapped again
        return _summary, (self.claims, self.findings, dict(self.severities), dict(self.verdicts))


def _summary(claims: int, findings: int, severities: dict[Severity, int], verdicts: dict[Verdict, int]) -> Summary:
    return Summary(claims, findings, MappingProxyType(severities), MappingProxyType(verdicts))


@frozen(repr=False)
class Report:
    """The result of :func:`factcheck.check`: claims, findings (in the claims' order) and a summary.

    ``text`` is the source text when known (the HTML report marks the claims' spans in it);
    ``locale`` is the locale the messages were written in.

    >>> from factcheck import Amount, CountClaim, check
    >>> report = check([CountClaim(Amount.exact(-3, "person"), subject="arrivals", as_stated=True)])
    >>> report.worst.label, [f.code for f in report.findings]
    ('error', ['negative-count'])
    """

    claims: tuple[Claim, ...] = field(converter=_claims)
    findings: tuple[Finding, ...] = field(converter=_findings)
    locale: str = field(default="en_GB", kw_only=True, validator=attrs.validators.instance_of(str))
    text: str | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )

    @property
    def worst(self) -> Severity:
        """The highest severity among the findings; ``Severity.OK`` when there are none."""
        return max((f.severity for f in self.findings), default=Severity.OK)

    @property
    def summary(self) -> Summary:
        """Counts of claims, findings, findings per severity and per verdict."""
        severities = dict.fromkeys(Severity, 0)
        verdicts = dict.fromkeys(Verdict, 0)
        for finding in self.findings:
            severities[finding.severity] += 1
            if finding.verdict is not None:
                verdicts[finding.verdict] += 1
        return Summary(len(self.claims), len(self.findings), MappingProxyType(severities), MappingProxyType(verdicts))

    def findings_for(self, claim: Claim) -> tuple[Finding, ...]:
        """The findings that involve ``claim`` (compared by identity, then by value)."""
        return tuple(f for f in self.findings if any(c is claim for c in f.claims)) or tuple(
            f for f in self.findings if claim in f.claims
        )

    def at_least(self, severity: Severity) -> tuple[Finding, ...]:
        """The findings of ``severity`` or worse."""
        return tuple(f for f in self.findings if f.severity >= severity)

    def to_text(self) -> str:
        """The plain-text report, as ``factcheck check`` prints it; also ``str(report)``."""
        return text.render(self)

    def to_html(self) -> str:
        """The escaped HTML report (what Jupyter shows); marks the claims in the text when known."""
        return html.render(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON with a stable, versioned schema (:mod:`factcheck.report.json`)."""
        return json_format.render(self, indent=indent)

    def to_claimreview(self, **options: Any) -> str:
        """schema.org ``ClaimReview`` JSON-LD; ``options`` as :func:`factcheck.report.claimreview.render` takes."""
        return claimreview.render(self, **options)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        counts = ", ".join(f"{s.label}={n}" for s, n in self.summary.severities.items() if n)
        claims, findings = len(self.claims), len(self.findings)
        return (
            f"<Report: {claims} claim{'' if claims == 1 else 's'}, {findings} finding{'' if findings == 1 else 's'}"
            f" ({counts or 'none'})>"
        )

    def _repr_html_(self) -> str:
        return html.render(self)


def check(
    claims: Iterable[Claim] | str,
    references: object = None,
    *,
    checks: Sequence[Check] = DEFAULT_CHECKS,
    locale: str = "en_GB",
    tolerance: Decimal | str | int = DEFAULT_TOLERANCE,
    rates: Iterable[ExchangeRate] = (),
    price_index: PriceIndex | None = None,
    text: str | None = None,
) -> Report:
    """Run ``checks`` over ``claims`` and return a :class:`Report` of what they found.

    ``references`` is anything :func:`~factcheck.checks.load_references` reads (a CSV path, a
    list of :class:`~factcheck.Reference` or mappings, a pandas DataFrame), or ``None``. ``text``
    is the source text, when known, for reports that show the claims in it. ``claims`` may be the
    text itself: it is then read with :func:`factcheck.extract` in ``locale`` and kept as ``text``,
    so ``check(article)`` is ``check(extract(article), text=article)``. Findings come in the order
    of the claims they are about (:func:`factcheck.checks.run_checks`).

    >>> from factcheck import Amount, Direction, RelativeChangeClaim, check
    >>> drop = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN,
    ...                            before=Amount.stated("8000", "person"), after=Amount.stated("390", "person"))
    >>> report = check([drop])
    >>> [(f.code, f.verdict.label) for f in report.findings]
    [('change-consistent', 'accurate within rounding')]
    """
    if isinstance(claims, str):
        text = claims if text is None else text
        claims = extract(claims, locale)
    claim_list = list(claims)
    refs = () if references is None else load_references(references, locale=locale)
    ctx = CheckContext(refs, locale, tolerance, rates, price_index)
    return Report(claim_list, run_checks(claim_list, ctx, checks=checks), locale=locale, text=text)
