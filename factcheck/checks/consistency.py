"""Consistency of a figure with the figures it follows from, within one claim's relations.

* ``change_consistency``: a change against its before and after ("fell from 8,000 to 390, a
  drop of 95%"), and percent against percentage points ("from 30% to 33%, up 3%").
* ``share_of_total``: a share against its part and total ("18 of 120, or 15%").

Both follow the precision policy of :mod:`factcheck.checks._judge`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from factcheck import units
from factcheck._claims import ChangeClaim, Direction, PointsChangeClaim, RelativeChangeClaim, ShareClaim
from factcheck.errors import FactcheckError

from ._certainty import holders, inferred, relation_certainty
from ._finding import CERTAIN, Certainty, Facts, Finding, Severity, Verdict
from ._judge import CONSISTENT, Judgement, exact, judge, judgement_finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from factcheck._amount import Amount
    from factcheck._claims import Claim

    from . import CheckContext

__all__ = ["change_consistency", "judge_relation", "share_of_total", "uncheckable"]


def uncheckable(claim: Claim, check: str, relation: str, err: Exception, locale: str) -> Finding:
    """An INFO finding: the figures of a ``relation`` (change, share, parts) do not combine: units, a zero base."""
    return Finding.from_facts(
        "relation-uncheckable",
        Severity.INFO,
        (claim,),
        Facts(reason=relation, detail=str(err)),
        locale=locale,
        verdict=Verdict.UNCHECKABLE,
        check=check,
    )


def judge_relation(
    claim: Claim,
    figures: Sequence[Amount],
    compute: Callable[[Sequence[Amount]], Amount],
    *,
    check: str,
    relation: str,
    codes: tuple[str, str],
    locale: str,
    certainty: Certainty = CERTAIN,
) -> Finding:
    """The finding on ``claim``'s figure against what ``figures`` give through ``compute``.

    The judgement of :func:`~factcheck.checks._judge.judge`, worded by
    :func:`~factcheck.checks._judge.judgement_finding` with ``codes``; figures that do not combine
    (units, a zero base) give the INFO :func:`uncheckable` for ``relation`` instead.
    """
    try:
        verdict = judge(claim.amount, figures, compute)
    except (FactcheckError, ArithmeticError) as err:
        return uncheckable(claim, check, relation, err, locale)
    return judgement_finding(
        verdict,
        (claim,),
        check=check,
        codes=codes,
        figures=figures,
        stated=claim.amount,
        locale=locale,
        certainty=certainty,
    )


def _in_unit(amount: Amount, name: str) -> Amount:
    return attrs.evolve(amount, unit=units.unit(name))


def _relative(xs: Sequence[Amount]) -> Amount:
    before, after = xs
    return before.relative_change(after).to("percent")  # exact: before is used once


def _points(xs: Sequence[Amount]) -> Amount:
    before, after = xs
    diff = after.to("percent") - before.to("percent")
    return _in_unit(diff, "percentage_point")


def _absolute_for(claim: ChangeClaim) -> Callable[[Sequence[Amount]], Amount]:
    def absolute(xs: Sequence[Amount]) -> Amount:
        before, after = xs
        return (after - before).to(claim.amount.unit)

    return absolute


def change_consistency(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each change with a before and an after, against the change they imply.

    Codes: ``change-consistent`` (OK), ``change-inconsistent`` (ERROR, or WARNING when it holds
    only under the rounded reading), ``percent-vs-points`` (ERROR: a change in points written
    as percent, or the reverse), ``relation-uncheckable`` (INFO).

    >>> from factcheck import Amount, CheckContext, Direction, RelativeChangeClaim
    >>> claim = RelativeChangeClaim(
    ...     Amount.stated("3", "percent"), direction=Direction.UP,
    ...     before=Amount.stated("30", "percent"), after=Amount.stated("33", "percent"))
    >>> (finding,) = change_consistency([claim], CheckContext())
    >>> finding.code
    'percent-vs-points'
    >>> print(finding.message)  # doctest: +NORMALIZE_WHITESPACE
    From 30% to 33% is a rise of 3 percentage points, or 10%; the text says a rise of 3%,
    which reads points as percent.
    """
    held = holders(claims)
    for claim in claims:
        if isinstance(claim, ChangeClaim) and units.is_percent_per_time(claim.amount.unit):
            continue  # "rose 20% a year from £500 to £550": over how many years the text does not say
        if isinstance(claim, ChangeClaim) and claim.before is not None and claim.after is not None:
            related = (claim.before, claim.after)
            certainty = relation_certainty(claim, related, held) | inferred([claim], related, held)
            try:
                yield _change(claim, claim.before, claim.after, ctx.locale, certainty)
            except (FactcheckError, ArithmeticError) as err:
                yield uncheckable(claim, "change_consistency", "change", err, ctx.locale)


def _compute_for(claim: ChangeClaim) -> Callable[[Sequence[Amount]], Amount]:
    if isinstance(claim, RelativeChangeClaim):
        return _relative
    if isinstance(claim, PointsChangeClaim):
        return _points
    return _absolute_for(claim)


def _change(claim: ChangeClaim, before: Amount, after: Amount, locale: str, certainty: Certainty) -> Finding:
    negate = claim.direction is Direction.DOWN
    inputs = (before, after)
    verdict = judge(claim.amount, inputs, _compute_for(claim), negate=negate)
    if verdict.verdict not in CONSISTENT:
        swapped = _percent_vs_points(claim, inputs, verdict, locale, certainty)
        if swapped is not None:
            return swapped
    return judgement_finding(
        verdict,
        (claim,),
        check="change_consistency",
        codes=("change-consistent", "change-inconsistent"),
        figures=inputs,
        stated=claim.amount,
        locale=locale,
        certainty=certainty,
    )


def _percent_vs_points(
    claim: ChangeClaim, inputs: tuple[Amount, Amount], correct: Judgement, locale: str, certainty: Certainty
) -> Finding | None:
    before, after = inputs
    if not (units.is_percent(before.unit) and units.is_percent(after.unit)):
        return None
    negate = claim.direction is Direction.DOWN
    if isinstance(claim, RelativeChangeClaim):
        other = judge(_in_unit(claim.amount, "percentage_point"), inputs, _points, negate=negate)
        reading = "points-as-percent"
    elif isinstance(claim, PointsChangeClaim):
        other = judge(_in_unit(claim.amount, "percent"), inputs, _relative, negate=negate)
        reading = "percent-as-points"
    else:
        return None
    if other.verdict not in CONSISTENT:
        return None
    points, relative = _points([exact(before), exact(after)]), _relative([exact(before), exact(after)])
    return Finding.from_facts(
        "percent-vs-points",
        Severity.ERROR,
        (claim,),
        Facts(figures=inputs, stated=claim.amount, derived=(points, relative), reason=reading, certainty=certainty),
        locale=locale,
        verdict=Verdict.INACCURATE,
        check="change_consistency",
        expected=correct.expected,
        difference=correct.difference,
        relative_difference=correct.relative_difference,
    )


def _share(xs: Sequence[Amount]) -> Amount:
    part, total = xs
    return (part / total.to(part.unit)).to("percent")


def share_of_total(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each share with a part and a total ("18 of 120, or 15%"), against part / total.

    Codes: ``share-consistent`` (OK), ``share-inconsistent`` (ERROR, or WARNING when it holds
    only under the rounded reading), ``relation-uncheckable`` (INFO).

    >>> from factcheck import Amount, CheckContext, ShareClaim
    >>> claim = ShareClaim(
    ...     Amount.stated("15", "percent"), part=Amount.exact(18, "person"), total=Amount.exact(120, "person"))
    >>> [(f.code, f.verdict.label) for f in share_of_total([claim], CheckContext())]
    [('share-consistent', 'accurate')]
    """
    held = holders(claims)
    for claim in claims:
        if not isinstance(claim, ShareClaim) or claim.part is None or claim.total is None:
            continue
        figures = (claim.part, claim.total)
        yield judge_relation(
            claim,
            figures,
            _share,
            check="share_of_total",
            relation="share",
            codes=("share-consistent", "share-inconsistent"),
            locale=ctx.locale,
            certainty=relation_certainty(claim, figures, held) | inferred([claim], figures, held),
        )
