"""The figure scanner: text -> :class:`Figure` list, in one left-to-right pass over tokens.

At each token the scanner tries to read one figure::

    [hedge | "between"] operand [("-" | "to" | "and") operand]
    operand = [sign] [currency] number [scale] [currency | unit]

and when that fails moves on by one token. Every step looks ahead a bounded number of tokens,
so the time is linear in the text's length. Numbers that name or date something are skipped
whole: "Covid-19", "G7", "ID.4", "No 10", "section 3", "21st", "10:30", "3pm", "12/05/2024",
"2024-05-12", "07700 900123", "+44 20 7946 0000", "5G", "4x4".

Here are :func:`scan`, its chunks and the scanner's pass over them (its tokens, where a figure
may start, one figure or a range at a token). The rules it applies are functions of its
``ScannerView`` in the modules beside it: ``operand`` reads one side of a figure, ``ranges`` the
second, ``building`` makes the figures, ``points`` and ``scan.names`` answer the operand reader.

Readings chosen (documented in the tests too):

* English "m" after a number is a million when money is named (a symbol, code or name) or
  the number is not preceded by "a"/"an" and not followed by a length word ("tall", "long",
  "high"…); "a 5m wall" and "5m tall" are metres.
* Single-letter scale suffixes ("k", "m", "bn" is not single) count only glued to the number
  in English ("5m", "£2k"), or after money; babel's spaced compact forms ("1,2 Mio.", "5 M")
  count in the other languages.
* "points" is an index point when the sentence names an index ("FTSE", "Dow", "index") or the
  points of a change lead to a level without a percent ("fell 162 points to 7,245"), and no percentage
  follows within a few words; otherwise a percentage point after or before a percentage in the
  same sentence ("rose 3 points to 47%"); otherwise left unread.
* "from X to Y" gives two figures (the claim builder reads a change); a unit written only after
  Y is given to X too ("from 40 to 45%").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.scan.bounds import join_bounds
from factcheck._extract.scan.building import build_figure, build_fraction_of, build_range
from factcheck._extract.scan.customary import text_locale
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.scan.generic.number_words import read_foreign
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES
from factcheck._extract.scan.hedges import OVER_PARTICLE, UP_PARTICLE
from factcheck._extract.scan.locale_tables import Tables, tables
from factcheck._extract.scan.marks import DASHES
from factcheck._extract.scan.money_compound import scaled_code
from factcheck._extract.scan.operand import Operand, read_operand
from factcheck._extract.scan.ranges import (
    RANGE_ARTICLES,
    alternative_of,
    change_then_level,
    hedge_after_to,
    margin_of,
    range_end,
    range_from,
)
from factcheck._extract.text.counted_nouns import is_plural
from factcheck._extract.text.tokens import NUM, SYM, WORD, Token, match, tokenize
from factcheck._extract.text.vocabulary import COMMON, ENGLISH
from factcheck._precision import DEFAULT_POLICY, Hedge, PrecisionPolicy
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["scan"]

_CHUNK: Final = 8192
"""Characters per scanning chunk (see ``_chunk_end``)."""
_URL_STARTS: Final = lexicon(COMMON).words("url_starts")
_RANGE_FILLERS: Final = lexicon("en").phrases("range_opener_fillers")
"""Words between "between" and its first number: "between the ages of 17 and 29" (the figure starts at 17)."""
_RANGE_ASIDES: Final = lexicon("en").words("range_opener_asides")
"""Spoken fillers after "between", inside the figure: "between like one and five million years"."""
_ENGLISH: Final = lexicon(ENGLISH)
_PERIOD_HEDGES: Final = _ENGLISH.words("period_hedges")
"""Hedges that make a period before a time unit: "over five years"."""


def scan(text: str, locale: str = "en_GB", *, policy: PrecisionPolicy = DEFAULT_POLICY) -> list[Figure]:
    """Every figure in ``text``, in text order. Never raises on any ``str``.

    >>> [f.amount.value for f in scan("Around £1.2m went on 5,294 returns, up 95%.")]
    [Decimal('1.2E+6'), Decimal('5294'), Decimal('95')]
    >>> f = scan("between 10 and 20 per cent")[0]
    >>> str(f.amount.bounds), f.amount.hedge.name
    ('[10, 20]', 'RANGE')
    """
    tabs = tables(locale)
    figures = _scan(text, tabs, policy, locale)
    written = [f.unit_text for f in figures if f.unit_text]
    american = text_locale(locale, written) if written else locale  # no unit written: nothing American
    if american != locale:  # "fourteen tons ... four meters": American text, short tons
        figures = _scan(text, tabs, policy, american)
    return figures


def _scan(text: str, tabs: Tables, policy: PrecisionPolicy, customary: str) -> list[Figure]:
    """Every figure in ``text``, chunk by chunk; ``customary`` is the locale whose customary units it writes."""
    figures: list[Figure] = []
    start = 0
    while start < len(text):
        stop = _chunk_end(text, start)
        figures.extend(_Scanner(text, tabs, policy, start, stop, customary=customary).run())
        start = stop
    return figures


def _chunk_end(text: str, start: int) -> int:
    """Where the chunk from ``start`` ends: a sentence start after about ``_CHUNK`` characters.

    Scanning long texts chunk by chunk keeps the token lists small (memory and the garbage
    collector's work stay flat, so time stays linear). A chunk ends just before a letter that
    follows a newline or a ". ", so no figure or hedge straddles two chunks; a text with no such
    place is one chunk.
    """
    n = len(text)
    if n - start <= 2 * _CHUNK:
        return n
    pos = start + _CHUNK
    limit = min(n - 1, pos + _CHUNK)
    newline = text.find("\n", pos, limit)
    while pos < limit:
        if 0 <= newline < pos:
            newline = text.find("\n", pos, limit)
        stop = newline if newline >= 0 else limit
        full = text.find(". ", pos, stop)
        cut = full + 1 if full >= 0 else newline
        if cut < 0:
            break
        after = cut + 1
        while after < n and text[after].isspace() and after - cut < 8:  # noqa: PLR2004
            after += 1
        if after < n and text[after].isalpha() and text[after].isupper():
            return after
        pos = cut + 1
    return n


@functools.cache
def _stop_words(tabs: Tables) -> frozenset[str]:
    """The lower-case words the scanner stops at: its starters, web addresses' starts, currency names first."""
    names = tabs.currency.name_starts if tabs.currency_name_first else frozenset()
    return tabs.starters | _URL_STARTS | names


def _code_shaped(text: str) -> bool:
    """True for a currency code's shape: three capitals ("GBP"), or four letters, capitals after the first ("kEUR")."""
    return 3 <= len(text) <= 4 and (text.isupper() or text[1:].isupper())  # noqa: PLR2004


class _Scanner:
    def __init__(
        self,
        text: str,
        tabs: Tables,
        policy: PrecisionPolicy,
        start: int = 0,
        stop: int = -1,
        *,
        customary: str | None = None,
    ) -> None:
        self.text = text
        self.tabs = tabs
        self.customary_locale = customary or tabs.locale
        """The locale whose customary units the text writes (``scan.customary.text_locale``)."""
        self.policy = policy
        self.toks = tokenize(text, tabs.symbols, start, len(text) if stop < 0 else stop)
        self.lows = [t.low for t in self.toks]
        self.glued = [t.glued for t in self.toks]
        self.last_percent = -1
        self._foreign: dict[int, tuple[Decimal, int]] | None = None

    @property
    def foreign(self) -> dict[int, tuple[Decimal, int]]:
        """German, French or Spanish number words by first token, read on first need."""
        if self._foreign is None:
            self._foreign = _foreign_words(self.toks, self.tabs.lang)
        return self._foreign

    def run(self) -> list[Figure]:
        out: list[Figure] = []
        i = 0
        toks = self.toks
        n = len(toks)
        starters = self.tabs.starters
        # without foreign number words, only a code of three or four letters or a currency name
        # starts a figure outside the starters (``_may_start``): skip other words at once
        foreign = self.tabs.lang in GENERIC_LANGUAGES
        names = self.tabs.currency.name_starts if self.tabs.currency_name_first else frozenset()

        def opens(tok: Token) -> bool:
            return tok.kind == WORD and (foreign or tok.low in names or _code_shaped(tok.text))

        # the tokens the loop below may stop at (a numeral, a word of ``stops``, a word ``opens``);
        # it steps over all others at once
        stops = _stop_words(self.tabs)
        if foreign:
            places = [k for k, tok in enumerate(toks) if tok.kind in (NUM, WORD) or tok.low in stops]
        else:  # ``opens`` spelt out: most tokens are lower-case words, ruled out by their case
            places = [
                k
                for k, tok in enumerate(toks)
                if tok.kind == NUM
                or tok.low in stops
                or (tok.kind == WORD and tok.text != tok.low and _code_shaped(tok.text))  # a capital: a code?
            ]
        for k in places:
            if k < i:
                continue
            i = k
            tok = toks[i]
            if tok.low in _URL_STARTS and i + 1 < n and toks[i + 1].glued and toks[i + 1].text in ":.":
                i += 2
                while i < n and toks[i].glued:  # a web address: its digits are not figures
                    i += 1
                continue
            if tok.kind != NUM and tok.low not in starters and not (opens(tok) and self._may_start(i)):
                continue
            found = self._figures_at(i)
            if found is None:
                continue
            figures, i = found
            out.extend(figures)
        return join_bounds(out, self.text)

    def _may_start(self, i: int) -> bool:
        """Words outside the starter set that may still begin a figure: codes, foreign number words."""
        tok = self.toks[i]
        if len(tok.text) == 3 and tok.text.isupper():  # noqa: PLR2004  (an ISO code: "GBP 5m")
            return True
        if scaled_code(tok.text) is not None:  # "MAUD 60"
            return True
        if self.tabs.currency_name_first:  # "dollar 22.5 million": a name, then a numeral
            cur = self.tabs.currency
            return tok.low in cur.name_starts and any(t.kind == NUM for t in self.toks[i + 1 : i + 1 + cur.longest])
        return i in self.foreign

    def _operand_may_start(self, i: int) -> bool:
        """False when no operand begins at the word ``i``, so that :func:`read_operand` there gives ``None``.

        An operand begins at a word only with a minus word, a number word or a vague amount
        (``Tables.operand_words``) or a currency: a symbol or its letters ("US$", "HK $"), a code
        ("GBP", "MUSD") or a name ("dollar 22.5 million"). Foreign number words are read by text2num
        and may begin anywhere, so in those languages every word may.
        """
        tabs = self.tabs
        tok = self.toks[i]
        if tok.low in tabs.operand_words or tabs.lang in GENERIC_LANGUAGES:
            return True
        cur = tabs.currency
        return (
            tok.text in tabs.symbol_words
            or tok.text in cur.codes
            or tok.low in cur.name_starts
            or (i + 1 < len(self.toks) and self.toks[i + 1].text == "$")
            or scaled_code(tok.text) is not None
        )

    # one figure or a range ------------------------------------------------------------------
    def _figures_at(self, i: int) -> tuple[list[Figure], int] | None:
        toks, tabs = self.toks, self.tabs
        tok = toks[i]
        hedge, qualifier, j = Hedge.NONE, None, i
        opener = False
        length = match(toks, i, tabs.hedges.hedges, tabs.hedges.longest) if tok.low in tabs.hedges.starts else 0
        if length and not (tok.kind == SYM and tok.text != "~"):
            hedge = tabs.hedges.hedges[tuple(t.low for t in toks[i : i + length])]
            qualifier = self.text[tok.start : toks[i + length - 1].end]
            j = i + length
            if tok.low == OVER_PARTICLE.particle and length == 1 and i > 0 and toks[i - 1].low in OVER_PARTICLE.verbs:
                hedge, qualifier, i = Hedge.NONE, None, j  # "handed over two scanners"
            elif tok.low == UP_PARTICLE.particle and i > 0 and toks[i - 1].low in UP_PARTICLE.verbs:
                hedge, qualifier, i = Hedge.NONE, None, j  # "the costs add up to £1,500"
        elif tok.low in tabs.hedges.range_openers:
            opener, j = True, i + 1
            if j + 1 < len(toks) and toks[j].low in RANGE_ARTICLES and toks[j + 1].kind == NUM:
                j += 1  # "entre el 10 y el 20 %"
            if j + 1 < len(toks) and toks[j].low in _RANGE_ASIDES:
                j += 1  # "between like one and five million years"
            for filler in _RANGE_FILLERS:
                after = j + len(filler)
                if after < len(toks) and toks[after].kind == NUM and tuple(t.low for t in toks[j:after]) == filler:
                    i = j = after  # "between the ages of 17 and 29": the range starts at 17, "ages of" reads it
                    break
        elif tok.kind == WORD and not self._operand_may_start(i):
            return None  # "in", "as", "I": a hedge's first word or a currency's first letter, and nothing here
        if j >= len(toks):
            return None
        first = read_operand(self, j)
        if first is None:
            return None
        if first.skip:
            return ([], first.end) if j == i else None
        if (past := self._past_stray_one(first)) is not None:
            first = past  # "over one 1,000 deaths per day": "one" typed before the figure
        if (
            hedge is not Hedge.NONE
            and first.unit_name in units.TIME_UNITS
            and qualifier
            and qualifier.lower() in _PERIOD_HEDGES
        ):
            hedge, qualifier, i = Hedge.NONE, None, j  # "over five years" is a period, not a hedge
        if first.form is Form.FRACTION and (product := build_fraction_of(self, i, first, hedge, qualifier)) is not None:
            return [product[0]], product[1]
        hedged_end = hedge_after_to(self, first.end)  # "from 2 to almost 9 percent": two figures, one unit
        second = range_end(self, first, opener, hedged=hedge is not Hedge.NONE, hedged_end=hedged_end)
        if second is None:
            if opener:
                i = j
            first = margin_of(self, alternative_of(self, first))
            figure = build_figure(self, i, first, hedge, qualifier)
            return ([figure] if figure is not None else []), first.end
        from_word = (
            i > 0
            and toks[i - 1].low in tabs.hedges.from_words
            and not opener
            and not range_from(self, i - 1)
            and toks[first.end].text not in DASHES  # "from 18-21 year olds": a range after "from", no change
        )
        to_level = first.stated_unit() and not second.stated_unit() and toks[first.end].low in tabs.hedges.range_to
        if from_word or to_level or hedged_end or not first.compatible(second):  # "rose by 7% to 14,577": two figures
            first = first.inherit(second)
            figure = build_figure(self, i, first, hedge, qualifier)
            return ([figure] if figure is not None else []), first.end
        low, high = first.inherit(second).thousands_of(second), second.inherit(first)
        if change_then_level(self, i, low, high):
            figure = build_figure(self, i, first.inherit(second), hedge, qualifier)  # "grew by 700,000 to 68.3 million"
            return ([figure] if figure is not None else []), first.end
        figure = build_range(self, i, low, high, qualifier)
        if figure is None:  # not a range after all ("2019-20", "5-3"): the first figure alone
            if opener:
                i = j
            alone = build_figure(self, i, first, hedge, qualifier)
            return ([alone] if alone is not None else []), first.end
        return [figure], second.end

    def _past_stray_one(self, op: Operand) -> Operand | None:
        """The figure in digits right after a stray "one" ``op``: "over one 1,000 deaths per day", else ``None``.

        English only: the word "one" alone, then digits above one with no unit, currency or scale,
        then a plural noun, which "one" cannot count ("one 500ml bottle", "one 10-year bond" and
        "one 747 jet" keep their "one").
        """
        toks, k = self.toks, op.end
        if (
            self.tabs.lang != ENGLISH
            or op.form is not Form.WORDS
            or op.value != 1
            or op.number_first != op.number_last
            or op.end != op.number_last + 1
            or k + 1 >= len(toks)
            or toks[k].kind != NUM
            or toks[k].glued
        ):
            return None
        digits = read_operand(self, k, signed=False)
        if (
            digits is None
            or digits.skip
            or digits.form is not Form.DIGITS
            or digits.unit_name is not None
            or digits.currency is not None
            or digits.power
            or digits.value <= 1
            or digits.end >= len(toks)
        ):
            return None
        after = toks[digits.end]
        return digits if after.kind == WORD and not after.glued and is_plural(after.text) else None


def _foreign_words(toks: list[Token], lang: str) -> dict[int, tuple[Decimal, int]]:
    if lang not in GENERIC_LANGUAGES:
        return {}
    words = [t.low for t in toks]
    candidates = [t.kind == WORD or (t.kind == SYM and t.text == "-") for t in toks]
    return {i: (w.value, w.end) for i, w in read_foreign(words, lang, candidates).items()}
