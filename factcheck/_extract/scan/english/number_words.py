"""Number words: "two", "fifty-five", "a hundred and twenty", "half a million", "hundreds of", "a third".

English is read here, in depth, with the grammar in two modules: ``scan.english.cardinals`` ("three hundred
and two", "nine point nought four") and ``scan.english.fractions`` ("twenty-three fifths", "five and a
quarter"). Numbers in digits with more than a numeral ("3/4", "1.3e6") are in ``scan.notation``.
German, French and Spanish number words are in ``scan.generic.number_words``.

Readers work on the scanner's tokens: ``words`` holds each token's lower-case text and
``glued[i]`` says whether token ``i`` touches the one before it (no space between).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Final

from factcheck._decimal import CONTEXT
from factcheck._extract.scan.english.cardinals import (
    ARTICLES,
    MULTIPLIERS,
    TAIL_SCALE,
    TENS,
    UNITS,
    read_cardinal,
    read_point,
)
from factcheck._extract.scan.english.fractions import SIMPLE_DENOMINATORS, in_compound, ordinal_after, read_phrase
from factcheck._extract.scan.english.ratio_words import CLAUSE_END_JOINERS, DENOMINATOR_PREFIXES, ratio_joiner_at
from factcheck._extract.scan.notation import VULGAR_FRACTIONS
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_tables
from factcheck._extract.scan.vague import vague_starts
from factcheck._extract.scan.word_number import Fraction, WordNumber, is_ratio, scaled
from factcheck._extract.text.counted_nouns import is_plural
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "STARTERS",
    "Fraction",
    "WordNumber",
    "is_ratio",
    "read_english",
    "read_fraction",
    "read_fraction_of_scale",
    "scaled",
]

_WORDS: Final = lexicon(ENGLISH)
_NOT_ONE_BEFORE: Final = _WORDS.words("one_pronoun_before")
"""Words before "one" that make it a pronoun ("no one", "the one")."""
_MIN_UNIT_AFTER_ONE: Final = 3
"""Letters a unit after "the one" needs ("the one mile race"; not "no one in")."""
_ONE_OF_PRONOUN: Final = _WORDS.words("one_of_pronoun_words")
"""Words after "one of" that make "one" a pronoun unless a number follows: "one of the first examples"."""
_ONE_OF_FILLERS: Final = _WORDS.words("one_of_number_fillers")
"""Words between "one of" and a number, beside the pronoun words: "one of at least four states"."""
_ONE_OF_FIGURE_AFTER: Final = _WORDS.words("one_of_figure_after")
"""Words after "one of" that keep "one" a figure though no plural: "one of each colour"."""
_ONE_OF_SUBJECT: Final = _WORDS.words("one_of_subject_after")
"""Words and marks before "one of" and a number that make "one" its clause's subject: "One of 12 crew was hurt"."""
_ONE_OF_REACH: Final = 6
"""Tokens after "one of" looked through for the number: "one of at least four states"."""
_POSSESSIVES: Final = _WORDS.strings("possessive_endings")
_ONE_ANOTHER_PREPOSITIONS: Final = _WORDS.words("one_another_prepositions")
"""Prepositions that make "one ... another" a pair of pronouns: "from one service to another"."""
_ANOTHER: Final = "another"
_HUNDRED: Final = "hundred"
_SENTENCE_MARKS: Final = frozenset({".", "!", "?", ";"})
_ONE_ANOTHER_REACH: Final = 40
"""Tokens after "one" looked through for "another" in its sentence."""
_ONE_OF_HEDGED: Final = _WORDS.words("one_of_figure_before")
"""Words before "one of them" that keep it a figure: "more than one of them", "at least one of the parties"."""
_ONE_PRONOUN_AFTER: Final = _WORDS.words("one_pronoun_after")
"""Words after "one" that make it a pronoun unless hedged: "one that says", "it is one thing"."""
_NOTHING: Final = _WORDS.words("nothing_words")
_AN_ARTICLE: Final = min(ARTICLES)
"""An article that makes a bare scale word a number: "every thousand" is every "a thousand"."""
_NOTHING_AFTER: Final = _WORDS.words("nothing_idiom_before")
"""Words before "naught" that make it the idiom for nothing: "came to naught", "all for nought"."""
_ONE_DAY_IDIOM_AFTER: Final = _WORDS.words("one_day_idiom_before")
"""Words before "one day" that make it the idiom for some day: "I will one day find him"."""
_ONE_DAY_STORY: Final = _WORDS.mapping("one_day_story")
"""The words around "one day" that make it open a story: "Oh, so, one day I was singing"."""
_ONE_DAY_OPENERS: Final = frozenset(_ONE_DAY_STORY["openers"])
_ONE_DAY_SUBJECTS: Final = frozenset(_ONE_DAY_STORY["subjects"])
_AND_A_HALF: Final = ("-", "and", "-", "a", "-", "half")
"""After a bare scale word: "an additional million-and-a-half" is 1.5 million."""
_AND_A: Final = ("and", "a")
"""Words between "one" and a fraction in a mixed number: "one and a half million"."""
_SIMPLE_FRACTIONS: Final = _WORDS.mapping("simple_fractions")
_NOT_FRACTION_BEFORE: Final = _WORDS.words("not_fraction_before")
"""Words before "half" or "quarter" that make it a period ("the first half", "last quarter")."""
_ORDINAL_NOUNS: Final = _WORDS.words("ordinal_nouns")
"""Words after "a fifth" that make it an ordinal: "a fifth consecutive month", "a third term"."""
_FRACTION_FOLLOWERS: Final = _WORDS.words("fraction_followers")
"""Words after "a third" that leave it a fraction: "a third of voters", "a third more"."""
_FRACTION_LEADS: Final = _WORDS.words("fraction_leads")
"""Words before "a third" that leave it a fraction, a verb perhaps after it: "about a third voted"."""
_VERB_ENDING: Final = "ed"


STARTERS: Final = frozenset({
    *UNITS, *TENS, *ARTICLES, *VULGAR_FRACTIONS, *_WORDS.mapping("simple_fractions"), "hundred", *vague_starts(ENGLISH),
    *MULTIPLIERS,
})  # fmt: skip
"""English words (and fraction characters) that may begin a number, a fraction or a vague amount."""


def read_english(words: Sequence[str], glued: Sequence[bool], i: int) -> WordNumber | None:
    """English number words starting at token ``i``, or ``None``.

    Cardinals (``scan.english.cardinals``), mixed numbers ("five and a quarter",
    ``scan.english.fractions``) and decimals with "point" ("nine point nought four"). A cardinal
    that begins an ordinal ("twenty-first", "two millionth") is not a number.

    >>> read_english(["a", "hundred", "and", "twenty"], [False] * 4, 0)
    WordNumber(value=Decimal('120'), end=4)
    >>> read_english(["two", "million"], [False, False], 0)
    WordNumber(value=Decimal('2E+6'), end=2)
    >>> read_english(["half", "a", "million"], [False] * 3, 0)
    WordNumber(value=Decimal('5E+5'), end=3)
    >>> read_english(["one", "and", "a", "half"], [False] * 4, 0)
    WordNumber(value=Decimal('1.5'), end=4)
    >>> read_english(["two", "hundred", "point", "zero", "three"], [False] * 5, 0)
    WordNumber(value=Decimal('200.03'), end=5)
    """
    n = len(words)
    w = words[i]
    if (
        w == "one"
        and i > 0
        and words[i - 1] in _NOT_ONE_BEFORE
        and not _measure_after(words, i + 1)
        and not _hyphened_unit_after(words, glued, i + 1)
        and not _scale_after_one(words, i + 1)
    ):
        return None  # "no one", "another one"; "another one million", "that one mile", "the one-year period" stay
    if w == "one" and 0 < i < n - 1 and words[i + 1] == "day" and words[i - 1] in _ONE_DAY_IDIOM_AFTER:
        return None  # "I will one day find him": some day, not a duration
    if w == "one" and _one_day_story(words, i):
        return None  # "One day, he left": on a day, not a duration
    if w == "one" and _one_pronoun(words, i) and not (i > 0 and words[i - 1] in _ONE_OF_HEDGED):
        return None  # "one of the first examples", "one of many reasons", "one that says"; not "only one that"
    if w == "one" and _one_another(words, i):
        return None  # "from one service to another", "One for investors and another for workers"
    if w in MULTIPLIERS and tuple(words[i + 1 : i + 1 + len(_AND_A_HALF)]) == _AND_A_HALF:
        power = MULTIPLIERS[w] - 1
        return WordNumber(scaled(15 * 10**power, power), i + 1 + len(_AND_A_HALF))  # "million-and-a-half"
    if (of_scale := read_fraction_of_scale(words, i)) is not None:
        return of_scale
    if w == "half" and i + 2 < n and words[i + 1] in ARTICLES and words[i + 2] == "dozen":
        return WordNumber(Decimal(6), i + 3)
    if (end := _half_dozen_end(words, i)) is not None:
        return WordNumber(Decimal(6), end)  # "a half-dozen men", "a half dozen"
    if w in ARTICLES and i + 1 < n and words[i + 1] == "dozen":
        return WordNumber(Decimal(12), i + 2)
    if w in _NOTHING and i > 0 and words[i - 1] in _NOTHING_AFTER and read_point(words, glued, i + 1) is None:
        return None  # "came to naught", "all for nought": nothing, not a figure
    phrase = read_phrase(words, glued, i)
    if phrase is not None:  # a fraction here was declined by ``read_fraction`` ("the two thirds")
        return None if phrase.value is None else WordNumber(phrase.value, phrase.end)
    found = read_cardinal(words, glued, i)
    if found is None:
        return None
    idiom = w == "one" and i > 0 and words[i - 1] == "at"  # "at one point, two men ..."
    if found.tail != TAIL_SCALE and not idiom and (point := read_point(words, glued, found.end)) is not None:
        return WordNumber(Decimal(f"{found.value}.{point[0]}"), point[1])
    if ordinal_after(words, glued, found.end, found.tail):
        return None
    return WordNumber(scaled(found.value, found.power), found.end)


def _measure_after(words: Sequence[str], i: int) -> bool:
    """True when word ``i`` is a unit that is no duration ("mile", "kilogram"): "the one mile race"."""
    if i >= len(words) or len(words[i]) < _MIN_UNIT_AFTER_ONE:
        return False
    tables = unit_tables(ENGLISH)
    key = (words[i],)
    return key not in tables.durations and (key in tables.units or unit_at(words[i]) is not None)


def _scale_after_one(words: Sequence[str], i: int) -> bool:
    """True when a scale word at ``i`` goes on with "one", maybe past "and a half": "the one and a half million".

    "The one million men" and "the one hundred days" are figures, not the pronoun of "the one who".
    """
    if tuple(words[i : i + 2]) == _AND_A and i + 2 < len(words) and words[i + 2] in _SIMPLE_FRACTIONS:
        i += 3
    return i < len(words) and (words[i] in MULTIPLIERS or words[i] == _HUNDRED)


def _hyphened_unit_after(words: Sequence[str], glued: Sequence[bool], i: int) -> bool:
    """True when a hyphen at ``i`` joins "one" to a unit or a duration: "the one-year period", "the one-mile race"."""
    if i + 1 >= len(words) or words[i] != "-" or not (glued[i] and glued[i + 1]):
        return False
    tables = unit_tables(ENGLISH)
    key = (words[i + 1],)
    return key in tables.durations or key in tables.units


def _one_pronoun(words: Sequence[str], i: int) -> bool:
    """True for "one" as a pronoun by the words after it: "one of them", "one that says", "one thing"."""
    return (i + 1 < len(words) and words[i + 1] in _ONE_PRONOUN_AFTER) or _one_of_pronoun(words, i)


def _one_of_pronoun(words: Sequence[str], i: int) -> bool:
    """True for "one of the first examples", "one of them" and "was one of 12 people hurt": a pronoun.

    With a number after "of" (past the pronoun words, ``one_of_number_fillers`` and a possessive:
    "one of at least four states", "one of Time's 25"), "one" is a figure only where it opens its
    clause (``one_of_subject_after``): "One of the three engines failed", "and one of 12 crew was hurt".
    """
    n = len(words)
    if i + 2 >= n or words[i + 1] != "of":
        return False
    j = i + 2
    while (
        j < n
        and j - i < _ONE_OF_REACH
        and (words[j] in _ONE_OF_PRONOUN or words[j] in _ONE_OF_FILLERS or words[j].endswith(_POSSESSIVES))
    ):
        j += 1
    after = words[j] if j < n else ""
    if not (after[:1].isdigit() or after in UNITS or after in TENS):
        follows = words[i + 2]  # "one of them", "one of mankind's most noble", "one of decline"
        return follows in _ONE_OF_PRONOUN or follows.endswith(_POSSESSIVES) or _no_count_after(follows)
    return not (i == 0 or words[i - 1] in _ONE_OF_SUBJECT)  # "led one of the two studies"


def _no_count_after(word: str) -> bool:
    """True for a word after "one of" that is no plural it could count one of: "was one of decline"."""
    return word.isalpha() and word.islower() and word not in _ONE_OF_FIGURE_AFTER and not is_plural(word)


def _one_another(words: Sequence[str], i: int) -> bool:
    """True for "one" paired with a later "another" of its sentence by prepositions: a pair of pronouns.

    A preposition before each ("of one service to ... of another service", "from one town to
    another"), or the same one after each ("One for investors and another for workers").
    """
    n = len(words)
    before = words[i - 1] if i > 0 else ""
    after = words[i + 1] if i + 1 < n else ""
    for j in range(i + 2, min(n, i + _ONE_ANOTHER_REACH)):
        if words[j] in _SENTENCE_MARKS:
            return False
        if words[j] != _ANOTHER:
            continue
        if before in _ONE_ANOTHER_PREPOSITIONS and words[j - 1] in _ONE_ANOTHER_PREPOSITIONS:
            return True
        return after in _ONE_ANOTHER_PREPOSITIONS and j + 1 < n and words[j + 1] == after
    return False


def read_fraction_of_scale(words: Sequence[str], i: int) -> WordNumber | None:
    """Read "half a million", "a quarter of a million", "three quarters of a billion", "quarter million".

    >>> read_fraction_of_scale(["a", "quarter", "of", "a", "million"], 0)
    WordNumber(value=Decimal('2.5E+5'), end=5)
    """
    n = len(words)
    w = words[i]
    if w in ("half", "quarter"):
        numerator, denominator, j = 1, SIMPLE_DENOMINATORS[w], i + 1
    else:
        numerator = 1 if w in ARTICLES or w == "one" else UNITS.get(w, 0)
        j = i + 1
        if j < n and words[j] == "-":
            j += 1
        if not 0 < numerator < 10 or j >= n or words[j] not in SIMPLE_DENOMINATORS:  # noqa: PLR2004
            return None
        denominator = SIMPLE_DENOMINATORS[words[j]]
        j += 1
    if j < n and words[j] == "of":
        j += 1
    if j < n and words[j] in ARTICLES:
        j += 1
    if j >= n or words[j] not in MULTIPLIERS:
        return None
    total, rest = divmod(numerator * 10 ** MULTIPLIERS[words[j]], denominator)
    if rest:  # "two thirds of a million"
        return WordNumber(CONTEXT.divide(Decimal(numerator * 10 ** MULTIPLIERS[words[j]]), denominator), j + 1)
    power = 0
    while total % 10 ** (power + 1) == 0:
        power += 1
    return WordNumber(scaled(total, power), j + 1)


def _half_dozen_end(words: Sequence[str], i: int) -> int | None:
    """The token after "half dozen" at ``i``, with an article before it or a hyphen in it: "a half-dozen".

    >>> _half_dozen_end(["a", "half", "-", "dozen", "men"], 0)
    4
    >>> _half_dozen_end(["half", "of", "a", "dozen"], 0) is None
    True
    """
    j = i + 1 if words[i] in ARTICLES else i
    if j + 1 >= len(words) or words[j] != "half":
        return None
    j += 2 if words[j + 1] == "-" else 1
    return j + 1 if j < len(words) and words[j] == "dozen" else None


def _one_day_story(words: Sequence[str], i: int) -> bool:
    """True when "one day" at ``i`` opens a story (``one_day_story``): "so one day I was", "One day, he left".

    >>> _one_day_story(["one", "day", ",", "he", "left"], 0)
    True
    >>> _one_day_story(["in", "one", "day", ",", "we", "raised"], 1)
    False
    """
    if i + 2 >= len(words) or words[i + 1] != "day" or words[i + 2] not in _ONE_DAY_SUBJECTS:
        return False
    return i == 0 or words[i - 1] in _ONE_DAY_OPENERS


def read_fraction(words: Sequence[str], glued: Sequence[bool], i: int) -> Fraction | None:
    """Words such as "half", "a third", "two-thirds", "twenty-three fifths", "a hundredth", "one in five".

    >>> read_fraction(["two", "-", "thirds"], [False, True, True], 0)
    Fraction(numerator=2, denominator=3, end=3)
    >>> read_fraction(["one", "in", "five"], [False] * 3, 0)
    Fraction(numerator=1, denominator=5, end=3)
    >>> read_fraction(["a", "fifth", "term"], [False] * 3, 0) is None
    True
    """
    n = len(words)
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    if _half_dozen_end(words, i) is not None:
        return None  # "a half-dozen" is six, read as a number
    if w == "half" and before not in _NOT_FRACTION_BEFORE:
        if in_compound(words, glued, i):
            return None  # "her half-sister", "at half-mast"
        if i + 1 < n and words[i + 1] in ARTICLES:
            return None  # "half a day", "half an hour": a duration; "half a million" is read as a number
        return Fraction(1, 2, i + 1)
    if w == "half" or before in _NOT_FRACTION_BEFORE:
        return None
    phrase = read_phrase(words, glued, i)
    if phrase is not None:
        if phrase.fraction is None:
            return None  # a mixed number: "one and a half"
        numerator, denominator = phrase.fraction
        ordinal = numerator == 1 and words[phrase.end - 1] not in ("half", "quarter")
        if ordinal and phrase.end < n and _ordinal_head(words, glued, i, phrase.end):
            return None
        return Fraction(numerator, denominator, phrase.end)
    return _ratio(words, glued, i)


def _ordinal_head(words: Sequence[str], glued: Sequence[bool], i: int, k: int) -> bool:
    """True when word ``k``, after "a third" ... "a tenth" at ``i``, makes it an ordinal: "a third term".

    A word of ``ordinal_nouns``; or, after a lower-case word not of ``fraction_leads`` ("would open
    a third frontier crossing"), any word of letters but a plural, a unit, a word ending in "ed"
    and the words of ``fraction_followers`` ("a third of voters", "fell by a third between 1960
    and 1995"; "about a third voted").
    """
    word = words[k]
    if word in _ORDINAL_NOUNS:
        return True
    before = words[i - 1] if i > 0 else ""
    return (
        words[i] in ARTICLES  # "one-third restitution" stays a fraction
        and before.isalpha()
        and before not in _FRACTION_LEADS
        and word.isalpha()
        and not word.endswith(_VERB_ENDING)
        and not glued[k]
        and word not in _FRACTION_FOLLOWERS
        and word not in STARTERS
        and not is_plural(word)
        and unit_at(word) is None
        and (word,) not in unit_tables(ENGLISH).units
    )


def _over_denominator(words: Sequence[str], glued: Sequence[bool], k: int) -> tuple[int, int] | None:
    """The denominator after "over" at ``k`` and the token after it, when nothing but punctuation follows."""
    if k >= len(words):
        return None
    if words[k].isdecimal():  # not isdigit(): "²" is a digit int() cannot read
        found: tuple[int, int] | None = (int(words[k]), k + 1) if len(words[k]) < 5 else None  # noqa: PLR2004
    else:
        cardinal = read_cardinal(words, glued, k) if words[k] not in ARTICLES else None
        found = None if cardinal is None else (cardinal.value, cardinal.end)
    if found is None or (found[1] < len(words) and words[found[1]][:1].isalnum()):
        return None
    return found


def _ratio(words: Sequence[str], glued: Sequence[bool], i: int) -> Fraction | None:
    """Read "one in five", "two out of five hundred", "six in 10", "one over twenty"."""
    n = len(words)
    w = words[i]
    if w == "one":
        numerator = 1
    elif 1 < UNITS.get(w, 0) < 10:  # noqa: PLR2004
        numerator = UNITS[w]
    else:
        return None
    k = i + 1
    hyphened = k + 1 < n and words[k] == "-" and glued[k]  # "a three-in-five chance"
    joiner = ratio_joiner_at(words, k + 1 if hyphened else k)
    if joiner is None:
        return None
    k += len(joiner) + (1 if hyphened else 0)
    if hyphened:
        if not (k + 1 < n and words[k] == "-" and glued[k] and glued[k + 1]):
            return None
        k += 1
    if joiner in CLAUSE_END_JOINERS:  # "one over twenty" ends its clause; "one over 65s" is no fraction
        over = _over_denominator(words, glued, k)
        return None if over is None or not is_ratio(numerator, over[0]) else Fraction(numerator, *over)
    if k < n and words[k] in DENOMINATOR_PREFIXES:  # "one in every four"
        k += 1
        bare = read_cardinal([_AN_ARTICLE, *words[k : k + 2]], [False, *glued[k : k + 2]], 0) if k < n else None
        if bare is not None and bare.end == 2 and is_ratio(numerator, bare.value):  # noqa: PLR2004
            return Fraction(numerator, bare.value, k + 1)  # "one out of every thousand": a thousand
    if k < n and words[k].isdecimal() and len(words[k]) < 5 and is_ratio(numerator, int(words[k])):  # noqa: PLR2004
        return Fraction(numerator, int(words[k]), k + 1)  # "six in 10"
    den = read_cardinal(words, glued, k) if k < n else None
    if den is not None and is_ratio(numerator, den.value):
        return Fraction(numerator, den.value, den.end)
    return None
