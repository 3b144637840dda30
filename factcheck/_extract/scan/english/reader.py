"""The English number-word reader the scanner asks at a word: "two", "a third", "half a million", "half a mile"."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan import measures
from factcheck._extract.scan.english.cardinals import ARTICLES
from factcheck._extract.scan.english.fractions import AFTER_ARTICLE
from factcheck._extract.scan.english.number_words import (
    STARTERS,
    read_english,
    read_fraction,
    read_fraction_of_scale,
)

if TYPE_CHECKING:
    from factcheck._extract.scan.notation import Notation
    from factcheck._extract.scan.operand_record import ScannerView
    from factcheck._extract.scan.word_number import Fraction, WordNumber

__all__ = ["ENGLISH_WORDS", "EnglishWords"]


class EnglishWords:
    """English number words, read with the grammar of ``scan.english`` (see :class:`NumberWords`)."""

    starters: frozenset[str] = STARTERS

    def after_digits(self, _sc: ScannerView, _k: int) -> Notation | None:
        """Nothing: English digits with words after them ("9 out of 10") are read by the operand reader."""
        return None

    def at(self, sc: ScannerView, k: int) -> Fraction | WordNumber | None:
        """The number or fraction in words at token ``k``: "half a million", "a third", "half a mile", "two"."""
        lows, glued = sc.lows, sc.glued
        if lows[k] in ARTICLES and k + 1 < len(lows) and lows[k + 1] not in AFTER_ARTICLE:
            return None  # "a house": each reader below needs a number word after the article
        return (
            read_fraction_of_scale(lows, k)
            or read_fraction(lows, glued, k)
            or measures.half_a_unit(sc, k)  # "half a mile"
            or read_english(lows, glued, k)
        )


ENGLISH_WORDS: Final = EnglishWords()
