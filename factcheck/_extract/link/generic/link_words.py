"""German, French and Spanish words that link shares, parts and levels, one :class:`LinkWords` table each.

Read by :mod:`factcheck._extract.link.generic.links`.
"""

from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["LinkWords", "link_words"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*texts: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t.split()) for t in texts)


class LinkWords(NamedTuple):
    """The words one language uses between a share, its total and its part, and around parts and levels."""

    of: frozenset[tuple[str, ...]]
    """Words from a share or part to its total: "der", "des", "de las"."""
    among: frozenset[tuple[str, ...]]
    """Words opening a sentence before its total: "von den", "sur les", "de las"."""
    of_whom: frozenset[tuple[str, ...]]
    """Words from a total to one part of it: "davon", "dont", "de los cuales"."""
    restate: frozenset[str]
    """Words before a figure that says the one before it again: "also", "soit", "es decir"."""
    glue: frozenset[str]
    """Hedges and articles allowed beside a restating word: "rund", "environ", "el"."""
    split: frozenset[str]
    """Words before the parts of a total: "aufgeteilt", "répartis", "se reparte"."""
    total_before: frozenset[tuple[str, ...]]
    """Words before a total after its parts: "insgesamt", "au total", "un total de"."""
    total_after: frozenset[tuple[str, ...]]
    """Words after a total after its parts: "insgesamt", "au total", "en total"."""
    to: frozenset[str]
    """Words before a new level: "auf", "à", "hasta"."""
    earlier: frozenset[tuple[str, ...]]
    """Words before the level a new one is compared with: "nach", "contre", "frente a"."""
    determiners: frozenset[str]
    """Articles skipped before a figure: "los", "el", "die"."""
    breaks: frozenset[str]
    """Words that open another clause: "und", "et", "y"."""


_GERMAN: Final = LinkWords(
    of=_phrases("der", "von", "von den", "aller", "unter den"),
    among=_phrases("von den", "unter den", "von allen"),
    of_whom=_phrases("davon", "von denen", "darunter", "unter ihnen"),
    restate=_words("also oder bzw beziehungsweise sprich"),
    glue=_words("rund etwa knapp gut fast nahezu ungefähr circa ca das sind ein eine"),
    split=_words("aufgeteilt verteilt aufteilen verteilen teilt teilen aufgeschlüsselt zusammen"),
    total_before=_phrases("insgesamt", "zusammen", "in summe", "summa summarum"),
    total_after=_phrases("insgesamt", "zusammen", "in summe"),
    to=_words("auf"),
    earlier=_phrases("nach", "gegenüber", "verglichen mit", "im vergleich zu"),
    determiners=_words("der die das den dem des"),
    breaks=_words("und aber oder während weil dass wobei sondern wenn"),
)

_FRENCH: Final = LinkWords(
    of=_phrases("des", "de", "parmi les", "sur", "sur les"),
    among=_phrases("sur les", "parmi les", "des", "sur ces"),
    of_whom=_phrases("dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles"),
    restate=_words("soit ou"),
    glue=_words("environ près de presque quelque un une le la les"),
    split=_words("répartis réparties réparti répartie répartit répartissent divisé divisés divisée décompose"),
    total_before=_phrases("au total", "en tout", "un total de", "soit un total de", "au total de"),
    total_after=_phrases("au total", "en tout"),
    to=_words("à"),
    earlier=_phrases("contre", "après", "comparé à", "par rapport à"),
    determiners=_words("le la les l' l’"),
    breaks=_words("et mais ou tandis alors que qui où car lorsque quand"),
)

_SPANISH: Final = LinkWords(
    of=_phrases("de", "de las", "de los", "del", "entre las", "entre los"),
    among=_phrases("de las", "de los", "entre las", "entre los", "del total de"),
    of_whom=_phrases("de los cuales", "de las cuales", "de ellos", "de ellas", "entre ellos", "entre ellas"),
    restate=_words("es decir o sea"),
    glue=_words("unos unas alrededor de del casi cerca aproximadamente el la los las un una"),
    split=_words("repartidos repartidas repartido repartida reparte reparten divide dividen dividido desglosa"),
    total_before=_phrases("en total", "un total de", "en conjunto"),
    total_after=_phrases("en total", "en conjunto"),
    to=_words("a al hasta"),
    earlier=_phrases("frente a", "frente al", "tras", "después de", "comparado con"),
    determiners=_words("el la los las"),
    breaks=_words("y pero o mientras que porque aunque cuando donde"),
)

_LANGUAGES: Final = {"de": _GERMAN, "fr": _FRENCH, "es": _SPANISH}


def link_words(locale: str) -> LinkWords | None:
    """The link words of ``locale``'s language, or ``None`` (English is read in ``link.shares``).

    >>> sorted(link_words("fr_FR").restate)
    ['ou', 'soit']
    >>> link_words("en_GB") is None
    True
    """
    return _LANGUAGES.get(locale.split("_", 1)[0].lower())
