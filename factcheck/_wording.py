"""The words each language uses around a figure: hedges, counted things, "a year", CLDR unit keys.

Data only; :mod:`factcheck._format` uses it. Languages missing here fall back to English words
or to CLDR through babel.
"""

from __future__ import annotations

from typing import Final

from ._precision import Hedge

__all__ = ["CLDR_UNITS", "COUNT_WORDS", "HEDGE_WORDS", "MILLIONS", "MINOR_WORDS", "PER_WORDS", "SCALE_LINKS"]

HEDGE_WORDS: Final[dict[str, dict[Hedge, str]]] = {
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

COUNT_WORDS: Final[dict[str, dict[str, tuple[str, str]]]] = {
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

MINOR_WORDS: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "en": {"penny": ("p", "p"), "cent": (" cent", " cents")},
    "de": {"penny": (" Penny", " Pence"), "cent": (" Cent", " Cent")},
    "fr": {"penny": (" penny", " pence"), "cent": (" centime", " centimes")},
    "es": {"penny": (" penique", " peniques"), "cent": (" céntimo", " céntimos")},
}
"""Hundredths of a currency after the number, singular and plural: "50p", "30 cents", "30 Cent"."""

SCALE_LINKS: Final = {"fr": ("de ", "d’"), "es": ("de ", "de ")}
"""What joins "millions" to a noun: "5,3 millions de personnes", "2 millions d’emplois"."""

MILLIONS: Final = 6

PER_WORDS: Final[dict[str, dict[str, str]]] = {
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

CLDR_UNITS: Final = {
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
