"""Parts and wholes: parts that should add up to their total, shares of one whole.

* ``parts_add_up``: a claim's ``parts`` against the claim ("a £2m fund split into £800,000,
  £700,000 and £900,000"), by the precision policy of :mod:`factcheck.checks._judge`: the total
  is judged against the parts at face value. Parts that are only some of the whole
  (``parts_complete=False``: "the £10bn package includes £4bn for schools and £3bn for roads")
  need not reach the total, but must not add up to more than it.
* ``shares_within_whole``: shares of the same whole (same ``whole``, period and place) that
  together exceed 100% even at the low ends of their stated precision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._amount import Amount
from factcheck._claims import ShareClaim
from factcheck._decimal import CONTEXT, HUNDRED, ZERO
from factcheck._interval import Interval

from ._certainty import PARTS, holders, inferred, relation_certainty
from ._finding import Facts, Finding, Severity
from ._grouping import group_by, normalise
from ._judge import own_reading
from .consistency import judge_relation

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from decimal import Decimal

    from factcheck._claims import Claim

    from . import CheckContext

__all__ = ["parts_add_up", "shares_within_whole"]


def parts_add_up(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each claim with ``parts``, against their sum.

    Codes for a complete split: ``parts-add-up`` (OK), ``parts-do-not-add-up`` (ERROR, or
    WARNING when they add up only if a rounded total is read as widely as its rounding allows).
    For only some parts (``parts_complete=False``): ``parts-within-total`` (OK),
    ``parts-exceed-total`` (ERROR, or WARNING when they fit only under the rounded reading).
    Parts that cannot be added to the total (another unit or currency): ``relation-uncheckable``.

    >>> from decimal import Decimal
    >>> from factcheck import Amount, CheckContext, MoneyClaim
    >>> fund = MoneyClaim(Amount.stated(Decimal("2E+6"), "GBP"),
    ...     parts=[Amount.stated(v, "GBP") for v in ("800000", "700000", "900000")])
    >>> (finding,) = parts_add_up([fund], CheckContext())
    >>> finding.code, finding.verdict.label, finding.severity.label
    ('parts-do-not-add-up', 'only if rounded', 'warning')
    >>> print(finding.message)  # doctest: +NORMALIZE_WHITESPACE
    £800,000 + £700,000 + £900,000 = £2.4m, not £2m (off by £400,000).
    It holds only if the rounded figures are read as widely as they allow.
    >>> package = MoneyClaim(Amount.stated(Decimal("10E+9"), "GBP"), parts_complete=False,
    ...     parts=[Amount.stated(v, "GBP") for v in (Decimal("4.5E+9"), Decimal("7E+9"))])
    >>> (finding,) = parts_add_up([package], CheckContext())
    >>> finding.code, finding.verdict.label, finding.severity.label
    ('parts-exceed-total', 'inaccurate', 'error')
    >>> print(finding.message)  # doctest: +NORMALIZE_WHITESPACE
    £4.5bn + £7bn = £11.5bn, only part of the total, so it is at least £11.5bn, not £10bn
    (off by £1.5bn).
    """
    held = holders(claims)
    for claim in claims:
        if not claim.parts:
            continue
        unit = claim.amount.unit
        complete = claim.parts_complete

        def total(xs: Sequence[Amount], unit: object = unit, *, complete: bool = complete) -> Amount:
            result = xs[0].to(unit)  # type: ignore[arg-type]
            for x in xs[1:]:
                result = result + x
            return result if complete else _at_least(result)

        against = _parts_against_total(claim)
        yield judge_relation(
            claim,
            claim.parts,
            total,
            check="parts_add_up",
            relation="parts",
            codes=("parts-add-up", "parts-do-not-add-up") if complete else ("parts-within-total", "parts-exceed-total"),
            locale=ctx.locale,
            certainty=relation_certainty(claim, claim.parts, held, PARTS)
            | inferred([claim], claim.parts, held, disjoint=against > 0, exhaustive=against < 0),
        )


def _parts_against_total(claim: Claim) -> int:
    """How the parts, in the total's unit, add up against it as written: 1 above, -1 below, else 0.

    Above is possible only if they overlap; below is wrong only if they are all of it. 0 also when
    they are not compared: a part in another unit is relation-uncheckable.
    """
    if any(part.unit != claim.amount.unit for part in claim.parts):
        return 0
    added = sum((part.value for part in claim.parts), ZERO)
    return (added > claim.amount.value) - (added < claim.amount.value)


def _at_least(amount: Amount) -> Amount:
    """``amount`` and anything above it: what a total is, given only some of its parts."""
    bounds = Interval(amount.bounds.low, None, low_closed=amount.bounds.low_closed)
    return Amount(amount.value, amount.unit, bounds, amount.hedge, amount.exponent)


def _whole_key(claim: Claim) -> tuple[str, object, str | None] | None:
    if not isinstance(claim, ShareClaim) or claim.whole is None or claim.restates is not None:
        return None  # "nearly a third, some 31%": one share, stated twice
    whole = normalise(claim.whole)
    return None if whole is None else (whole, claim.period, normalise(claim.place))


def shares_within_whole(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Shares of one whole whose sum exceeds 100% even at their low ends.

    Code: ``shares-exceed-whole`` (WARNING: possible only if the groups overlap, as answers to a
    question that allows several do; ERROR when every share comes from one list that names its
    whole once, "52% of voters voted to leave and 48% to stay", read with ``explicit_link``).

    >>> from factcheck import Amount, CheckContext, ShareClaim
    >>> shares = [ShareClaim(Amount.stated(v, "percent"), subject=s, whole="voters")
    ...           for v, s in (("48", "Yes"), ("57", "No"))]
    >>> [f.message for f in shares_within_whole(shares, CheckContext())]
    ['Shares of voters: 48% + 57% = 105%, more than 100%, unless the groups overlap.']
    """
    for group in group_by(claims, _whole_key).values():
        if len(group) < 2:  # noqa: PLR2004
            continue
        values = sum((c.amount.value for c in group), ZERO)
        lows = sum((_low(own_reading(c.amount).low) for c in group), ZERO)
        if values <= HUNDRED or lows <= HUNDRED:
            continue
        listed = _one_list(group)  # one list naming its whole once: no overlap to allow for
        yield Finding.from_facts(
            "shares-exceed-whole",
            Severity.ERROR if listed else Severity.WARNING,
            group,
            Facts(
                figures=[c.amount for c in group],
                derived=(_percent(values, group[0].amount),),
                about=(_whole_of(group[0]),),
                reason="listed" if listed else None,
                certainty=inferred(group, periods=True),
            ),
            locale=ctx.locale,
            check="shares_within_whole",
        )


_LIST_EXTENT = 400
"""Characters from the first share of a list to its last: one sentence, not two lists in a text."""


def _one_list(group: Sequence[Claim]) -> bool:
    """True when the shares were linked as one list that names its whole once ("52% of voters ..., 48% ...").

    Extraction marks such shares ``explicit_link`` and gives them no part; shares of one whole
    stated apart, or in two lists of one text, are not one list.
    """
    if not all(c.explicit_link and isinstance(c, ShareClaim) and c.part is None for c in group):
        return False
    spans = [c.span for c in group]
    if any(span is None for span in spans):
        return False
    return max(s.end for s in spans if s) - min(s.start for s in spans if s) <= _LIST_EXTENT


def _whole_of(claim: Claim) -> str:
    """The whole a share divides (every share that :func:`_whole_key` groups names one)."""
    return claim.whole if isinstance(claim, ShareClaim) and claim.whole is not None else ""


def _low(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


def _percent(value: Decimal, like: Amount) -> Amount:
    return Amount.exact(CONTEXT.plus(value), like.unit)
