"""German, French and Spanish number words and fraction phrases.

Number words are read by `text2num <https://github.com/allo-media/text2num>`_ (MIT, Rust,
about 10 MB/s here) when it is installed; without it those languages get digits only.
Fraction phrases ("die Hälfte", "deux tiers", "uno de cada cinco") are the ``fraction_phrases``
of each language's lexicon; fractions with other denominators are read in
:mod:`factcheck._extract.scan.generic.denominators`, ratios such as "une personne sur cinq" in
:mod:`factcheck._extract.scan.generic.ratios`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from factcheck._extract.scan.generic.compose import compose, runs_from
from factcheck._extract.scan.generic.denominators import knockout_round, normalise, small_fraction
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES, generic_tables
from factcheck._extract.scan.vague import vague_starts
from factcheck._extract.scan.word_number import Fraction, WordNumber, scaled

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["WordToken", "read_foreign", "read_foreign_fraction", "text2num_available"]


def read_foreign_fraction(words: Sequence[str], i: int, lang: str) -> Fraction | None:
    """A German, French or Spanish fraction phrase at token ``i``: "die Hälfte", "deux tiers", "la mitad".

    >>> read_foreign_fraction(["deux", "tiers"], 0, "fr")
    Fraction(numerator=2, denominator=3, end=2)
    >>> read_foreign_fraction(["drei", "fünftel"], 0, "de")
    Fraction(numerator=3, denominator=5, end=2)
    """
    table = generic_tables(lang).fraction_phrases
    if not table:
        return None
    for length in (4, 3, 2):
        key = tuple(words[i : i + length])
        if len(key) == length and key in table:
            if knockout_round(words, i + length, lang):
                return None  # "trois quarts de finale": three matches
            numerator, denominator = table[key]
            return Fraction(numerator, denominator, i + length)
    if not text2num_available():
        return None

    found = small_fraction(words, i, lang)
    return None if found is None else Fraction(*found)


class WordToken:
    """One word as text2num's ``find_numbers`` takes it."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, _previous: object) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


@functools.cache
def text2num_available() -> bool:
    try:
        import text_to_num  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415  (no stubs)
    except ImportError:
        return False
    return True


def read_foreign(words: Sequence[str], lang: str, candidates: Sequence[bool]) -> dict[int, WordNumber]:
    """Number words of German, French or Spanish text, by first token (via text2num).

    ``candidates[i]`` is False for tokens that cannot be part of a number word (digits,
    punctuation other than a hyphen); they are passed as separators. A lone "ein", "un", "uno"
    is not read as a number. Fractions, halves, dozens and 10¹² words around text2num's runs
    are joined by :func:`factcheck._extract.scan.generic.compose.compose`.
    """
    if lang not in GENERIC_LANGUAGES or not text2num_available() or not any(candidates):
        return {}
    from text_to_num import find_numbers  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415  (no stubs; optional)

    spelt = [normalise(w, lang) for w in words]
    tokens = [WordToken(w if ok else ",") for w, ok in zip(spelt, candidates, strict=True)]
    occurrences = [
        (o.start, o.end, o.text, o.is_ordinal)
        for o in find_numbers(tokens, lang, threshold=0)
        if all(candidates[o.start : o.end])
    ]
    found: dict[int, WordNumber] = {}
    for start, reading in compose(spelt, lang, runs_from(occurrences), candidates).items():
        if reading.end == start + 1 and spelt[start] in vague_starts(lang):  # "les milliers": thousands, not 1,000
            continue  # a plural scale noun alone: "les milliers", "los miles"
        value = reading.value
        if value == value.to_integral_value() and value.as_tuple().exponent in (0, -1):  # "media docena": 6, not 6.0
            value = value.to_integral_value()
            total = int(value)
            power = 0
            while power < 12 and total and total % 10 ** (power + 3) == 0:  # noqa: PLR2004
                power += 3
            value = scaled(total, power)
        found[start] = WordNumber(value, reading.end)
    return found
