"""Writing amounts for people with babel: digits as stated, the locale's separators and symbols."""

from __future__ import annotations

import enum
import functools
from decimal import Decimal  # noqa: TC003  (used at run time by babel calls)
from typing import TYPE_CHECKING, Any, ClassVar, Final, Protocol

from . import units
from ._compact import compact_number, compact_power
from ._decimal import CONTEXT, HUNDRED, significant_exponent
from ._precision import Hedge

if TYPE_CHECKING:
    import pint
    from babel import Locale

    from ._amount import Amount

__all__ = ["amount_html", "claim_html", "format_amount", "format_number"]

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
    "en": {
        "person": ("person", "people"),
        "household": ("household", "households"),
        "case": ("case", "cases"),
        "item": ("item", "items"),
        "job": ("job", "jobs"),
        "vehicle": ("vehicle", "vehicles"),
        "boat": ("boat", "boats"),
        "animal": ("animal", "animals"),
        "death": ("death", "deaths"),
        "visit": ("visit", "visits"),
        "percentage_point": ("percentage point", "percentage points"),
    },
    "de": {
        "person": ("Person", "Personen"),
        "household": ("Haushalt", "Haushalte"),
        "case": ("Fall", "Fälle"),
        "item": ("Stück", "Stück"),
        "job": ("Arbeitsplatz", "Arbeitsplätze"),
        "vehicle": ("Fahrzeug", "Fahrzeuge"),
        "boat": ("Boot", "Boote"),
        "animal": ("Tier", "Tiere"),
        "death": ("Todesfall", "Todesfälle"),
        "visit": ("Besuch", "Besuche"),
        "percentage_point": ("Prozentpunkt", "Prozentpunkte"),
    },
    "fr": {
        "person": ("personne", "personnes"),
        "household": ("ménage", "ménages"),
        "case": ("cas", "cas"),
        "item": ("article", "articles"),
        "job": ("emploi", "emplois"),
        "vehicle": ("véhicule", "véhicules"),
        "boat": ("bateau", "bateaux"),
        "animal": ("animal", "animaux"),
        "death": ("décès", "décès"),
        "visit": ("visite", "visites"),
        "percentage_point": ("point de pourcentage", "points de pourcentage"),
    },
    "es": {
        "person": ("persona", "personas"),
        "household": ("hogar", "hogares"),
        "case": ("caso", "casos"),
        "item": ("artículo", "artículos"),
        "job": ("empleo", "empleos"),
        "vehicle": ("vehículo", "vehículos"),
        "boat": ("barco", "barcos"),
        "animal": ("animal", "animales"),
        "death": ("muerte", "muertes"),
        "visit": ("visita", "visitas"),
        "percentage_point": ("punto porcentual", "puntos porcentuales"),
    },
}
"""Unit names CLDR lacks, by language (singular, plural); others fall back to pint's English name."""

_SCALE_LINKS: Final = {"fr": ("de ", "d’"), "es": ("de ", "de ")}
"""What joins "millions" to a noun: "5,3 millions de personnes", "2 millions d’emplois"."""

_MILLION: Final = 1_000_000

_PER_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "second": "{0} a second",
        "minute": "{0} a minute",
        "hour": "{0} an hour",
        "day": "{0} a day",
        "week": "{0} a week",
        "month": "{0} a month",
        "quarter": "{0} a quarter",
        "year": "{0} a year",
        "decade": "{0} a decade",
        "century": "{0} a century",
    },
    "es": {"day": "{0} al día", "week": "{0} a la semana", "month": "{0} al mes", "year": "{0} al año"},
}
"""How news text says "per": "240,000 people a year", "al año"; other languages use CLDR's pattern."""

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


_DERIVED_DIGITS: Final = 12
"""A value with no stated precision and more significant digits than this was computed, not written:
it is shown to :data:`_SHOWN_DIGITS` significant digits ("8,333.33", not 34 digits of 100,000 / 12)."""
_SHOWN_DIGITS: Final = 6


def _fraction_digits(value: Decimal, exponent: int | None) -> int:
    if exponent is not None:
        return max(0, -exponent)
    normal = value.normalize(CONTEXT)
    exp = normal.as_tuple().exponent
    assert isinstance(exp, int)  # noqa: S101
    if len(normal.as_tuple().digits) > _DERIVED_DIGITS:
        return max(0, _SHOWN_DIGITS - 1 - normal.adjusted())
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


def _number_with_unit(amount: Amount, value: Decimal, locale: str, *, compact: bool | None) -> str:
    """``value`` in ``amount``'s unit; a rate ("person / year") is the level plus "a year"."""
    per = units.time_denominator(amount.unit)
    if per is None:
        return _level(amount, amount.unit, value, locale, compact=compact)
    text = _level(amount, amount.unit * per, value, locale, compact=compact)
    return _per_time(text, str(per), locale)


def _per_time(text: str, per: str, locale: str) -> str:
    """``text`` followed by "a year", "pro Jahr", "par an", "al año" and so on."""
    lang = locale.split("_", 1)[0]
    pattern = _PER_WORDS.get(lang, {}).get(per)
    if pattern is not None:
        return pattern.format(text)
    cldr = _CLDR_UNITS.get(per)
    if cldr is None:
        return f"{text} / {per}"
    from babel.units import format_compound_unit  # noqa: PLC0415

    result = format_compound_unit(text, denominator_unit=cldr, length="long", locale=_locale(locale))
    return result if result is not None else f"{text} / {per}"


def _compact_text(amount: Amount, value: Decimal, loc: Locale, currency: str | None, *, forced: bool) -> str | None:
    """The compact form when the figure was stated to thousands or coarser, or when ``forced``."""
    exponent = amount.exponent
    if forced and value.adjusted() >= 3:  # noqa: PLR2004  (show the digits that are not zero)
        exponent = min(significant_exponent(value), value.adjusted() // 3 * 3)
    if exponent is None or exponent < 3:  # noqa: PLR2004
        return None
    power = compact_power(value, exponent)
    return None if power is None else compact_number(value, exponent, power, loc, currency=currency)


def _level(amount: Amount, unit: pint.Unit, value: Decimal, locale: str, *, compact: bool | None) -> str:
    from babel import numbers  # noqa: PLC0415

    loc = _locale(locale)
    code = units.currency_code(unit)
    is_money = code is not None and units.is_currency(unit)
    if compact is not False and (is_money or units.is_count(unit)):
        number = _compact_text(amount, value, loc, code if is_money else None, forced=compact is True)
        if number is not None and is_money:
            return number
        if number is not None:
            label = unit_label(unit, locale, plural=True)
            if label and abs(value) >= _MILLION:  # millions and up take "de" in French and Spanish
                plain_link, vowel_link = _SCALE_LINKS.get(loc.language, ("", ""))
                label = (vowel_link if label[:1].lower() in "aeiouéèêâîôû" else plain_link) + label
            return f"{number} {label}" if label else number
    if code is not None and is_money:
        base = loc.currency_formats["standard"].pattern
        return numbers.format_currency(
            value,
            code,
            format=_pattern(base, _fraction_digits(value, amount.exponent)),
            locale=loc,
            currency_digits=False,
        )
    if unit == units.unit("percent"):
        base = loc.percent_formats[None].pattern
        digits = _fraction_digits(value, amount.exponent)
        return numbers.format_decimal(CONTEXT.divide(value, HUNDRED), format=_pattern(base, digits), locale=loc)
    plural = loc.plural_form(value) != "one"
    name = str(unit)
    if name in _CLDR_UNITS and name not in _COUNT_WORDS.get(loc.language, {}):
        from babel.units import format_unit  # noqa: PLC0415

        pattern = _pattern("#,##0", _fraction_digits(value, amount.exponent))
        formatted = format_unit(value, _CLDR_UNITS[name], length="long", format=pattern, locale=loc)
        if formatted:
            return formatted
    number = format_number(value, locale, exponent=amount.exponent)
    label = unit_label(unit, locale, plural=plural)
    return f"{number} {label}" if label else number


def unit_label(u: pint.Unit, locale: str, *, plural: bool = True) -> str:
    """The name of ``u`` in ``locale`` where CLDR (babel) or our word list has it, else pint's name.

    >>> unit_label(units.unit("person"), "fr_FR"), unit_label(units.unit("day"), "de_DE", plural=False)
    ('personnes', 'Tag')
    """
    name = str(u)
    if not name or name == "dimensionless":
        return ""
    lang = locale.split("_", 1)[0]
    words = _COUNT_WORDS.get(lang, _COUNT_WORDS["en"])
    if name in words:
        return words[name][1 if plural else 0]
    if name in _CLDR_UNITS:
        from babel.units import format_unit, get_unit_name  # noqa: PLC0415

        loc = _locale(locale)
        label = (
            get_unit_name(_CLDR_UNITS[name], length="long", locale=loc)
            if plural
            else format_unit("", _CLDR_UNITS[name], length="long", locale=loc).strip()  # the "one" form
        )
        if label:
            return str(label)
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


def amount_html(amount: Amount, locale: str = "en_GB") -> str:
    """``amount`` as an escaped HTML ``<span>``, its bounds and unit in the tooltip.

    >>> from factcheck import Amount
    >>> amount_html(Amount.stated("95", "percent"))
    '<span class="factcheck-amount" title="[94.5, 95.5) percent">95%</span>'
    """
    from html import escape  # noqa: PLC0415

    title = f"{amount.bounds} {amount.unit!s}".strip()
    return f'<span class="factcheck-amount" title="{escape(title)}">{escape(format_amount(amount, locale))}</span>'


class _ClaimLike(Protocol):
    """What :func:`claim_html` reads of a claim (claims live a layer above this module)."""

    kind: ClassVar[str]
    __attrs_attrs__: ClassVar[Any]

    @property
    def amount(self) -> Amount: ...


def claim_html(claim: _ClaimLike, locale: str = "en_GB") -> str:
    """``claim`` as an escaped two-column HTML table: kind, amount, then each field that is set."""
    from html import escape  # noqa: PLC0415

    import attrs  # noqa: PLC0415

    rows = [("kind", escape(claim.kind)), ("amount", amount_html(claim.amount, locale))]
    for a in attrs.fields(type(claim))[1:]:
        current: object = getattr(claim, a.name)
        if current == a.default:
            continue
        if isinstance(current, tuple):
            text = ", ".join(_html_value(item, locale) for item in current)
        else:
            text = _html_value(current, locale)
        rows.append((escape(a.name), text))
    body = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return f'<table class="factcheck-claim">{body}</table>'


def _html_value(value: object, locale: str) -> str:
    from html import escape  # noqa: PLC0415

    from ._amount import Amount  # noqa: PLC0415

    if isinstance(value, Amount):
        return amount_html(value, locale)
    if isinstance(value, enum.Enum):
        return escape(str(value.value))
    return escape(str(value))
