"""English fractions with ordinal denominators, and mixed numbers.

::

    fraction = numerator ["-"] denominator      "three fifths", "a hundredth", "twenty-three fifths"
    mixed    = cardinal "and" (fraction | "half")  "one and a half", "two hundred and fifty-four hundredths"
    numerator   = "a" | "an" | cardinal
    denominator = [cardinal ["-" | "and"]] ordinal   "fifths", "twenty-fifths", "hundred and fifth", "trillionths"

A numerator of one takes a singular denominator ("a fifth", "one twenty-first") and any other
a plural one ("three fifths"), so "the two millionth visitor" is not a fraction. When the words
split more than one way, the denominator is the longest ordinal the rest leaves a whole
cardinal before ("one hundred thirty-fifths" is 100/35), a hyphen binds tens to units
("ninety-five hundred fifths" is 9500/5), and "and" before a proper fraction makes a mixed
number ("one hundred and three quarters" is 100¾, but "one hundred and thirty fifths" is 130/5).
A mixed number after a multiplier is a fraction of it: "a million and a half" is 1,500,000.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.english.cardinals import (
    ARTICLES,
    CARDINAL_WORDS,
    MULTIPLIERS,
    TAIL_HUNDRED,
    TAIL_SCALE,
    TAIL_TENS,
    TENS,
    UNITS,
    read_cardinal,
)
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "AFTER_ARTICLE",
    "SIMPLE_DENOMINATORS",
    "Phrase",
    "and_fraction",
    "in_compound",
    "ordinal_after",
    "read_phrase",
]

_UNIT: Final = 0
"""first ... ninth: after tens, "hundred" or a multiplier in a compound ("twenty-first")."""
_TEEN: Final = 1
"""tenth ... nineteenth, twentieth ... ninetieth: after "hundred" or a multiplier."""
_SCALE: Final = 2
"""hundredth, thousandth, millionth ...: a power of ten, after any cardinal ("two hundred thousandths")."""
_SIMPLE: Final = 3
"""half, quarter: never compounded."""
_TEN: Final = 10
_HUNDRED: Final = 100


def _ordinals() -> dict[str, tuple[int, int, bool]]:
    """Ordinal words: kind, value (a power of ten for ``_SCALE``) and whether the word is plural.

    The lexicon's ``ordinals`` give the kind by their value (below ten, below a hundred, a power
    of ten), and ``simple_fractions`` are ``_SIMPLE``; a plural adds an "s" unless the
    ``irregular_plurals`` say otherwise ("halves").
    """
    words = lexicon(ENGLISH)
    table: dict[str, tuple[int, int]] = {}
    for word, value in words.mapping("ordinals").items():
        if value < _TEN:
            table[word] = (_UNIT, value)
        elif value < _HUNDRED:
            table[word] = (_TEEN, value)
        else:
            table[word] = (_SCALE, len(str(value)) - 1)
    simple = {word: (_SIMPLE, value) for word, value in words.mapping("simple_fractions").items()}
    irregular = words.mapping("irregular_plurals")
    out = {w: (kind, v, False) for w, (kind, v) in {**table, **simple}.items()}
    out.update({irregular.get(w, f"{w}s"): (kind, v, True) for w, (kind, v) in {**table, **simple}.items()})
    return out


_ORDINALS: Final = _ordinals()
_ALONE_NOT_DENOMINATOR: Final = lexicon(ENGLISH).words("ordinals_not_alone")
"""Ordinals that are no denominator on their own: "one second" is a duration."""
_COMPOUNDS: Final = {
    word: frozenset(after) for word, after in lexicon(ENGLISH).mapping("fraction_word_compounds").items()
}
SIMPLE_DENOMINATORS: Final = {
    word: value
    for word, (kind, value, plural) in _ORDINALS.items()
    if kind != _SCALE and 2 <= value <= _TEN and word not in _ALONE_NOT_DENOMINATOR and not (plural and value == 2)  # noqa: PLR2004
}
"""Fraction words from a half to tenths (not "halves"), which stand before "of a million": "a third of a million"."""
_NUMBER_WORDS: Final = CARDINAL_WORDS | {"and", "-"}
AFTER_ARTICLE: Final = frozenset({*_ORDINALS, *_NUMBER_WORDS, *SIMPLE_DENOMINATORS, *ARTICLES, "dozen"})
"""The words after "a" or "an" that may go on with a number ("a third", "a hundred", "a million", "a
dozen", "a quarter of a million"); before any other word, no number begins at the article."""
_LOOKAHEAD: Final = 24
"""Tokens read at most while looking for the ordinal that ends a fraction."""


class Phrase:
    """A fraction (``fraction`` set) or a mixed number (``value`` set) ending at token ``end``."""

    __slots__ = ("end", "fraction", "value")

    def __init__(self, end: int, fraction: tuple[int, int] | None = None, value: Decimal | None = None) -> None:
        self.end = end
        self.fraction = fraction
        self.value = value

    def __repr__(self) -> str:
        return f"Phrase(end={self.end}, fraction={self.fraction}, value={self.value})"


def _denominator(words: Sequence[str], glued: Sequence[bool], s: int, o: int) -> int | None:
    """The denominator spelt by tokens ``s`` to ``o`` (the ordinal word), or ``None``."""
    kind, value, _ = _ORDINALS[words[o]]
    if s == o:
        if words[o] in _ALONE_NOT_DENOMINATOR:
            return None
        return 10**value if kind == _SCALE else value
    if kind == _SIMPLE:
        return None
    p = o - 1 if words[o - 1] == "-" else o
    joined = p - 1 > s and words[p - 1] == "and"
    if joined:
        p -= 1
    first = words[s]
    if p <= s or first in ("hundred", "and", "-") or first in MULTIPLIERS or first in ARTICLES:
        return None
    prefix = read_cardinal(words, glued, s, p)
    if prefix is None or prefix.end != p:
        return None
    if kind == _SCALE:
        return None if joined else prefix.value * 10**value
    if prefix.tail == TAIL_TENS and kind == _UNIT and not joined:
        return prefix.value + value
    if prefix.tail in (TAIL_HUNDRED, TAIL_SCALE):
        return prefix.value + value
    return None


def _numerator(words: Sequence[str], glued: Sequence[bool], i: int, s: int) -> int | None:
    """The numerator spelt by tokens ``i`` up to ``s`` (a hyphen before ``s`` joins it), or ``None``."""
    q = s - 1 if s - 1 > i and words[s - 1] == "-" else s
    if q == i + 1 and words[i] in ARTICLES:
        return 1
    if s - 2 >= i and words[s - 1] == "-" and words[s - 2] in TENS and 0 < UNITS.get(words[s], 0) < 10:  # noqa: PLR2004
        return None  # "ninety-five": a hyphen binds tens to units
    found = read_cardinal(words, glued, i, q)
    return found.value if found is not None and found.end == q else None


def _fraction(words: Sequence[str], glued: Sequence[bool], i: int, o: int) -> tuple[int, int] | None:
    """The fraction spelt by tokens ``i`` to ``o`` (the ordinal word): the longest denominator that fits."""
    plural = _ORDINALS[words[o]][2]
    for s in range(i + 1, o + 1):
        if words[s] in ("-", "and"):
            continue
        denominator = _denominator(words, glued, s, o)
        if denominator is None:
            continue
        numerator = _numerator(words, glued, i, s)
        if numerator is not None and numerator > 0 and (numerator > 1) == plural:
            return numerator, denominator
    return None


def _mixed(words: Sequence[str], glued: Sequence[bool], i: int, o: int) -> Phrase | None:
    """A cardinal, "and", a proper fraction ending at ``o``: "five and a quarter", "a million and a half"."""
    a = o - 1
    while a > i and words[a] != "and":
        a -= 1
    if a <= i:
        return None
    first = a + 2 if words[a + 1] == "-" else a + 1  # "two-and-a-half"
    before = a - 1 if words[a - 1] == "-" else a
    part = (1, 2) if first == o and words[o] == "half" else _fraction(words, glued, first, o)
    whole = read_cardinal(words, glued, i, before)
    if part is None or whole is None or whole.end != before or part[0] >= part[1]:
        return None
    numerator, denominator = part
    end = o + 1
    power = whole.scale
    if power and end < len(words) and MULTIPLIERS.get(words[end], 15) < power:
        power = MULTIPLIERS[words[end]]  # "one billion and a half million"
        end += 1
    whole_part = whole.value * denominator + numerator * 10**power
    if end < len(words) and words[end] == "of":
        return None  # "two and a third of voters": a number and a share
    return Phrase(end, value=_tidy(CONTEXT.divide(Decimal(whole_part), Decimal(denominator))))


def read_phrase(words: Sequence[str], glued: Sequence[bool], i: int) -> Phrase | None:
    """A fraction or mixed number starting at token ``i``, or ``None``.

    >>> read_phrase(["twenty", "-", "three", "fifths"], [False, True, True, False], 0)
    Phrase(end=4, fraction=(23, 5), value=None)
    >>> read_phrase(["five", "and", "a", "quarter"], [False] * 4, 0)
    Phrase(end=4, fraction=None, value=5.25)
    """
    n = len(words)
    o = i
    stop = min(n, i + _LOOKAHEAD)
    while o < stop and words[o] not in _ORDINALS:
        w = words[o]
        if w not in _NUMBER_WORDS and not (w in ARTICLES and (o == i or "and" in words[o - 2 : o])):
            return None
        o += 1
    if o >= stop or o == i or in_compound(words, glued, o):
        return None  # "one half-sister" is one sister
    mixed = _mixed(words, glued, i, o)
    if mixed is not None:
        return mixed
    fraction = _fraction(words, glued, i, o)
    return Phrase(o + 1, fraction=fraction) if fraction is not None else None


def in_compound(words: Sequence[str], glued: Sequence[bool], k: int) -> bool:
    """True when the fraction word at ``k`` is hyphenated to a word of ``fraction_word_compounds``: "half-sister".

    >>> in_compound(["her", "half", "-", "sister"], [False, False, True, True], 1)
    True
    >>> in_compound(["a", "half", "-", "hour"], [False, False, True, True], 1)
    False
    """
    after = _COMPOUNDS.get(words[k])
    return (
        after is not None
        and k + 2 < len(words)
        and words[k + 1] == "-"
        and glued[k + 1]
        and glued[k + 2]
        and words[k + 2] in after
    )


def ordinal_after(words: Sequence[str], glued: Sequence[bool], k: int, tail: int) -> bool:
    """True when the cardinal ending before token ``k`` (ending in ``tail``) begins an ordinal or a fraction.

    "twenty-first", "one hundred and fifth", "two millionth", "(the) two thirds": the number is
    then not a figure of its own.
    """
    n = len(words)
    hyphen = k + 1 < n and words[k] == "-" and glued[k] and glued[k + 1]
    j = k + 1 if hyphen or (k + 1 < n and words[k] == "and" and tail in (TAIL_HUNDRED, TAIL_SCALE)) else k
    if j >= n or words[j] not in _ORDINALS:
        return False
    kind, _, plural = _ORDINALS[words[j]]
    if words[j] in _ALONE_NOT_DENOMINATOR and not hyphen:
        return False  # "one second"
    if plural or kind == _SCALE:
        return True
    if kind == _UNIT:
        return tail in (TAIL_TENS, TAIL_HUNDRED, TAIL_SCALE)
    return kind == _TEEN and tail in (TAIL_HUNDRED, TAIL_SCALE)


def and_fraction(
    words: Sequence[str], glued: Sequence[bool], k: int, value: Decimal, power: int
) -> tuple[Decimal, int] | None:
    """``value`` (in 10**``power``) plus a proper fraction of that power after "and" at ``k``; the next token.

    It completes a number with a scale word: "3 million and a half" is 3.5 million. A fraction
    followed by "of" or by more number words is something else ("£3m and a quarter of the rest").

    >>> and_fraction(["and", "a", "half", "."], [False] * 4, 0, Decimal("3E+6"), 6)
    (Decimal('3.5E+6'), 3)
    >>> and_fraction(["and", "a", "quarter", "of"], [False] * 4, 0, Decimal("3E+6"), 6) is None
    True
    """
    n = len(words)
    if k + 1 >= n or words[k] != "and":
        return None
    phrase = read_phrase(words, glued, k + 1) if words[k + 1] != "half" else Phrase(k + 2, fraction=(1, 2))
    if phrase is None or phrase.fraction is None or not 0 < phrase.fraction[0] < phrase.fraction[1]:
        return None
    end = phrase.end
    if end < n and (words[end] == "of" or words[end] in CARDINAL_WORDS or words[end] in _ORDINALS):
        return None
    numerator, denominator = phrase.fraction
    part = CONTEXT.divide(Decimal(numerator * 10**power), Decimal(denominator))
    return _tidy(CONTEXT.add(value, part)), end


def _tidy(value: Decimal) -> Decimal:
    """A whole ``value`` with its trailing zeros as an exponent: "a million and a half" is stated like "1.5m"."""
    return value.normalize(CONTEXT) if value == value.to_integral_value() else value
