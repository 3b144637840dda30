"""Members of one list that share a subject take their own qualifiers into it.

"75.4% for recycling and 82.0% for recovery", "87% among men and 79% among women": each
member's qualifier is added to its subject (``list_members``), so they are not the same quantity.
Apart from the rules that lend a subject: this one tells shared subjects apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.link.placement import same_sentence
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.scan.english_words import STOP, months
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["list_members"]

_EN: Final = lexicon("en")
_TO: Final = _EN.words("to_words")
_MEMBER_LEADS: Final = _EN.words("member_qualifier_leads")  # "82.0% for recovery", "79% among women"
_JOINERS: Final = _EN.words("member_joiners")  # "and", "while"
_IDIOMS: Final = _EN.words("not_member_qualifiers")  # "in total"


def list_members(drafts: list[Draft], reader: Reader) -> None:
    """Tell apart members of one list that share a subject by each one's own qualifier.

    "Targets will rise to 75.4% for recycling and to 82.0% for recovery", "turnout was 87% among
    men and 79% among women": consecutive figures of one sentence, joined by a comma or a joining
    word, with the same subject, where the later one has a qualifier of its own (a lead word of
    ``member_qualifier_leads`` and a noun phrase, after the figure or between the joining word
    and it). Each member's qualifier is added to its subject ("targets for recycling", "targets
    for recovery"): they are different quantities, never paired as one.
    """
    tokens = reader.tokens
    alive = [d for d in drafts if not d.consumed]
    shared = [d.subject for d in alive]
    qualified: set[int] = set()
    for n in range(1, len(alive)):
        previous, draft = alive[n - 1], alive[n]
        if shared[n] is None or shared[n] != shared[n - 1] or not same_sentence(previous, draft, reader):
            continue
        start = tokens.first_at_or_after(draft.start)
        joint = next(
            (k for k in range(previous.last + 1, start) if tokens.lower(k) in _JOINERS or "," in tokens.gap(k - 1, k)),
            None,
        )
        if joint is None:
            continue
        _, clause_end = reader.clause_words(draft.start)
        own = _qualifier(reader, joint + (tokens.lower(joint) in _JOINERS), start) or _qualifier(
            reader, draft.last + 1, clause_end
        )
        if own is None:
            continue
        if id(previous) not in qualified:
            earlier = _qualifier(reader, previous.last + 1, joint)
            if earlier == own:
                continue
            if earlier is not None:
                previous.subject = f"{shared[n - 1]} {earlier}"
            qualified.add(id(previous))
        draft.subject = f"{shared[n]} {own}"
        qualified.add(id(draft))


def _qualifier(reader: Reader, first: int, stop: int) -> str | None:
    """A lead word and its noun phrase ("for recovery") at word ``first`` or after a to-word, before ``stop``."""
    tokens = reader.tokens
    k = first + (first < stop and tokens.lower(first) in _TO)  # "and to 82.0%" is not it; "and for recovery to"
    if k + 1 >= stop or tokens.lower(k) not in _MEMBER_LEADS:
        return None
    if tokens.lower(k + 1) in _IDIOMS or tokens.lower(k + 1) in months():
        return None  # "in total", "in June": no qualifier of what is measured
    phrase = noun_phrase(tokens, k + 1, stop, allow_of=True)
    if phrase is not None:
        if not _IDIOMS.isdisjoint(tokens.words(k + 1, phrase[1] + 1)):
            return None  # "for a total of"
        return reader.phrase(k, phrase[1])
    word = tokens.lower(k + 1)
    return reader.phrase(k, k + 1) if word.isalpha() and word not in STOP else None  # "for recycling"
