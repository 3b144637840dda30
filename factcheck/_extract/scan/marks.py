"""Marks between tokens that the scanner's rules test: dashes, and the marks that end a sentence.

Apart because rules in several modules test them (ranges, lists' numbers, the points' context,
the English "m"), and none of those imports the others.
"""

from __future__ import annotations

from typing import Final

from factcheck._extract.text.tokens import SYM, Token

__all__ = ["DASHES", "SENTENCE_END", "sentence_end"]

DASHES: Final = frozenset({"-", "\u2013", "\u2014"})
SENTENCE_END: Final = frozenset({".", "!", "?", ";"})


def sentence_end(t: Token) -> bool:
    """True for a full stop, "!", "?" or ";"."""
    return t.kind == SYM and t.text in SENTENCE_END
