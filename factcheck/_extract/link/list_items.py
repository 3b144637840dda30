"""What the rules of complete lists of parts share: how items are told apart, which figures may be totals and parts.

The rules of :mod:`.exhaustive`, :mod:`.appositive_lists` and :mod:`.listed_parts` read a total
and the list of all of its parts; they share the tests here: the mark before an item
(:func:`separator`, brackets read past), a lead to only some parts (:func:`some_lead_in`),
which drafts may be a total or a part (:func:`may_total`, :func:`may_part`), items that are
clauses of their own or alternatives, not a split (:func:`clauses_of_their_own`,
:func:`alternatives`), and the link itself (:func:`link`). Words are in
``factcheck/lexicons/en/lists.json``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck._claims import ChangeClaim, CountClaim, Direction, RateClaim, RatioClaim, ShareClaim
from factcheck._extract.link.alignment import reunit
from factcheck._extract.link.partial_parts import alike, kin
from factcheck._extract.text.counted_nouns import is_plural
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "MAX_PARTS",
    "MAX_TO_FIRST",
    "PHRASE_REACH",
    "alternatives",
    "bracketless",
    "clauses_of_their_own",
    "link",
    "may_part",
    "may_total",
    "separator",
    "some_lead_in",
    "words_of",
]

_EN: Final = lexicon("en")
_SEPARATORS: Final = _EN.words("list_separators")  # "and", "or"
_OF: Final = _EN.words("of_words")
_COMPARATIVES: Final = _EN.words("adjective_comparatives")  # "4 smaller restrictions"
_SOME_LEADS: Final = _EN.phrase_set("some_part_leads")  # "including", "of which": only some parts
_LEAD_FIRSTS: Final = frozenset(lead[0] for lead in _SOME_LEADS)
_CLAUSE_VERBS: Final = (
    _EN.words("auxiliaries") | _EN.words("modals") | _EN.words("irregular_past") | _EN.words("negations")
)
"""Words that give an item of a list a clause of its own: "10 were hired", "5 are on leave", "5 left"."""
_TO: Final = _EN.words("to_words")
_ITEM_END: Final = re.compile(r"[,;:.!?]")
_RELATIONS: Final = (ChangeClaim, ShareClaim, RatioClaim, RateClaim)
_BRACKETS: Final = re.compile(r"\([^()]*\)")
MAX_PARTS: Final = 24
PHRASE_REACH: Final = 6
"""Words after a total naming what it counts, looked at for a word an appositive item repeats."""
MAX_TO_FIRST: Final = 16
"""Words from a total to the first part that names its noun again, or to its appositive list."""


def bracketless(text: str) -> str:
    """``text`` with what stands in brackets left out: "2 covering the area (a core zone, ...), and 4"."""
    while True:
        shorter = _BRACKETS.sub(" ", text)
        if shorter == text:
            return text
        text = shorter


_WORD: Final = re.compile(r"[\w'\u2019-]+")


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased (letters, digits, apostrophes and hyphens)."""
    return _WORD.findall(text.lower())


def separator(text: str) -> str | None:
    """How the words ``text`` before a figure end: ":", ",", ";", "and", "or", else ``None``."""
    stripped = bracketless(text).rstrip()
    if stripped[-1:] in {":", ",", ";"}:
        return stripped[-1]
    words = words_of(stripped[-4:])
    return words[-1] if words and words[-1] in _SEPARATORS and stripped[-len(words[-1]) - 1 :][:1].isspace() else None


def _adjective_change(draft: Draft, reader: Reader) -> bool:
    """True for "4 smaller restrictions": a comparative read as a change that is an adjective of the noun after it."""
    tokens = reader.tokens
    if not draft.is_change:
        return False
    if draft.before is not None or draft.verb != draft.last + 1 or tokens.lower(draft.verb) not in _COMPARATIVES:
        return False
    after = tokens[draft.verb + 1].word if draft.verb + 1 < len(tokens) else ""
    return (
        after.isalpha() and after.islower() and is_plural(after) and "," not in tokens.gap(draft.verb, draft.verb + 1)
    )


def some_lead_in(words: tuple[str, ...]) -> bool:
    """True when ``words`` hold a lead to only some parts: "including", "of which", "such as"."""
    if _LEAD_FIRSTS.isdisjoint(words):
        return False  # no word that begins a lead: the common case, answered at once
    return any(words[k : k + len(lead)] == lead for lead in _SOME_LEADS for k in range(len(words)))


def _as_count(draft: Draft) -> None:
    """Read an adjective comparative's figure as the count it is: "4 smaller restrictions" counts restrictions."""
    draft.cls, draft.direction, draft.verb = CountClaim, Direction.UNSPECIFIED, None


def link(total: Draft, parts: list[Draft], reader: Reader) -> None:
    """Give ``total`` all of its ``parts``, each in the total's unit (bare numbers and adjective changes counted)."""
    for part in parts:
        if _adjective_change(part, reader):
            _as_count(part)
        if part.amount.unit != total.amount.unit:
            part.amount = reunit(part.amount, total.amount)  # "2 covering ..." of "6 sets": sets
            part.counted = total.counted
    total.parts, total.parts_complete, total.explicit = tuple(p.amount for p in parts), True, True


def may_total(draft: Draft) -> bool:
    return not draft.parts and not issubclass(draft.cls, _RELATIONS) and not draft.consumed


def may_part(draft: Draft, total: Draft, reader: Reader, *, strict: bool = False) -> bool:
    """True when ``draft`` may be a part of ``total``; ``strict``: in its unit or a bare number (:func:`alike`)."""
    return (
        (not issubclass(draft.cls, _RELATIONS) or _adjective_change(draft, reader))
        and not draft.parts
        and not draft.consumed
        and (alike(draft, total) if strict else kin(draft, total))
    )


def alternatives(total: Draft, parts: list[Draft]) -> bool:
    """True when a listed item alone is more than the total: the items are alternatives to it, not its parts.

    "Tickets cost £20: £25 for adults and £15 for children" lists prices beside a price, not a
    split of it; a wrong split is wrong in its sum ("£12m: £6m, £5m and £4m"), not in one item.
    """
    return any(p.amount.unit == total.amount.unit and p.amount.value > total.amount.value for p in parts)


def clauses_of_their_own(parts: list[Draft], reader: Reader) -> bool:
    """True when an item of the list the ``parts`` open is a clause of its own or a subset (see :func:`_own_clause`).

    An item runs from its part to the next part, the last to the next mark (",", ";", ".") in its sentence.
    """
    ends = [p.start for p in parts[1:]]
    tail = reader.text[parts[-1].end : reader.layout.sentence(parts[-1].start)[1]]
    found = _ITEM_END.search(tail)
    ends.append(parts[-1].end + (found.start() if found else len(tail)))
    return any(_own_clause(p, end, reader) for p, end in zip(parts, ends, strict=True))


def _own_clause(part: Draft, end: int, reader: Reader) -> bool:
    """True when the item a listed part opens, up to ``end``, is a clause of its own or a subset.

    "10 were hired this year", "5 are on leave", "5 left", "10 of them part-time": such items
    may each be some of the total, overlapping, not one split of it ("3 showing paintings",
    "2 covering the port (...)", "8 funded by the council" are items of a split).
    """
    words = words_of(bracketless(reader.text[part.end : end]))
    finite = [w for k, w in enumerate(words) if not (k and words[k - 1] in _TO)]  # "five to be chosen": no clause
    return bool(words) and (words[0] in _OF or not _CLAUSE_VERBS.isdisjoint(finite))
