"""The subject of a figure, in English: the noun phrase ahead of its verb, and the head noun of one.

:func:`subject_before` reads the noun phrase before a change or level verb in its clause ("the
number of arrivals fell by 95%"), past the verb's helpers and an opening time phrase ("In 2023
the number ..."); :func:`subject_head` finds the noun heading a subject ("the number of
arrivals": "arrivals"). Separate from the noun phrases after a figure (``clause.noun_phrases``):
a subject is read backwards, to a boundary word, with words of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.scan.english_words import AUXILIARIES, DETERMINERS, LEADERS, SOURCE_VERBS, STOP
from factcheck._extract.scan.hedges import UP_PARTICLE_VERBS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["MAX_SUBJECT", "subject_before", "subject_head"]

_EN: Final = lexicon("en")
_GERUND: Final = _EN.strings("gerund_endings")
_PAST: Final = _EN.strings("past_endings")
MAX_SUBJECT: Final = 12
"""The most words a subject is read over, and a source's name (``clause.sources``)."""
_NUMBER_OF: Final = _EN.phrase_set("number_of_phrases")
_HEAD_ADVERBS: Final = _EN.words("subject_head_adverbs")  # "the number of infections worldwide"
_VERB_ENDINGS: Final = (*_GERUND, *_PAST)
_SUBJECT_BOUNDARIES: Final = LEADERS | SOURCE_VERBS | _EN.words("subject_boundaries")
_LINKING_PARTICIPLES: Final = _EN.words("subject_linking_participles")  # "deaths linked to infections"
_ARTICLES: Final = _EN.words("articles")


def subject_head(tokens: WordIndex, span: tuple[int, int]) -> int | None:
    """The index of a subject phrase's head noun, or of the noun after "number of".

    A word of ``subject_head_adverbs`` after the head leaves it the head: "the number of
    infections worldwide" is headed by "infections".
    """
    first, last = span
    for k in range(first, last):
        if tokens.words(k, k + 2) in _NUMBER_OF:  # "the number of arrivals"
            first = k + 2
            break
    head = None
    for k in range(first, last + 1):
        lower = tokens.lower(k)
        if head is not None and (lower in STOP or lower.endswith(_VERB_ENDINGS)):
            break
        if head is not None and lower in _HEAD_ADVERBS:
            continue
        if lower not in STOP:
            head = k
    return head


def subject_before(tokens: WordIndex, verb: int, clause_start: int) -> tuple[int, int] | None:
    """The noun phrase ahead of a change verb in its clause: ``(first, last)`` word indices."""
    last = verb - 1
    while last >= clause_start and (
        tokens.lower(last) in AUXILIARIES
        or tokens.lower(last) in DETERMINERS
        or tokens.lower(last) in UP_PARTICLE_VERBS
    ):
        last -= 1  # "has fallen", "ended up at": the verb's helpers are not the subject
    if last < clause_start or time_unit(tokens.lower(last)) is not None or tokens[last].word.isdigit():
        return None  # "Over five years that is ...": a time, not what is measured
    first = max(clause_start, last - MAX_SUBJECT + 1)
    for k in range(last, first - 1, -1):
        if tokens.lower(k) in _SUBJECT_BOUNDARIES and not _linked_to(tokens, k, first):
            first = k + 1
            break
    while first <= last and tokens.lower(first) in LEADERS and tokens.lower(first) not in _ARTICLES:
        first += 1
    first = _after_time_phrase(tokens, first, last)
    if first > last or all(tokens.lower(k) in STOP for k in range(first, last + 1)):
        return None
    return first, last


def _linked_to(tokens: WordIndex, k: int, first: int) -> bool:
    """True when the boundary word at ``k`` follows a participle after a noun: "deaths linked | to infections".

    The participle (``subject_linking_participles``: "linked", "related", "attributed") and what
    it links to qualify the noun before it, which heads the subject: "the number of deaths linked
    to the virus surpassed 100,000" measures deaths, not the virus.
    """
    if k - 2 < first or not tokens.joined(k - 2, k - 1) or not tokens.joined(k - 1, k):
        return False
    before = tokens.lower(k - 2)
    return tokens.lower(k - 1) in _LINKING_PARTICIPLES and before.isalpha() and before not in STOP


_TIME_PREPOSITIONS: Final = _EN.words("year_prepositions")  # "In 2023"
_TIME_DETERMINERS: Final = _EN.words("time_determiners")  # "Last year"
_YEAR_DIGITS: Final = 4


def _after_time_phrase(tokens: WordIndex, first: int, last: int) -> int:
    """The first word after an opening time phrase: "In 2023 the number" starts at "the", "Last year they" at "they"."""
    word = tokens.lower(first)
    if (
        first < last
        and word in _TIME_PREPOSITIONS
        and tokens[first + 1].word.isdigit()
        and len(tokens[first + 1].word) == _YEAR_DIGITS
    ):
        return first + 2  # "In 2023", "By 2024"
    if first < last and word in _TIME_DETERMINERS and time_unit(tokens.lower(first + 1)) is not None:
        return first + 2  # "Last year", "This month"
    return first
