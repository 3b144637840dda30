"""The reader's rates per anything but time: "$60 a barrel", "15.3 points per game", "£50 a night per room".

``read.per_unit`` reads what a figure is per at one word; this module decides where the reader
looks for it and what it makes of the figure: right after the figure or the noun it counts
(:func:`per`), past a bridge ("$19,000 in debt for every man") or a substance ("0.002 moles of
oxygen per cubic meter"), and before or after a rate in time (:func:`per_before_time`: "10p a
mile each day", :func:`per_after_time`: "£50 a night per room", :func:`per_after_later_time`:
"£2,000 of childcare support per year per child"). A bare number per so many people counts the
noun named before it ("deaths ... seven per 100,000 people"). Separate from the rates in time
(``read.rates``), which call it.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.subjects import subject_before
from factcheck._extract.read.clause.time_rates import rate_after
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.per_unit import Per, denominator_at, money_bridge
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    import pint

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading

__all__ = [
    "counted_noun_then",
    "denominator",
    "money_or_measure",
    "per",
    "per_after_later_time",
    "per_after_time",
    "per_before_time",
]

_EN: Final = lexicon("en")  # English words read in every language, as before: "of", "one in five"
_OF: Final = _EN.words("of_words")

_SCALED_PREFIXES: Final = tuple(f"{scale}_" for scale in units.COUNT_SCALES.values())
"""The starts of a count unit per so many ("thousand_person"): see :data:`factcheck.units.COUNT_SCALES`."""
_NUMERATOR_REACH: Final = 60
"""The most words back to the noun a bare number per so many counts: ``understood_rate_numerators``."""


_PLAIN_GAP: Final = re.compile(r"[ \u00a0/-]*")
"""What may stand between a figure and the word after it that says what it is per: spaces, a hyphen, "/"."""


def _plain_gap(gap: str) -> bool:
    return _PLAIN_GAP.fullmatch(gap) is not None


@functools.lru_cache(maxsize=1024)
def money_or_measure(unit: pint.Unit) -> tuple[bool, bool]:
    """Whether a figure in ``unit`` is a sum of money, and whether it is a physical quantity (no count)."""
    money = units.currency_code(unit) is not None
    return money, not money and not units.is_count(unit)


def per_after_later_time(reader: Reader, r: Reading) -> None:
    """Money per a noun right after a later rate in time: "£2,000 of childcare support per year per child".

    The rate in time stands past the figure (after what the money is of), and a noun follows
    it with "per" or another per-word: the money is per that noun too (``GBP / person / year``).
    The figure's span stays as written; a unit after the rate ("a mile") is not read so.
    """
    tokens = reader.tokens
    if r.rate is None or r.per is not None or r.rate[1] <= r.last or units.currency_code(r.amount.unit) is None:
        return
    nxt = r.rate[1] + 1
    if nxt >= r.clause_end or not _plain_gap(reader.text[tokens[r.rate[1]].end : tokens[nxt].start]):
        return
    per = denominator_at(tokens, reader.locale, nxt, r.clause_end, money=True, measure=False)
    if per is None or per.noun is None:
        return
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(per.unit), reader.policy)
    r.per, r.per_last = per.noun, per.last


def per_before_time(reader: Reader, r: Reading) -> None:
    """A rate per a unit right after the figure, before a later rate in time: "10p a mile each day"."""
    tokens = reader.tokens
    if r.rate is None or r.nxt >= r.clause_end or not _plain_gap(reader.text[r.end : tokens[r.nxt].start]):
        return
    per = denominator(reader, r, r.nxt)
    if per is None or per.noun is not None or per.last >= r.rate[1]:
        return  # only a unit: "a mile"; "£5 a head each week" is left as it was
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(per.unit), reader.policy)
    r.per_last = per.last
    r.end, r.last = tokens[per.last].end, per.last
    _no_subject_through(reader, r, per.last)  # "a mile" is what it is per, no subject


def per_after_time(reader: Reader, r: Reading) -> None:
    """A rate per anything right after a rate in time: "£50 a night per room", "$20 a day each"."""
    tokens, nxt = reader.tokens, r.last + 1
    if nxt >= r.clause_end or not _plain_gap(reader.text[r.end : tokens[nxt].start]):
        return
    money = units.currency_code(r.amount.unit) is not None
    measure = not money and not units.is_count(units.numerator(r.amount.unit))
    per = denominator_at(tokens, reader.locale, nxt, r.clause_end, money=money, measure=measure)
    if per is not None:
        r.amount = with_unit(r.amount, r.amount.unit / units.unit(per.unit), reader.policy)
        r.per, r.per_last = per.noun, per.last
        r.end, r.last = tokens[per.last].end, per.last


def denominator(reader: Reader, r: Reading, at: int) -> Per | None:
    """What the figure is per when a per-word is at word ``at`` ("a barrel", "per game"), or ``None``."""
    money, measure = money_or_measure(r.amount.unit)
    return denominator_at(reader.tokens, reader.locale, at, r.clause_end, money=money, measure=measure)


def _numerator_before(reader: Reader, r: Reading, unit: pint.Unit) -> pint.Unit:
    """The count a bare number per so many of a noun counts, named a few words before, else ``unit``.

    The nearest word of ``understood_rate_numerators`` ("deaths", "suicides") at most
    ``_NUMERATOR_REACH`` words before the figure, sentences apart or not: "premature deaths were
    stratified by race, ... at a rate of seven per 100,000 people" is 7 ``death /
    hundred_thousand_person``; with none, the number stays a rate of ``unit``.
    """
    nouns = reader.lex.words("understood_rate_numerators", optional=True)  # "deaths", "suicides"
    tokens = reader.tokens
    for k in range(r.lead - 1, max(-1, r.lead - _NUMERATOR_REACH), -1):
        lower = tokens.lower(k)
        if lower in nouns:
            r.counted = singular(lower)
            return units.unit(counted_unit(lower) or "item")
    return unit


def per(reader: Reader, r: Reading, after_subject: int) -> None:
    """A rate per anything but time, right after the figure or the noun it counts (``read.per_unit``)."""
    tokens = reader.tokens
    at = r.nxt
    if r.nxt >= r.clause_end or not _plain_gap(reader.text[r.end : tokens[r.nxt].start]):
        return  # not past a comma, a bracket or a line break: "| 2.0\nGDP per capita |"
    per = denominator(reader, r, at)
    if per is None and after_subject != r.nxt and tokens.joined_run(r.nxt, after_subject):
        at = after_subject
        per = denominator(reader, r, at)
    bridge = money_bridge(tokens, reader.locale, r.nxt, r.clause_end) if per is None else None
    if bridge is not None and units.currency_code(r.amount.unit) is not None:
        at = bridge  # "$19,000 in debt for every man": the money stays as written, per person
        per = denominator(reader, r, at)
    if per is None and (substance := _substance_end(reader, r)) is not None:
        at = substance  # "0.002 moles of oxygen per cubic meter": the substance is left out of the unit
        per = denominator(reader, r, at)
    if per is None:
        return
    unit = r.amount.unit
    if r.unit_word is not None:  # "15.3 points per game": the points are counted, as many as they average
        if not is_plural(r.unit_word) or not r.unit_word.isalpha() or not r.unit_word.islower():
            return  # "7.4 rpg per ...": a unit of its own, not a counted noun
        unit = units.unit(counted_unit(r.unit_word) or "item")
        r.counted, r.unit_word = singular(r.unit_word), None
    if unit == units.dimensionless() and per.unit.startswith(_SCALED_PREFIXES):
        unit = _numerator_before(reader, r, unit)  # "premature deaths ... at a rate of seven per 100,000 people"
    rate = unit / units.unit(per.unit)
    if not units.has_denominator(rate) and per.noun is None:
        return  # "3 points each": no denominator left to say what it is per
    last = per.last
    then = rate_after(tokens, last + 1, r.clause_end)  # "18.9 deaths per 100,000 people per year"
    if then is not None and then[1] == last + 2:
        rate, last = rate / units.unit(then[0]), then[1]
    r.amount = with_unit(r.amount, rate, reader.policy)
    r.rate, r.per, r.per_last = (per.unit, last), per.noun, last
    if at == r.nxt:
        r.end, r.last = tokens[last].end, last
        _no_subject_through(reader, r, last)  # "$60 a barrel": "barrel" is no subject
    elif counted_noun_then(reader, r, at):
        r.end, r.last = tokens[last].end, last  # "15.3 points per game": the whole rate; "points" stay its subject


def _substance_end(reader: Reader, r: Reading) -> int | None:
    """The word after "of" and one word of letters after a measure: "0.002 moles of oxygen | per cubic meter".

    Only for a physical quantity written with its unit ("5 tonnes of carbon per person"); money
    and counts keep their own readings ("$5 of tax per ...", "5 of the 10 per ...").
    """
    tokens, k = reader.tokens, r.nxt
    if not money_or_measure(r.amount.unit)[1] or r.dimensionless or k + 2 >= r.clause_end:
        return None
    if tokens.lower(k) not in _OF or not tokens[k + 1].word.isalnum() or tokens[k + 1].word.isdigit():
        return None
    return k + 2 if tokens.joined(k, k + 1) and tokens.joined(k + 1, k + 2) else None


def counted_noun_then(reader: Reader, r: Reading, at: int) -> bool:
    """True when the figure's counted noun alone stands between it and word ``at``: "15.3 points | per game"."""
    return r.counted is not None and at == r.nxt + 1 and singular(reader.tokens.lower(r.nxt)) == r.counted


def _no_subject_through(reader: Reader, r: Reading, last: int) -> None:
    """Read the subject again from the level verb when the one found starts at or before word ``last``."""
    if r.subject is not None and r.subject[0] <= last:
        verb = reader.language.level_verb(reader.tokens, r.lead, r.clause_first)
        r.subject = None if verb is None else subject_before(reader.tokens, verb, r.clause_first)
