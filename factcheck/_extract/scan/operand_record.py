"""The record of one side of a figure while it is read, and the scanner's view the readers use.

:class:`Operand` holds token indexes and values (sign, currency, number, scale, unit) as
:func:`factcheck._extract.scan.operand.read_operand` and the money readers fill them in.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Protocol

from factcheck._decimal import scale
from factcheck._extract.scan.figure import Form

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.scan.locale_tables import Tables
    from factcheck._extract.scan.notation import Notation
    from factcheck._extract.scan.word_number import Fraction, WordNumber
    from factcheck._extract.text.tokens import Token
    from factcheck._precision import PrecisionPolicy

__all__ = ["NumberWords", "Operand", "ScannerView"]

_WORD_SCALES: Final = tuple((power, Decimal(10) ** power) for power in (12, 9, 6, 3, 2))
"""The powers of the scale words, largest first (trillion, billion, million, thousand, hundred), with their values."""
_ZERO: Final = Decimal(0)
"""The value of an operand before its number is read (a Decimal is immutable: one serves every operand)."""


class ScannerView(Protocol):
    """What the operand reader and the scanner's rules in other modules need from the scanner."""

    text: str
    toks: list[Token]
    lows: list[str]
    glued: list[bool]
    tabs: Tables
    customary_locale: str
    """The locale whose customary units the text writes ("en_US" for American text read as en_GB)."""
    policy: PrecisionPolicy
    """How figures are read as intervals: the widths of hedges and rounding (``building`` reads it)."""
    last_percent: int
    """The token after the last percentage the scanner made a figure of, -1 before any (``points.percent_context``)."""

    @property
    def foreign(self) -> dict[int, tuple[Decimal, int]]: ...


class NumberWords(Protocol):
    """How one language's number words are read: the English grammar, or text2num and the generic tables."""

    starters: frozenset[str]
    """Lower-case words that may begin a number in words (beside what the lexicons give every language)."""

    def after_digits(self, sc: ScannerView, k: int) -> Notation | None:
        """The number the digits at token ``k`` make with the words after them, if any ("1 sur 3")."""
        ...

    def at(self, sc: ScannerView, k: int) -> Fraction | WordNumber | None:
        """The fraction or number in words starting at token ``k``, if any."""
        ...


class Operand:
    """A number with its sign, currency, scale and unit, as token indexes and values."""

    __slots__ = (
        "currency",
        "end",
        "filled",
        "form",
        "fraction",
        "minor",
        "number_first",
        "number_last",
        "parts",
        "plain_integer",
        "power",
        "signed",
        "skip",
        "start",
        "unit_name",
        "vague",
        "value",
    )

    def __init__(self, start: int) -> None:
        self.start = start
        self.end = start + 1
        self.skip = False
        self.number_first = start
        self.number_last = start
        self.value = _ZERO
        self.power = 0
        self.currency: str | None = None
        self.minor = False
        """True when the amount is in hundredths of ``currency`` as written: "50p", "30 cents"."""
        self.unit_name: str | None = None
        self.form = Form.DIGITS
        self.fraction: tuple[int, int] | None = None
        self.vague: tuple[int, int] | None = None
        self.plain_integer = False
        self.signed = False
        self.filled = False
        """True when a filler stood before the scale or unit: "$70-some billion", "30 some years"."""
        self.parts: list[tuple[int, int]] = []
        """Token ranges (first, last) of currency, scale and unit words, for ``unit_text``."""

    def unit_text(self, text: str, toks: Sequence[Token]) -> str | None:
        """The currency, scale and unit words as written ("£ m", "per cent"), or ``None``."""
        if not self.parts:
            return None
        return " ".join(text[toks[a].start : toks[b].end] for a, b in sorted(self.parts))

    def stated_unit(self) -> bool:
        """True when a currency, unit or scale word was written with this operand."""
        return bool(self.currency or self.unit_name or self.power)

    def compatible(self, other: Operand) -> bool:
        """True when ``self`` and ``other`` can be the two ends of one range."""
        if self.currency and other.currency and (self.currency, self.minor) != (other.currency, other.minor):
            return False
        if self.unit_name and other.unit_name and self.unit_name != other.unit_name:
            return False
        return not ((self.currency and other.unit_name) or (self.unit_name and other.currency))

    def inherit(self, other: Operand) -> Operand:
        """``self`` with the unit, currency and scale of ``other`` where ``self`` states none of them.

        The scale word belongs to both ends even where only the low end has a currency: "$3 to 5
        million", "between US$300 and 400 billion", "five to six million dollars", "two to three
        hundred vehicles" (not "ten to a hundred": the low end would pass the high one).
        """
        if other.form is Form.FRACTION or not self.compatible(other):
            return self
        out = copy.copy(self)
        if not (self.currency or self.unit_name):
            out.currency, out.unit_name, out.minor = other.currency, other.unit_name, other.minor
        power = other.power or other.word_scale()
        if self.power == 0 and power and self.form is not Form.FRACTION:
            scaled = scale(self.value, power)
            if scaled <= other.value:
                out.value, out.power = scaled, power
        return out

    def word_scale(self) -> int:
        """The power of the scale word ending a number written in words: 6 for "six million", else 0."""
        if self.form is not Form.WORDS or self.vague is not None or self.value <= 0:
            return 0
        for power, size in _WORD_SCALES:
            if self.value % size == 0:
                return power
        return 0

    def thousands_of(self, high: Operand) -> Operand:
        """Read a small low end of a range in thousands as thousands too: "20-25,000"."""
        if not (self.plain_integer and high.plain_integer and self.power == 0 and high.power == 0):
            return self
        if self.signed or self.currency != high.currency or self.value <= 0:
            return self
        grouped = self.value * 1000
        if high.value % 1000 == 0 and grouped <= high.value < grouped * 10 and self.value < 1000:  # noqa: PLR2004
            out = copy.copy(self)
            out.value = grouped
            return out
        return self
