"""Numerals in digits, read with the locale's group and decimal symbols (from babel).

The reader is a single left-to-right pass that never backs up more than one group: a group
separator is taken only when exactly three digits follow it ("1,234" is 1234 in English, while
"1,2" stops after "1"), so reading is linear in the length of the text.
"""

from __future__ import annotations

import functools
from typing import Final

from attrs import frozen

from factcheck._locale import babel_locale
from factcheck.lexicons import lexicon

__all__ = [
    "MAX_DIGITS",
    "NumberSymbols",
    "babel_locale",
    "leading_decimal",
    "number_symbols",
    "read_number",
    "year_like",
]

MAX_DIGITS: Final = 30
"""Numerals with more digits than this are not figures (serial numbers, digit noise)."""

_YEAR_DIGITS: Final = 4
_SPACES: Final = frozenset(" \u00a0\u202f\u2009")
_DIGITS: Final = frozenset("0123456789")
_INDIAN_PAIRS: Final = 7
"""Groups of two digits read at most in Indian grouping (up to 10**17)."""
_MINUS_SIGNS: Final = frozenset("-\u2212\u2013")
"""Minus signs read in every locale: the hyphen-minus, the minus sign and the en dash typeset text
writes for it ("–270"); a dash glued after a number or a word is a range or a hyphen, never a sign."""
_BEFORE_LEADING_DECIMAL: Final = frozenset("([{-+\u2212±~$£€¥\"'“‘")
"""Characters after which ".5" is a number (besides spaces and the start of the text)."""


@frozen
class NumberSymbols:
    """The characters a locale writes numbers with."""

    groups: frozenset[str]
    """Characters accepted between groups of three digits."""
    decimal: str
    """The decimal mark."""
    minus: frozenset[str] = _MINUS_SIGNS
    """Characters that write a minus before digits: the locale's own (babel's ``get_minus_sign_symbol``)
    and those every locale's writers use (hyphen-minus, U+2212, the en dash)."""


def year_like(word: str) -> bool:
    """True for four digits of a year of the last or this millennium: "2019".

    >>> year_like("2019"), year_like("1066"), year_like("3000"), year_like("201")
    (True, True, False, False)
    """
    return len(word) == _YEAR_DIGITS and word.isascii() and word.isdigit() and word[0] in "12"


@functools.cache
def number_symbols(locale: str) -> NumberSymbols:
    r"""The group and decimal symbols of ``locale``, plus the spaces and apostrophes it also accepts.

    >>> sorted(number_symbols("de_DE").groups), number_symbols("de_DE").decimal
    ([' ', '.', '\xa0', '\u2009', '\u202f'], ',')
    """
    from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol  # noqa: PLC0415

    loc = babel_locale(locale)
    group, decimal = get_group_symbol(loc), get_decimal_symbol(loc)
    groups = {group}
    spaced = lexicon(loc.language).own("digit_groups_spaced")  # SI-style English: "1 234 567"
    if group in _SPACES or decimal == "," or spaced:  # French group with a narrow no-break
        groups |= _SPACES  # space; German and Spanish style guides (DIN 5008, RAE) and SI-style English
        # ("1 234 567") group with spaces too; writers use any space
    if group in "'’":
        groups |= {"'", "’"}
    groups.discard(decimal)
    minus = _MINUS_SIGNS | {
        sign for sign in get_minus_sign_symbol(loc) if not sign.isspace() and sign not in "\u200e\u200f"
    }
    return NumberSymbols(frozenset(groups), decimal, minus)


def _digits_end(text: str, pos: int) -> int:
    end = pos
    n = len(text)
    while end < n and text[end] in _DIGITS:
        end += 1
    return end


def leading_decimal(text: str, pos: int, start: int, symbols: NumberSymbols) -> bool:
    """True when ``text[pos]`` is a decimal point that begins a numeral: ".08", "(.5)", "$.50".

    Only a full stop counts, after a space, the start or an opening symbol ("v.5" and "1..5" do not).

    >>> en = number_symbols("en_GB")
    >>> leading_decimal("rate of .08", 8, 0, en), leading_decimal("v.5", 1, 0, en)
    (True, False)
    """
    if symbols.decimal != "." or text[pos] != "." or pos + 1 >= len(text) or text[pos + 1] not in _DIGITS:
        return False
    return pos == start or text[pos - 1].isspace() or text[pos - 1] in _BEFORE_LEADING_DECIMAL


def _indian_end(text: str, end: int) -> int:
    """The end of ",dd,dd,ddd" at ``end`` (Indian grouping after a first group of one or two digits), else -1."""
    n = len(text)
    pos = end
    limit = end + 3 * _INDIAN_PAIRS  # bounded, so a long run of ",12,34,56" is not read again at each numeral
    while pos + 3 <= n and pos < limit and text[pos] == "," and _digits_end(text, pos + 1) == pos + 3:
        pos += 3
    if pos > end and pos + 4 <= n and text[pos] == "," and _digits_end(text, pos + 1) == pos + 4:
        return pos + 4
    return -1


def _spaced_mark(text: str, end: int, mark: str) -> int:
    """Where the digits start after " <mark> " at ``end`` (a mark with a space each side), else -1.

    Tokenized corpora (the Penn Treebank's style) write "6.2" as "6 . 2" and "80,000" as
    "80 , 000"; prose never puts a space before a decimal mark or a group separator.
    """
    if (
        end + 3 < len(text)
        and text[end] == " "
        and text[end + 1] == mark
        and text[end + 2] == " "
        and text[end + 3] in _DIGITS
    ):
        return end + 3
    return -1


def _in_chain(text: str, pos: int, spaced: int, mark: str) -> bool:
    """True when digits and " <mark> " come before ``pos`` or after the digits at ``spaced``: "1 . 2 . 3"."""
    before = pos >= 4 and text[pos - 3 : pos] == f" {mark} " and text[pos - 4] in _DIGITS  # noqa: PLR2004
    return before or _spaced_mark(text, _digits_end(text, spaced), mark) > 0


def _tokenized_groups(text: str, end: int, symbols: NumberSymbols, parts: list[str]) -> int:
    """Read " , 000" groups of tokenized text after a first group; return the new end (``parts`` grows)."""
    for mark in symbols.groups:
        if mark.isspace():
            continue
        start = _spaced_mark(text, end, mark)
        while start > 0 and _digits_end(text, start) - start == 3:  # noqa: PLR2004
            parts.append(text[start : start + 3])
            end = start + 3
            start = _spaced_mark(text, end, mark)
    return end


def read_number(text: str, pos: int, symbols: NumberSymbols) -> tuple[int, str | None]:
    """Read the numeral starting at ``text[pos]`` (a digit or a leading decimal point); return its end and plain digits.

    The digits come back as ``"1234.5"`` (``None`` when the numeral is too long to be a figure).
    A group separator counts only before exactly three digits, and only when the first group
    has one to three digits; one numeral uses one separator. In English, a first group of one or
    two digits may be followed by groups of two before the last three ("12,34,567", Indian style).

    >>> read_number("5,294 returns", 0, number_symbols("en_GB"))
    (5, '5294')
    >>> read_number("1,2", 0, number_symbols("en_GB"))
    (1, '1')
    >>> read_number("3,5 %", 0, number_symbols("de_DE"))
    (3, '3.5')
    >>> read_number("12,34,567.89", 0, number_symbols("en_IN")), read_number(".08", 0, number_symbols("en_GB"))
    ((12, '1234567.89'), (3, '0.08'))
    """
    n = len(text)
    end = _digits_end(text, pos)
    parts = [text[pos:end]]
    if end - pos <= 3:  # noqa: PLR2004  (a first group has one to three digits)
        indian = _indian_end(text, end) if end - pos <= 2 and "," in symbols.groups else -1  # noqa: PLR2004
        if indian > 0:
            parts.append(text[end:indian].replace(",", ""))
            end = indian
        separator = None
        while indian < 0 and end + 4 <= n and text[end] in symbols.groups and text[end] == (separator or text[end]):
            group_end = _digits_end(text, end + 1)
            if group_end - end - 1 != 3:  # noqa: PLR2004
                break
            separator = text[end]
            parts.append(text[end + 1 : group_end])
            end = group_end
        if indian < 0 and separator is None:
            end = _tokenized_groups(text, end, symbols, parts)
    integer = "".join(parts) or "0"
    fraction = ""
    if end + 1 < n and text[end] == symbols.decimal and text[end + 1] in _DIGITS:
        frac_end = _digits_end(text, end + 1)
        fraction = text[end + 1 : frac_end]
        end = frac_end
    elif (spaced := _spaced_mark(text, end, symbols.decimal)) > 0 and not _in_chain(text, pos, spaced, symbols.decimal):
        frac_end = _digits_end(text, spaced)  # "6 . 2 %" in tokenized text; not "1 . 2 . 3"
        fraction = text[spaced:frac_end]
        end = frac_end
    if len(integer) + len(fraction) > MAX_DIGITS:
        return end, None
    return end, f"{integer}.{fraction}" if fraction else integer
