"""Approximate amounts in words: "hundreds of", "des centaines de", "miles de", "Tausende".

The phrases are the ``vague_amounts`` of each language's lexicon. Each is read as an interval:
at least two of the unit the word names, and below the next scale ("hundreds of" is 200 to
below 1,000; the Spanish "millones" runs to 10¹², a "billón" being a million million).
English, French and Spanish need their linking word after the phrase (``vague_links``: "of",
"de", "d'"): "thousands" alone is a noun too often; German plural counts stand before a
capitalised noun or "von" ("Tausende Menschen", "Hunderte von Fällen").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from attrs import frozen

from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Vague", "read_vague", "vague_starts"]


class _VagueTables:
    """The approximate amounts of one language (its lexicon's ``vague_amounts``) and their links."""

    __slots__ = ("amounts", "capitalised_noun", "link_prefixes", "links", "starts")

    def __init__(self, lang: str) -> None:
        lex = lexicon(lang)
        amounts = lex.own("vague_amounts") or {}
        self.amounts: dict[tuple[str, ...], tuple[int, int]] = {
            tuple(words.split()): (low, high) for words, (low, high) in amounts.items()
        }
        self.starts = frozenset(key[0] for key in self.amounts)
        self.links: tuple[str, ...] = lex.own("vague_links") or ()
        """Words that join the phrase to what it counts."""
        self.link_prefixes: tuple[str, ...] = lex.own("vague_link_prefixes") or ()
        """Links elided onto the noun: the French "d'" of "des milliers d'euros"."""
        self.capitalised_noun: bool = lex.own("vague_noun_capitalised") or False
        """A capitalised noun after the phrase counts without a link (German nouns)."""


@functools.cache
def _tables(lang: str) -> _VagueTables:
    return _VagueTables(lang)


@frozen
class Vague:
    """Words such as "hundreds of": ``low`` to below ``high``, ending at token ``end`` (the link is not included)."""

    low: int
    high: int
    end: int


def vague_starts(lang: str) -> frozenset[str]:
    """The words that may begin an approximate amount in ``lang``."""
    return _tables(lang).starts


def read_vague(words: Sequence[str], i: int, lang: str = "en", texts: Sequence[str] = ()) -> Vague | None:
    """Words such as "hundreds of", "tens of thousands of", "des centaines de": bounds, ending before the link.

    ``words`` are lower case; ``texts`` (as written) let German see a capitalised noun after the phrase.

    >>> read_vague(["hundreds", "of", "people"], 0)
    Vague(low=200, high=1000, end=1)
    >>> read_vague(["des", "milliers", "de", "personnes"], 1, "fr")
    Vague(low=2000, high=1000000, end=2)
    >>> read_vague(["tausende", "menschen"], 0, "de", ["Tausende", "Menschen"])
    Vague(low=2000, high=1000000, end=1)
    """
    tables = _tables(lang)
    table = tables.amounts
    if not table:
        return None
    n = len(words)
    links = tables.links
    for length in (3, 1):
        key = tuple(words[i : i + length])
        if len(key) != length or key not in table or i + length >= n:
            continue
        after = words[i + length]
        linked = after in links or after.startswith(tables.link_prefixes)
        noun = tables.capitalised_noun and i + length < len(texts) and texts[i + length][:1].isupper()
        if linked or noun:
            low, high = table[key]
            return Vague(low, high, i + length)
    return None
