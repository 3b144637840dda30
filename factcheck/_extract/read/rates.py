"""Whether a read figure is a rate, and of what: "100,000 a year", "£20 per week", "rose 4% a year".

:func:`rate` is the reader's rate step: a duration per another unit of time ("23 hours a day"),
a percentage of a flow ("1.1% of GDP a year") or a change per a period ("rose 4% a year"), a
rate phrase after the figure or after what it counts or is of ("2 billion cubic metres of gas
per year", "$3 million for each of 10 years"), the language's rate words away from the figure,
then money an adjective makes a rate (``read.rate_adjectives``) and rates per anything but time
(``read.rates_per_unit``). Separate because the rate step is a family of its own, with the
unit arithmetic (``unit / year``) only it does.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._decimal import ZERO
from factcheck._extract.read.clause.time_rates import each_of_period, rate_after
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.rate_adjectives import adjective_rate
from factcheck._extract.read.rates_per_unit import (
    counted_noun_then,
    denominator,
    per,
    per_after_later_time,
    per_after_time,
    per_before_time,
)
from factcheck._extract.read.reading import Around
from factcheck._extract.scan.english_words import PER
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    import pint

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading

__all__ = ["rate"]

_EN: Final = lexicon("en")  # English words read in every language, as before: "of", "one in five"
_OF: Final = _EN.words("of_words")
_RATE_OF_LEADS: Final = _EN.phrase_set("rate_of_leads")  # "at an average rate of 22 percent per year"
_RATIO_WHOLES: Final = _EN.words("ratio_wholes")  # "153% of income" is a ratio


@functools.lru_cache(maxsize=1024)
def _takes_no_rate(unit: pint.Unit) -> bool:
    """True for a unit no rate words apply to: a percentage, points, or a rate already.

    A duration is no rate either; :func:`rate`, the caller, reads it first ("23 hours a day").
    """
    return units.is_percent(unit) or units.is_percentage_point(unit) or _already_a_rate(unit)


def _already_a_rate(unit: pint.Unit) -> bool:
    """True for a unit that is a rate as written: a speed ("mph", "km/h"), a frequency, a flow, "USD / barrel".

    It takes no further "per" from the words after it: "five miles per hour (eight kilometers per
    hour)" is one speed, not miles per hour per hour. Energy and power ("5 GW a year") carry time
    in their dimension without being written as a rate, and are left to be read as one.
    """
    dims = {str(name): Decimal(str(power)) for name, power in unit.dimensionality.items()}
    return units.has_denominator(unit) or (dims.get("[time]", ZERO) < ZERO and "[mass]" not in dims)


def rate(reader: Reader, r: Reading) -> None:
    """A rate: "100,000 a year", "£20 per week", "5,000 people each month"."""
    unit, tokens = r.amount.unit, reader.tokens
    if units.is_time(unit):
        _time_per_time(reader, r)
        return
    if units.is_percent(unit) and (_share_of_a_flow(reader, r) or _change_per_period(reader, r)):
        return  # "1.1% of GDP a year", "rose 4% a year": percent / year
    if _takes_no_rate(unit):
        return
    after_subject = r.subject[1] + 1 if r.subject is not None and r.subject[0] >= r.nxt else r.nxt
    if after_subject != r.nxt and denominator(reader, r, r.nxt) is not None:
        after_subject = r.nxt  # "10p a mile each day": "a mile" is what it is per, not a subject
    r.rate = rate_after(tokens, after_subject, r.clause_end, skip=1) or rate_after(tokens, r.nxt, r.clause_end)
    if r.rate is None and not r.dimensionless:
        r.rate = _rate_of(reader, r)  # "2 billion cubic metres of gas per year"
    if r.rate is None and not r.dimensionless:  # "$3 million for each of 10 years"
        r.rate = each_of_period(tokens, after_subject, r.clause_end) or each_of_period(tokens, r.nxt, r.clause_end)
    if r.rate is None:  # "... each month", "pro Jahr", "par mois"
        r.rate = reader.language.rate(
            tokens, Around(r.lead, after_subject, r.clause_first, r.clause_end, measured=not r.dimensionless)
        )
    if r.rate is None and adjective_rate(reader, r):
        return  # "£7 billion of annual savings", "annual incomes of less than $30,000"
    if r.rate is None:  # "$60 a barrel", "15.3 points per game", "per 1,000 people"
        per(reader, r, after_subject)
        return
    if r.rate is not None:
        r.amount = with_unit(r.amount, unit / units.unit(r.rate[0]), reader.policy)
        if r.rate[1] in (r.nxt, r.nxt + 1):
            r.end, r.last = tokens[r.rate[1]].end, r.rate[1]
            per_after_time(reader, r)
        elif counted_noun_then(reader, r, after_subject) and r.rate[1] in (after_subject, after_subject + 1):
            r.end, r.last = tokens[r.rate[1]].end, r.rate[1]  # "120 patients a day": the whole rate
        else:
            per_before_time(reader, r)
            per_after_later_time(reader, r)


def _rate_of(reader: Reader, r: Reading) -> tuple[str, int] | None:
    """A rate phrase right after what a measure or sum is of, or opening it hyphened, or ``None``.

    "2 billion cubic metres of gas per year", "500 tonnes of steel a week", "$5 million of
    federal money a year"; "5.7 million barrels of per-day production". "£5m of aid a year
    ago" is no rate (``rate_after`` reads no "a year" before "ago").
    """
    tokens, of, first = reader.tokens, r.of_phrase, r.nxt + 1
    if r.nxt + 2 >= r.clause_end or tokens.lower(r.nxt) not in _OF:
        return None
    per = reader.language.time_unit(tokens.lower(first + 1)) if tokens.lower(first) in PER else None
    if per is not None and tokens.gap(first, first + 1) == "-" and first + 2 < r.clause_end:
        return per, first + 1  # "per-day production"
    if of is None or of[0] != first:
        return None
    found = rate_after(tokens, of[1] + 1, r.clause_end)
    return found if found is not None and found[1] in (of[1] + 1, of[1] + 2) else None


def _share_of_a_flow(reader: Reader, r: Reading) -> bool:
    """A percentage of a quantity of its own per a time: "1.1% of GDP a year" is percent / year.

    The whole after "of" ends in a word of ``ratio_wholes`` (GDP, income...) and a rate phrase
    follows it at once; "rose 3% a year" and "3% of staff a year" keep their percent.
    """
    tokens, of = reader.tokens, r.of_phrase
    if of is None or tokens.lower(of[1]) not in _RATIO_WHOLES:
        return False
    found = rate_after(tokens, of[1] + 1, r.clause_end)
    if found is None:
        return False
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(found[0]), reader.policy)
    r.rate = found
    return True


def _change_per_period(reader: Reader, r: Reading) -> bool:
    """A relative change or growth rate per a period right after it: "rose 4% a year" is percent / year.

    The figure is a change's ("has increased 10 percent annually", "growth of 2% a year") or the
    signed rate a change goes at ("grow at -2.3% annually") or a rate after "rate of" ("at an
    average rate of 22 percent per year"; ``rate_of_leads``), and a rate phrase follows it at once,
    as "$60 million annually" is USD / year. An adjective before the change ("an annual rise of
    5%", "annual growth of 1.7%") names the year-on-year change, a percent; a level ("inflation
    of 2% a year") keeps its percent too.
    """
    tokens = reader.tokens
    rate_of = tokens.words(r.lead - 2, r.lead) in _RATE_OF_LEADS  # "grown at a rate of 22% per year"
    if r.change is None and not r.signed_rate and not rate_of:
        return False
    found = rate_after(tokens, r.nxt, r.clause_end)
    if found is None or found[1] not in (r.nxt, r.nxt + 1):
        return False
    r.rate, r.change_per_period = found, True
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(found[0]), reader.policy)
    r.end, r.last = tokens[found[1]].end, found[1]
    return True


def _time_per_time(reader: Reader, r: Reading) -> None:
    """A duration per another unit of time right after it: "23 hours per day", "three days a week"."""
    found = rate_after(reader.tokens, r.nxt, r.clause_end)
    if found is None or found[1] != r.nxt + 1 or units.unit(found[0]) == r.amount.unit:
        return
    r.rate = found
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(found[0]), reader.policy)
    r.end, r.last = reader.tokens[found[1]].end, found[1]
