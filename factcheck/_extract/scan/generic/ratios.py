"""French and Spanish ratios, and digits before a dozen or a half, read on the scanner's tokens.

* ratios, read as English "one in five" is (a fraction): "1 sur 3", "un sur vingt", "une
  personne sur cinq", "deux Français sur trois"; Spanish "uno de cada tres", "1 de cada 5",
  "una mujer de cada cuatro", "uno sobre veinte". The numerator is below 100 and below the
  denominator, which is at most 1,000 (:func:`factcheck._extract.scan.english.number_words.is_ratio`). One word may
  come between numerator and "sur" or "de cada" (not a unit, a currency or a number). "sur" and
  "sobre" also mean "about": when a plural word follows the denominator ("un rapport sur trois
  pays", "une étude sur deux ans") or a unit or currency does ("1 sur 3 km"), it is no ratio;
* digits before a dozen word: "3 douzaines", "2 docenas", "5 Dutzend";
* French digits before "cent": "322 cent" is 32,200. "cent" is also the euro's hundredth (EU
  texts write "pièces de 1 et 2 cent"), so the hundreds reading needs a lower-case singular
  "cent" and no money word (a symbol, code, currency name, "centimes", "pièce") within eight
  tokens either side. The plural "cents" always stays the coin: French business news writes
  "en baisse de 34 cents";
* a half after digits and a scale word: "2 millions et demi", "3 millones y medio".
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.currency import currency_at
from factcheck._extract.scan.generic.number_words import read_foreign_fraction
from factcheck._extract.scan.notation import Notation
from factcheck._extract.scan.word_number import Fraction, is_ratio
from factcheck._extract.text.tokens import NUM, WORD, match

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["foreign_fraction_at", "foreign_half_after", "read_foreign_digits", "read_foreign_ratio"]

_ONE: Final = frozenset({"un", "une", "uno", "una"})
_RATIO_JOINERS: Final[dict[str, tuple[tuple[str, ...], ...]]] = {
    "fr": (("sur",),),
    "es": (("de", "cada"), ("sobre",)),
}
_AFTER_NOUN: Final = frozenset({("sur",), ("de", "cada")})
"""Joiners that may follow a noun after the numerator: "une personne sur cinq", "un español de cada cinco"."""
_ABOUT: Final = frozenset({("sur",), ("sobre",)})
"""Joiners that also mean "about": a plural word after the denominator makes them a preposition."""
_NOT_NOUNS: Final = frozenset(
    {"de", "des", "du", "la", "le", "les", "et", "ou", "en", "à", "au", "aux", "par", "pour", "que", "qui"}
    | {"el", "los", "las", "lo", "y", "o", "a", "al", "del", "por", "para", "con", "en", "que", "cada"}
)
_PLURAL_ADVERBS: Final = frozenset(
    {"dans", "depuis", "après", "plus", "moins", "pas", "sans", "sous", "vers", "mais", "puis", "alors", "jamais"}
    | {"toujours", "très", "más", "menos", "después", "pues", "apenas", "entonces"}
)
"""Words ending in "s" that follow a ratio well: "un enfant sur cinq dans le monde"."""
_DOZENS: Final = frozenset({"douzaine", "douzaines", "docena", "docenas", "dutzend"})
_MONEY_WORDS: Final = frozenset({"pièce", "pièces", "centime", "centimes", "cents", "euro", "euros"})
_MONEY_WINDOW: Final = 8
_MAX_HUNDREDS: Final = 1000
_HALVES: Final = {"fr": ("et", frozenset({"demi", "demie"})), "es": ("y", frozenset({"medio", "media"}))}


def _count_at(sc: ScannerView, k: int) -> tuple[int, int] | None:
    """A whole number at ``k`` (digits, number words, or "un" for one) and the token after it."""
    if k >= len(sc.toks):
        return None
    tok = sc.toks[k]
    if tok.kind == NUM:
        digits = tok.digits or ""
        return (int(digits), k + 1) if digits.isdigit() and not digits.startswith("0") else None
    if tok.kind != WORD:
        return None
    found = sc.foreign.get(k)
    if found is not None:
        value, end = found
        return (int(value), end) if value == value.to_integral_value() else None
    return (1, k + 1) if tok.low in _ONE else None


def _joiner_at(sc: ScannerView, k: int) -> tuple[str, ...] | None:
    lows = sc.lows
    for joiner in _RATIO_JOINERS.get(sc.tabs.lang, ()):
        if tuple(lows[k : k + len(joiner)]) == joiner:
            return joiner
    return None


def _plain_noun(sc: ScannerView, k: int) -> bool:
    """True for one word that may name what is counted between a numerator and "sur" ("personne")."""
    if k >= len(sc.toks):
        return False
    tok = sc.toks[k]
    if tok.kind != WORD or not tok.text.isalpha() or tok.low in _NOT_NOUNS or k in sc.foreign:
        return False
    return not _money_or_unit(sc, k)


def _money_or_unit(sc: ScannerView, k: int) -> bool:
    """True when a unit, a currency or a percent sign begins at ``k``."""
    tabs = sc.tabs
    if match(sc.toks, k, tabs.units.units, tabs.units.longest):
        return True
    return currency_at(sc.toks, k, tabs.currency) is not None or (sc.lows[k],) in tabs.currency.names


def _ratio_follows(sc: ScannerView, joiner: tuple[str, ...], end: int) -> bool:
    """True when what follows a denominator ending before ``end`` lets the phrase be a ratio."""
    toks = sc.toks
    if end >= len(toks):
        return True
    tok = toks[end]
    if (tok.text == "-" and tok.glued) or _money_or_unit(sc, end):
        return False  # "un sur vingt-un": a number text2num did not read; "1 sur 3 ans"
    plural = tok.kind == WORD and len(tok.low) > 2 and tok.low.endswith(("s", "x"))  # noqa: PLR2004
    return not (joiner in _ABOUT and plural and tok.low not in _PLURAL_ADVERBS)


def read_foreign_ratio(sc: ScannerView, k: int) -> Fraction | None:
    """A French or Spanish ratio at token ``k``: "1 sur 3", "une personne sur cinq", "uno de cada tres".

    >>> from factcheck._extract.scan.scanner import scan
    >>> [(f.amount.value, str(f.amount.unit)) for f in scan("Une électrice sur 5 a voté.", "fr_FR")]
    [(Decimal('20'), 'percent')]
    """
    if sc.tabs.lang not in _RATIO_JOINERS:
        return None
    numerator = _count_at(sc, k)
    if numerator is None:
        return None
    at = numerator[1]
    joiner = _joiner_at(sc, at)
    if joiner is None and _plain_noun(sc, at):
        joiner = _joiner_at(sc, at + 1)
        at += 1
        if joiner not in _AFTER_NOUN:
            return None
    if joiner is None:
        return None
    denominator = _count_at(sc, at + len(joiner))
    if denominator is None or not is_ratio(numerator[0], denominator[0]):
        return None
    if not _ratio_follows(sc, joiner, denominator[1]):
        return None
    return Fraction(numerator[0], denominator[0], denominator[1])


def foreign_fraction_at(sc: ScannerView, k: int) -> Fraction | None:
    """A French, Spanish or German fraction or ratio in words at ``k``: "deux tiers", "un sur vingt".

    A fraction the number-word reader reads on with a scale word is left to it: "un quart de million".
    """
    fraction = read_foreign_ratio(sc, k) or read_foreign_fraction(sc.lows, k, sc.tabs.lang)
    longer = sc.foreign.get(k)
    return None if fraction is None or (longer is not None and longer[1] > fraction.end) else fraction


def _money_near(sc: ScannerView, k: int) -> bool:
    """True when a money word, symbol or code lies within eight tokens of ``k``."""
    cur = sc.tabs.currency
    for at in range(max(0, k - _MONEY_WINDOW), min(len(sc.toks), k + _MONEY_WINDOW + 1)):
        low = sc.lows[at]
        if low in _MONEY_WORDS or (low,) in cur.names or currency_at(sc.toks, at, cur) is not None:
            return True
    return False


def read_foreign_digits(sc: ScannerView, k: int) -> Notation | None:
    """Digits at ``k`` read with the words after them: a ratio, a dozen, French hundreds ("322 cent")."""
    toks = sc.toks
    ratio = read_foreign_ratio(sc, k)
    if ratio is not None:
        value = CONTEXT.divide(Decimal(ratio.numerator), Decimal(ratio.denominator))
        return Notation(value, ratio.end - 1, (ratio.numerator, ratio.denominator))
    nxt = k + 1
    digits = toks[k].digits
    if nxt >= len(toks) or toks[nxt].glued or digits is None:
        return None
    number = Decimal(digits)
    if sc.lows[nxt] in _DOZENS:
        return Notation(CONTEXT.multiply(number, Decimal(12)), nxt)
    if sc.tabs.lang == "fr" and toks[nxt].text == "cent" and digits.isdigit() and 1 < number < _MAX_HUNDREDS:
        if nxt + 1 < len(toks) and (sc.lows[nxt + 1] in ("pour", "%") or _money_or_unit(sc, nxt + 1)):
            return None
        return None if _money_near(sc, nxt) else Notation(number.scaleb(2, CONTEXT), nxt)
    return None


def foreign_half_after(sc: ScannerView, k: int, value: Decimal, power: int) -> tuple[Decimal, int] | None:
    """A half after a scaled number ending before ``k``: "2 millions et demi" -> 2.5 million, and the token after."""
    half = _HALVES.get(sc.tabs.lang)
    if half is None or power < 3 or k + 1 >= len(sc.toks) or sc.lows[k] != half[0]:  # noqa: PLR2004
        return None
    if sc.lows[k + 1] not in half[1] or (k + 2 < len(sc.toks) and sc.toks[k + 2].text == "-" and sc.toks[k + 2].glued):
        return None  # "et demi-finale"
    return value + Decimal(5).scaleb(power - 1), k + 2
