"""Number words: "two", "fifty-five", "a hundred and twenty", "half a million", "hundreds of", "a third".

English is read here, in depth. German, French and Spanish number words are in ``_foreign``.

Readers work on the scanner's tokens: ``words`` holds each token's lower-case text and
``glued[i]`` says whether token ``i`` touches the one before it (no space between).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from attrs import frozen

from factcheck._decimal import CONTEXT, HUNDRED

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "STARTERS",
    "Fraction",
    "Vague",
    "WordNumber",
    "is_ratio",
    "read_english",
    "read_fraction",
    "read_fraction_of_scale",
    "read_vague",
    "scaled",
]

_UNITS: Final = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_MULTIPLIERS: Final = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_ARTICLES: Final = frozenset({"a", "an"})
_NOT_ONE_BEFORE: Final = frozenset({"no", "any", "every", "some", "the", "this", "that", "each", "which", "someone"})
"""Words before "one" that make it a pronoun ("no one", "the one")."""

_DENOMINATORS: Final = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_NOT_FRACTION_BEFORE: Final = frozenset({"the", "first", "second", "third", "fourth", "last", "this", "next", "other"})
"""Words before "half" or "quarter" that make it a period ("the first half", "last quarter")."""

_VAGUE: Final = {
    ("dozens",): (24, 200),
    ("scores",): (40, 200),
    ("hundreds",): (200, 1000),
    ("thousands",): (2000, 10**6),
    ("tens", "of", "thousands"): (20_000, 100_000),
    ("hundreds", "of", "thousands"): (200_000, 10**6),
    ("millions",): (2 * 10**6, 10**9),
    ("tens", "of", "millions"): (20 * 10**6, 100 * 10**6),
    ("hundreds", "of", "millions"): (200 * 10**6, 10**9),
    ("billions",): (2 * 10**9, 10**12),
}
"""Plural scale words before "of": at least two of the unit, below the next scale word."""


STARTERS: Final = frozenset(
    {*_UNITS, *_TENS, *_ARTICLES, "half", "dozens", "scores", "hundreds", "thousands", "tens", "millions", "billions"}
)
"""English words that may begin a number, a fraction or a vague amount."""


@frozen
class WordNumber:
    """A number read from words: its value with stated digits, and the token after it."""

    value: Decimal
    end: int


@frozen
class Vague:
    """Words such as "hundreds of": ``low`` to below ``high``, ending at token ``end`` (the "of" is not included)."""

    low: int
    high: int
    end: int


@frozen
class Fraction:
    """A fraction as a percentage (``percent`` is 100 · numerator / denominator) ending at token ``end``."""

    numerator: int
    denominator: int
    end: int

    @property
    def percent(self) -> Decimal:
        """The fraction in percent, in the library's decimal context: a third is 33.33…."""
        return CONTEXT.divide(CONTEXT.multiply(HUNDRED, Decimal(self.numerator)), Decimal(self.denominator))


def scaled(total: int, last_power: int) -> Decimal:
    """``total`` with its digits stated down to ``last_power`` when it ends in that multiplier."""
    if last_power > 0 and total % 10**last_power == 0:
        return Decimal(total // 10**last_power).scaleb(last_power)
    return Decimal(total)


def _below_hundred(words: Sequence[str], glued: Sequence[bool], i: int) -> tuple[int, int] | None:
    """Words such as "seven", "fifty-five", "fifty five": value and next token, or ``None``."""
    n = len(words)
    w = words[i]
    if w in _UNITS:
        return _UNITS[w], i + 1
    if w in _TENS:
        value = _TENS[w]
        if i + 2 < n and words[i + 1] == "-" and glued[i + 1] and glued[i + 2] and 0 < _UNITS.get(words[i + 2], 0) < 10:  # noqa: PLR2004
            return value + _UNITS[words[i + 2]], i + 3
        if i + 1 < n and not glued[i + 1] and 0 < _UNITS.get(words[i + 1], 0) < 10:  # noqa: PLR2004
            return value + _UNITS[words[i + 1]], i + 2
        return value, i + 1
    return None


def _below_thousand(words: Sequence[str], glued: Sequence[bool], i: int) -> tuple[int, int, bool] | None:
    """Words such as "a hundred and twenty", "three hundred", "twelve": value, next token, ends in "hundred"."""
    n = len(words)
    if words[i] in _ARTICLES or words[i] == "one":
        if i + 1 < n and (words[i + 1] == "hundred" or words[i + 1] in _MULTIPLIERS):
            head: tuple[int, int] | None = (1, i + 1)
        elif words[i] in _ARTICLES:
            return None
        else:
            head = (1, i + 1)
    else:
        head = _below_hundred(words, glued, i)
    if head is None:
        return None
    value, j = head
    if value < 10 and j < n and words[j] == "hundred":  # noqa: PLR2004
        value *= 100
        j += 1
        k = j + 1 if j < n and words[j] == "and" else j
        if k < n and (rest := _below_hundred(words, glued, k)) is not None:
            return value + rest[0], rest[1], False
        return value, j, True
    return value, j, False


def read_english(words: Sequence[str], glued: Sequence[bool], i: int) -> WordNumber | None:
    """English number words starting at token ``i``, or ``None``.

    >>> read_english(["a", "hundred", "and", "twenty"], [False] * 4, 0)
    WordNumber(value=Decimal('120'), end=4)
    >>> read_english(["two", "million"], [False, False], 0)
    WordNumber(value=Decimal('2E+6'), end=2)
    >>> read_english(["half", "a", "million"], [False] * 3, 0)
    WordNumber(value=Decimal('5E+5'), end=3)
    """
    n = len(words)
    w = words[i]
    if w == "one" and i > 0 and words[i - 1] in _NOT_ONE_BEFORE:
        return None
    if (of_scale := read_fraction_of_scale(words, i)) is not None:
        return of_scale
    if w == "half" and i + 2 < n and words[i + 1] in _ARTICLES and words[i + 2] == "dozen":
        return WordNumber(Decimal(6), i + 3)
    if w in _ARTICLES and i + 1 < n and words[i + 1] == "dozen":
        return WordNumber(Decimal(12), i + 2)
    total = 0
    last_power = 0
    limit = 15
    j = i
    while j < n:
        part = _below_thousand(words, glued, j)
        if part is None:
            if j < n and words[j] in _MULTIPLIERS and j == i:  # "million" alone is a scale word, not a number
                return None
            break
        value, k, ends_hundred = part
        if k < n and words[k] == "dozen":
            value, k, ends_hundred = value * 12, k + 1, False
        if k < n and words[k] in _MULTIPLIERS and _MULTIPLIERS[words[k]] < limit:
            limit = _MULTIPLIERS[words[k]]
            total += value * 10**limit
            last_power = limit
            j = k + 1
            if j < n and words[j] == "and" and j + 1 < n and _below_hundred(words, glued, j + 1) is not None:
                j += 1
            continue
        total += value
        last_power = 2 if ends_hundred and total == value else (0 if value else last_power)
        j = k
        break
    if j == i:
        return None
    if j == i + 1 and words[i] in _ARTICLES:
        return None
    return WordNumber(scaled(total, last_power), j)


def read_fraction_of_scale(words: Sequence[str], i: int) -> WordNumber | None:
    """Read "half a million", "a quarter of a million", "three quarters of a billion": an exact number.

    >>> read_fraction_of_scale(["a", "quarter", "of", "a", "million"], 0)
    WordNumber(value=Decimal('2.5E+5'), end=5)
    """
    n = len(words)
    w = words[i]
    if w == "half":
        numerator, denominator, j = 1, 2, i + 1
    else:
        numerator = 1 if w in _ARTICLES or w == "one" else _UNITS.get(w, 0)
        j = i + 1
        if j < n and words[j] == "-":
            j += 1
        if not 0 < numerator < 10 or j >= n or words[j] not in _DENOMINATORS:  # noqa: PLR2004
            return None
        denominator = _DENOMINATORS[words[j]]
        j += 1
    if j < n and words[j] == "of":
        j += 1
    if j < n and words[j] in _ARTICLES:
        j += 1
    if j >= n or words[j] not in _MULTIPLIERS:
        return None
    total, rest = divmod(numerator * 10 ** _MULTIPLIERS[words[j]], denominator)
    if rest:
        return None  # "a third of a million" is not a whole number
    power = 0
    while total % 10 ** (power + 1) == 0:
        power += 1
    return WordNumber(scaled(total, power), j + 1)


def is_ratio(numerator: int, denominator: int) -> bool:
    """True when "N in M" reads as a ratio: a small N below M, M at most 1,000 ("390 in 2023" is not).

    >>> is_ratio(1, 5), is_ratio(390, 2023), is_ratio(5, 2024)
    (True, False, False)
    """
    return 0 < numerator < 100 and numerator < denominator <= 1000  # noqa: PLR2004


def read_vague(words: Sequence[str], i: int) -> Vague | None:
    """Words such as "hundreds of", "tens of thousands of": bounds, ending before "of".

    >>> read_vague(["hundreds", "of", "people"], 0)
    Vague(low=200, high=1000, end=1)
    """
    n = len(words)
    for length in (3, 1):
        key = tuple(words[i : i + length])
        if len(key) == length and key in _VAGUE and i + length < n and words[i + length] == "of":
            low, high = _VAGUE[key]
            return Vague(low, high, i + length)
    return None


def read_fraction(words: Sequence[str], glued: Sequence[bool], i: int) -> Fraction | None:
    """Words such as "half", "a third", "two-thirds", "three quarters", "one in five".

    >>> read_fraction(["two", "-", "thirds"], [False, True, True], 0)
    Fraction(numerator=2, denominator=3, end=3)
    >>> read_fraction(["one", "in", "five"], [False] * 3, 0)
    Fraction(numerator=1, denominator=5, end=3)
    """
    n = len(words)
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    if w == "half" and before not in _NOT_FRACTION_BEFORE:
        if i + 1 < n and words[i + 1] in _ARTICLES:
            return None  # "half a day", "half an hour": a duration; "half a million" is read as a number
        return Fraction(1, 2, i + 1)
    if w in _ARTICLES or w == "one":
        numerator = 1
    elif w in _UNITS and 1 < _UNITS[w] < 10:  # noqa: PLR2004
        numerator = _UNITS[w]
    else:
        return None
    j = i + 1
    if j + 1 < n and words[j] == "-" and glued[j] and glued[j + 1]:
        j += 1
    if j < n and words[j] in _DENOMINATORS and before not in _NOT_FRACTION_BEFORE:
        if numerator == 1 and words[j].endswith("s"):
            return None
        return Fraction(numerator, _DENOMINATORS[words[j]], j + 1)
    if w in _ARTICLES:
        return None
    k = i + 1
    if k + 1 < n and words[k] == "out" and words[k + 1] == "of":
        k += 2
    elif k < n and words[k] == "in":
        k += 1
    else:
        return None
    if k < n and words[k] == "every":
        k += 1
    if k < n and words[k].isdigit() and len(words[k]) < 5 and is_ratio(numerator, int(words[k])):  # noqa: PLR2004
        return Fraction(numerator, int(words[k]), k + 1)  # "six in 10"
    if k < n and (den := _below_hundred(words, glued, k)) is not None and den[0] > numerator:
        return Fraction(numerator, den[0], den[1])
    return None
