"""Two bounds written side by side as one range: "more than 20 and less than 35", "at most 100 and at least 20".

A lower bound ("more than", "at least", "over") and an upper bound ("less than", "at most",
"under") joined only by "and", "but" or a comma say the same as "between": one figure whose
interval runs between the two stated limits, as "between" does, each end open ("more than",
"less than") or closed ("at least", "at most") as written. Anything else between them ("more than 10
people were hurt and fewer than 40 died") leaves two figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._decimal import CONTEXT, tidy
from factcheck._extract.scan.figure import Figure
from factcheck._extract.text.vocabulary import every_language
from factcheck._interval import Interval
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["join_bounds"]

_LOWER: Final = frozenset((Hedge.MORE_THAN, Hedge.AT_LEAST))
_UPPER: Final = frozenset((Hedge.LESS_THAN, Hedge.UP_TO))
_JOINERS: Final = every_language("bound_joiners")
_TWO: Final = 2


def join_bounds(figures: Sequence[Figure], text: str) -> list[Figure]:
    """``figures`` with each adjacent lower and upper bound joined into one range figure.

    >>> from factcheck._extract.scan.scanner import scan
    >>> text = "It holds more than 20 and at most 35 seats."
    >>> [str(f.amount.bounds) for f in join_bounds(scan(text), text)]
    ['(20, 35]']
    """
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        joined = _joined(figures[i], figures[i + 1], text) if i + 1 < len(figures) else None
        if joined is not None:
            out.append(joined)
            i += _TWO
        else:
            out.append(figures[i])
            i += 1
    return out


def _joined(first: Figure, second: Figure, text: str) -> Figure | None:
    hedges = (first.amount.hedge, second.amount.hedge)
    if not ((hedges[0] in _LOWER and hedges[1] in _UPPER) or (hedges[0] in _UPPER and hedges[1] in _LOWER)):
        return None
    if " ".join(text[first.end : second.start].split()).lower() not in _JOINERS:
        return None
    low, high = (first.amount, second.amount) if hedges[0] in _LOWER else (second.amount, first.amount)
    if first.amount.unit not in (second.amount.unit, units.dimensionless()):
        return None  # "more than £20 and less than 30 people": money, then a count
    unit = second.amount.unit
    start, end = low.value, high.value  # explicit limits, as "between 20 and 35" reads its ends
    if start >= end:
        return None
    bounds = Interval(start, end, low_closed=low.hedge is Hedge.AT_LEAST, high_closed=high.hedge is Hedge.UP_TO)
    amount = Amount(tidy(CONTEXT.divide(CONTEXT.add(start, end), _TWO)), unit, bounds, Hedge.RANGE, None)
    return Figure(
        start=first.start,
        end=second.end,
        amount=amount,
        number_start=first.number_start,
        number_end=second.number_end,
        form=first.form,
        qualifier=None,
        unit_text=first.unit_text or second.unit_text,
    )
