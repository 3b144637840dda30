"""Hedge phrases before a figure ("around", "more than", "bis zu", "près de") -> :class:`Hedge`.

Phrases are lower-case token tuples as the scanner cuts them ("c." is ``("c", ".")``). The
range openers ("between", "zwischen", "entre") are kept apart: they start ``a and b``.
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._precision import Hedge

__all__ = ["OVER_PARTICLE_VERBS", "UP_PARTICLE_VERBS", "HedgeTables", "hedge_tables"]

_A, _N, _M, _L, _U, _T = Hedge.ABOUT, Hedge.NEARLY, Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.LESS_THAN, Hedge.UP_TO

_PHRASES: Final[dict[str, dict[str, Hedge]]] = {
    "en": {
        "around": _A,
        "about": _A,
        "roughly": _A,
        "approximately": _A,
        "approx .": _A,
        "approx": _A,
        "some": _A,
        "an estimated": _A,
        "estimated": _A,
        "circa": _A,
        "c .": _A,
        "ca .": _A,
        "~": _A,
        "nearly": _N,
        "almost": _N,
        "just under": _N,
        "close to": _N,
        "just shy of": _N,
        "more than": _M,
        "over": _M,
        "just over": _M,
        "well over": _M,
        "above": _M,
        "in excess of": _M,
        "upwards of": _M,
        "greater than": _M,
        "larger than": _M,
        "higher than": _M,
        "at least": _L,
        "greater than or equal to": _L,
        "more than or equal to": _L,
        "no fewer than": _L,
        "no less than": _L,
        "not less than": _L,
        "a minimum of": _L,
        "less than": _U,
        "fewer than": _U,
        "under": _U,
        "below": _U,
        "smaller than": _U,
        "lower than": _U,
        "up to": _T,
        "less than or equal to": _T,
        "fewer than or equal to": _T,
        "at most": _T,
        "no more than": _T,
        "not more than": _T,
        "as many as": _T,
        "as much as": _T,
        "a maximum of": _T,
    },
    "de": {
        "etwa": _A,
        "rund": _A,
        "ungefähr": _A,
        "circa": _A,
        "ca .": _A,
        "zirka": _A,
        "fast": _N,
        "beinahe": _N,
        "knapp": _N,
        "nahezu": _N,
        "mehr als": _M,
        "über": _M,
        "gut": _M,
        "mindestens": _L,
        "wenigstens": _L,
        "weniger als": _U,
        "unter": _U,
        "bis zu": _T,
        "höchstens": _T,
    },
    "fr": {
        "environ": _A,
        "d'environ": _A,
        "quelque": _A,
        "approximativement": _A,
        "à peu près": _A,
        "autour de": _A,
        "près de": _N,
        "presque": _N,
        "d'au moins": _L,
        "plus de": _M,
        "au moins": _L,
        "pas moins de": _L,
        "moins de": _U,
        "jusqu'à": _T,
        "au plus": _T,
        "au maximum": _T,
    },
    "es": {
        "alrededor de": _A,
        "unos": _A,
        "unas": _A,
        "aproximadamente": _A,
        "cerca de": _N,
        "casi": _N,
        "más de": _M,
        "mas de": _M,
        "al menos": _L,
        "por lo menos": _L,
        "como mínimo": _L,
        "menos de": _U,
        "hasta": _T,
        "como máximo": _T,
    },
}
"""Hedges by language; English ones are also read in other languages' text."""

OVER_PARTICLE_VERBS: Final = frozenset(
    f"{stem}{ending}"
    for stem in ("hand", "turn", "sign", "pass", "roll", "switch", "tip", "spill", "carr")
    for ending in ("", "s", "ed", "ing", "ied", "ies", "y")
)
"""Verbs whose particle is "over" ("handed over two scanners"): there "over" is not a hedge."""

UP_PARTICLE_VERBS: Final = frozenset(
    f"{stem}{ending}"
    for stem in ("add", "sum", "total", "tot", "end")
    for ending in ("", "s", "ed", "ted", "ting", "ing")
)
"""Verbs whose particle is "up" ("costs add up to £1,500", "ended up at 40"): there "up to" is not a hedge."""

_RANGE_OPENERS: Final = {"en": ("between",), "de": ("zwischen",), "fr": ("entre",), "es": ("entre",)}
_RANGE_JOINERS: Final = {"en": ("and", "to"), "de": ("und", "bis"), "fr": ("et", "à"), "es": ("y", "a")}
_RANGE_TO: Final = {"en": ("to", "through", "thru"), "de": ("bis",), "fr": ("à",), "es": ("a", "al")}
_FROM: Final = {"en": ("from",), "de": ("von",), "fr": ("de",), "es": ("de", "desde", "del")}


class HedgeTables:
    """Hedge and range phrases of one language."""

    __slots__ = ("from_words", "hedges", "longest", "range_joiners", "range_openers", "range_to")

    def __init__(self, lang: str) -> None:
        phrases = dict(_PHRASES["en"]) if lang != "en" else {}
        phrases.update(_PHRASES.get(lang, _PHRASES["en"]))
        self.hedges: dict[tuple[str, ...], Hedge] = {tuple(k.split()): v for k, v in phrases.items()}
        """Lower-case token tuples -> hedge."""
        self.longest = max(len(k) for k in self.hedges)
        self.range_openers = frozenset(_RANGE_OPENERS.get(lang, ()) + _RANGE_OPENERS["en"])
        """Words that open "between a and b"."""
        self.range_joiners = frozenset(_RANGE_JOINERS.get(lang, ()) + _RANGE_JOINERS["en"])
        """Words joining the ends after an opener."""
        self.range_to = frozenset(_RANGE_TO.get(lang, _RANGE_TO["en"]))
        """Words making "a to b" a range without an opener (not after "from")."""
        self.from_words = frozenset(_FROM.get(lang, ()) + _FROM["en"])
        """Words before "a to b" that make it a change, not a range."""


@functools.cache
def hedge_tables(lang: str) -> HedgeTables:
    """The hedge phrases of ``lang`` (a language code such as "en" or "de").

    >>> hedge_tables("fr").hedges[("près", "de")]
    <Hedge.NEARLY: 'nearly'>
    """
    return HedgeTables(lang)
