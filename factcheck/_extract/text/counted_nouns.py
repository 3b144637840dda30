"""Nouns that say what a count counts: "5,294 Albanians" counts people, "40 households" households."""

from __future__ import annotations

import functools
from typing import Final

from factcheck._wording import COUNT_WORDS

__all__ = ["COUNTED_NOUNS", "counted_unit", "written_count_unit"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PERSON_NOUNS: Final = _words(
    "sleepers adult adults americans applicants apprentices arrivals babies billionaires boys britons builders "
    "candidates carers casualties child children citizens claimants commuters consumers councillors "
    "criminals customers cyclists defendants deportees doctors drivers elderly emigrants emigration "
    "employees entrants europeans fans farmers fathers firefighters fishermen foreigners girls "
    "graduates homeless homeowners immigrants immigration individuals infants inmates jobseekers kids "
    "learners listeners members men midwives migrants migration millionaires mothers motorists mps "
    "nationals newcomers nurses offenders officers paramedics parents participants passengers "
    "patients pedestrians pensioners people person persons physicians police population prisoners "
    "protesters pupils readers recruits refugees renters residents respondents retirees returnees "
    "seekers shoppers smokers soldiers staff strikers students supporters surgeons survivors suspects "
    "taxpayers teachers teenagers tenants tourists troops turnout unemployed users victims viewers "
    "visitors volunteers voters women workers workforce youngsters"
)
"""Nouns counted in person units."""

_HOUSEHOLD_NOUNS: Final = _words("families family household households")
"""Nouns counted in household units."""

_CASE_NOUNS: Final = _words("case cases infections")
"""Nouns counted in case units."""

_JOB_NOUNS: Final = _words("job jobs posts roles vacancies")
"""Nouns counted in job units."""

_VEHICLE_NOUNS: Final = _words("buses cars lorries vans vehicle vehicles")
"""Nouns counted in vehicle units."""

_BOAT_NOUNS: Final = _words("boat boats dinghies ships vessels")
"""Nouns counted in boat units."""

_DEATH_NOUNS: Final = _words("death deaths fatalities")
"""Nouns counted in death units."""

_VISIT_NOUNS: Final = _words("visit visits")
"""Nouns counted in visit units."""

_ANIMAL_NOUNS: Final = _words("animal animals")
"""Nouns counted in animal units."""

COUNTED_NOUNS: Final = {
    **dict.fromkeys(_PERSON_NOUNS, "person"),
    **dict.fromkeys(_HOUSEHOLD_NOUNS, "household"),
    **dict.fromkeys(_CASE_NOUNS, "case"),
    **dict.fromkeys(_JOB_NOUNS, "job"),
    **dict.fromkeys(_VEHICLE_NOUNS, "vehicle"),
    **dict.fromkeys(_BOAT_NOUNS, "boat"),
    **dict.fromkeys(_DEATH_NOUNS, "death"),
    **dict.fromkeys(_VISIT_NOUNS, "visit"),
    **dict.fromkeys(_ANIMAL_NOUNS, "animal"),
}
"""Nouns whose count gets a counted unit; any other noun leaves the count dimensionless."""


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
    if word[:1].isupper() and len(word) > 4 and lower.endswith(("ians", "eans", "ans", "ese", "ons", "ish", "is")):  # noqa: PLR2004
        return "person"  # nationalities: Albanians, Eritreans, Vietnamese, Britons, Iraqis
    return None
