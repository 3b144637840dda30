"""Numerals that number a list's items: "(1) cost, (2) time", "1 ) explains ...", "in order to 1. encourage".

A small whole number marked by brackets or a full stop is a list's number when the next or
previous number of the list is marked alike a few dozen tokens away, or when it opens a line
or an item after a heading ("Excess Land. (1) At least").
:func:`~factcheck._extract.scan.names.designators.not_a_figure_before` asks :func:`enumerator`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.marks import DASHES, sentence_end
from factcheck._extract.text.tokens import NUM, SYM, WORD

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["enumerator"]

_ENUMERATOR_DIGITS: Final = 2
"""The most digits of a list's number ("12)")."""
_ENUMERATION_REACH: Final = 80
"""Tokens looked at either side of a list's number for the next or previous one."""
_OPENING_QUOTES: Final = frozenset({"\u201c", "\u2018"})
_ITEM_LEADS: Final = _OPENING_QUOTES | DASHES
"""Marks between a sentence's end and a list's opening number: "Required.--(1)", "inserting “(1)"."""
_LINE_LEADS: Final = ' \t\u201c\u2018"'
"""Blanks and opening quotation marks that may stand before a list's number opening its line."""


def enumerator(sc: ScannerView, k: int) -> bool:
    """True for a list's numbering: "1 ) explains ...; 2 ) cautions ...", "(1) cost, (2) time".

    A small whole number with a closing bracket after it and no bracket of the text open
    before it (or one right before it), with the next or previous number of the list marked
    alike within a few dozen tokens; or in brackets at the start of a line or paragraph ("(1)
    The water resources ...").
    """
    toks = sc.toks
    opened = _enumerator_mark(sc, k)
    dotted = opened is None and _dotted_item(sc, k)
    if opened is None and not dotted:
        return False
    if opened and _opens_line(sc.text, toks[k - 1].start):
        return True  # "(1) The water resources of ...", "“(2) section 8 of": a list's number opening its line
    if opened and _opens_item(sc, k):
        return True  # "Excess Land. (1) At least", "Required.--(1) Not later": a list opening after a heading
    value = int(toks[k].digits or "0")
    for j in range(max(0, k - _ENUMERATION_REACH), min(len(toks), k + _ENUMERATION_REACH)):
        sibling = j != k and toks[j].kind == NUM and toks[j].digits in (str(value - 1), str(value + 1))
        if not sibling:
            continue
        mark = _enumerator_mark(sc, j)  # "1. encourage ..., 2. let ..., and (3) encourage": marks may mix
        if _dotted_item(sc, j) or (mark is not None and (dotted or mark == opened)):
            return True
    return False


def _dotted_item(sc: ScannerView, k: int) -> bool:
    """True for a list's number marked "1." inside a sentence: "in order to 1. encourage those students".

    A small whole number, its full stop glued after it and a word in lower case after that: not
    a number ending its sentence ("was 2. Then"), which the sentence's end splits from its sibling.
    """
    toks = sc.toks
    digits = toks[k].digits or ""
    if not (digits.isdigit() and toks[k].text == digits and len(digits) <= _ENUMERATOR_DIGITS):
        return False
    if k + 2 >= len(toks) or toks[k + 1].text != "." or not toks[k + 1].glued:
        return False
    word = toks[k + 2]
    return word.kind == WORD and not word.glued and word.text[:1].islower()


def _opens_item(sc: ScannerView, k: int) -> bool:
    """True when bracketed numeral ``k`` follows a sentence's end and comes before a capital: "Land. (1) At least".

    Dashes and opening quotes may stand between ("Required.--(1) Not", "inserting “(1) In General").
    """
    toks = sc.toks
    if k + 2 >= len(toks) or toks[k + 2].kind != WORD or not toks[k + 2].text[:1].isupper():
        return False
    j = k - 2
    quoted = False
    while j >= 0 and toks[j].kind == SYM and toks[j].text in _ITEM_LEADS:
        quoted = quoted or toks[j].text in _OPENING_QUOTES
        j -= 1
    return quoted or (j >= 0 and (sentence_end(toks[j]) or toks[j].text == ":"))


def _enumerator_mark(sc: ScannerView, k: int) -> bool | None:
    """Whether numeral ``k`` is marked "(1)" (``True``) or "1)" (``False``) as a list's number, else ``None``."""
    toks = sc.toks
    digits = toks[k].digits or ""
    if not (digits.isdigit() and len(digits) <= _ENUMERATOR_DIGITS) or k + 1 >= len(toks) or toks[k + 1].text != ")":
        return None
    if k > 0 and toks[k - 1].text == "(" and toks[k].glued:
        return not (k > 1 and toks[k - 2].kind == NUM)  # "attended 3 (3)": out of so many, a figure
    depth = 0
    for i in range(k - 1, max(-1, k - _ENUMERATION_REACH), -1):
        text = toks[i].text
        depth += (text == ")") - (text == "(")
        if depth < 0:
            return None  # inside a bracket: "(from 3 to 5)"
    return False


def _opens_line(text: str, at: int) -> bool:
    """True when only blanks and opening quotes stand between the start of ``text``'s line and ``at``.

    The start of ``text`` is a line's start too; a quoted amendment's list opens its line (“(2) section 8 of").
    """
    i = at
    while i > 0 and text[i - 1] in _LINE_LEADS:
        i -= 1
    return i == 0 or text[i - 1] in "\n\r"
