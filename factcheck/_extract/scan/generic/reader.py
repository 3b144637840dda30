"""The generic number-word reader the scanner asks at a word: German, French and Spanish (via text2num).

It serves every language but English: a language without number-word tables of its own gets
what holds in any of them ("3 douzaines" after digits).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.generic.ratios import foreign_fraction_at, read_foreign_digits
from factcheck._extract.scan.word_number import WordNumber

if TYPE_CHECKING:
    from factcheck._extract.scan.notation import Notation
    from factcheck._extract.scan.operand_record import ScannerView
    from factcheck._extract.scan.word_number import Fraction

__all__ = ["GENERIC_WORDS", "GenericWords"]


class GenericWords:
    """Number words read by text2num and the generic tables (see :class:`NumberWords`)."""

    starters: frozenset[str] = frozenset()

    def after_digits(self, sc: ScannerView, k: int) -> Notation | None:
        """Digits at ``k`` with the words after them: "1 sur 3", "3 docenas", "322 cent"."""
        return read_foreign_digits(sc, k)

    def at(self, sc: ScannerView, k: int) -> Fraction | WordNumber | None:
        """The fraction ("deux tiers", "une personne sur cinq") or number in words at token ``k``."""
        fraction = foreign_fraction_at(sc, k)
        if fraction is not None:
            return fraction
        found = sc.foreign.get(k)
        return None if found is None else WordNumber(*found)


GENERIC_WORDS: Final = GenericWords()
