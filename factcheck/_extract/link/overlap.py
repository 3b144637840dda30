"""Counted parts that may overlap: "Of the 120 patients, 80 had fever and 60 had a cough".

Parts can add up to more than their total only if they overlap. Money split by purpose or
source ("Of the $10bn, $4bn will go to hospitals and $7bn to roads") and other quantities are
spent or measured once, so their parts are disjoint as read. Counted parts, people or things,
are disjoint as read only when the text tells them apart as answers to one question
(:func:`.answers.answers_one_question`: "18 voted for the bill and 15 voted against", "180 work
full time and 120 work part time", "208 were approved and 10 were not", "800 men and 300 women"),
as the rest ("the remaining 150"), as places or groups named after one preposition ("among them 3
in Hull and 8 in York", "250 are in London and 200 are in Leeds"), or in a gapped list after a
fronted total, whose later parts
borrow the first part's verb ("Of the 650 MPs, 365 are Conservatives, 202 Labour and 98 SNP",
"180 are in London and 150 in Leeds", "250 drive at night and 100 by day").
Groups told apart by predicates or modifiers of their own ("80 had fever, 60 had a cough";
"6,500 have broadband and 7,200 have a smartphone"; "800 affordable homes and 1,900 with
gardens"; a funnel, "800 were charged and 600 were jailed") may hold one member at once: the
total is marked :attr:`Inferred.DISJOINT <factcheck.Inferred.DISJOINT>`, so that parts
exceeding it are a WARNING, not an ERROR.

The rules that link counted parts as only some of a total (:mod:`.partial_parts`: a fronted
"Of the N," and "including", "of which") call :func:`mark_overlap`. Lists whose words sum them
("..., 100 in total", "split into") or announce them as the total's split ("The squad has 25
players: 12 forwards, ...", :mod:`.exhaustive`) say themselves that the parts do not overlap;
their items are no clauses of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import Inferred
from factcheck.lexicons import lexicon

from .answers import answers_one_question, predicate_words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["mark_overlap", "may_overlap"]

_EN: Final = lexicon("en")
_REMAINDER: Final = _EN.words("remainder_words")  # "the remaining 150"
_PREPOSITIONS: Final = _EN.words("complement_prepositions") | _EN.words("gapped_share_arguments")


def mark_overlap(total: Draft, parts: Sequence[Draft], reader: Reader, *, verb_first: bool = False) -> None:
    """Mark ``total`` :attr:`Inferred.DISJOINT` when it was given ``parts`` that count things and may overlap.

    ``verb_first``: the parts are bare numbers whose words are what they do ("Of the 300 staff,
    180 work full time"), so a later part without a verb of its own has its verb gapped.
    """
    unit = total.amount.unit
    if not total.parts or not (units.is_counted(unit) or unit == units.dimensionless()):
        return  # money and quantities: spent or measured once
    if may_overlap(parts, reader, verb_first=verb_first):
        total.inferred.add(Inferred.DISJOINT)


def may_overlap(parts: Sequence[Draft], reader: Reader, *, verb_first: bool = False) -> bool:
    """True unless every later part answers the first's question, is the rest, or borrows its verb."""
    head = parts[0]
    return not all(
        _rest(member, reader)
        or answers_one_question(head, member, reader)
        or _named_alike(head, member, reader)
        or (verb_first and _gapped(head, member, reader))
        for member in parts[1:]
    )


def _rest(member: Draft, reader: Reader) -> bool:
    """True for a part named as the rest: "the remaining 150"."""
    tokens = reader.tokens
    return tokens.lower(tokens.first_at_or_after(member.start) - 1) in _REMAINDER


def _named_alike(head: Draft, member: Draft, reader: Reader) -> bool:
    """True when the two parts' words are the same but for a name after a preposition: "in Hull" and "in York".

    A place or a group each part is in, comes from or goes to: one question. Names after a verb
    ("had Covid", "had flu") may be two conditions of one member, so only a preposition counts.
    """
    first, own = predicate_words(head, reader), predicate_words(member, reader)
    if len(first) != len(own):
        return False
    differ = [k for k, (a, b) in enumerate(zip(first, own, strict=True)) if a.lower() != b.lower()]
    if len(differ) != 1 or differ[0] == 0:
        return False
    k = differ[0]
    return _name(first[k]) and _name(own[k]) and first[k - 1].lower() in _PREPOSITIONS


def _name(word: str) -> bool:
    return word[:1].isupper()


def _gapped(head: Draft, member: Draft, reader: Reader) -> bool:
    """True when ``member`` has no verb of its own, where the first part has one: its verb is gapped.

    Its words open with a preposition ("150 in Leeds", "100 by day"), a name ("202 Labour"), or
    a word of the first part's words after its verb ("60 reported a profit and 30 a loss"); a
    member with no words of its own in its clause says nothing that could overlap.
    """
    first, own = predicate_words(head, reader), predicate_words(member, reader)
    if not own or not first:
        return True
    word = own[0].lower()
    if word == first[0].lower():
        return False  # "80 had fever, 60 had a cough": a verb of its own
    return word in _PREPOSITIONS or _name(own[0]) or word in (w.lower() for w in first[1:])
