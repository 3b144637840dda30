"""Change words near a figure, in English: "rose 10%", "dropped by 95%", "a 95% drop", "3% higher".

:class:`Change` is what the readers of every language record of one (``read.generic.changes``
builds it too); :func:`change_before` and :func:`change_after` find an English change verb,
noun or comparative a few words either side of the figure within its clause, and
:func:`approximation_at` the "more or less" after a figure that is no comparative. Separate from
the noun phrases (``clause.noun_phrases``) because its words and its callers are others'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._claims import Direction
from factcheck._extract.read.clause.noun_phrases import MAX_PHRASE, compound_particle
from factcheck._extract.scan.english_words import (
    CHANGE_NOUNS,
    COMPARATIVES,
    DOWN,
    HEDGE_WORDS,
    MULTIPLIERS,
    TRANSITIVE,
    UP,
)
from factcheck._extract.scan.hedges import UP_PARTICLE_VERBS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["Change", "approximation_at", "change_after", "change_before", "multiplier_word"]

_EN: Final = lexicon("en")
_LEVEL_VERBS: Final = _EN.words("money_level_verbs")  # "would raise £2bn", "lost £3m"
_APPROXIMATIONS: Final = _EN.phrases("approximations_after")  # "more or less"
_APPROXIMATION_BREAKERS: Final = _EN.words("approximation_breakers")  # "more or less than"
_BY: Final = _EN.words("change_by_words")
_BY_PHRASES: Final = _EN.phrase_set("change_by_phrases")
_HEDGES_AFTER_BY: Final = _EN.words("change_hedges_after_by")  # "by up to 5%"
_LEVEL_PARTICLES: Final = _EN.words("level_particles")  # "ended up at 40%"
_SHARE_UP_VERBS: Final = _EN.words("share_up_verbs")  # "make up 35%": a share, not a rise
_NOUN_LINKS: Final = _EN.words("change_noun_links")  # "a drop of 95%"
_FROM_TO: Final = _EN.words("from_words") | _EN.words("to_words")


def multiplier_word(word: str) -> tuple[int, Direction] | None:
    """The percent and direction of a multiplier verb: "doubled" is +100 %, "halved" -50 %."""
    return MULTIPLIERS.get(word.lower())


class Change:
    """A change word found near a figure: its direction, its word index, and the object when transitive."""

    __slots__ = ("direction", "index", "is_noun", "object_phrase")

    def __init__(
        self, direction: Direction, index: int, object_phrase: tuple[int, int] | None, *, is_noun: bool = False
    ) -> None:
        self.direction = direction
        self.index = index
        self.object_phrase = object_phrase
        self.is_noun = is_noun


def change_before(tokens: WordIndex, first: int, clause_start: int, *, points: bool = False) -> Change | None:
    """A change verb governing the figure whose first word is ``first``.

    "rose 10%", "dropped by 95%", "cut net migration by around 100,000", "a drop of 95%",
    "up 3 points". ``clause_start`` is the index of the clause's first word. ``points`` is for a
    figure in index or percentage points: before it the verbs that state a level before money are
    changes ("lost 81.5 points"; "lost £3m" is a level).
    """
    k = first - 1
    while k >= max(clause_start, first - MAX_PHRASE) and tokens.lower(k) in HEDGE_WORDS:
        if tokens.lower(k) in _HEDGES_AFTER_BY and tokens.lower(k - 1) not in _BY:
            break
        k -= 1
    if k < clause_start:
        return None
    word = tokens.lower(k)
    if word in _LEVEL_PARTICLES and tokens.lower(k - 1) in UP_PARTICLE_VERBS:
        return None  # "ended up at 40%", "adds up to £1,500": a level
    if word in UP and tokens.lower(k - 1) in _SHARE_UP_VERBS:
        return None  # "nurses make up 35% of the staff": a share
    if (word in UP or word in DOWN) and (points or word not in _LEVEL_VERBS):
        return Change(Direction.UP if word in UP else Direction.DOWN, k, None)
    if word in _NOUN_LINKS and k - 1 >= clause_start and tokens.lower(k - 1) in CHANGE_NOUNS:
        return Change(CHANGE_NOUNS[tokens.lower(k - 1)], k - 1, None, is_noun=True)
    by_phrase = next((p for p in _BY_PHRASES if p[-1] == word and tokens.words(k - len(p) + 1, k + 1) == p), None)
    if by_phrase is not None:
        k, word = k - len(by_phrase) + 1, by_phrase[0]  # "rose by an average of £12,000"
    if word in _BY:
        for j in range(k - 1, max(clause_start, k - 8) - 1, -1):
            verb = tokens.lower(j)
            if verb in UP or verb in DOWN:
                direction = Direction.UP if verb in UP else Direction.DOWN
                obj = (j + 1, k - 1) if verb in TRANSITIVE and j + 1 <= k - 1 else None
                return Change(direction, j, obj)
            if verb in _FROM_TO:
                break
    return None


def change_after(tokens: WordIndex, following: int, limit: int) -> Change | None:
    """A change noun or comparative right after the figure: "a 95% drop", "3% higher", "£2bn more".

    Not a comparative that opens an approximation: "30 m more or less" is about 30 m, nor a
    capitalised one, which opens what follows: "-1.00% More than 10 years" (a table's next row).
    """
    if following >= limit:
        return None
    word = tokens.lower(following)
    if word in CHANGE_NOUNS:
        return Change(CHANGE_NOUNS[word], following, None, is_noun=True)
    if (
        word in COMPARATIVES
        and not approximation_at(tokens, following, _APPROXIMATIONS, _APPROXIMATION_BREAKERS)
        and not compound_particle(tokens, following)
    ):
        if tokens[following].word.istitle():
            return None  # "| -1.00% More than 10 years |": a capital opens the next row's label
        return Change(COMPARATIVES[word], following, None, is_noun=True)
    return None


def approximation_at(
    tokens: WordIndex, k: int, approximations: Sequence[tuple[str, ...]], breakers: Collection[str]
) -> bool:
    """True when an approximation opens at word ``k``: "more or less", "más o menos"; not "more or less than".

    The first phrase of ``approximations`` (a language's ``approximations_after``, in written
    order) spelt from word ``k``, with no word of ``breakers`` (``approximation_breakers``) after it.
    """
    for phrase in approximations:
        if tokens.words(k, k + len(phrase)) == phrase:
            return tokens.lower(k + len(phrase)) not in breakers
    return False
