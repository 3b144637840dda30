"""Degrees after a number: a temperature or an angle.

* A scale written out is always a temperature: "degrees Celsius", "°F", "deg C", "2.14degF",
  "5 Grad Celsius" (the unit forms of ``scan.unit_words``).
* "degrees", "deg" or "°" alone (pint's angle ``degree``) is a temperature when its sentence
  speaks of heat or weather: a word of any language's ``temperature_words`` ("temperature",
  "forecast", "fever", "oven", "Hitze" ...) anywhere in it, or when a phrase of
  ``temperature_after_degrees`` follows it ("15 degrees below zero"). It is then read in the locale's
  customary scale: Fahrenheit in the territories of the common lexicon's
  ``fahrenheit_territories`` (the United States and a few others; a locale without a
  territory takes its likeliest one, so "en" is read as American), Celsius everywhere else.
  Elsewhere it stays an angle: "a 30 degree launch angle", "the ship turned 180 degrees".
* A capital "C" or "F" glued to a number ("30C", "86F") is a temperature only in such a
  sentence, below zero ("minus 5C"), or beside a figure that can only be a temperature: glued
  to the other letter ("86F (30C)") or below zero ("from -5C to 30C"). Otherwise it is part of
  a code or a name and no figure: "a 13F filing", "a Boeing 777F".

A temperature is a level on a scale with an offset; a change of one is read in the scale's
delta unit by the claim reader (:func:`factcheck.units.difference_unit`).

>>> from factcheck._extract.scan.scanner import scan
>>> [str(f.amount.unit) for f in scan("The forecast says 95 degrees. The ramp rises at 30 degrees.", "en_US")]
['degree_Fahrenheit', 'degree']
>>> [(str(f.amount.value), str(f.amount.unit)) for f in scan("From -2C at dawn to 14C; a 13F filing.", "en_GB")]
[('-2', 'degree_Celsius'), ('14', 'degree_Celsius')]
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.customary import territory
from factcheck._extract.scan.measures import sentence_around
from factcheck._extract.text.tokens import NUM
from factcheck._extract.text.vocabulary import every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = ["ANGLE", "customary_scale", "degree_reading", "glued_scale", "temperature_sentence", "written_scale"]

ANGLE: Final = "degree"
"""pint's angle degree: what "degrees" and "°" read as when nothing says temperature."""

_TEMPERATURE_WORDS: Final = every_language("temperature_words")
"""Words anywhere in the sentence that make it about heat or weather."""

_AFTER_DEGREES: Final = every_language("temperature_after_degrees")
"""Phrases right after "degrees" that make it a temperature: "below zero"."""
_AFTER_REACH: Final = 3
"""The most words of such a phrase."""
_MINUS_WORDS: Final = every_language("minus_words")
_COMMON: Final = lexicon("common")
_FAHRENHEIT_TERRITORIES: Final = _COMMON.words("fahrenheit_territories")
_LETTERS: Final = _COMMON.string_map("temperature_letters")
""""C" -> degree_Celsius, "F" -> degree_Fahrenheit."""
_SCALES: Final = frozenset(_LETTERS.values())
"""The temperature scales a text may write out."""


@functools.cache
def customary_scale(locale: str) -> str:
    """The temperature scale a bare "degrees" is read in for ``locale``.

    >>> customary_scale("en_US"), customary_scale("en"), customary_scale("en_GB"), customary_scale("de")
    ('degree_Fahrenheit', 'degree_Fahrenheit', 'degree_Celsius', 'degree_Celsius')
    """
    return "degree_Fahrenheit" if territory(locale) in _FAHRENHEIT_TERRITORIES else "degree_Celsius"


def temperature_sentence(sc: ScannerView, first: int, last: int) -> bool:
    """True when the sentence around tokens ``first``..``last`` speaks of heat or weather."""
    lows = sc.lows
    return any(lows[i] in _TEMPERATURE_WORDS for i in sentence_around(sc.toks, first, last))


def degree_reading(sc: ScannerView, op: Operand, k: int) -> str:
    """The unit of a bare "degrees" at token ``k`` after ``op``'s number: a temperature scale or the angle."""
    if temperature_sentence(sc, op.number_first, k) or _temperature_after(sc, k):
        return customary_scale(sc.tabs.locale)
    return ANGLE


def _temperature_after(sc: ScannerView, k: int) -> bool:
    """True when a phrase of ``temperature_after_degrees`` follows the degrees at token ``k``: "below zero"."""
    lows = sc.lows
    return any(" ".join(lows[k + 1 : k + 1 + n]) in _AFTER_DEGREES for n in range(1, _AFTER_REACH + 1))


def written_scale(sc: ScannerView, op: Operand) -> bool:
    """True when ``op`` is a temperature whose scale is written ("20 degrees Fahrenheit", "5 °C"), not inferred."""
    if not op.parts:
        return False
    first, last = op.parts[-1]
    return sc.tabs.units.units.get(tuple(sc.lows[first : last + 1])) in _SCALES


def _below_zero(sc: ScannerView, first: int) -> bool:
    """True when the number at ``first`` has a minus before it ("minus 5C", "-3C"): no code is negative."""
    if first == 0:
        return False
    before = sc.toks[first - 1]
    return before.low in _MINUS_WORDS or (before.text in sc.tabs.symbols.minus and sc.toks[first].glued)


def glued_scale(sc: ScannerView, first: int, k: int) -> str | None:
    """The scale of the capital letter glued at token ``k`` after the number at ``first`` ("30C"), else ``None``."""
    toks = sc.toks
    scale = _LETTERS.get(toks[k].text)
    if scale is None or not toks[k].glued:
        return None
    around = sentence_around(toks, first, k)
    if any(sc.lows[i] in _TEMPERATURE_WORDS for i in around) or _below_zero(sc, first):
        return scale
    for i in around:  # "86F (30C)", "from -5C to 30C": another figure that can only be a temperature
        glued = i > 0 and i != k and toks[i].text in _LETTERS and toks[i].glued and toks[i - 1].kind == NUM
        if glued and (toks[i].text != toks[k].text or _below_zero(sc, i - 1)):
            return scale
    return None
