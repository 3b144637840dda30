"""Totals and all of their parts, joined by words that sum them: "split into", "in total", "a total of".

* "a £2m fund split into £800,000, £700,000 and £900,000" (:func:`split_into`): a total, a part
  lead (``part_leads``), then its parts;
* "£40m, £35m and £25m, £100m in total", "..., a total of 90" (:func:`total_after_parts`): parts,
  then a total stated as one;
* "$66bn from Social Security, some $10bn from Medicare, ..., for a total of $154bn", "..., giving
  us 62": a total after a comma and a sum word, with every figure before it in its sentence.

Each rule then calls the rules of parts that are only some of a total (:mod:`.partial_parts`),
after its own, so that a complete split is read first. Every rule looks a bounded number of words
ahead.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck._claims import ChangeClaim, RatioClaim, ShareClaim
from factcheck._extract.link.alignment import align_units, reunit
from factcheck._extract.link.partial_parts import alike, kin, part_before_of, parts_after_of, parts_after_some_lead
from factcheck._extract.link.placement import earlier_in_sentence, same_sentence, word_before
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["split_into", "total_after_parts"]

_EN: Final = lexicon("en")
_OF: Final = _EN.words("of_words")
_MAX_PREDICATE: Final = 4
_PART_LEADS: Final = _EN.phrases("part_leads")  # "split into", "made up of"
_PART_WORDS: Final = frozenset(lead[0] for lead in _PART_LEADS)
_LOOKAHEAD: Final = 8
_MAX_PARTS: Final = 24
_TOTAL_LEADS: Final = _EN.words("total_leads")
_TOTAL_GLUE: Final = _TOTAL_LEADS | _EN.words("total_glue")
_NOT_A_LIST: Final = _EN.words("not_a_list")
"""Words between figures that make them a change, a comparison or an alternative, not parts of one total."""
_TOTAL_AFTER: Final = _EN.phrases("total_after_words")  # "in total", "in all"
_AND: Final = _EN.words("list_conjunctions")
_TOTAL_BEFORE: Final = _EN.phrases("total_before_words")  # "a total of 70"
_SUM_LEADS: Final = _EN.phrase_set("sum_leads")  # "..., giving us 62", "..., for a total of $154bn"
_MAX_SUM_LEAD: Final = max(len(lead) for lead in _SUM_LEADS)


def split_into(drafts: list[Draft], reader: Reader) -> None:
    """Link "a £2m fund split into £800,000, £700,000 and £900,000"; then only some parts ("includes")."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-1]):
        first_part = drafts[n + 1]
        if first_part.first - total.last - 1 > _LOOKAHEAD:
            continue  # the common case, told before the words are read
        between = tokens.words(total.last + 1, first_part.first)
        if len(between) > _LOOKAHEAD or _PART_WORDS.isdisjoint(between):
            continue
        if not any(_contains(between, lead) for lead in _PART_LEADS):
            continue
        parts = [first_part]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = tokens.words(parts[-1].last + 1, nxt.first)
            if len(gap) > 4 or not same_sentence(total, nxt, reader) or nxt.amount.unit != total.amount.unit:  # noqa: PLR2004
                break
            parts.append(nxt)
        if all(p.amount.unit == total.amount.unit for p in parts) and len(parts) > 1:
            total.parts, total.explicit = tuple(p.amount for p in parts), True  # "split into": stated outright
    parts_after_some_lead(drafts, reader)  # "includes £4bn for schools and £3bn for roads": only some parts


def total_after_parts(drafts: list[Draft], reader: Reader) -> None:
    """Link a total stated after its parts: "£40m, £35m and £25m, £100m in total", "..., a total of 90".

    Then a fronted total with only some of its parts: "Of the $10bn, $4bn ... and $7bn ...".
    """
    tokens = reader.tokens
    for n, total in enumerate(drafts):
        if n < 2 or total.parts or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):  # noqa: PLR2004
            continue
        total_first = tokens.first_at_or_after(total.start)
        lead = tokens.words(drafts[n - 1].last + 1, total_first)
        after = tokens.words(total.last + 1, total.last + 3)
        if _TOTAL_LEADS.isdisjoint(lead) and after not in _TOTAL_AFTER:
            continue
        tail = [w for w in lead if w not in _TOTAL_GLUE]  # "100 in Hull, 600 in all"
        if len(tail) > _MAX_PREDICATE or not _NOT_A_LIST.isdisjoint(tail) or not _AND.isdisjoint(tail):
            continue
        if tail and "," not in tokens.gap(drafts[n - 1].last, total_first):
            continue
        if not _TOTAL_GLUE.issuperset(_after_last_comma(reader, drafts[n - 1].last, total_first)):
            continue  # "246 in 64 overs, with Root making 88": "making" in a clause of its own
        parts: list[Draft] = []
        for part in reversed(drafts[max(0, n - _MAX_PARTS) : n]):
            gap = tokens.words(part.last + 1, parts[-1].first) if parts else ()
            if not alike(part, total) or part.parts or not same_sentence(part, total, reader):
                break
            if len(gap) > 4 or not _NOT_A_LIST.isdisjoint(gap) or part.is_change:  # noqa: PLR2004
                break
            opening = tokens.first_at_or_after(part.start)
            if not _OF.isdisjoint(tokens.words(opening - 2, opening)):
                break  # "Of the 100 staff, 40 are nurses and 30 doctors, 70 in total": a whole, not a part
            parts.append(part)
        if len(parts) > 1:
            for part in parts:
                align_units(part, total)
            parts.reverse()
            for part in parts[1:]:
                align_units(parts[0], part)
            if all(p.amount.unit == total.amount.unit for p in parts):
                total.parts, total.explicit = tuple(p.amount for p in parts), True  # "..., 100 in total"
    _far_parts_before_total(drafts, reader)
    parts_after_of(drafts, reader)  # after the totals above, so that "..., 70 in total" ends a list
    part_before_of(drafts, reader)  # "4 of the 22 police authorities"


_MAX_FAR_GAP: Final = 14
"""Words between two parts of a list that names each part's source: "from the military and civilian pension funds"."""


_ENDS_BEFORE: Final = _EN.words("far_part_not_before")  # "from 8,000 to 390": an end point, not a part


def _far_parts_before_total(drafts: list[Draft], reader: Reader) -> None:
    """Link "$66bn from Social Security, some $10bn from Medicare, ..., for a total of $154bn".

    A total stated by a sum word after a comma at the end of a list (", a total of", ", for a
    total of", ", giving us", ", which totals", ", making": ``sum_leads``) takes as its parts
    every figure before it in its sentence, when there are two or more, all in its unit (or
    counting things of no named kind beside it: "55 Republicans ... 7 Democrats, giving us 62
    cosponsors") and none a change, share, ratio or total; each stands after a comma-separated
    phrase of at most fourteen words, and none right after "from" or "than" (the ends of a change
    or comparison). The parts are all of the total.
    """
    tokens = reader.tokens
    for n, total in enumerate(drafts):
        if n < 2 or total.parts or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim):  # noqa: PLR2004
            continue
        first = tokens.first_at_or_after(total.start)
        if "," not in reader.text[drafts[n - 1].end : total.start]:
            continue
        if tokens.words(first - 2, first) not in _TOTAL_BEFORE and not _sum_lead(reader, first):
            continue
        parts = earlier_in_sentence(drafts, n, reader)
        if len(parts) < 2 or any(p.parts or issubclass(p.cls, ChangeClaim | ShareClaim | RatioClaim) for p in parts):  # noqa: PLR2004
            continue
        if any(word_before(p, reader) in _ENDS_BEFORE for p in parts):
            continue
        gaps = [*itertools.pairwise(parts), (parts[-1], total)]
        if any(
            "," not in reader.text[a.end : b.start]
            or len(tokens.words(a.last + 1, tokens.first_at_or_after(b.start))) > _MAX_FAR_GAP
            for a, b in gaps
        ):
            continue
        for part in parts:
            align_units(part, total)
        if all(kin(p, total) for p in parts):
            for part in parts:
                if part.amount.unit != total.amount.unit:
                    part.amount = reunit(part.amount, total.amount)  # "55 Republicans" of "62 cosponsors"
            total.parts, total.explicit = tuple(p.amount for p in parts), True  # a total stated as one


def _after_last_comma(reader: Reader, last: int, first: int) -> tuple[str, ...]:
    """The words between the last comma after token ``last`` and token ``first``; none without a comma."""
    tokens = reader.tokens
    for k in range(first - 1, last - 1, -1):
        if "," in tokens.gap(k, k + 1):
            return tokens.words(k + 1, first)
    return ()


def _sum_lead(reader: Reader, first: int) -> bool:
    """True when the words from the last comma to word ``first`` (a total) are a sum word: ", giving us 62"."""
    tokens = reader.tokens
    for size in range(1, _MAX_SUM_LEAD + 1):
        if first - size < 1:
            break
        if "," in tokens.gap(first - size - 1, first - size):
            return tokens.words(first - size, first) in _SUM_LEADS
    return False


def _contains(words: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    return any(words[i : i + len(lead)] == lead for i in range(len(words) - len(lead) + 1))
