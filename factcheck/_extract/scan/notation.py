r"""Numbers written in digits with more than a numeral: "3/4", "2 1/4", "2½", "1.3e6", "6.23×10^-4", "1.1^23".

::

    fraction   = int "/" int                 "3/4": small proper fractions only (dates stay dates)
               | int "over" number         "1 over 3", when nothing but punctuation follows
    mixed      = int (" " fraction | vulgar)  "2 1/4", "2½"
               | int "\" fraction "\"         "5\1/2\": the US Government Publishing Office's mixed fraction
    gpo        = "\" fraction "\"             "\1/2\": its fraction alone
    scientific = num ("e" | "E") [sign] int  "1e10", "12.32e+14"
    times_ten  = num ("x" | "×") "10" "^" [sign] int
    power      = num "^" [sign] int          "1.1^23" (an integer exponent keeps the value exact
                                             up to the library's 34 digits)
    times_word = num ("hundred" ["and" below100] | "dozen")   "322 hundred", "3 hundred and 21", "3 dozen"
               | num multiplier ["and"] times_word          "4 thousand 3 hundred and 21"

A fraction is read only with a denominator from 2 to 10 (or 16, 32, 64, 100) above its
numerator, and only when no "/" or "-" and digits follow: "12/05", "9/11", "24/7" and
"1/2/2024" are not fractions. Every form but the power needs its parts glued together.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.english.cardinals import ARTICLES, DOZENS, MULTIPLIERS, below_hundred, read_cardinal
from factcheck._extract.scan.english.ratio_words import CLAUSE_END_JOINERS, JOINER_STARTS, ratio_joiner_at
from factcheck._extract.text.tokens import NUM, SYM, WORD
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.text.tokens import Token

__all__ = ["VULGAR_FRACTIONS", "Notation", "read_notation"]

VULGAR_FRACTIONS: Final = {
    "½": (1, 2),
    "⅓": (1, 3),
    "⅔": (2, 3),
    "¼": (1, 4),
    "¾": (3, 4),
    "⅕": (1, 5),
    "⅖": (2, 5),
    "⅗": (3, 5),
    "⅘": (4, 5),
    "⅙": (1, 6),
    "⅚": (5, 6),
    "⅐": (1, 7),
    "⅛": (1, 8),
    "⅜": (3, 8),
    "⅝": (5, 8),
    "⅞": (7, 8),
    "⅑": (1, 9),
    "⅒": (1, 10),
}
"""Unicode fraction characters."""

_DENOMINATORS: Final = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 32, 64, 100})
_ORDINAL_ENDS: Final = lexicon(ENGLISH).words("ordinal_suffixes")
"""An ordinal's letters glued after a fraction's denominator, which make any denominator one: "1/60th", "1/80th"."""
_SIGNS: Final = {"+": 1, "-": -1, "\u2212": -1}
_MAX_EXPONENT: Final = 99
_MAX_POWER: Final = 30
_TIMES: Final = frozenset({"x", "×", "*"})
_HUNDRED: Final = "hundred"
_TIMES_WORDS: Final = frozenset({_HUNDRED, *DOZENS})
_SCALE_WORDS: Final = frozenset({_HUNDRED, *MULTIPLIERS})
_GPO_MARK: Final = "\\"
r"""The mark around a fraction in the Congressional Record's typesetting: "5\1/2\ years", "\1/2\ mile"."""
_AFTER_FRACTION: Final = frozenset({"/", "-", ".", ":"})
"""Symbols that, glued after "3/4" and followed by digits, make it a date or a code."""


class Notation:
    """A number read from several tokens: ``value``, and ``fraction`` for a fraction alone; ends at token ``last``."""

    __slots__ = ("fraction", "last", "value")

    def __init__(self, value: Decimal, last: int, fraction: tuple[int, int] | None = None) -> None:
        self.value = value
        self.last = last
        self.fraction = fraction

    def __repr__(self) -> str:
        return f"Notation({self.value}, last={self.last}, fraction={self.fraction})"


def _integer(tok: Token) -> int | None:
    """The value of a plain integer numeral without a leading zero, else ``None``."""
    digits = tok.digits
    if tok.kind != NUM or digits is None or not digits.isdigit() or (digits[0] == "0" and len(digits) > 1):
        return None
    return int(digits)


def _glued(toks: Sequence[Token], k: int) -> bool:
    return k < len(toks) and toks[k].glued


def _ordinal_end(toks: Sequence[Token], k: int) -> bool:
    """True when token ``k`` is an ordinal's letters glued to the denominator before it: "th" of "1/60th".

    Not before a capitalised word: "the 4/39th Infantry Battalion" names a unit.
    """
    if not (_glued(toks, k) and toks[k].low in _ORDINAL_ENDS) or _glued(toks, k + 1):
        return False
    return k + 1 >= len(toks) or not toks[k + 1].text[:1].isupper()


def _gpo_marked(toks: Sequence[Token], k: int) -> bool:
    r"""True when the fraction at numeral ``k`` ("1/2") stands between GPO's glued marks: "\1/2\"."""
    return (
        k > 0
        and toks[k].glued
        and toks[k - 1].text == _GPO_MARK
        and _glued(toks, k + 3)
        and toks[k + 3].text == _GPO_MARK
    )


def _fraction_at(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """A digit fraction "n/d" starting at numeral ``k``, or ``None``; "n / d" too, as tokenized text writes it."""
    n = len(toks)
    if k + 2 >= n or toks[k + 1].text != "/" or toks[k + 2].kind != NUM:
        return None
    spaced = not toks[k + 1].glued and not toks[k + 2].glued
    if not spaced and not (toks[k + 1].glued and toks[k + 2].glued):
        return None
    if spaced and k + 4 < n and toks[k + 3].text in _AFTER_FRACTION and toks[k + 4].kind == NUM:
        return None  # "5 / 1 / 2024"
    if k > 1 and toks[k].glued and toks[k - 1].text in _AFTER_FRACTION and toks[k - 1].glued:
        return None  # "1/2/3", "2024-1/2": the middle of a date or a code
    numerator, denominator = _integer(toks[k]), _integer(toks[k + 2])
    if numerator is None or denominator is None or not 0 < numerator < denominator:
        return None
    if denominator not in _DENOMINATORS and not _ordinal_end(toks, k + 3):
        return None  # "9/11", "24/7"; "1/60th" is a fraction
    after = k + 3
    if _glued(toks, after) and toks[after].text in _AFTER_FRACTION and _glued(toks, after + 1):
        return None  # "1/2/2024"
    if _glued(toks, after) and toks[after].kind == NUM:
        return None
    return numerator, denominator


def _over_fraction(toks: Sequence[Token], k: int) -> tuple[int, int, int] | None:
    """Read "1 over 3" (ending its clause) or "1 in twenty-one": a small numerator over a larger number; and its end.

    "N in M" in digits is read by the operand reader; here only a denominator in words.
    """
    n = len(toks)
    if k + 1 >= n or toks[k + 1].low not in JOINER_STARTS:
        return None
    numerator = _integer(toks[k])
    joiner = ratio_joiner_at([t.low for t in toks[k + 1 : k + 3]], 0)  # "over", "in", "out of"
    if numerator is None or not 0 < numerator < 100 or joiner is None:  # noqa: PLR2004
        return None
    d = k + 1 + len(joiner)
    if d >= n:
        return None
    over = joiner in CLAUSE_END_JOINERS
    denominator = _integer(toks[d]) if over else None
    end = d + 1
    if denominator is None and toks[d].kind == WORD:
        words = [t.low for t in toks[d : d + 12]]
        cardinal = read_cardinal(words, [t.glued for t in toks[d : d + 12]], 0)
        if cardinal is not None and words[0] not in ARTICLES:
            denominator, end = cardinal.value, d + cardinal.end
    if denominator is None or not numerator < denominator <= 1000:  # noqa: PLR2004
        return None
    if over and end < n and toks[end].kind != SYM:
        return None  # "2 over 3 years"
    return numerator, denominator, end


def _signed_exponent(toks: Sequence[Token], k: int, limit: int) -> tuple[int, int] | None:
    """A glued integer exponent at ``k`` with an optional sign: its value and last token."""
    sign = 1
    if _glued(toks, k) and toks[k].text in _SIGNS:
        sign, k = _SIGNS[toks[k].text], k + 1
    digits = toks[k].digits if _glued(toks, k) else None
    if digits is None or not digits.isdigit() or int(digits) > limit:
        return None
    return sign * int(digits), k


def _exact(numerator: int, denominator: int) -> Decimal:
    return CONTEXT.divide(Decimal(numerator), Decimal(denominator))


def _times_ten(toks: Sequence[Token], k: int) -> tuple[int, int] | None:
    """Read "x10^6" or " × 10^-4" after the numeral at ``k``: the exponent and last token."""
    x = k + 1
    if x + 2 >= len(toks) or toks[x].text not in _TIMES or toks[x + 1].digits != "10":
        return None
    if toks[x].glued != toks[x + 1].glued or not (_glued(toks, x + 2) and toks[x + 2].text == "^"):
        return None
    return _signed_exponent(toks, x + 3, _MAX_EXPONENT)


def _times_word(toks: Sequence[Token], k: int, number: Decimal) -> Notation:
    """A numeral times "hundred" or "dozen" at token ``k``, with "and" and a number below a hundred after "hundred"."""
    if toks[k].low != _HUNDRED:
        return Notation(CONTEXT.multiply(number, Decimal(12)), k)
    value = number.scaleb(2, CONTEXT)
    a = k + 1
    if a + 1 < len(toks) and toks[a].low == "and" and number == number.to_integral_value():
        words = [t.low for t in toks[a + 1 : a + 5]]
        rest = _integer(toks[a + 1])
        if rest is not None and 0 < rest < 100 and (a + 2 >= len(toks) or toks[a + 2].low not in _SCALE_WORDS):  # noqa: PLR2004
            return Notation(value + rest, a + 1)
        found = below_hundred(words, [t.glued for t in toks[a + 1 : a + 5]], 0, len(words))
        if found is not None and (found[1] >= len(words) or words[found[1]] not in _SCALE_WORDS):
            return Notation(value + found[0], a + found[1])
    return Notation(value, k)


def read_notation(toks: Sequence[Token], k: int) -> Notation | None:
    """The number written in several tokens from token ``k`` (a numeral or a fraction character), or ``None``.

    >>> from factcheck._extract.text.numerals import number_symbols
    >>> from factcheck._extract.text.tokens import tokenize
    >>> read_notation(tokenize("2 1/4 miles", number_symbols("en_GB")), 0)
    Notation(2.25, last=3, fraction=None)
    >>> read_notation(tokenize("1.3e6", number_symbols("en_GB")), 0)
    Notation(1.3E+6, last=2, fraction=None)
    >>> read_notation(tokenize("12/05", number_symbols("en_GB")), 0) is None
    True
    """
    n = len(toks)
    tok = toks[k]
    if tok.kind == SYM:
        vulgar = VULGAR_FRACTIONS.get(tok.text)
        if vulgar is None or (tok.glued and k > 0 and toks[k - 1].kind in (NUM, WORD)):
            return None
        return Notation(_exact(*vulgar), k, vulgar)
    if tok.kind != NUM or tok.digits is None:
        return None
    fraction = _fraction_at(toks, k)
    if fraction is not None:
        last = k + 3 if _gpo_marked(toks, k) or _ordinal_end(toks, k + 3) else k + 2  # "1/60th"
        return Notation(_exact(*fraction), last, fraction)
    if (over := _over_fraction(toks, k)) is not None:
        return Notation(_exact(over[0], over[1]), over[2] - 1, (over[0], over[1]))
    whole = _integer(tok)
    nxt = k + 1
    if whole is not None and nxt < n and whole < 1000:  # noqa: PLR2004  ("2 1/4", "2½"; "2019 1/3" is not one)
        if toks[nxt].glued and toks[nxt].text in VULGAR_FRACTIONS:
            part, last = VULGAR_FRACTIONS[toks[nxt].text], nxt
        elif not toks[nxt].glued and toks[nxt].kind == NUM and (part_at := _fraction_at(toks, nxt)) is not None:
            part, last = part_at, nxt + 2
        elif (
            toks[nxt].glued
            and toks[nxt].text == _GPO_MARK
            and nxt + 1 < n
            and _gpo_marked(toks, nxt + 1)
            and (part_at := _fraction_at(toks, nxt + 1)) is not None
        ):
            part, last = part_at, nxt + 4  # "5\\1/2\\ years"
        else:
            part = None
        if part is not None:
            return Notation(_exact(whole * part[1] + part[0], part[1]), last)
    mantissa = Decimal(tok.digits)
    if nxt < n and not toks[nxt].glued and toks[nxt].low in _TIMES_WORDS:  # "322 hundred", "3 dozen"
        return _times_word(toks, nxt, mantissa)
    if whole is not None and nxt < n and toks[nxt].low in MULTIPLIERS:  # "4 thousand 3 hundred and 21"
        rest = nxt + 2 if nxt + 1 < n and toks[nxt + 1].low == "and" else nxt + 1
        group = _integer(toks[rest]) if rest + 1 < n else None
        if group is not None and 0 < group < 1000 and toks[rest + 1].low == _HUNDRED:  # noqa: PLR2004
            first, inner = MULTIPLIERS[toks[nxt].low], _times_word(toks, rest + 1, Decimal(group))
            low, last = inner.value, inner.last
            after = MULTIPLIERS.get(toks[last + 1].low, 0) if last + 1 < n else 0
            if after >= first:
                return None  # "3 million 5 hundred million": no one number
            if after:  # "3 million 5 hundred thousand"
                low, last = low.scaleb(after, CONTEXT), last + 1
            return Notation(CONTEXT.add(Decimal(whole).scaleb(first, CONTEXT), low), last)
    if _glued(toks, nxt) and toks[nxt].kind == WORD and toks[nxt].low == "e":
        exponent = _signed_exponent(toks, nxt + 1, _MAX_EXPONENT)
        if exponent is not None:
            return Notation(mantissa.scaleb(exponent[0], CONTEXT), exponent[1])
    if (ten := _times_ten(toks, k)) is not None:
        return Notation(mantissa.scaleb(ten[0], CONTEXT), ten[1])
    if _glued(toks, nxt) and toks[nxt].text == "^" and (power := _signed_exponent(toks, nxt + 1, _MAX_POWER)):
        try:
            value = Decimal(1).scaleb(power[0], CONTEXT) if tok.digits == "10" else CONTEXT.power(mantissa, power[0])
        except ArithmeticError:  # 0^-1
            return None
        return Notation(value, power[1])
    return None
