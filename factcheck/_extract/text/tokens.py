"""Tokens: one pass over the characters of a text, cutting numerals, words and single symbols.

Numerals are read whole with the locale's separators (``text.numerals.read_number``), so "5,294"
is one token in English and "1,2" two numerals and a comma. Whitespace separates tokens and
is not kept; ``glued`` records that a token touches the one before it ("£5", "5m", "Covid-19").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck._extract.text.numerals import leading_decimal, read_number

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from factcheck._extract.text.numerals import NumberSymbols

__all__ = ["HYPHENS", "JUNK", "NUM", "SYM", "WORD", "Token", "first_words", "match", "tokenize"]

NUM: Final = 0
"""A numeral in digits (``digits`` holds it plainly: "5294", "1.2")."""
WORD: Final = 1
"""A run of letters, with apostrophes inside ("jusqu'à")."""
SYM: Final = 2
"""Any other single character: "£", "%", "-", "."."""
JUNK: Final = 3
"""A numeral too long to be a figure."""

HYPHENS: Final = frozenset("-\u2010\u2011")
"""A hyphen as written: hyphen-minus, the hyphen and the non-breaking hyphen ("12-roll", "L\u2011202").

No dash: where an en dash may stand for a hyphen too, the module names that set apart.
"""

_LETTERS: Final = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A run of letters with apostrophes inside ("jusqu'à"). Each repetition starts with an apostrophe,
which the letter class cannot match, so matching never backtracks: linear time."""


class Token:
    """One token: its kind, offsets, text, lower-case text and numeral digits."""

    __slots__ = ("digits", "end", "glued", "kind", "low", "start", "text")

    def __init__(self, kind: int, start: int, end: int, text: str, glued: bool, digits: str | None) -> None:  # noqa: PLR0917  (built in one place, the hot loop)
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        low = text.lower()
        self.low = low.replace("’", "'") if "’" in low else low
        self.glued = glued
        self.digits = digits

    def __repr__(self) -> str:
        return f"Token({self.kind}, {self.start}, {self.end}, {self.text!r})"


def tokenize(text: str, symbols: NumberSymbols, start: int = 0, stop: int | None = None) -> list[Token]:
    """Cut ``text[start:stop]`` into tokens (offsets into ``text``), in one pass.

    >>> from factcheck._extract.text.numerals import number_symbols
    >>> [t.text for t in tokenize("£1.2m, up 5,294%", number_symbols("en_GB"))]
    ['£', '1.2', 'm', ',', 'up', '5,294', '%']
    """
    tokens: list[Token] = []
    append = tokens.append
    letters = _LETTERS.match
    n = len(text) if stop is None else stop
    i = start
    prev_end = -1
    while i < n:
        ch = text[i]
        if ch == " " or ch.isspace():  # most white space is one space
            i += 1
            continue
        digits: str | None = None
        if ch.isalpha():  # most tokens are words; no digit and no full stop is a letter
            found = letters(text, i, n)
            end = found.end() if found is not None else i + 1
            kind = WORD
        elif "0" <= ch <= "9" or (ch == "." and leading_decimal(text, i, start, symbols)):  # ".08"
            end, digits = read_number(text, i, symbols)
            kind = NUM if digits is not None else JUNK
        else:
            end = i + 1
            kind = SYM
        append(Token(kind, i, end, text[i:end], i == prev_end, digits))
        prev_end = end
        i = end
    return tokens


def match(
    tokens: Sequence[Token], i: int, table: Mapping[tuple[str, ...], object], longest: int, *, lower: bool = True
) -> int:
    """The length of the longest key of ``table`` spelt by the tokens from ``i`` (0 if none)."""
    left = len(tokens) - i
    if left <= 0 or longest <= 0:
        return 0
    entry = _KEY_STARTS.get(id(table))
    if entry is None or entry.table is not table or entry.size != len(table):
        entry = _key_starts(table)
    first = tokens[i]
    word = first.low if lower else first.text
    if word not in entry.first_words:  # most words start no key
        return 0
    top = longest if longest < left else left  # noqa: FURB136  (a call of min() costs more, and this is hot)
    # one word more at a time while the words so far begin a key: most phrases stop after a word or two
    found = 1 if (word,) in table else 0
    spelt = [word]
    for length in range(2, top + 1):
        nxt = tokens[i + length - 1]
        spelt.append(nxt.low if lower else nxt.text)
        key = tuple(spelt)
        if key not in entry.prefixes:
            break
        if key in table:
            found = length
    return found


def first_words(table: Mapping[tuple[str, ...], object]) -> frozenset[str]:
    """The words a key of ``table`` begins with: :func:`match` finds nothing at any other word.

    The set :func:`match` keeps for the table (made now and kept for it), so a caller that keeps
    this set may test a word before calling :func:`match`.
    """
    return _key_starts(table).first_words


class _KeyStarts(NamedTuple):
    """What :func:`match` keeps of a table: the table, its size, and the beginnings of its keys."""

    table: object
    size: int
    first_words: frozenset[str]
    """The words that begin a key."""
    prefixes: frozenset[tuple[str, ...]]
    """Every key's first two words, first three, and so on up to the whole key."""


_KEY_STARTS: Final[dict[int, _KeyStarts]] = {}
"""The ``_KeyStarts`` of each table, by the table's ``id`` (the table is kept, so its ``id`` stays its own)."""


def _key_starts(table: Mapping[tuple[str, ...], object]) -> _KeyStarts:
    """Find and store the ``_KEY_STARTS`` entry of ``table``.

    :func:`match` calls it once per table, and again if the table's size changed;
    :func:`first_words` once for each table whose first words it is asked for.
    """
    first_words = frozenset(key[0] for key in table if key)
    prefixes = frozenset(key[:length] for key in table for length in range(2, len(key) + 1))
    entry = _KeyStarts(table, len(table), first_words, prefixes)
    _KEY_STARTS[id(table)] = entry
    return entry
