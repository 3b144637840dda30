"""A list of figures that names its unit once, after the last: "by 1 or 2 or 3 or 4 votes".

"rosters of 2,000, 3,000, over 4,000 officers", "simple scales (2, 5, 10 units per cm)", "3 or
4 engineers": the bare numbers before the last figure count what it counts, so they take its
class and unit (a count's noun, a rate's per). The rule is narrow, as a wrong noun is worse than
a number left bare:

* the figures stand in one sentence, joined only by a comma, "and" or "or" (``shared_unit_glue``)
  and spaces: no word of their own between them;
* a list of two needs the word and no comma ("3 or 4 engineers"), so "Of the 150, 40 people
  left" (a fronted total, then a clause) and "drew 4, and 30 staff left" (two clauses) are no
  lists; a list with a comma needs three figures, or a hedged second after the comma
  (``shared_unit_hedged_glue``: "one thousand, maybe two thousand degrees", "5, perhaps 6 engineers");
* a scale word written with the last is written with the others too ("10" of "10 or 20 million
  years" is no member);
* the values rise along the list, as a list of alternatives or steps is told; a falling pair
  ("In 2019, 500 people") is read as two phrases;
* the earlier figures are bare numbers with nothing else read of them (no subject, part, total
  or relation), but for a subject before the list's first number, which is the whole list's
  ("Rides reach 70, 80 or 90 miles an hour", "Sales were 34, 36 and 40 units"); when one is read
  otherwise, the list is left alone, not read in part;
* a list joined by commas alone that counts up from one ("one, two, three") is counting aloud;
* the last names its unit after the number, not before it: "2, 3, £4" is left alone;
* a number alone that a pair's rule gave the last figure's unit already ("four" of "four or six
  years") is read past, so the list's earlier numbers share it too: "two, four or six years".

A pair whose members each have a modifier of the same shape shares the count's noun too: "18
FM and five AM radio stations" (``_modified_pairs``).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    CountClaim,
    DurationClaim,
    QuantityClaim,
    RateClaim,
    ShareClaim,
)
from factcheck._extract.link.alignment import reunit
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck._extract.text.numerals import year_like
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from decimal import Decimal

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["shared_unit_lists"]

_WORD: Final = re.compile(r"[^\W\d_]+")
_SHARERS: Final = (CountClaim, DurationClaim, QuantityClaim, RateClaim, ShareClaim)
_MIN_COMMA_LIST: Final = 3
_NEXT_WORD: Final = 40  # characters read after a count for its noun
_MODIFIER_REACH: Final = 3  # words from a count's modifier to its noun: "five AM | radio stations"
_SHORTEST_MODIFIER: Final = 2
_PERSON: Final = "person"


def shared_unit_lists(drafts: list[Draft], reader: Reader) -> None:
    """Give the bare numbers of a list the class and unit of its last figure, which names them once."""
    glue_words, scales, hedged_words = _words(reader.lang)
    if not glue_words:
        return  # a language without the table links no such lists
    for n, last in enumerate(drafts):
        if not _names_unit_after(last, reader):
            continue
        scaled = _scale_of(last, reader, scales)  # "one thousand, maybe two thousand degrees"
        members: list[Draft] = []
        shared = 0  # earlier figures given the last's unit already: "four" of "two, four or six years"
        worded = False
        pair_comma = False
        later = last
        for k in range(n - 1, -1, -1):  # no copy of the drafts before: a long text has thousands
            earlier = drafts[k]
            if not same_sentence(earlier, last, reader):  # first: the gap to a figure of another sentence may be long
                break
            between = reader.text[earlier.end : later.start]
            glue = _glue(between, glue_words)
            hedged = glue is None and _hedged(between, glue_words, hedged_words)
            if hedged:
                glue = True  # "at least 12, maybe 20 solar masses": alternatives, the second hedged
            if glue is None:
                break
            if scaled != _scale_of(earlier, reader, scales):
                break  # "10 or 20 million years": the first lacks the last's scale
            if earlier.amount.value >= _lowest(later):
                break
            if _shares_already(earlier, last, reader):
                shared += 1
                worded = worded or glue
                later = earlier
                continue
            opens = _opens_list(earlier)  # "Rides reach 70, 80 or 90 miles an hour": the list's subject
            if hedged and not members and _understood_people(earlier, last):
                members.append(earlier)  # "We hired 5, perhaps 6 engineers": the 5 are engineers too
                worded = True
                break
            if not (_bare(earlier) or opens):
                if earlier.number:
                    members = []  # the first is read otherwise (a part, a total, a relation): so is the list
                break
            pair_comma = not members and not shared and "," in between and not hedged
            members.append(earlier)
            worded = worded or glue
            later = earlier
            if opens:
                break  # the subject stands before the list's first number
        if not members or (len(members) + shared + 1 < _MIN_COMMA_LIST and (not worded or pair_comma)):
            continue  # a pair needs the word alone: "drew 4, and 30 staff left" joins two clauses
        if not worded and _counting_aloud([*reversed(members), last]):
            continue  # "There are one, two, three [counts]."
        if time_unit(reader.tokens.lower(members[-1].first - 1) or ""):
            continue  # "in year 1, and up to 4 times": the first names a year, it counts nothing
        for member in members:
            member.amount = reunit(member.amount, last.amount)
            member.cls, member.counted, member.per = last.cls, last.counted, last.per
    _modified_pairs(drafts, reader, glue_words)


def _modified_pairs(drafts: list[Draft], reader: Reader, glue_words: frozenset[str]) -> None:
    """Give a bare number the next count's noun when each has a modifier: "18 FM and five AM radio stations".

    The bare whole number (no year), one word, a word of ``shared_unit_glue`` and the count's
    number, then a word of the same shape as the first (both upper case or both capitalised: "two
    Democratic and three Republican senators") that is not the count's noun, which follows it.
    The first word is no plural, stop, unit or time, and a space, not a hyphen, follows each
    number ("two-digit and three-digit numbers" are kinds).
    """
    tokens = reader.tokens
    for earlier, later in itertools.pairwise(d for d in drafts if not d.consumed):
        if later.cls is not CountClaim or later.counted is None or earlier.last + 1 >= len(tokens):
            continue
        glue, first = earlier.last + 2, tokens.first_at_or_after(later.start)
        if first != glue + 1 or tokens.lower(glue) not in glue_words:
            continue  # first the cheap test: most pairs have no one-word modifier and glue between
        own = tokens[earlier.last + 1].word
        if not _bare_but_modifier(earlier) or {earlier.subject, earlier.unit_word} - {None, own}:
            continue  # read of nothing but its modifier: "18 FM" ("FM" its subject, or its unit word)
        if earlier.amount.value != earlier.amount.value.to_integral_value() or year_like(tokens[earlier.last].word):
            continue
        if not same_sentence(earlier, later, reader):
            continue
        if not all(tokens.joined(k, k + 1) for k in (earlier.last, earlier.last + 1, glue, later.last)):
            continue
        other = tokens[later.last + 1].word
        if tokens.gap(earlier.last, earlier.last + 1).strip() or tokens.gap(later.last, later.last + 1).strip():
            continue  # "2-D and 3-D shapes", "two-digit and three-digit numbers": a kind, not a modifier
        if _shape(own) is None or _shape(own) != _shape(other) or singular(other) == later.counted:
            continue
        if (
            own.lower() in STOP
            or time_unit(own.lower())
            or unit_at(own) is not None
            or (own.islower() and is_plural(own))
        ):
            continue
        noun = range(later.last + 2, min(later.last + 2 + _MODIFIER_REACH, len(tokens)))
        if not any(singular(tokens.lower(k)) == later.counted for k in noun):
            continue
        earlier.amount = reunit(earlier.amount, later.amount)
        earlier.cls, earlier.counted, earlier.unit_word = later.cls, later.counted, None


def _shape(word: str) -> str | None:
    """How a modifier is written: "upper" ("FM"), "title" ("Democratic"); none for other words.

    A word in lower case may be no modifier at all ("scored 12 today and 3 new players joined").
    """
    if not word.isalpha() or len(word) < _SHORTEST_MODIFIER:
        return None
    if word.isupper():
        return "upper"
    return "title" if word.istitle() else None


@functools.cache
def _words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's ``shared_unit_glue`` words ("and", "or"; none without the table), scale words and hedges.

    The hedges are ``shared_unit_hedged_glue`` ("maybe", "perhaps"), none without that table.
    """
    lex = lexicon(lang)
    if "shared_unit_glue" not in lex:
        return frozenset(), frozenset(), frozenset()
    hedged = lex.words("shared_unit_hedged_glue", optional=True)
    return lex.words("shared_unit_glue"), frozenset(lex.mapping("scale_words")), hedged


def _names_unit_after(last: Draft, reader: Reader) -> bool:
    """True for a figure the list's numbers may share: it names its unit right after its number.

    Not consumed; written in digits or number words (not "a third" of "3 and a third"); opening
    with a word or the number, not a symbol ("£4"); and a count's noun the next word ("4
    votes"), not behind a modifier ("2, 5 and 10 multiplication tables", "4 bedroom homes").
    A scale word it has the list's numbers must have too (``_scale_of``).
    """
    if last.cls not in _SHARERS or last.consumed or units.is_bare(last.amount.unit):
        return False
    if last.amount.exponent is None and last.amount.hedge is not Hedge.RANGE:
        return False
    span = reader.text[last.start : last.end]
    if not span or not span[0].isalnum():
        return False
    if last.counted is None:
        return True
    words = [word.lower() for word in _WORD.findall(span)]
    after = _WORD.findall(reader.text[last.end : last.end + _NEXT_WORD])
    return any(word.startswith(last.counted) for word in [*words, *(w.lower() for w in after[:1])])


def _scale_of(draft: Draft, reader: Reader, scales: frozenset[str]) -> str | None:
    """The scale word written in a figure ("thousand" of "two thousand degrees"), else ``None``.

    A list's numbers share its last figure's unit only with the same scale written: not "10" of
    "10 or 20 million years" (10 million), but "one thousand" of "one thousand, maybe two thousand degrees".
    """
    words = [word.lower() for word in _WORD.findall(reader.text[draft.start : draft.end])]
    return next((word for word in words if word in scales), None)


def _understood_people(earlier: Draft, last: Draft) -> bool:
    """True when ``earlier`` counts people with no noun written ("hired 5") and ``last`` counts people it names."""
    return (
        earlier.cls is CountClaim
        and last.cls is CountClaim
        and earlier.counted == _PERSON
        and last.counted not in {None, _PERSON}
        and earlier.amount.unit == last.amount.unit
    )


def _hedged(between: str, glue_words: frozenset[str], hedged_words: frozenset[str]) -> bool:
    """True for a comma, then a word of ``shared_unit_hedged_glue`` after glue words or none: ", or perhaps"."""
    words = [word.lower() for word in _WORD.findall(between)]
    rest = _WORD.sub(" ", between).replace(",", " ")
    if rest.strip() or between.count(",") != 1 or not between.lstrip().startswith(","):
        return False
    return bool(words) and words[-1] in hedged_words and all(word in glue_words for word in words[:-1])


def _lowest(draft: Draft) -> Decimal:
    """The lowest value of a figure: the low end of "3 or 4 days"."""
    amount = draft.amount
    return amount.low if amount.hedge is Hedge.RANGE and amount.low is not None else amount.value


def _counting_aloud(listed: list[Draft]) -> bool:
    """True for a list that counts up from one by one, as a speaker counts: "one, two, three"."""
    return all(draft.amount.value == n for n, draft in enumerate(listed, 1))


def _shares_already(draft: Draft, last: Draft, reader: Reader) -> bool:
    """True for a number alone that a pair's rule gave the last figure's class and unit: "four or six years".

    So a list's earlier bare numbers are read past it to the last: "two, four or six years".
    """
    return (
        not draft.number
        and draft.cls is last.cls
        and draft.amount.unit == last.amount.unit
        and (draft.counted, draft.per) == (last.counted, last.per)
        and draft.end == reader.tokens[draft.last].end
        and _read_of_nothing(draft)
    )


def _bare(draft: Draft) -> bool:
    """True for a bare number nothing else is read of."""
    return draft.number and _read_of_nothing(draft)


def _bare_but_modifier(draft: Draft) -> bool:
    """True for a bare number nothing else is read of but, maybe, a subject or unit word (its modifier: "18 FM")."""
    return draft.number and _read_of_nothing(draft, subject=True, unit_word=True)


def _opens_list(draft: Draft) -> bool:
    """True for a bare number nothing else is read of but a subject before it: "Rides reach 70" of "70, 80 or 90 mph".

    The subject is the whole list's, so the number opens the list and shares its last figure's unit.
    """
    return (
        draft.number
        and draft.subject is not None
        and draft.subject != draft.subject_after
        and _read_of_nothing(draft, subject=True)
    )


def _read_of_nothing(draft: Draft, *, subject: bool = False, unit_word: bool = False) -> bool:
    """True for a figure with nothing read of it but its own value and unit.

    With ``subject``, its subject may be read too; with ``unit_word``, its unit word.
    """
    return (
        (unit_word or draft.unit_word is None)
        and not draft.consumed
        and (subject or draft.subject is None)
        and draft.whole is None
        and draft.over is None
        and draft.part is None
        and draft.total is None
        and not draft.parts
        and draft.before is None
        and draft.after is None
    )


def _glue(between: str, glue_words: frozenset[str]) -> bool | None:
    """``True`` for a gap holding a list word, ``False`` for a comma alone, ``None`` for no list's gap."""
    words = _WORD.findall(between)
    rest = _WORD.sub(" ", between).replace(",", " ")
    if rest.strip() or between.count(",") > 1:
        return None
    if not words:
        return False if "," in between else None
    if len(words) == 1 and words[0].lower() in glue_words:
        return True
    return None
