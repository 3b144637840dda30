"""Which points "points" after a number are: an index's or percentage points.

The operand reader asks :func:`index_context`, then :func:`percent_context`, at "points" after
a number ("lost 162 points", "up 3 points"); neither, and "points" is left unread.
:func:`percent_context` reads the scanner's ``last_percent``, the token after the last
percentage it made a figure of.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.english_words import DOWN, UP
from factcheck._extract.scan.marks import SENTENCE_END, sentence_end
from factcheck._extract.text.tokens import NUM, SYM, WORD
from factcheck._extract.text.vocabulary import ENGLISH, every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["index_context", "percent_context"]

_ENGLISH: Final = lexicon(ENGLISH)

_PERCENT_WORDS: Final = _ENGLISH.words("percent_tokens")
_POINTS_LOOKAHEAD: Final = 8
"""Tokens looked ahead for a percentage that makes "points" percentage points."""
_INDEX_WORDS: Final = every_language("index_point_context")
"""Words that make "points" index points: "FTSE", "Dow", "index", "Leitindex", "indice"."""
_MARKET_WORDS: Final = every_language("index_point_market_words")
"""Words before a change in points that make them index points: "the market plummeted 190 points"."""
_MARKET_LOOKBACK: Final = 5
"""Tokens before "points" a market word is looked for in: "the market plummeted 190 points"."""
_MARKET_NOT_BEFORE: Final = every_language("index_point_market_not_before")
"""Words after a market word that make it no index: "market share"."""
_RESTATEMENT_LEADS: Final = every_language("index_point_restatement_leads")
"""Words after "points," that restate the change in percent: "the Dow gained 312 points, or 0.8%"."""
_LEVEL_WORDS: Final = frozenset({"to", "at"})
"""Words between "points" and a level: "lost 162 points to 7,245", "closed 12 points lower at 3,811"."""
_INDEX_LOOKBACK: Final = 40
_CHANGE_LOOKBACK: Final = 4
"""Tokens looked back from "points" for a verb of change that makes a level after them an index's."""


def percent_context(sc: ScannerView, k: int) -> bool:
    """True when a percentage stands in the same sentence as token ``k``: before it, or a few words after.

    "rose from 40% to 47%, a rise of 7 points"; "rose 7 points to 47%".
    """
    toks = sc.toks
    ahead = toks[k + 1 : k + 1 + _POINTS_LOOKAHEAD]
    for t in ahead:
        if t.kind == SYM and t.text in SENTENCE_END:
            break
        if t.text == "%" or t.low in _PERCENT_WORDS:
            return True
    if sc.last_percent < 0 or k - sc.last_percent > 40:  # noqa: PLR2004
        return False
    return not any(t.kind == SYM and t.text in SENTENCE_END for t in toks[sc.last_percent : k] if t.text != "%")


def index_context(sc: ScannerView, k: int) -> bool:
    """True when "points" at token ``k`` are index points.

    No percentage follows within a few words, and the sentence names an index ("the FTSE 100
    lost 162 points", "the Dow rose 250 points"), or the points lead to a level without a
    percent after a verb of change ("fell 40 points to 7,245"; not the score "won 45 points to 24").
    """
    toks = sc.toks
    first = k
    while first > 0 and k - first < _INDEX_LOOKBACK and not sentence_end(toks[first - 1]):
        first -= 1
    last = k + 1
    while last < len(toks) and last - k <= _POINTS_LOOKAHEAD and not sentence_end(toks[last]):
        last += 1
    after = k + 1
    if (
        after + 2 < last
        and toks[after].text == ","
        and toks[after + 1].low in _RESTATEMENT_LEADS
        and toks[after + 2].kind == NUM
    ):
        for end in range(after + 3, min(after + 5, last)):  # "0.8%", "0.8 per cent"
            if toks[end].text == "%" or toks[end].low in _PERCENT_WORDS:
                after = end + 1  # "312 points, or 0.8%,": the same change in percent, not a level
                break
    if any(t.text == "%" or t.low in _PERCENT_WORDS for t in toks[after:last]):
        return False  # "rose 3 points to 47%": the level is a percentage
    for j in range(first, last):
        glued = j + 2 < len(toks) and toks[j + 1].glued and toks[j + 2].glued
        if toks[j].low in _INDEX_WORDS or (glued and "".join(t.low for t in toks[j : j + 3]) in _INDEX_WORDS):
            return True  # "Dow", "S&P"
    if not any(t.low in UP or t.low in DOWN for t in toks[max(first, k - _CHANGE_LOOKBACK) : min(k + 2, last)]):
        return False  # "won by 45 points to 24" is a score; "fell 56 points to 4,120" a change of a level
    if any(
        toks[j].low in _MARKET_WORDS and (j + 1 >= len(toks) or toks[j + 1].low not in _MARKET_NOT_BEFORE)
        for j in range(max(first, k - _MARKET_LOOKBACK), k)
    ):
        return True  # "the market plummeted 190 points"; not "market share rose 3 points"
    j = k + 2 if k + 1 < last and toks[k + 1].kind == WORD and toks[k + 1].low not in _LEVEL_WORDS else k + 1
    # "fell 56 points to 4,120", "closed 12 points lower at 3,811": the level right after the points
    return j + 1 < last and toks[j].low in _LEVEL_WORDS and toks[j + 1].kind == NUM
