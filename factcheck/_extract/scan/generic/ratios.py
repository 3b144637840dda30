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

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.currency import currency_at
from factcheck._extract.scan.generic.number_words import read_foreign_fraction
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES, generic_tables, in_any_language
from factcheck._extract.scan.notation import Notation
from factcheck._extract.scan.word_number import Fraction, is_ratio
from factcheck._extract.text.tokens import NUM, WORD, match

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["foreign_fraction_at", "foreign_half_after", "read_foreign_digits", "read_foreign_ratio"]

_MONEY_WINDOW: Final = 8
_MAX_HUNDREDS: Final = 1000
_PERCENT_SIGN: Final = "%"


@functools.cache
def _ones() -> frozenset[str]:
    """Words for one before a ratio joiner ("un", "une", "uno", "una"), in every language with ratios."""
    return frozenset(
        word
        for lang in GENERIC_LANGUAGES
        if generic_tables(lang).ratio_joiners
        for word in generic_tables(lang).one_articles
    )


@functools.cache
def _dozens_after_digits() -> frozenset[str]:
    """Dozen words that multiply digits before them ("3 douzaines"), in any generic language."""
    return in_any_language("dozens") - in_any_language("dozens_not_after_digits")


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
    return (1, k + 1) if tok.low in _ones() else None


def _joiner_at(sc: ScannerView, k: int) -> tuple[str, ...] | None:
    lows = sc.lows
    for joiner in generic_tables(sc.tabs.lang).ratio_joiners:
        if tuple(lows[k : k + len(joiner)]) == joiner:
            return joiner
    return None


def _plain_noun(sc: ScannerView, k: int) -> bool:
    """True for one word that may name what is counted between a numerator and "sur" ("personne")."""
    if k >= len(sc.toks):
        return False
    tok = sc.toks[k]
    if tok.kind != WORD or not tok.text.isalpha() or tok.low in in_any_language("ratio_not_nouns") or k in sc.foreign:
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
    about = joiner in generic_tables(sc.tabs.lang).ratio_joiners_about
    return not (about and plural and tok.low not in in_any_language("ratio_plural_adverbs"))


def read_foreign_ratio(sc: ScannerView, k: int) -> Fraction | None:
    """A French or Spanish ratio at token ``k``: "1 sur 3", "une personne sur cinq", "uno de cada tres".

    >>> from factcheck._extract.scan.scanner import scan
    >>> [(f.amount.value, str(f.amount.unit)) for f in scan("Une électrice sur 5 a voté.", "fr_FR")]
    [(Decimal('20'), 'percent')]
    """
    tables = generic_tables(sc.tabs.lang)
    if not tables.ratio_joiners:
        return None
    numerator = _count_at(sc, k)
    if numerator is None:
        return None
    at = numerator[1]
    joiner = _joiner_at(sc, at)
    if joiner is None and _plain_noun(sc, at):
        joiner = _joiner_at(sc, at + 1)
        at += 1
        if joiner not in tables.ratio_joiners_after_noun:
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
    money_words = generic_tables(sc.tabs.lang).money_words_near_hundred
    for at in range(max(0, k - _MONEY_WINDOW), min(len(sc.toks), k + _MONEY_WINDOW + 1)):
        low = sc.lows[at]
        if low in money_words or (low,) in cur.names or currency_at(sc.toks, at, cur) is not None:
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
    if sc.lows[nxt] in _dozens_after_digits():
        return Notation(CONTEXT.multiply(number, Decimal(12)), nxt)
    tables = generic_tables(sc.tabs.lang)
    hundred = tables.hundred_after_digits
    if hundred and toks[nxt].text == hundred and digits.isdigit() and 1 < number < _MAX_HUNDREDS:
        after = sc.lows[nxt + 1] if nxt + 1 < len(toks) else None
        percent = after in tables.percent_starts or after == _PERCENT_SIGN
        if after is not None and (percent or _money_or_unit(sc, nxt + 1)):
            return None
        return None if _money_near(sc, nxt) else Notation(number.scaleb(2, CONTEXT), nxt)
    return None


def foreign_half_after(sc: ScannerView, k: int, value: Decimal, power: int) -> tuple[Decimal, int] | None:
    """A half after a scaled number ending before ``k``: "2 millions et demi" -> 2.5 million, and the token after."""
    tables = generic_tables(sc.tabs.lang)
    halves = tables.halves_after_joiner
    if not halves or power < 3 or k + 1 >= len(sc.toks) or sc.lows[k] not in tables.mixed_number_joiners:  # noqa: PLR2004
        return None
    if sc.lows[k + 1] not in halves or (k + 2 < len(sc.toks) and sc.toks[k + 2].text == "-" and sc.toks[k + 2].glued):
        return None  # "et demi-finale"
    return value + Decimal(5).scaleb(power - 1), k + 2
