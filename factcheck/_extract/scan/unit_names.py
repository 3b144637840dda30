"""Unit names from CLDR (through babel): every long, short and narrow form, singular and plural.

CLDR writes "5 kilomètres", "5 km", "5 mètres carrés", "5 Grad Celsius" for each language; the
text around ``{0}`` in those patterns is the unit as it follows a number. The forms are cut into
tokens the way the scanner cuts text ("km/h" is ``("km", "/", "h")``), lower-cased, and mapped to
a unit name of :mod:`factcheck.units`. Read on first use of a language, then cached.

Short forms of one letter are left out ("s", "h", "t", "a", "d"), except metre, gram and litre,
as are forms that are common words ("in" for inches, "st" for stone).
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.text.numerals import number_symbols
from factcheck._extract.text.tokens import tokenize
from factcheck._wording import CLDR_UNITS

__all__ = ["COMMON_FORMS", "cldr_unit_forms"]

COMMON_FORMS: Final = {
    "° c": "degree_Celsius",
    "degrees celsius": "degree_Celsius",
    "degrees c": "degree_Celsius",
    "degree c": "degree_Celsius",
    "deg c": "degree_Celsius",
    "deg celsius": "degree_Celsius",
    "degrees centigrade": "degree_Celsius",
    "celsius": "degree_Celsius",
    "° celsius": "degree_Celsius",
    "ºc": "degree_Celsius",
    "° centigrade": "degree_Celsius",
    "celcius": "degree_Celsius",
    "degrees celcius": "degree_Celsius",
    "centigrade": "degree_Celsius",
    "grad celsius": "degree_Celsius",
    "degrés celsius": "degree_Celsius",
    "grados celsius": "degree_Celsius",
    "grados centígrados": "degree_Celsius",
    "centígrados": "degree_Celsius",
    "centígrado": "degree_Celsius",
    "grados c": "degree_Celsius",
    "degrés c": "degree_Celsius",
    "grad c": "degree_Celsius",
    "grados f": "degree_Fahrenheit",
    "degrés f": "degree_Fahrenheit",
    "grad f": "degree_Fahrenheit",
    "galones": "gallon",
    "° f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit",
    "degrees f": "degree_Fahrenheit",
    "degree f": "degree_Fahrenheit",
    "deg f": "degree_Fahrenheit",
    "deg fahrenheit": "degree_Fahrenheit",
    "fahrenheit": "degree_Fahrenheit",
    "° fahrenheit": "degree_Fahrenheit",
    "ºf": "degree_Fahrenheit",
    "farenheit": "degree_Fahrenheit",
    "degrees farenheit": "degree_Fahrenheit",
    "km / hr": "kilometre_per_hour",
    "kmph": "kilometre_per_hour",
    "km per hour": "kilometre_per_hour",
    "kilometres per hour": "kilometre_per_hour",
    "square metres": "square_metre",
    "square metre": "square_metre",
    "square kilometres": "square_kilometre",
    "square kilometre": "square_kilometre",
    "sq m": "square_metre",
    "sq km": "square_kilometre",
    "sq miles": "square_mile",
    "sq mile": "square_mile",
    "sq . miles": "square_mile",
    "sq . mile": "square_mile",
    "sq . km": "square_kilometre",
    "sq yd": "square_yard",
    "sq yds": "square_yard",
    "sq . ft": "square_foot",
    "m 2": "square_metre",
    "km 2": "square_kilometre",
    "m 3": "cubic_metre",
    "cm 3": "cubic_centimetre",
    "cubic metres": "cubic_metre",
    "cubic metre": "cubic_metre",
    "cc": "cubic_centimetre",
    "ml": "millilitre",
    "millilitres": "millilitre",
    "milligrammes": "milligram",
    "microgrammes": "microgram",
    "ug": "microgram",
    "µg": "microgram",
    "metric tonnes": "tonne",
    "ounces": "ounce",
    "ounce": "ounce",
    "gallon": "gallon",
    "gal": "gallon",
    "inch": "inch",
    "acre": "acre",
}
"""Forms news text uses that CLDR lacks ("deg C", "sq km", "m2", "kmph"), in any of our languages.

Two misspellings are common enough in published text to read: "celcius" and "farenheit"."""

_EXTRA_KEYS: Final = {
    "square_metre": "area-square-meter",
    "square_kilometre": "area-square-kilometer",
    "square_centimetre": "area-square-centimeter",
    "square_foot": "area-square-foot",
    "square_inch": "area-square-inch",
    "square_yard": "area-square-yard",
    "square_mile": "area-square-mile",
    "cubic_metre": "volume-cubic-meter",
    "cubic_centimetre": "volume-cubic-centimeter",
    "cubic_foot": "volume-cubic-foot",
    "millilitre": "volume-milliliter",
    "centilitre": "volume-centiliter",
    "decilitre": "volume-deciliter",
    "hectolitre": "volume-hectoliter",
    "barrel": "volume-barrel",
    "pint": "volume-pint-imperial",
    "milligram": "mass-milligram",
    "microgram": "mass-microgram",
    "decimetre": "length-decimeter",
    "micrometre": "length-micrometer",
    "nanometre": "length-nanometer",
    "nautical_mile": "length-nautical-mile",
    "knot": "speed-knot",
    "metre_per_second": "speed-meter-per-second",
    "kelvin": "temperature-kelvin",
    "megawatt": "power-megawatt",
    "gigawatt": "power-gigawatt",
    "kilojoule": "energy-kilojoule",
    "kilocalorie": "energy-kilocalorie",
    "bit": "digital-bit",
    "kilobit": "digital-kilobit",
    "megabit": "digital-megabit",
    "gigabit": "digital-gigabit",
    "petabyte": "digital-petabyte",
}
"""Units of :mod:`factcheck.units` beyond ``CLDR_UNITS`` whose CLDR names we read."""

_DURATIONS: Final = frozenset(k for k, v in CLDR_UNITS.items() if v.startswith("duration-"))
"""Durations keep their hand-written forms (``scan.unit_words``): CLDR's short ones ("d", "h", "m") clash."""

_ONE_LETTER: Final = frozenset({"m", "g", "l"})
"""The only one-letter short forms kept (metre, gram, litre)."""

_WORDS: Final = frozenset({"in", "st", "tn", "pt", "mi", "yd", "ct", "dr", "kt", "am", "min", "ac", "nd", "to"})
"""Short forms that are common words or clash with other readings ("5 in 10", "1 st", "a.m.")."""


@functools.cache
def cldr_unit_forms(lang: str) -> dict[tuple[str, ...], str]:
    """Every CLDR form of our units in ``lang`` as token tuples -> unit name.

    >>> forms = cldr_unit_forms("fr")
    >>> forms[("mètres", "carrés")], forms[("km", "/", "h")], forms[("degrés", "celsius")]
    ('square_metre', 'kilometre_per_hour', 'degree_Celsius')
    >>> cldr_unit_forms("de")[("metern", "pro", "sekunde")]
    'metre_per_second'

    """
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        patterns = Locale.parse(lang)._data["unit_patterns"]  # noqa: SLF001  (babel has no public accessor for all forms)
    except (UnknownLocaleError, ValueError, KeyError):
        return {}
    symbols = number_symbols(lang)
    forms: dict[tuple[str, ...], str] = {}
    for name, key in {**CLDR_UNITS, **_EXTRA_KEYS}.items():
        if name in _DURATIONS or key not in patterns:
            continue
        by_length = patterns[key]
        for length in ("long", "short", "narrow"):
            if length not in by_length:
                continue
            for count, pattern in by_length[length].items():
                if count == "per" or not pattern.startswith("{0}"):
                    continue
                text = pattern[3:].strip()
                words = tuple(t.low for t in tokenize(text, symbols))
                if not words or _unwanted(words, long_form=length == "long"):
                    continue
                forms.setdefault(words, name)
    if lang == "de":  # the dative plural CLDR lacks: "in 300 Metern Höhe", "mit 5 Litern"
        for words, name in list(forms.items()):
            if words[0].endswith(("meter", "liter")):
                forms.setdefault((f"{words[0]}n", *words[1:]), name)
    return forms


def _unwanted(words: tuple[str, ...], *, long_form: bool) -> bool:
    """True for a short form too likely to be something else."""
    if long_form:
        return False
    if len(words) == 1 and len(words[0]) == 1:
        return words[0] not in _ONE_LETTER
    return len(words) == 1 and words[0] in _WORDS
