"""Where the scanner's figures stand among the words: read back over a list, or ahead to the next figure.

The reader reads one figure at a time; a few readings need the figures around it: a list of
ages is read back over its members ("aged nine, ten and 49"), an age lead must be followed by
the age ("two aged fourteen"), and a suspended hyphen takes the next figure's unit ("3- and
4-year-olds").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck._extract.scan.figure import Figure
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["FigureIndex"]


class FigureIndex:
    """The figures of one text by the words their numbers start and end at."""

    def __init__(self, tokens: WordIndex) -> None:
        self.tokens = tokens
        self._starts: dict[int, Figure] = {}
        """The figures by the index of their number's first word."""
        self._ends: dict[int, int] = {}
        """Index of the last word of each figure's number -> index of its first."""
        self._leads: set[int] = set()
        """Index of the first word of each figure, its hedge included ("under" of "under 18")."""

    def add(self, figures: Iterable[Figure]) -> None:
        """Note where ``figures`` stand."""
        tokens = self.tokens
        for figure in figures:
            first = tokens.first_at_or_after(figure.number_start)
            last = tokens.first_at_or_after(figure.number_end) - 1
            if first <= last:
                self._starts[first] = figure
                self._ends[last] = first
                self._leads.add(min(first, tokens.first_at_or_after(figure.start)))

    def starting_at(self, first: int) -> Figure | None:
        """The figure whose number starts at word ``first``, or ``None``."""
        return self._starts.get(first)

    def first_word_of(self, last: int) -> int | None:
        """The first word of the figure whose number ends at word ``last``, or ``None``."""
        return self._ends.get(last)

    def opens_at(self, k: int) -> bool:
        """True when a figure, its hedge included, starts at word ``k``: "14" or "under 18"."""
        return k in self._leads
