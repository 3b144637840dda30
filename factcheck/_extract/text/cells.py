"""Table cells: whether a figure stands alone in a cell of a table written as text.

Tables reach us as lines of cells between ``|`` or tab separators ("Total financing | 137.9 | 123.9").
A number alone in such a cell is a figure of the table even when nothing beside it names its unit
(the unit is in a header factcheck does not read); the same number in running prose is not.
"""

from __future__ import annotations

from typing import Final

__all__ = ["alone_in_cell"]

_SEPARATORS: Final = frozenset("|\t")
_PADDING: Final = frozenset(" \u00a0\u202f")
_WIDEST_PADDING: Final = 16
"""How far to look past padding for a separator: cells are padded with a few spaces, not pages of them."""


def _edge(text: str, i: int, step: int) -> str | None:
    """What is met from ``i`` going ``step`` past padding.

    A separator (``|`` or a tab) is itself, a line's edge (or the text's) is a new line, and
    anything else is ``None``.
    """
    for _ in range(_WIDEST_PADDING):
        if i < 0 or i >= len(text):
            return "\n"
        ch = text[i]
        if ch in _SEPARATORS or ch == "\n":
            return ch
        if ch not in _PADDING:
            return None
        i += step
    return None


def alone_in_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the whole of a table cell.

    That is: between two separators, or a separator and the line's edge, with nothing else in the
    cell but padding.

    >>> alone_in_cell("Total | 137.9 | 123.9", 8, 13), alone_in_cell("Total | 137.9 | 123.9", 16, 21)
    (True, True)
    >>> alone_in_cell("They voted 66 to 27.", 11, 13)
    False
    >>> alone_in_cell("137.9", 0, 5)
    False
    """
    before, after = _edge(text, start - 1, -1), _edge(text, end, 1)
    if before is None or after is None:
        return False
    return before in _SEPARATORS or after in _SEPARATORS
