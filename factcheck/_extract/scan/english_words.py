"""English words the sentence reader looks for around a figure (see ``read.clause``).

The words are data: the tables of ``factcheck/lexicons/en/clauses.json``, read once when this
module is imported (at the first ``extract``). Each constant here names one table for the code.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import babel.dates

from factcheck._claims import Direction
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck.lexicons import Lexicon

__all__ = [
    "AUXILIARIES",
    "CHANGE_NOUNS",
    "COMPARATIVES",
    "COMPLEMENT_PREPOSITIONS",
    "COMPOUND_STOPS",
    "DETERMINERS",
    "DOWN",
    "HEDGE_WORDS",
    "INFINITIVE_VERBS",
    "IRREGULAR_PAST",
    "LABELS",
    "LEADERS",
    "LINKING",
    "MODALS",
    "MULTIPLIERS",
    "NEGATIONS",
    "NOT_EVENTS",
    "PARTICIPLES",
    "PER",
    "RATE_ADVERBS",
    "SOURCE_VERBS",
    "STOP",
    "TIME_UNITS",
    "TRANSITIVE",
    "UP",
    "date_names",
    "months",
    "not_places",
]


def _directions(lex: Lexicon, name: str) -> dict[str, Direction]:
    """A table of words by direction (``{"up": [...], "down": [...]}``) as word -> :class:`Direction`."""
    return {word: Direction(way) for way, words in lex.mapping(name).items() for word in words}


def _multipliers(lex: Lexicon) -> dict[tuple[str, ...], tuple[int, Direction]]:
    """The ``change_multipliers`` table: phrases (as word tuples) -> change in percent and direction."""
    return {
        tuple(phrase.split()): (percent, Direction(way))
        for phrase, (percent, way) in lex.mapping("change_multipliers").items()
    }


def _names(*lists: Mapping[int, str]) -> frozenset[str]:
    return frozenset(name.lower() for names in lists for name in names.values())


@functools.cache
def months() -> frozenset[str]:
    """English month names and their abbreviations, lower-cased (from babel: CLDR, whatever the process locale)."""
    return _names(
        babel.dates.get_month_names("wide", locale="en"), babel.dates.get_month_names("abbreviated", locale="en")
    )


@functools.cache
def date_names() -> frozenset[str]:
    """Months (with the British "Sept") and days: "in March" after a verb is when, not more of what happened."""
    gb_abbreviations = babel.dates.get_month_names("abbreviated", locale="en_GB")
    return months() | _names(gb_abbreviations, babel.dates.get_day_names("wide", locale="en"))


@functools.cache
def not_places() -> frozenset[str]:
    """Capitalised words after "in" that name no place: months, days, "Parliament"."""
    names = _names(babel.dates.get_month_names("wide", locale="en"), babel.dates.get_day_names("wide", locale="en"))
    return names | _EN.words("not_places")


_EN: Final = lexicon("en")
_CHANGE_VERBS: Final[Mapping[str, tuple[str, ...]]] = _EN.mapping("change_verbs")

UP: Final = frozenset(_CHANGE_VERBS["up"])
"""Verbs and adverbs of a rise."""
DOWN: Final = frozenset(_CHANGE_VERBS["down"])
"""Verbs and adverbs of a fall."""
TRANSITIVE: Final = _EN.words("transitive_change_verbs")
CHANGE_NOUNS: Final = _directions(_EN, "change_nouns")
COMPARATIVES: Final = _directions(_EN, "change_comparatives")
MULTIPLIERS: Final = {phrase[0]: change for phrase, change in _multipliers(_EN).items()}
TIME_UNITS: Final[Mapping[str, str]] = {
    **{form: unit for unit, forms in _EN.mapping("duration_words").items() for form in forms},
    **_EN.mapping("time_unit_abbreviations"),
}
RATE_ADVERBS: Final[Mapping[str, str]] = _EN.mapping("rate_adverbs")
PER: Final = _EN.words("rate_per_words")
STOP: Final = frozenset().union(
    *(
        _EN.words(name)
        for name in (
            "noun_phrase_stops",
            "compound_stops",
            "determiners",
            "auxiliaries",
            "modals",
            "complement_prepositions",
        )
    )
)
COMPOUND_STOPS: Final = _EN.words("compound_stops")
"""Stops that do not stop a noun phrase as the first part of a hyphened compound: "above-ground"."""
IRREGULAR_PAST: Final = _EN.words("irregular_past")
PARTICIPLES: Final = IRREGULAR_PAST | _EN.words("participles")
NEGATIONS: Final = _EN.words("negations")
INFINITIVE_VERBS: Final = _EN.words("infinitive_verbs")
COMPLEMENT_PREPOSITIONS: Final = _EN.words("complement_prepositions")
MODALS: Final = _EN.words("modals")
NOT_EVENTS: Final = _EN.words("not_events")
DETERMINERS: Final = _EN.words("determiners")
AUXILIARIES: Final = _EN.words("auxiliaries")
LEADERS: Final = _EN.words("clause_leaders")
SOURCE_VERBS: Final = _EN.words("source_verbs")
LINKING: Final = _EN.words("linking_verbs")
HEDGE_WORDS: Final = _EN.words("change_hedges")
LABELS: Final = _EN.words("designators") | _EN.words("number_labels")
