"""What a number-word reader returns, in any language: a number or a fraction, and where it ends."""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from factcheck._decimal import CONTEXT, HUNDRED

__all__ = ["Fraction", "WordNumber", "is_ratio", "scaled"]


@frozen
class WordNumber:
    """A number read from words: its value with stated digits, and the token after it."""

    value: Decimal
    end: int


@frozen
class Fraction:
    """A fraction as a percentage (``percent`` is 100 · numerator / denominator) ending at token ``end``."""

    numerator: int
    denominator: int
    end: int

    @property
    def percent(self) -> Decimal:
        """The fraction in percent, in the library's decimal context: a third is 33.33…."""
        return CONTEXT.divide(CONTEXT.multiply(HUNDRED, Decimal(self.numerator)), Decimal(self.denominator))


def scaled(total: int, last_power: int) -> Decimal:
    """``total`` with its digits stated down to ``last_power`` when it ends in that multiplier."""
    if last_power > 0 and total % 10**last_power == 0:
        return Decimal(total // 10**last_power).scaleb(last_power)
    return Decimal(total)


def is_ratio(numerator: int, denominator: int) -> bool:
    """True when "N in M" reads as a ratio: a small N below M, M at most 1,000 ("390 in 2023" is not).

    >>> is_ratio(1, 5), is_ratio(390, 2023), is_ratio(5, 2024)
    (True, False, False)
    """
    return 0 < numerator < 100 and numerator < denominator <= 1000  # noqa: PLR2004
