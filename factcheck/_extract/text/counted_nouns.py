"""Nouns that say what a count counts: "5,294 Albanians" counts people, "40 households" households."""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.text.vocabulary import ENGLISH
from factcheck._wording import COUNT_WORDS
from factcheck.lexicons import lexicon

__all__ = ["COUNTED_NOUNS", "counted_unit", "written_count_unit"]


COUNTED_NOUNS: Final = {
    noun: unit for unit, nouns in lexicon(ENGLISH).mapping("counted_nouns").items() for noun in nouns
}
"""Nouns whose count gets a counted unit; any other noun leaves the count dimensionless."""
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


def written_count_unit(word: str) -> str | None:
    """The unit of a count word as factcheck writes it in any language ("Personen" is person)."""
    return _written_count_words().get(word.lower())


def counted_unit(word: str) -> str | None:
    """The counted unit a noun implies ("Albanians" is person), or ``None``."""
    lower = word.lower()
    found = COUNTED_NOUNS.get(lower) or _written_count_words().get(lower)
    if found is not None:
        return found
    if word[:1].isupper() and len(word) > 4 and lower.endswith(_NATIONALITY_ENDINGS):  # noqa: PLR2004
        return "person"  # nationalities: Albanians, Eritreans, Vietnamese, Britons, Iraqis
    return None
