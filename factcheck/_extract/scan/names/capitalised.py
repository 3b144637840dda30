"""Numerals inside capitalised names and codes: "Rocky 101 LLC", "IFRS 16", "Area 51", "the 1-1 ADA".

The tests read the capitalised words around a small whole numeral: a word that ends a name
after it, a list's name before it ("Digital Leaders Top 100"), an acronym naming a standard or a
code ("ISAE 3402"), a name that ends in its number ("storm Area 51, a base", "Apollo 11's crew"),
a military unit's designation ("2-7 CAV"). A list of tallies ("the Conservatives 17, the Greens
3") and a unit after the numeral (:func:`unit_follows`, which ``designators`` asks too) keep it a
figure. :func:`~factcheck._extract.scan.names.designators.not_a_figure_before` asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.currency import is_iso_code
from factcheck._extract.scan.english.cardinals import ARTICLES, CARDINAL_WORDS
from factcheck._extract.scan.english_words import COMPLEMENT_PREPOSITIONS, DETERMINERS
from factcheck._extract.scan.measures import unit_length
from factcheck._extract.scan.unit_index import unit_at, words_at
from factcheck._extract.text.counted_nouns import is_plural
from factcheck._extract.text.tokens import NUM, SYM, WORD, Token
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import ScannerView

__all__ = ["TIMES_WORDS", "in_capitalised_name", "unit_designation", "unit_follows"]

_ENGLISH: Final = lexicon(ENGLISH)

TIMES_WORDS: Final = _ENGLISH.words("times_words")  # "the World Series 27 times": no designator
_NAME_ENDS: Final = _ENGLISH.words("name_ends_after_numbers")
"""Capitalised words after a numeral behind a capitalised word that end a name: "Rocky 101 LLC"."""
_LIST_NAMES: Final = _ENGLISH.words("list_names_before_numbers")
"""Capitalised words before a numeral, behind a capitalised word, that name a list: "Digital Leaders Top 100"."""
_NOT_NAME_WORDS: Final = _ENGLISH.words("name_number_not_after")
"""Capitalised words that do not make the small numeral after them a name's end: months, "No", "Number"."""
_NOT_NAME_BEFORE: Final = _ENGLISH.words("name_number_not_before")
"""Lower-case words after a numeral that leave it a figure after a capitalised word: "Red Hat 7 or 8 years"."""
_POSSESSIVE_ENDS: Final = tuple(_ENGLISH.strings("possessive_endings"))
_POSSESSIVE_REACH: Final = 3
"""Characters after a numeral read for a possessive ending and the mark after it: "38's "."""
_NAME_ARTICLES: Final = frozenset({*ARTICLES, "the"})
"""Articles that may open a name in a list of tallies: "the Conservatives 17"."""
_NAME_NUMBER_DIGITS: Final = 3
"""A name ends in a numeral of at most this many digits: "Area 51", "Linux 7"."""
_CODE_LETTERS: Final = 2
"""An acronym naming a standard or a code before its number has at least this many letters: "IAS 10"."""
_CODE_NUMBER_DIGITS: Final = 4
"""A standard's or a code's number after its acronym has at most this many digits: "ISAE 3402"."""
_DESIGNATION_DIGITS: Final = 3
"""Each number of a unit's designation before its acronym has at most this many digits: "1-1 ADA", "3-187 IN"."""
_NAME_NUMBER_MARKS: Final = frozenset({",", ";", ":", ")", "."})
"""Marks right after a small numeral behind a capitalised word that end a name there: "storm Area 51, a base".

Not a mark with a numeral glued after it (:func:`_glued_number`: the "," of "5,000").
"""


def unit_follows(sc: ScannerView, k: int) -> bool:
    """True when a unit follows numeral ``k`` ("35 miles", "80 km")."""
    return k + 1 < len(sc.toks) and (
        unit_length(sc.toks, k + 1, sc.tabs.units) > 0 or words_at(sc.toks, k + 1) is not None
    )


def in_capitalised_name(sc: ScannerView, k: int) -> bool:
    """True when numeral ``k`` stands inside a capitalised name: "Rocky 101 LLC", "Digital Leaders Top 100"."""
    toks = sc.toks
    if k == 0 or toks[k].glued or toks[k - 1].kind != WORD or not toks[k - 1].text[:1].isupper():
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and not after.glued and after.text in _NAME_ENDS:
        return True  # "Rocky 101 LLC", "the Lost 52 Project"
    before = toks[k - 2] if k > 1 else None
    if (
        toks[k - 1].text in _LIST_NAMES
        and before is not None
        and before.kind == WORD
        and before.text[:1].isupper()
        and not toks[k - 1].glued
    ):
        return True  # "the Digital Leaders Top 100 awards"; not "the top 100 companies"
    if _code_name(sc, k):
        return True  # "IFRS 16 provides", "ISAE 3402": a standard named by its letters and number
    return before is not None and before.kind == WORD and _name_number(sc, k)


def _english_word_before(sc: ScannerView, low: str) -> bool:
    """True when ``low`` is a word that stands before a figure: a hedge's first word, a range's, a preposition."""
    hedges = sc.tabs.hedges
    return (
        low in hedges.range_to or low in hedges.range_joiners or low in COMPLEMENT_PREPOSITIONS or low in hedges.starts
    )


def unit_designation(sc: ScannerView, k: int) -> bool:
    """True for numeral ``k`` opening a hyphened pair before an acronym: a military unit's designation.

    "the 1-1 ADA", "(2-7 CAV)": two whole numbers of at most ``_DESIGNATION_DIGITS`` digits
    each, glued by a hyphen, then an acronym of capital letters that is no unit and no
    currency's code, and no plural noun in lower case after it ("5-10 MW", "10-20 GBP", "2-3
    NHS trusts" and "20-30 MPs" stay ranges).
    """
    toks = sc.toks
    if k + 3 >= len(toks) or not (toks[k + 1].text == "-" and toks[k + 1].glued and toks[k + 2].glued):
        return False
    first, second, acronym = toks[k].text, toks[k + 2].text, toks[k + 3]
    if not all(part.isdigit() and len(part) <= _DESIGNATION_DIGITS for part in (first, second)):
        return False
    if acronym.glued or not _acronym(acronym) or unit_follows(sc, k + 2):
        return False
    after = toks[k + 4] if k + 4 < len(toks) else None
    return after is None or after.kind != WORD or not after.text.islower() or not is_plural(after.low)


def _code_name(sc: ScannerView, k: int) -> bool:
    """True when numeral ``k`` follows an acronym that it names a standard or a code with: "IFRS 16 provides".

    The acronym is capital letters only (at least two), no currency's code ("USD 3", "ALL 50"),
    no unit, and no article, determiner, preposition or hedge's word in capitals ("OVER 500 of
    the staff", "JUST 5 in May"); the numeral is whole and written plain
    (at most ``_CODE_NUMBER_DIGITS`` digits, "ISAE 3402"); after it a word in lower case that
    is no unit ("NATO 2%", "GDP 40 percent" stay figures) and no plural
    noun, unless an article follows that plural ("IFRS 16 provides a model" names; "UK 500
    people died" counts). A line in capitals ("ALL 50 STATES") has no lower-case word after it;
    "XYZ 5" at the end, "IAS 10." stay figures (an unknown currency's code may come before).
    """
    toks = sc.toks
    acronym = toks[k - 1]
    digits = toks[k].text
    if not (
        _acronym(acronym)
        and acronym.low not in _NOT_NAME_WORDS
        and acronym.low not in DETERMINERS
        and unit_at(acronym.text) is None
        and digits.isdigit()
        and len(digits) <= _CODE_NUMBER_DIGITS
    ):
        return False
    if _english_word_before(sc, acronym.low):
        return False  # "OVER 500 of the staff", "JUST 5 in May": a word in capitals for emphasis
    if k + 1 >= len(toks):
        return False  # "XYZ 5": an unknown currency's code, perhaps; a name goes on in its sentence
    if not _word_after_name(sc, k, TIMES_WORDS):
        return False
    return not is_plural(toks[k + 1].low) or (k + 2 < len(toks) and toks[k + 2].low in _NAME_ARTICLES)


def _name_number(sc: ScannerView, k: int) -> bool:
    """True when numeral ``k``, after a capitalised word inside a sentence, ends a name: "storm Area 51, a base".

    A small whole number written plain, the sentence's mark or a lower-case word after it that
    is no plural, no unit, no number word and none of ``name_number_not_before``: "CentOS Linux 7
    will be", "a Falcon 9 rocket". "Windows 7 users", "in May 5,000 people", "Wales 3 seats",
    "Texas 200 miles", "Red Hat 7 or 8 years" and "Trump's 214" stay figures. A possessive
    after the numeral ends a name too: "Local 38's examining board", "Apollo 11's crew".
    """
    toks = sc.toks
    digits = toks[k].text
    word = toks[k - 1].low
    if not (digits.isdigit() and len(digits) <= _NAME_NUMBER_DIGITS) or word in _NOT_NAME_WORDS:
        return False
    if word.endswith(_POSSESSIVE_ENDS):
        return False  # "Pennsylvania's 20 electoral votes", "Time's 25 most influential"
    if _tally_beside(sc, k):
        return False  # "Labour took 25, the Conservatives 17, the Greens 3": a list of tallies
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or (after.kind == SYM and after.text in _NAME_NUMBER_MARKS and not _glued_number(sc, k + 1)):
        return True
    rest = sc.text[toks[k].end : toks[k].end + _POSSESSIVE_REACH]
    if any(rest.startswith(end) and not rest[len(end) : len(end) + 1].isalnum() for end in _POSSESSIVE_ENDS):
        return True  # "an officer of Local 38's board", "Apollo 11's crew": a name owns something
    return _word_after_name(sc, k, _NOT_NAME_BEFORE) and not is_plural(after.low)


def _word_after_name(sc: ScannerView, k: int, others: frozenset[str]) -> bool:
    """True when a word that may follow a name's number follows numeral ``k``, a space between.

    A word in lower case that is no number word, no unit and none of ``others``: "IFRS 16
    provides", "a Falcon 9 rocket"; not "NATO 2%", "GDP 40 percent", "Area 51 five".
    """
    toks = sc.toks
    after = toks[k + 1]
    return (
        after.kind == WORD
        and not after.glued
        and after.text.islower()
        and after.low not in others
        and after.low not in CARDINAL_WORDS
        and not unit_follows(sc, k)
    )


def _tally_beside(sc: ScannerView, k: int) -> bool:
    """True when a comma and a name with a numeral stand just before or after numeral ``k``: a list of tallies.

    "took 25, the Conservatives 17", "the Conservatives 17, the Greens 3": the capitalised words
    (and articles) between a numeral and a comma name what each numeral counts.
    """
    toks = sc.toks
    j = k - 1
    while j >= 0 and toks[j].kind == WORD and (toks[j].text[:1].isupper() or toks[j].low in _NAME_ARTICLES):
        j -= 1
    if j >= 1 and toks[j].text == "," and toks[j - 1].kind == NUM:
        return True
    j = k + 1
    if j >= len(toks) or toks[j].text != ",":
        return False
    j += 1
    while j < len(toks) and toks[j].kind == WORD and (toks[j].text[:1].isupper() or toks[j].low in _NAME_ARTICLES):
        j += 1
    return j > k + 2 and j < len(toks) and toks[j].kind == NUM


def _glued_number(sc: ScannerView, k: int) -> bool:
    """True when a numeral is glued after the mark at ``k``: the "," of "5,000"."""
    return k + 1 < len(sc.toks) and sc.toks[k + 1].glued and sc.toks[k + 1].kind == NUM


def _acronym(tok: Token) -> bool:
    """True for capital letters only, at least ``_CODE_LETTERS`` of them, that are no currency's code: "IFRS", "ADA"."""
    text = tok.text
    return text.isalpha() and text.isupper() and len(text) >= _CODE_LETTERS and not is_iso_code(text)
