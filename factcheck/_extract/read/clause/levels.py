"""Levels, in English: what says a figure is a level, not a change: "was £2bn", "fell to 390", "magnitude 6.9".

:func:`level_verb` finds the verb a level completes ("stood at 4%", "reached a record 906,000"),
:func:`level_noun` a noun naming what the number measures ("an elasticity of 0.8"), and
:func:`magnitude_like` with :func:`magnitude_sentence` an earthquake's magnitude ("the 5.0
earthquake"). Separate because its words (level verbs, fillers, level nouns) change with levels alone.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.english_words import DOWN, LINKING, UP
from factcheck._extract.text.counted_nouns import singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["level_noun", "level_verb", "magnitude_like", "magnitude_sentence"]

_EN: Final = lexicon("en")
_OF: Final = _EN.words("of_words")
_LEVEL_VERBS: Final = _EN.words("money_level_verbs")  # "would raise £2bn", "lost £3m"
_LEVEL_FILLERS: Final = _EN.words("level_fillers")  # "reached a record 906,000"
_LEVEL_PREPOSITIONS: Final = _EN.words("level_prepositions")  # "fell to 390", "stood at 4%"
_STAND_VERBS: Final = _EN.words("level_stand_verbs")  # "closed at 7,123", "was trading at 43.3"
_LEVEL_NOUNS: Final = _EN.words("level_nouns_before_number")  # "magnitude 6.9"
_MAGNITUDE_WORDS: Final = _EN.words("magnitude_words")  # "the 5.0 earthquake", "USGS reported 5.8"
_MAGNITUDE_LOW: Final = Decimal(1)
_MAGNITUDE_HIGH: Final = Decimal(10)
_MAGNITUDE_EXPONENTS: Final = frozenset({-1, -2})  # "5.0", "6.25": a magnitude is written with decimals
_LEVEL_NOUNS_OF: Final = _EN.words("level_nouns")  # "an elasticity of 0.8", "a population of 2 billion"
_RANGE_OPENERS: Final = _EN.words("range_openers")  # "a body mass index between 18.5 and 25"


def level_noun(tokens: WordIndex, first: int, clause_start: int) -> bool:
    """True when a noun naming a level stands right before the figure, or before "of" and it.

    "magnitude 6.9" (``level_nouns_before_number``), "an elasticity of 0.8", "a population of
    2 billion" (``level_nouns``, in the plural too: "R0 values of about 2"): the noun says what the
    number measures, as a level verb would. Before a range that opens with "between" (``range_openers``)
    the noun needs no "of": "a body mass index between 18.5 and 25".
    """
    k = first - 1
    if k < clause_start:
        return False
    word = tokens.lower(k)
    if word in _LEVEL_NOUNS:
        return True
    if tokens.lower(first) in _RANGE_OPENERS and _names_level(word):
        return True
    return k - 1 >= clause_start and word in _OF and _names_level(tokens.lower(k - 1))


def _names_level(word: str) -> bool:
    """True when ``word`` is a noun of ``level_nouns``, or its plural ("values", "rates")."""
    return word in _LEVEL_NOUNS_OF or singular(word) in _LEVEL_NOUNS_OF


def magnitude_like(amount: Amount) -> bool:
    """True for a number written with one or two decimals from 1 to 10, as magnitudes are ("5.0", "6.4")."""
    exponent = amount.exponent
    return exponent in _MAGNITUDE_EXPONENTS and _MAGNITUDE_LOW <= amount.value < _MAGNITUDE_HIGH


def magnitude_sentence(tokens: WordIndex, first: int, end: int) -> bool:
    """True when words ``first`` to ``end`` (one past the last) name an earthquake or its magnitude."""
    words = tokens.words(first, end)
    return not _MAGNITUDE_WORDS.isdisjoint(words) or not _MAGNITUDE_WORDS.isdisjoint(
        word[:-2]
        for word in words
        if word.endswith(("'s", "\u2019s"))  # "the earthquake's magnitude"
    )


def level_verb(tokens: WordIndex, first: int, clause_start: int) -> int | None:
    """The verb a level figure completes: "was £2bn", "fell to 390", "stood at 4%"; its word index."""
    k = first - 1
    while k > clause_start and first - k <= 3 and tokens.lower(k) in _LEVEL_FILLERS:  # noqa: PLR2004
        k -= 1  # "reached a record 906,000", "was an estimated £2bn"
    if k < clause_start:
        return None
    word = tokens.lower(k)
    if word in LINKING or word in _LEVEL_VERBS:
        return k
    if word in _LEVEL_PREPOSITIONS and k - 1 >= clause_start:
        verb = tokens.lower(k - 1)
        if verb in UP or verb in DOWN or verb in LINKING or verb in _STAND_VERBS:
            return k - 1
    return None
