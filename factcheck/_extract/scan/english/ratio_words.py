"""The English words between the numbers of a ratio: "one in five", "9 out of 10", "1 over 3", "one in every four".

They are the ``ratio_joiners`` of the English lexicon (the French and Spanish ones are read by
the generic reader). A denominator after a joiner in ``ratio_joiners_ending_clause`` ("over")
must end its clause: "one over twenty" is a ratio, "one over 65s" is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["CLAUSE_END_JOINERS", "DENOMINATOR_PREFIXES", "JOINER_STARTS", "ratio_joiner_at"]

_WORDS: Final = lexicon(ENGLISH)
_JOINERS: Final = tuple(sorted(_WORDS.phrases("ratio_joiners"), key=len, reverse=True))
"""The joiners as token tuples, longest first."""
JOINER_STARTS: Final = frozenset(joiner[0] for joiner in _JOINERS)
"""The first words of the joiners: a cheap test before :func:`ratio_joiner_at`."""
CLAUSE_END_JOINERS: Final = _WORDS.phrase_set("ratio_joiners_ending_clause")
"""Joiners whose denominator ends its clause: "one over twenty"."""
DENOMINATOR_PREFIXES: Final = _WORDS.words("ratio_denominator_prefixes")
"""Words that may stand before the denominator: "one in every four"."""


def ratio_joiner_at(words: Sequence[str], k: int) -> tuple[str, ...] | None:
    """The ratio joiner spelt by the lower-case tokens from ``k`` ("out", "of"), or ``None``.

    >>> ratio_joiner_at(["9", "out", "of", "10"], 1), ratio_joiner_at(["1", "to", "3"], 1)
    (('out', 'of'), None)
    """
    if k >= len(words) or words[k] not in JOINER_STARTS:
        return None
    for joiner in _JOINERS:
        if tuple(words[k : k + len(joiner)]) == joiner:
            return joiner
    return None
