"""A total and the list of all of its parts after it, the last part after "and"; each list is complete.

* a total before a colon and its parts after it (:func:`colon_parts`): "£20m: £9m on roads, £7m
  on schools and £4m on parks";
* a count of things and, in apposition, the named groups it is made of
  (:func:`appositive_parts`): "a group of 14 individuals, 7 Republicans and 7 Democrats," (each
  part a number and a capitalised plural).

The total gets ``parts``, marked complete and ``explicit``. Other lists the words make all of
their total are read in :mod:`.exhaustive`. Words are in ``factcheck/lexicons/en/links.json``.
Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import ChangeClaim, RatioClaim, ShareClaim
from factcheck._extract.link.alignment import align_units, reunit
from factcheck._extract.link.list_items import alternatives, clauses_of_their_own
from factcheck._extract.link.partial_parts import alike
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.text.counted_nouns import singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["appositive_parts", "colon_parts"]

_EN: Final = lexicon("en")
_MAX_PART_GAP: Final = 5
_MAX_PARTS: Final = 12
_MAX_BEFORE_COLON: Final = 2
_AND: Final = _EN.words("list_conjunctions")


def colon_parts(drafts: list[Draft], reader: Reader) -> None:
    """Link "£20m: £9m on roads, £7m on schools and £4m on parks": a total, a colon, then all its parts."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if total.parts or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):
            continue
        first = drafts[n + 1]
        first_word = tokens.first_at_or_after(first.start)
        if first_word - total.last - 1 > _MAX_BEFORE_COLON:
            continue
        colon_at = reader.text.find(":", total.end, first.start)
        if colon_at < 0 or tokens.words(tokens.first_at_or_after(colon_at), first_word):
            continue  # the colon must stand right before the first part
        parts = [first]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = tokens.words(parts[-1].last + 1, tokens.first_at_or_after(nxt.start))
            text_gap = reader.text[parts[-1].end : nxt.start]
            if len(gap) > _MAX_PART_GAP or ";" in text_gap or ":" in text_gap:
                break
            parts.append(nxt)
            if not _AND.isdisjoint(gap[-1:]):
                break  # "... and £4m on parks": the last part
        else:
            continue
        if len(parts) < 2:  # noqa: PLR2004
            continue
        last_gap = tokens.words(parts[-2].last + 1, tokens.first_at_or_after(parts[-1].start))
        if _AND.isdisjoint(last_gap[-1:]):
            continue
        if not all(same_sentence(p, total, reader) for p in parts) or clauses_of_their_own(parts, reader):
            continue  # "40 staff: 10 were hired this year and 5 left": subsets, not a split
        if any(issubclass(p.cls, ChangeClaim | ShareClaim | RatioClaim) or p.parts for p in parts):
            continue
        for part in parts:
            align_units(part, total)
        if not all(alike(p, total) and p.amount.unit == total.amount.unit for p in parts) or alternatives(total, parts):
            continue
        total.parts, total.parts_complete, total.explicit = tuple(p.amount for p in parts), True, True


_MAX_GROUP_WORDS: Final = 2
"""Words naming a group after its number in an apposition: "7 Republicans", "11 Senators"."""


def appositive_parts(drafts: list[Draft], reader: Reader) -> None:
    """Link "a group of 14 individuals, 7 Republicans and 7 Democrats,": a count, then the named groups it is.

    The total counts named things and its noun ends in a comma; each part is a number and one or two
    capitalised words (a party, a chamber, a nationality), the parts joined by commas and a
    last "and", and the list ends the clause (a comma, a full stop, a bracket or the end).
    """
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if total.parts or total.counted is None or not units.is_counted(total.amount.unit):
            continue
        first = drafts[n + 1]
        noun = tokens.words(total.last + 1, tokens.first_at_or_after(first.start))
        if len(noun) != 1 or not reader.text[total.end : first.start].rstrip().endswith(","):
            continue  # "14 individuals, 7 ...": the total's noun, then a comma
        parts = [first]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = tokens.words(parts[-1].last + 1, tokens.first_at_or_after(nxt.start))
            comma = reader.text[parts[-1].end : nxt.start].rstrip().endswith(",")
            if not gap or len(gap) > _MAX_GROUP_WORDS + 1 or (gap[-1] not in _AND and not comma):
                break
            parts.append(nxt)
            if gap[-1] in _AND:
                break
        else:
            continue
        if len(parts) < 2 or not all(_named_group(p, reader) for p in parts):  # noqa: PLR2004
            continue
        last_gap = tokens.words(parts[-2].last + 1, tokens.first_at_or_after(parts[-1].start))
        if last_gap[-1:] and last_gap[-1] not in _AND:
            continue
        if any(not _bare_or_counted(p) or p.parts for p in parts):
            continue
        if not all(same_sentence(p, total, reader) for p in parts):
            continue
        for part in parts:
            part.amount = reunit(part.amount, total.amount)  # "7 Republicans" of "14 individuals": the total's things
            if part.counted is None:  # a bare "7 Democrats,": it counts its named group
                part.counted = singular(tokens.lower(tokens.first_at_or_after(part.end)))
        total.parts, total.parts_complete, total.explicit = tuple(p.amount for p in parts), True, True


def _bare_or_counted(draft: Draft) -> bool:
    """True for a number that counts things or nothing named: what a named group's number is."""
    unit = draft.amount.unit
    return unit == units.dimensionless() or units.is_counted(unit)


def _named_group(part: Draft, reader: Reader) -> bool:
    """True for "7 Republicans," or "7 Democrats.": capitalised plural words after the number, then the list's end."""
    tokens = reader.tokens
    words: list[str] = []
    k = part.last + 1
    while k < len(tokens) and len(words) <= _MAX_GROUP_WORDS:
        word = tokens[k].word
        if not (word[:1].isupper() and word.isalpha()):
            break
        words.append(word)
        k += 1
    if not words or len(words) > _MAX_GROUP_WORDS or not words[-1].endswith("s"):
        return False
    rest = reader.text[tokens[k - 1].end : tokens[k].start if k < len(tokens) else len(reader.text)]
    return k >= len(tokens) or rest.strip()[:1] in {",", ".", ")", ";"} or tokens.lower(k) in _AND
