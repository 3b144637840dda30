"""Grouping claims by what they measure, so that checks compare within groups, never all pairs.

A claim's subject and place are compared after :func:`normalise`: Unicode NFKC, lower case
(``casefold``), every run of characters that are not letters or digits read as one space, and
the words "the", "a", "an" dropped. "The Albanians  returned" and "albanians returned" match.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import TYPE_CHECKING, TypeVar

from factcheck import units
from factcheck._claims import AbsoluteChangeClaim, CountClaim, NumberClaim, RateClaim, ShareClaim

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Iterable

    import pint

    from factcheck._claims import Claim

__all__ = ["counted_key", "group_by", "normalise", "only_what_is_counted", "subject_key", "unit_key"]

_T = TypeVar("_T")
_NON_WORD = re.compile(r"[\W_]+")
_DROPPED = frozenset({"the", "a", "an"})


@functools.lru_cache(maxsize=65536)
def normalise(text: str | None) -> str | None:
    """``text`` reduced for matching (see the module docstring), ``None`` when empty.

    >>> normalise("The  Albanians, returned")
    'albanians returned'
    """
    if text is None:
        return None
    words = _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split()
    kept = [w for w in words if w not in _DROPPED]
    return " ".join(kept) or None


@functools.lru_cache(maxsize=4096)
def unit_key(u: pint.Unit) -> str:
    """A string naming the dimension of ``u``: units with the same key convert into each other."""
    return str(u.dimensionality)


def counted_key(claim: Claim) -> str | None:
    """What a figure is a number of, beyond its unit: a count's or change's noun, a unit word, a rate's nouns.

    "4 homes" and "4 cylinders" are both counts of ``item``; "7.4 rpg" and "7.4" both bare numbers.

    >>> from factcheck import Amount, CountClaim, NumberClaim
    >>> counted_key(CountClaim(Amount.exact(4, "item"), counted="home")), counted_key(NumberClaim(Amount.exact(7, "")))
    ('home', None)
    """
    if isinstance(claim, CountClaim | AbsoluteChangeClaim):
        return claim.counted  # "gained 13 seats" never pairs with "gained 13 councillors"
    if isinstance(claim, RateClaim) and (claim.counted is not None or claim.per is not None):
        return f"{claim.counted or ''} per {claim.per or ''}"  # "points per game" never pairs with "goals per game"
    if isinstance(claim, NumberClaim):
        return claim.unit_word
    return None


def subject_key(claim: Claim) -> tuple[str | None, str | None]:
    """What a claim measures and where, normalised: the key that groups comparable claims."""
    return normalise(claim.subject), normalise(claim.place)


def only_what_is_counted(claim: Claim) -> bool:
    """True when a claim's subject names only what it counts, not which quantity.

    A one-word subject of a count ("600 people" on its own) or a share whose subject is its
    whole ("40% of voters"): two such claims are not known to measure the same thing, so checks
    that pair claims by subject alone skip them. Extraction adds what happened to the counted
    noun when the clause says it ("600 people died" is about "people died", "1,200 people were
    hurt" about "people hurt"), and such a subject is kept: it pairs with the same noun and verb.

    >>> from factcheck import Amount, CountClaim
    >>> only_what_is_counted(CountClaim(Amount.stated("600", "person"), subject="people"))
    True
    >>> only_what_is_counted(CountClaim(Amount.stated("600", "person"), subject="people died"))
    False
    """
    subject = normalise(claim.subject)
    if subject is None:
        return False
    if isinstance(claim, ShareClaim):
        return normalise(claim.whole) == subject
    return units.is_counted(claim.amount.unit) and " " not in subject


def group_by(items: Iterable[_T], key: Callable[[_T], Hashable | None]) -> dict[Hashable, list[_T]]:
    """Items in lists by ``key`` (input order kept within a list); items whose key is ``None`` are left out.

    >>> group_by(["a", "bb", "c", ""], lambda s: len(s) or None)
    {1: ['a', 'c'], 2: ['bb']}
    """
    groups: dict[Hashable, list[_T]] = {}
    for item in items:
        k = key(item)
        if k is not None:
            groups.setdefault(k, []).append(item)
    return groups
