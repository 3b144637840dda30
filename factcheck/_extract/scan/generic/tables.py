"""The word tables of the generic reader (German, French, Spanish), read from each language's lexicon once.

Every language has the same table names in ``lexicons/<lang>/numbers.json``; a table a language
lacks is empty here ("knockout_rounds" is French only). Some words are read in text of any of
these languages, as the reader always has: those tables are joined over the languages
(:func:`in_any_language`).
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

from factcheck.lexicons import lexicon, split_phrases

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["GENERIC_LANGUAGES", "GenericTables", "generic_tables", "in_any_language"]

GENERIC_LANGUAGES: Final[tuple[str, ...]] = lexicon("common").strings("text2num_languages")
"""The languages whose number words text2num reads."""


@functools.cache
def in_any_language(name: str) -> frozenset[str]:
    """The words of table ``name`` in every generic language, as one set."""
    return frozenset(word for lang in GENERIC_LANGUAGES for word in lexicon(lang).own(name) or ())


class GenericTables:
    """The number-word tables of one language, as the generic reader looks them up."""

    __slots__ = (
        "and_a_half",
        "decimal_joiners",
        "denominator_stem_cardinals",
        "dozens",
        "fraction_numbers",
        "fraction_phrases",
        "half_suffixes",
        "halves_after_joiner",
        "halves_before_scale",
        "hundred_after_digits",
        "knockout_rounds",
        "lang",
        "longest_fraction",
        "mixed_number_joiners",
        "money_words_near_hundred",
        "one_articles",
        "ordinal_determiners",
        "ordinal_stem_cardinals",
        "ordinal_stem_endings",
        "ordinal_stem_values",
        "own_denominators",
        "percent_hundreds",
        "percent_starts",
        "plural_denominator_endings",
        "ratio_joiners",
        "ratio_joiners_about",
        "ratio_joiners_after_noun",
        "scales",
        "small_numerators",
        "spelling_fixes",
        "spellings",
        "zero_word",
    )

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)

        def own(name: str, empty: Any = ()) -> Any:
            found = lex.own(name)
            return empty if found is None else found

        self.lang = lang
        self.one_articles: frozenset[str] = frozenset(own("one_articles"))
        self.fraction_phrases: dict[tuple[str, ...], tuple[int, int]] = {
            tuple(phrase.split()): (numerator, denominator)
            for phrase, (numerator, denominator) in own("fraction_phrases", {}).items()
        }
        self.longest_fraction = max((len(key) for key in self.fraction_phrases), default=0)
        self.own_denominators: Mapping[str, int] = own("own_denominators", {})
        self.small_numerators: tuple[str, ...] = own("small_numerators")
        self.ordinal_stem_values: Mapping[str, int] = own("ordinal_stem_values", {})
        self.ordinal_stem_endings: tuple[str, ...] = own("ordinal_stem_endings")
        self.ordinal_stem_cardinals: Mapping[str, str] = own("ordinal_stem_cardinals", {})
        self.ordinal_determiners: frozenset[str] = frozenset(own("ordinal_determiners"))
        self.knockout_rounds = frozenset(split_phrases(own("knockout_rounds")))
        self.spellings: Mapping[str, str] = own("spellings", {})
        self.spelling_fixes: tuple[tuple[str, str], ...] = own("spelling_fixes")
        self.plural_denominator_endings: tuple[str, ...] = own("plural_denominator_endings")
        self.denominator_stem_cardinals: Mapping[str, str] = own("denominator_stem_cardinals", {})
        self.zero_word: str | None = own("zero_word", None)
        not_composed = frozenset(own("scale_words_not_composed"))
        self.scales: dict[str, int] = {
            word: power for word, power in own("scale_words", {}).items() if word not in not_composed
        }
        """The scale words number words are multiplied by (``scale_words`` but ``scale_words_not_composed``)."""
        self.dozens: frozenset[str] = frozenset(own("dozens"))
        self.mixed_number_joiners: frozenset[str] = frozenset(own("mixed_number_joiners"))
        self.decimal_joiners: frozenset[str] = frozenset(own("decimal_joiners"))
        self.halves_after_joiner: frozenset[str] = frozenset(own("halves_after_joiner"))
        self.halves_before_scale: frozenset[str] = frozenset(own("halves_before_scale"))
        self.fraction_numbers = {word: Decimal(value) for word, value in own("fraction_numbers", {}).items()}
        self.half_suffixes: tuple[str, ...] = own("half_suffixes")
        self.and_a_half: tuple[str, ...] = own("and_a_half")
        self.percent_hundreds: frozenset[str] = frozenset(own("percent_hundreds"))
        self.percent_starts: frozenset[str] = frozenset(own("percent_starts"))
        self.ratio_joiners = split_phrases(own("ratio_joiners"))
        self.ratio_joiners_after_noun = frozenset(split_phrases(own("ratio_joiners_after_noun")))
        self.ratio_joiners_about = frozenset(split_phrases(own("ratio_joiners_meaning_about")))
        self.hundred_after_digits: str | None = own("hundred_after_digits", None)
        self.money_words_near_hundred: frozenset[str] = frozenset(own("money_words_near_hundred"))


@functools.cache
def generic_tables(lang: str) -> GenericTables:
    """The generic reader's tables for the language ``lang`` ("de", "fr", "es"; empty for others).

    >>> generic_tables("fr").fraction_phrases[("deux", "tiers")]
    (2, 3)
    """
    return GenericTables(lang)
