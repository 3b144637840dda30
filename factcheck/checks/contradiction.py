"""Contradiction: two claims about the same thing, period and place that cannot both be true.

Claims are grouped by kind, normalised subject and place, period, the dimension of their
unit, what they are a number of (a count's noun: "4 homes" and "4 cylinders" never pair) and
their modality (an outturn never pairs with a forecast, estimate, target, plan or hypothesis);
claims without a subject or a period are not grouped (the figures of one article about the
same subject with no date are too often different quantities: a fund and its parts), nor are
changes with their own before and after (those are checked against them). Amounts that are the before, after, part or
total of another claim are left out (they are other quantities of the same subject), and so are
claims whose subject names only what they count (:func:`._grouping.only_what_is_counted`: a
one-word subject of a count such as "people", or a share whose subject is its whole, "40% of
voters"). Extraction gives a count the verb that says what happened to what it counts, so "600
people died" (subject "people died") and "1,200 people were hurt" ("people hurt") stay apart,
while "4,100 people were deported in 2023" and "5,600 people were deported in 2023" are paired.
Extraction keeps apart what the text keeps apart (see "The same quantity" in docs/verdicts.md):
a table cell takes no subject from the words around it, the before of a change stated without
its size has no period of its own, and a year in brackets dates only the bracketed figure.
Within a group, the claim with the highest low end and the one with the lowest high end are
compared: if those two overlap, every pair does, so a group costs one pass.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from factcheck._claims import ChangeClaim, ShareClaim
from factcheck.errors import FactcheckError

from ._finding import Certainty, Facts, Finding, Reading, Severity, Verdict
from ._grouping import counted_key, group_by, normalise, only_what_is_counted, unit_key

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from factcheck._amount import Amount
    from factcheck._claims import Claim
    from factcheck._interval import Interval

    from . import CheckContext

__all__ = ["contradictions"]

_INF = Decimal("Infinity")
_PAIRED_BY_SUBJECT = Certainty({Reading.SUBJECT})
"""Two figures paired because what they are about matches, never because the text links them:
the pairing is not certain, so a contradiction is a WARNING, never an ERROR."""


def _linked(claims: Sequence[Claim]) -> set[Amount]:
    linked: set[Amount] = set()
    for claim in claims:
        linked.update(claim.parts)
        if isinstance(claim, ChangeClaim):
            linked.update(a for a in (claim.before, claim.after) if a is not None)
        elif isinstance(claim, ShareClaim):
            linked.update(a for a in (claim.part, claim.total) if a is not None)
    return linked


def contradictions(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Groups of claims about the same thing whose intervals do not all overlap.

    Code: ``contradiction`` (WARNING: the figures are paired by their subjects, which is not
    certain; see :class:`~factcheck.Reading`).

    >>> from factcheck import Amount, CheckContext, CountClaim, Period
    >>> a, b = (CountClaim(Amount.stated(v, "person"), subject="Albanians returned", period=Period.year(2024))
    ...         for v in ("5294", "4900"))
    >>> [(f.severity.label, f.message) for f in contradictions([a, b], CheckContext())]  # doctest: +ELLIPSIS
    [('warning', 'Albanians returned, 2024: 5,294 people and 4,900 people cannot both be true. Not certain: ...')]
    """
    linked = _linked(claims)

    def key(claim: Claim) -> object:
        subject = normalise(claim.subject)
        if subject is None or claim.period is None or claim.amount in linked or only_what_is_counted(claim):
            return None
        if isinstance(claim, ChangeClaim) and claim.before is not None:
            return None  # checked against its own before and after
        unit = unit_key(claim.amount.unit)
        return (type(claim), subject, claim.period, normalise(claim.place), unit, counted_key(claim), claim.modality)

    for group in group_by(claims, key).values():
        if len(group) < 2:  # noqa: PLR2004
            continue
        found = _extremes(group)
        if found is None:
            continue
        high_low, low_high = found
        first = group[0]
        about = tuple(p for p in (first.subject, str(first.period) if first.period else None, first.place) if p)
        a, b = sorted((high_low, low_high), key=group.index)
        yield Finding.from_facts(
            "contradiction",
            Severity.ERROR,
            (a, b),
            Facts(figures=(a.amount, b.amount), about=about, certainty=_PAIRED_BY_SUBJECT),
            locale=ctx.locale,
            verdict=Verdict.INACCURATE,
            check="contradictions",
        )


def _extremes(group: list[Claim]) -> tuple[Claim, Claim] | None:
    """The claim with the highest low end and the one with the lowest high end, if they do not overlap."""
    unit = group[0].amount.unit
    best_low: tuple[Decimal, Claim, Interval] | None = None
    best_high: tuple[Decimal, Claim, Interval] | None = None
    for claim in group:
        try:
            bounds = claim.amount.to(unit).bounds
        except FactcheckError:
            continue
        low = -_INF if bounds.low is None else bounds.low
        high = _INF if bounds.high is None else bounds.high
        if best_low is None or low > best_low[0] or (low == best_low[0] and not bounds.low_closed):
            best_low = (low, claim, bounds)
        if best_high is None or high < best_high[0] or (high == best_high[0] and not bounds.high_closed):
            best_high = (high, claim, bounds)
    if best_low is None or best_high is None or best_low[1] is best_high[1]:
        return None
    if best_low[2].overlaps(best_high[2]):
        return None
    return best_low[1], best_high[1]
