"""Which languages' word tables a reader consults: one language's, English where it has none, or all of them.

The tables live in :mod:`factcheck.lexicons` (one folder per language); these helpers only
choose among the languages. Some readers accept the words of every language in any text
("minus", "moins", "menos"), and some fall back to English where a language has no table.
"""

from __future__ import annotations

import functools
from typing import Any, Final

from factcheck.lexicons import LANGUAGES, lexicon

__all__ = ["COMMON", "ENGLISH", "every_language", "own_or_english"]

ENGLISH: Final = "en"
"""The language whose tables stand in where a language has none of its own."""
COMMON: Final = "common"
"""The lexicon of what is the same in every language (symbols, codes, web addresses)."""


@functools.cache
def every_language(name: str) -> frozenset[str]:
    """The words of table ``name`` in every language that has one, as one set.

    >>> sorted(every_language("range_openers"))
    ['between', 'entre', 'zwischen']
    """
    return frozenset(word for lang in LANGUAGES for word in lexicon(lang).own(name) or ())


def own_or_english(lang: str, name: str) -> Any:
    """Table ``name`` of the language ``lang``, or the English one when ``lang`` has none."""
    own = lexicon(lang).own(name)
    return lexicon(ENGLISH)[name] if own is None else own
