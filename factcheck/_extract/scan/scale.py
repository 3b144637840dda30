"""Scale words and suffixes after a number: thousand, k, million, m, mn, bn, billion, tn, Mio., Md.

Two tables per locale. Abbreviations are matched with their case ("M" is million in French,
"m" is a metre), and come from babel's compact patterns (``Locale.compact_decimal_formats``
and ``compact_currency_formats``) plus the usual news forms. Words are matched in lower case.

Keys are tuples of tokens as the scanner cuts them: ``"Mio."`` is ``("Mio", ".")`` and the
Spanish ``"mil millones"`` is ``("mil", "millones")``.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.text.numerals import babel_locale

__all__ = ["AMBIGUOUS_M", "ScaleTables", "scale_tables"]

AMBIGUOUS_M: Final = "m"
"""English "m": million after money or before a noun, a metre in "a 5m wall" (see ``scan.scanner``)."""

_WORDS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "lakh": 5,
        "lakhs": 5,
        "crore": 7,
        "crores": 7,
        "thousand": 3,
        "thousands": 3,
        "million": 6,
        "millions": 6,
        "billion": 9,
        "billions": 9,
        "trillion": 12,
        "trillions": 12,
    },
    "de": {
        "tausend": 3,
        "million": 6,
        "millionen": 6,
        "milliarde": 9,
        "milliarden": 9,
        "billion": 12,
        "billionen": 12,
    },
    "fr": {
        "mille": 3,
        "millier": 3,
        "milliers": 3,
        "million": 6,
        "millions": 6,
        "milliard": 9,
        "milliards": 9,
        "billion": 12,
        "billions": 12,
    },
    "es": {
        "mil": 3,
        "millón": 6,
        "millon": 6,
        "millones": 6,
        "mil millones": 9,
        "millardo": 9,
        "millardos": 9,
        "billón": 12,
        "billon": 12,
        "billones": 12,
    },
}
"""Scale words by language (the long scale outside English: a German "Billion" is 10**12)."""

_ABBREVIATIONS: Final[dict[str, dict[str, int]]] = {
    "en": {
        "k": 3,
        "K": 3,
        "m": 6,
        "M": 6,
        "mn": 6,
        "mln": 6,
        "mil": 6,
        "MM": 6,
        "bn": 9,
        "bln": 9,
        "b": 9,
        "B": 9,
        "tn": 12,
        "tln": 12,
        "trn": 12,
        "T": 12,
    },
    "de": {"Tsd.": 3, "Mio.": 6, "Mio": 6, "Mrd.": 9, "Mrd": 9, "Bio.": 12},
    "fr": {"k": 3, "M": 6, "Md": 9, "Mds": 9, "Mrd": 9},
    "es": {"mil": 3, "M": 6, "mil M": 9, "B": 12},
}
"""News abbreviations by language, on top of babel's compact patterns."""


class ScaleTables:
    """Scale forms of one locale, as token tuples mapped to powers of ten."""

    __slots__ = ("abbreviations", "longest", "words")

    def __init__(self, abbreviations: dict[tuple[str, ...], int], words: dict[tuple[str, ...], int]) -> None:
        self.abbreviations = abbreviations
        """Case-sensitive forms: "m", "bn", "Mio." (as ``("Mio", ".")``), "M"."""
        self.words = words
        """Lower-case words: "million", "milliards", ("mil", "millones")."""
        self.longest = max((len(k) for k in (*abbreviations, *words)), default=1)


def _tokens(form: str) -> tuple[str, ...]:
    """Cut a form into scanner tokens: letters runs, and any other character alone."""
    out: list[str] = []
    word = ""
    for ch in form:
        if ch.isalpha():
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        if not ch.isspace():
            out.append(ch)
    if word:
        out.append(word)
    return tuple(out)


def _compact_forms(locale: str) -> dict[str, int]:
    """Suffixes of babel's short compact patterns with their power of ten: en_GB "bn" -> 9."""
    loc = babel_locale(locale)
    forms: dict[str, int] = {}
    tables = [loc.compact_decimal_formats.get("short", {})]
    tables.append(loc.compact_currency_formats.get("short", {}))
    for table in tables:
        for plural in table.values():
            for magnitude, pattern in plural.items():
                text = "".join(str(p) for p in (pattern.prefix[0], pattern.suffix[0]))
                text = text.replace("¤", " ").replace("'", "").strip()
                zeros = pattern.int_prec[0] if pattern.int_prec else 1
                if text and magnitude.isdigit():
                    forms.setdefault(text, len(magnitude) - 1 - (zeros - 1))
    return forms


@functools.cache
def scale_tables(locale: str) -> ScaleTables:
    """The scale forms of ``locale``: its babel compact suffixes plus our word lists.

    >>> scale_tables("de_DE").abbreviations[("Mio", ".")]
    6
    >>> scale_tables("es_ES").words[("mil", "millones")]
    9
    """
    lang = babel_locale(locale).language
    abbreviations: dict[tuple[str, ...], int] = {}
    for form, power in {**_compact_forms(locale), **_ABBREVIATIONS.get(lang, {})}.items():
        abbreviations[_tokens(form)] = power
    words = {_tokens(word): power for word, power in _WORDS.get(lang, _WORDS["en"]).items()}
    if lang != "en":  # English scale words are common in any newsroom's copy of agency text
        for word, power in _WORDS["en"].items():
            words.setdefault(_tokens(word), power)
    return ScaleTables(abbreviations, words)
