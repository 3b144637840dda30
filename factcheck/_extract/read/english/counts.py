"""The unit of what a bare number counts, and its counted noun: :func:`counted_unit`.

The reader's ``read_change`` asks it for every figure with no unit: it tries, in order, a year
that modifies a noun, a part of a whole (``partitives``), a superlative (``count_heads``), a
level of people (``people``), an approximate amount and the noun after its "of" ("thousands of
German paratroopers"), a comparative's noun ("9,000 more seats"), a named run (``named_counts``),
then the noun of the figure's subject: a hyphened compound ("the 55-member AU"), the plural
after it (``plural_nouns``), else a unit word as written (``unit_words``). An average keeps
fractional counts bare ("2.4 people"). The rules only this one asks are here with their tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.subjects import subject_head
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.english.count_heads import number_of_things, superlative_count
from factcheck._extract.read.english.named_counts import named_count
from factcheck._extract.read.english.partitives import partitive
from factcheck._extract.read.english.people import people_level, people_participle
from factcheck._extract.read.english.plural_nouns import before_past, plural_noun
from factcheck._extract.read.english.unit_words import unit_word
from factcheck._extract.read.english.words import (
    ADJECTIVE_ENDINGS,
    EN,
    MIN_UNIT_NAME,
    STRENGTH_WORDS,
    counted_plural,
    unit_named,
    whole,
)
from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.english_words import COMPARATIVES, STOP
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_forms, unit_tables
from factcheck._extract.text import counted_nouns
from factcheck._extract.text.counted_nouns import is_plural, singular, singular_counted_unit
from factcheck._extract.text.numerals import year_like

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex

_AVERAGE_REACH: Final = 4  # words either side of a clause where "On average," stands

_THING_RELATIVES: Final = EN.words("thing_relatives")  # "one that sits": no noun after the number
_YEAR_MODIFIER_LEADS: Final = EN.words("year_modifier_leads")  # "the 2020 population": a year
_AVERAGE_WORDS: Final = EN.words("average_words")
_VAGUE_JOINERS: Final = EN.words("vague_modifier_joiners")  # "hundreds of American and coalition troops"
_VAGUE_REACH: Final = 5
"""Words after an approximate amount's "of" searched for its plural: "of American and coalition service members"."""
_CURRENCY_WORDS: Final = frozenset(unit_forms(EN.mapping("currency_names")))  # "billions of extra dollars": money
_PEOPLE_KINDS: Final = EN.words("people_kind_nouns")  # "men, women and children": people
_LIST_JOINS: Final = frozenset({"and", "or"})
_LIST_MARKS: Final = frozenset({",", "&", ",&"})  # what may stand between two listed nouns ("&": a join word)
_VAGUE_AMOUNTS: Final = frozenset(EN.mapping("vague_amounts"))
"""Words of an approximate amount ("thousands"): counted by the noun after "of"."""
_KIND_COMPOUNDS: Final = EN.words("kind_compounds")  # "two-digit numbers", "a two-way street"
_FRACTION_WORDS: Final = frozenset(EN.mapping("simple_fractions"))  # "three-quarter turns"
_POINT_WORDS: Final = EN.words("percentage_points_in_context")  # "points"
_OWNER_CHANGE_VERBS: Final = EN.words("owner_change_verbs")  # "the Lib Dems lost 10": 10 of what they own
_COMPOUNDS: Final[Mapping[tuple[str, ...], str]] = {
    tuple(phrase.split()): unit for unit, phrases in EN.mapping("counted_compounds").items() for phrase in phrases
}
"""Two-word nouns that count in a unit of their own, as word pairs: ("security", "forces") counts people."""


def _year_modifier(tokens: WordIndex, r: Reading) -> bool:
    """True for a year in digits between a word of ``year_modifier_leads`` and a noun in the singular.

    "the total 2020 population of the state", "its 2019 workforce": the year says which
    population, it counts none. "There were 2020 residents" (a plural, no such word) stays a count.
    """
    if r.first != r.last or r.first == 0 or r.nxt >= len(tokens) or not year_like(tokens[r.first].word):
        return False
    after = tokens[r.nxt].word
    return (
        tokens.lower(r.first - 1) in _YEAR_MODIFIER_LEADS
        and tokens.joined(r.last, r.nxt)
        and after.isalpha()
        and after.islower()
        and not is_plural(after)
    )


def counted_unit(reader: Reader, r: Reading) -> None:
    """Give a bare number the unit of what it counts (people, households, items ...) and its counted noun.

    A number with no counted noun stays bare: a level, not a count. So does a fractional number
    before a noun that counts nothing known ("averaged 7.3 points", "7.4 rpg"), and a number
    above one before a word in the singular ("6,000 rpm", "30 mpg", "a 4,000 mAh battery"): a
    figure in the word after it as written (``Reading.unit_word``), not so many things.
    """
    if not r.dimensionless:
        return
    tokens, change = reader.tokens, r.change
    if _year_modifier(tokens, r):
        return
    if change is None and partitive(reader, r):
        return
    if change is None and superlative_count(reader, r):
        return
    if people_level(reader, r):
        return
    if change is None and r.of_phrase is not None and tokens.lower(r.last) in _VAGUE_AMOUNTS:
        measure = unit_named(tokens[r.of_phrase[0]].word)
        if measure is not None:  # "hundreds of miles": a length, not so many things
            r.amount = with_unit(r.amount, units.unit(measure), reader.policy)
            return
        for k in range(r.of_phrase[0], r.of_phrase[1] + 1):  # "thousands of people": people, however many
            word = tokens[k].word
            plural = (
                k == r.of_phrase[0]
                and len(word) > MIN_UNIT_NAME
                and word.islower()
                and is_plural(word)
                and word not in _VAGUE_AMOUNTS  # "hundreds of thousands" counts no thousands
            )
            unit = counted_nouns.counted_unit(word) or ("item" if plural else None)
            if unit is not None:  # a known counted noun, or the plural noun right after "of": "dozens of flights"
                r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
                r.counted = _counted_name(tokens, k)
                return
        found = _vague_head(tokens, r.of_phrase[0], r.clause_end)
        if found is not None and found[1] is not None:  # "millions of additional acre feet": a volume
            r.amount = with_unit(r.amount, units.unit(found[1]), reader.policy)
            return
        if found is not None:  # "thousands of German paratroopers", "hundreds of small earthquakes"
            r.amount = with_unit(r.amount, units.unit(counted_nouns.counted_unit(found[0]) or "item"), reader.policy)
            r.counted = singular(found[0])
            return
    if change is not None and _compared_count(reader, r, change.index):
        return
    if (change is None or change.index < r.first) and named_count(reader, r):
        return
    if r.subject is None:
        return
    noun_unit, head = None, None
    if change is None and r.subject[0] == r.nxt and _hyphened_count(tokens, r):
        if tokens.lower(r.nxt) in STRENGTH_WORDS:  # "a 40,000-strong army": so many people
            r.amount = with_unit(r.amount, units.unit("person"), reader.policy)
            r.counted = "person"
            return
        head = r.nxt  # "the 55-member AU", "a 3-bedroom house": so many members, bedrooms
        noun_unit = _head_unit(tokens, head) or singular_counted_unit(tokens.lower(head)) or "item"
    elif change is None and r.subject[0] >= r.nxt:
        if tokens.lower(r.nxt) in _THING_RELATIVES and tokens.joined(r.last, r.nxt):
            return  # "rather than one that sits on the ground": a relative clause, nothing counted
        head = before_past(tokens, r, r.subject[0], r.subject[1])
        if not _noun_of(reader, r, head):
            return  # "-1,040" at a table row's end, "6.3 magnitude earthquake causing eleven deaths"
        noun_unit = _head_unit(tokens, head)
        measure = unit_named(tokens[r.subject[0]].word) if r.subject[0] > r.nxt else None
        if noun_unit is None and measure is not None:  # "1,000 or more kilograms": a mass, past its open end
            r.amount = with_unit(r.amount, units.unit(measure), reader.policy)
            return
        if noun_unit is None and r.figure.form is not Form.FRACTION:
            noun = plural_noun(tokens, r, head, r.subject[0]) if whole(r.amount) else None
            if noun is not None:
                # "two forgery detection machines": things, counted exactly; "one victim": a person
                noun_unit, head = singular_counted_unit(tokens.lower(noun)) or "item", noun
            else:
                r.unit_word = unit_word(tokens, r)  # "7.4 rpg", "0.5 WAR", "6,000 rpm": a unit of its own
    elif change is None:
        owned = tokens.lower(r.lead - 1) in _OWNER_CHANGE_VERBS  # "the Lib Dems lost 10": no Lib Dems counted
        head = None if owned else subject_head(tokens, r.subject)
        noun_unit = None if head is None else _head_unit(tokens, head) or number_of_things(tokens, r, head)
    elif change.index < r.first:
        after_noun = noun_phrase(tokens, r.nxt, r.clause_end)
        if after_noun is not None:
            head = after_noun[1]
            noun_unit = _head_unit(tokens, head)
            if noun_unit is None and _counts_things(tokens, r, after_noun):
                noun_unit, head = "item", after_noun[1]  # "gained 13 seats": things, counted exactly
        if noun_unit is None and tokens.lower(change.index) not in _OWNER_CHANGE_VERBS:
            head = subject_head(tokens, r.subject)
            noun_unit = None if head is None else _head_unit(tokens, head) or number_of_things(tokens, r, head)
    if noun_unit is not None and head is not None and not whole(r.amount) and _averaged(tokens, r):
        r.unit_word = tokens[head].word if head == r.nxt else None
        return  # "the average household has 2.4 people": a mean of counts, not so many whole people
    if noun_unit is None and head is not None and r.subject is not None and people_participle(tokens, head):
        r.amount = with_unit(r.amount, units.unit("person"), reader.policy)
        r.counted = "person"  # "the number of those infected ... is 1501"
        return
    if noun_unit is not None and head is not None:
        r.amount = with_unit(r.amount, units.unit(noun_unit), reader.policy)
        r.counted = _counted_name(tokens, head)


def _counted_name(tokens: WordIndex, k: int) -> str:
    """The counted noun of the noun at word ``k``: its singular, or ``person`` for kinds of people listed together.

    "1.5 million men, women and children", "300 women and children": a word of
    ``people_kind_nouns`` with another after a comma, "and" or "or" (no number between) counts
    people of every kind; "12 men and 3 women" keeps its men.
    """
    if tokens.lower(k) in _PEOPLE_KINDS and k + 1 < len(tokens):
        j, marks = k + 1, tokens.gap(k, k + 1).strip()
        if tokens.lower(j) in _LIST_JOINS and j + 1 < len(tokens):  # "women and children", "men, and boys"
            marks, j = marks + tokens.gap(j, j + 1).strip() + "&", j + 1
        if marks in _LIST_MARKS and tokens.lower(j) in _PEOPLE_KINDS:
            return "person"
    return singular(tokens[k].word)


def _compared_count(reader: Reader, r: Reading, comparative: int) -> bool:
    """Count the plural noun after a comparative right after the figure: "9,000 more seats", "40 fewer nurses".

    The change is in so many of that noun (a known counted noun, or ``item`` for a plural as
    :func:`_counts_things` takes it); "50 more" with no noun, "3 more years" and "£2bn more"
    are left alone.
    """
    tokens = reader.tokens
    if comparative != r.nxt or tokens.lower(comparative) not in COMPARATIVES:
        return False
    phrase = noun_phrase(tokens, comparative + 1, r.clause_end)
    if phrase is None or phrase[0] != comparative + 1 or not tokens.joined(comparative, comparative + 1):
        return False
    head = phrase[1]
    unit = _head_unit(tokens, head)
    if unit is None and _counts_things(tokens, r, phrase, first=comparative + 1):
        unit = "item"
    if unit is None or not whole(r.amount):
        return False
    r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
    r.counted = singular(tokens[head].word)
    return True


def _counts_things(tokens: WordIndex, r: Reading, phrase: tuple[int, int], *, first: int | None = None) -> bool:
    """True when a whole number above one after a change word counts the plural noun right after it.

    "gained 13 seats", "shut down 30 lumber mills"; not a unit of one word or two, or a time ("2
    full percentage points", "3 long years"), not "one night". ``first``: where the phrase must
    start, if not right after the figure.
    """
    start = r.nxt if first is None else first
    if not whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION or phrase[0] != start:
        return False
    if plural_noun(tokens, r, phrase[1], phrase[0]) != phrase[1]:
        return False
    word = tokens[phrase[1]].word
    named = unit_tables("en").units.get(tuple(tokens.words(phrase[1] - 1, phrase[1] + 1)))
    if word.lower() in _POINT_WORDS:
        return False  # "down by three points": points of a score or a level, read where they are
    return not time_unit(word.lower()) and unit_named(word) is None and named is None


def _hyphened_count(tokens: WordIndex, r: Reading) -> bool:
    """True for a whole number above one joined by a hyphen to a singular noun before another noun: "55-member AU".

    The noun is lower case, no unit or time ("a 30-minute walk", "a 100-metre race" are
    measures), no adjective by its ending (``adjective_endings``: "three-dimensional"), no
    fraction word ("three-quarter") and no word of a kind (``kind_compounds``: "two-digit
    numbers", "a two-way street"), and a word of the phrase follows it, or a comma and another
    hyphened number before the noun: "a new eight-room, two-story wing".
    """
    nxt = r.nxt
    if not whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION:
        return False
    if tokens.gap(r.last, nxt) != "-" or r.subject is None:
        return False
    if r.subject[1] <= nxt and not _hyphened_next(tokens, nxt):
        return False
    word = tokens[nxt].word
    if not (word.isalpha() and word.islower() and len(word) >= MIN_UNIT_NAME) or is_plural(word):
        return False
    if word.endswith(ADJECTIVE_ENDINGS) or word in _FRACTION_WORDS or word in _KIND_COMPOUNDS:
        return False  # "three-dimensional", "three-quarter", "a two-way street": no noun counted
    return not time_unit(word) and unit_named(word) is None and unit_tables("en").units.get((word,)) is None


def _hyphened_next(tokens: WordIndex, k: int) -> bool:
    """True when a comma after word ``k`` leads to another number, a hyphen and a word: ", two-story wing".

    The comma ends the figure's clause, so the words past it are read from the word index.
    """
    nxt = k + 1
    if nxt + 2 >= len(tokens) or tokens.gap(k, nxt).strip() != "," or tokens.gap(nxt, nxt + 1) != "-":
        return False
    number = tokens.lower(nxt)
    return (number.isdigit() or number in CARDINAL_WORDS) and tokens.joined(nxt + 1, nxt + 2)


def _head_unit(tokens: WordIndex, head: int) -> str | None:
    """The counted unit of the noun at word ``head``, read with the word before it where the two are a compound.

    "150 security forces" counts people (``counted_compounds``); "7 police forces" counts forces.
    """
    if head > 0 and tokens.joined(head - 1, head):
        unit = _COMPOUNDS.get((tokens.lower(head - 1), tokens.lower(head)))
        if unit is not None:
            return unit
    return counted_nouns.counted_unit(tokens[head].word)


def _vague_head(tokens: WordIndex, first: int, clause_end: int) -> tuple[str, str | None] | None:
    """The plural an approximate amount counts or measures, past the modifiers after its "of" (word ``first``).

    "German paratroopers", "nuclear weapons tests", "American and coalition service members": the
    first lower-case plural (with the plurals right after it, the last of them) within a few plain
    words, none a stop word (determiner, auxiliary, preposition ...) but "and" and "or" between
    modifiers (``vague_modifier_joiners``). Returned with the unit it names with the word before it
    ("additional acre feet", "astronomical units"); a unit alone after a modifier may be another
    ("cubic metres"), so it gives None, as does a length of time
    ("thousands of years"), money ("billions of extra dollars") or another approximate amount
    ("hundreds of thousands more"); the word right after "of" is the caller's.
    """
    end = min(first + _VAGUE_REACH, clause_end)
    for k in range(first, end):
        word, lower = tokens[k].word, tokens.lower(k)
        if not word.isalpha():
            return None
        if k > first and counted_plural(word):
            head = k
            while head + 1 < end and counted_plural(tokens[head + 1].word):
                head += 1  # a plural before a plural modifies it: "weapons tests"
            word, lower = tokens[head].word, tokens.lower(head)
            if lower in _VAGUE_AMOUNTS or lower in _CURRENCY_WORDS or time_unit(lower) is not None:
                return None
            named = unit_at(f"{tokens.lower(head - 1)}_{lower}")
            if named is None and unit_named(word) is not None:
                return None  # a unit after a word that may change it: "cubic metres", "extra miles"
            if named is not None and units.is_time(units.unit(named)):
                return None
            return word, named
        if lower in STOP and lower not in _VAGUE_JOINERS:
            return None
    return None


def _noun_of(reader: Reader, r: Reading, head: int) -> bool:
    """True when the noun at ``head``, after the figure, can say what the figure counts.

    Not across a line break (a table's next row), and for a figure with digits below one not
    past the word after the next: "2.5 people", but not "a 6.3 magnitude earthquake causing
    eleven deaths".
    """
    if "\n" in reader.text[r.end : reader.tokens[head].start]:
        return False
    return whole(r.amount) or head <= r.nxt + 1


def _averaged(tokens: WordIndex, r: Reading) -> bool:
    """True when the figure's clause, or a few words either side of it, says it is an average.

    "On average, classes held 28.5 pupils", "1.6 children each".
    """
    near = tokens.lowers[max(0, r.clause_first - _AVERAGE_REACH) : min(len(tokens), r.clause_end + _AVERAGE_REACH)]
    return not _AVERAGE_WORDS.isdisjoint(near)
