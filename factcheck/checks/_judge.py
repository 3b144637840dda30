"""The precision policy for derived figures: face value first, the rounded reading only second.

A figure that follows from others (a change from a before and an after, a total from its parts,
a level from a rate and a duration) is judged in up to three passes:

1. **Exact.** The other figures exactly as written (their ``value``): if the judged figure's
   value is what they give, it is :attr:`Verdict.ACCURATE`.
2. **Face value.** The other figures as written, widened by their hedges ("around 440 a
   month"), and by their stated precision when what that allows is no wider than the judged
   figure's own precision ("from $2,415 to $2,315": each to the dollar, a fall of 4.10-4.19%,
   within the 4.15-4.25% of "a 4.2% drop"; but "from $2 to $2.50" is read as written). The
   judged figure keeps its own stated precision or hedge ("a drop of 95%" is
   94.5-95.5%), unless it was visibly rounded ("£2m": stated to the million), in which case it
   is read as written too. The ends of the stated precision count: 95.85% rounds to 95.8 as
   well as to 95.9. Agreement here is :attr:`Verdict.ACCURATE_WITHIN_ROUNDING`.
3. **Rounded reading.** Only when some figure involved was visibly rounded (stated to a power
   of ten above the units: "£1m", "£3bn", "20k"), or every figure it follows from is stated to
   within 1% either way ("£690 a week, from £652": average wages may be rounded to the pound;
   not "from $2 to $2.50"), are the figures read as the whole intervals they assert, through
   exact interval arithmetic (each figure used once: a change is ``after / before - 1``, see
   :meth:`factcheck.Interval.relative_change`). A figure that agrees only here gets
   :attr:`Verdict.ONLY_IF_ROUNDED` (a WARNING): it is never reported as accurate, nor as an error.

Anything else is :attr:`Verdict.INACCURATE`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from attrs import frozen

from factcheck import units
from factcheck._amount import Amount
from factcheck._decimal import CONTEXT
from factcheck._interval import Interval
from factcheck._precision import Hedge

from ._finding import CERTAIN, Certainty, Facts, Finding, Verdict

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from factcheck._claims import Claim

__all__ = [
    "CONSISTENT",
    "Judgement",
    "as_stated",
    "difference_amount",
    "exact",
    "face",
    "judge",
    "judgement_finding",
    "own_reading",
    "visibly_rounded",
]

_PLAIN_HEDGES = (Hedge.NONE, Hedge.DERIVED)
CONSISTENT = (Verdict.ACCURATE, Verdict.ACCURATE_WITHIN_ROUNDING)
"""The verdicts under which a derived figure agrees with the figures it follows from."""


def visibly_rounded(amount: Amount) -> bool:
    """True when a figure was stated to a power of ten above the units: "£2m", "£3bn", "20k"."""
    return amount.exponent is not None and amount.exponent > 0


def exact(amount: Amount) -> Amount:
    """The figure exactly as written, without its rounding or hedge."""
    return Amount.exact(amount.value, amount.unit)


def face(amount: Amount) -> Amount:
    """The figure as written, widened by its hedge but not by visible rounding."""
    if amount.hedge in _PLAIN_HEDGES:
        return exact(amount)
    return as_stated(amount)


def as_stated(amount: Amount) -> Amount:
    """The figure at its stated precision and hedge, but not widened by visible rounding.

    "$2,415" is [2414.5, 2415.5): stated to the dollar; "£5m" is read to the pound.
    """
    return Amount(amount.value, amount.unit, own_reading(amount), amount.hedge, None)


def _face_value(inputs: Sequence[Amount], compute: Callable[[Sequence[Amount]], Amount], own: Interval) -> Interval:
    """What the other figures give at face value: at their stated precision when it is finer than ``own``.

    "From $2,415 to $2,315, a 4.2% drop": the two prices, each to the dollar, give a fall of
    4.10-4.19%, narrower than the 4.15-4.25% that "4.2%" states, so their rounding is only
    printing and counts. "From $2 to $2.50, a rise of 50%": "$2" to the dollar would allow
    0-67%, far coarser than "50%" states, so the prices are read as written (a price of $2 is
    most often exactly $2).
    """
    at_face = compute([face(a) for a in inputs]).bounds
    stated = compute([as_stated(a) for a in inputs]).bounds
    if stated.width is not None and own.width is not None and stated.width <= own.width:
        return stated.hull(at_face)
    return at_face


def own_reading(amount: Amount) -> Interval:
    """The interval a figure asserts, without the rounding of a visibly rounded figure."""
    if visibly_rounded(amount):
        return Amount.stated(amount.value, amount.unit, hedge=amount.hedge, exponent=0).bounds
    return amount.bounds


_FINE: Final = Decimal("0.02")
"""The widest stated precision, relative to a figure, that marks it as a rounded statistic: 1% either way."""


def _finely_stated(amount: Amount) -> bool:
    """True when a figure's stated precision is a small part of it: "£652", "$2,415", "£3.10"; not "$2"."""
    width = amount.bounds.width
    return width is not None and not amount.value.is_zero() and width <= abs(amount.value) * _FINE


def _may_be_rounded(stated: Amount, inputs: Sequence[Amount]) -> bool:
    """True when the figures may be rounded, so that agreeing only at their widest reading is no ERROR.

    A figure stated to a power of ten ("£2m") is rounded; so may be figures stated to several
    significant digits ("Wages rose by 5.9% to £690 a week, from £652": average wages, to the
    pound, allow 5.67-5.99%). "A loaf went from $2 to $2.50": a price of $2 is most often exactly $2.
    """
    return visibly_rounded(stated) or any(visibly_rounded(a) for a in inputs) or all(_finely_stated(a) for a in inputs)


def _closure(interval: Interval) -> Interval:
    """The interval with its finite ends included: a figure exactly halfway rounds either way."""
    return Interval(interval.low, interval.high)


@frozen
class Judgement:
    """The verdict on a judged figure and the figure it should have been, at face value."""

    verdict: Verdict
    expected: Amount
    """What the other figures imply, taken at face value, in the judged figure's unit."""
    difference: Amount
    """The judged figure minus ``expected``."""
    relative_difference: Decimal | None
    """``difference`` over ``expected``, ``None`` when ``expected`` is zero."""


def judge(
    stated: Amount,
    inputs: Sequence[Amount],
    compute: Callable[[Sequence[Amount]], Amount],
    *,
    negate: bool = False,
) -> Judgement:
    """Judge ``stated`` (negated when ``negate``, for a fall) against ``compute(inputs)``.

    ``compute`` must return an amount in ``stated``'s unit. It may raise
    :class:`factcheck.DimensionError` or ``ZeroDivisionError``: the caller reports those.
    """
    expected = compute([exact(a) for a in inputs])
    value = -stated.value if negate else stated.value
    own = _closure(-own_reading(stated) if negate else own_reading(stated))
    wide = -stated.bounds if negate else stated.bounds
    if expected.bounds.touches(value):
        verdict = Verdict.ACCURATE
    elif own.overlaps(_face_value(inputs, compute, own)):
        verdict = Verdict.ACCURATE_WITHIN_ROUNDING
    elif _may_be_rounded(stated, inputs) and wide.overlaps(compute(inputs).bounds):
        verdict = Verdict.ONLY_IF_ROUNDED
    else:
        verdict = Verdict.INACCURATE
    return _judgement(verdict, value, expected)


def judgement_finding(
    judgement: Judgement,
    claims: tuple[Claim, ...],
    *,
    check: str,
    codes: tuple[str, str],
    figures: Sequence[Amount],
    stated: Amount,
    locale: str,
    certainty: Certainty = CERTAIN,
) -> Finding:
    """The finding on a judged figure: ``stated`` against what ``figures`` imply (``judgement.expected``).

    ``certainty`` says which readings that put the figures together are not certain; an
    inaccurate figure on an uncertain reading is a WARNING (:meth:`~factcheck.Certainty.cap`).

    ``codes`` are the finding codes for agreement and for disagreement; the words of each are
    in the table of :mod:`factcheck.checks.wording` ("<what the figures imply>; the text says
    <stated>: accurate." or "<what the figures imply>, not <stated> (off by <difference>).").
    """
    agree_code, disagree_code = codes
    return Finding.from_facts(
        agree_code if judgement.verdict in CONSISTENT else disagree_code,
        judgement.verdict.severity,
        claims,
        Facts(figures=figures, stated=stated, certainty=certainty),
        locale=locale,
        verdict=judgement.verdict,
        check=check,
        expected=judgement.expected,
        difference=judgement.difference,
        relative_difference=judgement.relative_difference,
    )


def _judgement(verdict: Verdict, value: Decimal, expected: Amount) -> Judgement:
    diff = CONTEXT.subtract(value, expected.value)
    relative = None if expected.value.is_zero() else CONTEXT.divide(diff, abs(expected.value))
    return Judgement(verdict, expected, difference_amount(diff, expected), relative)


def difference_amount(diff: Decimal, expected: Amount) -> Amount:
    """A difference of two figures in ``expected``'s unit; of two percentages, in points."""
    unit, per = expected.unit, units.time_denominator(expected.unit)
    if units.is_percent(unit):
        unit = units.unit("percentage_point")
    elif per is not None and units.is_percent_per_time(unit):  # two growth rates a year differ by points a year
        unit = units.unit("percentage_point") / per
    return Amount.exact(diff, unit)
