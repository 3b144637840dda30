"""Rates in time, in English: "a year", "per week", "annually", "£5/wk", "for each of 10 years".

:func:`rate_after` finds a rate phrase after a figure and :func:`each_of_period` the "for each of N
years" that makes a sum a rate; :func:`time_unit` is the unit of time a word names, which the
noun phrases, subjects and link rules ask too. Separate because its words (the per-words and
what makes "a year" no rate: "a year earlier", "in a year") change with the rates alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.english_words import PER, RATE_ADVERBS, STOP, TIME_UNITS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["each_of_period", "rate_after", "time_unit"]

_EN: Final = lexicon("en")
_OF: Final = _EN.words("of_words")
_AMBIGUOUS_TIME_UNITS: Final[Mapping[str, str]] = _EN.mapping("ambiguous_time_units")  # "a quarter"
_NOT_RATE_BEFORE: Final = _EN.words("rate_not_before")  # "in a year", "for a year"
_NOT_RATE_AFTER: Final = _EN.words("rate_not_after")  # "98,000 a year earlier"
_NOT_RATE_AT_END: Final = _EN.words("rate_not_after_at_end")  # "a year before."
_SLASH_TIME_UNITS: Final[Mapping[str, str]] = _EN.mapping("slash_time_units")  # "50 km/s", "£5/wk"
_SLASH: Final = "/"
_RATE_PHRASES: Final = {tuple(phrase.split()): unit for phrase, unit in _EN.mapping("rate_phrases").items()}  # p.a.


def time_unit(word: str) -> str | None:
    """The time unit a word names ("days" is day), or ``None``."""
    return TIME_UNITS.get(word.lower())


def rate_after(tokens: WordIndex, i: int, limit: int, *, skip: int = 0) -> tuple[str, int] | None:
    """A rate phrase ("a year", "per week", "annually") starting within ``skip`` words of word ``i``.

    Returns the time unit and the index of the phrase's last word.
    """
    stop = min(limit, len(tokens))
    if 0 < i < stop and tokens.gap(i - 1, i) == _SLASH:  # "£5/week", "50 km/s": the slash is the per-word
        unit = time_unit(tokens.lower(i)) or _SLASH_TIME_UNITS.get(tokens[i].word)
        if unit is not None:
            return unit, i
    for k in range(i, min(i + skip + 1, stop)):
        lower = tokens.lower(k)
        if lower in RATE_ADVERBS:
            return RATE_ADVERBS[lower], k
        if lower in PER and k + 1 < stop:
            unit = time_unit(tokens.lower(k + 1))
            ambiguous = _AMBIGUOUS_TIME_UNITS.get(tokens.lower(k + 1)) if tokens.lower(k + 2) not in _OF else None
            if unit is None and ambiguous is not None and tokens.joined(k - 1, k):
                unit = ambiguous  # "10p a quarter"; "100, a quarter," and "a quarter of them" stay fractions
            before = tokens.lower(k - 1)
            after = tokens.lower(k + 2)
            point = after in _NOT_RATE_AFTER or (after in _NOT_RATE_AT_END and k + 3 >= stop)  # "a year before."
            if unit is not None and before not in _NOT_RATE_BEFORE and not point:
                return unit, k + 1
        phrase_unit = _RATE_PHRASES.get(tokens.words(k, k + 2))
        if phrase_unit is not None and k + 1 < stop:  # "p.a."
            return phrase_unit, k + 1
        if lower in STOP and lower not in PER:
            return None
    return None


_EACH_OF: Final = _EN.phrase_set("each_of_phrases")
_EACH_OF_LENGTH: Final = max(map(len, _EACH_OF))
_EACH_OF_REACH: Final = 2  # words between the phrase and its number: "the next"


def each_of_period(tokens: WordIndex, i: int, limit: int) -> tuple[str, int] | None:
    """The unit of time of "for each of [the next] N <units>" starting at word ``i``, and its index, or ``None``.

    "$3 million for each of 10 years" is $3 million a year, "1,000 agents for each of the next 3
    years" 1,000 agents a year; the number of years is a duration of its own.
    """
    if tokens.words(i, i + _EACH_OF_LENGTH) not in _EACH_OF:
        return None
    for k in range(i + _EACH_OF_LENGTH, min(i + _EACH_OF_LENGTH + _EACH_OF_REACH + 1, limit - 1)):
        word = tokens.lower(k)
        if word[:1].isdigit() or word in CARDINAL_WORDS:
            unit = time_unit(tokens.lower(k + 1))
            return None if unit is None else (unit, k + 1)
        if not word.isalpha():
            return None
    return None
