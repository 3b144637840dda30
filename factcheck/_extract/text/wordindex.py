"""Words of a text with their offsets, found once, and looked up around a figure by bisection.

This index serves the sentence-level reading (``read.claim_builder``, ``read.clause``, ``text.periods``,
``link.rules``); the scanner has its own tokenizer (``text.tokens``).
"""

from __future__ import annotations

import itertools
import re
from typing import Final, NamedTuple

from factcheck._extract.text.bisection import Bisection
from factcheck._extract.text.tokens import HYPHENS

__all__ = ["Word", "WordIndex"]

# Letters or digits, with apostrophes inside ("Britain's"); hyphens split ("two-day" is two words).
# Every part starts with a character the separator cannot match, so matching is linear. Nothing
# follows the repetitions that could fail, so the first way through is the match and no step is
# ever taken back: the quantifiers are possessive (``++``, ``*+``), which spares ``re`` noting
# where it could step back to at each letter (splitting 1.5 MB of news: 56 -> 47 ms, same parts).
_WORD: Final = re.compile(r"[^\W_]++(?:['\u2019][^\W_]++)*+")
_SPLIT: Final = re.compile(f"({_WORD.pattern})")
"""The same words as a group: splitting gives the gaps and the words in turn, in one pass of the expression."""
_JOINING: Final = " \u00a0" + "".join(sorted(HYPHENS))
"""What may stand between two joined words: spaces and hyphens ("two-day", "2\u00a0km")."""


class Word(NamedTuple):
    """One word: ``text[start:end]`` and its lower-cased form."""

    start: int
    end: int
    word: str
    lower: str


_new_word: Final = tuple.__new__
"""Builds a :class:`Word` from a tuple in C, without the Python ``__new__`` a named tuple's call runs."""


class WordIndex:
    """The words of ``text`` in order, with offset look-ups (parallel tuples: cheap to build).

    Tuples rather than lists, for the garbage collector: a tuple that holds only strings or only
    ints is untracked at the first collection that meets it, and never walked again, while a
    list is walked at every collection of its generation (a million references on 1.5 MB).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT.split(text)  # gap, word, gap, word, ..., gap
        self.texts: tuple[str, ...] = tuple(parts[1::2])
        offsets = tuple(itertools.accumulate(map(len, parts)))  # where each part ends
        self.starts: tuple[int, ...] = offsets[0:-1:2]
        self.ends: tuple[int, ...] = offsets[1::2]
        # one lower() for all the words: the separator is no word's and stops the final-sigma rule
        self.lowers: tuple[str, ...] = tuple("\x00".join(self.texts).lower().split("\x00")) if self.texts else ()
        self._count = len(self.texts)
        self._firsts = Bisection(self.starts)
        """:meth:`first_at_or_after`'s answers by position: the rules ask about the same figures again and again."""

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i: int) -> Word:
        """Word ``i``; outside the text, an empty word at the edge it lies beyond.

        A look past either end reads nothing rather than raising or wrapping round: in "2 of"
        the word after "of" is ``Word(4, 4, "", "")``, and the word before the first is
        ``Word(0, 0, "", "")``, not the last word of the text.
        """
        if 0 <= i < self._count:
            return _new_word(Word, (self.starts[i], self.ends[i], self.texts[i], self.lowers[i]))
        edge = self._edge(i)
        return _new_word(Word, (edge, edge, "", ""))

    def _edge(self, i: int) -> int:
        """The offset of the text's edge that word ``i``, outside the text, lies beyond: its start or its end."""
        return 0 if i < 0 else len(self.text)

    def first_at_or_after(self, position: int) -> int:
        """Index of the first word starting at or after ``position`` (``len`` when none)."""
        return self._firsts[position]

    def gap(self, i: int, j: int) -> str:
        """The characters between word ``i`` and word ``j`` (``i < j``); outside the text, from or to its edge."""
        count = self._count
        start = self.ends[i] if 0 <= i < count else self._edge(i)
        end = self.starts[j] if 0 <= j < count else self._edge(j)
        return self.text[start:end]

    def joined(self, i: int, j: int) -> bool:
        """True when only spaces (or a hyphen) separate word ``i`` from word ``i + 1 == j``."""
        if not (0 <= i < j < len(self.starts)):
            return False
        between = self.text[self.ends[i] : self.starts[j]]
        return len(between) <= 3 and not between.strip(_JOINING)  # noqa: PLR2004  (only those)

    def joined_run(self, i: int, j: int) -> bool:
        """True when words ``i`` through ``j`` stand joined, each to the next (:meth:`joined`): no mark between them."""
        return all(self.joined(k, k + 1) for k in range(i, j))

    def words(self, i: int, j: int) -> tuple[str, ...]:
        """Lower-cased words ``i`` to ``j - 1`` (clipped to the text)."""
        # a slice clips the end itself; two conditional expressions cost less than two calls of max()
        return self.lowers[i if i > 0 else 0 : j if j > 0 else 0]  # noqa: FURB136

    def lower(self, i: int) -> str:
        """The lower-cased word ``i``, or ``""`` outside the text."""
        return self.lowers[i] if 0 <= i < self._count else ""
