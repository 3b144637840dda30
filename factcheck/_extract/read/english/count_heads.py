"""Counts named before a bare number: a count noun, "the number of" or a superlative names them.

"the death toll at 45", "the number of women, 102", "cut the number of wards to 12", "the number
of services ... reached 7.3 million", "won the most delegates, at 14": a bare whole number with
no noun of its own takes the counted noun those words name before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.words import (
    ADJECTIVE_ENDINGS,
    EN,
    FROM,
    NUMBER_OF_PHRASES,
    OF,
    VERB_FORMS,
    counted_plural,
    unit_named,
    whole,
)
from factcheck._extract.scan.english_words import DETERMINERS, DOWN, STOP, TRANSITIVE, UP
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular, singular_counted_unit

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_TO: Final = EN.words("to_words")
_ROW_BREAKS: Final = ("\n", "|")
"""Marks between a subject and a figure that leave the figure in another line or cell of a table."""
_NUMBER_TO_REACH: Final = 12  # words back from "to" and the number to "the number of"
_SUPERLATIVE_COUNTS: Final = EN.words("superlative_count_words")  # "the most delegates, at 14"
_SUPERLATIVE_LEADS: Final = EN.words("superlative_count_leads")
_COUNT_HEADS: Final = EN.words("count_head_nouns")  # "his delegate total to 86"
_COUNT_HEAD_LINKS: Final = EN.words("count_head_links")  # "to", "of", "at"
_COUNT_HEAD_REACH: Final = 3
_COUNT_HEAD_VERBS: Final = EN.words("count_head_verbs")  # "the death toll now stands at 25"
_COUNT_HEAD_VERB_REACH: Final = 8
"""The most words from a count noun to its number: "toll has now risen from fourteen to 31"."""


def number_of_things(tokens: WordIndex, r: Reading, head: int) -> str | None:
    """``item`` for a whole number above one whose subject is "the number of" a plural of no unit: "services".

    "The number of planned passenger train services ... reached 7.3 million": the head right
    after a phrase of ``number_of_phrases`` with nothing but its attributes between, a
    lower-case plural that names no unit or time (not "the number of hours ... 40"), in the
    same line and cell as the figure, else ``None``.
    """
    if not whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION or r.subject is None:
        return None
    first = r.subject[0]
    if not any(tokens.words(k, k + 2) in NUMBER_OF_PHRASES for k in range(first, head - 1)):
        return None
    word = tokens[head].word
    if not word.isalpha() or not word.islower() or not is_plural(word):
        return None
    if any(mark in tokens.gap(k, k + 1) for k in range(head, r.lead) for mark in _ROW_BREAKS):
        return None  # a table's header over its cells: "Total number of exit packages ... | 10,000 – 25,000"
    if time_unit(word) or unit_named(word) is not None:
        return None
    return "item"


def superlative_count(reader: Reader, r: Reading) -> bool:
    """Count the plural a superlative names right before a bare whole number: "won the most delegates, at 14".

    A superlative of ``superlative_count_words`` ("most", "fewest"), at most one word, a plural
    in lower case that names no unit or time, a comma, a word of ``superlative_count_leads``
    ("at", "with") and the number, with a mark or the clause end after it (no noun of its own).
    """
    tokens = reader.tokens
    lead, noun = r.lead - 1, r.lead - 2
    if not whole(r.amount) or r.figure.form is Form.FRACTION or noun < 0:
        return False
    if tokens.lower(lead) not in _SUPERLATIVE_LEADS or tokens.gap(noun, lead).strip() != ",":
        return False
    if r.nxt < r.clause_end and tokens.joined(r.last, r.nxt):
        return False  # "the most seats, with 40 seats": a noun of its own
    word = tokens[noun].word
    if not (word.isalpha() and word.islower() and is_plural(word)) or time_unit(word) or unit_named(word) is not None:
        return False
    if not any(tokens.lower(k) in _SUPERLATIVE_COUNTS for k in range(max(0, noun - 2), noun)):
        return False
    r.amount = with_unit(r.amount, units.unit(counted_unit(word) or "item"), reader.policy)
    r.counted = singular(word)
    return True


def count_named_before(reader: Reader, r: Reading) -> None:
    """Count what a count noun before a bare whole number names: "his delegate total to 86", "the number of women, 102".

    A word of ``count_head_nouns`` ("total", "number", "toll") with its noun: a known counted noun
    before it and "to", "of" or "at" between it and the number ("delegate total to 86", "the death
    toll at 45"; not "an earlier toll of 27"), or "of" and a plural noun after it and a comma
    before the number ("the number of women, 102").
    """
    tokens, lead = reader.tokens, r.lead
    if not r.dimensionless or r.change is not None or r.figure.form is Form.FRACTION or not whole(r.amount):
        return
    if r.amount.value < 1 or lead < _COUNT_HEAD_REACH:
        return
    found: tuple[str, str] | None = None
    head = _count_head_before(reader, lead)
    if head is not None:
        noun = tokens.lower(head - 1)
        if _attribute_noun(noun) and tokens.joined(head - 1, head):
            unit = counted_unit(noun) or singular_counted_unit(noun)
            found = None if unit is None else (unit, singular(noun))
    elif (
        tokens.lower(lead - 3) in _COUNT_HEADS
        and tokens.joined(lead - 3, lead - 2)
        and tokens.lower(lead - 2) in OF
        and "," in tokens.gap(lead - 1, lead)
    ):
        plural = tokens[lead - 1].word
        unit = counted_unit(plural) or ("item" if counted_plural(plural) else None)
        found = None if unit is None else (unit, singular(plural))
    if found is not None:
        r.amount = with_unit(r.amount, units.unit(found[0]), reader.policy)
        r.counted, r.unit_word = found[1], None


def _count_head_before(reader: Reader, lead: int) -> int | None:
    """Index of the count noun a bare number at word ``lead`` is the level of: "toll at 45", "toll rose to 31".

    Right before the number a word of ``count_head_links`` or ``from_words``; between it and
    the count noun only words of ``count_head_verbs`` ("now", "rose", "stands"), a change verb,
    and the earlier endpoint of a change ("from fourteen" before "to 31"), with no stop between.
    """
    tokens = reader.tokens
    k = lead - 1
    if tokens.lower(k) not in _COUNT_HEAD_LINKS and tokens.lower(k) not in FROM:
        return None
    floor = max(1, lead - _COUNT_HEAD_VERB_REACH)
    while k > floor:
        if not tokens.joined(k - 1, k):
            return None
        k -= 1
        lower = tokens.lower(k)
        if lower in _COUNT_HEADS:
            return k
        first = reader.figures.first_word_of(k)
        if first is not None and first > 0 and tokens.lower(first - 1) in FROM:
            k = first - 1  # "from fourteen" before "to 31"
        elif lower not in _COUNT_HEAD_VERBS and lower not in UP and lower not in DOWN:
            return None
    return None


def number_changed_to(reader: Reader, r: Reading) -> None:
    """Count what a changed "number of" counts at the level it is taken to: "increase the number of nurses to 500".

    A change verb that takes an object (``transitive_change_verbs``), "the number of"
    (``number_of_phrases``), its noun phrase's last word (a known counted noun or a plural that
    names no unit or time), words of the clause with no figure, then "to" and a bare whole number
    with no noun after it: so many of that noun ("raise the number of Cadet Units in state
    schools to 500 by 2020", "cut the number of wards to 12"); not "the number of staff hours to
    40" nor "to 500 homes".
    """
    tokens, lead = reader.tokens, r.lead
    if not r.dimensionless or r.counted is not None or r.figure.form is Form.FRACTION or not whole(r.amount):
        return
    if r.amount.value < 1 or tokens.lower(lead - 1) not in _TO:
        return
    if r.nxt < r.clause_end and tokens.joined(r.last, r.nxt) and tokens.lower(r.nxt) not in STOP:
        return  # "to 500 homes": a noun of its own
    for k in range(lead - 3, max(r.clause_first, lead - _NUMBER_TO_REACH) - 1, -1):
        if tokens.texts[k][:1].isdigit():
            return  # a figure between ("from 180 to 5": the one right before "to" is skipped)
        if tokens.words(k, k + 2) not in NUMBER_OF_PHRASES:
            continue
        verb = k - 1
        while verb > r.clause_first and tokens.lower(verb) in DETERMINERS:
            verb -= 1
        if tokens.lower(verb) not in TRANSITIVE or not (tokens.lower(verb) in UP or tokens.lower(verb) in DOWN):
            return
        phrase = noun_phrase(tokens, k + 2, lead - 1)
        if phrase is None:
            return
        if phrase[1] + 1 < lead - 1 and tokens.lower(phrase[1] + 1) not in STOP:
            return  # the phrase stopped short of its noun: "staff | hours"
        noun = tokens[phrase[1]].word  # the phrase's last word
        if counted_unit(noun) is None and (
            not noun.isalpha() or not is_plural(noun) or time_unit(noun.lower()) or unit_named(noun) is not None
        ):
            return
        r.amount = with_unit(r.amount, units.unit(counted_unit(noun) or "item"), reader.policy)
        r.counted, r.unit_word = singular(noun), None
        return


def _attribute_noun(word: str) -> bool:
    """True for a lower-case word that can be a noun before a count noun: "delegate", not "running", "electoral"."""
    return word.isalpha() and word not in STOP and not word.endswith((*VERB_FORMS, *ADJECTIVE_ENDINGS))
