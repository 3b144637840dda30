"""Ages in years around a bare whole number, and people counted by their age ("two aged fourteen").

A bare whole number (or a range of them) of at most 130 is an age in years after an age lead
("aged 65", "at the age of 95", "age 29"; ``age_leads``, right before the number, not across
punctuation), a plain one after an age verb with no plural after it ("turning 16", not "turned 3
shops"; ``age_verb_leads``), as a later member of a list after one, in digits or in words ("aged nine, ten and
49"; not a member with a plural noun after it, "aged 13 and seven others", nor a number word
with a word after it that joins no list, "a pension age of 60 and one has"), and between commas
after a capitalised word and before a lower-case one ("Zamperoni, 33, worked"), two of them so
after two names ("Ann Lee and Bo Ray, 40 and 49, met"). A bare whole
number right before an age lead and the age counts people (``age_counted_noun``). Three more
readings need a people context: a list of names each with its age in apposition, after a noun for
the people named (``age_apposition_people``: "two boys, Darren, 15, and Colin, 13."); a range
opened by "between" right after a plural noun for people, with no noun after it ("for women
between 20 and 35,"); and a number ending its clause after a pronoun and "was" or "is"
(``age_be_leads``) in a sentence that spoke of age before it (``age_context``: "until I was six
years old, ... and I was six."), or after such a pronoun and "was" led by a word of ``age_when_leads``
with no plural after the number ("when I was two", "since he was 18 and"). A language without the tables reads no ages.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._decimal import ZERO
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular_counted_unit
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
_INITIAL_GAP: Final = ". "
"""The gap after an initial inside a name: "Judith L. Greenbaum"."""
_SUFFIX_GAP: Final = "., "
"""The gap between a name's suffix and an age in apposition: "Jr., 30"."""
_NAME_GAPS: Final = frozenset({", ", " "})
"""Gaps between a noun for people and the first name after it: "two boys, Darren", "sons Darren"."""
_CLAUSE_END: Final = frozenset(",.;:!?)")
"""Characters that end a clause right after a number: "and I was six."."""
_SENTENCE_ENDS: Final = (". ", "! ", "? ", "\n")
"""Gaps that end a sentence, where the search for ``age_context`` stops."""
_CONTEXT_REACH: Final = 40
"""Words before an ``age_be_leads`` number searched for ``age_context``."""

_Leads = tuple[tuple[str, ...], ...]
_PERSON: Final = "person"
_TITLE_REACH: Final = 3
"""Capitalised words of a name between its title and its age: "Rabbi | Meir Kahane, 34"."""


@functools.cache
def _age_words(lang: str) -> tuple[_Leads, frozenset[str]]:
    """The language's ``age_leads`` ("aged", "age of") as word tuples and its ``age_apposition_not_before``."""
    lex = lexicon(lang)
    if "age_leads" not in lex:
        return (), frozenset()
    return lex.phrases("age_leads"), lex.words("age_apposition_not_before")


@functools.cache
def _age_people(lang: str) -> tuple[frozenset[str], frozenset[str], _Leads, _Leads]:
    """The language's ``age_apposition_people``, ``range_openers``, ``age_be_leads`` and ``age_context``."""
    lex = lexicon(lang)
    if "age_apposition_people" not in lex:
        return frozenset(), frozenset(), (), ()
    return (
        lex.words("age_apposition_people"),
        lex.words("range_openers"),
        lex.phrases("age_be_leads"),
        lex.phrases("age_context"),
    )


@functools.cache
def _last_words(lang: str) -> frozenset[str]:
    """The last words of the language's ``age_be_leads`` ("was", "is"): a quick test before the phrases."""
    return frozenset(lead[-1] for lead in _age_people(lang)[2])


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
        self.lex = lexicon(lang)
        """The lexicon of ``lang``: tables are looked up where they are read (the lexicon keeps each)."""
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
        if self._named_people(r) or self._people_between(r) or self._people_bound(r) or self._was_age(r):
            return True  # "two boys, Darren, 15, and Colin, 13", "women between 20 and 35", "and I was six."
        return (
            r.lead == r.first == r.last
            and r.figure.bare
            and r.first > 0
            and r.nxt < len(tokens)
            and (self._apposition_gap(r.first), tokens.gap(r.first, r.nxt)) == _APPOSITION
            and tokens[r.first - 1].word[:1].isupper()
            and tokens[r.first - 1].word.isalpha()
            and tokens[r.nxt].word.isalpha()
            and tokens[r.nxt].word.islower()
            and (tokens.lower(r.nxt) not in not_before or self._titled_partner(r.first, r.nxt))
        )

    def _titled_partner(self, k: int, nxt: int) -> bool:
        """True for "Rabbi Meir Kahane, 34, and his wife": a titled name, its age, then "and" and a possessive.

        The word ``nxt`` is a word of ``list_conjunctions``, a word of
        ``age_apposition_partner_possessives`` follows it, and up to ``_TITLE_REACH`` capitalised
        words before the number (the name) follow a noun for a person ("Rabbi", "Dr", "Senator").
        """
        tokens = self.tokens
        possessives = self.lex.words("age_apposition_partner_possessives", optional=True)  # "his", "her"
        if tokens.lower(nxt) not in _LIST_JOINS or tokens.lower(nxt + 1) not in possessives:
            return False
        if not tokens.joined(nxt, nxt + 1):
            return False
        j = k - 1
        while j > max(0, k - 1 - _TITLE_REACH) and tokens.joined(j - 1, j) and _is_name(tokens[j - 1].word):
            if singular_counted_unit(tokens.lower(j - 1)) == _PERSON:
                return True
            j -= 1
        return False

    def _apposition_gap(self, k: int) -> str:
        """The gap before word ``k``, read as ", " after a name's suffix with its full stop: "Linde, Jr., 30"."""
        gap = self.tokens.gap(k - 1, k)
        suffixes = self.lex.words("age_apposition_name_suffixes", optional=True)  # "jr", "sr"
        if gap == _SUFFIX_GAP and self.tokens.lower(k - 1) in suffixes:
            return _APPOSITION[0]
        return gap

    def _named_people(self, r: Reading) -> bool:
        """True for a number in apposition to a name in a list of names with ages after a noun for people.

        "two boys, Darren, 15, and Colin, 13.": each number follows its name and a comma, and ends
        its clause or its list member; a name may have more words ("two citizens, Judith L.
        Greenbaum, 31, and Malka Roth, 15,"); the names before it, each with its number, lead back to a
        word of ``age_apposition_people`` ("boys"). "Room 101, 3" and "delegates, Iowa, 41" name no ages.
        """
        tokens = self.tokens
        people = _age_people(self.lang)[0]
        if not people or not (r.lead == r.first == r.last and _plain(r)):
            return False
        if not _name_before(tokens, r.first):
            return False
        name = r.first - 1
        after = self._gap_after(r.last)
        if after and after[0] not in _CLAUSE_END:
            return False
        for _ in range(_MAX_AGE_LIST):
            name = _name_start(tokens, name)  # "Judith L. Greenbaum, 31": the name's first word
            before = name - 1
            if tokens.lower(before) in people and tokens.gap(before, name) in _NAME_GAPS:
                return True
            if tokens.lower(before) in _LIST_JOINS and tokens.gap(before, name) == " ":
                before -= 1  # "Darren, 15, and Colin"
            elif tokens.gap(before, name) != _APPOSITION[1]:
                return False
            word = tokens[before].word
            if not (word.isdigit() and 0 < int(word) <= _MAX_AGE) or tokens.gap(before, before + 1) != _APPOSITION[1]:
                return False
            if not _name_before(tokens, before):
                return False
            name = before - 1
        return False

    def _people_between(self, r: Reading) -> bool:
        """True for a range opened by "between" right after a plural noun for people: "for women between 20 and 35,"."""
        tokens = self.tokens
        openers = _age_people(self.lang)[1]
        noun = r.lead - 1
        if r.amount.hedge is not Hedge.RANGE or noun < 0 or tokens.lower(r.lead) not in openers:
            return False
        word = tokens[noun].word
        return (
            tokens.joined(noun, r.lead)
            and word.islower()
            and is_plural(word, self.lang)
            and counted_unit(word) == _PERSON
            and not self._plural_after(r)
        )

    def _people_bound(self, r: Reading) -> bool:
        """True for a bound right after a noun for people, then the number: "children under 12", "a couple over 25".

        The bound is a word of ``age_people_bounds`` and the whole of the figure's lead; the noun
        before it is lower case with the counted unit person; no plural noun follows the number
        ("children under 5 schools"). "Temperatures over 25" names no people.
        """
        tokens = self.tokens
        noun = r.lead - 1
        bounds = self.lex.words("age_people_bounds", optional=True)  # "over", "under"
        if r.first != r.lead + 1 or noun < 0 or tokens.lower(r.lead) not in bounds:
            return False
        word = tokens[noun].word
        return (
            r.figure.form is Form.DIGITS
            and tokens.joined(noun, r.lead)
            and word.isalpha()
            and word.islower()
            and _PERSON in {counted_unit(word), singular_counted_unit(word)}
            and not self._plural_after(r)
        )

    def _was_age(self, r: Reading) -> bool:
        """True for a plain number that ends its clause after "I was", in a sentence that spoke of age before it.

        "until I was six years old, ... and I was six.": ``age_be_leads`` right before the number,
        ``age_context`` earlier in the sentence. "He was 5 when" and "I was six" alone are no ages.
        After a word of ``age_when_leads`` the lead alone makes an age, with no plural noun after the
        number: "when I was two.", "when he was 18 and served"; not "when we were 3 goals down".
        """
        tokens = self.tokens
        _, _, leads, context = _age_people(self.lang)
        if not leads or r.first < 1 or tokens.lower(r.first - 1) not in _last_words(self.lang):
            return False  # most numbers: no "was" or "is" right before them
        if not _plain(r) or r.lead != r.first or not self._lead_before(r.first, leads):
            return False
        if self._when_before(r.first, leads) and not self._plural_after(r):
            return True
        after = self._gap_after(r.last)
        if after and after[0] not in _CLAUSE_END:
            return False
        start = r.first - 1
        while start > max(0, r.first - _CONTEXT_REACH) and not any(
            end in tokens.gap(start - 1, start) for end in _SENTENCE_ENDS
        ):
            start -= 1
        return any(
            tokens.words(j, j + len(phrase)) == phrase
            for j in range(start, r.first - 2)
            for phrase in context
            if j + len(phrase) <= r.first - 2
        )

    def _when_before(self, k: int, leads: _Leads) -> bool:
        """True when a word of ``age_when_leads`` stands right before the ``age_be_leads`` phrase ending at ``k``."""
        tokens, whens = self.tokens, self.lex.words("age_when_leads", optional=True)  # "when", "since"
        for lead in leads:
            start = k - len(lead)
            if start > 0 and tokens.words(start, k) == lead:
                return tokens.lower(start - 1) in whens and tokens.joined(start - 1, start)
        return False

    def _gap_after(self, last: int) -> str:
        """The characters after word ``last`` up to the next word, or to the end of the text."""
        tokens = self.tokens
        if last + 1 < len(tokens):
            return tokens.gap(last, last + 1)
        return tokens.text[tokens.ends[last] :]

    def _turning(self, r: Reading) -> bool:
        """True for a plain whole number after an age verb, no plural after it: "turns 30 in May"."""
        if r.amount.hedge is not Hedge.NONE or self._plural_after(r):
            return False  # "turning dozens of homes into rubble", "turned 3 shops into cafes"
        return self._lead_before(r.lead, self.lex.phrases("age_verb_leads", optional=True))  # "turning", "turned"

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


def _plain(r: Reading) -> bool:
    """True for a number written alone, in digits or words: no hedge, scale, unit or currency ("15", "six")."""
    figure = r.figure
    return figure.bare or (
        figure.form is Form.WORDS
        and figure.qualifier is None
        and figure.unit_text is None
        and r.amount.hedge is Hedge.NONE
        and r.dimensionless
    )


def _name_before(tokens: WordIndex, k: int) -> bool:
    """True when a name and ", " stand right before token ``k`` (not the text's first word): "Darren, 15"."""
    name = k - 1
    return name >= 1 and _is_name(tokens[name].word) and tokens.gap(name, k) == _APPOSITION[0]


def _name_start(tokens: WordIndex, last: int) -> int:
    """The first word of a name ending at word ``last``: up to ``_TITLE_REACH`` more capitalised words before it.

    Joined by a space, or by a full stop and a space after an initial: "Judith L. | Greenbaum",
    "Malka | Roth".
    """
    first = last
    while first > max(0, last - _TITLE_REACH) and _is_name(tokens[first - 1].word):
        gap = tokens.gap(first - 1, first)
        if gap != " " and not (gap == _INITIAL_GAP and len(tokens[first - 1].word) == 1):
            break
        first -= 1
    return first


def _is_name(word: str) -> bool:
    """True for a capitalised word of letters: what a name in apposition may be ("Darren")."""
    return word[:1].isupper() and word.isalpha()


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
