"""Sentences and clauses: where one statement ends, found in one linear pass over the text.

A sentence ends at ``.``, ``!`` or ``?`` followed by white space and a capital, digit, quote or
bracket (or by the end of the text), and always at a blank line. A full stop after a known
abbreviation ("Mr", "No", "e.g") or a single capital letter ("J. Smith") does not end one; a unit glued
to its figure ("500p.") is no abbreviation.
Clauses end at ``;``, ``:``, a dash between spaces, and ``,`` followed by white space (so the
comma inside "8,000" does not count). All offsets are code-point offsets into the text.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from attrs import field, frozen

from factcheck._extract.text.bisection import Bisection
from factcheck._extract.text.periods import months
from factcheck._extract.text.vocabulary import COMMON
from factcheck.lexicons import lexicon

__all__ = ["Layout", "layout"]

_ABBREVIATIONS: Final = lexicon(COMMON).words("sentence_abbreviations")
"""Abbreviations a full stop may follow inside a sentence ("Mr", "No", "e.g"), in any of our languages."""

_CLAUSE_MARKS: Final = frozenset(";:\u2014\u2013")
_QUOTES_AND_BRACKETS: Final = frozenset("\"'\u2018\u201c([")
_TERMINALS: Final = frozenset(".!?")
_CLOSERS: Final = frozenset("\"'\u2019\u201d)]")
_MARKS: Final = re.compile("[\n.!?,;:\u2014\u2013]")
"""The characters the layout acts on (new lines, terminals, clause marks and commas); it skips the rest."""


@frozen
class Layout:
    """Sentence and clause boundaries of one text, as sorted start offsets."""

    sentence_starts: tuple[int, ...]
    """Offset where each sentence starts; the first is 0."""
    clause_starts: tuple[int, ...]
    """Offset where each clause starts (every sentence start is one too)."""
    paragraph_starts: tuple[int, ...]
    """Offset where each paragraph (text after a blank line) starts."""
    length: int
    _sentences_to: Bisection = field(init=False, repr=False, eq=False)
    """How many sentences start at or before each position asked about: the linking rules ask again and again."""
    _clauses_to: Bisection = field(init=False, repr=False, eq=False)
    """How many clauses start at or before each position asked about."""

    @_sentences_to.default
    def _count_sentences(self) -> Bisection:
        return Bisection(self.sentence_starts, right=True)

    @_clauses_to.default
    def _count_clauses(self) -> Bisection:
        return Bisection(self.clause_starts, right=True)

    def sentence(self, position: int) -> tuple[int, int]:
        """The ``(start, end)`` of the sentence holding ``position``."""
        return _around(self.sentence_starts, position, self.length)

    def clause(self, position: int) -> tuple[int, int]:
        """The ``(start, end)`` of the clause holding ``position``."""
        return _around(self.clause_starts, position, self.length)

    def sentence_index(self, position: int) -> int:
        """The number of the sentence holding ``position``, from 0."""
        return self._sentences_to[position] - 1

    def paragraph_index(self, position: int) -> int:
        """The number of the paragraph holding ``position``, from 0."""
        return bisect.bisect_right(self.paragraph_starts, position) - 1

    def clause_index(self, position: int) -> int:
        """The number of the clause holding ``position``, from 0."""
        return self._clauses_to[position] - 1  # 9,200 questions about 4,000 positions on 1.5 MB


def _around(starts: tuple[int, ...], position: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(starts, position) - 1
    end = starts[i + 1] if i + 1 < len(starts) else length
    return starts[max(i, 0)], end


def _word_before(text: str, end: int) -> str:
    """The run of letters and dots ending at ``end`` (at most 8 characters back)."""
    start = end
    while start > 0 and end - start < 8 and (text[start - 1].isalpha() or text[start - 1] == "."):  # noqa: PLR2004
        start -= 1
    return text[start:end]


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _word_before(text, dot)
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    start = dot - len(word)
    if start > 0 and text[start - 1].isdigit() and "." not in word:
        return False  # a unit glued to its figure: "a price of 500p. Growth ...", not "p. 5"
    return word.lower().lstrip(".") in _ABBREVIATIONS


def _ends_sentence(text: str, i: int) -> tuple[int | None, int]:
    """Where the next sentence starts after the terminal at ``i`` (or ``None``), and where to read on.

    Reading resumes past the run of terminals, closers and spaces, so each is read once.
    """
    n = len(text)
    j = i + 1
    while j < n and (text[j] in _CLOSERS or text[j] in _TERMINALS):
        j += 1
    if j >= n or not text[j].isspace():
        return None, j
    k = j
    while k < n and text[k].isspace() and text[k] != "\n":
        k += 1
    if k < n and text[k] == "\n":  # a terminal at the end of a line ends the sentence
        m = k
        while m < n and text[m].isspace():
            m += 1
        return (m if m < n else None), k
    if k >= n:
        return None, k
    following = text[k]
    if not (following.isupper() or following.isdigit() or following in _QUOTES_AND_BRACKETS or not following.isalpha()):
        return None, k
    if text[i] == "." and (_is_abbreviation(text, i) or _day_before_month(text, i, k)):
        return None, k
    return k, k


def _day_before_month(text: str, dot: int, following: int) -> bool:
    """True for the dot of a German ordinal day before a month: "am 3. Oktober" is one sentence."""
    digits = dot
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    if not 1 <= dot - digits <= 2 or (digits > 0 and text[digits - 1].isalnum()):  # noqa: PLR2004
        return False
    end = following
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[following:end].lower() in months("de_DE")


def layout(text: str) -> Layout:
    """Split ``text`` into sentences, clauses and paragraphs in one pass.

    >>> lay = layout("Prices rose by 5%. Wages fell; rents did not.")
    >>> lay.sentence_starts, lay.clause_starts
    ((0, 19), (0, 19, 30))
    """
    sentences = [0]
    clauses = [0]
    paragraphs = [0]
    n = len(text)
    resume = 0  # the marks before this were read already
    for found in _MARKS.finditer(text):  # every other character only moves on by one: skip to the next mark
        i = found.start()
        if i < resume:
            continue
        ch = text[i]
        if ch == "\n":
            j = i + 1
            while j < n and text[j] in " \t\r":
                j += 1
            if j < n and text[j] == "\n":
                while j < n and text[j].isspace():
                    j += 1
                if j < n:
                    sentences.append(j)
                    clauses.append(j)
                    paragraphs.append(j)
                resume = j
        elif ch in _TERMINALS:
            nxt, resume = _ends_sentence(text, i)
            if nxt is not None:
                sentences.append(nxt)
                clauses.append(nxt)
        elif (ch in _CLAUSE_MARKS or (ch == "," and i + 1 < n and text[i + 1].isspace())) and not (
            ch in "\u2014\u2013" and not (i > 0 and text[i - 1].isspace())
        ):
            clauses.append(i + 1)
    return Layout(tuple(_dedupe(sentences)), tuple(_dedupe(clauses)), tuple(paragraphs), n)


def _dedupe(starts: list[int]) -> list[int]:
    out: list[int] = []
    for s in starts:
        if not out or s > out[-1]:
            out.append(s)
    return out
