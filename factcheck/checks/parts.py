"""Parts and wholes: parts that should add up to their total, shares of one whole.

* ``parts_add_up``: a claim's ``parts`` against the claim ("a £2m fund split into £800,000,
  £700,000 and £900,000"), by the precision policy of :mod:`factcheck.checks._judge`: the total
  is judged against the parts at face value.
* ``shares_within_whole``: shares of the same whole (same ``whole``, period and place) that
  together exceed 100% even at the low ends of their stated precision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._claims import ShareClaim
from factcheck._decimal import CONTEXT, HUNDRED, ZERO
from factcheck.errors import FactcheckError

from ._finding import Finding, Severity
from ._grouping import group_by, normalise
from ._judge import judge, judgement_finding, own_reading, shown
from .consistency import uncheckable

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from decimal import Decimal

    from factcheck._amount import Amount
    from factcheck._claims import Claim

    from . import CheckContext

__all__ = ["parts_add_up", "shares_within_whole"]


def parts_add_up(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each claim with ``parts``, against their sum.

    Codes: ``parts-add-up`` (OK), ``parts-do-not-add-up`` (ERROR, or WARNING when they add up
    only if a rounded total is read as widely as its rounding allows), ``relation-uncheckable``.

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
    """
    for claim in claims:
        if not claim.parts:
            continue
        unit = claim.amount.unit

        def total(xs: Sequence[Amount], unit: object = unit) -> Amount:
            result = xs[0].to(unit)  # type: ignore[arg-type]
            for x in xs[1:]:
                result = result + x
            return result

        try:
            verdict = judge(claim.amount, claim.parts, total)
        except (FactcheckError, ArithmeticError) as err:
            yield uncheckable(claim, "parts_add_up", f"the parts cannot be added up: {err}", ctx.locale)
            continue
        terms = " + ".join(p.format(ctx.locale) for p in claim.parts)
        yield judgement_finding(
            verdict,
            (claim,),
            check="parts_add_up",
            codes=("parts-add-up", "parts-do-not-add-up"),
            premise=f"{terms} = {shown(verdict.expected, ctx.locale)}",
            stated=claim.amount.format(ctx.locale),
            locale=ctx.locale,
        )


def _whole_key(claim: Claim) -> tuple[str, object, str | None] | None:
    if not isinstance(claim, ShareClaim) or claim.whole is None:
        return None
    whole = normalise(claim.whole)
    return None if whole is None else (whole, claim.period, normalise(claim.place))


def shares_within_whole(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Shares of one whole whose sum exceeds 100% even at their low ends.

    Code: ``shares-exceed-whole`` (WARNING: possible only if the groups overlap, as answers to a
    question that allows several do).

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
        terms = " + ".join(c.amount.format(ctx.locale) for c in group)
        total = shown(_percent(values, group[0].amount), ctx.locale)
        yield Finding(
            "shares-exceed-whole",
            Severity.WARNING,
            group,
            f"Shares of {_whole_of(group[0])}: {terms} = {total}, more than 100%, unless the groups overlap.",
            check="shares_within_whole",
        )


def _whole_of(claim: Claim) -> str | None:
    return claim.whole if isinstance(claim, ShareClaim) else None


def _low(value: Decimal | None) -> Decimal:
    return ZERO if value is None else value


def _percent(value: Decimal, like: Amount) -> Amount:
    from factcheck._amount import Amount  # noqa: PLC0415

    return Amount.exact(CONTEXT.plus(value), like.unit)
