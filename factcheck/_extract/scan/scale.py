"""Scale words and suffixes after a number: thousand, k, million, m, mn, bn, billion, tn, Mio., Md.

Two tables per language, in its lexicon (``scale_words``, ``scale_abbreviations``; the long
scale outside English: a German "Billion" is 10**12). Abbreviations are matched with their
case ("M" is million in French, "m" is a metre), and come from babel's compact patterns
(``Locale.compact_decimal_formats`` and ``compact_currency_formats``) plus the usual news
forms. Words are matched in lower case.

Keys are tuples of tokens as the scanner cuts them: ``"Mio."`` is ``("Mio", ".")`` and the
Spanish ``"mil millones"`` is ``("mil", "millones")``.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.text.numerals import babel_locale
from factcheck.lexicons import LANGUAGES, lexicon

__all__ = ["AMBIGUOUS_M", "ScaleTables", "scale_tables"]

AMBIGUOUS_M: Final = "m"
"""English "m": million after money or before a noun, a metre in "a 5m wall" (see ``scan.scanner``)."""


class ScaleTables:
    """Scale forms of one locale, as token tuples mapped to powers of ten."""

    __slots__ = ("abbreviations", "longest", "misspelt", "words")

    def __init__(
        self,
        abbreviations: dict[tuple[str, ...], int],
        words: dict[tuple[str, ...], int],
        misspelt: dict[tuple[str, ...], int] | None = None,
    ) -> None:
        self.abbreviations = abbreviations
        """Case-sensitive forms: "m", "bn", "Mio." (as ``("Mio", ".")``), "M"."""
        self.words = words
        """Lower-case words: "million", "milliards", ("mil", "millones")."""
        self.misspelt = misspelt or {}
        """Lower-case typos of scale words, read only right after money: "£8 billon"."""
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
    english = lexicon("en")
    own = lexicon(lang) if lang in LANGUAGES else None
    news_forms = own.mapping("scale_abbreviations") if own is not None else {}
    abbreviations: dict[tuple[str, ...], int] = {}
    for form, power in {**_compact_forms(locale), **news_forms}.items():
        abbreviations[_tokens(form)] = power
    words = {_tokens(word): power for word, power in (own or english).mapping("scale_words").items()}
    if lang != "en":  # English scale words are common in any newsroom's copy of agency text
        for word, power in english.mapping("scale_words").items():
            words.setdefault(_tokens(word), power)
    misspelt = {_tokens(word): power for word, power in (own.own("scale_words_misspelt") or {}).items()} if own else {}
    return ScaleTables(abbreviations, words, misspelt)
