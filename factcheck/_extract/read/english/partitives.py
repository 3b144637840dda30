"""Parts of a counted whole: "39 of the state's 40 delegates", "Of the six delegates, Sanders secured four".

A bare whole number takes the counted noun of the whole after its "of" (:func:`partitive`), or
of a whole opening its sentence (:func:`part_of_whole_before`). :func:`_whole_of` reads the
whole: fillers and possessives ("the", "its", "South Carolina's"), its number, and the plural it
counts.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.people import PEOPLE_PARTICIPLES, people_participle
from factcheck._extract.read.english.words import (
    EN,
    OF,
    RELATIVES,
    VERB_FORMS,
    counted_plural,
    unit_named,
    whole,
)
from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, modifies_noun, singular
from factcheck._extract.text.numerals import year_like

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_PARTITIVE_FILLERS: Final = EN.words("partitive_fillers")
_PARTITIVE_REACH: Final = 4  # fillers and possessives between "of" and the whole's number: "of South Carolina's 54"
_NAME_BEFORE_POSSESSIVE: Final = 2  # capitalised words of a name before its possessive word: "New South Wales's"
_WHOLE_BEFORE_REACH: Final = 16  # words back from a figure to an opening "Of the six delegates,"
_SENTENCE_BREAK: Final = re.compile(r"[.!?;:\n]")
_OPENING_GAP: Final = re.compile(r"[,.!?;:\n]")
_OUT: Final = EN.words("partitive_out_words")
_POSSESSIVE: Final = EN.strings("possessive_endings")
"""Letters a unit or a plural named after "of" needs beyond the hand tables ("of miles", not "of us")."""
_DIGIT_SEPARATORS: Final = frozenset({",", ".", "\u00a0", "\u202f"})  # "750,000": one numeral, split in words


def partitive(reader: Reader, r: Reading) -> bool:
    """Give a bare whole number the counted noun of the whole it is part of: "39 of the state's 40 delegates".

    "of", up to three determiners or possessives ("the", "its", "the state's", "the top"), a
    number in digits or words, and the plural noun it counts: a known counted noun, or ``item``
    for a lower-case plural that names no unit or time ("two of the three systems"). A whole
    with no number of its own counts too when the part is in digits or above one ("2 of their
    primary functions", "all but 1 of our ambitions", "three of these bone tools"; "one of the
    reports" is a pronoun's). A whole with its number needs no determiner ("5,500 of 750,000
    Americans", "won 7 of 12 races"), when the part is above one ("one of six states" is a
    pronoun's) and the whole's number is no year ("Depression Three of 2019 approaches Florida").
    Not "3 of the 5 years" (a duration) nor "2 of the 10 km".
    """
    tokens = reader.tokens
    if not whole(r.amount) or r.figure.form is Form.FRACTION or tokens.lower(r.nxt) not in OF:
        return False
    digits = r.figure.form is Form.DIGITS
    found = _whole_of(tokens, r.nxt, r.clause_end, numbered=False, plural=digits or r.amount.value > 1)
    if found is None and r.amount.value > 1 and not year_like(tokens[r.nxt + 1].word):
        found = _whole_of(tokens, r.nxt, r.clause_end, filled=False)  # "5,500 of 750,000 Americans"
    if found is None:
        return False
    phrase, head, unit = found
    r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
    word = tokens.lower(head)  # "four of the deceased": the participle is the noun counted, as written
    r.counted = word if word in PEOPLE_PARTICIPLES else singular(tokens[head].word)
    r.subject = phrase
    return True


def _whole_set_off(tokens: WordIndex, last: int, lead: int) -> bool:
    """True when a comma ends the whole whose last word is ``last``, or the relative clause after it.

    "Of the 40 passengers, 22 ...", "out of 171 veterans who had filed claims, only 18 ...".
    """
    if "," in tokens.gap(last, last + 1):
        return True
    if tokens.lower(last + 1) not in RELATIVES:
        return False
    return any("," in tokens.gap(k, k + 1) for k in range(last + 1, lead))


def _whole_of(
    tokens: WordIndex, of: int, limit: int, *, numbered: bool = True, filled: bool = True, plural: bool = False
) -> tuple[tuple[int, int], int, str] | None:
    """The counted whole after the "of" at word ``of``: its noun phrase, its counted noun and unit, or ``None``.

    "of the state's 40 delegates", "of its six members", "of the top 100 universities"; with
    ``numbered=False`` also a whole with no number whose noun is a known counted noun ("all 22
    of the state's delegates"), or with ``plural`` any lower-case plural that names no unit or
    time ("2 of the reports", "six of the murders", "three of these bone tools"; not "one of the
    reports"), and then a participle used as a noun of people ("four of the deceased", "two of
    the injured", see :func:`people_participle`); with ``filled=False`` also one with no
    determiner before its number ("Out of 171 veterans").
    """
    k = start = of + 1
    while k < min(limit, start + _PARTITIVE_REACH) and tokens.joined(k - 1, k):
        lower = tokens.lower(k)
        if lower not in _PARTITIVE_FILLERS and not lower.endswith(_POSSESSIVE) and not _named_owner(tokens, k, limit):
            break
        k += 1
    if (k == start and filled) or k >= limit or not tokens.joined(k - 1, k):
        return None
    number = k
    while k < limit and (tokens[k].word[:1].isdigit() or tokens.lower(k) in CARDINAL_WORDS):
        if k > number and not tokens.joined(k - 1, k) and not _digit_groups(tokens, k):
            return None
        k += 1
    if (k == number and numbered) or k >= limit or not tokens.joined(k - 1, k):
        return None
    if k == number and plural and people_participle(tokens, k):
        return (k, k), k, "person"  # "four of the deceased", "two of the injured": people
    phrase = noun_phrase(tokens, k, limit)
    if phrase is None:
        return None
    words = range(phrase[0], phrase[1] + 1)
    head = next(
        (j for j in words if counted_unit(tokens[j].word) is not None and not _modifier_at(tokens, j, phrase)), None
    )
    unit = None if head is None else counted_unit(tokens[head].word)
    if k == number and tokens.lower(phrase[0]).endswith(VERB_FORMS) and (head is None or head == phrase[0]):
        return None  # "five of those involved ligatures": a verb, no whole; "two of the surviving members" is one
    if (head is None or unit is None) and k == number and not plural:
        return None  # "one of the reports": with no number, only a known counted noun makes a whole
    if head is None or unit is None:
        head = next((j for j in words if counted_plural(tokens[j].word) and not _modifier_at(tokens, j, phrase)), None)
        if head is None or time_unit(tokens.lower(head)) or unit_named(tokens[head].word) is not None:
            return None
        unit = "item"
    return phrase, head, unit


def _modifier_at(tokens: WordIndex, j: int, phrase: tuple[int, int]) -> bool:
    """True when the counted noun at word ``j`` qualifies the next word of ``phrase``: "police authorities"."""
    return j < phrase[1] and modifies_noun(tokens[j].word, tokens[j + 1].word)


def _digit_groups(tokens: WordIndex, k: int) -> bool:
    """True when words ``k - 1`` and ``k`` are digits of one numeral split by its separator: "750" "000"."""
    return tokens[k - 1].word.isdigit() and tokens[k].word.isdigit() and tokens.gap(k - 1, k) in _DIGIT_SEPARATORS


def _named_owner(tokens: WordIndex, k: int, limit: int) -> bool:
    """True for a capitalised word of a name a possessive ends: "South" of "South Carolina's 54 delegates"."""
    if not tokens[k].word[:1].isupper():
        return False
    for j in range(k + 1, min(limit, k + _NAME_BEFORE_POSSESSIVE + 1)):
        if not tokens.joined(j - 1, j) or not tokens[j].word[:1].isupper():
            return False
        if tokens.lower(j).endswith(_POSSESSIVE):
            return True
    return False


def part_of_whole_before(reader: Reader, r: Reading) -> None:
    """Count what a whole opening the sentence counts: "Of the territory's six delegates, Sanders secured four".

    "Of" (or "out of") at the start of the sentence or after a comma, a counted whole as after
    a partitive, a comma, and later in the same sentence a bare whole number with no noun
    after it: a part of that whole ("of the 40 passengers, 22 were Cuban").
    """
    tokens = reader.tokens
    if not r.dimensionless or r.change is not None or r.figure.form is Form.FRACTION or not whole(r.amount):
        return
    if r.nxt < r.clause_end and noun_phrase(tokens, r.nxt, r.clause_end) is not None:
        return
    for of in range(r.lead - 1, max(-1, r.lead - _WHOLE_BEFORE_REACH), -1):
        if _SENTENCE_BREAK.search(tokens.gap(of, of + 1)):
            return
        if tokens.lower(of) not in OF:
            continue
        opener = of - 1 if of > 0 and tokens.lower(of - 1) in _OUT else of
        if opener > 0 and not _OPENING_GAP.search(tokens.gap(opener - 1, opener)):
            continue
        found = _whole_of(tokens, of, r.lead, filled=False)
        if found is None or not _whole_set_off(tokens, found[0][1], r.lead):
            continue
        phrase, head, unit = found
        r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
        r.counted, r.unit_word = singular(tokens[head].word), None
        if r.subject is None:
            r.subject = phrase
        return
