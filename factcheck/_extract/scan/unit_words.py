"""Unit words after a number, and the words that make a number not a figure.

The words are data in the lexicons' ``units.json`` files: the forms read in every language
(``common``: "km", "kilometres", "° c", "sq km" ...), each language's durations and percent words
(the English ones are read in every language), and CLDR's forms (:mod:`scan.unit_names`). French
and Spanish join a scale word to its unit with a link word ("2 millions de tonnes"). Every
table of :class:`UnitTables` maps lower-case token tuples (as the scanner cuts text: "km/h" is
``("km", "/", "h")``, "°C" is ``("°", "c")``) to a unit name of :mod:`factcheck.units`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.unit_names import cldr_unit_forms
from factcheck._extract.text.vocabulary import every_language
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

__all__ = [
    "COUNT_WORDS",
    "DESIGNATORS",
    "DOTTED_DESIGNATORS",
    "DURATION_WORDS",
    "LENGTH_CONTEXT",
    "NAMED_AFTER_ROUND",
    "NAMED_BEFORE",
    "ORDINAL_SUFFIXES",
    "UnitTables",
    "linked_forms",
    "unit_forms",
    "unit_tables",
]


def unit_forms(table: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """A lexicon table of unit name -> forms, as form -> unit name in written order.

    >>> unit_forms({"percent": ("%", "prozent")})
    {'%': 'percent', 'prozent': 'percent'}
    """
    return {form: unit for unit, forms in table.items() for form in forms}


def linked_forms(link: Mapping[str, str], words: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """``words`` after a language's ``unit_link``: ("de", "tonnes"), and elided before a vowel: ("d'euros",).

    >>> linked_forms(lexicon("fr")["unit_link"], ("euros",))
    (('de', 'euros'), ("d'euros",))
    """
    linked = (link["word"], *words)
    if words[0][:1] not in link.get("elide_before", ""):
        return (linked,)
    return linked, (f"{link['elision']}{words[0]}", *words[1:])


DURATION_WORDS: Final[dict[str, dict[str, str]]] = {
    lang: unit_forms(lexicon(lang).mapping("duration_words")) for lang in LANGUAGES
}
"""Durations after a number by language, form -> unit name ("tagen" -> "day")."""

COUNT_WORDS: Final = {
    form: unit for lang in LANGUAGES for form, unit in unit_forms(lexicon(lang).mapping("count_unit_words")).items()
}
"""Counted nouns :func:`factcheck.parse_amount` accepts after a figure (as ``factcheck._format`` writes them)."""

DESIGNATORS: Final = every_language("designators")
"""Words after which a numeral names something ("section 3", "article 50", "No 10")."""

DOTTED_DESIGNATORS: Final = every_language("dotted_designators")
"""Abbreviations after which a numeral names something only with their dot: "S. Res. 28", "P.L. 101-601"."""

NAMED_BEFORE: Final = every_language("named_before")
"""Words (dots dropped) that make the numeral before them a name: "7 U.S.C.", "2175 Rayburn"."""

NAMED_AFTER_ROUND: Final = every_language("named_after_round_numbers")
"""Words that make a round number before them a name: "1000 series", "the 700 class"."""

ORDINAL_SUFFIXES: Final = every_language("ordinal_suffixes")
"""Letters glued after digits that make an ordinal ("21st", "2e", "3º")."""

LENGTH_CONTEXT: Final = lexicon("en").words("metre_context_words")
"""Words after "5m" that make the "m" a metre rather than a million."""


class UnitTables:
    """Unit forms of one language: token tuples -> unit name."""

    __slots__ = ("context_points", "durations", "first_words", "longest", "units")

    def __init__(self, lang: str) -> None:
        common = lexicon("common")
        # English, whose unit words are read in every language, then ``lang`` if it has a lexicon
        languages = tuple(name for name in dict.fromkeys(("en", lang)) if name in LANGUAGES)
        table: dict[tuple[str, ...], str] = {}
        for key, name in unit_forms(common.mapping("unit_forms")).items():
            table[tuple(key.split())] = name
        clashes = common.words("cldr_unit_clashes")
        for words, name in cldr_unit_forms(lang).items():
            if not clashes.intersection(words):
                table.setdefault(words, name)
        link = lexicon(lang).own("unit_link") if lang in LANGUAGES else None
        if link is not None:
            for words, name in list(table.items()):
                if len(words[0]) > 2 or len(words) > 1:  # noqa: PLR2004  ("millions de tonnes"; not "de m")
                    for linked in linked_forms(link, words):
                        table.setdefault(linked, name)
        durations = [DURATION_WORDS[name] for name in languages]
        for group in durations:
            for key, name in group.items():
                table[tuple(key.split())] = name
        percent = [lexicon(name).mapping("percent_words") for name in languages]
        for name in percent[0]:  # basis points, percentage points, percent: English forms, then the language's
            for forms in percent:
                for key in forms.get(name, ()):
                    table[tuple(key.split())] = name
        self.units = table
        """Every unit form -> unit name."""
        self.durations = frozenset(tuple(key.split()) for group in durations for key in group)
        """The forms that are durations (these also follow a hyphen: "a two-day visit")."""
        self.context_points = frozenset(
            (word,) for name in languages for word in lexicon(name).strings("percentage_points_in_context")
        )
        """"points": percentage points only after a percentage in the same sentence."""
        self.longest = max(len(k) for k in table)
        self.first_words = frozenset(k[0] for k in table)
        """The first token of every unit form."""


@functools.cache
def unit_tables(lang: str) -> UnitTables:
    """The unit forms of ``lang``.

    >>> unit_tables("de").units[("prozent",)]
    'percent'
    """
    return UnitTables(lang)
