"""schema.org ClaimReview JSON-LD for each claim checked against a reference figure.

One ``ClaimReview`` per finding with a reference and a rated verdict (``cannot be checked`` is
left out). The rating scale (``reviewRating``): ``bestRating`` 5, ``worstRating`` 1,
``ratingValue`` and ``alternateName`` from the verdict:

====== ==========================
rating alternateName
====== ==========================
5      Accurate
4      Accurate within rounding
3      Close
2      Only if rounded
1      Inaccurate
====== ==========================

``claimReviewed`` is the sentence of the source text holding the claim when the text is known,
else the claim's own text. ``itemReviewed`` is a ``Claim`` with its ``author`` (the claim's
``source``, else ``claim_author``), ``datePublished`` and an ``appearance`` at ``claim_url``.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from factcheck.checks import wording

if TYPE_CHECKING:
    from factcheck._claims import Claim
    from factcheck.checks import Finding

    from ._report import Report

__all__ = ["render", "reviews"]

_STOPS = ".!?\n"


def _sentence(text: str, start: int, end: int) -> str:
    left = max((text.rfind(c, 0, start) for c in _STOPS), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in _STOPS) if i != -1]
    right = min(rights) + 1 if rights else len(text)
    return " ".join(text[left:right].split())


def _claim_reviewed(claim: Claim, text: str | None, locale: str) -> str:
    if claim.span is not None:
        if text is not None and claim.span.end <= len(text):
            return _sentence(text, claim.span.start, claim.span.end)
        return claim.span.text
    what = claim.amount.format(locale)
    return f"{claim.subject}: {what}" if claim.subject else what


def _review(
    finding: Finding,
    report: Report,
    *,
    author: str,
    date_published: dt.date,
    claim_author: str | None,
    claim_date: dt.date | None,
    claim_url: str | None,
) -> dict[str, Any]:
    assert finding.verdict is not None  # noqa: S101  (reviews() keeps rated findings only)
    claim = finding.claim
    item: dict[str, Any] = {"@type": "Claim"}
    who = claim.source or claim_author
    if who:
        item["author"] = {"@type": "Organization", "name": who}
    if claim_date is not None:
        item["datePublished"] = claim_date.isoformat()
    if claim_url is not None:
        item["appearance"] = {"@type": "CreativeWork", "url": claim_url}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": _claim_reviewed(claim, report.text, report.locale),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": finding.verdict.rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": finding.verdict.label.capitalize(),
            "ratingExplanation": wording.message(finding, report.locale),
        },
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "datePublished": date_published.isoformat(),
    }
    if finding.reference is not None and finding.reference.url:
        review["isBasedOn"] = {"@type": "Dataset", "url": finding.reference.url}
    return review


def reviews(
    report: Report,
    *,
    author: str = "factcheck",
    date_published: dt.date | None = None,
    claim_author: str | None = None,
    claim_date: dt.date | None = None,
    claim_url: str | None = None,
) -> list[dict[str, Any]]:
    """The ClaimReview objects of ``report``; ``date_published`` defaults to today (UTC).

    >>> import datetime as dt
    >>> from factcheck import Amount, CountClaim, Period, Reference, check
    >>> ref = Reference(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024))
    >>> claim = CountClaim(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024))
    >>> (review,) = reviews(check([claim], [ref]), date_published=dt.date(2025, 5, 15))
    >>> review["reviewRating"]["ratingValue"], review["reviewRating"]["alternateName"]
    (5, 'Accurate')
    """
    date = date_published or dt.datetime.now(dt.timezone.utc).date()
    return [
        _review(
            f,
            report,
            author=author,
            date_published=date,
            claim_author=claim_author,
            claim_date=claim_date,
            claim_url=claim_url,
        )
        for f in report.findings
        if f.reference is not None and f.verdict is not None and f.verdict.rating is not None
    ]


def render(report: Report, **options: Any) -> str:
    """The ClaimReview objects as one JSON-LD array, ending with a newline; see :func:`reviews`."""
    return json.dumps(reviews(report, **options), indent=2, ensure_ascii=False) + "\n"
