"""The word after a number that counts nothing, kept as written when it can be a unit: "7.4 rpg", "6,000 rpm".

:func:`unit_word` gives ``Reading.unit_word``; the tables say which lower-case words are no
noun and so no unit ("40 said", "520 remain", "two slightly"), and which words in "-ed", "-ing"
or "-ly" are nouns all the same ("speed", "inning", "family"). Not a code's letters ("F-16")
nor a thing a number names ("the 8088 chip").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.noun_phrases import past_tense
from factcheck._extract.read.english.words import ADVERBS, EN, GERUNDS, RELATIVES, STRENGTH_WORDS, THE, whole
from factcheck._extract.scan.english_words import INFINITIVE_VERBS, LEADERS, NEGATIONS, PARTICIPLES, STOP
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.tokens import HYPHENS
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_NO_UNIT_TABLES: Final = (
    "people_subject_words",  # "27 dead"
    "people_subject_verbs",  # "40 said"
    "people_suspect_words",  # "800 suspected"
    "people_object_verbs",  # "two employ"
    "parallel_count_followers",  # "900,000 elsewhere"
)
_NO_UNIT_WORDS: Final = (
    frozenset().union(
        STOP,  # stop words, prepositions, auxiliaries and modals: "40 were", "11 in"
        LEADERS,  # "65 if higher"
        RELATIVES,  # "70 who"
        NEGATIONS,
        ADVERBS,  # "56 already"
        PARTICIPLES,  # "three taken", "two left"
        INFINITIVE_VERBS,  # "six due to", "two likely"
        *(EN.words(name) for name in _NO_UNIT_TABLES),
        (phrase[0] for phrase in EN.phrase_set("people_subject_be")),  # "520 remain"
        (phrase[0] for phrase in EN.phrase_set("people_subject_phrasal_verbs")),  # "200 showed up"
        (phrase[0] for phrase in EN.phrase_set("people_aboard_phrases")),  # "157 aboard"
    )
    - STRENGTH_WORDS
)
"""Lower-case words the lexicon reads as no noun, so none is a unit word after a bare number (``unit_word``).

Not the words of ``strength_words``, which the people words hold too: "a 386 strong chain" states its size."""
_NOUNS_AS_PAST: Final = EN.words("nouns_ending_as_past")  # "a 5 speed gearbox": "speed" may be a unit word
_NOUNS_AS_ADVERB: Final = EN.words("nouns_ending_as_adverb")  # "one family": no adverb
_ADVERB_ENDINGS: Final = EN.strings("adverb_endings")  # "two slightly": an adverb, no unit
_NOUNS_AS_GERUND: Final = EN.words("nouns_ending_as_gerund")  # "a 9 inning game": no participle
_SHORT_GERUND: Final = 5
"""The most letters of a word in "-ing" that is no verb form by its ending: "thing", "sting", "swing"."""


def unit_word(tokens: WordIndex, r: Reading) -> str | None:
    """The word right after a number that counts nothing, as written, when it can be a unit.

    "rpg", "WAR", "mAh", "GHz"; not a name ("11 Downing Street": "Downing"), not after other
    words, not the letters of a code ("24703 L-202", "400 F-16 parts") and not a thing the
    number names ("the 8088 chip", see :func:`_named_by_number`).
    """
    if r.subject is None or r.subject[0] != r.nxt:
        return None
    word = tokens[r.nxt].word
    if not word.isalpha() or (word[:1].isupper() and word[1:].islower()):
        return None
    if _no_unit(word, hyphened=tokens.gap(r.last, r.nxt) in HYPHENS):
        return None
    if code_letters(tokens, r.nxt) or _named_by_number(tokens, r):
        return None
    return word


def _no_unit(word: str, *, hyphened: bool) -> bool:
    """True for a lower-case word the lexicon reads as no noun, so no unit: "520 remain", "40 said", "two slightly".

    A word of ``_NO_UNIT_WORDS`` (stop words and prepositions, forms of "be", auxiliaries and
    modals, relative pronouns, the people words and verbs); and, unless ``hyphened`` to the
    number ("a 3-sided staircase", "2-ply": no verb, no adverb), an adverb in "-ly" ("two
    slightly"; not a noun of ``nouns_ending_as_adverb``: "family", "ply"), a participle in
    "-ing" ("three facing him"; not a noun of ``nouns_ending_as_gerund``: "inning") or a past
    tense (:func:`past_tense`; not a noun of ``nouns_ending_as_past``: "speed"). "rpg", "mph",
    "WAR", "GHz" and "386 strong" (``strength_words``) stay unit words.
    """
    if not word.islower():
        return False
    if word in _NO_UNIT_WORDS:
        return True
    if hyphened:
        return False
    if word.endswith(_ADVERB_ENDINGS):
        return word not in _NOUNS_AS_ADVERB
    if len(word) > _SHORT_GERUND and word.endswith(GERUNDS):
        return word not in _NOUNS_AS_GERUND
    return past_tense(word) and word not in _NOUNS_AS_PAST


def code_letters(tokens: WordIndex, k: int) -> bool:
    """True when word ``k`` and a number after a hyphen make one code: "L-202", "F-16", "K-12"."""
    return tokens.joined(k, k + 1) and tokens.gap(k, k + 1) in HYPHENS and tokens[k + 1].word[:1].isdigit()


def _named_by_number(tokens: WordIndex, r: Reading) -> bool:
    """True for "the", a whole number in digits and one singular noun: a thing the number names.

    "the 8088 chip", "the 16-bit 8088 chip", "the 400 freestyle": a quantity of them after "the"
    is plural ("the 30 pages"); a singular unit word before another noun still measures it ("the
    30 page report"), and hedged, fractional or spelled-out numbers are not names.
    """
    assert r.subject is not None  # noqa: S101  (the caller read it)
    article = modifier = r.first - 1
    while modifier > 0 and tokens.gap(modifier - 1, modifier) in HYPHENS:
        modifier -= 1
    if modifier < article:  # a hyphenated modifier between: "the 16-bit 8088 chip"
        article = modifier - 1
    return (
        r.subject[1] == r.nxt
        and r.lead == r.first
        and tokens.lower(article) in THE
        and all(tokens.joined(k, k + 1) and tokens.gap(k, k + 1).isspace() for k in (article, r.first - 1))
        and r.figure.form is Form.DIGITS
        and r.amount.hedge is Hedge.NONE
        and whole(r.amount)
    )
