"""Parts that are only some of a total: "the £10bn package includes £4bn for schools and £3bn for roads".

Two rules, both giving the total ``parts`` with ``parts_complete=False``:

* a lead right after the total ("includes", "including", "such as", "of which", "of whom",
  "among them"),
  then one part or more: "1,000 people, including 200 children", "a £10bn budget, of which £4bn
  goes to schools and £3bn to roads"; after a comma the lead may follow a longer phrase that
  has no figure: "£17bn of measures that will reduce the deficit, including £12bn from ...";
  a figure in a labelled bracket ("£2.8m (2015-16: £3.1m) includes £1.9m (2015-16: £1.1m)") is
  the comparative of the figure before it: neither the total nor a further part;
* a fronted "Of the N," ("Of N", "Of these N", "Of all N", "Out of N") with two parts or more of
  the same kind after it in the sentence:
  "Of the $10bn, $4bn will go to hospitals and $7bn to roads"; a bare part followed by a
  lower-case word counts the total's things ("Of the 300 staff, 180 work full time"), and two
  parts, the second denying the first's predicate, are the whole ("Out of 218 nominees, 208
  were approved and 10 were not": ``parts_complete=True``).

Parts stand at most five words apart; the last part at most eight when the words before it end
", and" ("including £2m for the junction improvement in Cornwall, and £1.5m for ...").
A list stops at a figure that is a change, a comparison ("up from 350", "than 300"), another
unit, or a total of its own ("..., 70 in total"), and at the end of a table cell or of the
brackets it stands in ("£450 (including £310) | £440 (including £310)"). Every rule looks a bounded number of words
ahead. The complete splits ("split into", "comprises", "in total") are in :mod:`.summed_parts`.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import ChangeClaim, RatioClaim, ShareClaim
from factcheck._extract.link.placement import same_sentence, sentence_of
from factcheck.lexicons import lexicon

from .alignment import reunit
from .overlap import mark_overlap

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "alike",
    "kin",
    "part_before_of",
    "parts_after_of",
    "parts_after_some_lead",
    "states_a_total",
]

_EN: Final = lexicon("en")


_SOME_LEADS: Final = _EN.phrases("some_part_leads")  # "includes", "such as", "of which"
_LEAD_FIRSTS: Final = frozenset(lead[0] for lead in _SOME_LEADS)
_MAX_BEFORE_LEAD: Final = 3
"""Words from the total to its lead: the noun it counts ("1,000 people, including", "£10bn of spending, including")."""
_MAX_FAR_LEAD: Final = 10
"""Words from the total to a lead after a comma: "£17bn of measures that will reduce the deficit, including"."""
_MAX_AFTER_LEAD: Final = 2
_MAX_TO_PART: Final = _MAX_FAR_LEAD + max(map(len, _SOME_LEADS)) + _MAX_AFTER_LEAD
"""The most words from a total to its first part: a lead at its furthest, then the words after it."""
_SETTING_OFF: Final = (",", "\u2013", "\u2014", "--")
"""Marks before a far lead that set it off from the words after the total: a comma or a dash."""
_MAX_OPENING: Final = 5
"""Words from "Of the N" to its first part: "Of the 700 staff surveyed last year, 400 ..."."""
_MAX_QUALIFIED_OPENING: Final = 18
"""Words from "Of the N" to its first part when a relative clause qualifies the total: "Of the 1,525 cases that
have been filed with the committee since 1988, only 25 ..." (``relative_words`` right after its noun)."""
_RELATIVES: Final = _EN.words("relative_words")  # "that", "which", "who"
_OF_THE: Final = _EN.phrases("fronted_total_openers")  # "of the", "of these"
_OF: Final = _EN.words("of_words")
_OUT: Final = _EN.words("fronted_out_words")  # "Out of 218 nominees, ..."
_NEGATIONS: Final = _EN.words("negations")
_PART_FILLERS: Final = _EN.words("partitive_fillers")  # "4 of the 22 authorities", "five of its six members"
_MAX_FILLERS: Final = 2
"""Words of ``partitive_fillers`` between "of" and a whole's number: "39 of the top 100 universities"."""
_MAX_COMPLEMENT: Final = 3
"""Words after the last part that deny what the first part's predicate says: "and 10 were not"."""
_MAX_GAP: Final = 5
"""Words between two parts: "£4bn will go to hospitals and $7bn"."""
_MAX_LAST_GAP: Final = 8
"""Words before the last part when they end ", and": "£2m for the junction improvement in Cornwall, and £1.5m"."""
_AND: Final = _EN.words("list_conjunctions")
_MAX_PARTS: Final = 24
_STOPS: Final = _EN.words("part_list_stops")
"""Words between figures that make the later one a change, a comparison or a total, not another part."""
_NOT_RIGHT_BEFORE: Final = _EN.words("not_a_part_before")
"""A word right before a figure that makes it an end point, a rate or a predicate, not a part.

"rising to £7bn", "men aged 60", "300 are under 18".
"""
_BREAKS: Final = _EN.words("clause_breaks") | _EN.words("part_breaks")
_RELATIONS: Final = (ChangeClaim, ShareClaim, RatioClaim)
_TOTAL_VERBS: Final = _EN.words("total_verbs")  # "totalling £7bn"
_LIST_ENDS: Final = ("|", "\t", ")")
"""Marks that end a list of parts: a table's cell ("£450 (including £310) | £440") or a closing bracket."""
_TOTAL_AFTER: Final = _EN.phrases("total_after_words")  # "70 in total"
_TOTAL_ADVERBS: Final = _EN.words("total_adverbs")  # "£7bn altogether"
_TOTAL_BEFORE: Final = _EN.phrases("total_before_words")  # "a total of 70"
_LABELLED_BRACKET: Final = re.compile(r"\(\s*[^()\s:][^():]{0,24}:\s*$")
"""The opening of a bracket with a label before a figure: "£2.8m (2015-16: £3.1m)", a comparative."""


def _comparative(draft: Draft, reader: Reader) -> bool:
    """True for a figure in a labelled bracket after another: "(2015-16: £3.1 million)", the other's comparative."""
    return _LABELLED_BRACKET.search(reader.text[max(0, draft.start - 30) : draft.start]) is not None


def alike(part: Draft, total: Draft) -> bool:
    """True when ``part`` may be a part of ``total``: the same unit, or a bare number beside a counted one."""
    a, b = part.amount.unit, total.amount.unit
    return a == b or units.bare_beside_counted(a, b)


def kin(part: Draft, total: Draft) -> bool:
    """True when ``part`` may count what ``total`` counts: :func:`alike`, or any count beside a total of no kind.

    "55 Republicans" (people) and "62 cosponsors" (things the noun list does not name): the
    total's noun names no kind, so it may count the part's. Not the other way round: "six army
    battalions" (things) are no part of "25,000 soldiers" (people).
    """
    return alike(part, total) or (units.is_counted(part.amount.unit) and total.amount.unit == units.unit("item"))


def states_a_total(draft: Draft, reader: Reader) -> bool:
    """True for a figure stated as a total: "70 in total", "a total of 70", "£7bn altogether"."""
    tokens = reader.tokens
    first = tokens.first_at_or_after(draft.start)
    before = tokens.words(first - 2, first)
    after = tokens.words(draft.last + 1, draft.last + 3)
    return (
        bool(draft.parts)
        or after in _TOTAL_AFTER
        or tokens.lower(draft.last + 1) in _TOTAL_ADVERBS
        or before in _TOTAL_BEFORE
        or tokens.lower(first - 1) in _TOTAL_VERBS
    )


def _more_parts(total: Draft, parts: list[Draft], rest: list[Draft], reader: Reader) -> None:
    """Extend ``parts`` with the figures of ``rest`` that continue the list, up to the first that does not."""
    tokens = reader.tokens
    for nxt in rest[:_MAX_PARTS]:
        nxt_first = tokens.first_at_or_after(nxt.start)
        gap = tokens.words(parts[-1].last + 1, nxt_first)
        if (
            len(gap) > (_MAX_LAST_GAP if _comma_and(reader, gap, nxt_first) else _MAX_GAP)
            or any(mark in reader.text[parts[-1].end : nxt.start] for mark in _LIST_ENDS)
            or not _STOPS.isdisjoint(gap)
            or tokens.lower(nxt_first - 1) in _NOT_RIGHT_BEFORE
            or not same_sentence(nxt, total, reader)
            or _comparative(nxt, reader)
            or issubclass(nxt.cls, _RELATIONS)
            or not alike(nxt, total)
            or states_a_total(nxt, reader)
            or (nxt.period is not None and parts[0].period is not None and nxt.period != parts[0].period)
        ):
            return  # "... and 25 in 2024": a figure of another time is no part of the same whole
        parts.append(nxt)


def _comma_and(reader: Reader, gap: tuple[str, ...], nxt_first: int) -> bool:
    """True when ``gap``, the words before a part, ends with a comma and "and": the list's last item."""
    tokens = reader.tokens
    return len(gap) > 1 and gap[-1] in _AND and "," in tokens.gap(nxt_first - 2, nxt_first - 1)


def _link(total: Draft, parts: list[Draft], *, complete: bool = False, fronted: bool = False) -> None:
    """Give ``total`` its ``parts`` (bare numbers read in its counted unit), marked as only some of it.

    ``complete``: the parts are the whole of it ("208 were approved and 10 were not");
    ``fronted``: the total opens the sentence ("Of the 300 staff, ..."), naming what its parts count.
    """
    unit = total.amount.unit
    if not all(p.amount.unit in (unit, units.dimensionless()) for p in parts):
        return  # a bare total beside counted parts: what it counts is unclear
    if any(p.unit_word != total.unit_word and not (fronted and _verb_read_as_unit(p, total)) for p in parts):
        return  # "over magnitude 4.5, including a 6.4 quake": figures in different words
    for part in parts:
        if part.amount.unit != unit:
            part.amount = reunit(part.amount, total.amount)  # "Of the 700 staff, 400 ... and 350 ..."
            part.counted, part.unit_word = total.counted, total.unit_word
    total.parts = tuple(p.amount for p in parts)
    total.parts_complete, total.explicit = complete, True  # "including", "Of the $10bn, ...": stated outright


def _verb_read_as_unit(part: Draft, total: Draft) -> bool:
    """True when a bare part's "unit word" is the verb of its clause: "Of the 300 staff, 180 work full time".

    A fronted total that counts named things ("Of the 300 staff,") says what its bare parts count;
    a lower-case word after such a part is what the part does, not a unit of its own ("7.4 rpg"),
    and a name is the group it belongs to, its verb gapped ("365 are Conservatives, 202 Labour
    and 98 SNP"). Elsewhere the word may be an adjective of other things ("400 visits, including
    1,000 national and international journalists"), so only the fronted rule reads it so.
    """
    word = part.unit_word
    return (
        total.counted is not None
        and total.unit_word is None
        and word is not None
        and word.isalpha()
        and (word.islower() or word[0].isupper())
        and part.amount.unit == units.dimensionless()
    )


def _complementary(parts: list[Draft], reader: Reader) -> bool:
    """True for two parts whose second denies the first's predicate: "208 were approved and 10 were not".

    Those that did and those that did not: together the whole, not only some of it.
    """
    if len(parts) != 2:  # noqa: PLR2004
        return False
    tokens = reader.tokens
    last = parts[-1]
    _, clause_end = reader.clause_words(last.start)
    after = tokens.words(last.last + 1, min(clause_end, last.last + 1 + _MAX_COMPLEMENT))
    return bool(after) and after[-1] in _NEGATIONS and last.last + 1 + len(after) == clause_end


def _lead_at(words: tuple[str, ...]) -> int | None:
    """Where a lead for some parts starts in ``words``, the words from a total to its first part.

    Only the first ``_MAX_FAR_LEAD + 1`` words are looked at: a lead further on is too far (and
    one past ``_MAX_BEFORE_LEAD`` must follow a comma, see :func:`parts_after_some_lead`).
    """
    for k in range(min(len(words), _MAX_FAR_LEAD + 1)):
        if words[k] in _LEAD_FIRSTS and any(words[k : k + len(lead)] == lead for lead in _SOME_LEADS):
            return k
    return None


def _comma_before(reader: Reader, total: Draft, k: int) -> bool:
    """True when the ``k``-th word after ``total`` follows a comma or a dash: "... the deficit, including".

    "31 million taxpayers compared to the beginning of this Parliament – including": a dash sets
    the lead off as a comma does.
    """
    gap = reader.tokens.gap(total.last + k, total.last + k + 1)
    return any(mark in gap for mark in _SETTING_OFF)


def parts_after_some_lead(drafts: list[Draft], reader: Reader) -> None:
    """Link "1,000 people, including 200 children and 300 pensioners": the total gets some of its parts."""
    tokens = reader.tokens
    for n, draft in enumerate(drafts[:-1]):
        first_part, total, comparative = drafts[n + 1], draft, None
        part_first = tokens.first_at_or_after(first_part.start)
        if part_first - draft.last - 1 > _MAX_TO_PART:
            continue  # the common case, told first: no room for a lead and the words after it
        if n > 0 and _comparative(draft, reader):
            total, comparative = drafts[n - 1], draft  # "£2.8m (2015-16: £3.1m) includes £1.9m": before the bracket
        if total.parts or issubclass(total.cls, _RELATIONS) or issubclass(first_part.cls, _RELATIONS):
            continue
        between = tokens.words(draft.last + 1, part_first)
        k = _lead_at(between)
        if k is None or not _BREAKS.isdisjoint(between[:k]):
            continue
        if k > _MAX_BEFORE_LEAD and not _comma_before(reader, draft, k):
            continue  # a far lead only after a comma: "£3.5m to address the areas it found, including £2m"
        lead = next(lead for lead in _SOME_LEADS if between[k : k + len(lead)] == lead)
        after_lead = between[k + len(lead) :]
        if len(after_lead) > _MAX_AFTER_LEAD or not _STOPS.isdisjoint(after_lead):
            continue
        if not same_sentence(first_part, total, reader) or not alike(first_part, total):
            continue
        if states_a_total(first_part, reader):
            continue
        parts = [first_part]
        _more_parts(total, parts, drafts[n + 2 : n + 2 + _MAX_PARTS], reader)
        _link(total, parts)
        mark_overlap(total, parts, reader)  # "include 800 affordable homes and 1,900 with gardens"
        if comparative is not None and total.parts:
            _link_comparatives(comparative, parts, drafts, reader)


def _link_comparatives(comparative: Draft, parts: list[Draft], drafts: list[Draft], reader: Reader) -> None:
    """Give a total's comparative the comparatives of its parts: "(2015-16: £3.1m) includes £1.9m (2015-16: £1.1m)"."""
    at = {id(d): k for k, d in enumerate(drafts)}
    matched = []
    for part in parts:
        k = at[id(part)] + 1
        if k >= len(drafts) or not _comparative(drafts[k], reader) or not alike(drafts[k], comparative):
            return
        matched.append(drafts[k])
    if not comparative.parts:
        _link(comparative, matched)


def part_before_of(drafts: list[Draft], reader: Reader) -> None:
    """Link "only 4 of the 22 police authorities": a count right before "of" and its whole is some of that whole.

    The part and the whole count the same thing (the reading stage gave the part the whole's
    noun), "of" and at most two of ``partitive_fillers`` stand between them, and the part is no
    larger. So the two are not read as rival figures for one quantity.
    """
    tokens = reader.tokens
    for part, whole in itertools.pairwise(drafts):
        if whole.parts or part.counted is None or part.counted != whole.counted:
            continue
        if (
            issubclass(part.cls, _RELATIONS)
            or issubclass(whole.cls, _RELATIONS)
            or part.amount.unit != whole.amount.unit
        ):
            continue
        between = tokens.words(part.last + 1, tokens.first_at_or_after(whole.start))
        if not between or between[0] not in _OF or len(between) > 1 + _MAX_FILLERS:
            continue
        if not set(between[1:]) <= _PART_FILLERS or part.amount.value > whole.amount.value:
            continue
        if same_sentence(part, whole, reader):
            _link(whole, [part])


def parts_after_of(drafts: list[Draft], reader: Reader) -> None:
    """Link "Of the $10bn, $4bn will go to hospitals and $7bn to roads": two parts or more of a fronted total."""
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-2]):
        if total.parts or issubclass(total.cls, _RELATIONS):
            continue
        opening = tokens.first_at_or_after(total.start)
        at = opening - 2 if tokens.words(opening - 2, opening) in _OF_THE else opening - 1
        if tokens.lower(at) not in _OF:
            continue
        if at > 0 and tokens.lower(at - 1) in _OUT:
            at -= 1  # "Out of 218 nominees, 208 were approved and 10 were not"
        if at > 0 and reader.layout.sentence_index(tokens[at - 1].start) == sentence_of(total, reader):
            continue  # "Of" must open the sentence
        first_part = drafts[n + 1]
        part_first = tokens.first_at_or_after(first_part.start)
        opening_words = tokens.words(total.last + 1, part_first)
        qualified = not _RELATIVES.isdisjoint(opening_words[:2])  # "Of the 1,525 cases that have been filed ..., 25"
        if (
            len(opening_words) > (_MAX_QUALIFIED_OPENING if qualified else _MAX_OPENING)
            or "," not in reader.text[total.end : first_part.start]
            or not same_sentence(first_part, total, reader)
            or issubclass(first_part.cls, _RELATIONS)
            or not alike(first_part, total)
            or states_a_total(first_part, reader)
        ):
            continue
        parts = [first_part]
        _more_parts(total, parts, drafts[n + 2 : n + 2 + _MAX_PARTS], reader)
        if len(parts) > 1:
            _link(total, parts, complete=_complementary(parts, reader), fronted=True)
            mark_overlap(total, parts, reader, verb_first=True)  # "Of the 120 patients, 80 had fever and 60 a cough"
