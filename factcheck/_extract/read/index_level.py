"""Stock-index levels: a bare number that its clause makes the level of a named index is in index points.

"The FTSE 100 closed at 7,123.4", "the Dow ended at 27,349.19", "the S&P 500 rose to 3,100": the
number is the index's level, in the unit of "lost 162.31 points" (``index_point``), not a bare
number. The index must be named in the clause before the words that lead to the level (a level
preposition or a linking verb, ``level_prepositions`` and ``linking_verbs``): "Shares in Tesco,
a FTSE 100 member, closed at 245.5" names the index in another clause, so 245.5 stays bare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.text.vocabulary import COMMON, ENGLISH, every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["index_level", "level_lead"]

_EN: Final = lexicon(ENGLISH)
_INDEX_WORDS: Final = every_language("index_point_context") | frozenset(lexicon(COMMON).string_tuples("index_names"))
"""Words naming an index, lower case ("ftse", "dow", "s&p", "leitindex"), as the scanner's "points" rule reads them."""
_LEADS: Final = _EN.words("level_prepositions") | _EN.words("linking_verbs")
"""Words right before a level: "closed at 7,123.4", "rose to 3,100", "was 27,349"."""
_FILLERS: Final = _EN.words("level_fillers")
_FILLER_REACH: Final = 3
"""Fillers read past between the lead and the level: "hit a record 7,900"."""
_NAME_REACH: Final = 10
"""Words looked back from the lead for the index's name: "the Dow Jones Industrial Average closed up 0.5% at"."""
_AMPERSAND: Final = "&"


def _names_index(tokens: WordIndex, k: int) -> bool:
    """True when word ``k`` names an index, alone ("FTSE") or joined to the next by "&" ("S&P")."""
    word = tokens.lower(k)
    if word in _INDEX_WORDS:
        return True
    return tokens.gap(k, k + 1) == _AMPERSAND and f"{word}{_AMPERSAND}{tokens.lower(k + 1)}" in _INDEX_WORDS


def level_lead(tokens: WordIndex, lead: int, clause_first: int) -> int | None:
    """The word leading to the level whose first word (or hedge) is word ``lead``: "at", "to", "was"; or ``None``."""
    k = lead - 1
    while k > clause_first and lead - k <= _FILLER_REACH and tokens.lower(k) in _FILLERS:
        k -= 1  # "hit a record 7,900"
    return k if k >= clause_first and tokens.lower(k) in _LEADS else None


def index_level(tokens: WordIndex, lead: int, clause_first: int) -> bool:
    """True when the number whose first word (or hedge) is word ``lead`` is the level of an index named before it.

    ``clause_first`` is the first word the index's name is looked for from: the first of the
    level's clause, or of the clause before when the lead opens the level's ("rose 1.2%, to 8,500").

    >>> from factcheck._extract.text.wordindex import WordIndex
    >>> text = "The S&P 500 rose to 3,100, and sales rose to 3,100."
    >>> tokens = WordIndex(text)
    >>> index_level(tokens, 6, 0), index_level(tokens, 12, 8)
    (True, False)
    """
    k = level_lead(tokens, lead, clause_first)
    if k is None or k <= clause_first:
        return False
    return any(_names_index(tokens, j) for j in range(k - 1, max(clause_first, k - _NAME_REACH) - 1, -1))
