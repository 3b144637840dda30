"""Compact forms of figures stated to thousands or coarser ("£1.2m", "5,3 millions", "2,5 mil millones").

The number shown keeps the stated precision: "£1.2m" shows one digit after the point because
the figure was stated to £100,000s, and a figure stated to £100,000s below a million is written
"£0.1m", not "£100k" (which would claim precision to £1,000s). The scale words come from CLDR
through babel; a locale whose short form would hide the precision ("2500 M €" in Spanish) falls
back to its long form ("2,5 mil millones €").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from decimal import Decimal

    from babel import Locale

__all__ = ["compact_number", "compact_power"]

_DIGIT_RUN: Final = re.compile(r"0+")
_QUOTED: Final = re.compile(r"'[^']*'")
_POWERS: Final = (3, 6, 9, 12)


def compact_power(value: Decimal, exponent: int) -> int | None:
    """The power of ten to scale by: by the size of ``value``, but never below ``exponent``.

    >>> from decimal import Decimal
    >>> compact_power(Decimal("1.2E+6"), 5), compact_power(Decimal("1E+5"), 5), compact_power(Decimal(999), 0)
    (6, 6, None)
    """
    if value.is_zero() or abs(value) < 1000:  # noqa: PLR2004
        return None
    size = min(12, value.adjusted() // 3 * 3)
    candidates = [p for p in _POWERS if p >= max(size, exponent)]
    return candidates[0] if candidates else None


def compact_number(
    value: Decimal, exponent: int, power: int, locale: Locale, *, currency: str | None = None
) -> str | None:
    """``value`` scaled by ``10**power`` with the locale's scale word, or ``None`` if CLDR has none.

    Money uses the short currency form ("£1.2m", "1,2 Mio. €"); other figures the long form
    ("5.3 million"), which money falls back to when its short form cannot show the precision.
    """
    from babel.numbers import parse_pattern  # noqa: PLC0415

    scaled = value.scaleb(-power)
    digits = max(0, power - exponent)
    plural = locale.plural_form(scaled)
    kinds = ("currency", "long") if currency is not None else ("long",)
    for kind in kinds:
        table = (
            locale.compact_currency_formats["short"] if kind == "currency" else locale.compact_decimal_formats["long"]
        )
        key = str(10**power)
        pattern = (table.get(plural) or {}).get(key) or (table.get("other") or {}).get(key)
        if pattern is None:
            continue
        text = pattern.pattern
        if _DIGIT_RUN.findall(_QUOTED.sub("", text)) != ["0"] or text.strip() == "0":
            continue  # "0000 M" divides by less than 10**power; "0" has no scale word
        number = "0." + "0" * digits if digits else "0"
        result = parse_pattern(_DIGIT_RUN.sub(number, text, count=1)).apply(
            scaled, locale, currency=currency, currency_digits=False
        )
        if kind == "long" and currency is not None:
            return _with_currency(result, currency, locale)
        return str(result)
    return None


def _with_currency(number: str, code: str, locale: Locale) -> str:
    """``number`` with the currency symbol where the locale's currency pattern puts it."""
    from babel.numbers import get_currency_symbol  # noqa: PLC0415

    symbol = get_currency_symbol(code, locale=locale)
    standard = locale.currency_formats["standard"].pattern
    if standard.lstrip().startswith("¤"):
        return f"{symbol}{number}" if not standard.startswith("¤\xa0") else f"{symbol}\xa0{number}"
    return f"{number}\xa0{symbol}"
