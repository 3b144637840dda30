"""German, French and Spanish number words and fraction phrases.

Number words are read by `text2num <https://github.com/allo-media/text2num>`_ (MIT, Rust,
about 10 MB/s here) when it is installed; without it those languages get digits only.
Fraction phrases ("die Hälfte", "deux tiers", "uno de cada cinco") are a small table here;
fractions with other denominators are read in :mod:`factcheck._extract.scan.generic.denominators`,
ratios such as "une personne sur cinq" in :mod:`factcheck._extract.scan.generic.ratios`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.generic.denominators import knockout_round, small_fraction
from factcheck._extract.scan.word_number import Fraction, WordNumber, scaled

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["FOREIGN_FRACTIONS", "read_foreign", "read_foreign_fraction"]

_FOREIGN_FRACTION_WORDS: Final[dict[str, dict[str, tuple[int, int]]]] = {
    "de": {
        "die hälfte": (1, 2),
        "ein drittel": (1, 3),
        "zwei drittel": (2, 3),
        "ein viertel": (1, 4),
        "drei viertel": (3, 4),
        "ein fünftel": (1, 5),
        "ein zehntel": (1, 10),
        "jeder zweite": (1, 2),
        "jeder dritte": (1, 3),
        "jeder vierte": (1, 4),
        "jeder fünfte": (1, 5),
        "jeder zehnte": (1, 10),
    },
    "fr": {
        "la moitié": (1, 2),
        "un tiers": (1, 3),
        "deux tiers": (2, 3),
        "un quart": (1, 4),
        "trois quarts": (3, 4),
        "un cinquième": (1, 5),
        "un dixième": (1, 10),
        "un sur deux": (1, 2),
        "un sur trois": (1, 3),
        "un sur quatre": (1, 4),
        "un sur cinq": (1, 5),
        "un sur dix": (1, 10),
        "une sur deux": (1, 2),
        "une sur trois": (1, 3),
        "une sur quatre": (1, 4),
        "une sur cinq": (1, 5),
        "une sur dix": (1, 10),
    },
    "es": {
        "la mitad": (1, 2),
        "un tercio": (1, 3),
        "dos tercios": (2, 3),
        "un cuarto": (1, 4),
        "tres cuartos": (3, 4),
        "una quinta parte": (1, 5),
        "una tercera parte": (1, 3),
        "dos terceras partes": (2, 3),
        "una cuarta parte": (1, 4),
        "tres cuartas partes": (3, 4),
        "una décima parte": (1, 10),
        "la tercera parte": (1, 3),
        "la cuarta parte": (1, 4),
        "la quinta parte": (1, 5),
        "uno de cada dos": (1, 2),
        "uno de cada tres": (1, 3),
        "uno de cada cuatro": (1, 4),
        "uno de cada cinco": (1, 5),
        "uno de cada diez": (1, 10),
        "una de cada cinco": (1, 5),
    },
}

FOREIGN_FRACTIONS: Final = {
    lang: {tuple(k.split()): v for k, v in table.items()} for lang, table in _FOREIGN_FRACTION_WORDS.items()
}
"""German, French and Spanish fraction phrases (lower-case token tuples) -> (numerator, denominator)."""


def read_foreign_fraction(words: Sequence[str], i: int, lang: str) -> Fraction | None:
    """A German, French or Spanish fraction phrase at token ``i``: "die Hälfte", "deux tiers", "la mitad".

    >>> read_foreign_fraction(["deux", "tiers"], 0, "fr")
    Fraction(numerator=2, denominator=3, end=2)
    >>> read_foreign_fraction(["drei", "fünftel"], 0, "de")
    Fraction(numerator=3, denominator=5, end=2)
    """
    table = FOREIGN_FRACTIONS.get(lang)
    if table is None:
        return None
    for length in (4, 3, 2):
        key = tuple(words[i : i + length])
        if len(key) == length and key in table:
            if lang == "fr" and knockout_round(words, i + length):
                return None  # "trois quarts de finale": three matches
            numerator, denominator = table[key]
            return Fraction(numerator, denominator, i + length)
    if not _text2num_available():
        return None

    found = small_fraction(words, i, lang)
    return None if found is None else Fraction(*found)


class _Token:
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
def _text2num_available() -> bool:
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
    if lang not in ("de", "fr", "es") or not _text2num_available() or not any(candidates):
        return {}
    from text_to_num import find_numbers  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415  (no stubs; optional)

    from factcheck._extract.scan.generic.compose import compose, runs_from  # noqa: PLC0415
    from factcheck._extract.scan.generic.denominators import normalise  # noqa: PLC0415
    from factcheck._extract.scan.vague import vague_starts  # noqa: PLC0415  ("les milliers": thousands, not one thousand)

    spelt = [normalise(w, lang) for w in words]
    tokens = [_Token(w if ok else ",") for w, ok in zip(spelt, candidates, strict=True)]
    occurrences = [
        (o.start, o.end, o.text, o.is_ordinal)
        for o in find_numbers(tokens, lang, threshold=0)
        if all(candidates[o.start : o.end])
    ]
    found: dict[int, WordNumber] = {}
    for start, reading in compose(spelt, lang, runs_from(occurrences), candidates).items():
        if reading.end == start + 1 and spelt[start] in vague_starts(lang):
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
