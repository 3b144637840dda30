"""What the pre-scan tests share: whether the pre-scan reads a sentence, and every phrase of a lexicon."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._extract.text.sentences import layout
from factcheck._extract.text.wordindex import WordIndex
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.prescan import PreScan


def triggered(pre: PreScan, text: str) -> bool:
    """True when the pre-scan gives ``text`` a region to read."""
    return bool(pre.regions(text, 0, len(text), layout(text).sentence_starts, pre.places(WordIndex(text))))


def strings(table: object) -> set[str]:
    """Every string in a lexicon table: keys, values, items of lists, at any depth."""
    if isinstance(table, str):
        return {table}
    if isinstance(table, dict):
        return {s for key, value in table.items() for s in (strings(key) | strings(value))}
    if isinstance(table, list | tuple):
        return {s for item in table for s in strings(item)}
    return set()


def lexicon_phrases(language: str) -> set[str]:
    """Every string of every table of ``language``'s lexicon, shorter than 40 characters."""
    lex = lexicon(language)
    return {s for name in lex.names() if not name.startswith("_") for s in strings(lex[name]) if 0 < len(s) < 40}
