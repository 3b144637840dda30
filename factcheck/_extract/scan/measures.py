"""Physical measures as news text writes them, beyond "number unit".

The operand reader (``scan.operand.py`` and its steps beside it: ``operand_units.py``,
``operand_scales.py``, ``operand_currency.py``) calls these around its unit step:

* :func:`pound_is_mass` decides whether the word "pounds" after a number is weight, not
  sterling. "Pounds" is money by default; it is the mass unit ``pound`` when its sentence
  says weight and names no money. Weight cues are a weighing word ("weighs", "weight"), a
  baby, another mass unit ("a metric ton is 2,204.62 pounds", "8 pounds 4 ounces") or, for an
  unscaled number, a verb of losing or gaining just before it ("lost 25 pounds", "to shed 10
  pounds", "put on 5 pounds"; not "lost 25 million pounds"). A money cue anywhere in the
  sentence ("cost", "paid", "price", "bet", "£", "$", an ISO code ...) keeps sterling, whatever
  else it says. French "livres", Spanish "libras" and German "Pfund" follow the same rule with a
  few cue words of their own (German puts its verb last, so "abgenommen" counts anywhere). The
  cues are in each language's lexicon (``measures.json``) and every language's count in any.
* :func:`unit_length` matches a unit form at a token, where a digit written apart from the
  letters before it starts a new number: "12 m 2 dm" is 12 metres, "50 m2" and "50 m²" are
  square metres. :func:`power_follows` says the same to the scale reader ("24703m2" is not
  24,703 million).
* :func:`half_a_unit` reads "half a mile", "half a percentage point" (English "half" with an
  article and a unit after it); "half an hour" and "half a day" stay periods, not figures.
* :func:`measure_after` finishes an operand whose unit was read: a fraction with a unit is a
  quantity in that unit, not a share ("a 1/4 mile oval" is 0.25 mile, "three quarters of a
  mile" 0.75 mile, "1/2 percent" 0.5 percent); and imperial measures in two parts are one
  figure in the smaller unit: "5 ft 2 in" is 62 inches, "8 lb 4 oz" 132 ounces, "11 st 4 lb"
  158 pounds. Both parts are read as written and summed in ``factcheck._decimal.CONTEXT``, so
  the sum is exact for any figures news text writes (whole numbers and short decimals); the
  figure is stated to the smaller unit's last written digit. The units, their forms and how many
  of the smaller make the larger are the English lexicon's ``two_part_measures``.

>>> from factcheck._extract.scan.scanner import scan
>>> [(str(f.amount.value), str(f.amount.unit)) for f in scan("At 5 ft 4 in she weighs 120 pounds, a 1/4 mile on")]
[('64', 'inch'), ('120', 'pound'), ('0.25', 'mile')]
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from factcheck import units
from factcheck._decimal import CONTEXT, ONE, ZERO
from factcheck._extract.scan.customary import customary_unit
from factcheck._extract.scan.english.number_words import Fraction, read_english
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.marks import sentence_end
from factcheck._extract.scan.points import index_context, percent_context
from factcheck._extract.text.counted_nouns import is_plural
from factcheck._extract.text.tokens import NUM, WORD, match
from factcheck._extract.text.vocabulary import every_language
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.scan.operand_record import Operand, ScannerView
    from factcheck._extract.scan.unit_words import UnitTables
    from factcheck._extract.text.tokens import Token

__all__ = [
    "compound_measure",
    "half_a_unit",
    "measure_after",
    "pound_is_mass",
    "power_follows",
    "sentence_around",
    "stone_at",
    "unit_length",
    "unit_product",
]

_ENGLISH: Final = lexicon("en")
"""English words: the two-part imperial measures, and the cues of a few rules, are read in every language."""

_POUND_NAMES: Final = every_language("pound_names")
"""One-token currency names that are also the mass unit pound."""

_WEIGHT_WORDS: Final = every_language("weight_words")
"""Words anywhere in the sentence that make "pounds" a weight."""

_GAIN_LOSS: Final = every_language("weight_change_verbs")
"""Verbs just before an unscaled number that make "pounds" a weight: "lost 25 pounds"."""

_PARTICLES: Final = {
    particle: frozenset(verbs) for particle, verbs in _ENGLISH.mapping("weight_change_particles").items()
}
"""Weight change words that count only after certain verbs: "put on 10 pounds"."""

_MONEY_WORDS: Final = every_language("money_cue_words")
"""Words anywhere in the sentence that keep "pounds" sterling."""

_MONEY_SYMBOLS: Final = lexicon("common").words("money_cue_symbols")
_REACH: Final = 30
"""Tokens looked at on each side of the number, within its sentence."""
_VERB_GAP: Final = 3
"""Tokens allowed between a gain or loss verb and the number ("lost more than 25 pounds")."""


def sentence_around(toks: Sequence[Token], first: int, last: int) -> range:
    """Token indexes of the sentence around ``first``..``last``, at most ``_REACH`` tokens each side."""
    lo = first
    while lo > 0 and first - lo < _REACH and not sentence_end(toks[lo - 1]):
        lo -= 1
    hi = last
    n = len(toks)
    while hi + 1 < n and hi - last < _REACH and not sentence_end(toks[hi + 1]):
        hi += 1
    return range(lo, hi + 1)


def pound_is_mass(sc: ScannerView, op: Operand, k: int) -> bool:
    """True when the one-token currency name at ``k`` after ``op``'s number is the mass unit pound.

    See the module docstring for the cues.
    """
    toks = sc.toks
    if toks[k].low not in _POUND_NAMES or op.currency is not None:
        return False
    weight = False
    for i in sentence_around(toks, op.number_first, k):
        tok = toks[i]
        if tok.low in _MONEY_WORDS or tok.text in _MONEY_SYMBOLS or tok.text in sc.tabs.currency.codes:
            return False
        if i != k and tok.low in _WEIGHT_WORDS:
            weight = True
    if weight:
        return True
    if op.power:
        return False
    lo = max(0, op.number_first - _VERB_GAP)
    for i in range(op.number_first - 1, lo - 1, -1):
        low = toks[i].low
        if low in _GAIN_LOSS:
            verbs = _PARTICLES.get(low)
            return verbs is None or (i > 0 and toks[i - 1].low in verbs)
    return False


def _own(lang: str, name: str) -> Any:
    """The table ``name`` of ``lang``'s own lexicon, ``None`` if it has none (see ``factcheck.lexicons``)."""
    return lexicon(lang).own(name) if lang in LANGUAGES else None


# units -----------------------------------------------------------------------------------------

_POWERS: Final = frozenset({"2", "3", "²", "³"})


def unit_length(toks: Sequence[Token], start: int, tabs: UnitTables) -> int:
    """The length of the unit form at ``start``; a power digit must touch its letters ("m2", not "m 2")."""
    length = match(toks, start, tabs.units, tabs.longest)
    while length > 1:
        last = toks[start + length - 1]
        if not (last.kind == NUM and last.low in _POWERS and not last.glued):
            break
        length = match(toks, start, tabs.units, length - 1)
    return length


@functools.cache
def _modifiers(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``measure_modifier_nouns`` and ``measure_modifier_not_before`` (empty if it has none)."""
    nouns, not_before = _own(lang, "measure_modifier_nouns"), _own(lang, "measure_modifier_not_before")
    return frozenset(nouns or ()), frozenset(not_before or ())


@functools.cache
def _dimension(name: str) -> dict[str, str]:
    """The dimensions of the unit ``name`` with their powers as written: ``{"[length]": "1"}`` for "mile"."""
    return {str(dim): str(power) for dim, power in units.unit(name).dimensionality.items()}


def _length_or_time(name: str) -> bool:
    """True when the unit ``name`` is a length or a time, which a noun before it may qualify."""
    return _dimension(name) in (_LENGTH, _TIME)


_LENGTH: Final = {"[length]": "1"}
_TIME: Final = {"[time]": "1"}
_MASS: Final = {"[mass]": "1"}


def compound_measure(sc: ScannerView, op: Operand, k: int) -> tuple[str, int] | None:
    """The unit of a compound measure at token ``k`` after ``op``'s number, and the token after it.

    A noun of ``measure_modifier_nouns`` before a unit of length or time makes a measure in that
    unit, not a count of the noun: "312.4 billion vehicle miles" is 312.4 billion ``mile``,
    "80 million passenger kilometres" ``kilometre``, "1,200 person-hours" ``hour``. Written apart
    ("man days", not "man-days"), the unit must not be followed by a word of
    ``measure_modifier_not_before`` ("one man days after", "a vehicle miles from here" are a count
    and a time or distance of their own) nor be plural after one ("one man days").
    """
    toks = sc.toks
    n = len(toks)
    nouns, not_before = _modifiers(sc.tabs.lang)
    if k + 1 >= n or toks[k].kind != WORD or toks[k].low not in nouns or not toks[k].text.isalpha():
        return None
    start = k + 1
    hyphen = toks[start].text == "-" and toks[start].glued and start + 1 < n and toks[start + 1].glued
    if hyphen:
        start += 1
    elif toks[start].glued:
        return None
    length = unit_length(toks, start, sc.tabs.units)
    if length != 1 or len(toks[start].low) < 2 or not toks[start].text.isalpha():  # noqa: PLR2004  (no single letters)
        return None
    name = sc.tabs.units.units[(toks[start].low,)]
    if not _length_or_time(name):
        return None
    after = start + 1
    if not hyphen and (
        (after < n and toks[after].low in not_before)
        or (op.value == ONE and not op.power and is_plural(toks[start].low))
    ):
        return None
    return name, after


def unit_product(sc: ScannerView, k: int, name: str) -> tuple[str, int] | None:
    """A mass unit ``name`` times a length hyphened to it at token ``k``, and the token after it.

    Freight is measured in mass moved over distance: "20 billion tonne-kilometres" is
    ``tonne * kilometre``, "1.7 billion ton-miles" ``ton * mile`` (each unit in the locale's
    customary sense). Only a hyphen joins them: "20 tonne lorries" is no product.
    """
    toks = sc.toks
    nxt = k + 1
    if nxt >= len(toks) or toks[k].text != "-" or not toks[k].glued or not toks[nxt].glued:
        return None
    if _dimension(name) != _MASS or not toks[nxt].text.isalpha() or len(toks[nxt].low) < 2:  # noqa: PLR2004
        return None
    if unit_length(toks, nxt, sc.tabs.units) != 1:
        return None
    written = (toks[nxt].low,)
    other = customary_unit(sc.customary_locale, written, sc.tabs.units.units[written])
    return (f"{name} * {other}", nxt + 1) if _dimension(other) == _LENGTH else None


def power_follows(toks: Sequence[Token], k: int) -> bool:
    """True when a power digit touches the letters at ``k`` and ends the word ("24703m2", "50km²", "4,18m^2")."""
    nxt = k + 1
    if nxt + 1 < len(toks) and toks[nxt].text == "^" and toks[nxt].glued and toks[nxt + 1].glued:
        nxt += 1
    if nxt >= len(toks) or not toks[nxt].glued or toks[nxt].low not in _POWERS:
        return False
    after = nxt + 1
    return after >= len(toks) or not (toks[after].glued and toks[after].kind in (NUM, WORD))


def half_a_unit(sc: ScannerView, k: int) -> Fraction | None:
    """One half at ``k`` when "half" is followed by "a" or "an" and a unit that is not a duration ("half a mile").

    In the languages whose lexicon has ``half_a_unit`` (English).
    """
    lows = sc.lows
    half = _own(sc.tabs.lang, "half_a_unit")
    if half is None or lows[k] != half["word"] or k + 2 >= len(lows) or lows[k + 1] not in half["articles"]:
        return None
    if k > 0 and lows[k - 1] in half["not_after"]:
        return None
    tabs = sc.tabs.units
    length = unit_length(sc.toks, k + 2, tabs)
    if not length and context_point(sc, k + 2) is not None:
        return Fraction(1, 2, k + 1)  # "half a point" with a percentage or an index in its sentence
    if not length or tuple(lows[k + 2 : k + 2 + length]) in tabs.durations:
        return None  # "half an hour" names a period, as "the first half" does
    return Fraction(1, 2, k + 1)


def context_point(sc: ScannerView, k: int) -> str | None:
    """The unit of "point"/"points" at ``k`` by its sentence: an index's point or a percentage point.

    ``None`` when ``k`` is no such word or the sentence names neither ("a quarter of a point" in a
    match report stays unread).
    """
    if k >= len(sc.toks) or (sc.lows[k],) not in sc.tabs.units.context_points:
        return None
    return "index_point" if index_context(sc, k) else "percentage_point" if percent_context(sc, k) else None


# after the unit ----------------------------------------------------------------------------------

_RATIO_WORDS: Final = _ENGLISH.words("fraction_ratio_words")
"""Words that make a fraction a ratio in any language: "one in five"."""


def measure_after(sc: ScannerView, op: Operand, k: int) -> int:
    """Finish ``op`` at token ``k``: a fraction with a unit, or a measure in two parts. The token after it."""
    if op.currency is not None or op.vague is not None:
        return k
    if op.fraction is not None:
        return _fraction_unit(sc, op, op.fraction, k)
    if op.unit_name is None and k < len(sc.toks) and (larger := _ABBREVIATED.get(sc.lows[k])) is not None:
        return _two_parts(sc, op, k + 1, larger, (k, k)) or k
    if op.unit_name in _PARTS:
        return _two_parts(sc, op, k, op.unit_name, None) or k
    return k


def _fraction_unit(sc: ScannerView, op: Operand, fraction: tuple[int, int], k: int) -> int:
    """Read a fraction with a unit as its value in the unit: "a quarter of a mile", "1/4 mile", "half a mile"."""
    toks, lows = sc.toks, sc.lows
    if any(lows[i] in _RATIO_WORDS for i in range(op.number_first, op.number_last + 1)):
        return k  # "one in five": a ratio, never a quantity
    links = _own(sc.tabs.lang, "fraction_unit_links")
    if op.unit_name is None and links is not None:
        for words in links:
            after = k + len(words)
            if tuple(lows[k:after]) == words and after < len(toks):
                length = unit_length(toks, after, sc.tabs.units)
                if length:
                    op.unit_name = sc.tabs.units.units[tuple(lows[after : after + length])]
                    op.parts.append((after, after + length - 1))
                    k = after + length
                elif (points := context_point(sc, after)) is not None:  # "a quarter of a point"
                    op.unit_name = points
                    op.parts.append((after, after))
                    k = after + 1
                break
    if op.unit_name is None:
        at = k + 1 if k + 1 < len(toks) and toks[k].text == "-" and toks[k].glued and toks[k + 1].glued else k
        points = context_point(sc, at)  # "a quarter point", "a quarter-point cut"
        if points is not None:
            op.unit_name = points
            op.parts.append((at, at))
            k = at + 1
    if op.unit_name is None:
        return k
    numerator, denominator = fraction
    op.value = CONTEXT.divide(Decimal(numerator), Decimal(denominator))
    op.fraction = None
    op.form = Form.WORDS if toks[op.number_first].kind == WORD else Form.DIGITS
    return k


class _Part(NamedTuple):
    """The smaller part of an imperial measure written in two parts ("5 ft 2 in")."""

    smaller: str
    """Its unit."""
    per: int
    """How many of it make one of the larger unit."""
    forms: frozenset[str]
    """Its unit as written."""
    bare: bool
    """Whether it may stand without its unit ("six foot four")."""


_TWO_PARTS: Final = _ENGLISH.mapping("two_part_measures")
_PARTS: Final = {
    larger: _Part(part["smaller"], part["per"], frozenset(part["smaller_forms"]), part.get("bare_smaller", False))
    for larger, part in _TWO_PARTS.items()
}
"""Imperial units written with a smaller part after them ("5 ft 2 in", "8 lb 4 oz", "11 st 4 lb"), in any language."""
_ABBREVIATED: Final = {part["abbreviation"]: larger for larger, part in _TWO_PARTS.items() if "abbreviation" in part}
"""Abbreviations of a larger unit read only before its smaller part: "11st 4lb" (a bare "st" is a word)."""
_JOINERS: Final = _ENGLISH.words("two_part_joiners")
"""Words that may join the two parts: "5 ft and 2 in"."""
_BARE_END: Final = _ENGLISH.words("two_part_bare_end")
"""What may follow a smaller part written without its unit: "he is 6ft 2.", "six foot four tall"."""


def stone_at(sc: ScannerView, k: int) -> bool:
    """True when "st" at ``k`` is stone, with pounds after it ("11st 4lb")."""
    larger = _ABBREVIATED.get(sc.lows[k])
    if larger is None:
        return False
    read = _minor(sc, k + 1, _PARTS[larger])
    return read is not None and read[2]


def _minor(sc: ScannerView, k: int, part: _Part) -> tuple[Decimal, int, bool] | None:
    """The smaller part at ``k``: its value, the token after it, and whether its unit was written."""
    toks, lows = sc.toks, sc.lows
    n = len(toks)
    if k >= n:
        return None
    joined = lows[k] in _JOINERS
    k += joined
    if k >= n:
        return None
    tok = toks[k]
    if tok.kind == NUM and tok.digits and not tok.glued:
        value, end = Decimal(tok.digits), k + 1
    elif tok.kind == WORD and sc.tabs.lang == "en" and (words := read_english(lows, sc.glued, k)) is not None:
        value, end = words.value, words.end
    else:
        return None
    if end < n and lows[end] in part.forms:
        return value, end + 1, True
    if joined or not part.bare:
        return None  # a bare smaller part only for inches ("six foot four"), after nothing but punctuation
    if end >= n or lows[end] in _BARE_END:
        return value, end, False
    return None


def _two_parts(sc: ScannerView, op: Operand, k: int, larger: str, larger_part: tuple[int, int] | None) -> int | None:
    """Read the smaller part of a two-part measure at ``k`` into ``op``; the token after it, or ``None``."""
    if op.power or op.signed or op.value < 0 or op.value != op.value.to_integral_value():
        return None
    part = _PARTS[larger]
    read = _minor(sc, k, part)
    if read is None:
        return None
    value, end, written = read
    if not ZERO <= value < part.per or (larger_part is not None and not written):
        return None
    op.value = CONTEXT.add(CONTEXT.multiply(op.value, Decimal(part.per)), value)
    op.unit_name = part.smaller
    op.plain_integer = False
    if larger_part is not None:
        op.parts.append(larger_part)
    op.number_last = end - 2 if written else end - 1
    if written:
        op.parts.append((end - 1, end - 1))
    return end
