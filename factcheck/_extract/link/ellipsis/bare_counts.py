"""What the rules that give a bare number the noun it counts share.

The tests of a bare number ("no unit, counted noun, unit word or age": ``left_bare``,
``bare_whole``), of the words after it that leave it no noun of its own (``closed_after``), the
counted noun of the count before (``count_noun``, ``antecedent``), making a draft a count of a
noun or of people (``count_as``, ``count_people``), and the reaches and word tables more than one
family reads (``PARALLEL_REACH``, ``NOT_PARALLEL``, ``SUBJECT_AUXILIARIES`` ...). Apart so that
the families (:mod:`.parallels`, :mod:`.people`, :mod:`.parts_and_wholes`, :mod:`.anaphora`)
import it and not each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import AbsoluteChangeClaim, CountClaim
from factcheck._extract.link.alignment import reunit
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.text.counted_nouns import singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Collection

    import pint

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "MARKS_AFTER",
    "NOT_PARALLEL",
    "NOUN_REACH",
    "PARALLEL_LEADS",
    "PARALLEL_REACH",
    "PLURAL",
    "STOP_OR_AUXILIARY",
    "SUBJECT_AUXILIARIES",
    "antecedent",
    "bare_whole",
    "closed_after",
    "count_as",
    "count_noun",
    "count_people",
    "left_bare",
    "text_after",
]

_EN: Final = lexicon("en")
PARALLEL_LEADS: Final = _EN.words("parallel_count_leads")  # "and", "with"
PARALLEL_REACH: Final = 12
"""Words at most between a count and a later bare number that takes its noun."""
NOUN_REACH: Final = 4
"""Words from a count's figure to its noun: "129 | jurisdictions", "41 pledged | delegates"."""
SUBJECT_AUXILIARIES: Final = _EN.words("modals") | _EN.words("auxiliaries")  # "22 countries will ..., 14 will ..."
STOP_OR_AUXILIARY: Final = STOP | SUBJECT_AUXILIARIES
PLURAL: Final = 2
"""The least count that shares its plural noun: "two Argentinians, one from France" is no Argentinian."""
NOT_PARALLEL: Final = frozenset(";:()[]")
"""Marks between a count and a later bare number that end the parallel: another clause or an aside."""
MARKS_AFTER: Final = frozenset(",.;:!?)")


def count_people(draft: Draft) -> None:
    """Make ``draft`` a count of people: unit ``person``, counted noun "person"."""
    count_as(draft, units.unit("person"), "person")


def text_after(reader: Reader, end: int, nxt: int) -> str:
    """The text from ``end`` to word ``nxt``; "." when no word follows (the text's end closes it)."""
    return reader.text[end : reader.tokens[nxt].start] if nxt < len(reader.tokens) else "."


def closed_after(
    reader: Reader, end: int, nxt: int, words: Collection[str] = frozenset(), *, spaced: bool = False
) -> bool:
    """True when no noun follows a number ending at ``end``: a mark of ``MARKS_AFTER``, or a word that names none.

    A mark stands between ``end`` and word ``nxt`` (or no word follows: the text's end), or word
    ``nxt`` is one of ``words`` ("two more with minor injuries", "the eight was"); with
    ``spaced``, after spaces alone ("the 8(a) program" has a noun of its own). Each rule passes
    the words after which its number may stand alone.
    """
    after = text_after(reader, end, nxt)
    if not MARKS_AFTER.isdisjoint(after):
        return True
    return reader.tokens.lower(nxt) in words and not (spaced and after.strip())


def count_as(draft: Draft, unit: pint.Unit, counted: str | None) -> None:
    """Make ``draft`` a count in ``unit`` of the noun ``counted``, with no unit word of its own."""
    draft.amount = reunit(draft.amount, Amount.exact(1, unit))
    draft.counted, draft.unit_word = counted, None


def antecedent(earlier: Draft) -> bool:
    """True for a count of two or more of a counted noun, which a later "of them" may refer to."""
    return earlier.counted is not None and units.is_counted(earlier.amount.unit) and earlier.amount.value >= PLURAL


def count_noun(previous: Draft, reader: Reader) -> int | None:
    """The word of the counted noun of ``previous``, after the words of its figure: "129 | jurisdictions"."""
    tokens = reader.tokens
    return next(
        (k for k in range(previous.last, previous.last + NOUN_REACH) if singular(tokens.lower(k)) == previous.counted),
        None,
    )


def bare_whole(draft: Draft) -> bool:
    """True for a whole number above one with no unit, counted noun, unit word or age: a count left bare."""
    if draft.cls not in {CountClaim, AbsoluteChangeClaim} or not left_bare(draft):
        return False
    amount = draft.amount
    return amount.value >= PLURAL and amount.value == amount.value.to_integral_value()


def left_bare(draft: Draft) -> bool:
    """True for a figure with no unit, counted noun, unit word or age of its own."""
    return units.is_bare(draft.amount.unit) and draft.counted is None and draft.unit_word is None and not draft.age
