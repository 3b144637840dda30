"""Places of figures: "in Albania" near the figure in its clause, else an opening "In Wales," of the sentence.

The reader's ``places`` gives every draft the capitalised name after a word of ``place_leads``
("in", "across", "throughout"), names joined by "and" kept whole ("England and Wales").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.english.words import EN, THE
from factcheck._extract.scan.english_words import months, not_places

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft


_PLACE_REACH: Final = 8
_PLACE_LEADS: Final = EN.words("place_leads")
_PLACE_CONJUNCTIONS: Final = EN.words("place_conjunctions")  # "England and Wales"


def place(draft: Draft, reader: Reader) -> str | None:
    tokens = reader.tokens
    clause_first, clause_end = reader.clause_words(draft.start)
    low, high = max(clause_first, draft.first - _PLACE_REACH), min(clause_end, draft.last + _PLACE_REACH)
    if _PLACE_LEADS.isdisjoint(tokens.lowers[max(low, 0) : high]):
        return None  # no "in", "across" ... near the figure: the common case, answered at once
    for k in range(low, high):
        if tokens.lower(k) not in _PLACE_LEADS or k + 1 >= clause_end:
            continue
        j = k + 1 + (tokens.lower(k + 1) in THE)
        if j >= clause_end or not tokens[j].word[:1].isupper() or tokens.lower(j) in not_places():
            continue
        last = j
        while last + 1 < clause_end and tokens.joined(last, last + 1):
            if tokens[last + 1].word[:1].isupper():
                last += 1
            elif (
                tokens.lower(last + 1) in _PLACE_CONJUNCTIONS and tokens[last + 2].word[:1].isupper()
                if last + 2 < clause_end
                else False
            ):
                last += 2  # "England and Wales"
            else:
                break
        if tokens[j].word.isdigit():
            continue
        return reader.phrase(k + 1, last)
    return None


def opening_place(drafts: list[Draft], reader: Reader) -> None:
    """Give the figures of a sentence the place its opening phrase names: "In Wales, 3,000 homes were built"."""
    tokens = reader.tokens
    for draft in drafts:
        if draft.place is not None:
            continue
        first = tokens.first_at_or_after(reader.layout.sentence(draft.start)[0])
        if tokens.lower(first) not in _PLACE_LEADS or first + 1 >= draft.first:
            continue
        last = first + 1 + (tokens.lower(first + 1) in THE)
        if not tokens[last].word[:1].isupper() or tokens.lower(last) in months():
            continue
        while last + 1 < draft.first and tokens.joined(last, last + 1) and tokens[last + 1].word[:1].isupper():
            last += 1
        if "," in tokens.gap(last, last + 1) and last + 1 <= draft.first:
            draft.place = reader.phrase(first + 1, last)
