"""Ages in years around a bare whole number, and people counted by their age ("two aged fourteen").

A bare whole number (or a range of them) of at most 130 is an age in years after an age lead
("aged 65", "at the age of 95", "age 29"; ``age_leads``, right before the number, not across
punctuation), a plain one after an age verb with no plural after it ("turning 16", not "turned 3
shops"; ``age_verb_leads``), as a later member of a list after one, in digits or in words ("aged nine, ten and
49"; not a member with a plural noun after it, "aged 13 and seven others", nor a number word
with a word after it that joins no list, "a pension age of 60 and one has"), and between commas
after a capitalised word and before a lower-case one ("Zamperoni, 33, worked"), two of them so
after two names ("Ann Lee and Bo Ray, 40 and 49, met"). A bare whole
number right before an age lead and the age counts people (``age_counted_noun``). A language
without the tables reads no ages.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._decimal import ZERO
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, is_plural
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.figure_index import FigureIndex
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["LIST_WORD_JOINS", "Ages"]

_EN: Final = lexicon("en")
_LIST_JOINS: Final = _EN.words("list_conjunctions")  # "aged 34 and 36"
LIST_WORD_JOINS: Final = _LIST_JOINS | _EN.words("range_to") | _EN.words("alternative_joiners")
"""Words that join a number to the next in a list or a range: "3- and 4-year-olds", "ten or 12"."""
_MAX_AGE: Final = 130
"""The largest number read as an age in years ("aged 65"); above it a number is no age."""
_MAX_AGE_LIST: Final = 5
"""Members of a list of ages read back to its lead: "aged 19, 21, 24, 30 and 33"."""
_APPOSITION: Final = (", ", ", ")
"""The gaps around an age in apposition: "Zamperoni, 33, worked"."""

_Leads = tuple[tuple[str, ...], ...]


@functools.cache
def _age_words(lang: str) -> tuple[_Leads, frozenset[str]]:
    """The language's ``age_leads`` ("aged", "age of") as word tuples and its ``age_apposition_not_before``."""
    lex = lexicon(lang)
    if "age_leads" not in lex:
        return (), frozenset()
    return lex.phrases("age_leads"), lex.words("age_apposition_not_before")


@functools.cache
def _age_verbs(lang: str) -> _Leads:
    """The language's ``age_verb_leads`` ("turning", "turned") as word tuples; none without the table."""
    lex = lexicon(lang)
    return lex.phrases("age_verb_leads") if "age_verb_leads" in lex else ()


@functools.cache
def _age_counted(lang: str) -> tuple[str, str] | None:
    """The language's ``age_counted_noun`` ("person": "two aged fourteen") and its counted unit; none without it."""
    lex = lexicon(lang)
    if "age_counted_noun" not in lex:
        return None
    noun: str = lex["age_counted_noun"]
    unit = counted_unit(noun)
    return None if unit is None else (noun, unit)


class Ages:
    """Reads ages and people counted by age in one text (see the module docstring)."""

    def __init__(self, tokens: WordIndex, lang: str, figures: FigureIndex) -> None:
        self.tokens = tokens
        self.lang = lang
        self.figures = figures

    def counted_before(self, r: Reading) -> tuple[str, str] | None:
        """The counted noun and unit of a bare whole number right before an age lead and the age, or ``None``.

        "two aged fourteen" counts people. The lead must be followed by a figure (the age), so
        "5 aged care homes" is left alone.
        """
        found = _age_counted(self.lang)
        if found is None or r.subject is not None or not _whole(r) or r.amount.hedge is Hedge.RANGE:
            return None
        tokens, nxt = self.tokens, r.nxt
        leads, _ = _age_words(self.lang)
        for lead in leads:
            after = nxt + len(lead)
            if after < r.clause_end and tokens.words(nxt, after) == lead and self.figures.opens_at(after):
                return found
        return None

    def is_age(self, r: Reading) -> bool:
        """True for a bare whole number that is an age in years."""
        tokens = self.tokens
        if not _whole(r):
            return False
        leads, not_before = _age_words(self.lang)
        if not leads:
            return False  # a language without age words reads no ages
        if self._lead_before(r.lead, leads):
            return True
        if self._turning(r):
            return True  # "turning 16 in the next 3 weeks"; not "turned 3 shops into cafes"
        if self._listed(r.lead, leads) and not self._plural_after(r) and not self._word_after_word(r):
            return True  # "aged 19, 21 and 24"; not "aged 13 and seven others"
        if r.lead == r.first == r.last and r.figure.bare and self._paired_apposition(r.first, not_before):
            return True  # "officers Ann Lee and Bo Ray, 40 and 49, at a pub"
        return (
            r.lead == r.first == r.last
            and r.figure.bare
            and r.first > 0
            and r.nxt < len(tokens)
            and (tokens.gap(r.first - 1, r.first), tokens.gap(r.first, r.nxt)) == _APPOSITION
            and tokens[r.first - 1].word[:1].isupper()
            and tokens[r.first - 1].word.isalpha()
            and tokens[r.nxt].word.isalpha()
            and tokens[r.nxt].word.islower()
            and tokens.lower(r.nxt) not in not_before
        )

    def _turning(self, r: Reading) -> bool:
        """True for a plain whole number after an age verb, no plural after it: "turns 30 in May"."""
        if r.amount.hedge is not Hedge.NONE or self._plural_after(r):
            return False  # "turning dozens of homes into rubble", "turned 3 shops into cafes"
        return self._lead_before(r.lead, _age_verbs(self.lang))

    def _paired_apposition(self, k: int, not_before: frozenset[str]) -> bool:
        """True for either number of "Name and Name, 40 and 49, worked": two ages in apposition to two names."""
        tokens = self.tokens
        for first in (k, k - 2):
            second = first + 2
            if first < 1 or second + 1 >= len(tokens) or tokens.lower(first + 1) not in _LIST_JOINS:
                continue
            before, after = tokens[first - 1].word, tokens[second + 1].word
            if (
                tokens.gap(first - 1, first) == _APPOSITION[0]
                and tokens.gap(second, second + 1) == _APPOSITION[1]
                and tokens.gap(first, first + 1) == tokens.gap(first + 1, second) == " "
                and before[:1].isupper()
                and before.isalpha()
                and after.isalpha()
                and after.islower()
                and after not in not_before
                and all(tokens[j].word.isdigit() and 0 < int(tokens[j].word) <= _MAX_AGE for j in (first, second))
            ):
                return self._two_names_before(first - 1)
        return False

    def _two_names_before(self, last: int) -> bool:
        """True when two capitalised names joined by a list word end at word ``last``: "Ann Lee and Bo Ray"."""
        tokens, j = self.tokens, last
        while j > 0 and tokens[j].word[:1].isupper() and tokens[j].word.isalpha() and tokens.joined(j - 1, j):
            j -= 1
        return j < last and tokens.lower(j) in _LIST_JOINS and j > 0 and tokens[j - 1].word[:1].isupper()

    def _listed(self, lead: int, leads: _Leads) -> bool:
        """True for a later member of a list of whole numbers after an age lead: "aged 19, 21 and 24"."""
        tokens, k = self.tokens, lead
        for _ in range(_MAX_AGE_LIST):
            if k > 1 and tokens.lower(k - 1) in _LIST_JOINS and tokens.gap(k - 2, k - 1).strip() in {"", ","}:
                j = k - 2  # "34 and 36", "19, 21 and 24"
            elif k > 0 and tokens.gap(k - 1, k).strip() == ",":
                j = k - 1  # "19, 21"
            else:
                return False
            first = self.figures.first_word_of(j)
            if first is None:
                if not tokens[j].word.isdigit():
                    return False
                first = j  # a figure the index was not given
            elif not self._whole_at(first):
                return False
            k = first
            if self._lead_before(k, leads):
                return True
        return False

    def _lead_before(self, k: int, leads: _Leads) -> bool:
        """True when an age lead ends right before word ``k``, with nothing but spaces between: "aged 65", "age 29".

        Not across punctuation: "at 6 weeks of age, one can" is no age of one.
        """
        tokens = self.tokens
        return tokens.joined(k - 1, k) and any(tokens.words(k - len(lead), k) == lead for lead in leads)

    def _word_after_word(self, r: Reading) -> bool:
        """True for a number in words with a word after it that joins no list: "an age of 60 and one providing"."""
        if r.figure.form is Form.DIGITS or r.nxt >= r.clause_end or not self.tokens.joined(r.last, r.nxt):
            return False
        return self.tokens.lower(r.nxt) not in LIST_WORD_JOINS

    def _whole_at(self, first: int) -> bool:
        """True when the figure whose number starts at word ``first`` is a plain whole number ("49", "ten")."""
        figure = self.figures.starting_at(first)
        if figure is None:
            return False
        amount = figure.amount
        return (
            figure.form is not Form.FRACTION
            and amount.hedge is Hedge.NONE
            and amount.unit == units.dimensionless()
            and amount.value == amount.value.to_integral_value()
        )

    def _plural_after(self, r: Reading) -> bool:
        """True when a plural noun follows the figure: "and seven others", "and 7 others"."""
        nxt = r.nxt
        if nxt >= r.clause_end or not self.tokens.joined(r.last, nxt):
            return False
        word = self.tokens[nxt].word
        return word.isalpha() and word.islower() and is_plural(word, self.lang)


def _whole(r: Reading) -> bool:
    """True for a bare whole number of at most ``_MAX_AGE``, or a range of them: what an age may be."""
    amount = r.amount
    if not r.dimensionless or r.figure.form is Form.FRACTION or not ZERO < amount.value <= _MAX_AGE:
        return False
    if amount.low is not None and amount.low < ZERO:
        return False
    if amount.hedge is Hedge.RANGE:  # "aged 15 to 60": whole ends, whatever the midpoint
        ends = (amount.low, amount.high)
        return all(end is not None and end == end.to_integral_value() for end in ends)
    return amount.value == amount.value.to_integral_value()
