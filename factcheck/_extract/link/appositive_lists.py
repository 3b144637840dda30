"""A list of bare noun phrases in apposition after a total's clause: all of the total's parts.

"187 members and staff have visited the site, 11 Senators, 77 Representatives, 99 staff
members," (:func:`appositive_lists`): a number and one to three words ending in a plural noun,
no verb, each item; the list ends its clause, closed by "and" or of three items or more; an
item repeats a word of the total's noun phrase. The total gets its parts, marked complete and
``explicit``. Called by :func:`.exhaustive.exhaustive_lists`, with the tests the list rules share
(:mod:`.list_items`). Words are in ``factcheck/lexicons/en/lists.json``. The rule looks a bounded
number of words ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.link.list_items import (
    MAX_PARTS,
    MAX_TO_FIRST,
    PHRASE_REACH,
    link,
    may_part,
    may_total,
    separator,
    some_lead_in,
)
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["appositive_lists"]

_EN: Final = lexicon("en")
_SEPARATORS: Final = _EN.words("list_separators")  # "and", "or"
_AND: Final = _EN.words("list_conjunctions")  # "and": closes a list of parts; "or" gives alternatives
_NEXT_ITEM: Final = _AND | {","}
"""What may stand between two parts of a list: a comma, or "and" before the last."""
_PHRASE_STOPS: Final = (
    _EN.words("noun_phrase_stops")
    | _EN.words("determiners")
    | _EN.words("auxiliaries")
    | _EN.words("modals")
    | _EN.words("complement_prepositions")
    | _EN.words("irregular_past")
    | _EN.words("participles")
    | _EN.words("of_words")
    | _EN.words("negations")
    | _SEPARATORS
)
"""Words that make the words after a listed number more than a bare noun phrase: "200 of them", "200 were charged"."""
_PAST: Final = tuple(_EN.strings("past_endings"))
_SHORTEST_PAST: Final = 3
"""Letters a word must have beyond "-ed" to be read as a past form ("visited", not "red")."""
_VERBS: Final = _EN.words("auxiliaries") | _EN.words("modals") | _EN.words("irregular_past") | _EN.words("participles")
_MAX_BARE_PHRASE: Final = 3
_LIST_ITEM_REACH: Final = 8
"""Words from a figure to the next item of its list after a comma: "two Crosses, the Medal of Honor, three"."""
_LEAST_BARE_ITEMS: Final = 3
"""Appositive items needed when the last is not joined by "and": "11 Senators, 77 Representatives, 99 staff"."""


def _bare_phrase(part: Draft, reader: Reader) -> tuple[tuple[str, ...], str] | None:
    """The words of "11 Senators," or "99 staff members and" after a listed number, and what follows them.

    One to three words, each a word of letters that is no verb, preposition or determiner, the last
    a plural noun; then a comma, a full stop, a semicolon, a closing bracket, the end, or a list
    separator ("and", "or"; given as its word).
    """
    tokens = reader.tokens
    k = part.last + 1
    if k >= len(tokens) or not tokens.gap(k - 1, k).isspace():
        return None
    words: list[str] = []
    while k < len(tokens) and len(words) <= _MAX_BARE_PHRASE:
        word = tokens.lower(k)
        if word in _SEPARATORS or not tokens[k].word.isalpha():
            break
        words.append(word)
        k += 1
        if k >= len(tokens) or not tokens.gap(k - 1, k).isspace():
            break
    if not words or len(words) > _MAX_BARE_PHRASE or not is_plural(words[-1]):
        return None
    if any(w in _PHRASE_STOPS or w.endswith(_PAST) for w in words):
        return None
    if k < len(tokens) and tokens.lower(k) in _SEPARATORS and tokens.gap(k - 1, k).isspace():
        return tuple(words), tokens.lower(k)
    follows = reader.text[tokens[k - 1].end :].lstrip()[:1]
    return (tuple(words), follows) if follows in {",", ".", ";", ")", ""} else None


def _verb_like(word: str) -> bool:
    """True for an auxiliary, a modal or a past form: "have", "will", "visited", "left"."""
    return word in _VERBS or (word.endswith(_PAST) and len(word) > _SHORTEST_PAST)


def _listed(total: Draft, previous: Draft | None, reader: Reader) -> bool:
    """True when ``total`` is itself an item of a list, so it is no total of an appositive list after it.

    After "and", "or" or a lead ("including 70"), or after a comma with a figure a few words
    before it in its sentence ("two Crosses, the Medal, three Medals"); a comma after an opening
    phrase with no figure ("Mr Chairman, 187 members ...") leaves it a total.
    """
    tokens = reader.tokens
    at = tokens.first_at_or_after(total.start)
    lead = tokens.words(at - 2, at)
    if tokens.lower(at - 1) in _SEPARATORS or some_lead_in(lead) or some_lead_in(lead[-1:]):
        return True
    before = reader.text[tokens[at - 1].end : total.start] if at > 0 else ""
    return (
        "," in before
        and previous is not None
        and same_sentence(previous, total, reader)
        and at - previous.last <= _LIST_ITEM_REACH
    )


def _own_phrase(total: Draft, reader: Reader) -> tuple[str, ...]:
    """The words after ``total`` up to the first mark or the sixth word: what it counts ("Members of Congress")."""
    tokens = reader.tokens
    k = total.last + 1
    while k < min(len(tokens), total.last + 1 + PHRASE_REACH):
        k += 1
        if k < len(tokens) and any(c in tokens.gap(k - 1, k) for c in ",;:()."):
            break
    return tokens.words(total.last + 1, k)


def appositive_lists(drafts: list[Draft], reader: Reader) -> None:
    """Link "187 members and staff have visited the site, 11 Senators, 77 Representatives, 99 staff members,"."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if not may_total(total) or not units.is_count(total.amount.unit):
            continue
        first = drafts[n + 1]
        first_word = tokens.first_at_or_after(first.start)
        if first_word - total.last - 1 > MAX_TO_FIRST:
            continue  # the common case, told before the words are read: too far for the total's own clause
        between = reader.text[total.end : first.start]
        gap = tokens.words(total.last + 1, first_word)
        if not same_sentence(total, first, reader) or separator(between) != "," or len(gap) > MAX_TO_FIRST:
            continue
        if any(c in between for c in ";:()") or some_lead_in(gap) or not any(_verb_like(w) for w in gap):
            continue  # the total's clause has a verb: "187 members ... have visited the site, 11 ..."
        if _listed(total, drafts[n - 1] if n else None, reader):
            continue  # "143 buildings including 70 schools, 40 houses, ...": 70 is an item itself
        parts: list[Draft] = []
        phrase: tuple[str, ...] = ()
        follows = ","
        for draft in drafts[n + 1 : n + 1 + MAX_PARTS]:
            if parts:
                expected = (*phrase, follows) if follows in _AND else phrase
                if follows not in _NEXT_ITEM or tokens.words(parts[-1].last + 1, draft.first) != expected:
                    break
            found = _bare_phrase(draft, reader)
            if found is None or not same_sentence(total, draft, reader) or not may_part(draft, total, reader):
                break
            parts.append(draft)
            if len(parts) > 1 and follows in _AND:
                follows = found[1]
                break  # "... and 7 Democrats": the last item
            phrase, follows = found
        joined = len(parts) > 1 and separator(reader.text[parts[-2].end : parts[-1].start]) in _AND
        if follows not in {",", ".", ";", ")", ""}:
            continue  # the list must end its clause
        if len(parts) < 2 or (not joined and len(parts) < _LEAST_BARE_ITEMS):  # noqa: PLR2004
            continue
        named = {singular(w) for w in _own_phrase(total, reader)} - {singular(w) for w in _PHRASE_STOPS}
        items = {singular(w) for p in parts for w in tokens.words(p.last + 1, p.last + 1 + _MAX_BARE_PHRASE)}
        if named.isdisjoint(items):
            continue  # "1,000 were arrested, 200 women, 300 children": nothing says these make up the 1,000
        link(total, parts, reader)
