"""German, French and Spanish words of change, one :class:`Language` table each (read by ``read.generic.changes``).

The words are data: the same tables in each language's ``lexicons/<lang>/clauses.json``
(``change_verbs``, ``change_nouns``, ``change_multipliers`` ...), read once per language.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck._claims import Direction
from factcheck._extract.scan.unit_words import DURATION_WORDS
from factcheck._locale import language_of
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck.lexicons import Lexicon

__all__ = ["GENERIC_LANGUAGES", "Language", "all_words", "by_direction", "language"]

GENERIC_LANGUAGES: Final = tuple(lang for lang in LANGUAGES if lang != "en")
"""The languages the generic readers have word tables for (German, French, Spanish)."""


class Language(NamedTuple):
    """The words one language uses to state a change."""

    up: frozenset[str]
    """Verbs (any form) of a rise."""
    down: frozenset[str]
    """Verbs (any form) of a fall."""
    nouns: Mapping[str, Direction]
    """Nouns of change: "Anstieg", "baisse", "caída"."""
    by: frozenset[str]
    """Words between a change verb and its figure: "um", "de", "un"."""
    noun_links: frozenset[str]
    """Words between a change noun and its figure: "um", "von", "de", "del"."""
    comparatives: Mapping[str, Direction]
    """Words right after a figure that make it a change: "mehr", "más"."""
    comparative_phrases: Mapping[tuple[str, ...], Direction]
    """Two words right after a figure that make it a change: "de plus"."""
    approximations: tuple[tuple[str, ...], ...]
    """Phrases right after a figure, opening with a comparative, that make it approximate: "más o menos"."""
    approximation_breakers: frozenset[str]
    """Words after such a phrase that make it a comparison again: "más o menos que"."""
    particles: Mapping[str, Direction]
    """Separable particles after the figure that give a neutral verb its direction ("ging ... zurück")."""
    particle_verbs: frozenset[str]
    """Verbs that take those particles."""
    from_words: frozenset[str]
    to_words: frozenset[str]
    multipliers: Mapping[tuple[str, ...], tuple[int, Direction]]
    """Multiplier phrases as a change in percent: ("verdoppelt",) is +100 %."""
    points: frozenset[str]
    """Words after a number that make a change one in percentage points."""
    auxiliaries: frozenset[str]
    """Words skipped between a subject and its verb: "ist", "a", "se"."""
    determiners: frozenset[str]
    """Words a subject may open with."""
    hedges: frozenset[str]
    """Words skipped between a joining word and its figure."""
    breaks: frozenset[str]
    """Words that open another clause: the subject does not reach past them."""
    earn: frozenset[str]
    """Verbs that, straight before money, state a level: "a gagné 5 000 euros", "verlor 3 Mio. Euro"."""
    verb_final: bool
    """True when the verb may follow its figure: "ist um 5 % gestiegen"."""
    time_words: frozenset[str]
    """Words of time: "este año" before a verb says when, not what changed."""

    @classmethod
    def of(cls, lang: str) -> Language:
        """The change words of ``lang`` from its lexicon."""
        lex = lexicon(lang)
        verbs = lex.mapping("change_verbs")
        return cls(
            up=frozenset(verbs["up"]),
            down=frozenset(verbs["down"]),
            nouns=by_direction(lex, "change_nouns"),
            by=lex.words("change_by_words"),
            noun_links=lex.words("change_noun_links"),
            comparatives=by_direction(lex, "change_comparatives"),
            comparative_phrases=_phrases(lex.mapping("change_comparative_phrases")),
            approximations=lex.phrases("approximations_after"),
            approximation_breakers=lex.words("approximation_breakers"),
            particles=by_direction(lex, "change_particles"),
            particle_verbs=lex.words("particle_verbs"),
            from_words=lex.words("from_words"),
            to_words=lex.words("to_words"),
            multipliers={
                tuple(phrase.split()): (percent, Direction(way))
                for phrase, (percent, way) in lex.mapping("change_multipliers").items()
            },
            points=lex.words("points_words"),
            auxiliaries=lex.words("auxiliaries"),
            determiners=lex.words("determiners"),
            hedges=lex.words("change_hedges"),
            breaks=lex.words("clause_breaks") | lex.words("change_breaks"),
            earn=lex.words("money_level_verbs"),
            verb_final=lex["verb_final"],
            time_words=frozenset(DURATION_WORDS[lang]),
        )


def _phrases(table: Mapping[str, str]) -> dict[tuple[str, ...], Direction]:
    return {tuple(phrase.split()): Direction(way) for phrase, way in table.items()}


def by_direction(lex: Lexicon, name: str) -> dict[str, Direction]:
    """A table of words by direction (``{"up": [...], "down": [...]}``) as word -> :class:`Direction`."""
    return {word: Direction(way) for way, words in lex.mapping(name).items() for word in words}


@functools.cache
def all_words(name: str) -> frozenset[str]:
    """The words of table ``name`` in every generic language together (copy quotes across languages)."""
    return frozenset().union(*(lexicon(lang).words(name) for lang in GENERIC_LANGUAGES))


@functools.cache
def _languages() -> dict[str, Language]:
    return {lang: Language.of(lang) for lang in GENERIC_LANGUAGES}


def language(locale: str) -> Language | None:
    """The change words of ``locale``'s language, or ``None`` (English has its own reader).

    >>> language("de_DE").to_words
    frozenset({'auf'})
    >>> language("en_GB") is None
    True
    """
    return _languages().get(language_of(locale))
