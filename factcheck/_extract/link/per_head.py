"""Counts per head are ratios: "1.49 children per woman", "2.4 people per household", "1.5 males for every female".

``per_head`` makes such a count a ``RatioClaim`` with no unit, not a count of whole things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import CountClaim, RatioClaim
from factcheck._extract.link.alignment import reunit
from factcheck._extract.link.shares import CHANGE_BREAKS
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["per_head"]

_EN: Final = lexicon("en")
_PER: Final = _EN.words("per_words")  # "1.49 children per woman"
_PER_PHRASES: Final = _EN.phrase_set("per_phrases")  # "for every"
_PER_PHRASE_REACH: Final = 6
_OF_WORDS: Final = _EN.words("of_words")


def per_head(drafts: list[Draft], reader: Reader) -> None:
    """Read "1.49 children per woman", "2.4 people per household" as a ratio, not a count of whole things."""
    tokens = reader.tokens
    for draft in drafts:
        if draft.cls is not CountClaim or not units.is_counted(draft.amount.unit):
            continue
        _, clause_end = reader.clause_words(draft.start)
        for k in range(draft.last + 1, min(clause_end - 1, draft.last + 4)):
            if not tokens.joined(k - 1, k) or tokens.lower(k) in CHANGE_BREAKS:
                break
            if tokens.lower(k) in _PER and time_unit(tokens.lower(k + 1)) is None and tokens.joined(k, k + 1):
                draft.cls = RatioClaim
                draft.amount = reunit(draft.amount, Amount.exact(1, units.dimensionless()))
                break
        else:
            _per_phrase(draft, reader, clause_end)


def _per_phrase(draft: Draft, reader: Reader, clause_end: int) -> None:
    """Read "1.5 adult males for every adult female" as a ratio: "for every" within a few joined words.

    Not before "of" (``of_words``): "1,000 agents for each of the next 3 years" stays a count.
    """
    tokens = reader.tokens
    for k in range(draft.last + 1, min(clause_end - 2, draft.last + _PER_PHRASE_REACH + 1)):
        if not tokens.joined(k - 1, k) or tokens[k].word[:1].isdigit():
            return
        if tokens.words(k, k + 2) in _PER_PHRASES and time_unit(tokens.lower(k + 2)) is None:
            if tokens.lower(k + 2) in _OF_WORDS:
                return  # "1,000 agents for each of the next 3 years": a count spread over a set
            draft.cls = RatioClaim
            draft.amount = reunit(draft.amount, Amount.exact(1, units.dimensionless()))
            return
