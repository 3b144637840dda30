"""Two bounds written side by side as one range: "more than 20 and less than 35", "at most 100 and at least 20".

A lower bound ("more than", "at least", "over") and an upper bound ("less than", "at most",
"under") joined only by "and", "but" or a comma say the same as "between": one figure whose
interval runs between the two stated limits, as "between" does, each end open ("more than",
"less than") or closed ("at least", "at most") as written. Anything else between them ("more than 10
people were hurt and fewer than 40 died") leaves two figures.

Two more ways news writes a range of one quantity: a figure right before "up to" a larger one
in its unit ("tariffs of 14 percent up to 20 percent"; not after "from", which makes a change),
and two numbers one step apart joined by "or", with any unit written with the second ("around
seven or eight percent", "2 or 3 million people", "$3 or $4 a pound", "20 or 30 years", "two or
three workers": the second is the first plus one unit of the first's last digit; not two years).
Like "7 to 8 percent", their interval runs between the two numbers as written, both ends included.
A unit after "a" and then "or two" is such a pair too, its first number the article ("a year or
two", "a mile or two", "an hour or two": 1 to 2 of the unit).
Other alternatives ("12 or 18 months", "25 or 30 years", "5 or 60 percent", "1 or 2 or 3 votes")
stay two figures, the first in the unit and scale of the second.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._decimal import CONTEXT, tidy
from factcheck._extract.scan.figure import Figure
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.text.numerals import year_like
from factcheck._extract.text.vocabulary import every_language
from factcheck._interval import Interval
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["join_bounds"]

_LOWER: Final = frozenset((Hedge.MORE_THAN, Hedge.AT_LEAST))
_UPPER: Final = frozenset((Hedge.LESS_THAN, Hedge.UP_TO))
_JOINERS: Final = every_language("bound_joiners")
_ALTERNATIVES: Final = every_language("alternative_joiners")
_FROM: Final = every_language("change_from")
_ONE_ARTICLES: Final = every_language("one_articles")
_SPREAD: Final = 10  # "14 percent up to 20 percent" is a range; "5 up to 60 percent" is not ("or" pairs: _one_step)
_BEFORE_REACH: Final = 20
"""Characters back from a figure that hold the word before it ("from" of "from 14 percent up to 20 percent")."""
_TWO: Final = 2
_ONE: Final = Decimal(1)
_ARTICLE_PAIR: Final = re.compile(r"\b([^\W\d_]+) +([^\W\d_]+) +([^\W\d_]+) +$")
"""An article, a unit word and a joiner before the second number of "a year or two"."""


def join_bounds(figures: Sequence[Figure], text: str) -> list[Figure]:
    """``figures`` with each adjacent lower and upper bound joined into one range figure.

    >>> from factcheck._extract.scan.scanner import scan
    >>> text = "It holds more than 20 and at most 35 seats."
    >>> [str(f.amount.bounds) for f in join_bounds(scan(text), text)]
    ['(20, 35]']
    """
    out: list[Figure] = []
    figures = [_article_pair(f, text) or f for f in figures]
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
    if hedges[0] is not Hedge.RANGE and hedges[1] in (Hedge.NONE, Hedge.UP_TO):
        alternative = _alternative(first, second, text)
        if alternative is not None:
            return alternative
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


def _one_step(low: Decimal, high: Decimal) -> bool:
    """True when ``high`` is ``low`` plus one unit of ``low``'s last digit: 7 and 8, 20 and 30, 2m and 3m."""
    step = CONTEXT.subtract(high, low)
    if step <= 0:
        return False
    step = CONTEXT.normalize(step)
    return step.as_tuple().digits == (1,) and CONTEXT.remainder(low, step) == 0


def _year(figure: Figure, text: str) -> bool:
    """True when ``figure`` is a bare number written as a year: "in 2041 or 2042" is no range."""
    return figure.bare and year_like(text[figure.number_start : figure.number_end])


def _in_list(first: Figure, second: Figure, text: str) -> bool:
    """True when ``first`` and ``second`` are two of a longer list: "by 1 or 2 or 3 votes", "70, 80 or 90 miles"."""
    before = text[max(0, first.start - _BEFORE_REACH) : first.start].split()
    joined = bool(before) and before[-1].lower() in _ALTERNATIVES
    word = before[-2 if joined else -1] if len(before) > joined else ""
    if word[:1].isdigit() and (word.endswith(",") if not joined else not word[-1].isalpha()):
        return True
    after = text[second.end : second.end + _BEFORE_REACH].split()
    return len(after) > 1 and after[0].lower() in _ALTERNATIVES and after[1][:1].isdigit()


def _alternative(first: Figure, second: Figure, text: str) -> Figure | None:
    """One range for "14 percent up to 20 percent", "around seven or eight percent"; else ``None``."""
    between = " ".join(text[first.end : second.start].split()).lower()
    if second.amount.hedge is Hedge.UP_TO:
        ok = not between and first.amount.hedge is Hedge.NONE and first.amount.unit == second.amount.unit
        words = text[max(0, first.start - _BEFORE_REACH) : first.start].split()
        ok = ok and not (words and words[-1].lower() in _FROM)  # "from 14 percent up to 20 percent": a change
    else:
        dimensionless = units.dimensionless()
        unit = second.amount.unit
        ok = between in _ALTERNATIVES and first.amount.unit in {dimensionless, unit}
        ok = ok and (unit != dimensionless or not any(_year(f, text) for f in (first, second)))
        ok = ok and _one_step(first.amount.value, second.amount.value) and not _in_list(first, second, text)
    low, high = first.amount, second.amount
    if not ok or not 0 < low.value < high.value < _SPREAD * low.value:
        return None
    bounds = Interval(low.value, high.value)  # explicit ends, as "7 to 8 percent" reads its ends
    value = tidy(CONTEXT.divide(CONTEXT.add(low.value, high.value), _TWO))
    return Figure(
        start=first.start,
        end=second.end,
        amount=Amount(value, high.unit, bounds, Hedge.RANGE, None),
        number_start=first.number_start,
        number_end=second.number_end,
        form=first.form,
        qualifier=first.qualifier,
        unit_text=second.unit_text,
    )


def _article_pair(figure: Figure, text: str) -> Figure | None:
    """One range of 1 to 2 for "a year or two", "an hour or two": the article is the pair's first number.

    The figure is a bare whole number one step above one (the pair's second, "two"), right after a
    joiner of ``alternative_joiners`` ("or"), a unit word in the singular and lower case and an
    article of ``one_articles`` ("a", "an"), spaces alone between them; else ``None``.
    """
    amount = figure.amount
    if not units.is_bare(amount.unit) or amount.hedge is not Hedge.NONE or not _one_step(_ONE, amount.value):
        return None
    pair = _ARTICLE_PAIR.search(text, max(0, figure.start - _BEFORE_REACH), figure.start)
    if pair is None:
        return None
    article, word, joiner = pair.group(1, 2, 3)
    if article.lower() not in _ONE_ARTICLES or joiner.lower() not in _ALTERNATIVES or not word.islower():
        return None
    name = unit_at(word)
    if name is None:
        return None
    start = pair.start(1)
    bounds = Interval(_ONE, amount.value)  # explicit ends, as "one or two years" reads its ends
    value = tidy(CONTEXT.divide(CONTEXT.add(_ONE, amount.value), _TWO))
    return Figure(
        start=start,
        end=figure.end,
        amount=Amount(value, units.unit(name), bounds, Hedge.RANGE, None),
        number_start=start,
        number_end=figure.number_end,
        form=figure.form,
        qualifier=None,
        unit_text=word,
    )
