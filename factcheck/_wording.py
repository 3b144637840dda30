"""The words each language uses around a figure: hedges, counted things, "a year", CLDR unit keys.

The words are data, in ``factcheck/lexicons/<language>/wording.json`` (``common/`` for the CLDR
keys); this module reads them on first use and gives :mod:`factcheck._format` typed tables.
Each function gives the language's own table, empty when it has none, and the caller chooses
the fallback (English words, or CLDR through babel).
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterator, Mapping
from typing import Final, TypeVar

from ._precision import Hedge
from .errors import LexiconError
from .lexicons import LANGUAGES, Lexicon, lexicon

__all__ = [
    "CLDR_UNITS",
    "COUNT_WORDS",
    "MILLIONS",
    "cldr_units",
    "count_words",
    "hedge_words",
    "minor_words",
    "per_unit_pattern",
    "per_words",
    "scale_links",
]

MILLIONS: Final = 6
"""The power of ten from which French and Spanish scale words take a link to the noun ("de")."""


def _own(language: str, table: str) -> Lexicon | None:
    """The lexicon of ``language`` when it is one of :data:`factcheck.lexicons.LANGUAGES` and has ``table``.

    ``language`` is what callers split off a locale ("en", "de"; or "EN", "de-DE" for odd
    locales): only the languages with word files of their own have words here, as they always had.
    """
    if language not in LANGUAGES:
        return None
    lex = lexicon(language)
    return lex if table in lex else None


@functools.cache
def hedge_words(language: str) -> Mapping[Hedge, str]:
    """How each hedge is written in ``language``: {Hedge.ABOUT: "around", ...}; empty when it has no words."""
    lex = _own(language, "written_hedges")
    table = {} if lex is None else lex.string_map("written_hedges")
    return types.MappingProxyType({Hedge(value): word for value, word in table.items()})


@functools.cache
def count_words(language: str) -> Mapping[str, tuple[str, str]]:
    """Names of counted units CLDR lacks, by unit: {"person": ("person", "people")}; empty when none."""
    return _pairs(language, "written_counts")


@functools.cache
def minor_words(language: str) -> Mapping[str, tuple[str, str]]:
    """Hundredths of a currency after the number: {"penny": ("p", "p"), "cent": (" cent", " cents")}."""
    return _pairs(language, "written_minor_units")


def _pairs(language: str, table: str) -> Mapping[str, tuple[str, str]]:
    lex = _own(language, table)
    if lex is None:
        return types.MappingProxyType({})
    return types.MappingProxyType({key: _pair(forms, lex, table) for key, forms in lex.string_tuples(table).items()})


def _pair(forms: tuple[str, ...], lex: Lexicon, table: str) -> tuple[str, str]:
    if len(forms) != 2:  # noqa: PLR2004
        msg = f"table {table!r} needs [singular, plural], got {list(forms)}"
        raise LexiconError(lex.source(table), msg)
    return forms[0], forms[1]


@functools.cache
def scale_links(language: str) -> tuple[str, str] | None:
    """What joins "millions" to a noun, before a consonant and before a vowel: ("de ", "d’"); ``None`` when nothing."""
    lex = _own(language, "written_scale_links")
    if lex is None:
        return None
    links = lex.string_map("written_scale_links")
    return links["plain"], links["before_vowel"]


@functools.cache
def per_words(language: str) -> Mapping[str, str]:
    """How news text says "per" a time unit: {"year": "{0} a year"}; empty when CLDR's pattern is used."""
    lex = _own(language, "written_per_time")
    return types.MappingProxyType({}) if lex is None else lex.string_map("written_per_time")


@functools.cache
def per_unit_pattern(language: str) -> str | None:
    """How ``language`` writes a figure per a unit CLDR has no name for ("{0} per {1}"), or ``None``."""
    lex = _own(language, "written_per_unit")
    return None if lex is None else str(lex["written_per_unit"])


@functools.cache
def cldr_units() -> Mapping[str, str]:
    """CLDR unit keys of pint unit names: {"year": "duration-year", "metre": "length-meter", ...}."""
    return lexicon("common").string_map("cldr_units")


K = TypeVar("K")
V = TypeVar("V")


class _OnFirstUse(Mapping[K, V]):
    """A read-only mapping built by ``load`` when it is first read (not when this module is imported)."""

    def __init__(self, load: Callable[[], Mapping[K, V]]) -> None:
        self._load = load

    @functools.cached_property
    def _table(self) -> Mapping[K, V]:
        return self._load()

    def __getitem__(self, key: K) -> V:
        return self._table[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


# The names factcheck._extract imports (until it reads the lexicons itself).
CLDR_UNITS: Final[Mapping[str, str]] = _OnFirstUse(cldr_units)
"""CLDR unit keys of pint unit names; see :func:`cldr_units`."""
COUNT_WORDS: Final[Mapping[str, Mapping[str, tuple[str, str]]]] = _OnFirstUse(
    lambda: {lang: words for lang in LANGUAGES if (words := count_words(lang))}
)
"""Names of counted units CLDR lacks, by language; see :func:`count_words`."""
