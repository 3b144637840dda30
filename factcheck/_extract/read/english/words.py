"""The words and word tests the English rule modules share.

The lexicon and the tables more than one family of rules reads (articles, "of", "from", relative
words, adverbs, verb and adjective endings, "the number of"), and the questions every counting
rule asks of a figure and the words after it: is it a whole number (:func:`whole`), does a word
name a unit (:func:`unit_named`), is it a plural a number can count (:func:`counted_plural`),
does a noun follow (:func:`noun_after`). Apart so the families import it, not each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.scan.english_words import STOP
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_tables
from factcheck._extract.text.counted_nouns import counted_unit, is_plural
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.text.wordindex import WordIndex


EN: Final = lexicon("en")
FROM: Final = EN.words("from_words")  # "toll from fourteen to 31"
ADVERBS: Final = EN.words("adverbs") | EN.words("adverbs_before_figure")
RELATIVES: Final = EN.words("relative_words")
THE: Final = EN.words("definite_articles")  # "in the Netherlands", "the three months to June"
OF: Final = EN.words("of_words")
MIN_UNIT_NAME: Final = 3
STRENGTH_WORDS: Final = EN.words("strength_words")  # "a 40,000-strong army": people
VERB_FORMS: Final = (*EN.strings("past_endings"), *EN.strings("gerund_endings"))
ADJECTIVE_ENDINGS: Final = EN.strings("adjective_endings")  # "three-dimensional structures"
NUMBER_OF_PHRASES: Final = EN.phrase_set("number_of_phrases")  # "the number of nurses"
GERUNDS: Final = EN.strings("gerund_endings")  # "reaching"


def noun_after(tokens: WordIndex, last: int, limit: int) -> bool:
    """True when a lower-case plural or counted noun, no stop, follows word ``last``: "States | citizens"."""
    after = last + 1
    if after >= limit or not tokens.joined(last, after):
        return False
    word = tokens[after].word
    if not word.islower() or word in STOP:
        return False
    return counted_unit(word) is not None or (word.isalpha() and is_plural(word))


def counted_plural(word: str) -> bool:
    """True for a lower-case plural noun a number can count: "systems", "counties" (not "eligible", "km")."""
    return word.isalpha() and word.islower() and len(word) > MIN_UNIT_NAME and is_plural(word)


def unit_named(word: str) -> str | None:
    """The unit a word names after "of" ("miles", "tonnes", "litres"), else ``None``; durations and percent are not."""
    name = unit_tables("en").units.get((word.lower(),)) or (unit_at(word) if len(word) > MIN_UNIT_NAME else None)
    if name is None:
        return None
    unit = units.unit(name)
    return None if units.is_time(unit) or units.is_percent(unit) or units.is_percentage_point(unit) else name


def whole(amount: Amount) -> bool:
    """True for a number of whole things: no digits below one ("4", "1.5 million", "55 to 74"; not "7.3")."""
    ends = (amount.low, amount.high) if amount.hedge is Hedge.RANGE else (amount.value,)
    return all(end is not None and end == end.to_integral_value() for end in ends)
