"""Lists of parts that the text makes all of their total: parts falling short of it are wrong too.

A total and its parts are checked both ways (``parts_complete=True``) only when the words make
the list exhaustive. A list that may hold only some parts ("including", "of which", "among
them", "such as": :mod:`.partial_parts`) or a funnel ("1,000 were arrested, 200 charged and 50
jailed": each figure a subset of the one before) is not read here. The forms read here, each
giving the total its parts, marked complete and ``explicit``:

* a total announced with its list (:func:`announced_lists`): a colon after the total's noun
  ("The scheme has 4 sections: 3 for staff ... and one for ..."), or a comma after it when the
  total is stated as one ("In total there are 6 sets of rules, 2 covering ... and 4 ...", "6 sets
  of rules in total, ..."). A list after a colon is all of its total; after a comma it may name
  only some of its parts, so the total is marked ``Inferred.EXHAUSTIVE`` and parts falling short
  of it are a WARNING (parts exceeding it stay an ERROR). Each item opens with its figure, right
  after the colon, a comma, "and" or "or"; a figure inside an item ("with a pension age of 60")
  is no part; words in brackets are read past; the list is closed by "and" or "or";
* parts that name the total's counted noun again, each with modifiers of its own
  (:func:`parts_naming_the_total`): "16 drugs have been approved and will see 8 prescription and
  8 illicit drugs added". The first part stands after a verb of the total's clause, not opening
  a clause of its own ("16 drugs were tested, and 8 ... failed" is a subset);
* an appositive list of bare noun phrases after the total's clause: "187 members and staff
  have visited the site, 11 Senators, 77 Representatives, 99 staff members," (read in
  :mod:`.appositive_lists`, called from :func:`exhaustive_lists`).

The tests these rules share are in :mod:`.list_items`. Totals after their parts with a sum word
("..., giving us 62", "..., for a total of $154bn") are read in :mod:`.summed_parts`, a total
before a colon and named groups in apposition in :mod:`.listed_parts`. Words are in
``factcheck/lexicons/en/lists.json``. Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import Inferred
from factcheck._extract.link.appositive_lists import appositive_lists
from factcheck._extract.link.list_items import (
    MAX_PARTS,
    MAX_TO_FIRST,
    PHRASE_REACH,
    alternatives,
    bracketless,
    clauses_of_their_own,
    link,
    may_part,
    may_total,
    separator,
    some_lead_in,
    words_of,
)
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "announced_lists",
    "exhaustive_lists",
    "parts_naming_the_total",
]

_EN: Final = lexicon("en")
_TOTAL_PHRASES: Final = _EN.phrase_set("list_total_phrases")  # "in total", "a total of"
_SEPARATORS: Final = _EN.words("list_separators")  # "and", "or"
_AND: Final = _EN.words("list_conjunctions")  # "and": closes a list of parts; "or" gives alternatives
_NEXT_ITEM: Final = _AND | {","}
"""What may stand between two parts of a list: a comma, or "and" before the last."""
_BREAKS: Final = _EN.words("clause_breaks")
_SAME_SUBJECT: Final = _EN.words("auxiliaries") | _EN.words("modals")  # "... approved and will see 8 ..."
_NOT_BEFORE_PART: Final = _EN.words("not_a_part_before") | _BREAKS | _SEPARATORS
_STOCK_CHANGES: Final = _EN.words("stock_change_verbs")  # "has 40 buses and will buy 12 electric and 8 hybrid"
_OF: Final = _EN.words("of_words")
_PREPOSITIONS: Final = _EN.words("complement_prepositions") | _OF
_MAX_NOUN: Final = 3
"""Words of the total's noun before the colon or comma that opens its list: "6 sets of regulations:"."""
_MAX_ITEM: Final = 24
"""Words of one item of an announced list, brackets left out: "3 providing benefits on a ... basis with ... of 60"."""
_MAX_MODIFIERS: Final = 4
"""Words of a part's own modifiers: "8 generally prescription and"."""


def exhaustive_lists(drafts: list[Draft], reader: Reader) -> None:
    """Read the lists of parts that name the total again or stand in apposition (after :func:`announced_lists`)."""
    parts_naming_the_total(drafts, reader)
    appositive_lists(drafts, reader)


def _in_brackets(text: str) -> bool:
    """True when ``text``, from a total to a figure, leaves a bracket open: the figure stands in it."""
    return text.count("(") > text.count(")")


def _announced(total: Draft, first: Draft, reader: Reader) -> bool:
    """True when the words from ``total`` to ``first`` announce its list: "4 sections:", "In total there are 6 sets,".

    After the total: its noun (up to three words, the last a plural noun or "in total"), then a
    colon, or a comma when the total is stated as one ("in total" after it or before it in its
    clause: "In total there are", "a total of").
    """
    tokens = reader.tokens
    between = reader.text[total.end : first.start]
    mark = separator(between)
    if mark not in {":", ","} or any(c in between for c in ";()") or between.count(mark) != 1:
        return False
    noun = words_of(between)
    stated = False
    for phrase in _TOTAL_PHRASES:
        if tuple(noun[-len(phrase) :]) == phrase:
            noun, stated = noun[: -len(phrase)], True
            break
    if mark == ":" and not noun:
        return True  # "£20m: £9m on roads, ..."
    if not noun or len(noun) > _MAX_NOUN or not is_plural(noun[-1]) or not _BREAKS.isdisjoint(noun):
        return False
    if mark == ":":
        return True
    clause_first, _ = reader.clause_words(total.start)
    at = tokens.first_at_or_after(total.start)
    before = tokens.words(max(clause_first, at - PHRASE_REACH), at)
    return stated or any(before[k : k + len(p)] == p for p in _TOTAL_PHRASES for k in range(len(before)))


def announced_lists(drafts: list[Draft], reader: Reader) -> None:
    """Link "The scheme has 4 sections: 3 for ... and one for ..." and "In total there are 6 sets, 2 ... and 4 ..."."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if not may_total(total):
            continue
        first = drafts[n + 1]
        if not same_sentence(total, first, reader) or not may_part(first, total, reader, strict=True):
            continue
        if not _announced(total, first, reader):
            continue
        parts, closed = [first], False
        for k in range(n + 2, min(len(drafts), n + 2 + MAX_PARTS)):
            draft = drafts[k]
            between = reader.text[parts[-1].end : draft.start]
            if not same_sentence(total, draft, reader) or ":" in between:
                break
            if _in_brackets(reader.text[total.end : draft.start]):
                continue  # "(both built before 1950, one rebuilt in 2004)": inside an item
            if len(words_of(bracketless(between))) > _MAX_ITEM:
                break
            mark = separator(reader.text[drafts[k - 1].end : draft.start])
            if (
                mark is None
                or tokens.lower(tokens.first_at_or_after(draft.start) - 1) in _NOT_BEFORE_PART - _SEPARATORS
            ):
                continue  # "with a pension age of 60": a figure inside an item
            if not may_part(draft, total, reader, strict=True) or (
                draft.period is not None and first.period is not None and draft.period != first.period
            ):
                break
            parts.append(draft)
            if mark in _SEPARATORS:
                closed = True
                break
        if closed and not clauses_of_their_own(parts, reader) and not alternatives(total, parts):
            link(total, parts, reader)
            if separator(reader.text[total.end : first.start]) != ":":
                total.inferred.add(Inferred.EXHAUSTIVE)  # "In total there were 50, 20 ... and 10 ...": maybe some only


def parts_naming_the_total(drafts: list[Draft], reader: Reader) -> None:
    """Link "16 drugs have been approved and will see 8 prescription and 8 illicit drugs added"."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if not may_total(total) or total.counted is None or not units.is_counted(total.amount.unit):
            continue
        first = drafts[n + 1]
        first_word = tokens.first_at_or_after(first.start)
        gap = tokens.words(total.last + 1, first_word)
        if not same_sentence(total, first, reader) or len(gap) > MAX_TO_FIRST or not may_part(first, total, reader):
            continue
        if tokens.lower(first_word - 1) in _NOT_BEFORE_PART or any(
            c in tokens.gap(first_word - 1, first_word) for c in ",;:("
        ):
            continue  # "..., and 8 prescription ...": a clause of its own, maybe a subset
        if some_lead_in(gap) or not _STOCK_CHANGES.isdisjoint(gap):
            continue  # "has 40 buses and will buy 12 electric and 8 hybrid buses": new ones
        if tokens.lower(first_word - 1) in _PREPOSITIONS or any(
            c in reader.text[total.end : first.start] for c in ",;:()"
        ):
            continue  # "400 beds, with 20 intensive and 30 maternity beds": maybe only some
        if any(w in _BREAKS and tokens.lower(total.last + 2 + k) not in _SAME_SUBJECT for k, w in enumerate(gap)):
            continue  # "... and police found 8 ...": another subject; "... and will see 8 ...": the same
        parts = [first]
        for draft in drafts[n + 2 : n + 2 + MAX_PARTS]:
            between = tokens.words(parts[-1].last + 1, tokens.first_at_or_after(draft.start))
            mark = separator(reader.text[parts[-1].end : draft.start])
            own = [w for w in between if w not in _SEPARATORS]
            if mark not in _NEXT_ITEM or not 1 <= len(own) <= _MAX_MODIFIERS or not may_part(draft, total, reader):
                break
            parts.append(draft)
            if mark in _AND:
                break
        if len(parts) < 2 or separator(reader.text[parts[-2].end : parts[-1].start]) not in _AND:  # noqa: PLR2004
            continue
        last = parts[-1]
        noun = next(
            (
                k
                for k in range(last.last + 1, last.last + 2 + _MAX_MODIFIERS)
                if singular(tokens.lower(k)) == total.counted
            ),
            None,
        )
        if noun is None or noun == last.last + 1 or last.counted not in (None, total.counted):
            continue  # each part has a modifier of its own: "8 illicit drugs", not "8 drugs"
        if any(p.amount.unit not in (units.dimensionless(), total.amount.unit) for p in parts[:-1]):
            continue
        modifiers = [
            tuple(w for w in tokens.words(a.last + 1, tokens.first_at_or_after(b.start)) if w not in _SEPARATORS)
            for a, b in itertools.pairwise(parts)
        ]
        modifiers.append(tokens.words(last.last + 1, noun))
        if len(set(modifiers)) != len(modifiers):
            continue  # "8 new and 8 new drugs": the same modifiers distinguish nothing
        link(total, parts, reader)
