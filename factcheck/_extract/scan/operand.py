"""One side of a figure: ``[sign] [currency] number [scale] [currency | unit]`` read from tokens.

:func:`read_operand` reads it at a token, or says the numeral there is not a figure at all
(a phone number, a time, a date, a name such as "G7") so that the scanner skips it whole.
Here are the sign, the number (digits, notation, words, a vague amount) and the fillers of a
round number ("30 some years"); the steps after the number have modules of their own beside
this one: the scale (``operand_scales``), the currency (``operand_currency``) and the unit
(``operand_units``). Names and codes are told by ``scan.names``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from factcheck._decimal import scale
from factcheck._extract.scan import degrees, measures
from factcheck._extract.scan import money_compound as money
from factcheck._extract.scan.currency import code_is_word
from factcheck._extract.scan.english.fractions import and_fraction
from factcheck._extract.scan.english.number_words import is_ratio
from factcheck._extract.scan.english.ratio_words import CLAUSE_END_JOINERS, ratio_joiner_at
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.generic.ratios import foreign_half_after
from factcheck._extract.scan.names.designators import named_range_end, not_a_figure_before
from factcheck._extract.scan.nonfigures import capitalised_name_end, idiom_end, non_figure_end, quoted_title_end
from factcheck._extract.scan.notation import Notation, read_notation
from factcheck._extract.scan.operand_currency import currency_after, currency_at_token
from factcheck._extract.scan.operand_record import Operand, ScannerView
from factcheck._extract.scan.operand_scales import scale_at, smaller_part_joiners
from factcheck._extract.scan.operand_units import (
    digits_glued_after,
    glued_letter_unit,
    own_ordinal,
    substance_unit,
    unit_after,
)
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.vague import read_vague, vague_starts
from factcheck._extract.scan.word_number import Fraction
from factcheck._extract.text.tokens import NUM, SYM, WORD
from factcheck._extract.text.vocabulary import ENGLISH, every_language
from factcheck.lexicons import lexicon

__all__ = ["Operand", "ScannerView", "read_operand"]

_MINUS_WORDS: Final = every_language("minus_words")
_NOT_MINUS_AFTER: Final = lexicon(ENGLISH).mapping("minus_words_not_after")
"""Minus words that are a result, not a sign, after some words: "tested negative 3 times"."""
_ROUND_FILLERS: Final = lexicon(ENGLISH).words("round_number_fillers")
"""Words between a round number and its unit: "30 some years", "20-odd miles" (30 years, 20 miles)."""
_ROUND: Final = 10
_ROUND_BELOW: Final = 1000
"""Round numbers read past a filler are below this ("200-odd miles"; not a long numeral)."""
_PLUS: Final = "+"
_JOINED_AFTER: Final = frozenset("%)]°\u2030/")
"""Symbols a dash glued after is no sign: it joins two figures ("80%-20%", "(2019)-20") or writes ± ("+/-50%")."""
_SPACED_MINUS: Final = frozenset({"-", "\u2212"})
"""Signs read apart from their digits, and only before a temperature with its scale written."""
_VAGUE_WINDOW: Final = 5


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
    if glued_letter_unit(sc, nxt) is not None:  # "100t"
        return True
    if substance_unit(sc, nxt) is not None:  # "500gCO2/kWh"
        return True
    return not own_ordinal(tabs.lang, tok) and unit_at(tok.text) is not None  # "3.8GHz", "25º"


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
            op.end = named_range_end(sc, k)  # "version 0.3 to 0.4": both ends are names
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
        if suffix and digits_glued_after(sc, nxt):
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
    after = scale_at(sc, part, after)
    if part.form is Form.DIGITS and not part.power:
        return None
    value = scale(part.value, part.power) if part.power else part.value
    if not 0 < value < 10**op.power:
        return None
    op.number_last = after - 1
    return op.value + value, after


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
    after = unit_after(sc, op, past)
    if op.unit_name is None:
        return None
    op.filled = True
    return after


def _filled_scale_at(sc: ScannerView, op: Operand, k: int) -> int:
    """Read a scale word at ``k`` into ``op``, or one after a filler there: "$70-some billion", "40 odd million"."""
    past = _past_filler(sc, op, k)
    if past is None:
        return scale_at(sc, op, k)
    after = scale_at(sc, op, past)
    if not op.power:
        return scale_at(sc, op, k)
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
    prefix = currency_at_token(sc, k)
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
        k = currency_after(sc, op, k)
        if money.code_scale_at(sc, op, k):  # "75 USD million"
            k = scale_at(sc, op, k)
            op.value = scale(op.value, op.power)
    if op.currency is None and op.unit_name is None:
        k = unit_after(sc, op, k) if (past := _round_filler(sc, op, k)) is None else past
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
