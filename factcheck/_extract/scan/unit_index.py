"""Every unit pint's default definitions know, as a word after a number: "300 horsepower", "3.8GHz".

The hand tables of :mod:`scan.unit_words` (our forms, CLDR's, durations and percent) are read
first; this index answers for a token they do not know. It is built on first use, once, from
pint's definition files (:func:`factcheck.units.pint_definitions`) and the ``common`` lexicon:

* news spellings pint writes otherwise (``unit_news_forms``: "hp", "rpm", "mAh", "Gbps", "°"),
  matched exactly as written;
* pint's symbols of two letters or more, case kept ("Hz", "psi", "Gy"), and an SI prefix symbol
  glued before the symbols that take one ("kW", "mSv", "GHz"; never all in capitals: "MA", "GT");
* pint's names and aliases of four letters or more, in lower case (a capital makes a name: "the
  2012 Volt", "10 Watt Street"), singular or plural, with an SI prefix name before them
  ("hertz", "kilopascals", "knots", "light years").

One-letter symbols are never read here ("5 A-levels", "Grade 2 C", "5 s"): the hand tables and
the scanner decide those from case and gluing, as before. Words that are ordinary words or other
readings are never units (``unit_index_not_units``: "in", "at", "points", "min", "mil"), and
logarithmic units (decibels) are left out, as Decimal magnitudes cannot take their logarithm.
The answer is a unit expression of :mod:`factcheck.units`; units the registry lacks are defined
from pint's lines when first asked for.

>>> unit_at("GHz"), unit_at("horsepower"), unit_at("kilopascals"), unit_at("in"), unit_at("A")
('gigahertz', 'horsepower', 'kilopascal', None, None)
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck.lexicons import lexicon
from factcheck.units import pint_definitions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.text.tokens import Token

__all__ = ["UnitIndex", "unit_at", "unit_index", "words_at"]

_MIN_NAME: Final = 4
"""Names shorter than this are symbols: matched with their case, never with a plural."""
_LONGEST: Final = 3
_NO_PREFIX: Final = ("",)
"""The most words of a unit name read ("troy ounces", "light years")."""


class UnitIndex:
    """The names of every unit of pint's defaults, by how they are matched."""

    __slots__ = (
        "last_words",
        "names",
        "names_by_first",
        "news",
        "not_units",
        "prefix_names",
        "prefix_symbols",
        "prefixable",
        "symbols",
        "symbols_by_first",
    )

    def __init__(self) -> None:
        common = lexicon("common")
        defs = pint_definitions()
        self.news: dict[str, str] = {
            form: unit for unit, forms in common.string_tuples("unit_news_forms").items() for form in forms
        }
        """News spellings, exactly as written -> unit expression."""
        self.not_units = common.words("unit_index_not_units")
        """Lower-case words never read as units here."""
        self.prefix_symbols = common.string_map("unit_prefix_symbols")
        self.prefixable = common.words("unit_prefixable_symbols")
        self.prefix_names = common.strings("unit_prefix_names")
        self.symbols_by_first: dict[str, list[tuple[str, str]]] = {}
        """``prefix_symbols`` by their first character, in order: a word is tried with those it begins with."""
        for symbol, prefix in self.prefix_symbols.items():
            self.symbols_by_first.setdefault(symbol[:1], []).append((symbol, prefix))
        self.names_by_first: dict[str, tuple[str, ...]] = {
            first: ("", *(prefix for prefix in self.prefix_names if prefix[:1] == first))
            for first in {prefix[:1] for prefix in self.prefix_names}
        }
        """No prefix, then ``prefix_names`` in order, by their first letter: the prefixes a name is tried with."""
        self.symbols: dict[str, str] = {}
        """Symbols of two letters or more, case kept -> canonical unit name."""
        self.names: dict[str, str] = {}
        """Lower-case names and aliases, words joined by "_" -> canonical unit name."""
        for canonical, (_, aliases) in defs.lines.items():
            for written in (canonical, *aliases):
                if len(written) >= _MIN_NAME and written.replace("_", "").isalpha():
                    self.names.setdefault(written.lower(), canonical)
                elif len(written) > 1 and not written.startswith("_"):
                    self.symbols.setdefault(written, canonical)
        self.symbols.update({symbol: defs.symbols[symbol] for symbol in self.prefixable if symbol in defs.symbols})
        lasts = {name.rsplit("_", 1)[1] for name in self.names if "_" in name}
        self.last_words: frozenset[str] = frozenset(
            {*lasts, *(f"{last}s" for last in lasts), *(f"{last}es" for last in lasts)}
            | {f"{last[:-1]}ies" for last in lasts if last.endswith("y")}
        )
        """The last words of the names of several words, as written after a number: "years" of "light years"."""

    def lookup(self, text: str) -> str | None:
        """The unit written ``text`` (one token, or words joined by "_"), else ``None``."""
        low = text.lower()
        if low in self.not_units:
            return None
        if text in self.news:
            return self.news[text]
        if len(text) == 1:
            return None
        if text in self.symbols:
            return self.symbols[text]
        for symbol, prefix in self.symbols_by_first.get(text[:1], ()):
            rest = text[len(symbol) :]
            if text.startswith(symbol) and rest in self.prefixable and rest in self.symbols and not text.isupper():
                return prefix + self.symbols[rest]
        return self._name(low) if text == low else None  # "the 2012 Volt", "10 Watt Street": a name

    def _name(self, low: str) -> str | None:
        for prefix in self.names_by_first.get(low[:1], _NO_PREFIX):
            if not low.startswith(prefix):
                continue
            rest = low[len(prefix) :]
            for stem in _singulars(rest):
                if len(stem) >= _MIN_NAME and stem not in self.not_units and stem in self.names:
                    return prefix + self.names[stem]
        return None


def _singulars(word: str) -> tuple[str, ...]:
    """``word`` and the singulars it may be the plural of: "inches" -> inch, "centuries" -> century."""
    forms = [word]
    if word.endswith("s"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(f"{word[:-3]}y")
    return tuple(forms)


@functools.cache
def unit_index() -> UnitIndex:
    """The index, built on first use (a few milliseconds) and kept for the process."""
    return UnitIndex()


@functools.lru_cache(maxsize=4096)
def unit_at(text: str) -> str | None:
    """The unit expression written ``text``, else ``None``; see the module docstring."""
    return unit_index().lookup(text)


def words_at(toks: Sequence[Token], start: int) -> tuple[str, int] | None:
    """The unit written at token ``start`` (a name of up to three words, or one token) and its length."""
    n = len(toks)
    last_words = unit_index().last_words
    for length in range(min(_LONGEST, n - start), 1, -1):
        if toks[start + length - 1].low not in last_words:  # no name of several words ends so
            continue
        words = toks[start : start + length]
        if all(t.text.isalpha() and t.text == t.low and not t.glued for t in words[1:]) and words[0].text.islower():
            found = unit_index()._name("_".join(t.low for t in words))  # noqa: SLF001
            if found is not None and "_" in found:
                return found, length
    found = unit_at(toks[start].text)
    return None if found is None else (found, 1)
