"""English cardinal number words: "seven", "fifty-five", "three hundred and two", "two million".

The grammar, read left to right with a look-ahead of a few tokens::

    cardinal   = group {multiplier ["and"] group} [multiplier]
    group      = below100 ["hundred" ["and"] below100] [dozen] | ("a" | "an" | "one") ("hundred" | multiplier)
               | "hundred" (before a multiplier: "hundred thousand")
    below100   = unit | teen | tens [("-" | " " | " - ") unit]
    multiplier = "thousand" | "million" | "billion" | "trillion"   (each smaller than the one before)

"nought" and "naught" are unit words (zero); "fifteen hundred" is 1,500. A :class:`Cardinal` also says how
its words end (``tail``), which the fraction reader needs: "twenty" may begin "twenty-fifth"
while "three" may not begin "three fifth".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ARTICLES",
    "CARDINAL_WORDS",
    "DOZENS",
    "MULTIPLIERS",
    "TAIL_DIGIT",
    "TAIL_HUNDRED",
    "TAIL_SCALE",
    "TAIL_TENS",
    "TENS",
    "UNITS",
    "Cardinal",
    "below_hundred",
    "read_cardinal",
    "read_point",
]

_WORDS: Final = lexicon(ENGLISH)
"""The English lexicon: ``cardinal_units``, ``cardinal_tens``, ``multipliers``, ``one_articles``, ``dozens``."""
UNITS: Final[dict[str, int]] = dict(_WORDS.mapping("cardinal_units"))
"""Number words below twenty ("nought" and "naught" are zero)."""
TENS: Final[dict[str, int]] = dict(_WORDS.mapping("cardinal_tens"))
MULTIPLIERS: Final[dict[str, int]] = dict(_WORDS.mapping("multipliers"))
"""Multipliers with their power of ten."""
CARDINAL_WORDS: Final = frozenset({*UNITS, *TENS, *MULTIPLIERS, "hundred"})
"""Every word a cardinal is written with, its joining "and" and hyphens apart: "two", "forty", "hundred", "million"."""
ARTICLES: Final = _WORDS.words("one_articles")
DOZENS: Final = _WORDS.words("dozens")
"""A dozen and its abbreviations, as in a price list: "3 doz eggs", "two dz"."""
_POINT_DIGITS: Final = {w: v for w, v in UNITS.items() if v < 10}  # noqa: PLR2004
"""Words read as one digit after "point": "nine point nought four"."""

TAIL_DIGIT: Final = 0
"""The words end in a unit or a teen ("three", "twenty-one", "eleven")."""
TAIL_TENS: Final = 1
"""The words end in a tens word ("twenty")."""
TAIL_HUNDRED: Final = 2
"""The words end in "hundred"."""
TAIL_SCALE: Final = 3
"""The words end in a multiplier ("two million")."""


class Cardinal:
    """A cardinal read from words: value, the token after it, stated precision and how it ends."""

    __slots__ = ("end", "power", "scale", "tail", "value")

    def __init__(self, value: int, end: int, power: int, tail: int, scale: int) -> None:
        self.value = value
        self.end = end
        self.power = power
        """The power of ten its digits are stated to: 2 for "three hundred", 6 for "two million"."""
        self.tail = tail
        """How the words end: ``TAIL_DIGIT``, ``TAIL_TENS``, ``TAIL_HUNDRED`` or ``TAIL_SCALE``."""
        self.scale = scale
        """The power of the multiplier it ends in ("one million": 6), else 0."""

    def __repr__(self) -> str:
        return f"Cardinal({self.value}, end={self.end}, power={self.power}, tail={self.tail})"


def _hyphen_unit(words: Sequence[str], glued: Sequence[bool], i: int, stop: int) -> bool:
    """True when a hyphen at ``i`` joins the tens word before it to a unit word: "fifty-five", "fifty - five"."""
    if i + 1 >= stop or words[i] != "-" or not 0 < UNITS.get(words[i + 1], 0) < 10:  # noqa: PLR2004
        return False
    return glued[i] == glued[i + 1]  # both sides touch the hyphen, or neither does


def _hyphen_scale(words: Sequence[str], glued: Sequence[bool], i: int, stop: int) -> int:
    """The token after a hyphen at ``i`` glued on both sides to "hundred" or a multiplier ("Two-hundred"), or ``i``."""
    glued_hyphen = i + 1 < stop and words[i] == "-" and glued[i] and glued[i + 1]
    return i + 1 if glued_hyphen and (words[i + 1] == "hundred" or words[i + 1] in MULTIPLIERS) else i


def below_hundred(words: Sequence[str], glued: Sequence[bool], i: int, stop: int) -> tuple[int, int, int] | None:
    """Words such as "seven", "fifty-five", "fifty five": value, next token and tail, or ``None``."""
    w = words[i]
    if w in UNITS:
        return UNITS[w], i + 1, TAIL_DIGIT
    if w not in TENS:
        return None
    value = TENS[w]
    if _hyphen_unit(words, glued, i + 1, stop):
        return value + UNITS[words[i + 2]], i + 3, TAIL_DIGIT
    if i + 1 < stop and not glued[i + 1] and 0 < UNITS.get(words[i + 1], 0) < 10:  # noqa: PLR2004
        return value + UNITS[words[i + 1]], i + 2, TAIL_DIGIT
    return value, i + 1, TAIL_TENS


def _dozen(words: Sequence[str], k: int, stop: int) -> bool:
    return k < stop and words[k] in DOZENS


def _group(words: Sequence[str], glued: Sequence[bool], i: int, stop: int) -> tuple[int, int, int] | None:
    """One group below a thousand: "a hundred and twenty", "three hundred", "two dozen": value, next token, tail."""
    w = words[i]
    if w == "hundred" and i + 1 < stop and words[i + 1] in MULTIPLIERS:  # "hundred thousand" without "a"
        return 100, i + 1, TAIL_HUNDRED
    if w in ARTICLES or w == "one":
        if i + 1 < stop and (words[i + 1] == "hundred" or words[i + 1] in MULTIPLIERS):
            head: tuple[int, int, int] | None = (1, i + 1, TAIL_DIGIT)
        elif w in ARTICLES:
            return None
        else:
            head = (1, i + 1, TAIL_DIGIT)
    else:
        head = below_hundred(words, glued, i, stop)
    if head is None:
        return None
    value, j, tail = head
    j = _hyphen_scale(words, glued, j, stop)  # "Two-hundred Polish troops"
    if j < stop and words[j] == "hundred" and value > 0:  # "three hundred", "fifteen hundred"
        value *= 100
        j += 1
        k = j + 1 if j < stop and words[j] == "and" else j
        if k < stop and (rest := below_hundred(words, glued, k, stop)) is not None:
            part, after, tail = rest
            if _dozen(words, after, stop):  # "three hundred and two dozen": 300 + 24
                return value + 12 * part, after + 1, TAIL_DIGIT
            return value + part, after, tail
        return value, j, TAIL_HUNDRED
    if _dozen(words, j, stop):  # "two dozen", "three dozens"
        return value * 12, j + 1, TAIL_DIGIT
    return value, j, tail


def read_cardinal(words: Sequence[str], glued: Sequence[bool], i: int, stop: int | None = None) -> Cardinal | None:
    """The cardinal number words from token ``i`` (reading stops before ``stop``), or ``None``.

    >>> c = read_cardinal(["two", "thousand", "and", "two", "hundred"], [False] * 5, 0)
    >>> c.value, c.end, c.power
    (2200, 5, 0)
    >>> read_cardinal(["million"], [False], 0) is None
    True
    """
    stop = len(words) if stop is None else stop
    total = 0
    power = 0
    limit = 15
    tail = TAIL_DIGIT
    scale = 0
    j = i
    while j < stop:
        part = _group(words, glued, j, stop)
        if part is None:
            break
        value, k, tail = part
        k = _hyphen_scale(words, glued, k, stop)  # "two-thousand"
        if k < stop and words[k] in MULTIPLIERS and MULTIPLIERS[words[k]] < limit:
            limit = MULTIPLIERS[words[k]]
            total += value * 10**limit
            power = limit
            j = k + 1
            tail, scale = TAIL_SCALE, limit
            if j + 1 < stop and words[j] == "and" and _group_below(words, glued, j + 1, stop, limit):
                j += 1
            continue
        scale = 0
        total += value
        power = 2 if tail == TAIL_HUNDRED and total == value else (0 if value else power)
        j = k
        break
    if j == i or (j == i + 1 and words[i] in ARTICLES):
        return None
    return Cardinal(total, j, power, tail, scale)


def _group_below(words: Sequence[str], glued: Sequence[bool], i: int, stop: int, limit: int) -> bool:
    """True when a group starts at ``i`` and is not followed by a multiplier of ``limit`` or more.

    "two million and three hundred" is one number; "two million and three million" is two.
    """
    part = _group(words, glued, i, stop)
    if part is None:
        return False
    k = part[1]
    return not (k < stop and words[k] in MULTIPLIERS and MULTIPLIERS[words[k]] >= limit)


def read_point(words: Sequence[str], glued: Sequence[bool], i: int) -> tuple[str, int] | None:
    """The digits after "point" at token ``i`` and the token after them, or ``None``.

    Digit words are read one by one ("point nought four" is ".04"); a word of ten or more
    gives its digits ("point seventy-one" is ".71") and ends the decimals.

    >>> read_point(["point", "zero", "three"], [False] * 3, 0)
    ('03', 3)
    >>> read_point(["point", "plan"], [False] * 2, 0) is None
    True
    """
    n = len(words)
    if i + 1 >= n or words[i] != "point":
        return None
    digits = ""
    j = i + 1
    while j < n and words[j] in _POINT_DIGITS:
        digits += str(_POINT_DIGITS[words[j]])
        j += 1
    if not digits and (two := below_hundred(words, glued, i + 1, n)) is not None and two[0] >= 10:  # noqa: PLR2004
        return str(two[0]), two[1]
    return (digits, j) if digits else None
