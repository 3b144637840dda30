"""Money written in two parts: "3 dollars 50 cents", "£3 and 50p", "30 MUSD", "75 USD million".

The operand reader (``scan.operand.py``, and ``scan.operand_currency.py`` for the currency after
the number) calls these after it has read a currency:

* :func:`minor_after` fuses a whole amount of a currency with the hundredths that follow it,
  when the minor unit divides that currency ("cents" a dollar or the euro, "p" and "pence" the
  pound) and counts fewer than 100 of them. The sum keeps the minor part's precision: "3 dollars
  50 cents" is 3.50 USD, stated to the cent. Cents said aloud with no minor unit ("fifteen
  dollars fifty.", "17 USD 25.") are fused too, at the end of a sentence or before a comma.
* :func:`scaled_code_at` reads a scale glued to a code, as finance reports write it: "MUSD",
  "kEUR" (see :func:`scaled_code`).
* :func:`code_scale_at` says where a scale word written after a code begins ("75 USD million").
* :func:`hyphen_money_at` steps over the hyphen of a money adjective ("a one-yen bid", "a
  12-cent dividend"); a currency name that is also a unit ("a 10-pound turkey") is left to units.
* :func:`named_prefix_at` reads a currency name written before a scaled number ("dollar 22.5
  million", "pounds 5m"), in English only and only when a scale follows the number.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.currency import currency_at, scaled_code
from factcheck._extract.scan.english.number_words import read_english
from factcheck._extract.text.tokens import NUM, SYM, WORD, match
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = [
    "code_scale_at",
    "hyphen_money_at",
    "minor_after",
    "named_prefix_at",
    "named_prefix_kept",
    "scaled_code",
    "scaled_code_at",
]

_AND: Final = frozenset(lexicon(lang)["conjunction_and"] for lang in LANGUAGES)
"""Words that may join the whole and the minor part: "£3 and 50p", "3 euros et 50 centimes"."""
_MINOR_LIMIT: Final = 100
_SPOKEN_ENDS: Final = frozenset({".", ",", ";", "!", "?", ")"})
"""What may follow cents said aloud with no minor unit: "it costs 15 dollars 50."."""


def minor_after(sc: ScannerView, op: Operand, k: int) -> int | None:
    """Fuse the minor part at token ``k`` into ``op``; the token after it, or ``None`` if there is none.

    ``op`` must hold a whole, unscaled amount of a currency, written with no decimals.
    """
    toks = sc.toks
    n = len(toks)
    currency = op.currency
    if currency is None or op.power or op.fraction is not None or op.vague is not None:
        return None
    if op.value.as_tuple().exponent != 0 or not op.parts:
        return None
    if toks[op.parts[-1][1]].low in sc.tabs.currency.minor:
        return None  # "50 cents" itself
    if k < n and toks[k].low in _AND:
        k += 1
    read = _small_whole(sc, k)
    if read is None:
        return None
    cents, last = read
    unit = last + 1
    if _spoken(sc, op, k, unit):
        _add_cents(op, cents, last)
        return unit
    if unit >= n:
        return None
    word = toks[unit]
    holders = sc.tabs.currency.minor_of.get(word.low)
    if holders is None or currency not in holders or not (word.glued or len(word.low) > 1):
        return None
    _add_cents(op, cents, last)
    op.parts.append((unit, unit))
    return unit + 1


def _add_cents(op: Operand, cents: int, last: int) -> None:
    """Add ``cents`` hundredths to the whole amount of ``op``, whose number now ends at token ``last``."""
    minor = Decimal(cents).scaleb(-2, context=CONTEXT)
    op.value = CONTEXT.add(op.value, minor) if op.value >= 0 else CONTEXT.subtract(op.value, minor)
    op.number_last = last


def _spoken(sc: ScannerView, op: Operand, k: int, after: int) -> bool:
    """True when the small number at ``k`` is the cents of ``op`` said aloud, with no minor unit named.

    "fifteen dollars fifty", "15 dollars and 50.", "17 USD 25", "C$100 and fifty": the currency
    has hundredths, nothing but the end of the sentence or a comma follows the small number, and
    either the currency is named after the whole amount or the small number is spelt out. "$20
    and 30." is left alone: digits after a symbol are as likely a second amount ("$20 and $30").
    """
    toks = sc.toks
    if after < len(toks) and not (toks[after].kind == SYM and toks[after].text in _SPOKEN_ENDS):
        return False
    if not any(op.currency in holders for holders in sc.tabs.currency.minor_of.values()):
        return False
    named_after = toks[op.parts[-1][1]].kind == WORD and op.parts[-1][0] > op.number_last
    return named_after or toks[k].kind == WORD


def _small_whole(sc: ScannerView, k: int) -> tuple[int, int] | None:
    """A whole number from 1 to 99 at token ``k``, in digits or words: its value and last token."""
    toks = sc.toks
    if k >= len(toks):
        return None
    tok = toks[k]
    value: Decimal | None = None
    last = k
    if tok.kind == NUM and tok.digits is not None and tok.digits.isdigit():
        value = Decimal(tok.digits)
    elif tok.kind == WORD and sc.tabs.lang == "en":
        words = read_english(sc.lows, sc.glued, k)
        if words is not None:
            value, last = words.value, words.end - 1
    elif tok.kind == WORD and (found := sc.foreign.get(k)) is not None:
        value, last = found[0], found[1] - 1
    if value is None or value != value.to_integral_value() or not 0 < value < _MINOR_LIMIT:
        return None
    return int(value), last


def scaled_code_at(sc: ScannerView, k: int) -> tuple[str, int] | None:
    """A scaled code at token ``k`` ("MUSD", "kEUR"): its ISO code and power of ten."""
    if k >= len(sc.toks) or sc.toks[k].kind != WORD:
        return None
    return scaled_code(sc.toks[k].text)


def code_scale_at(sc: ScannerView, op: Operand, k: int) -> bool:
    """True when a scale word at ``k`` may follow the currency ``op`` just read ("75 USD million").

    Only after an ISO code in capitals with no scale yet, and only words or abbreviations of two
    letters or more ("million", "bn"), so that "5 USD M&A" keeps its "M".
    """
    toks = sc.toks
    if op.power or op.currency is None or not op.parts or k >= len(toks) or len(toks[k].text) < 2:  # noqa: PLR2004
        return False
    code = toks[op.parts[-1][1]]
    if not (code.text == op.currency and code.text.isupper()):
        return False
    scales = sc.tabs.scales
    return bool(match(toks, k, scales.words, scales.longest) or (toks[k].text,) in scales.abbreviations)


_MONEY_NOUNS: Final = lexicon("en").words("hyphen_money_nouns")
"""Nouns after "N-pound" that make the pound money, not weight: "a ten-pound note", "a 50-pound fine"."""


def hyphen_money_at(sc: ScannerView, k: int) -> int:
    """``k + 1`` when token ``k`` is a hyphen glued before a one-word currency name or minor unit, else ``k``."""
    toks = sc.toks
    if k + 1 >= len(toks) or toks[k].text != "-" or not (toks[k].glued and toks[k + 1].glued):
        return k
    word = toks[k + 1]
    if word.kind != WORD:
        return k
    if (word.low,) in sc.tabs.units.units:  # "a 10-pound turkey" weighs; "a ten-pound note" is money
        money_noun = k + 2 < len(toks) and toks[k + 2].low in _MONEY_NOUNS
        if not money_noun or sc.tabs.currency.word_code(word.low) is None:
            return k
    cur = sc.tabs.currency
    if cur.word_code(word.low) is not None or (word.low in cur.minor and len(word.low) > 1):
        return k + 1
    return k


def named_prefix_at(sc: ScannerView, k: int) -> tuple[str, int] | None:
    """A currency name at ``k`` written before a numeral ("dollar 22.5 million"): its code and the numeral's index.

    English only; the caller keeps the reading only when a scale follows the number.
    """
    toks = sc.toks
    cur = sc.tabs.currency
    if sc.tabs.lang != "en" or k >= len(toks) or toks[k].low not in cur.name_starts:
        return None
    named = cur.name_at(toks, k, cur.longest)
    if named is None:
        return None
    after = k + named[1]
    if after >= len(toks) or toks[after].kind != NUM or toks[after].glued:
        return None
    return named[0], after


def named_prefix_kept(sc: ScannerView, op: Operand, k: int) -> bool:
    """True when ``op``, read after a currency name, is a scaled amount with no currency after it.

    "dollar 22.5 million" is money; "the dollar 1.5%" and "the dollar 3 billion euros" are not read so.
    """
    if not op.power or op.vague is not None:
        return False
    toks = sc.toks
    if k >= len(toks):
        return True
    cur = sc.tabs.currency
    return currency_at(toks, k, cur) is None and cur.name_at(toks, k, cur.longest) is None
