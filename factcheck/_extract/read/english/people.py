"""Counts of people a bare number gets from the words around it, with no noun of its own after it.

The level of a noun of people before it ("employment ... at 31.1 million"), the object of a
people verb ("killed at least 813 in China"), and a participle used as a noun of people ("those
infected", "four of the deceased"), which the counting and partitive rules ask about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.words import EN, noun_after, whole
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.scan.figure import Form

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_PEOPLE_OBJECT_VERBS: Final = EN.words("people_object_verbs")
_PEOPLE_LEVELS: Final = EN.mapping("people_level_nouns")
_PEOPLE_LEVEL_NOUNS: Final = frozenset(_PEOPLE_LEVELS["nouns"])
_PEOPLE_LEVEL_NOT_BEFORE: Final = frozenset(_PEOPLE_LEVELS["not_before"])
_PEOPLE_LEVEL_REACH: Final = 14
"""Words looked back from a bare number for a noun of ``people_level_nouns`` it is the level of."""
_PEOPLE_LEVEL_LEAST: Final = 1000
"""The least level of people so read: "employment ... at 31.1 million"; not "employment at 5 sites"."""
PEOPLE_PARTICIPLES: Final = EN.words("people_subject_words")  # "the number of those infected is 1501"
_PEOPLE_PARTICIPLE_LEADS: Final = EN.words("people_participle_leads")  # "those", "the"


def people_level(reader: Reader, r: Reading) -> bool:
    """Count people with a bare number of 1,000 or more, the level of a noun of ``people_level_nouns`` before it.

    "employment was around record levels at 31.1 million", "The OBR forecasts employment to be
    31.2 million", "the number of people in employment is expected to continue to increase,
    reaching 32.5 million", "Employment rose by 200,000 to 31.1 million": the noun within a few
    words before the number in its sentence, and no noun of its own after the number. "the
    employment rate ... 74.6%" (``not_before``) and "employment at 5 sites" are no such levels.
    """
    tokens = reader.tokens
    if r.amount.value < _PEOPLE_LEVEL_LEAST or r.figure.form is Form.FRACTION:
        return False
    if r.subject is not None and r.subject[0] >= r.nxt:
        return False  # a noun of its own after it: "31.1 million households"
    change = r.change
    if change is not None and change.is_noun and change.index == r.nxt and noun_after(tokens, r.nxt, r.clause_end):
        return False  # a noun of its own after a comparative: "119,400 more businesses"
    first = tokens.first_at_or_after(reader.layout.sentence(r.figure.start)[0])
    for k in range(r.lead - 1, max(first, r.lead - _PEOPLE_LEVEL_REACH) - 1, -1):
        if tokens.lower(k) in _PEOPLE_LEVEL_NOUNS:
            if k + 1 < r.lead and tokens.lower(k + 1) in _PEOPLE_LEVEL_NOT_BEFORE:
                return False
            r.amount = with_unit(r.amount, units.unit("person"), reader.policy)
            r.counted = "person"
            return True
    return False


def people_participle(tokens: WordIndex, head: int) -> bool:
    """True for a subject's head that is a participle used as a noun of people: "those infected", "the injured".

    A word of ``people_subject_words`` right after one of ``people_participle_leads``, with no
    noun after it ("the injured workers" is headed by its noun, read as such).
    """
    if head < 1 or not tokens.joined(head - 1, head) or tokens.lower(head) not in PEOPLE_PARTICIPLES:
        return False
    if tokens.joined(head, head + 1) and tokens.lower(head + 1) not in STOP:
        return False
    return tokens.lower(head - 1) in _PEOPLE_PARTICIPLE_LEADS


def people_object(reader: Reader, r: Reading) -> None:
    """Count people with a bare whole number a people verb takes as its object: "killed at least 813 in China".

    The verb (``people_object_verbs``) is right before the figure and its hedge words; a
    number that found no counted noun after it ("killed 5 sheep" counts animals). A word after
    it that was kept as a unit as written is an adverb or preposition here ("infected 35,000
    worldwide", "wounded two near the market").
    """
    tokens = reader.tokens
    if not r.dimensionless or r.change is not None or r.figure.form is Form.FRACTION:
        return
    if not whole(r.amount) or r.amount.value < 1 or r.lead < 1 or not tokens.joined(r.lead - 1, r.lead):
        return
    if tokens.lower(r.lead - 1) in _PEOPLE_OBJECT_VERBS:
        r.amount = with_unit(r.amount, units.unit("person"), reader.policy)
        r.counted, r.unit_word = "person", None
