"""Marks between tokens that the scanner's rules test: dashes, and the marks that end a sentence.

Apart because rules in several modules test them (ranges, lists' numbers, the points' context,
the English "m"), and none of those imports the others.
"""

from __future__ import annotations

from typing import Final

from factcheck._extract.text.tokens import SYM, Token

_DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
_SENTENCE_END: Final = frozenset({".", "!", "?", ";"})


def _sentence_end(t: Token) -> bool:
    """True for a full stop, "!", "?" or ";"."""
    return t.kind == SYM and t.text in _SENTENCE_END
