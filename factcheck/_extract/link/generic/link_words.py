"""German, French and Spanish words that link shares, parts and levels, one :class:`LinkWords` table each.

The words are data: the same tables in each language's ``lexicons/<lang>/links.json`` (and the
clause words they share, in ``clauses.json``), read once per language. Read by
:mod:`factcheck._extract.link.generic.links`.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from factcheck._extract.read.generic.change_words import GENERIC_LANGUAGES
from factcheck._locale import language_of
from factcheck.lexicons import lexicon

__all__ = ["LinkWords", "link_words"]


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

    @classmethod
    def of_language(cls, lang: str) -> LinkWords:
        """The link words of ``lang`` from its lexicon."""
        lex = lexicon(lang)

        return cls(
            of=lex.phrase_set("share_of_words"),
            among=lex.phrase_set("share_among_words"),
            of_whom=lex.phrase_set("part_of_whom_words"),
            restate=lex.words("restating_words") | lex.words("restating_words_in_links"),
            glue=lex.words("restating_glue"),
            split=lex.words("split_words"),
            total_before=lex.phrase_set("total_before_words"),
            total_after=lex.phrase_set("total_after_words"),
            to=lex.words("to_words"),
            earlier=lex.phrase_set("earlier_level_words"),
            determiners=lex.words("definite_articles") | lex.words("definite_articles_in_links"),
            breaks=lex.words("clause_breaks"),
        )


@functools.cache
def _languages() -> dict[str, LinkWords]:
    return {lang: LinkWords.of_language(lang) for lang in GENERIC_LANGUAGES}


def link_words(locale: str) -> LinkWords | None:
    """The link words of ``locale``'s language, or ``None`` (English is read in ``link.shares``).

    >>> sorted(link_words("fr_FR").restate)
    ['ou', 'soit']
    >>> link_words("en_GB") is None
    True
    """
    return _languages().get(language_of(locale))
