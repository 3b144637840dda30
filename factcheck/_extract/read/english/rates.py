"""Rates away from the figure: "3,000 left the service each quarter", "Each year, 6,000 die".

A later "each" or "every" and a unit of time in the figure's clause, or one opening its sentence
before a comma (and the clauses joined to that one by ", and"). The reader's ``rate`` asks these,
and the occasion rules ask them so "3 times a year" stays a rate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.english.words import EN, RELATIVES

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.text.wordindex import WordIndex


_DISTRIBUTIVE_REACH: Final = 6
_CLAUSE_END_REACH: Final = 12  # "6 million people search for and find details online every year"
_SENTENCE_ENDS: Final = frozenset(".!?\n")
"""Marks before "Each year," that make it the opening of a sentence."""
_DISTRIBUTIVE: Final = EN.words("distributive_words")
_CLAUSE_ANDS: Final = EN.words("distributive_clause_joiners")
"""The joiner after a comma that opens a clause sharing a fronted "each year," with the one before."""
_COORDINATED_REACH: Final = 30
"""The most words looked back from ", and" to the fronted "each year," of its sentence."""
_AMBIGUOUS_TIME_UNITS: Final[Mapping[str, str]] = EN.mapping("ambiguous_time_units")  # "quarter"


def distributive(tokens: WordIndex, i: int, limit: int, *, far: bool = False) -> tuple[str, int] | None:
    """A later "each quarter" or "every month" in the clause: "3,000 left the service each quarter".

    Not past another number ("300 earn £30 each hour") or into a relative clause ("who work every day").
    Further on (``far``: a figure with a unit or a counted noun), only at the clause's end: "6 million
    people search for and find details online every year"; not a bare number ("1 Prior to ... each year").
    """
    end = min(limit, i + _DISTRIBUTIVE_REACH) - 1
    if _DISTRIBUTIVE.isdisjoint(tokens.lowers[max(i, 0) : end]):
        if far and end < limit - 2 and limit - i <= _CLAUSE_END_REACH and tokens.lower(limit - 2) in _DISTRIBUTIVE:
            end = limit - 1  # the clause ends in "every year"
        else:
            return None  # no "each" or "every" in reach: the common case, answered at once
    for k in range(i, end):
        if tokens[k].word[:1].isdigit() or tokens.lower(k) in RELATIVES:
            return None
        following = tokens.lower(k + 1)
        unit = _AMBIGUOUS_TIME_UNITS.get(following) or time_unit(following)
        if tokens.lower(k) in _DISTRIBUTIVE and unit is not None:
            return unit, k + 1
    return None


def fronted_distributive(tokens: WordIndex, lead: int) -> tuple[str, int] | None:
    """An "each year" or "every month" opening the sentence, then a comma and the figure: "Each year, 6,000 die".

    Only the figure right after the comma (``lead`` its first word, a hedge included) takes the rate,
    and a figure opening a clause joined to that one by ", and" ("Each year, 6,000 workers die in
    accidents, and 50,000 people die from illnesses": both per year).
    """
    if lead > 0 and tokens.lower(lead - 1) in _CLAUSE_ANDS and tokens.gap(lead - 2, lead - 1).strip() == ",":
        return _coordinated_distributive(tokens, lead - 1)
    k = lead - 2
    if k < 0 or tokens.lower(k) not in _DISTRIBUTIVE or tokens.gap(k + 1, lead).strip() != ",":
        return None
    if k > 0 and not _SENTENCE_ENDS.intersection(tokens.gap(k - 1, k)):
        return None  # "... and each year, 300": not the sentence's opening
    following = tokens.lower(k + 1)
    unit = _AMBIGUOUS_TIME_UNITS.get(following) or time_unit(following)
    return None if unit is None else (unit, k + 1)


def _coordinated_distributive(tokens: WordIndex, joiner: int) -> tuple[str, int] | None:
    """The fronted rate of the sentence whose ", and" at word ``joiner`` opens a clause, else ``None``.

    The sentence opens with "each year," and a figure in digits (the first clause's), and no
    sentence end stands between it and the joiner.
    """
    for k in range(joiner - 1, max(-1, joiner - _COORDINATED_REACH), -1):
        if _SENTENCE_ENDS.intersection(tokens.gap(k, k + 1)):
            return None
        if k + 2 < joiner and tokens[k + 2].word[:1].isdigit():
            found = fronted_distributive(tokens, k + 2)
            if found is not None:
                return found
    return None
