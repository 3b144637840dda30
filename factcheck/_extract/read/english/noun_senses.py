"""The sense of a counted noun read from its sentence: lives lost, cases of law, bodies of the dead.

Each rule takes a count already read ("15,393 lives", "39 cases", "20 bodies") and changes its
unit by the words of its sentence and the one before: lives lost are deaths, cases of law or
casework are things (not cases of a disease), bodies where someone died are people. They run
after the counted unit is found, each with the tables of its one noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.words import EN

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading


_LIVES: Final = EN["lives_lost"]
_LIVES_NOUNS: Final = frozenset(_LIVES["nouns"])
_LIVES_LOST_BEFORE: Final = frozenset(_LIVES["verbs_before"])
_LIVES_LOST_AFTER: Final = frozenset(_LIVES["verbs_after"])
_LIVES_REACH: Final = 3
"""Words after the noun "lives" searched for a verb of losing them: "120 lives have been lost"."""
_CASES: Final = EN["cases_of_disease"]
_CASE_NOUNS: Final = frozenset(_CASES["nouns"])  # "19 cases"
_DISEASE_WORDS: Final = frozenset(_CASES["disease_words"])  # "confirmed", "measles", "outbreak"
_LAW_WORDS: Final = frozenset(_CASES["law_words"])  # "court", "argued", "casework", "assault"
_BODIES: Final = EN["bodies_of_the_dead"]
_BODY_NOUNS: Final = frozenset(_BODIES["nouns"])  # "20 bodies"
_DEATH_WORDS: Final = frozenset(_BODIES["death_words"])  # "recovered", "dead", "morgue"


def lives_lost(reader: Reader, r: Reading) -> None:
    """Count deaths with lives lost: "the crisis claimed 15,393 lives", "120 lives were lost" (counted noun life).

    A count of ``lives`` right after a verb of ``verbs_before`` (hedges apart), or with a verb of
    ``verbs_after`` a few words after the noun; "saved 40 lives" stays a count of lives.
    """
    tokens = reader.tokens
    if r.counted not in _LIVES_NOUNS or r.change is not None:
        return
    reach = range(r.nxt, min(r.nxt + _LIVES_REACH, r.clause_end))
    noun = next((k for k in reach if tokens.lower(k) in _LIVES_NOUNS), None)
    if noun is None:
        return
    before = r.lead > 0 and tokens.joined(r.lead - 1, r.lead) and tokens.lower(r.lead - 1) in _LIVES_LOST_BEFORE
    reach = range(noun + 1, min(noun + 1 + _LIVES_REACH, r.clause_end))
    after = any(tokens.lower(k) in _LIVES_LOST_AFTER for k in reach)
    if before or after:
        r.amount = with_unit(r.amount, units.unit("death"), reader.policy)


def cases_of_disease(reader: Reader, r: Reading) -> None:
    """Count cases of law, crime or casework as things, not cases of a disease.

    "argued 39 cases before the Supreme Court", "19 cases ... his clients", "18 cases of sexual
    assault" count things (``item``): a word of ``law_words`` in the sentence or the one before
    it, and none of ``disease_words`` ("1,279 confirmed cases", "cases of measles" keep ``case``;
    so does "12 cases" with neither, as factcheck writes a count of cases).
    """
    if r.counted not in _CASE_NOUNS or r.amount.unit != units.unit("case"):
        return
    words = _sentence_words(reader, r)
    if words & _LAW_WORDS and not words & _DISEASE_WORDS:
        r.amount = with_unit(r.amount, units.unit("item"), reader.policy)


def bodies_of_the_dead(reader: Reader, r: Reading) -> None:
    """Count bodies of the dead as people: "20 bodies had been recovered", "35 bodies in one hospital".

    A count of a noun of ``bodies_of_the_dead`` (a thing, ``item``, as written) counts people
    (``person``, the noun kept) where a word of its ``death_words`` stands in the sentence or the
    one before it; "two bodies run by a majority" (chambers) and "15 arm's length bodies" stay things.
    """
    if r.counted not in _BODY_NOUNS or r.amount.unit != units.unit("item"):
        return
    if _sentence_words(reader, r) & _DEATH_WORDS:
        r.amount = with_unit(r.amount, units.unit("person"), reader.policy)


def _sentence_words(reader: Reader, r: Reading) -> set[str]:
    """The words, lower case, of the figure's sentence and the one before it."""
    tokens, layout = reader.tokens, reader.layout
    first, end = layout.sentence(tokens[r.first].start)
    if first > 0:
        first = layout.sentence(first - 1)[0]
    return {tokens.lower(k) for k in range(tokens.first_at_or_after(first), tokens.first_at_or_after(end))}
