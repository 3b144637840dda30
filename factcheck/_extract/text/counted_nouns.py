"""Nouns that say what a count counts: "5,294 Albanians" counts people, "40 households" households."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.text.vocabulary import ENGLISH
from factcheck._wording import COUNT_WORDS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "COUNTED_NOUNS",
    "counted_unit",
    "is_plural",
    "modifies_noun",
    "plurals",
    "singular",
    "singular_counted_unit",
    "written_count_unit",
]


def plurals(noun: str, lang: str = ENGLISH) -> tuple[str, ...]:
    """The plurals of a noun in the singular: those ``lang``'s ``noun_singulars`` gives it, or the one its endings make.

    ``pluralising_endings`` are tried in order and the first that ends the noun wins.

    >>> plurals("agent"), plurals("deputy"), plurals("coach"), plurals("buffalo"), plurals("wife")
    (('agents',), ('deputies',), ('coaches',), ('buffalo', 'buffaloes'), ('wives',))
    """
    lower = noun.lower()
    irregular = _irregular_plurals(lang).get(lower)
    if irregular is not None:
        return irregular
    for single, plural in _pluralising_endings(lang):
        if lower.endswith(single):
            return (lower[: len(lower) - len(single)] + plural,)
    return (lower,)


@functools.cache
def _irregular_plurals(lang: str) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for plural, single in lexicon(lang).string_map("noun_singulars").items():
        found.setdefault(single, []).append(plural)
    return {single: tuple(sorted(forms)) for single, forms in found.items()}


@functools.cache
def _pluralising_endings(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple(lexicon(lang).string_map("pluralising_endings").items())


def _counted_forms() -> dict[str, str]:
    """Every word that says what a count counts, with its unit.

    The plurals of ``counted_noun_singulars``, then the words of ``counted_as_written``.
    """
    lex = lexicon(ENGLISH)
    forms = {
        plural: unit
        for unit, nouns in lex.mapping("counted_noun_singulars").items()
        for noun in nouns
        for plural in plurals(noun)
    }
    forms.update((word, unit) for unit, words in lex.mapping("counted_as_written").items() for word in words)
    return forms


COUNTED_NOUNS: Final = _counted_forms()
"""Nouns whose count gets a counted unit ("agents": person); any other noun leaves the count dimensionless."""
_ABBREVIATION_PLURAL_LEAST: Final = 2
"""An abbreviation's plural has two capitals or more before its "s" ("MPs"; "As" is a word)."""
_NATIONALITY_ENDINGS: Final = lexicon(ENGLISH).strings("nationality_endings")
"""Endings of a capitalised noun that counts people: "Albanians", "Vietnamese", "Iraqis"."""


@functools.cache
def _written_count_words() -> dict[str, str]:
    """The words ``Amount.format`` writes after counts, in every language ("Personen", "ménages")."""
    return {
        form.lower(): unit
        for table in COUNT_WORDS.values()
        for unit, forms in table.items()
        if unit not in ("item", "percentage_point")  # "Stück", "article": not a counted thing of their own
        for form in forms
        if " " not in form
    }


def written_count_words() -> dict[str, str]:
    """Every count word factcheck writes, in any language, with its unit ("personen": person)."""
    return dict(_written_count_words())


def written_count_unit(word: str) -> str | None:
    """The unit of a count word as factcheck writes it in any language ("Personen" is person)."""
    return _written_count_words().get(word.lower())


def counted_unit(word: str) -> str | None:
    """The counted unit a noun implies ("Albanians" is person), or ``None``.

    >>> counted_unit("Albanians"), counted_unit("lions"), counted_unit("Lions")
    ('person', 'animal', None)
    """
    lower = word.lower()
    found = COUNTED_NOUNS.get(lower) or _written_count_words().get(lower)
    if found == "animal" and not word.islower():
        return None  # a capitalised animal is a name: "the Detroit Lions", "the Neotropical Birds Act"
    if found is not None:
        return found
    if word[:1].isupper() and len(word) > 4 and lower.endswith(_NATIONALITY_ENDINGS):  # noqa: PLR2004
        return "person"  # nationalities: Albanians, Eritreans, Vietnamese, Britons, Iraqis
    return None


@functools.cache
def _singular_counted() -> dict[str, str]:
    return {singular(noun): unit for noun, unit in COUNTED_NOUNS.items()}


def singular_counted_unit(word: str) -> str | None:
    """The counted unit of a noun in the singular, as an attribute ("delegate total"), or ``None``.

    >>> singular_counted_unit("delegate"), singular_counted_unit("death"), singular_counted_unit("medal")
    ('person', 'death', None)
    """
    return _singular_counted().get(word.lower())


def modifies_noun(word: str, following: str) -> bool:
    """True when a counted ``word`` qualifies the word ``following`` it instead of heading the phrase.

    ``word`` is no regular plural (no final "s") and another counted noun follows ("police
    officers", "staff members", "Turkish troops": the head is the last; not "nationals visit"),
    or, for a collective noun whose plural is its singular ("police", "staff"), a plural in lower
    case with a final "s" ("22 police authorities", "7 police forces": so many authorities,
    forces; "7 men works" keeps its men), or a singular counted noun in lower case before such a
    plural ("17.3 million vehicle enquiries", "300 household surveys": so many enquiries, surveys;
    not a noun for a person, the subject of a verb as often: "a child dies"), or ``word`` counts
    people only by its nationality ending and another word follows: an adjective ("British
    firms", "Vietnamese exporters", "Polish American constituents").
    """
    lower = word.lower()
    if lower.endswith("s"):
        return False
    if counted_unit(following) is not None:
        return True
    if following.isalpha() and following.islower() and following.endswith("s") and is_plural(following):
        plural = is_plural(lower)
        if plural and singular(lower) == lower:
            return True  # a collective noun: "22 police authorities"
        if not plural and word.islower() and counted_unit(lower) not in {None, "person"}:
            return True  # "17.3 million vehicle enquiries"; a person acts ("a child dies every 15 seconds")
    by_ending_only = lower not in COUNTED_NOUNS and _written_count_words().get(lower) is None
    return by_ending_only and following.isalpha()


@functools.cache
def _singular_rules(lang: str) -> tuple[Mapping[str, str], tuple[tuple[str, str], ...]]:
    lex = lexicon(lang)
    return lex.string_map("noun_singulars"), tuple(lex.string_map("singular_endings").items())


def singular(word: str, lang: str = ENGLISH) -> str:
    """The singular of a counted noun, in lower case: what a count counts, by its name.

    An abbreviation in capitals with a plural "s" loses the "s" ("PIs" is "pi"); else ``lang``'s
    ``noun_singulars`` first, then its ``singular_endings`` in order; a word no ending fits stays
    as written (lower-cased).

    >>> singular("Homes"), singular("cylinders"), singular("people"), singular("cities"), singular("ménages", "fr")
    ('home', 'cylinder', 'person', 'city', 'ménage')
    >>> singular("NGOs"), singular("PIs")
    ('ngo', 'pi')
    """
    lower = word.lower()
    if len(word) > _ABBREVIATION_PLURAL_LEAST and word.endswith("s") and word[:-1].isalpha() and word[:-1].isupper():
        return lower[:-1]  # an abbreviation's plural: "NGOs", "PIs", "CEOs"
    irregular, endings = _singular_rules(lang)
    found = irregular.get(lower)
    if found is not None:
        return found
    for plural, single in endings:
        if lower.endswith(plural) and len(lower) > len(plural):
            return lower[: len(lower) - len(plural)] + single
    return lower


def is_plural(word: str, lang: str = ENGLISH) -> bool:
    """True for a plural noun: one of ``lang``'s ``noun_singulars`` or a word a singular ending fits.

    >>> is_plural("homes"), is_plural("staff"), is_plural("rpm"), is_plural("horsepower")
    (True, True, False, False)
    """
    lower = word.lower()
    return lower in _singular_rules(lang)[0] or singular(word, lang) != lower
