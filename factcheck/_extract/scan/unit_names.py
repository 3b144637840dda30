"""Unit names from CLDR (through babel): every long, short and narrow form, singular and plural.

CLDR writes "5 kilomètres", "5 km", "5 mètres carrés", "5 Grad Celsius" for each language; the
text around ``{0}`` in those patterns is the unit as it follows a number. The forms are cut into
tokens the way the scanner cuts text ("km/h" is ``("km", "/", "h")``), lower-cased, and mapped to
a unit name of :mod:`factcheck.units`. Read on first use of a language, then cached.

Short forms of one letter are left out ("s", "h", "t", "a", "d"), except metre, gram and litre,
as are forms that are common words ("in" for inches, "st" for stone): both lists, and the units
read beyond those factcheck writes, are in the ``common`` lexicon's ``units.json``.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.text.numerals import number_symbols
from factcheck._extract.text.tokens import tokenize
from factcheck._wording import CLDR_UNITS
from factcheck.lexicons import LANGUAGES, lexicon

__all__ = ["cldr_unit_forms"]

_EXTRA_KEYS: Final = lexicon("common").mapping("cldr_extra_unit_keys")
"""Units of :mod:`factcheck.units` beyond ``CLDR_UNITS`` whose CLDR names we read."""

_DURATIONS: Final = frozenset(k for k, v in CLDR_UNITS.items() if v.startswith("duration-"))
"""Durations keep their hand-written forms (``scan.unit_words``): CLDR's short ones ("d", "h", "m") clash."""

_ONE_LETTER: Final = lexicon("common").words("cldr_short_forms_kept")
"""The only one-letter short forms kept (metre, gram, litre)."""

_SKIPPED: Final = lexicon("common").words("cldr_short_forms_skipped")
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
    dative = lexicon(lang).own("unit_dative_plural") if lang in LANGUAGES else None
    if dative is not None:  # the German dative plural CLDR lacks: "in 300 Metern Höhe", "mit 5 Litern"
        for words, name in list(forms.items()):
            if words[0].endswith(dative["endings"]):
                forms.setdefault((f"{words[0]}{dative['suffix']}", *words[1:]), name)
    return forms


def _unwanted(words: tuple[str, ...], *, long_form: bool) -> bool:
    """True for a short form too likely to be something else."""
    if long_form:
        return False
    if len(words) == 1 and len(words[0]) == 1:
        return words[0] not in _ONE_LETTER
    return len(words) == 1 and words[0] in _SKIPPED
