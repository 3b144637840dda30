"""Hedge phrases before a figure ("around", "more than", "bis zu", "près de") -> :class:`Hedge`.

The phrases are the ``hedges`` table of each language's lexicon; English ones are read in
other languages' text too. Phrases are lower-case token tuples as the scanner cuts them ("c."
is ``("c", ".")``). The range openers ("between", "zwischen", "entre") are kept apart: they
start ``a and b``.
"""

from __future__ import annotations

import functools
from typing import Final

from attrs import frozen

from factcheck._extract.text.tokens import first_words
from factcheck._extract.text.vocabulary import ENGLISH, every_language, own_or_english
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

__all__ = ["OVER_PARTICLE", "OVER_PARTICLE_VERBS", "UP_PARTICLE", "UP_PARTICLE_VERBS", "HedgeTables", "hedge_tables"]


@frozen
class ParticleVerbs:
    """Verbs whose particle ("over", "up") is then no hedge: "handed over two scanners"."""

    particle: str
    verbs: frozenset[str]

    @classmethod
    def from_lexicon(cls, name: str) -> ParticleVerbs:
        """The English table ``name``: the particle, and every stem with every ending."""
        table = lexicon(ENGLISH).mapping(name)
        verbs = frozenset(f"{stem}{ending}" for stem in table["stems"] for ending in table["endings"])
        return cls(table["particle"], verbs)


OVER_PARTICLE: Final = ParticleVerbs.from_lexicon("over_particle_verbs")
OVER_PARTICLE_VERBS: Final = OVER_PARTICLE.verbs
"""Verbs whose particle is "over" ("handed over two scanners"): there "over" is not a hedge."""
UP_PARTICLE: Final = ParticleVerbs.from_lexicon("up_particle_verbs")
UP_PARTICLE_VERBS: Final = UP_PARTICLE.verbs
"""Verbs whose particle is "up" ("costs add up to £1,500", "ended up at 40"): there "up to" is not a hedge."""


def _with_english(lang: str, name: str) -> tuple[str, ...]:
    """The words of table ``name`` in ``lang`` (if it has one), then the English ones."""
    own: tuple[str, ...] = lexicon(lang).own(name) or ()
    return own + lexicon(ENGLISH).strings(name)


class HedgeTables:
    """Hedge and range phrases of one language."""

    __slots__ = (
        "from_words",
        "hedges",
        "longest",
        "range_from_leads",
        "range_joiners",
        "range_openers",
        "range_to",
        "starts",
    )

    def __init__(self, lang: str) -> None:
        phrases = {**lexicon(ENGLISH).mapping("hedges"), **own_or_english(lang, "hedges")}
        self.hedges: dict[tuple[str, ...], Hedge] = {tuple(k.split()): Hedge(v) for k, v in phrases.items()}
        """Lower-case token tuples -> hedge."""
        self.longest = max(len(k) for k in self.hedges)
        self.starts = first_words(self.hedges)
        """The words a hedge begins with: the scanner asks for a hedge only at one of them (``match``'s own set)."""
        self.range_openers = frozenset(_with_english(lang, "range_openers"))
        """Words that open "between a and b"."""
        self.range_joiners = frozenset(_with_english(lang, "range_joiners"))
        """Words joining the ends after an opener."""
        self.range_to = frozenset(own_or_english(lang, "range_to"))
        """Words making "a to b" a range without an opener (not after "from")."""
        self.from_words = frozenset(_with_english(lang, "change_from"))
        """Words before "a to b" that make it a change, not a range."""
        self.range_from_leads = tuple(tuple(phrase.split()) for phrase in every_language("range_from_leads"))
        """Word tuples right before a from-word that make "from a to b" a range again: "aged from 18 to 24"."""


@functools.cache
def hedge_tables(lang: str) -> HedgeTables:
    """The hedge phrases of ``lang`` (a language code such as "en" or "de").

    >>> hedge_tables("fr").hedges[("près", "de")]
    <Hedge.NEARLY: 'nearly'>
    """
    return HedgeTables(lang)
