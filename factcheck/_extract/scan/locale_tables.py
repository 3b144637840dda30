"""The tables the scanner reads one locale with: numerals, scale words, currencies, hedges, units.

Built once per locale (:func:`tables` is cached) from babel's data and the lexicon modules.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.scan.currency import CurrencyTables, currency_tables
from factcheck._extract.scan.english.number_words import STARTERS
from factcheck._extract.scan.generic.tables import generic_tables
from factcheck._extract.scan.hedges import HedgeTables, hedge_tables
from factcheck._extract.scan.notation import VULGAR_FRACTIONS
from factcheck._extract.scan.scale import ScaleTables, scale_tables
from factcheck._extract.scan.unit_words import UnitTables, unit_tables
from factcheck._extract.scan.vague import vague_starts
from factcheck._extract.text.numerals import NumberSymbols, babel_locale, number_symbols
from factcheck._extract.text.vocabulary import ENGLISH, every_language

__all__ = ["Tables", "tables"]

_SIGNS: Final = frozenset({"-", "−", "+", "~"})


class Tables:
    """Everything the scanner looks up for one locale, built once."""

    __slots__ = ("currency", "hedges", "lang", "locale", "scales", "starters", "symbols", "units")

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.lang: str = babel_locale(locale).language
        self.symbols: NumberSymbols = number_symbols(locale)
        self.scales: ScaleTables = scale_tables(locale)
        self.currency: CurrencyTables = currency_tables(locale)
        self.hedges: HedgeTables = hedge_tables(self.lang)
        self.units: UnitTables = unit_tables(self.lang)
        self.starters: frozenset[str] = _starters(self)
        """Lower-case tokens that may begin a figure (besides numerals, ISO codes and foreign number words)."""


def _starters(tabs: Tables) -> frozenset[str]:
    words: set[str] = {key[0] for key in tabs.hedges.hedges}
    words |= tabs.hedges.range_openers | every_language("minus_words") | _SIGNS
    for symbol in tabs.currency.symbols:
        words.add(symbol[0].lower())
        words.add("".join(ch for ch in symbol if ch.isalpha()).lower())
    if tabs.lang == ENGLISH:
        words |= STARTERS
    words |= {key[0] for key in generic_tables(tabs.lang).fraction_phrases}
    words |= vague_starts(tabs.lang)
    words |= VULGAR_FRACTIONS.keys()  # "¾" in any language
    words.discard("")
    return frozenset(words)


@functools.cache
def tables(locale: str) -> Tables:
    """The scanner's tables for ``locale`` (a bad name raises :class:`factcheck.ValidationError`)."""
    return Tables(locale)
