"""Noun phrases after a figure, in English: what a number counts ("5,294 Albanians", "two forgery detection machines").

:func:`noun_phrase` reads the run of content words from a word up to the first stop word, past
what may stand inside one: an open end ("2 or more judges"), an abbreviation ("50 U.S. states"),
a code ("100,000 AK-103 rifles"), joined adjectives or participles ("two separate and unequal
systems"), a superlative ("the 25 most influential Americans") or a noun that reads as a past
tense ("one hospital bed"); :func:`past_tense` tells a verb's past from such a noun. The other
clause modules import from here what they share with it: :data:`MAX_PHRASE` and
:func:`compound_particle` ("11,693 up-armored HMMWVs": a particle that says no change).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.english_words import (
    COMPOUND_STOPS,
    DETERMINERS,
    DOWN,
    IRREGULAR_PAST,
    PARTICIPLES,
    PER,
    RATE_ADVERBS,
    SOURCE_VERBS,
    STOP,
    UP,
)
from factcheck._extract.text.counted_nouns import (
    counted_unit,
    is_plural,
    modifies_noun,
    singular,
    singular_counted_unit,
)
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["MAX_PHRASE", "compound_particle", "noun_phrase", "past_tense"]

MAX_PHRASE: Final = 6
"""The most words a phrase is read over: a noun phrase, the hedges before a change, a source's opening words."""
_CODE_LETTERS: Final = 3

_EN: Final = lexicon("en")
_OPEN_ENDS: Final = _EN.phrase_set("count_open_ends")  # "2 or more judges"
_OPEN_END_LENGTH: Final = 2
_ADJECTIVE_JOINS: Final = _EN.words("adjective_joins")  # "two separate and unequal systems"
_SUPERLATIVES: Final = _EN.words("superlative_words")  # "the 25 most influential Americans"
_COUNTING_ADJECTIVES: Final = _EN.words("counting_adjectives")  # "20 different tax increases"
_COMPOUND_PARTICLES: Final = _EN.words("compound_particles")  # "up-armored": no change
_GERUND: Final = _EN.strings("gerund_endings")
_PAST: Final = _EN.strings("past_endings")
_PAST_AFTER_NOUNS: Final = _EN.words("irregular_past_after_nouns")  # "one family member broke"
_SHORT_PAST: Final = 4  # "bed", "shed": no past tense by its ending
_NOUNS_AS_PAST: Final = _EN.words("nouns_ending_as_past")  # "one hospital bed", "top speed": no past tense
_ADVERB: Final = _EN.strings("adverb_endings")
_PAST_OR_ADVERB: Final = (*_PAST, *_ADVERB)
_PARTICIPLE_NOUN_REACH: Final = 3  # "trained and equipped | Iraqi security forces"
_VERB_OR_ADVERB: Final = (*_PAST, *_GERUND, *_ADVERB)
_AMBIGUOUS_TIME_UNITS: Final[Mapping[str, str]] = _EN.mapping("ambiguous_time_units")  # "a quarter"
_OF: Final = _EN.words("of_words")


def _hyphened(tokens: WordIndex, k: int) -> bool:
    """True when word ``k`` is the first part of a hyphened compound: "above-ground tests" (not a stop)."""
    return tokens.joined(k, k + 1) and tokens.gap(k, k + 1) == "-"


def _noun_as_past(tokens: WordIndex, k: int) -> bool:
    """True when word ``k``, after a noun of the phrase, is a noun that ends or reads as a past tense.

    A word of ``nouns_ending_as_past`` after a singular and before a stop word ("was") or no
    number, determiner or plural: "one hospital bed was free", "a garden shed", "top speed";
    not a verb: "five hospitals shed staff", "one firm shed 300 jobs", "one firm shed its
    staff", "one firm shed workers".
    """
    if tokens.lower(k) not in _NOUNS_AS_PAST or is_plural(tokens.lower(k - 1)):
        return False
    if k + 1 >= len(tokens) or not tokens.joined(k, k + 1):
        return True
    after = tokens.lower(k + 1)
    if after in DETERMINERS or after[:1].isdigit() or after in CARDINAL_WORDS:
        return False  # "one firm shed its staff", "shed 300 jobs": the verb and its object
    return after in STOP or not is_plural(after)


def _singular_head_after(tokens: WordIndex, k: int, last: int) -> bool:
    """True when the counted noun at word ``k``, in the singular, modifies a counted singular after it.

    The singular ends the phrase or a past tense or a verb of saying follows it: "one police
    officer", "one family member said"; not "1.5 adult male Magellanic penguins" (a third noun
    follows).
    """
    word = tokens.lower(k)
    if word != singular(word) or singular_counted_unit(tokens.lower(k + 1)) is None:
        return False
    if k + 1 == last:
        return True
    after = tokens.lower(k + 2)
    return after in SOURCE_VERBS or past_tense(after)


def past_tense(word: str) -> bool:
    """True for a past tense: of ``irregular_past``, ``irregular_past_after_nouns`` ("came", "broke"), or regular.

    A regular one has a past ending ("-ed") and more than four letters ("bed", "shed" are nouns).
    """
    if word in IRREGULAR_PAST or word in _PAST_AFTER_NOUNS:
        return True
    return len(word) > _SHORT_PAST and word.endswith(_PAST)


def noun_phrase(tokens: WordIndex, i: int, limit: int, *, allow_of: bool = False) -> tuple[int, int] | None:
    """The content words from word ``i`` up to the first stop word: ``(first, last)`` indices.

    An open end after a count is read past ("2 or more judges"), so are the dots of an
    abbreviation ("50 U.S. states"), the number of a code ("100,000 AK-103 rifles"), "and" or
    "or" between two adjectives ("two separate and unequal systems"), a superlative or a
    participle opening what a number counts ("the 25 most influential Americans", "four grown
    children"; see :func:`_counted_modifier`), and a noun that reads as a past tense after a
    noun ("one hospital bed", "top speed"; see :func:`_noun_as_past`).
    """
    if tokens.words(i, i + _OPEN_END_LENGTH) in _OPEN_ENDS and tokens.joined(i + 1, i + 2):
        i += _OPEN_END_LENGTH
    while i < limit and tokens.lower(i) in DETERMINERS:
        i += 1
    last = None
    k = i
    lowers, texts = tokens.lowers, tokens.texts  # the word index's lists: no Word built per word
    counting = _counting_adjective(tokens, i, limit)  # "20 different tax increases": "increases" is a noun
    while k < min(limit, i + MAX_PHRASE * (2 if allow_of else 1)):
        if k > i and not tokens.joined(k - 1, k) and not _abbreviated(tokens, k):
            break
        lower = lowers[k]
        if (
            last == k - 1
            and lower in _ADJECTIVE_JOINS
            and (
                (_counted_from(tokens, i) and _adjectives_joined(tokens, k, limit))
                or _participles_joined(tokens, k, limit)
            )
        ):
            k += 1
            continue
        if k == i and _counted_modifier(tokens, k, limit):
            last = k
            k += 1
            continue
        if allow_of and lower in _OF and last is not None:
            k += 1
            while k < limit and tokens.lower(k) in DETERMINERS:
                k += 1
            continue
        if last == k - 1 and _noun_as_past(tokens, k):
            last = k
            k += 1
            continue
        if (
            (lower in STOP and not ((lower in COMPOUND_STOPS or lower in _COMPOUND_PARTICLES) and _hyphened(tokens, k)))
            or (lower in _AMBIGUOUS_TIME_UNITS and tokens.lower(k - 1) in PER)  # "10p a quarter": a rate
            or (
                (lower in UP or lower in DOWN)
                and not (counting and k > i and is_plural(lower))
                and not compound_particle(tokens, k)  # "11,693 up-armored HMMWVs"
            )
            or (texts[k].isdigit() and not _code_number(tokens, k, i))
            or time_unit(lower)
            or lower in RATE_ADVERBS
        ):
            break
        if (
            last is not None
            and lower.endswith(_PAST_OR_ADVERB)
            and counted_unit(lower) is None
            and not (last == k - 2 and lowers[k - 1] in _ADJECTIVE_JOINS)  # "trained and equipped | Iraqi forces"
            and not _hyphened(tokens, k - 1)  # "arts-related businesses": a compound adjective
            and not (k - 1 == i and lowers[k - 1] in _SUPERLATIVES)  # "the 50 most gifted pupils"
        ):
            break
        last = k
        k += 1
    if last is None:
        return None
    if last == i and (tokens.lower(i).endswith(_VERB_OR_ADVERB) or tokens.lower(i) in IRREGULAR_PAST):
        return None  # "5,294 returned", "300 left": a verb, not a noun
    for k in range(i, last):
        word = tokens[k].word
        if counted_unit(word) is None or allow_of or modifies_noun(word, tokens[k + 1].word):
            continue
        if _singular_head_after(tokens, k, last):
            continue  # a counted singular after it heads the phrase: "one police officer", "one family member said"
        return i, k  # a counted noun heads the phrase: "700 nurses join" ends at "nurses"
    return i, last


def _counting_adjective(tokens: WordIndex, k: int, limit: int) -> bool:
    """True for a word of ``counting_adjectives`` at word ``k``, right after a number: "20 different tax increases".

    What follows it is what the number counts, so a plural change word there is a noun, not a
    verb: "12 separate cuts", "3 distinct increases".
    """
    if k < 1 or k + 1 >= limit or tokens.lower(k) not in _COUNTING_ADJECTIVES or not tokens.joined(k, k + 1):
        return False
    before = tokens.texts[k - 1]
    return (before[-1:].isdigit() or before.lower() in CARDINAL_WORDS) and not tokens.gap(k - 1, k).strip()


def _code_number(tokens: WordIndex, k: int, first: int) -> bool:
    """True when the number at word ``k`` ends a code with the capitals before it: "AK-103", "F-16" (not "Route 66")."""
    before = tokens.texts[k - 1] if k > first else ""
    return before.isalpha() and before.isupper() and len(before) <= _CODE_LETTERS and tokens.gap(k - 1, k) == "-"


def _counted_modifier(tokens: WordIndex, k: int, limit: int) -> bool:
    """True for a superlative or a participle at word ``k``, right after a number, modifying what it counts.

    "the 25 most influential Americans" (a superlative, then a lower-case word and a plural noun
    within the next three words), "four grown children" (a participle that is also a change verb,
    then a known counted noun); not "rose 25 most days", "4 grown in May".
    """
    before = tokens.texts[k - 1] if k > 0 else ""
    if not (before[-1:].isdigit() or before.lower() in CARDINAL_WORDS) or tokens.gap(k - 1, k).strip():
        return False
    if not (k + 1 < limit and tokens.joined(k, k + 1) and tokens.texts[k + 1].isalpha()):
        return False
    lower, following = tokens.lower(k), tokens.texts[k + 1]
    if lower in PARTICIPLES and (lower in UP or lower in DOWN):
        return counted_unit(following) is not None or _noun_modifier_then_counted(tokens, k + 1, limit)
    if lower not in _SUPERLATIVES or not following.islower() or following in STOP:
        return False
    return any(
        j < limit and tokens.joined(j - 1, j) and tokens.texts[j].isalpha() and is_plural(tokens.texts[j])
        for j in range(k + 2, k + 4)
    )


def _noun_modifier_then_counted(tokens: WordIndex, k: int, limit: int) -> bool:
    """True when word ``k`` is a lower-case word qualifying the known counted noun right after it.

    "3.5 million lost manufacturing jobs": "manufacturing" qualifies "jobs"; not a stop word
    ("lost in ...") nor a word after a comma.
    """
    word = tokens.texts[k]
    if not (word.isalpha() and word.islower()) or word in STOP or k + 1 >= limit or not tokens.joined(k, k + 1):
        return False
    return counted_unit(tokens.texts[k + 1]) is not None


def _abbreviated(tokens: WordIndex, k: int) -> bool:
    """True when word ``k`` follows a capital letter of an abbreviation and its dot: "U.S. states", "U.K. firms"."""
    before = tokens[k - 1].word  # the empty word before the first (texts[-1] would be the last)
    return len(before) == 1 and before.isupper() and tokens.gap(k - 1, k).strip() == "."


def _counted_from(tokens: WordIndex, i: int) -> bool:
    """True when the phrase at word ``i`` follows a number after a space: "8 statutory ...", not "two-digit ...".

    Not when the phrase opens with a verb or an adverb ("74 thought stop and search powers").
    """
    before, first = tokens.lower(i - 1), tokens.lower(i)
    if first.endswith(_VERB_OR_ADVERB) or first in IRREGULAR_PAST or tokens.gap(i - 1, i).strip():
        return False  # "74 thought stop and search ...", "18) accessing and using ..."
    return before.isdigit() or before in CARDINAL_WORDS


def _participles_joined(tokens: WordIndex, k: int, limit: int) -> bool:
    """True when the "and" or "or" at word ``k`` joins two participles opening what a number counts.

    "171,000 trained and equipped Iraqi security forces": a number and a space, a past participle,
    the join, another past participle, and a known counted noun or a plural in lower case within
    ``_PARTICIPLE_NOUN_REACH`` words after it, all joined with no stop between; not "500 trained
    and 300 left", "2,000 trained and equipped in May".
    """
    first, second = k - 1, k + 1
    before = tokens.texts[first - 1] if first > 0 else ""
    if not (before[-1:].isdigit() or before.lower() in CARDINAL_WORDS) or tokens.gap(first - 1, first).strip():
        return False
    if not (tokens.lower(first).endswith(_PAST) and tokens.lower(second).endswith(_PAST)):
        return False
    if not (tokens.joined(first, k) and tokens.joined(k, second)):
        return False
    for j in range(second + 1, min(limit, second + 1 + _PARTICIPLE_NOUN_REACH)):
        if not tokens.joined(j - 1, j) or tokens.lower(j) in STOP or not tokens.texts[j].isalpha():
            return False
        word = tokens.texts[j]
        if counted_unit(word) is not None or (word.islower() and is_plural(word)):
            return True
    return False


def _adjectives_joined(tokens: WordIndex, k: int, limit: int) -> bool:
    """True when the "and" or "or" at word ``k`` joins two adjectives of one noun: "separate and unequal systems".

    The words either side are lower case, no plural or counted noun stands before it, and the
    word after it is no stop word or number; a plural noun follows the second adjective.
    """
    before, after = tokens[k - 1].word, tokens.texts[k + 1] if k + 1 < limit else ""
    if not (before.isalpha() and before.islower() and after.isalpha() and after.islower()):
        return False
    if is_plural(before) or counted_unit(before) is not None or after in STOP or after in CARDINAL_WORDS:
        return False
    if not tokens.joined(k, k + 1):
        return False
    return k + 2 < limit and tokens.joined(k + 1, k + 2) and is_plural(tokens.texts[k + 2])


def compound_particle(tokens: WordIndex, k: int) -> bool:
    """True when word ``k`` is a particle of ``compound_particles`` hyphened to the word after it.

    "11,693 up-armored HMMWVs", "500 up-front fees": the particle opens a compound adjective of
    the noun; it says no change ("5% up on the year" does).
    """
    return tokens.lower(k) in _COMPOUND_PARTICLES and _hyphened(tokens, k) and tokens[k + 1].word.isalpha()
