"""Writing amounts for people with babel: digits as stated, the locale's separators and symbols."""

from __future__ import annotations

import functools
from decimal import Decimal  # noqa: TC003  (used at run time by babel calls)
from typing import TYPE_CHECKING, Final

from . import units
from ._decimal import CONTEXT, HUNDRED
from ._precision import Hedge

if TYPE_CHECKING:
    import pint
    from babel import Locale

    from ._amount import Amount

__all__ = ["format_amount", "format_number"]

_HEDGE_WORDS: Final[dict[str, dict[Hedge, str]]] = {
    "en": {
        Hedge.ABOUT: "around",
        Hedge.NEARLY: "nearly",
        Hedge.MORE_THAN: "more than",
        Hedge.AT_LEAST: "at least",
        Hedge.LESS_THAN: "less than",
        Hedge.UP_TO: "up to",
    },
    "de": {
        Hedge.ABOUT: "etwa",
        Hedge.NEARLY: "fast",
        Hedge.MORE_THAN: "mehr als",
        Hedge.AT_LEAST: "mindestens",
        Hedge.LESS_THAN: "weniger als",
        Hedge.UP_TO: "bis zu",
    },
    "fr": {
        Hedge.ABOUT: "environ",
        Hedge.NEARLY: "près de",
        Hedge.MORE_THAN: "plus de",
        Hedge.AT_LEAST: "au moins",
        Hedge.LESS_THAN: "moins de",
        Hedge.UP_TO: "jusqu'à",
    },
    "es": {
        Hedge.ABOUT: "alrededor de",
        Hedge.NEARLY: "casi",
        Hedge.MORE_THAN: "más de",
        Hedge.AT_LEAST: "al menos",
        Hedge.LESS_THAN: "menos de",
        Hedge.UP_TO: "hasta",
    },
}
"""How each hedge is written, by language; languages not here use English words."""

_COUNT_WORDS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "en": {"person": ("person", "people"), "percentage_point": ("percentage point", "percentage points")},
    "de": {"person": ("Person", "Personen"), "percentage_point": ("Prozentpunkt", "Prozentpunkte")},
    "fr": {"person": ("personne", "personnes"), "percentage_point": ("point de pourcentage", "points de pourcentage")},
    "es": {"person": ("persona", "personas"), "percentage_point": ("punto porcentual", "puntos porcentuales")},
}
"""Unit names CLDR lacks, by language (singular, plural); others fall back to pint's English name."""

_CLDR_UNITS: Final = {
    "second": "duration-second",
    "minute": "duration-minute",
    "hour": "duration-hour",
    "day": "duration-day",
    "week": "duration-week",
    "month": "duration-month",
    "year": "duration-year",
    "decade": "duration-decade",
    "century": "duration-century",
    "metre": "length-meter",
    "kilometre": "length-kilometer",
    "centimetre": "length-centimeter",
    "millimetre": "length-millimeter",
    "mile": "length-mile",
    "foot": "length-foot",
    "inch": "length-inch",
    "yard": "length-yard",
    "gram": "mass-gram",
    "kilogram": "mass-kilogram",
    "tonne": "mass-tonne",
    "pound": "mass-pound",
    "ounce": "mass-ounce",
    "stone": "mass-stone",
    "litre": "volume-liter",
    "gallon": "volume-gallon-imperial",
    "hectare": "area-hectare",
    "acre": "area-acre",
    "mile_per_hour": "speed-mile-per-hour",
    "kilometre_per_hour": "speed-kilometer-per-hour",
    "degree_Celsius": "temperature-celsius",
    "degree_Fahrenheit": "temperature-fahrenheit",
    "byte": "digital-byte",
    "kilobyte": "digital-kilobyte",
    "megabyte": "digital-megabyte",
    "gigabyte": "digital-gigabyte",
    "terabyte": "digital-terabyte",
    "watt": "power-watt",
    "kilowatt": "power-kilowatt",
    "kilowatt_hour": "energy-kilowatt-hour",
    "joule": "energy-joule",
}


@functools.lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    from babel import Locale  # noqa: PLC0415

    return Locale.parse(name)


def _fraction_digits(value: Decimal, exponent: int | None) -> int:
    if exponent is not None:
        return max(0, -exponent)
    normal = value.normalize(CONTEXT)
    exp = normal.as_tuple().exponent
    assert isinstance(exp, int)  # noqa: S101
    return max(0, -exp)


def _pattern(base: str, digits: int) -> str:
    """The locale's pattern with exactly ``digits`` fraction digits."""
    number = "#,##0" + ("." + "0" * digits if digits else "")
    for old in ("#,##0.00", "#,##,##0.00", "#,##0.###", "#,##,##0", "#,##0", "0.00"):
        if old in base:
            return base.replace(old, number, 1)
    return number


def format_number(value: Decimal, locale: str, *, exponent: int | None = None) -> str:
    """A plain number in ``locale``, with the stated fraction digits.

    >>> format_number(Decimal("5294.5"), "de_DE")
    '5.294,5'
    """
    from babel.numbers import format_decimal  # noqa: PLC0415

    digits = _fraction_digits(value, exponent)
    return format_decimal(value, format=_pattern("#,##0", digits), locale=_locale(locale), decimal_quantization=True)


def _compact_power(amount: Amount) -> int | None:
    if amount.exponent is None or amount.exponent < 3 or abs(amount.value) < 1000:  # noqa: PLR2004
        return None
    power = min(12, (len(str(int(abs(amount.value)))) - 1) // 3 * 3)
    return power if power >= 3 else None  # noqa: PLR2004


def _number_with_unit(amount: Amount, value: Decimal, locale: str, *, compact: bool | None) -> str:
    from babel import numbers  # noqa: PLC0415

    loc = _locale(locale)
    code = amount.currency
    power = _compact_power(amount) if compact is not False else None
    if compact is True and power is None and abs(value) >= 1000:  # noqa: PLR2004
        power = min(12, (len(str(int(abs(value)))) - 1) // 3 * 3)
    if code is not None and units.is_currency(amount.unit):
        if power is not None:
            digits = max(0, power - (amount.exponent if amount.exponent is not None else power))
            return numbers.format_compact_currency(value, code, locale=loc, fraction_digits=digits)
        base = loc.currency_formats["standard"].pattern
        return numbers.format_currency(
            value,
            code,
            format=_pattern(base, _fraction_digits(value, amount.exponent)),
            locale=loc,
            currency_digits=False,
        )
    if units.is_percent(amount.unit) and amount.unit == units.unit("percent"):
        base = loc.percent_formats[None].pattern
        digits = _fraction_digits(value, amount.exponent)
        return numbers.format_decimal(CONTEXT.divide(value, HUNDRED), format=_pattern(base, digits), locale=loc)
    if power is not None and units.is_count(amount.unit):
        digits = max(0, power - (amount.exponent if amount.exponent is not None else power))
        number = numbers.format_compact_decimal(value, format_type="long", locale=loc, fraction_digits=digits)
    else:
        number = format_number(value, locale, exponent=amount.exponent)
    label = unit_label(amount.unit, locale, plural=value != 1)
    return f"{number} {label}" if label else number


def unit_label(u: pint.Unit, locale: str, *, plural: bool = True) -> str:
    """The name of ``u`` in ``locale`` where CLDR (babel) or our word list has it, else pint's name."""
    name = str(u)
    if not name or name == "dimensionless":
        return ""
    lang = locale.split("_", 1)[0]
    words = _COUNT_WORDS.get(lang, _COUNT_WORDS["en"])
    if name in words:
        return words[name][1 if plural else 0]
    if name in _CLDR_UNITS:
        from babel.units import get_unit_name  # noqa: PLC0415

        label = get_unit_name(_CLDR_UNITS[name], length="long", locale=_locale(locale))
        if label:
            return label
    if name in units.COUNT_UNITS:
        return "people" if name == "person" and plural else (f"{name}s" if plural else name)
    return name.replace("_", " ")


def format_amount(amount: Amount, locale: str = "en_GB", *, compact: bool | None = None) -> str:
    """``amount`` as a person would write it in ``locale``; see :meth:`Amount.format`."""
    if amount.hedge is Hedge.RANGE and amount.bounds.low is not None and amount.bounds.high is not None:
        low = _number_with_unit(amount, amount.bounds.low, locale, compact=compact)
        high = _number_with_unit(amount, amount.bounds.high, locale, compact=compact)
        return f"{low}\u2013{high}"
    text = _number_with_unit(amount, amount.value, locale, compact=compact)
    words = _HEDGE_WORDS.get(locale.split("_", 1)[0], _HEDGE_WORDS["en"])
    word = words.get(amount.hedge)
    return f"{word} {text}" if word else text
