"""Unit words after a number, and the words that make a number not a figure.

Every table maps lower-case token tuples (as the scanner cuts text: "km/h" is
``("km", "/", "h")``, "°C" is ``("°", "c")``) to a unit name of :mod:`factcheck.units`.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.scan.unit_names import COMMON_FORMS, cldr_unit_forms

__all__ = [
    "COUNT_WORDS",
    "DESIGNATORS",
    "DURATION_WORDS",
    "LENGTH_CONTEXT",
    "ORDINAL_SUFFIXES",
    "TIME_SUFFIXES",
    "UnitTables",
    "unit_tables",
]

_PERCENT: Final = {
    "en": ("%", "per cent", "percent", "percents", "percentage", "pc", "per cent ."),
    "de": ("%", "prozent", "v . h ."),
    "fr": ("%", "pour cent", "pour - cent", "pourcent", "pourcents"),
    "es": ("%", "por ciento", "por cien"),
}
_POINTS: Final = {
    "en": ("percentage points", "percentage point", "pp", "ppt", "ppts", "pts", "% points", "% point"),
    "de": ("prozentpunkte", "prozentpunkten", "prozentpunkt"),
    "fr": ("points de pourcentage", "point de pourcentage"),
    "es": ("puntos porcentuales", "punto porcentual"),
}
_CONTEXT_POINTS: Final = {"en": ("points", "point"), "de": ("punkte",), "fr": ("points",), "es": ("puntos",)}
_BASIS_POINTS: Final = {
    "en": ("basis points", "basis point", "bps", "bp"),
    "de": ("basispunkte", "basispunkten", "basispunkt"),
    "fr": ("points de base", "point de base"),
    "es": ("puntos básicos", "punto básico"),
}

DURATION_WORDS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "second": "second",
        "seconds": "second",
        "minute": "minute",
        "minutes": "minute",
        "hour": "hour",
        "hours": "hour",
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "fortnight": "fortnight",
        "fortnights": "fortnight",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
        "decade": "decade",
        "decades": "decade",
        "century": "century",
        "centuries": "century",
    },
    "de": {
        "sekunde": "second",
        "sekunden": "second",
        "minute": "minute",
        "minuten": "minute",
        "stunde": "hour",
        "stunden": "hour",
        "tag": "day",
        "tage": "day",
        "tagen": "day",
        "woche": "week",
        "wochen": "week",
        "monat": "month",
        "monate": "month",
        "monaten": "month",
        "jahr": "year",
        "jahre": "year",
        "jahren": "year",
        "jahrzehnt": "decade",
        "jahrzehnte": "decade",
    },
    "fr": {
        "seconde": "second",
        "secondes": "second",
        "minute": "minute",
        "minutes": "minute",
        "heure": "hour",
        "heures": "hour",
        "jour": "day",
        "jours": "day",
        "semaine": "week",
        "semaines": "week",
        "mois": "month",
        "an": "year",
        "ans": "year",
        "année": "year",
        "années": "year",
        "décennie": "decade",
        "décennies": "decade",
    },
    "es": {
        "segundo": "second",
        "segundos": "second",
        "minuto": "minute",
        "minutos": "minute",
        "hora": "hour",
        "horas": "hour",
        "día": "day",
        "días": "day",
        "semana": "week",
        "semanas": "week",
        "mes": "month",
        "meses": "month",
        "año": "year",
        "años": "year",
        "década": "decade",
        "décadas": "decade",
    },
}

_PHYSICAL: Final = {
    "km": "kilometre",
    "kilometre": "kilometre",
    "kilometres": "kilometre",
    "kilometer": "kilometre",
    "kilometers": "kilometre",
    "kilomètres": "kilometre",
    "kilómetros": "kilometre",
    "kilometern": "kilometre",
    "metre": "metre",
    "metres": "metre",
    "meter": "metre",
    "meters": "metre",
    "mètres": "metre",
    "metros": "metre",
    "cm": "centimetre",
    "centimetres": "centimetre",
    "centimeters": "centimetre",
    "mm": "millimetre",
    "millimetres": "millimetre",
    "mile": "mile",
    "miles": "mile",
    "ft": "foot",
    "feet": "foot",
    "foot": "foot",
    "inches": "inch",
    "kg": "kilogram",
    "kilograms": "kilogram",
    "kilogrammes": "kilogram",
    "kilos": "kilogram",
    "kilogramm": "kilogram",
    "g": "gram",
    "grams": "gram",
    "grammes": "gram",
    "gramm": "gram",
    "tonnes": "tonne",
    "tonne": "tonne",
    "tons": "tonne",
    "ton": "tonne",
    "metric tons": "tonne",
    "metric ton": "tonne",
    "tonnen": "tonne",
    "toneladas": "tonne",
    "lb": "pound",
    "lbs": "pound",
    "stone": "stone",
    "litres": "litre",
    "litre": "litre",
    "liters": "litre",
    "liter": "litre",
    "litros": "litre",
    "gallons": "gallon",
    "hectares": "hectare",
    "hectare": "hectare",
    "ha": "hectare",
    "hektar": "hectare",
    "hectáreas": "hectare",
    "acres": "acre",
    "mph": "mile_per_hour",
    "km / h": "kilometre_per_hour",
    "kph": "kilometre_per_hour",
    "kmh": "kilometre_per_hour",
    "gb": "gigabyte",
    "mb": "megabyte",
    "tb": "terabyte",
    "kwh": "kilowatt_hour",
    "kw": "kilowatt",
    "mw": "megawatt",
    "gw": "gigawatt",
}
"""Physical units in any of our languages (symbols are the same everywhere)."""

_CLASHES: Final = frozenset({"julio", "julios"})
"""CLDR unit names that mostly mean something else in news text (Spanish "julio" is July, not joule)."""

_LINKED: Final = frozenset({"fr", "es"})
"""Languages that join a scale word to its unit with "de": "2 millions de tonnes", "5 millones de litros"."""

_VOWELS: Final = frozenset("aeiouyéèêh")

COUNT_WORDS: Final = {
    "people": "person",
    "persons": "person",
    "person": "person",
    "personen": "person",
    "personnes": "person",
    "personne": "person",
    "personas": "person",
    "persona": "person",
    "households": "household",
    "haushalte": "household",
    "ménages": "household",
    "hogares": "household",
}
"""Counted nouns :func:`factcheck.parse_amount` accepts after a figure (as ``factcheck._format`` writes them)."""

DESIGNATORS: Final = frozenset(
    {
        "section",
        "sections",
        "article",
        "articles",
        "chapter",
        "page",
        "pages",
        "p",
        "pp",
        "clause",
        "paragraph",
        "para",
        "schedule",
        "rule",
        "regulation",
        "amendment",
        "figure",
        "fig",
        "table",
        "appendix",
        "annex",
        "exhibit",
        "platform",
        "gate",
        "room",
        "flight",
        "route",
        "junction",
        "version",
        "tier",
        "phase",
        "episode",
        "season",
        "series",
        "volume",
        "vol",
        "issue",
        "question",
        "step",
        "level",
        "grade",
        "act",
        "line",
        "item",
        "no",
        "nos",
        "nr",
        "number",
        "artikel",
        "absatz",
        "kapitel",
        "seite",
        "paragraf",
        "artículo",
        "capítulo",
        "página",
        "chapitre",
        "alinéa",
    }
)
"""Words after which a numeral names something ("section 3", "article 50", "No 10")."""

ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th", "er", "e", "ème", "eme", "o", "a", "º", "ª"})
"""Letters glued after digits that make an ordinal ("21st", "2e", "3º")."""

TIME_SUFFIXES: Final = frozenset({"am", "pm", "a . m .", "p . m .", "h", "uhr"})
"""Words after a number that make it a time of day ("3pm", "10 a.m.", "9h")."""

LENGTH_CONTEXT: Final = frozenset(
    {"tall", "high", "long", "wide", "deep", "away", "sprint", "race", "hurdles", "freestyle", "metres", "above"}
)
"""Words after "5m" that make the "m" a metre rather than a million."""


class UnitTables:
    """Unit forms of one language: token tuples -> unit name."""

    __slots__ = ("context_points", "durations", "first_words", "longest", "units")

    def __init__(self, lang: str) -> None:
        table: dict[tuple[str, ...], str] = {}
        for key, name in {**_PHYSICAL, **COMMON_FORMS}.items():
            table[tuple(key.split())] = name
        for words, name in cldr_unit_forms(lang).items():
            if not _CLASHES.intersection(words):
                table.setdefault(words, name)
        if lang in _LINKED:
            for words, name in list(table.items()):
                if len(words[0]) > 2 or len(words) > 1:  # noqa: PLR2004  ("millions de tonnes"; not "de m")
                    table.setdefault(("de", *words), name)
                    if lang == "fr" and words[0][0] in _VOWELS:
                        table.setdefault((f"d'{words[0]}", *words[1:]), name)
        for group in (DURATION_WORDS["en"], DURATION_WORDS.get(lang, {})):
            for key, name in group.items():
                table[tuple(key.split())] = name
        for forms, name in ((_BASIS_POINTS, "basis_point"), (_POINTS, "percentage_point"), (_PERCENT, "percent")):
            for key in (*forms["en"], *forms.get(lang, ())):
                table[tuple(key.split())] = name
        table[("‰",)] = "per_mille"
        self.units = table
        """Every unit form -> unit name."""
        self.durations = frozenset(
            tuple(k.split()) for g in (DURATION_WORDS["en"], DURATION_WORDS.get(lang, {})) for k in g
        )
        """The forms that are durations (these also follow a hyphen: "a two-day visit")."""
        self.context_points = frozenset((w,) for w in (*_CONTEXT_POINTS["en"], *_CONTEXT_POINTS.get(lang, ())))
        """"points": percentage points only after a percentage in the same sentence."""
        self.longest = max(len(k) for k in table)
        self.first_words = frozenset(k[0] for k in table)
        """The first token of every unit form."""


@functools.cache
def unit_tables(lang: str) -> UnitTables:
    """The unit forms of ``lang``.

    >>> unit_tables("de").units[("prozent",)]
    'percent'
    """
    return UnitTables(lang)
