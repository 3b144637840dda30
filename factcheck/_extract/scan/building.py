"""The figures the scanner builds from read operands: one figure, a range, a fraction of a share.

Each turns operands into a :class:`~factcheck._extract.scan.figure.Figure`: the pint unit of
the currency, unit or share; the amount with its hedge, its range or its vague bounds; the
span and the unit as written. A percentage built is noted in the scanner's ``last_percent``,
which :func:`~factcheck._extract.scan.points.percent_context` reads.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._decimal import CONTEXT, HUNDRED
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.scan.fraction_amount import fraction_amount
from factcheck._extract.scan.operand import read_operand
from factcheck._extract.text.cells import bracketed_in_cell
from factcheck._extract.text.tokens import NUM
from factcheck._extract.text.vocabulary import every_language
from factcheck._interval import Interval
from factcheck._precision import Hedge

if TYPE_CHECKING:
    import pint

    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = ["build_figure", "build_fraction_of", "build_range"]

_FRACTION_OF: Final = every_language("fraction_of_figure_links")
"""Words between a fraction and a share that make one figure of them: "one-tenth of 1 percent"."""
_SHARE_UNITS: Final = frozenset({"percent", "percentage_point"})


def build_fraction_of(
    sc: ScannerView, i: int, fraction: Operand, hedge: Hedge, qualifier: str | None
) -> tuple[Figure, int] | None:
    """A fraction of a share is one figure, their product: "one-tenth of 1 percent", "half of 1%".

    The figure and the token after it; ``None`` unless a share follows the fraction.
    """
    toks, k = sc.toks, fraction.end
    if fraction.fraction is None or k + 1 >= len(toks) or toks[k].low not in _FRACTION_OF:
        return None
    if toks[k + 1].kind != NUM:
        return None
    of = read_operand(sc, k + 1, second=True)
    if of is None or of.skip or of.unit_name not in _SHARE_UNITS or of.form is Form.FRACTION or of.vague:
        return None
    try:
        whole = Amount.stated(of.value, _unit(of), policy=sc.policy)
        share = fraction_amount(fraction.fraction, whole.unit, hedge, sc.policy)  # "a third": about 33.3%
        value = CONTEXT.divide(CONTEXT.multiply(whole.value, share.value), HUNDRED)
        amount = Amount(value, whole.unit, whole.bounds * share.bounds / HUNDRED, hedge, None)
    except (ValueError, ArithmeticError):
        return None
    sc.last_percent = of.end
    figure = Figure(
        start=toks[i].start,
        end=toks[of.end - 1].end,
        amount=amount,
        number_start=toks[fraction.number_first].start,
        number_end=toks[of.number_last].end,
        form=Form.DIGITS,
        qualifier=qualifier,
        unit_text=of.unit_text(sc.text, toks),
        bare=False,
    )
    return figure, of.end


def _unit(op: Operand) -> pint.Unit:
    if op.fraction is not None:
        return units.unit("percent")
    if op.currency is not None:
        return (units.minor_unit(op.currency) if op.minor else None) or units.unit(op.currency)
    if op.unit_name is not None:
        return units.unit(op.unit_name)
    return units.dimensionless()


def build_figure(sc: ScannerView, i: int, op: Operand, hedge: Hedge, qualifier: str | None) -> Figure | None:
    toks = sc.toks
    if op.filled and hedge is Hedge.NONE:
        hedge = Hedge.ABOUT  # "30 some years", "$70-some billion": the round number with a hedge
    try:
        unit = _unit(op)
        if op.vague is not None:
            low, high = Decimal(op.vague[0]), Decimal(op.vague[1])
            amount = Amount(low, unit, Interval(low, high, high_closed=False), Hedge.RANGE, None)
        elif op.fraction is not None:
            amount = fraction_amount(op.fraction, unit, hedge, sc.policy)
        else:
            amount = Amount.stated(op.value, unit, hedge=hedge, policy=sc.policy)
    except (ValueError, ArithmeticError):
        return None
    start, end = toks[i].start, toks[op.end - 1].end
    if hedge is Hedge.NONE and not op.signed and op.vague is None and bracketed_in_cell(sc.text, start, end):
        amount, start, end = -amount, start - 1, end + 1  # "| (14) |": accounts write a negative in brackets
        op.signed = True
    if op.unit_name == "percent":
        sc.last_percent = op.end
    bare = (
        op.form is Form.DIGITS
        and op.plain_integer
        and hedge is Hedge.NONE
        and op.currency is None
        and op.unit_name is None
        and op.power == 0
        and not op.signed
    )
    return Figure(
        start=start,
        end=end,
        amount=amount,
        number_start=toks[op.number_first].start,
        number_end=toks[op.number_last].end,
        form=op.form,
        qualifier=qualifier,
        unit_text=op.unit_text(sc.text, toks),
        bare=bare,
    )


def build_range(sc: ScannerView, i: int, low: Operand, high: Operand, qualifier: str | None) -> Figure | None:
    toks = sc.toks
    try:
        amount = Amount.between(low.value, high.value, _unit(high))
    except (ValueError, ArithmeticError):
        return None
    if high.unit_name == "percent":
        sc.last_percent = high.end
    return Figure(
        start=toks[i].start,
        end=toks[high.end - 1].end,
        amount=amount,
        number_start=toks[low.number_first].start,
        number_end=toks[high.number_last].end,
        form=low.form,
        qualifier=qualifier,
        unit_text=high.unit_text(sc.text, toks) or low.unit_text(sc.text, toks),
        bare=False,
    )
