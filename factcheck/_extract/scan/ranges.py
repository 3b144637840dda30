"""A second number after a figure's first: a range's high end, or an alternative or a margin that lends it a unit.

The scanner reads one operand at a token, then asks here: the high end of a range ("10 to 20",
"5-10 percent", "between 10 and 20", "one-to-two hundred", "roughly about 110, 120 miles"),
unless "X to Y" is a change and then its level ("grew by 700,000 to 68.3 million") or a
duration goes on ("13 years and 5 months"); else an alternative ("$3 or $4 million") or a
margin ("40.3 ± 0.4 days") whose unit, currency and scale the first takes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.english_words import DOWN, UP
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.marks import DASHES
from factcheck._extract.scan.nonfigures import in_dash_chain
from factcheck._extract.scan.operand import read_operand
from factcheck._extract.scan.operand_scales import smaller_part_joiners
from factcheck._extract.text.tokens import NUM, WORD, match
from factcheck._extract.text.vocabulary import COMMON, ENGLISH, every_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = [
    "RANGE_ARTICLES",
    "alternative_of",
    "change_then_level",
    "hedge_after_to",
    "margin_of",
    "range_end",
    "range_from",
]

_ENGLISH: Final = lexicon(ENGLISH)

_COMMA_RANGE_SPAN: Final = 2
"""How many times the first of "about 110, 120 miles" the second stays under, to be a range."""
RANGE_ARTICLES: Final = every_language("range_articles")
"""Articles between a range opener or joiner and a numeral ("entre el 10 y el 20 %")."""
_ALTERNATIVES: Final = every_language("alternative_joiners")
"""Words between two numbers that the unit after the second serves both: "$3 or $4 million"."""
_MARGIN_SIGNS: Final = lexicon(COMMON).words("margin_signs")
"""Signs between a value and its margin: "40.3 ± 0.4 days", "5 +/- 1 kg"."""
_MARGIN_SIGN_TOKENS: Final = 3
"""The most tokens a margin sign is written in ("+/-")."""
_MARGIN_FIRST: Final = frozenset(sign[:1] for sign in _MARGIN_SIGNS)
"""The characters a margin sign opens with: an operand followed by none of them has no margin."""
_CHANGE_BY: Final = _ENGLISH.words("change_by")
_AGE_NOUNS_AFTER: Final = _ENGLISH.words("age_nouns_after")  # "10-19 year olds": ages, not a change
_BY_TO_SPAN: Final = 10  # after "by", "5 to 60%" (over ten times): a change and a level, not a range


def alternative_of(sc: ScannerView, first: Operand) -> Operand:
    """``first`` with the currency, unit and scale of the number after "or" where it states none.

    "$3 or $4 million" is $3 million or $4 million, "2 or 3 million people" 2 million or 3
    million; ``join_bounds`` then makes one range of the two where they are close.
    """
    toks, k = sc.toks, first.end
    if k + 1 >= len(toks) or toks[k].low not in _ALTERNATIVES or first.form is Form.FRACTION:
        return first
    if first.vague is not None or (toks[k + 1].kind == WORD and toks[k + 1].low not in CARDINAL_WORDS):
        return first
    second = _usable(read_operand(sc, k + 1, signed=False, second=True))
    if second is None:
        return first
    after = second.end
    if after + 1 < len(toks) and toks[after + 1].kind == NUM and toks[after].low in sc.tabs.hedges.range_to:
        return first  # "from 25 or 27 days to 30 days per year": the second opens a range of its own
    return first.inherit(second)


def margin_of(sc: ScannerView, first: Operand) -> Operand:
    """``first`` with the unit, currency and scale of its margin after a sign of ``margin_signs``.

    "40.333 ± 0.004 days" is 40.333 days, "1010 ± 195 light years" 1010 light years; the margin
    is read next as written ("0.004 days", "+/-50%": 50), neither a negative nor a rise.
    """
    toks, k = sc.toks, first.end
    if k >= len(toks) or toks[k].text[:1] not in _MARGIN_FIRST:
        return first
    if first.stated_unit() or first.form is Form.FRACTION or first.vague is not None:
        return first
    length = next(
        (
            n
            for n in range(_MARGIN_SIGN_TOKENS, 0, -1)
            if k + n < len(toks)
            and all(t.glued for t in toks[k + 1 : k + n])
            and "".join(t.text for t in toks[k : k + n]) in _MARGIN_SIGNS
        ),
        0,
    )
    if not length:
        return first
    margin = _usable(read_operand(sc, k + length, signed=False, second=True))
    if margin is None:
        return first
    return first.inherit(margin) if margin.stated_unit() else first


def range_from(sc: ScannerView, k: int) -> bool:
    """True when the words before the from-word at token ``k`` make "from a to b" a range: "aged from 18 to 24"."""
    toks = sc.toks
    for lead in sc.tabs.hedges.range_from_leads:
        start = k - len(lead)
        if start >= 0 and all(toks[start + n].low == word for n, word in enumerate(lead)):
            return True
    return False


def change_then_level(sc: ScannerView, i: int, low: Operand, high: Operand) -> bool:
    """True for "grew by 700,000 to 68.3 million", "fell 6p to 142p": a change, then the new level.

    After "by" or an English change verb, "X to Y" is a change and a level when Y is above X;
    for shares only when Y is over ten times X ("rose by 5 to 10%" is a range of changes); never
    for a range of ages ("suicides by 10–19 year olds": a time unit, then ``age_nouns_after``).
    """
    before = sc.toks[i - 1].low if i > 0 else ""
    if before not in _CHANGE_BY and not (sc.tabs.lang == ENGLISH and (before in UP or before in DOWN)):
        return False
    if high.unit_name in units.TIME_UNITS and _age_noun_at(sc, high.end):
        return False
    share = high.unit_name in ("percent", "percentage_point")
    return high.value > (_BY_TO_SPAN * low.value if share else low.value)


def _age_noun_at(sc: ScannerView, k: int) -> bool:
    """True when an age noun stands at token ``k``, or after a hyphen there: "year olds", "year-olds"."""
    toks = sc.toks
    if k < len(toks) and toks[k].text in DASHES and toks[k].glued:
        k += 1
    return k < len(toks) and toks[k].low in _AGE_NOUNS_AFTER


def range_end(sc: ScannerView, first: Operand, opener: bool, *, hedged: bool, hedged_end: int) -> Operand | None:
    """The high end of a range after ``first``, else ``None``; ``hedged_end`` is ``hedge_after_to(first.end)``."""
    toks, tabs = sc.toks, sc.tabs
    k = first.end
    if k >= len(toks) - 1 or first.form is Form.FRACTION or first.vague is not None:
        return None
    joiner = toks[k]
    if _hyphened_to(sc, k):  # "one-to-two hundred", "5-to-10 percent": the hyphened word is the joiner
        k += 2
        second = _usable(read_operand(sc, k + 1, signed=False, second=True))
        if second is None:
            return None
        return None if _time_goes_on(sc, second) else second
    if hedged and joiner.text == "," and not opener:
        return _comma_range_end(sc, first)
    if opener:  # "between 10 and 20", "between 5-10 percent" (a dash between digits, as in "5-10 percent")
        ok = joiner.low in tabs.hedges.range_joiners or (
            joiner.text in DASHES
            and toks[first.number_first].kind == NUM
            and joiner.glued
            and toks[k + 1].glued
            and not in_dash_chain(toks, first.number_first, k + 1)
        )
    elif joiner.text == "~" and joiner.glued and toks[k + 1].glued:  # "20~100"
        ok = True
    elif joiner.text in DASHES:
        ok = joiner.glued and toks[k + 1].glued and not in_dash_chain(toks, first.number_first, k + 1)
        ok = ok if joiner.text == "-" else True
    else:
        ok = joiner.low in tabs.hedges.range_to
    spaced = not ok and joiner.text == "-" and not joiner.glued and not toks[k + 1].glued
    half = not ok and joiner.text == "-" and not joiner.glued and toks[k + 1].glued and not first.stated_unit()
    if not ok and not spaced and not half:
        return None
    if opener and k + 2 < len(toks) and toks[k + 1].low in RANGE_ARTICLES and toks[k + 2].kind == NUM:
        k += 1  # "entre el 10 y el 20 %"
    elif not opener and hedged_end:
        k += hedged_end  # "from 2 to almost 9 percent": the high end's unit, read past its hedge
    second = _usable(read_operand(sc, k + 1, signed=joiner.text not in DASHES, second=True))
    if second is None:
        return None
    if spaced and not second.stated_unit():
        return None  # "40 - 50 years" is a range; "won 3 - 1" is a score
    if half and not (second.stated_unit() and second.value > first.value):
        return None  # "a 75 -300mm lens" is a range; "rates of 5 -3" are not
    if first.unit_name and not second.unit_name and not second.currency and second.power:
        return None  # "winds of 80mph to 1.2 million homes": the unit's figure, then a count
    if _time_goes_on(sc, second):
        return None  # "between 10 years and 13 years and 5 months": the high end is not 13 years
    return second


def hedge_after_to(sc: ScannerView, k: int) -> int:
    """The length of a hedge of words after a ``range_to`` word at token ``k`` ("to almost 9 percent"), else 0."""
    toks, hedges = sc.toks, sc.tabs.hedges
    if k + 1 >= len(toks) or toks[k].low not in hedges.range_to or toks[k + 1].kind != WORD:
        return 0
    return match(toks, k + 1, hedges.hedges, hedges.longest)


def _hyphened_to(sc: ScannerView, k: int) -> bool:
    """True for a ``range_to`` word between hyphens glued either side at token ``k``: "one-to-two"."""
    toks = sc.toks
    return (
        k + 3 < len(toks)
        and toks[k].text == "-"
        and toks[k + 1].low in sc.tabs.hedges.range_to
        and toks[k + 2].text == "-"
        and all(t.glued for t in toks[k : k + 4])
    )


def _time_goes_on(sc: ScannerView, op: Operand) -> bool:
    """True when a duration ``op`` goes on with "and" and a duration: "13 years and 5 months"."""
    toks, k = sc.toks, op.end
    if op.unit_name not in units.TIME_UNITS or k + 1 >= len(toks) or toks[k + 1].kind != NUM:
        return False
    if toks[k].low not in smaller_part_joiners(sc.tabs.lang):
        return False
    more = read_operand(sc, k + 1, signed=False, second=True)
    return more is not None and not more.skip and more.unit_name in units.TIME_UNITS


def _comma_range_end(sc: ScannerView, first: Operand) -> Operand | None:
    """The higher of two hedged whole numbers side by side with one unit: "roughly about 110, 120 miles".

    Both in digits, whole, the first with no unit and the second with one, the second above
    the first and under twice it, with no third number after a comma ("about 10, 12, 14 miles"
    is a list); otherwise ``None`` (the first figure alone).
    """
    toks, k = sc.toks, first.end
    if first.form is not Form.DIGITS or not first.plain_integer or first.stated_unit() or first.power:
        return None
    if toks[k + 1].kind != NUM or toks[k + 1].glued:
        return None
    second = read_operand(sc, k + 1, signed=False, second=True)
    if second is None or second.skip or second.form is not Form.DIGITS or not second.plain_integer:
        return None
    if not second.stated_unit() or second.power or not first.value < second.value < _COMMA_RANGE_SPAN * first.value:
        return None
    after = second.end
    if after + 1 < len(toks) and toks[after].text == "," and toks[after + 1].kind == NUM:
        return None
    return second


def _usable(op: Operand | None) -> Operand | None:
    """``op`` as the end of a pair, or ``None`` when none was read or it is skipped, a fraction or a vague amount."""
    return None if op is None or op.skip or op.form is Form.FRACTION or op.vague is not None else op
