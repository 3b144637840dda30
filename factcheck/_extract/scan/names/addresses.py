"""Numerals in an address: a house's number, a building's, a ZIP code.

"123 Random Street", "Richmond House 79 Whitehall", "Cloud City, PA 23456": the capitalised
words of a street or a building's name around the numeral, or a US state's code before five
digits. :func:`~factcheck._extract.scan.names.designators.not_a_figure_before` asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.text.tokens import WORD
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["building_number", "house_number", "zip_code"]

_ENGLISH: Final = lexicon(ENGLISH)

_STREET_WORDS: Final = _ENGLISH.words("address_street_words")
"""Capitalised words ending a street's name: the number before the name is a house number."""
_STREET_WORDS_MAX: Final = 4
"""The most words of a street's name read after a house number ("12 Old Kent Road")."""
_BUILDING_WORDS: Final = _ENGLISH.words("address_building_words")
"""Words ending a building's name before its number and street: "Richmond House 79 Whitehall"."""
_STATE_CODES: Final = _ENGLISH.words("us_state_codes")
_ZIP_DIGITS: Final = 5


def house_number(sc: ScannerView, k: int) -> bool:
    """True when capitalised words ending in a street's name follow numeral ``k``: "123 Random Street".

    Not words all in capitals ("31 HGV Road User Levy" is a row of a table).
    """
    toks = sc.toks
    for j in range(k + 1, min(k + 1 + _STREET_WORDS_MAX, len(toks))):
        tok = toks[j]
        if tok.kind != WORD or tok.glued or not tok.text[:1].isupper() or (len(tok.text) > 1 and tok.text.isupper()):
            return False  # "31 HGV Road User Levy": a table's row, not an address
        if j > k + 1 and tok.text in _STREET_WORDS:
            return True
    return False


def building_number(sc: ScannerView, k: int) -> bool:
    """True for a number between a building's name and a capitalised street: "Richmond House 79 Whitehall"."""
    toks = sc.toks
    if not (2 <= k < len(toks) - 1) or toks[k].glued or toks[k + 1].glued:  # noqa: PLR2004
        return False
    name, building, street = toks[k - 2], toks[k - 1], toks[k + 1]
    return (
        building.text in _BUILDING_WORDS
        and name.kind == WORD
        and name.text[:1].isupper()
        and street.kind == WORD
        and street.text[:1].isupper()
        and not street.text.isupper()
    )


def zip_code(sc: ScannerView, k: int) -> bool:
    """True for five digits after a US state's code behind a comma: "Cloud City, PA 23456"."""
    toks = sc.toks
    digits = toks[k].digits or ""
    return (
        k > 1
        and len(digits) == _ZIP_DIGITS
        and digits.isdigit()
        and toks[k - 1].text in _STATE_CODES
        and not toks[k].glued
        and toks[k - 2].text == ","
    )
