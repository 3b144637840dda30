"""A figure restated beside another: "$30 million (£15.8 million)", "nearly a third, some 31%".

A conversion in brackets into another currency, a rate per another time ("300 calls a day,
some 9,000 a month") and a percentage beside its fraction word: the second figure gets
``restates`` (the first as written) and the link is ``explicit``. Words are in
``factcheck/lexicons/en/links.json``. The rule looks at neighbouring figures only.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import MoneyClaim, RateClaim, RatioClaim, ShareClaim
from factcheck._decimal import ZERO
from factcheck._extract.link.alignment import reunit
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import as_share
from factcheck._extract.scan.english_words import PER
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["restatements"]

_EN: Final = lexicon("en")
_RESTATE_GLUE: Final = _EN.words("restatement_glue")  # "nearly a third, some 31%"
_PERCENTAGE_MARKS: Final = _EN.strings("percentage_marks")  # "%", "per cent": "a third" has none
_OF_THE: Final = _EN.words("of_words") | _EN.words("articles")
_TIME_WORDS: Final = frozenset(w for forms in _EN.string_tuples("duration_words").values() for w in forms)


def restatements(drafts: list[Draft], reader: Reader) -> None:
    """Link "$30 million (£15.8 million)" and "nearly a third, some 31%": the second restates the first."""
    tokens = reader.tokens
    for first, second in itertools.pairwise(drafts):
        if second.restates is not None or not same_sentence(first, second, reader):
            continue
        between = reader.text[first.end : second.start]
        second_first = tokens.first_at_or_after(second.start)
        glue = tokens.words(first.last + 1, second_first)
        if first.cls is MoneyClaim and second.cls is MoneyClaim:
            if between.strip() != "(" or units.same_dimension(first.amount.unit, second.amount.unit):
                continue  # "$50 million (£40 million)": another currency, in brackets right after
        elif first.cls is RateClaim and second.cls is RateClaim:
            per_first, per_second = (
                units.time_denominator(first.amount.unit),
                units.time_denominator(second.amount.unit),
            )
            if per_first is None or per_second is None or per_first == per_second:
                continue  # "300 calls a day, some 9,000 a month": the same rate per another time
            top = units.numerator(second.amount.unit)
            if top not in (units.numerator(first.amount.unit), units.dimensionless()):
                continue  # "40 hours a week, 52 weeks a year": another quantity, not the same rate
            named = {*(first.subject or "").lower().split(), *PER}  # "a", "per", "every": rate_per_words
            if not set(glue) <= _RESTATE_GLUE | named | _TIME_WORDS or "," not in between:
                continue
            base, other = first.amount.unit * per_first, second.amount.unit * per_second
            if other == units.dimensionless() and units.is_counted(base):
                second.amount = reunit(second.amount, Amount.exact(1, base / per_second))  # "some 9,000 a month"
        elif first.cls in (ShareClaim, RatioClaim) and second.cls is ShareClaim:
            whole = set((first.whole or first.subject or "").lower().split()) | _OF_THE  # "half of the staff, some 48%"
            if not _fraction_then_percent(first, second, reader) or not set(glue) <= _RESTATE_GLUE | whole:
                continue
            if "," not in between or second.whole not in (None, first.whole):
                continue
            after = reader.text[second.end : second.end + 2].lstrip()
            if after[:1] not in {",", ")", ".", ";", ":", "\u2014", "\u2013"}:
                continue  # "nearly a third, some 31% of them": not an apposition
            if first.cls is RatioClaim:  # "Nearly a third, some 31%, said no": a share, as its restatement says
                if not ZERO <= first.amount.value <= 1:
                    continue
                as_share(first, reader)
                first.whole = second.whole
        else:
            continue
        second.restates, second.explicit = first.amount, True


def _fraction_then_percent(first: Draft, second: Draft, reader: Reader) -> bool:
    """True when ``first`` is written as a fraction ("a third", "45 out of 300") and ``second`` as a percentage."""
    first_text = reader.text[first.start : first.end].lower()
    second_text = reader.text[second.start : second.end].lower()
    return not any(p in first_text for p in _PERCENTAGE_MARKS) and any(p in second_text for p in _PERCENTAGE_MARKS)
