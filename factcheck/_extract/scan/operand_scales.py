"""The scale after an operand's number: "5m", "£2bn", "1,2 Mio.", "3 lakh crore", and the English "m" as metres.

:func:`scale_at` matches the locale's scale words and abbreviations (a typo of a word after
money: "£8 billon"), with a scale of a larger scale multiplying ("thousand million"). One
letter counts in English only glued or after money ("5m", "£2 m"; "2.5 k" too); an "m" before
a power is square metres, and :func:`metre_context` says when an English "m" is a metre ("a
5m wall", "5m tall"). :func:`smaller_part_joiners` join a scaled number to a smaller part.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan import measures
from factcheck._extract.scan.english.cardinals import ARTICLES
from factcheck._extract.scan.marks import DASHES
from factcheck._extract.scan.measures import sentence_around
from factcheck._extract.scan.operand_currency import currency_at_token
from factcheck._extract.scan.scale import AMBIGUOUS_M
from factcheck._extract.scan.unit_words import LENGTH_CONTEXT
from factcheck._extract.text.tokens import NUM, SYM, match
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = ["metre_context", "scale_at", "smaller_part_joiners"]

_ENGLISH: Final = lexicon(ENGLISH)

_ONE_LETTER_SCALES: Final = frozenset(
    form for form in lexicon(ENGLISH).mapping("scale_abbreviations") if len(form) == 1
)
"""The English one-letter scale suffixes: "5k", "£2m", "$3bn" is not one."""
_THOUSAND_LETTER: Final = "k"
"""The one-letter suffix that counts spaced from the number in English too: "2.5 k"."""
_METRE_NOUNS: Final = _ENGLISH.words("metre_context_nouns")
"""Words anywhere in the sentence that make a "5m" ending its clause metres: "the outreach is 48m"."""
_METRE_LINKS: Final = _ENGLISH.words("metre_context_links")
"""Words after "5m" that leave it ending its clause: "1m is equal to 10 dm"."""
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")"})
_METRIC_LENGTHS: Final = frozenset({"millimetre", "centimetre", "decimetre", "kilometre"})
"""Other metric lengths after a number that make a "5m" ending its clause metres: "1m is 10 dm"."""


@functools.cache
def smaller_part_joiners(lang: str) -> frozenset[str]:
    """Words joining a scaled number to a smaller part in ``lang`` ("and"; none outside English).

    Also the joiner of a compound duration: "13 years and 5 months" (``ranges._time_goes_on``).
    """
    return frozenset(lexicon(lang).own("smaller_part_joiners") or ())


def scale_at(sc: ScannerView, op: Operand, k: int) -> int:
    """Read a scale word or suffix at ``k`` into ``op``; return the token after it."""
    toks = sc.toks
    tabs = sc.tabs
    if k >= len(toks):
        return k
    by_case = match(toks, k, tabs.scales.abbreviations, tabs.scales.longest, lower=False)
    by_word = match(toks, k, tabs.scales.words, tabs.scales.longest)
    if not by_case and not by_word and op.currency is not None and (toks[k].low,) in tabs.scales.misspelt:
        op.power = tabs.scales.misspelt[toks[k].low,]  # "£8 billon": a typo of a scale word, after money only
        op.parts.append((k, k))
        return k + 1
    if not by_case and not by_word:
        return k
    if by_word >= by_case:
        key = tuple(t.low for t in toks[k : k + by_word])
        power, length = tabs.scales.words[key], by_word
    else:
        key = tuple(t.text for t in toks[k : k + by_case])
        power, length = tabs.scales.abbreviations[key], by_case
        letter = key[0] if len(key) == 1 and key[0] in _ONE_LETTER_SCALES else None
        if (
            letter not in (None, _THOUSAND_LETTER)
            and tabs.scale_letters_glued
            and not toks[k].glued
            and op.currency is None
        ):
            return k  # "5 m", "plan 5 B": not a scale in English unless glued or after money; "2.5 k" is
        if letter == AMBIGUOUS_M and op.currency is None and measures.power_follows(toks, k):
            return k  # "24703m2": square metres, read as a unit
        if letter == AMBIGUOUS_M and tabs.ambiguous_m and op.currency is None:
            after = currency_at_token(sc, k + 1) if k + 1 < len(toks) else None
            named = k + 1 < len(toks) and tabs.currency.word_code(toks[k + 1].low) is not None
            if after is None and not named and metre_context(sc, op.number_first, k):
                op.unit_name = "metre"
                op.parts.append((k, k))
                return k + 1
    op.power = power
    op.parts.append((k, k + length - 1))
    k += length
    stacked = match(toks, k, tabs.scales.words, tabs.scales.longest) if k < len(toks) else 0
    if stacked:  # "lakh crore", "thousand million": a scale of a larger scale multiplies
        upper = tabs.scales.words[tuple(t.low for t in toks[k : k + stacked])]
        if upper > power:
            op.power = power + upper
            op.parts.append((k, k + stacked - 1))
            k += stacked
    return k


def metre_context(sc: ScannerView, first: int, k: int) -> bool:
    """True when the English "m" at token ``k`` after the number at ``first`` reads as metres."""
    toks = sc.toks
    if first > 0 and toks[first - 1].low in ARTICLES:
        return True
    nxt = k + 1
    if nxt < len(toks) and toks[nxt].text in DASHES and toks[nxt].glued:
        nxt += 1
    if nxt < len(toks) and toks[nxt].low in LENGTH_CONTEXT:
        return True
    ends = nxt >= len(toks) or toks[nxt].kind == SYM or toks[nxt].low in _METRE_LINKS
    return ends and _about_length(sc, first, k)


def _about_length(sc: ScannerView, first: int, k: int) -> bool:
    """True when the clause before ``first`` names a length, or its sentence has another metric length."""
    toks, lows, table = sc.toks, sc.lows, sc.tabs.units.units
    around = sentence_around(toks, first, k)
    for i in range(first - 1, around.start - 1, -1):
        if toks[i].kind == SYM and toks[i].text in _CLAUSE_MARKS:
            break
        if lows[i] in _METRE_NOUNS:
            return True
    return any(i != k and toks[i - 1].kind == NUM and table.get((lows[i],)) in _METRIC_LENGTHS for i in around if i > 0)
