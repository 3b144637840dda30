"""The tables the scanner reads one locale with: numerals, scale words, currencies, hedges, units.

Built once per locale (:func:`tables` is cached) from babel's data and the lexicon modules.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.currency import CurrencyTables, currency_tables
from factcheck._extract.scan.english.reader import ENGLISH_WORDS
from factcheck._extract.scan.generic.reader import GENERIC_WORDS
from factcheck._extract.scan.generic.tables import generic_tables
from factcheck._extract.scan.hedges import HedgeTables, hedge_tables
from factcheck._extract.scan.notation import VULGAR_FRACTIONS
from factcheck._extract.scan.scale import ScaleTables, scale_tables
from factcheck._extract.scan.unit_words import UnitTables, unit_tables
from factcheck._extract.scan.vague import vague_starts
from factcheck._extract.text.numerals import NumberSymbols, babel_locale, number_symbols
from factcheck._extract.text.tokens import tokenize
from factcheck._extract.text.vocabulary import ENGLISH, every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import NumberWords

__all__ = ["Tables", "tables"]

_SIGNS: Final = frozenset({"+", "~"})
"""Signs that may begin a figure besides the locale's minus signs (``NumberSymbols.minus``)."""


class Tables:
    """Everything the scanner looks up for one locale, built once."""

    __slots__ = (
        "ambiguous_m",
        "currency",
        "currency_name_first",
        "hedges",
        "lang",
        "locale",
        "operand_words",
        "scale_letters_glued",
        "scales",
        "starters",
        "symbol_words",
        "symbols",
        "units",
        "words",
    )

    def __init__(self, locale: str) -> None:
        self.locale = locale
        self.lang: str = babel_locale(locale).language
        self.symbols: NumberSymbols = number_symbols(locale)
        self.scales: ScaleTables = scale_tables(locale)
        self.currency: CurrencyTables = currency_tables(locale)
        self.hedges: HedgeTables = hedge_tables(self.lang)
        self.units: UnitTables = unit_tables(self.lang)
        self.words: NumberWords = ENGLISH_WORDS if self.lang == ENGLISH else GENERIC_WORDS
        """The reader of this language's number words."""
        lex = lexicon(self.lang)
        self.scale_letters_glued: bool = bool(lex.own("scale_letters_glued"))
        """One-letter scales ("m", "B"; not "k") count only glued to the number or after money: "5m", not "5 m"."""
        self.ambiguous_m: bool = bool(lex.own("ambiguous_m"))
        """A lone "m" after a number is a million or, by context, a metre; else it is a metre."""
        self.currency_name_first: bool = bool(lex.own("currency_name_before_number"))
        """A currency name may stand before the number: "dollar 22.5 million"."""
        self.operand_words: frozenset[str] = _operand_words(self)
        """Lower-case words that may begin an operand: a minus word, a number word, a vague amount ("hundreds").

        Besides these, only a currency (a symbol, a code, a name) begins an operand at a word;
        hedges ("about") and range openers ("between") begin a figure, not an operand.
        """
        self.symbol_words: frozenset[str] = frozenset(
            tokenize(symbol, self.symbols)[0].text for symbol in self.currency.symbols if symbol[:1].isalpha()
        )
        """The words currency symbols begin with, as the tokenizer cuts them ("US" of "US$", "inr")."""
        self.starters: frozenset[str] = _starters(self)
        """Lower-case tokens that may begin a figure (besides numerals, ISO codes and foreign number words)."""


def _operand_words(tabs: Tables) -> frozenset[str]:
    words = every_language("minus_words") | tabs.words.starters | vague_starts(tabs.lang)
    words |= {key[0] for key in generic_tables(tabs.lang).fraction_phrases}
    words |= VULGAR_FRACTIONS.keys()
    return frozenset(words)


def _starters(tabs: Tables) -> frozenset[str]:
    words: set[str] = {key[0] for key in tabs.hedges.hedges}
    words |= tabs.hedges.range_openers | tabs.operand_words | _SIGNS | tabs.symbols.minus
    for symbol in tabs.currency.symbols:
        words.add(symbol[0].lower())
        words.add("".join(ch for ch in symbol if ch.isalpha()).lower())
    words.discard("")
    return frozenset(words)


@functools.cache
def tables(locale: str) -> Tables:
    """The scanner's tables for ``locale`` (a bad name raises :class:`factcheck.ValidationError`)."""
    return Tables(locale)
