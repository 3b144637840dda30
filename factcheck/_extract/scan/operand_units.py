"""The unit after an operand's number: "35 miles", "20 (kg)", "100 W/m2", "35 MtCO2e", '10" long', "3 points".

:func:`unit_after` tries in turn a one-letter symbol glued to the digits ("100t"), a symbol in
brackets as tables write it, a unit per a unit with a slash and a letter or a power ("1.3
A/cm2"), a symbol with a substance glued after it ("500gCO2/kWh"), the inch mark, a compound
measure ("vehicle miles"), the locale's unit words and pint's names (American customary units
in American text), "points" (an index's or percentage points), a temperature's scale glued to
the digits, and "m" as the metre where it is no scale. The number step asks the glued tests
here too ("100t", "500gCO2", and "24703m212", a code).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan import degrees, measures
from factcheck._extract.scan.customary import customary_unit
from factcheck._extract.scan.english_words import CHANGE_NOUNS
from factcheck._extract.scan.points import index_context, percent_context
from factcheck._extract.scan.scale import AMBIGUOUS_M
from factcheck._extract.scan.unit_index import unit_at, words_at
from factcheck._extract.text.tokens import NUM, WORD, Token
from factcheck._extract.text.vocabulary import COMMON, ENGLISH
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = ["digits_glued_after", "glued_letter_unit", "own_ordinal", "substance_unit", "unit_after"]

_COMMON_WORDS: Final = lexicon(COMMON)
_NOT_AS_WRITTEN: Final = _COMMON_WORDS.string_tuples("unit_forms_not_as_written")
"""Unit forms not read in these spellings, which the news forms read otherwise: "Mb" is megabits."""
_LOWER_CASE_UNITS: Final = lexicon(ENGLISH).words("lower_case_unit_forms")
"""Unit forms read only in lower case: "5 pc" is percent, "a 386 PC" a computer."""
_GLUED_LETTER_UNITS: Final = {
    form: unit for unit, forms in _COMMON_WORDS.string_tuples("glued_letter_units").items() for form in forms
}
"""One-letter unit symbols read only glued to their digits: "100t"."""
_SLASH_LETTERS: Final = {
    form: unit for unit, forms in _COMMON_WORDS.string_tuples("slash_unit_letters").items() for form in forms
}
"""One-letter unit symbols read beside a slash between units: "1.3 A/cm2", "100 W/m2"."""
_SUBSTANCES: Final = tuple(sorted(_COMMON_WORDS.strings("unit_substances"), key=len, reverse=True))
"""Substances written glued after a unit symbol and left out of the unit: "500gCO2/kWh", "35 MtCO2e"."""
_SUBSTANCE_LETTERS: Final = {
    form: unit for unit, forms in _COMMON_WORDS.string_tuples("substance_unit_letters").items() for form in forms
}
"""One-letter unit symbols read before a substance, besides ``_SLASH_LETTERS``: "tCO2" is tonnes."""
_SUPERSCRIPTS: Final = {"²": 2, "³": 3}
_COUNTED_UNLESS: Final = {
    unit: frozenset(words)
    for lang in LANGUAGES
    for unit, words in (lexicon(lang).own("counted_unless_rotation") or {}).items()
}
"""Units a whole number of which is a count unless the sentence turns something: "20 turns at bat"."""
_POWER_DIGITS: Final = {"2": 2, "3": 3}
_BRACKETS: Final = {"(": ")", "[": "]", "{": "}", "<": ">"}
"""Brackets a unit symbol may stand in after a number ("20 (kg)"), and the one that closes each."""
_INCH_MARK: Final = '"'
_INCH_MARK_CONTEXT: Final = lexicon(ENGLISH).words("inch_mark_context")
"""Words after a straight double quote that make it the inch mark: '10" long'."""


@functools.cache
def _own_ordinals(lang: str) -> frozenset[str]:
    """The ordinal marks of ``lang`` itself ("º" in Spanish), which are never units there."""
    return frozenset(lexicon(lang).own("ordinal_suffixes") or ()) if lang in LANGUAGES else frozenset()


def own_ordinal(lang: str, tok: Token) -> bool:
    return tok.glued and tok.low in _own_ordinals(lang)


def _bracketed_unit(sc: ScannerView, op: Operand, k: int) -> int | None:
    """A unit symbol in brackets after the number, as tables write them: "20 (kg)", "20 [kg]"; the token after."""
    toks = sc.toks
    inner = k + 1
    if inner + 1 >= len(toks) or not toks[inner].glued or len(toks[inner].text) < 2:  # noqa: PLR2004
        return None
    close = _BRACKETS.get(toks[k].text)
    length = measures.unit_length(toks, inner, sc.tabs.units)
    name = sc.tabs.units.units[tuple(t.low for t in toks[inner : inner + length])] if length else None
    if name is None and (found := words_at(toks, inner)) is not None:
        name, length = found
    after = inner + length
    if name is None or after >= len(toks) or toks[after].text != close or not toks[after].glued:
        return None
    op.unit_name = name
    op.parts.append((inner, after - 1))
    return after + 1


def _counted_not_unit(sc: ScannerView, op: Operand, k: int, name: str) -> bool:
    """True when the unit ``name`` at ``k`` counts: a whole number of it, no word of turning in the sentence."""
    if op.fraction is not None or op.value != op.value.to_integral_value() or op.power:
        return False  # "a quarter turn", "1.5 turns"
    cues = _COUNTED_UNLESS[name]
    return not any(sc.lows[i] in cues for i in measures.sentence_around(sc.toks, op.number_first, k))


def _slash_unit(sc: ScannerView, op: Operand, k: int) -> int | None:
    """A unit per a unit with a slash that the tables do not read whole; the token after it, else ``None``.

    Read here only where a one-letter symbol or a power makes it ("1.3 A/cm2", "100 W/m2", "5
    kg/m3", "2.7 g/cm³"); the rest ("50 km/ms", "250 mg/dL") is read as a rate per a unit later.
    """
    toks = sc.toks
    n = len(toks)
    if k + 1 >= n or not toks[k + 1].glued:
        return None  # "5 people": the slash, and any power or substance before it, is glued to the unit
    length = measures.unit_length(toks, k, sc.tabs.units)
    if any(t.text == "/" for t in toks[k : k + length]):
        return None  # "30 km/h": a form of the tables
    top = _slash_side(sc, k)
    if top is None or top[0][1] != 1:
        return None
    (numerator, _, special), end = top
    per: list[str] = []
    while end + 1 < n and toks[end].text == "/" and toks[end].glued and toks[end + 1].glued:
        side = _slash_side(sc, end + 1)  # "3 kg/m2/year": per each unit in turn
        if side is None:
            break
        (denominator, power, letter), end = side
        special = special or letter or power > 1
        per.append(f" / {denominator}" + (f" ** {power}" if power > 1 else ""))
    if not per or not special or (end < n and toks[end].glued and toks[end].kind in (NUM, WORD)):
        return None  # "50 km/ms": a rate per a unit, read with the clause
    op.unit_name = numerator + "".join(per)
    op.parts.append((k, end - 1))
    return end


def _slash_side(sc: ScannerView, k: int) -> tuple[tuple[str, int, bool], int] | None:
    """The unit at ``k`` beside a slash: (its name, its power, whether a lone letter), and the token after it."""
    toks = sc.toks
    if k >= len(toks) or toks[k].kind != WORD:
        return None
    if (substance := substance_unit(sc, k)) is not None:
        return (substance[0], 1, True), substance[1]  # "500gCO2/kWh": grams per kilowatt hour
    text = toks[k].text
    base, power = text, 1
    if text[-1:] in _SUPERSCRIPTS and len(text) > 1:  # "cm²"
        base, power = text[:-1], _SUPERSCRIPTS[text[-1]]
    name = _SLASH_LETTERS.get(base)
    letter = name is not None
    if name is None and len(base) > 1:
        name = sc.tabs.units.units.get((base.lower(),)) or unit_at(base)
    if name is None or (len(base) == 1 and not letter):
        return None
    after = k + 1
    nxt = toks[after] if after < len(toks) else None
    if power == 1 and nxt is not None and nxt.glued and nxt.kind == NUM and nxt.text in _POWER_DIGITS:
        power, after = _POWER_DIGITS[nxt.text], after + 1  # "m2", "cm3"
    return (name, power, letter), after


def substance_unit(sc: ScannerView, k: int) -> tuple[str, int] | None:
    """The unit of a unit symbol with a substance glued after it at token ``k``, and the token after it.

    "gCO2", "tCO2e", "MtCO2e" (``unit_substances``): the substance is left out of the unit, as
    the oil is of "$60 a barrel". The symbol must be a unit alone ("kg", "Mt") or a letter of
    ``slash_unit_letters`` or ``substance_unit_letters`` ("g", "t"); the substance ends its word.
    """
    toks = sc.toks
    n = len(toks)
    if k >= n or toks[k].kind != WORD:
        return None
    if not (k + 1 < n and toks[k + 1].glued) and not toks[k].text.endswith(_SUBSTANCES):
        return None  # most words after a number: no substance glued in them
    end, written = k + 1, toks[k].text
    while end < n and toks[end].glued and toks[end].kind in (NUM, WORD):
        written += toks[end].text
        end += 1
    substance = next((s for s in _SUBSTANCES if written.endswith(s)), None)
    if substance is None:
        return None
    symbol = written[: -len(substance)]
    if not (symbol and toks[k].text.startswith(symbol) and len(symbol) < len(toks[k].text)):
        return None  # the substance begins inside the symbol's word: "gCO2", not "CO2" alone
    name = _SLASH_LETTERS.get(symbol) or _SUBSTANCE_LETTERS.get(symbol)
    if name is None and len(symbol) > 1:
        name = unit_at(symbol)  # "Mt", "kg"
    return None if name is None else (name, end)


def _inch_mark(sc: ScannerView, op: Operand, k: int) -> int | None:
    """A straight double quote for inches before a word of size: '10" long', 'a pen 10 " long'; the token after."""
    toks = sc.toks
    if toks[k].text != _INCH_MARK or k + 1 >= len(toks) or toks[k + 1].low not in _INCH_MARK_CONTEXT:
        return None
    op.unit_name = "inch"
    op.parts.append((k, k))
    return k + 1


def _code_follows(sc: ScannerView, k: int) -> bool:
    """True when digits touch the letter at ``k``, or a hyphen and digits with no unit after them: "m212", "L-202"."""
    toks = sc.toks
    if digits_glued_after(sc, k):
        return True
    nxt = k + 1
    if nxt + 1 >= len(toks) or toks[nxt].text != "-" or not toks[nxt].glued:
        return False
    digits = toks[nxt + 1]
    return (
        digits.glued
        and digits.kind == NUM
        and (nxt + 2 >= len(toks) or not measures.unit_length(toks, nxt + 2, sc.tabs.units))  # "5 m-10 m": a range
    )


def digits_glued_after(sc: ScannerView, k: int) -> bool:
    """True when digits touch the letters at ``k`` after a numeral, beyond a power ("m212"; not "m2", "km²")."""
    toks = sc.toks
    nxt = k + 1
    return nxt < len(toks) and toks[nxt].glued and toks[nxt].kind == NUM and not measures.power_follows(toks, k)


def glued_letter_unit(sc: ScannerView, k: int) -> str | None:
    """The unit of a one-letter symbol glued to the digits before it and ending the word ("100t"), else ``None``."""
    toks = sc.toks
    tok = toks[k]
    if not tok.glued or k == 0 or toks[k - 1].kind != NUM or tok.text not in _GLUED_LETTER_UNITS:
        return None
    ends = k + 1 >= len(toks) or not (toks[k + 1].glued and toks[k + 1].kind in (NUM, WORD))
    return _GLUED_LETTER_UNITS[tok.text] if ends else None


def unit_after(sc: ScannerView, op: Operand, k: int) -> int:
    toks = sc.toks
    n = len(toks)
    tabs = sc.tabs.units
    if k >= n:
        return k
    if (letter := glued_letter_unit(sc, k)) is not None:
        op.unit_name = letter
        op.parts.append((k, k))
        return k + 1
    if toks[k].text in _BRACKETS and (after := _bracketed_unit(sc, op, k)) is not None:
        return after
    if op.currency is None and (after := _slash_unit(sc, op, k)) is not None:
        return after
    if op.currency is None and (substance := substance_unit(sc, k)) is not None:
        op.unit_name, after = substance  # "35 MtCO2e": megatonnes, the substance left out
        op.parts.append((k, after - 1))
        return after
    if (after := _inch_mark(sc, op, k)) is not None:
        return after
    if op.currency is None and (compound := measures.compound_measure(sc, op, k)) is not None:
        op.unit_name, after = compound  # "312.4 billion vehicle miles": miles, not a count of vehicles
        op.parts.append((k, after - 1))
        return after
    start = k
    hyphen = toks[k].text == "-" and toks[k].glued and k + 1 < n and toks[k + 1].glued
    if hyphen:
        start = k + 1
    length = measures.unit_length(toks, start, tabs)  # "12 m 2 dm" is not square metres
    if length == 1 and toks[start].text in _NOT_AS_WRITTEN.get(toks[start].low, ()):
        length = 0  # "100 Mb": megabits, read from the news forms below
    if length:
        key = tuple(t.low for t in toks[start : start + length])
        name = tabs.units[key]
        if len(key) == 1 and len(key[0]) == 1 and toks[start].text not in (key[0], "L") and key[0] != "%":
            return k  # single letters keep their case: "5G" is not five grams
        if len(key) == 1 and len(key[0]) == 1 and not toks[start].glued and _code_follows(sc, start):
            return k  # "24703 m212", "24 L-39 jets": a letter with digits after it is a code, not a unit
        if len(key) == 1 and key[0] in _LOWER_CASE_UNITS and not toks[start].text.islower():
            return k
        name = customary_unit(sc.customary_locale, key, name)  # "30 tons": short tons in American news
        if (product := measures.unit_product(sc, start + length, name)) is not None:
            op.unit_name, after = product  # "20 billion tonne-kilometres"
            op.parts.append((start, after - 1))
            return after
        op.unit_name = degrees.degree_reading(sc, op, start) if name == degrees.ANGLE else name
        op.parts.append((start, start + length - 1))
        return start + length
    if toks[start].kind != NUM and not own_ordinal(sc.tabs.lang, toks[start]):
        found = words_at(toks, start)  # pint's units: "300 horsepower", "2.4 GHz", "30°"
        if found is not None and found[0] in _COUNTED_UNLESS and _counted_not_unit(sc, op, start, found[0]):
            found = None  # "20 turns at bat": a count of turns, not an angle
        if found is not None:
            written = tuple(t.low for t in toks[start : start + found[1]])
            name = customary_unit(sc.customary_locale, written, found[0])  # "40 mpg": US gallons in American news
            op.unit_name = degrees.degree_reading(sc, op, start) if name == degrees.ANGLE else name
            op.parts.append((start, start + found[1] - 1))
            return start + found[1]
    # "up 3 points" after or before a percentage, "lost 162 points" with an index;
    # "a 7-point gain" with a change noun after it
    change_noun = start + 1 < n and toks[start + 1].low in CHANGE_NOUNS
    # an index's points first: "the Nasdaq rose 1.2% and the Dow gained 310 points"
    if (toks[start].low,) in tabs.context_points and (not hyphen or change_noun):
        points = (
            "index_point" if index_context(sc, start) else "percentage_point" if percent_context(sc, start) else None
        )
        if points is not None:
            op.unit_name = points
            op.parts.append((start, start))
            return start + 1
    scale = None if hyphen or op.currency is not None else degrees.glued_scale(sc, op.number_first, k)
    if scale is not None:  # "30C" in a sentence about the weather; not "a 13F filing"
        op.unit_name = scale
        op.parts.append((k, k))
        return k + 1
    if not hyphen and not sc.tabs.ambiguous_m and toks[k].text == AMBIGUOUS_M:
        op.unit_name = "metre"
        op.parts.append((k, k))
        return k + 1
    return k
