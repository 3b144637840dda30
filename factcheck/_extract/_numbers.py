"""Numerals in digits, read with the locale's group and decimal symbols (from babel).

The reader is a single left-to-right pass that never backs up more than one group: a group
separator is taken only when exactly three digits follow it ("1,234" is 1234 in English, while
"1,2" stops after "1"), so reading is linear in the length of the text.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from attrs import frozen

from factcheck.errors import ValidationError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["MAX_DIGITS", "NumberSymbols", "babel_locale", "number_symbols", "read_number"]

MAX_DIGITS: Final = 30
"""Numerals with more digits than this are not figures (serial numbers, digit noise)."""

_SPACES: Final = frozenset(" \u00a0\u202f\u2009")
_DIGITS: Final = frozenset("0123456789")


@functools.cache
def babel_locale(name: str) -> Locale:
    """The babel ``Locale`` called ``name``; an unknown name raises :class:`ValidationError`.

    >>> babel_locale("de_DE").language
    'de'
    """
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise ValidationError("locale", name, "not a locale babel knows, such as 'en_GB'", "unknown-locale") from err


@frozen
class NumberSymbols:
    """The characters a locale writes numbers with."""

    groups: frozenset[str]
    """Characters accepted between groups of three digits."""
    decimal: str
    """The decimal mark."""


@functools.cache
def number_symbols(locale: str) -> NumberSymbols:
    """The group and decimal symbols of ``locale``, plus the spaces and apostrophes it also accepts.

    >>> sorted(number_symbols("de_DE").groups), number_symbols("de_DE").decimal
    (['.'], ',')
    """
    from babel.numbers import get_decimal_symbol, get_group_symbol  # noqa: PLC0415

    loc = babel_locale(locale)
    group, decimal = get_group_symbol(loc), get_decimal_symbol(loc)
    groups = {group}
    if group in _SPACES:  # French and others group with a narrow no-break space; writers use any space
        groups |= _SPACES
    if group in "'’":
        groups |= {"'", "’"}
    groups.discard(decimal)
    return NumberSymbols(frozenset(groups), decimal)


def _digits_end(text: str, pos: int) -> int:
    end = pos
    n = len(text)
    while end < n and text[end] in _DIGITS:
        end += 1
    return end


def read_number(text: str, pos: int, symbols: NumberSymbols) -> tuple[int, str | None]:
    """Read the numeral starting at ``text[pos]`` (a digit); return its end and plain digits.

    The digits come back as ``"1234.5"`` (``None`` when the numeral is too long to be a figure).
    A group separator counts only before exactly three digits, and only when the first group
    has one to three digits.

    >>> read_number("5,294 returns", 0, number_symbols("en_GB"))
    (5, '5294')
    >>> read_number("1,2", 0, number_symbols("en_GB"))
    (1, '1')
    >>> read_number("3,5 %", 0, number_symbols("de_DE"))
    (3, '3.5')
    """
    n = len(text)
    end = _digits_end(text, pos)
    parts = [text[pos:end]]
    if end - pos <= 3:  # noqa: PLR2004  (a first group has one to three digits)
        while end + 4 <= n and text[end] in symbols.groups:
            group_end = _digits_end(text, end + 1)
            if group_end - end - 1 != 3:  # noqa: PLR2004
                break
            parts.append(text[end + 1 : group_end])
            end = group_end
    integer = "".join(parts)
    fraction = ""
    if end + 1 < n and text[end] == symbols.decimal and text[end + 1] in _DIGITS:
        frac_end = _digits_end(text, end + 1)
        fraction = text[end + 1 : frac_end]
        end = frac_end
    if len(integer) + len(fraction) > MAX_DIGITS:
        return end, None
    return end, f"{integer}.{fraction}" if fraction else integer
