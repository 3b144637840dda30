"""Table cells: whether a figure stands alone in a cell of a table written as text.

Tables reach us as lines of cells between ``|`` or tab separators ("Total financing | 137.9 | 123.9").
A number alone in such a cell is a figure of the table even when nothing beside it names its unit
(the unit is in a header factcheck does not read); the same number in running prose is not. So is
a number in a cell of figures: one that holds nothing but numbers, signs and brackets, as accounts
write them ("(193,834)" for a negative, "–270", "11 (11)" with last year's in brackets, "10 - 15").
"""

from __future__ import annotations

from typing import Final

__all__ = ["bracketed_in_cell", "in_figures_cell"]

_SEPARATORS: Final = frozenset("|\t")
_PADDING: Final = frozenset(" \u00a0\u202f")
_FIGURE_MARKS: Final = frozenset("0123456789.,()[]-\u2013\u2212+*\u00b9\u00b2\u00b3") | _PADDING
"""What a cell of figures holds besides its numbers: digits, signs, brackets, dashes, footnote marks."""
_WIDEST_CELL: Final = 40
"""How far to look for a cell's edges: a cell of figures is short."""


def in_figures_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a table cell that holds only figures.

    The cell runs from a separator or the line's start to a separator or the line's end, with a
    separator on at least one side; besides the figure it may hold only digits, signs, brackets,
    dashes, footnote marks and padding: "(193,834)", "–270", "11 (11)", "10 - 15".

    >>> row = "Trade payables | 8 | (14) | –270 | 10 (11)"
    >>> [in_figures_cell(row, row.index(n), row.index(n) + len(n)) for n in ("8", "14", "270", "10", "11)")]
    [True, True, True, True, True]
    >>> in_figures_cell("Interim Director | 20-25 (70-75 FYE) | -", 25, 27)
    False
    >>> in_figures_cell("Payments (14) were made.", 10, 12)
    False
    """
    edges = _cell_edges(text, start - 1, end)
    if edges is None:
        return False
    left, right = edges
    return all(ch in _FIGURE_MARKS for ch in text[left + 1 : start]) and all(
        ch in _FIGURE_MARKS for ch in text[end:right]
    )


def bracketed_in_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone in brackets in a table cell: "| (14) |", accounts' negative.

    The cell holds the brackets, the figure and padding, nothing else; "11 (11)" (last year's in
    brackets) and brackets in prose are no negative.

    >>> row = "Trade payables | 8 | (14) | 10 (11)"
    >>> [bracketed_in_cell(row, row.index(n), row.index(n) + len(n)) for n in ("14", "11)")]
    [True, False]
    >>> bracketed_in_cell("Payments (14) were made.", 10, 12)
    False
    """
    if start < 1 or end >= len(text) or text[start - 1] != "(" or text[end] != ")":
        return False
    edges = _cell_edges(text, start - 2, end + 1)
    if edges is None:
        return False
    left, right = edges
    return all(ch in _PADDING for ch in text[left + 1 : start - 1]) and all(
        ch in _PADDING for ch in text[end + 1 : right]
    )


def _cell_edges(text: str, before: int, after: int) -> tuple[int, int] | None:
    """The edges of the cell around a figure, looked for leftwards from ``before`` and rightwards from ``after``.

    ``None`` when a side reaches no edge within a cell's width, or neither edge is a column separator.
    """
    left = _cell_edge(text, before, -1)
    right = _cell_edge(text, after, 1)
    if left is None or right is None:
        return None
    if not (left >= 0 and text[left] in _SEPARATORS) and not (right < len(text) and text[right] in _SEPARATORS):
        return None
    return left, right


def _cell_edge(text: str, i: int, step: int) -> int | None:
    """The index of the separator or line break (or the text's edge) that ends a cell from ``i`` on."""
    for _ in range(_WIDEST_CELL):
        if i < 0 or i >= len(text):
            return i
        if text[i] in _SEPARATORS or text[i] == "\n":
            return i
        i += step
    return None
