"""Rates and spans of time in German, French and Spanish sentences: "pro Jahr", "par mois", "al año".

One :class:`RateWords` table per language holds the words that make a figure a rate and the
words that give a total the time it accumulates over. :func:`foreign_rate` reads a figure with
them, as ``rate_after`` and ``_distributive`` in ``read.clause`` and ``read.claim_builder`` read English:

* a per-phrase after the figure or the noun it counts: "5.000 Menschen pro Jahr", "20 € par
  mois", "500 personas al año", "jeden Monat", "chaque année", "cada mes", "tous les ans";
* a rate word after it: "3 Mio. Euro jährlich", "10 millones de euros anuales", "annuels";
* the same before the figure in its clause, or as a clause of its own at the start of the
  sentence: "zahlt jährlich 3 Mio. Euro", "Cada año llegan 500 personas", "Chaque année, ...".

Not a rate: a per-phrase before a year or a word of a point in time ("im Jahr 2023", "al año
siguiente", "l'année dernière"), "pro Person", and a time word without a per-word ("en 2023").
Every look is a bounded number of words, so reading stays linear.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck._amount import Amount
from factcheck._extract.read.generic.change_words import GENERIC_LANGUAGES, all_words
from factcheck._extract.read.reading import Around
from factcheck._extract.scan.unit_words import DURATION_WORDS
from factcheck._locale import language_of
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["Around", "RateWords", "foreign_rate", "one_period", "rate_words"]

_REACH: Final = 6
"""Words looked at either side of a figure for a per-phrase of the clause ("jedes Jahr", "cada mes")."""


class RateWords(NamedTuple):
    """The words one language uses for a rate and for a span of time."""

    time_nouns: Mapping[str, str]
    """Nouns of a unit of time and the unit they name: "Jahr" is year, "mois" is month."""
    per: frozenset[tuple[str, ...]]
    """Words before a time noun that make a rate: ("pro",), ("in", "der"), ("tous", "les")."""
    adverbs: Mapping[str, str]
    """Single words that make a figure a rate, with the unit per which: "jährlich", "anuales"."""
    not_after: frozenset[str]
    """Words after a per-phrase that make it a point in time: "im Jahr zuvor", "al año siguiente"."""
    stops: frozenset[str]
    """Words a per-phrase of the clause is not looked for past: another clause, a relative."""
    over: frozenset[str]
    """Words before a span of time a total accumulates over: "über", "sur", "en"."""
    fillers: frozenset[str]
    """Words between an over-word and a single unit of time: "ein", "l'", "todo el"."""
    restating: frozenset[str]
    """Words before a figure that says the one before it again ("or" in English): "also", "soit", "o sea"."""

    @classmethod
    def of(cls, lang: str) -> RateWords:
        """The rate words of ``lang`` from its lexicon."""
        lex = lexicon(lang)
        return cls(
            time_nouns={**DURATION_WORDS[lang], **lex.mapping("rate_time_nouns")},
            per=lex.phrase_set("rate_per_words"),
            adverbs=lex.mapping("rate_adverbs"),
            not_after=lex.words("rate_not_after"),
            stops=lex.words("clause_breaks") | lex.words("relative_words"),
            over=lex.words("over_words"),
            fillers=lex.words("over_fillers"),
            restating=lex.words("restating_words") | lex.words("restating_words_in_ellipsis"),
        )


@functools.cache
def _languages() -> dict[str, RateWords]:
    return {lang: RateWords.of(lang) for lang in GENERIC_LANGUAGES}


def rate_words(locale: str) -> RateWords | None:
    """The rate words of ``locale``'s language, or ``None`` (English is read in ``read.clause``).

    >>> rate_words("de_AT").time_nouns["quartal"]
    'quarter'
    >>> rate_words("en_GB") is None
    True
    """
    return _languages().get(language_of(locale))


def foreign_rate(tokens: WordIndex, words: RateWords, around: Around) -> tuple[str, int] | None:
    """The rate of a figure: its time unit and the index of the rate phrase's last word, or ``None``.

    Looks right after the figure (or the noun it counts) and one word on, then at a per-phrase
    later in the clause, then before the figure.
    """
    lead, after, clause_first, clause_end = around.lead, around.after, around.clause_first, around.clause_end
    for k in range(after, min(clause_end, after + _REACH)):
        found = _rate_at(tokens, words, k, clause_end) if k <= after + 1 else _per_phrase(tokens, words, k, clause_end)
        if found is not None:
            return found  # "pro Jahr", "annuels"; later in the clause only a per-phrase: "... cada mes"
        if tokens[k].word[:1].isdigit() or tokens.lower(k) in words.stops:
            break  # not past another figure, or into a relative clause: "Menschen, die jeden Tag pendeln"
    return _rate_before(tokens, words, lead, clause_first)


def _rate_before(tokens: WordIndex, words: RateWords, lead: int, clause_first: int) -> tuple[str, int] | None:
    """A rate word or per-phrase before the figure in its clause, or making up the clause ahead of it."""
    for k in range(lead - 1, max(clause_first, lead - _REACH) - 1, -1):
        lower = tokens.lower(k)
        if lower[:1].isdigit() or lower in words.stops:
            return None
        if lower in words.adverbs:
            return words.adverbs[lower], k
        for first in (k - 1, k - 2):  # the time noun is word k: "jedes Jahr", "tous les ans"
            found = _per_phrase(tokens, words, first, lead) if first >= clause_first else None
            if found is not None and found[1] == k:
                return found
    if clause_first == 0 or tokens.joined(clause_first - 1, clause_first):
        return None
    for first in (clause_first - 2, clause_first - 3):  # "Chaque année, 300 000 personnes ..."
        found = _per_phrase(tokens, words, first, clause_first) if first >= 0 else None
        if found is not None and found[1] == clause_first - 1 and not tokens.joined(first - 1, first):
            return found
    return None


def _rate_at(tokens: WordIndex, words: RateWords, k: int, limit: int) -> tuple[str, int] | None:
    """A rate word or per-phrase starting at word ``k``."""
    if k >= limit:
        return None
    lower = tokens.lower(k)
    if lower in words.adverbs:
        return words.adverbs[lower], k
    return _per_phrase(tokens, words, k, limit)


def _per_phrase(tokens: WordIndex, words: RateWords, k: int, limit: int) -> tuple[str, int] | None:
    """A per-word (one or two) at ``k`` and a time noun after it, not followed by a point-in-time word."""
    for size in (1, 2):
        noun = k + size
        if noun >= limit or tokens.words(k, noun) not in words.per or not tokens.joined(noun - 1, noun):
            continue
        unit = words.time_nouns.get(tokens.lower(noun))
        if unit is None:
            continue
        following = tokens.lower(noun + 1) if noun + 1 < limit and tokens.joined(noun, noun + 1) else ""
        if following[:1].isdigit() or following in words.not_after:
            return None  # "im Jahr 2023", "al año siguiente": when, not how often
        return unit, noun
    return None


def one_period(tokens: WordIndex, words: RateWords, j: int, limit: int) -> Amount | None:
    """One unit of time after an over-word ("ein Jahr", "l'année", "todo el año"), or ``None``.

    >>> from factcheck._extract.text.wordindex import WordIndex
    >>> one_period(WordIndex("sur l'année"), rate_words("fr"), 1, 2).format("en_GB")
    '1 year'
    """
    start = j
    while j < limit and j - start < _REACH and tokens.lower(j) in words.fillers:
        j += 1
    if j >= limit:
        return None
    lower = tokens.lower(j)
    unit = words.time_nouns.get(lower) if j > start else None
    if j == start and tokens.lower(j - 1) in all_words("contracted_over_words"):
        unit = words.time_nouns.get(lower)  # "übers Jahr": the article is part of the over-word
    elif j == start and lower[:2] in ("l'", "l\u2019"):
        unit = words.time_nouns.get(lower[2:])  # "l'année": the article is part of the word
    following = tokens.lower(j + 1) if j + 1 < limit else ""
    many = lower.endswith(_plural_time_endings()) and lower not in all_words("time_nouns_ending_in_s")
    if unit is None or following[:1].isdigit() or many:
        return None  # "en el año 2023" is a date; "die Jahre", "les années" are many
    return Amount.exact(1, unit)


@functools.cache
def _plural_time_endings() -> tuple[str, ...]:
    return tuple(all_words("plural_time_endings"))
