"""A part and its whole count the same noun.

"25 of the 202 released" (a part takes the noun of its whole), "2,000 families, out of 13,000",
"nearly half of 275" (a whole takes the noun of its part) and "the five firearms he used — two
semi-automatic, two shotguns" (a member with only an adjective takes the noun of the whole its
list divides). Apart from the other noun rules: these read "of", "out of" and lists.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import CountClaim, ShareClaim
from factcheck._extract.link.ellipsis.bare_counts import (
    NOT_PARALLEL,
    NOUN_REACH,
    PARALLEL_REACH,
    PLURAL,
    bare_whole,
    closed_after,
    count_as,
    count_noun,
)
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.text.counted_nouns import singular
from factcheck._extract.text.tokens import HYPHENS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["adjective_members", "parts_of_counts", "wholes_of_parts"]

_EN: Final = lexicon("en")
_JOINERS: Final = _EN.words("member_joiners")  # "and", "while"
_PAST_ENDINGS: Final = _EN.strings("past_endings")  # "-ed"
_ADVERB_ENDINGS: Final = _EN.strings("adverb_endings")
_NO_NOUN_ENDINGS: Final = (*_PAST_ENDINGS, *_ADVERB_ENDINGS)
"""Endings of a lower-case word after a number that make it no noun: "13,000 served", "56 already returned"."""
_OF_WORDS: Final = _EN.words("of_words")
_OUT_WORDS: Final = _EN.words("partitive_out_words")  # "2,000 families, out of 13,000"
_PART_REACH: Final = 3
"""Words from a part to its whole: "of | the | top"."""
_PART_FILLERS: Final = _EN.words("partitive_fillers")  # "25 of the 202 released"
_LIST_OPENERS: Final = frozenset("\u2014\u2013:")
"""Marks after a counted whole that open the list of its members: "the five firearms he used \u2014 two ..."."""
_MEMBER_MARKS: Final = frozenset(",.;")


def adjective_members(alive: list[Draft], reader: Reader) -> None:
    """Give a bare number with only an adjective after it the noun of the whole its list divides.

    "the five firearms he used \u2014 two semi-automatic, two shotguns, and one lever-action": a
    count of two or more of a counted noun, then at most ``PARALLEL_REACH`` words and a dash or
    colon that opens a list of counts in its sentence, joined by commas or words of
    ``member_joiners``, that add up to no more than the whole. A member that is a whole number
    with one word after it (hyphens may join its parts) that is no plural, then a comma, stop or a
    word of ``member_joiners``, counts what the whole counts: "two semi-automatic", "12 primary".
    """
    tokens = reader.tokens
    for n, whole in enumerate(alive):
        if whole.counted is None or whole.cls is not CountClaim or not units.is_counted(whole.amount.unit):
            continue
        if whole.amount.value < PLURAL or n + 1 >= len(alive) or not same_sentence(whole, alive[n + 1], reader):
            continue
        opening = reader.text[whole.end : alive[n + 1].start]
        words = tokens.words(whole.last + 1, tokens.first_at_or_after(alive[n + 1].start))
        if len(words) > PARALLEL_REACH or not _LIST_OPENERS & set(opening.rstrip()[-1:]):
            continue
        members = _list_after(alive[n + 1 :], whole, reader)
        if not members or sum(m.amount.value for m in members) > whole.amount.value:
            continue
        for member in members:
            if _adjective_after(member, reader):
                count_as(member, whole.amount.unit, whole.counted)


def _list_after(rest: list[Draft], whole: Draft, reader: Reader) -> list[Draft]:
    """The counts of a list opening at ``rest[0]``: whole numbers in the sentence, joined by commas or joiners."""
    tokens = reader.tokens
    members: list[Draft] = []
    for draft in rest:
        amount = draft.amount
        if not same_sentence(whole, draft, reader) or draft.cls is not CountClaim or draft.age:
            break
        if not (units.is_bare(amount.unit) or units.is_counted(amount.unit)) or amount.value < 1:
            return []
        if amount.value != amount.value.to_integral_value():
            return []
        if members:
            between = tokens.words(members[-1].last + 1, tokens.first_at_or_after(draft.start))
            glue = reader.text[members[-1].end : draft.start]
            if len(between) > NOUN_REACH or ("," not in glue and _JOINERS.isdisjoint(between)):
                return []
        members.append(draft)
    return members if len(members) >= PLURAL else []


def _adjective_after(member: Draft, reader: Reader) -> bool:
    """True when one word that is no plural follows a bare whole number, then a comma, stop or joiner.

    Its parts may be joined by hyphens ("semi-automatic"); "two shotguns" has a noun of its own.
    """
    tokens = reader.tokens
    if member.counted is not None or not units.is_bare(member.amount.unit):
        return False
    k = tokens.first_at_or_after(member.end)
    if k >= len(tokens) or not tokens.joined(k - 1, k) or not tokens[k].word.isalpha() or not tokens[k].word.islower():
        return False
    while tokens.joined(k, k + 1) and HYPHENS & set(tokens.gap(k, k + 1)):
        k += 1
    if singular(tokens.lower(k)) != tokens.lower(k):
        return False
    if k + 1 >= len(tokens):
        return True
    return bool(_MEMBER_MARKS & set(tokens.gap(k, k + 1))) or (
        tokens.joined(k, k + 1) and tokens.lower(k + 1) in _JOINERS
    )


def parts_of_counts(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number the noun of the count right after "of" it is part of: "25 of the 202 released".

    The reading stage gives a part the noun of its whole where that noun follows the whole
    ("39 of the 40 delegates"); a whole that a link counted (``people_subjects``: "the 202
    released") lends its noun here. Between them stand "of" and at most two of
    ``partitive_fillers`` ("the", "its"); the part is no larger than the whole.
    """
    tokens = reader.tokens
    for draft, whole in itertools.pairwise(alive):
        if not bare_whole(draft) or whole.counted is None or not units.is_counted(whole.amount.unit):
            continue
        k, first = tokens.first_at_or_after(draft.end), tokens.first_at_or_after(whole.start)
        between = tokens.words(k, first)
        if not between or between[0] not in _OF_WORDS or not set(between[1:]) <= _PART_FILLERS:
            continue
        if len(between) > _PART_REACH or not tokens.joined_run(k - 1, first):
            continue
        if draft.amount.value <= whole.amount.value:
            count_as(draft, whole.amount.unit, whole.counted)


def wholes_of_parts(alive: list[Draft], reader: Reader) -> None:
    """Give a bare whole number after "out of" the noun of the count before it: "2,000 families, out of 13,000".

    "Twelve of the people ... out of the 56 already returned", "126 Members ..., that is nearly
    half of 275": "of" and at most two of ``partitive_fillers`` right before the number, with a
    word of ``partitive_out_words`` before "of" or a share ending right there ("half of 275");
    the count before it (a share between passed over) in its sentence, its noun at most
    ``PARALLEL_REACH`` words back with no semicolon, colon or bracket between, counts a noun
    and is no larger than the number; no noun follows the number (a mark, the text's end, a stop
    word or a lower-case word in "-ed" or "-ly": "13,000 served", "56 already returned").
    """
    tokens = reader.tokens
    for n, draft in enumerate(alive):
        if not bare_whole(draft) or n == 0:
            continue
        first, nxt = tokens.first_at_or_after(draft.start), tokens.first_at_or_after(draft.end)
        of = first - 1
        while of > first - _PART_REACH and tokens.lower(of) in _PART_FILLERS:  # "out of | the | 56"
            of -= 1
        if of < 1 or tokens.lower(of) not in _OF_WORDS or not tokens.joined_run(of, first):
            continue
        part = alive[n - 1]
        share = part.cls is ShareClaim and part.last == of - 1 and tokens.joined(of - 1, of)
        if share:
            part = alive[n - 2] if n > 1 else part  # "126 Members ..., that is nearly half of 275"
        elif tokens.lower(of - 1) not in _OUT_WORDS or not tokens.joined(of - 1, of):
            continue
        if part.cls is not CountClaim or part.counted is None or not units.is_counted(part.amount.unit):
            continue
        if not same_sentence(part, draft, reader) or part.amount.value > draft.amount.value:
            continue
        noun = count_noun(part, reader) or part.last
        if first - noun > PARALLEL_REACH or not NOT_PARALLEL.isdisjoint(reader.text[part.end : draft.start]):
            continue
        if closed_after(reader, draft.end, nxt) or _no_noun_at(nxt, reader):
            count_as(draft, part.amount.unit, part.counted)


def _no_noun_at(k: int, reader: Reader) -> bool:
    """True when word ``k`` is a stop word or a lower-case word in "-ed" or "-ly", so no noun: "served", "already"."""
    tokens = reader.tokens
    word = tokens[k].word if k < len(tokens) else ""
    if not word.isalpha() or not word.islower():
        return False
    return word in STOP or word.endswith(_NO_NOUN_ENDINGS)
