"""Who says so, in English: "according to the ONS", "Official estimates show", "..., the Treasury estimates".

:func:`source_of` finds an attribution in a sentence (an "according to" phrase, or the opening
phrase before a verb of saying) and :func:`trailing_source` one closing it in a clause of its
own; the name after "according to" runs over capitalised words ("the Office for National
Statistics"). Separate because attributions have words of their own and no other rule reads them.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.noun_phrases import MAX_PHRASE
from factcheck._extract.read.clause.subjects import MAX_SUBJECT
from factcheck._extract.scan.english_words import LEADERS, SOURCE_VERBS, STOP
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["source_of", "trailing_source"]

_EN: Final = lexicon("en")
_THE: Final = _EN.words("definite_articles")
_ATTRIBUTION: Final = _EN.phrases("attribution_phrases")
_ATTRIBUTION_FIRSTS: Final = frozenset(phrase[0] for phrase in _ATTRIBUTION)
_NAME_CONNECTORS: Final = _EN.words("name_connectors")  # "the Office for National Statistics"


def source_of(tokens: WordIndex, first: int, last: int) -> tuple[int, int] | None:
    """The attribution in words ``first``..``last`` of a sentence: "according to X" or "X show(s)"."""
    verb = 0  # the last source verb of the opening phrase: "A 2022 report found", "Official estimates show"
    window = min(last, first + MAX_PHRASE)
    rest = window + 1  # where only an attribution phrase matters any more
    for k in range(first, window + 1):
        lower = tokens.lower(k)
        phrase = _attribution_at(tokens, k, lower) if lower in _ATTRIBUTION_FIRSTS else None
        if phrase is not None:  # "according to"
            return _named(tokens, k + len(phrase), last)
        if first < k:
            if not tokens.joined(k - 1, k) or lower in LEADERS:
                rest = k + 1  # the opening phrase ends here
                break
            if lower in SOURCE_VERBS:
                verb = k
    # past the opening phrase only an attribution phrase matters: look at the words that may begin one
    hits = map(_ATTRIBUTION_FIRSTS.__contains__, tokens.lowers[rest : last + 1])
    for k in itertools.compress(itertools.count(rest), hits):
        phrase = _attribution_at(tokens, k, tokens.lowers[k])
        if phrase is not None:
            return _named(tokens, k + len(phrase), last)
    return (first, verb - 1) if verb else None


def _attribution_at(tokens: WordIndex, k: int, lower: str) -> tuple[str, ...] | None:
    """The attribution phrase ("according to") starting at word ``k``, whose lower-cased form is ``lower``.

    Its callers look only at words of ``_ATTRIBUTION_FIRSTS``: most words begin no phrase.
    """
    return next((p for p in _ATTRIBUTION if p[0] == lower and tokens.words(k, k + len(p)) == p), None)


def trailing_source(tokens: WordIndex, first: int, last: int) -> tuple[int, int] | None:
    """Find an attribution closing a sentence in a clause of its own, as in "..., the Treasury estimates"."""
    if last - first > MAX_PHRASE or last <= first or tokens.lower(last) not in SOURCE_VERBS:
        return None
    if not tokens.joined_run(first, last - 1):
        return None
    if all(tokens.lower(k) in STOP for k in range(first, last)):
        return None  # "..., he said."
    return first, last - 1


def _named(tokens: WordIndex, first: int, last: int) -> tuple[int, int] | None:
    """A name such as "the Office for National Statistics": joined words up to a lower-case content word."""
    end = None
    for k in range(first, min(last + 1, first + MAX_SUBJECT)):
        if k > first and not tokens.joined(k - 1, k):
            break
        word = tokens[k].word
        if word[:1].isupper() or word.isdigit():
            end = k
        elif word not in _NAME_CONNECTORS and end is not None:
            break
        elif end is None and word not in _THE:
            end = k  # "according to officials"
            break
    return None if end is None else (first, end)
