"""One side of a figure: ``[sign] [currency] number [scale] [currency | unit]`` read from tokens.

:func:`read_operand` reads it at a token, or says the numeral there is not a figure at all
(a phone number, a time, a date, a name such as "G7") so that the scanner skips it whole.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Final

from factcheck._decimal import scale
from factcheck._extract.scan import degrees, measures
from factcheck._extract.scan import money_compound as money
from factcheck._extract.scan.currency import code_is_word
from factcheck._extract.scan.customary import customary_unit
from factcheck._extract.scan.english.fractions import and_fraction
from factcheck._extract.scan.english.number_words import is_ratio
from factcheck._extract.scan.english.ratio_words import CLAUSE_END_JOINERS, ratio_joiner_at
from factcheck._extract.scan.english_words import CHANGE_NOUNS
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.generic.ratios import foreign_half_after
from factcheck._extract.scan.names.designators import _named_range_end, not_a_figure_before
from factcheck._extract.scan.nonfigures import capitalised_name_end, idiom_end, non_figure_end, quoted_title_end
from factcheck._extract.scan.notation import Notation, read_notation
from factcheck._extract.scan.operand_currency import _currency_after, _currency_at
from factcheck._extract.scan.operand_record import Operand, ScannerView
from factcheck._extract.scan.operand_scales import _scale_at, smaller_part_joiners
from factcheck._extract.scan.points import index_context, percent_context
from factcheck._extract.scan.scale import AMBIGUOUS_M
from factcheck._extract.scan.unit_index import unit_at, words_at
from factcheck._extract.scan.vague import read_vague, vague_starts
from factcheck._extract.scan.word_number import Fraction
from factcheck._extract.text.tokens import NUM, SYM, WORD, Token
from factcheck._extract.text.vocabulary import COMMON, ENGLISH, every_language
from factcheck.lexicons import LANGUAGES, lexicon

__all__ = ["Operand", "ScannerView", "read_operand"]

_MINUS_WORDS: Final = every_language("minus_words")
_NOT_MINUS_AFTER: Final = lexicon(ENGLISH).mapping("minus_words_not_after")
"""Minus words that are a result, not a sign, after some words: "tested negative 3 times"."""
_COMMON_WORDS: Final = lexicon(COMMON)
_NOT_AS_WRITTEN: Final = _COMMON_WORDS.string_tuples("unit_forms_not_as_written")
"""Unit forms not read in these spellings, which the news forms read otherwise: "Mb" is megabits."""
_LOWER_CASE_UNITS: Final = lexicon(ENGLISH).words("lower_case_unit_forms")
_ROUND_FILLERS: Final = lexicon(ENGLISH).words("round_number_fillers")
"""Words between a round number and its unit: "30 some years", "20-odd miles" (30 years, 20 miles)."""
_ROUND: Final = 10
_ROUND_BELOW: Final = 1000
"""Round numbers read past a filler are below this ("200-odd miles"; not a long numeral)."""
"""Unit forms read only in lower case: "5 pc" is percent, "a 386 PC" a computer."""
_PLUS: Final = "+"
_JOINED_AFTER: Final = frozenset("%)]°\u2030/")
"""Symbols a dash glued after is no sign: it joins two figures ("80%-20%", "(2019)-20") or writes ± ("+/-50%")."""
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
_SPACED_MINUS: Final = frozenset({"-", "\u2212"})
"""Signs read apart from their digits, and only before a temperature with its scale written."""
_VAGUE_WINDOW: Final = 5


def _skip(end: int) -> Operand:
    op = Operand(end - 1)
    op.skip = True
    op.end = end
    return op


def _glued_suffix_ok(sc: ScannerView, k: int, nxt: int) -> bool:
    """True when the letters glued after the numeral at ``k`` are a scale, unit or currency ("5m", "50p", "5km")."""
    tabs = sc.tabs
    tok = sc.toks[nxt]
    if (tok.text,) in tabs.scales.abbreviations or (tok.low,) in tabs.scales.words:
        return True
    if tok.low in tabs.currency.minor or tabs.currency.word_code(tok.low) or tok.text in tabs.currency.codes:
        return True
    if degrees.glued_scale(sc, k, nxt) is not None:  # "30C" about the weather; "a 13F filing" is a code
        return True
    if tok.low in tabs.units.first_words and (len(tok.text) > 1 or tok.text == tok.low):
        return True
    if _glued_letter_unit(sc, nxt) is not None:  # "100t"
        return True
    if _substance_unit(sc, nxt) is not None:  # "500gCO2/kWh"
        return True
    return not _own_ordinal(tabs.lang, tok) and unit_at(tok.text) is not None  # "3.8GHz", "25º"


@functools.cache
def _own_ordinals(lang: str) -> frozenset[str]:
    """The ordinal marks of ``lang`` itself ("º" in Spanish), which are never units there."""
    return frozenset(lexicon(lang).own("ordinal_suffixes") or ()) if lang in LANGUAGES else frozenset()


def _own_ordinal(lang: str, tok: Token) -> bool:
    return tok.glued and tok.low in _own_ordinals(lang)


def _notation_into(op: Operand, notation: Notation) -> int:
    """Put a number written in several tokens into ``op``; return the token after it."""
    op.value, op.number_last = notation.value, notation.last
    if notation.fraction is not None:
        op.form, op.fraction = Form.FRACTION, notation.fraction
    return notation.last + 1


def _number(sc: ScannerView, op: Operand, k: int, has_prefix: bool) -> int | None:
    """Read the number at ``k`` into ``op``; return the token after it (``-1``: skip through ``op.end``)."""
    toks, lows = sc.toks, sc.lows
    n = len(toks)
    tok = toks[k]
    op.number_first = k
    if (name_end := idiom_end(toks, k) or quoted_title_end(toks, k) or capitalised_name_end(toks, k)) is not None:
        op.end = name_end
        return -1  # "a half back", "the two-party-preferred vote", "the ‘Norwich in 90’ plan": names
    if tok.kind == NUM:
        if not has_prefix and not_a_figure_before(sc, k):
            op.end = _named_range_end(sc, k)  # "version 0.3 to 0.4": both ends are names
            return -1
        if (notation := read_notation(toks, k)) is not None:  # "3/4", "2 1/4", "1.3e6", "10^6"
            return _notation_into(op, notation)
        if (notation := sc.tabs.words.after_digits(sc, k)) is not None:  # "1 sur 3", "3 docenas"
            return _notation_into(op, notation)
        end = non_figure_end(sc.toks, k)
        if end is not None:
            op.end = end
            return -1
        digits = tok.digits or "0"
        op.value = Decimal(digits)
        op.plain_integer = "." not in digits
        op.number_last = k
        nxt = k + 1
        suffix = nxt < n and toks[nxt].glued and toks[nxt].kind == WORD
        if suffix and not _glued_suffix_ok(sc, k, nxt) and not measures.stone_at(sc, nxt):  # "11st 4lb" is stone
            op.end = nxt + 1
            return -1  # "21st", "5G", "4x4", "1990s"
        if suffix and _digits_glued_after(sc, nxt):
            op.end = nxt + 2
            return -1  # "24703m212", "1m50": a code (or a height in two parts), not 24,703 million
        joiner = ratio_joiner_at(lows, nxt)  # "1 in 5", "9 out of 10"; "18 of 120" stays two figures
        over = nxt + len(joiner) if joiner is not None and joiner not in CLAUSE_END_JOINERS else -1
        if op.plain_integer and 0 < over < n and toks[over].kind == NUM:
            den = toks[over].digits or ""
            if "." not in den and den.isdigit() and is_ratio(int(digits), int(den)):
                op.form, op.fraction, op.number_last = Form.FRACTION, (int(digits), int(den)), over
                return over + 1
        return nxt
    if tok.kind == SYM and (notation := read_notation(toks, k)) is not None:  # "¾"
        return _notation_into(op, notation)
    if tok.kind != WORD:
        return None
    window = toks[k : k + _VAGUE_WINDOW] if tok.low in vague_starts(sc.tabs.lang) else []  # "Tausende Menschen"
    vague = read_vague([t.low for t in window], 0, sc.tabs.lang, [t.text for t in window]) if window else None
    if vague is not None:  # "hundreds of", "des centaines de", "Tausende"
        op.form, op.vague, op.number_last = Form.WORDS, (vague.low, vague.high), k + vague.end - 1
        return k + vague.end
    words = sc.tabs.words.at(sc, k)  # "two", "a third", "deux tiers", "une personne sur cinq"
    if words is None:
        return None
    if isinstance(words, Fraction):
        op.form, op.fraction = Form.FRACTION, (words.numerator, words.denominator)
    else:
        op.value, op.form = words.value, Form.WORDS
    op.number_last = words.end - 1
    return words.end


def _and_smaller(sc: ScannerView, op: Operand, k: int) -> tuple[Decimal, int] | None:
    """A scaled number's smaller part after "and": "2 crore and 50 lakh", "1 million and two hundred".

    The part is number words, or digits with a smaller scale word: "2 million and 300 were hurt"
    stays two figures. Returns the sum and the token after the part.
    """
    if k + 1 >= len(sc.toks) or sc.lows[k] not in smaller_part_joiners(sc.tabs.lang):
        return None
    part = Operand(k + 1)
    after = _number(sc, part, k + 1, has_prefix=True)
    if after is None or after < 0 or part.fraction is not None or part.vague is not None:
        return None
    after = _scale_at(sc, part, after)
    if part.form is Form.DIGITS and not part.power:
        return None
    value = scale(part.value, part.power) if part.power else part.value
    if not 0 < value < 10**op.power:
        return None
    op.number_last = after - 1
    return op.value + value, after


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
    if (substance := _substance_unit(sc, k)) is not None:
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


def _substance_unit(sc: ScannerView, k: int) -> tuple[str, int] | None:
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
    if _digits_glued_after(sc, k):
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


def _digits_glued_after(sc: ScannerView, k: int) -> bool:
    """True when digits touch the letters at ``k`` after a numeral, beyond a power ("m212"; not "m2", "km²")."""
    toks = sc.toks
    nxt = k + 1
    return nxt < len(toks) and toks[nxt].glued and toks[nxt].kind == NUM and not measures.power_follows(toks, k)


def _glued_letter_unit(sc: ScannerView, k: int) -> str | None:
    """The unit of a one-letter symbol glued to the digits before it and ending the word ("100t"), else ``None``."""
    toks = sc.toks
    tok = toks[k]
    if not tok.glued or k == 0 or toks[k - 1].kind != NUM or tok.text not in _GLUED_LETTER_UNITS:
        return None
    ends = k + 1 >= len(toks) or not (toks[k + 1].glued and toks[k + 1].kind in (NUM, WORD))
    return _GLUED_LETTER_UNITS[tok.text] if ends else None


def _unit_after(sc: ScannerView, op: Operand, k: int) -> int:
    toks = sc.toks
    n = len(toks)
    tabs = sc.tabs.units
    if k >= n:
        return k
    if (letter := _glued_letter_unit(sc, k)) is not None:
        op.unit_name = letter
        op.parts.append((k, k))
        return k + 1
    if toks[k].text in _BRACKETS and (after := _bracketed_unit(sc, op, k)) is not None:
        return after
    if op.currency is None and (after := _slash_unit(sc, op, k)) is not None:
        return after
    if op.currency is None and (substance := _substance_unit(sc, k)) is not None:
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
    if toks[start].kind != NUM and not _own_ordinal(sc.tabs.lang, toks[start]):
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


def _past_filler(sc: ScannerView, op: Operand, k: int) -> int | None:
    """The token after a filler at ``k`` ("some", "-odd") after a round number ``op`` below 1000, else ``None``."""
    toks = sc.toks
    if k >= len(toks):
        return None
    filler = k + 1 if toks[k].text == "-" and toks[k].glued and k + 1 < len(toks) and toks[k + 1].glued else k
    if filler + 1 >= len(toks) or toks[filler].low not in _ROUND_FILLERS:
        return None  # the word test first: it rules out nearly every number, cheaper than the Decimal tests
    if op.value is None or op.power or not 0 < op.value < _ROUND_BELOW or op.value % _ROUND:
        return None
    return filler + 1


def _round_filler(sc: ScannerView, op: Operand, k: int) -> int | None:
    """The token after the unit of "30 some years" or "20-odd miles" (the unit read into ``op``), else ``None``."""
    past = _past_filler(sc, op, k)
    if past is None:
        return None
    after = _unit_after(sc, op, past)
    if op.unit_name is None:
        return None
    op.filled = True
    return after


def _filled_scale_at(sc: ScannerView, op: Operand, k: int) -> int:
    """Read a scale word at ``k`` into ``op``, or one after a filler there: "$70-some billion", "40 odd million"."""
    past = _past_filler(sc, op, k)
    if past is None:
        return _scale_at(sc, op, k)
    after = _scale_at(sc, op, past)
    if not op.power:
        return _scale_at(sc, op, k)
    op.filled = True
    return after


def _sign_after_symbol(sc: ScannerView, j: int, k: int) -> bool:
    """A sign glued between a currency symbol (tokens ``j`` to ``k - 1``) and its digits: "$-50.8bn", "€+3m".

    Not after a code of letters alone: "BGM-109" is a missile, "BOP-1129" a reference.
    """
    toks = sc.toks
    return (
        k + 1 < len(toks)
        and any(t.kind == SYM for t in toks[j:k])
        and toks[k].kind == SYM
        and _sign(sc, toks[k].text)
        and toks[k].glued
        and toks[k + 1].glued
        and toks[k + 1].kind == NUM
    )


def read_operand(sc: ScannerView, j: int, *, signed: bool = True, second: bool = False) -> Operand | None:
    """The operand starting at token ``j``; ``None`` if there is none; ``skip`` set for non-figures.

    ``second`` marks the far end of a range ("10-20"), whose numeral follows a dash by design.
    """
    toks = sc.toks
    n = len(toks)
    if j >= n:  # the text ends first: "from 2 to almost", a range's far end read past its hedge
        return None
    op = Operand(j)
    k = j
    tok = toks[k]
    negative = spaced = False
    hyphened = k + 2 < n and toks[k + 1].text == "-" and toks[k + 1].glued and toks[k + 2].glued  # "minus-1.4"
    if signed and tok.low in _MINUS_WORDS and k + 1 < n and (toks[k + 1].kind in (NUM, WORD) or hyphened):
        if tok.low in _NOT_MINUS_AFTER and k > 0 and toks[k - 1].low in _NOT_MINUS_AFTER[tok.low]:
            return None
        negative, k = True, k + (2 if hyphened else 1)
        op.signed = op.signed or hyphened  # the hyphen is the sign's, not a code's ("COVID-19")
    elif (
        signed
        and tok.kind == SYM
        and _sign(sc, tok.text)
        and k + 1 < n
        and toks[k + 1].glued
        and not (tok.glued and k > 0 and (toks[k - 1].kind in (NUM, WORD) or _joins(sc, toks[k - 1].text)))
    ):  # "Court--39 cases": a dash written as two hyphens, not a minus; "2–3", "COVID-19": a range, a code
        negative, k = tok.text != _PLUS, k + 1
        op.signed = True
    elif signed and _spaced_minus(sc, k):  # "convert - 20 degrees Fahrenheit": kept only before a written scale
        negative, spaced, k = True, True, k + 1
        op.signed = True
    if k >= n:
        return None
    prefix = _currency_at(sc, k)
    if prefix is not None and code_is_word(toks[k].text):
        prefix = None  # "ALL 5 solutions", "TOP 10 films": a word before a number, not the lek or the pa'anga
    power, named = 0, False  # a scaled code before the number ("MAUD 60"); a name before it ("dollar 5m")
    if prefix is None and (scaled := money.scaled_code_at(sc, k)) is not None:
        prefix, power = (scaled[0], k + 1), scaled[1]
    elif prefix is None and (prefix := money.named_prefix_at(sc, k)) is not None:
        named = True
    if prefix is not None and signed and not negative and _sign_after_symbol(sc, k, prefix[1]):  # "$-50.8bn"
        op.currency = prefix[0]
        op.parts.append((k, prefix[1] - 1))
        negative, k = toks[prefix[1]].text != _PLUS, prefix[1] + 1
        op.signed = True
    elif prefix is not None and prefix[1] < n and toks[prefix[1]].kind in (NUM, WORD):
        op.currency = prefix[0]
        op.parts.append((k, prefix[1] - 1))
        k = prefix[1]
    elif k > j and not (toks[k].kind == NUM or (toks[k].kind == WORD and tok.low in _MINUS_WORDS)):
        return None
    after = _number(sc, op, k, has_prefix=op.currency is not None or op.signed or second)
    if after is None:
        return None
    if after == -1:
        if k > j:
            return None
        op.skip = True
        return op
    if op.currency is not None and op.form is Form.FRACTION:
        return None
    k = after
    if negative:
        op.value = -op.value
        op.signed = True
        if op.fraction is not None:  # "minus two thirds", "-4/5"
            op.fraction = (-op.fraction[0], op.fraction[1])
    if op.fraction is None and op.vague is None:
        if power:
            op.power = power
        else:
            k = _filled_scale_at(sc, op, k)
        if op.power:
            op.value = scale(op.value, op.power)
            if (more := and_fraction(sc.lows, sc.glued, k, op.value, op.power)) is not None:
                op.value, k = more  # "3 million and a half"
            elif (more := foreign_half_after(sc, k, op.value, op.power)) is not None:
                op.value, k = more  # "2 millions et demi"
            elif (more := _and_smaller(sc, op, k)) is not None:
                op.value, k = more  # "2 crore and 50 lakh"
    if named and not money.named_prefix_kept(sc, op, k):
        return None  # "the dollar 1.5%": a name before a number counts only before a scale
    if op.vague is not None:
        word_code = sc.tabs.currency.word_code
        if k + 1 < n and toks[k].low in every_language("vague_currency_links") and word_code(toks[k + 1].low):
            op.currency = word_code(toks[k + 1].low)  # "millions of pounds", "millones de dólares"
            op.parts.append((k + 1, k + 1))
            k += 2
        elif k < n and toks[k].low.startswith("d'") and word_code(toks[k].low):
            op.currency = word_code(toks[k].low)  # "des millions d'euros"
            op.parts.append((k, k))
            k += 1
        op.end = k
        return op
    if op.currency is None and op.unit_name is None and op.fraction is None:
        k = _currency_after(sc, op, k)
        if money.code_scale_at(sc, op, k):  # "75 USD million"
            k = _scale_at(sc, op, k)
            op.value = scale(op.value, op.power)
    if op.currency is None and op.unit_name is None:
        k = _unit_after(sc, op, k) if (past := _round_filler(sc, op, k)) is None else past
    k = measures.measure_after(sc, op, k)  # "1/4 mile", "5 ft 2 in"
    if (fused := money.minor_after(sc, op, k)) is not None:  # "3 dollars 50 cents", "£3 and 50p"
        k = fused
    if spaced and not degrees.written_scale(sc, op):
        return None  # a dash between words and a figure: "the high - 20 degrees - ..." is read from the digits
    op.end = k
    return op


def _sign(sc: ScannerView, text: str) -> bool:
    """True for a plus or a minus sign of the locale ("-", "−", and the en dash typeset text writes: "–270")."""
    return text == _PLUS or text in sc.tabs.symbols.minus


def _joins(sc: ScannerView, text: str) -> bool:
    """True for a token a dash glued after is no sign: a sign ("--39") or a closing symbol ("80%-20%")."""
    return _sign(sc, text) or text in _JOINED_AFTER


def _spaced_minus(sc: ScannerView, k: int) -> bool:
    """A hyphen or minus sign with spaces either side, after a word and before digits: "convert - 20"."""
    toks = sc.toks
    return (
        0 < k < len(toks) - 1
        and toks[k].text in _SPACED_MINUS
        and not toks[k].glued
        and not toks[k + 1].glued
        and toks[k + 1].kind == NUM
        and toks[k - 1].kind == WORD
    )
