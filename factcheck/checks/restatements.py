"""Restatements: a figure stated twice in one place must agree with itself.

Extraction gives a claim ``restates`` when the text states the figure before it again in other
words or another currency, right beside it:

* ``restatements_agree``: the same figure in other words ("nearly a third, some 31%"): the
  restatement is judged against the first statement by the precision policy of
  :mod:`factcheck.checks._judge`, each read with its hedge;
* ``conversions_agree``: conversions into another currency ("$30 million (£15.8 million)")
  each imply an exchange rate; two conversions between the same currencies in one text must
  imply rates that can be equal, reading every figure as widely as its wording allows
  ("$30 million (£15.8 million) ... $2.4 billion (£12.6 million)" cannot).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import units
from factcheck._claims import MoneyClaim
from factcheck._decimal import CONTEXT
from factcheck._interval import Interval

from ._finding import Facts, Finding, Severity, Verdict
from .consistency import judge_relation

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from factcheck._amount import Amount
    from factcheck._claims import Claim

    from . import CheckContext

__all__ = ["conversions_agree", "restatements_agree"]


def restatements_agree(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each claim that restates a figure in its own unit, against that figure.

    Codes: ``restatement-agrees`` (OK), ``restatement-disagrees`` (ERROR, or WARNING when it
    holds only under the rounded reading), ``relation-uncheckable`` (INFO).

    >>> from factcheck import Amount, CheckContext, Hedge, ShareClaim
    >>> third = Amount.stated("33.3", "percent", hedge=Hedge.NEARLY)
    >>> claim = ShareClaim(Amount.stated("48", "percent"), restates=third)
    >>> [(f.code, f.severity.label) for f in restatements_agree([claim], CheckContext())]
    [('restatement-disagrees', 'error')]
    """
    for claim in claims:
        first = claim.restates
        if first is None or not units.same_dimension(first.unit, claim.amount.unit):
            continue
        unit = claim.amount.unit

        def same(xs: Sequence[Amount], unit: object = unit) -> Amount:
            return xs[0].to(unit)  # type: ignore[arg-type]

        yield judge_relation(
            claim,
            (first,),
            same,
            check="restatements_agree",
            relation="restatement",
            codes=("restatement-agrees", "restatement-disagrees"),
            locale=ctx.locale,
        )


def _rate(claim: Claim) -> tuple[tuple[str, str], Interval] | None:
    """The currencies of a conversion (from, to) and the exchange rate it implies, read widely."""
    first = claim.restates
    if not isinstance(claim, MoneyClaim) or first is None:
        return None
    pair = (str(first.unit), str(claim.amount.unit))
    if pair[0] == pair[1]:
        return None
    low, high = first.bounds.low, first.bounds.high
    to_low, to_high = claim.amount.bounds.low, claim.amount.bounds.high
    if low is None or high is None or to_low is None or to_high is None or low <= 0 or to_low <= 0:
        return None
    if pair[0] > pair[1]:  # one direction for every pair: "£40m ($50m)" against "$10m (£8m)"
        return (pair[1], pair[0]), Interval(CONTEXT.divide(low, to_high), CONTEXT.divide(high, to_low))
    return pair, Interval(CONTEXT.divide(to_low, high), CONTEXT.divide(to_high, low))


def conversions_agree(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Conversions between the same two currencies whose exchange rates cannot be equal.

    Code: ``conversions-disagree`` (ERROR): each later conversion whose rate, with every figure
    read as widely as its wording allows, does not meet the rate of an earlier one.

    >>> from decimal import Decimal
    >>> from factcheck import Amount, CheckContext, MoneyClaim
    >>> def conversion(dollars: str, pounds: str) -> MoneyClaim:
    ...     return MoneyClaim(Amount.stated(Decimal(pounds), "GBP"), restates=Amount.stated(Decimal(dollars), "USD"))
    >>> deals = [conversion("30E+6", "15.8E+6"), conversion("2.4E+9", "12.6E+6")]
    >>> [f.code for f in conversions_agree(deals, CheckContext())]
    ['conversions-disagree']
    >>> print(next(conversions_agree(deals, CheckContext())).message)  # doctest: +NORMALIZE_WHITESPACE
    US$30m = £15.8m and US$2.4bn = £12.6m imply different exchange rates, even read as widely as
    their rounding allows.
    """
    seen: dict[tuple[str, str], list[tuple[Claim, Interval]]] = {}
    for claim in claims:
        found = _rate(claim)
        if found is None:
            continue
        pair, rate = found
        earlier = seen.setdefault(pair, [])
        clash = next((other for other, r in earlier if not r.overlaps(rate)), None)
        earlier.append((claim, rate))
        if clash is None or clash.restates is None or claim.restates is None:
            continue
        yield Finding.from_facts(
            "conversions-disagree",
            Severity.ERROR,
            (clash, claim),
            Facts(figures=(clash.restates, clash.amount, claim.restates, claim.amount)),
            locale=ctx.locale,
            verdict=Verdict.INACCURATE,
            check="conversions_agree",
        )
