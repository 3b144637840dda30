"""Approximate amounts in words: "hundreds of", "des centaines de", "miles de", "Tausende".

Each is read as an interval: at least two of the unit the word names, and below the next
scale ("hundreds of" is 200 to below 1,000). English, French and Spanish need their linking
word after the phrase ("of", "de", "d'"): "thousands" alone is a noun too often; German plural
counts stand before a capitalised noun or "von" ("Tausende Menschen", "Hunderte von Fällen").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["Vague", "read_vague", "vague_starts"]

_MILLION: Final = 10**6
_BILLION: Final = 10**9

_VAGUE: Final[dict[str, dict[tuple[str, ...], tuple[int, int]]]] = {
    "en": {
        ("dozens",): (24, 200),
        ("scores",): (40, 200),
        ("hundreds",): (200, 1000),
        ("thousands",): (2000, _MILLION),
        ("tens", "of", "thousands"): (20_000, 100_000),
        ("hundreds", "of", "thousands"): (200_000, _MILLION),
        ("millions",): (2 * _MILLION, _BILLION),
        ("tens", "of", "millions"): (20 * _MILLION, 100 * _MILLION),
        ("hundreds", "of", "millions"): (200 * _MILLION, _BILLION),
        ("billions",): (2 * _BILLION, 10**12),
    },
    "fr": {
        ("dizaines",): (20, 100),
        ("douzaines",): (24, 200),
        ("centaines",): (200, 1000),
        ("milliers",): (2000, _MILLION),
        ("dizaines", "de", "milliers"): (20_000, 100_000),
        ("centaines", "de", "milliers"): (200_000, _MILLION),
        ("millions",): (2 * _MILLION, _BILLION),
        ("dizaines", "de", "millions"): (20 * _MILLION, 100 * _MILLION),
        ("centaines", "de", "millions"): (200 * _MILLION, _BILLION),
        ("milliards",): (2 * _BILLION, 10**12),
    },
    "es": {
        ("decenas",): (20, 100),
        ("docenas",): (24, 200),
        ("cientos",): (200, 1000),
        ("centenares",): (200, 1000),
        ("miles",): (2000, _MILLION),
        ("decenas", "de", "miles"): (20_000, 100_000),
        ("cientos", "de", "miles"): (200_000, _MILLION),
        ("millones",): (2 * _MILLION, 10**12),
        ("decenas", "de", "millones"): (20 * _MILLION, 100 * _MILLION),
        ("cientos", "de", "millones"): (200 * _MILLION, 10**12),
    },
    "de": {
        ("dutzende",): (24, 200),
        ("hunderte",): (200, 1000),
        ("tausende",): (2000, _MILLION),
        ("zehntausende",): (20_000, 100_000),
        ("hunderttausende",): (200_000, _MILLION),
    },
}
"""Plural scale words by language, with their bounds (the Spanish "millones" runs to 10¹²: a
"billón" is a million million)."""

_LINKS: Final = {"en": ("of",), "fr": ("de", "d'"), "es": ("de",), "de": ("von",)}
"""Words that join the phrase to what it counts."""


@frozen
class Vague:
    """Words such as "hundreds of": ``low`` to below ``high``, ending at token ``end`` (the link is not included)."""

    low: int
    high: int
    end: int


@functools.cache
def vague_starts(lang: str) -> frozenset[str]:
    """The words that may begin an approximate amount in ``lang``."""
    return frozenset(key[0] for key in _VAGUE.get(lang, {}))


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
    table = _VAGUE.get(lang)
    if table is None:
        return None
    n = len(words)
    links = _LINKS[lang]
    for length in (3, 1):
        key = tuple(words[i : i + length])
        if len(key) != length or key not in table or i + length >= n:
            continue
        after = words[i + length]
        linked = after in links or (lang == "fr" and after.startswith("d'"))
        noun = lang == "de" and i + length < len(texts) and texts[i + length][:1].isupper()
        if linked or noun:
            low, high = table[key]
            return Vague(low, high, i + length)
    return None
