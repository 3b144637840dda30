"""The English reader: what English sentences say around a figure, read with the rules of ``read.clause``.

:class:`EnglishReader` is the :class:`~factcheck._extract.read.language.LanguageReader` of English:
changes ("rose 10%", "a 95% drop"), the subject of a figure and the unit of what it counts,
rates away from the figure ("... each quarter"), multiplier words ("doubled", "twice as many"),
sources ("according to the ONS") and places ("in Albania", "In Wales, ..."). The words are in
``lexicons/en/clauses.json`` (see ``scan.english_words``).
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import CountClaim, RateClaim, RatioClaim
from factcheck._extract.read.clause import (
    change_after,
    change_before,
    level_noun,
    level_verb,
    magnitude_like,
    magnitude_sentence,
    multiplier_word,
    noun_phrase,
    rate_after,
    source_of,
    subject_before,
    subject_head,
    time_unit,
    trailing_source,
)
from factcheck._extract.read.draft import Draft, with_unit
from factcheck._extract.read.english.count_heads import (
    _count_named_before,
    _number_changed_to,
    _number_of_things,
    _superlative_count,
)
from factcheck._extract.read.english.multipliers import (
    _MULTIPLIER_STARTS,
    _OCCASION,
    _OCCASION_UNIT,
    _RATIO_ADVERB_FOLLOWERS,
    _RATIO_ADVERBS,
    _TIMES_WORDS,
    _adverb_occasions,
    _hyphened_occasions,
    _multiplier,
    _occasion_word,
    _occasions,
    _ratio_subject,
    _repeated,
    _times_word,
)
from factcheck._extract.read.english.named_counts import _named_count
from factcheck._extract.read.english.noun_senses import _bodies_of_the_dead, _cases_of_disease, _lives_lost
from factcheck._extract.read.english.partitives import _part_of_whole_before, _partitive
from factcheck._extract.read.english.people import _people_level, _people_object, _people_participle
from factcheck._extract.read.english.places import _opening_place, _place
from factcheck._extract.read.english.plural_nouns import _before_past, _plural_noun
from factcheck._extract.read.english.rates import _distributive, _fronted_distributive
from factcheck._extract.read.english.subjects import _subject, _tidy
from factcheck._extract.read.english.unit_words import _unit_word
from factcheck._extract.read.english.words import (
    _ADJECTIVE_ENDINGS,
    _EN,
    _FROM,
    _MIN_UNIT_NAME,
    _STRENGTH_WORDS,
    _THE,
    _counted_plural,
    _unit_named,
    _whole,
)
from factcheck._extract.read.verbs import what_happened
from factcheck._extract.scan.english.cardinals import CARDINAL_WORDS
from factcheck._extract.scan.english_words import COMPARATIVES, DOWN, STOP, TRANSITIVE, UP
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_forms, unit_tables
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular, singular_counted_unit
from factcheck._extract.text.numerals import year_like

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Around, Reading
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["EnglishReader"]

_LOOKAHEAD: Final = 8
_AVERAGE_REACH: Final = 4  # words either side of a clause where "On average," stands

_THING_RELATIVES: Final = _EN.words("thing_relatives")  # "one that sits": no noun after the number
_YEAR_MODIFIER_LEADS: Final = _EN.words("year_modifier_leads")  # "the 2020 population": a year
_AVERAGE_WORDS: Final = _EN.words("average_words")
_OVER_WORDS: Final = _EN.words("over_words")
_OVER_FILLERS: Final = _EN.words("over_fillers")
_SINGLE_PERIOD: Final = _EN.words("single_period_words")
_PERIOD_ENDS: Final = _EN.words("duration_period_ends")
_VAGUE_JOINERS: Final = _EN.words("vague_modifier_joiners")  # "hundreds of American and coalition troops"
_VAGUE_REACH: Final = 5
"""Words after an approximate amount's "of" searched for its plural: "of American and coalition service members"."""
_CURRENCY_WORDS: Final = frozenset(unit_forms(_EN.mapping("currency_names")))  # "billions of extra dollars": money
_PEOPLE_KINDS: Final = _EN.words("people_kind_nouns")  # "men, women and children": people
_LIST_JOINS: Final = frozenset({"and", "or"})
_LIST_MARKS: Final = frozenset({",", "&", ",&"})  # what may stand between two listed nouns ("&": a join word)
_VAGUE_AMOUNTS: Final = frozenset(_EN.mapping("vague_amounts"))
"""Words of an approximate amount ("thousands"): counted by the noun after "of"."""
_KIND_COMPOUNDS: Final = _EN.words("kind_compounds")  # "two-digit numbers", "a two-way street"
_FRACTION_WORDS: Final = frozenset(_EN.mapping("simple_fractions"))  # "three-quarter turns"
_POINT_WORDS: Final = _EN.words("percentage_points_in_context")  # "points"
_POINTS: Final = (units.unit("index_point"), units.unit("percentage_point"))
"""The units of points, of an index or of a percentage: before them a verb of a level of money is a change."""
_OWNER_CHANGE_VERBS: Final = _EN.words("owner_change_verbs")  # "the Lib Dems lost 10": 10 of what they own
_COMPOUNDS: Final[Mapping[tuple[str, ...], str]] = {
    tuple(phrase.split()): unit for unit, phrases in _EN.mapping("counted_compounds").items() for phrase in phrases
}
"""Two-word nouns that count in a unit of their own, as word pairs: ("security", "forces") counts people."""


class EnglishReader:
    """The reader of English text (see the module docstring)."""

    from_words: Final = _FROM
    to_words: Final = _EN.words("to_words")
    over_words: Final = _OVER_WORDS
    restating_words: Final = frozenset[str]()

    def time_unit(self, word: str) -> str | None:
        """The time unit a word names ("days" is day), or ``None``."""
        return time_unit(word)

    def times_ratio(self, reader: Reader, r: Reading) -> Draft | None:
        """A ratio ending at a times word: "three times as many patients"; occasions without a comparison.

        A whole N before the end of its clause or a word of ``times_occasion_followers`` ("an NBA
        champion five times,", "met 11 times since 2019") counts occasions: a count of ``time``.
        Anything else keeps it a multiple ("five times as many", "1.7 times Earth's radius").
        """
        tokens, nxt = reader.tokens, r.nxt
        if _hyphened_occasions(tokens, r):  # "a two-time champion", "the 12-time winner"
            amount = with_unit(r.amount, units.unit(_OCCASION_UNIT), reader.policy)
            draft = Draft(
                CountClaim, amount, r.figure.start, tokens[nxt].end, r.first, nxt, qualifier=r.figure.qualifier
            )
            draft.counted = _OCCASION
            return draft
        if tokens.lower(nxt) not in _TIMES_WORDS:
            return None
        per = rate_after(tokens, nxt + 1, r.clause_end)
        if per is not None and per[1] == nxt + 2:  # "3 times a year", "6 times per year": a frequency
            amount = with_unit(r.amount, units.dimensionless() / units.unit(per[0]), reader.policy)
            return Draft(
                RateClaim, amount, r.figure.start, tokens[per[1]].end, r.first, per[1], qualifier=r.figure.qualifier
            )
        if _occasions(tokens, r, nxt + 1):
            amount = with_unit(r.amount, units.unit(_OCCASION_UNIT), reader.policy)
            end, qualifier = tokens[nxt].end, r.figure.qualifier
            draft = Draft(CountClaim, amount, r.figure.start, end, r.first, nxt, qualifier=qualifier)
            draft.counted = _OCCASION
            return draft
        draft = Draft(RatioClaim, r.amount, r.figure.start, tokens[nxt].end, r.first, nxt, qualifier=r.figure.qualifier)
        _ratio_subject(reader, draft, nxt + 1, r.clause_end)
        return draft

    def read_change(self, reader: Reader, r: Reading) -> None:
        """A change verb, noun or comparative around the figure, what the figure measures and its counted unit."""
        tokens = reader.tokens
        after = change_after(tokens, r.nxt, r.clause_end)
        if after is not None and after.is_noun and _counts_events(tokens, r, after.index):
            after = None  # "The two cuts took the rate from 5.25% to 4.75%": how many changes, not how much
        points = r.amount.unit in _POINTS  # "the FTSE 100 lost 81.5 points": a fall, though "lost £3m" is a level
        r.change = change_before(tokens, r.lead, r.clause_first, points=points) or after
        _subject(reader, r)
        _counted_unit(reader, r)
        _lives_lost(reader, r)
        _cases_of_disease(reader, r)
        _bodies_of_the_dead(reader, r)
        _people_object(reader, r)
        _part_of_whole_before(reader, r)
        _count_named_before(reader, r)
        _number_changed_to(reader, r)

    def rate(self, tokens: WordIndex, around: Around) -> tuple[str, int] | None:
        """A later "each quarter" or "every month" in the clause: "3,000 left the service each quarter"."""
        return _distributive(tokens, around.after, around.clause_end, far=around.measured) or _fronted_distributive(
            tokens, around.lead
        )

    def level_verb(self, tokens: WordIndex, first: int, clause_start: int) -> int | None:
        """The verb a level figure completes: "was £2bn", "fell to 390", "stood at 4%"."""
        return level_verb(tokens, first, clause_start)

    def level_noun(self, tokens: WordIndex, first: int, clause_start: int) -> bool:
        """True right after a noun naming a level: "magnitude 6.9"."""
        return level_noun(tokens, first, clause_start)

    def magnitude(self, tokens: WordIndex, amount: Amount, sentence: tuple[int, int]) -> bool:
        """A decimal from 1 to 10 in a sentence about an earthquake: "the 5.0 earthquake", "since the 4.7"."""
        return magnitude_like(amount) and magnitude_sentence(tokens, *sentence)

    def period_phrase(self, tokens: WordIndex, first: int, last: int) -> bool:
        """True for "the three months to June" or "the 12 months ending March": a period, not a duration."""
        return tokens.lower(first - 1) in _THE and tokens.lower(last + 1) in _PERIOD_ENDS

    def tidy(self, phrase: str) -> str:
        """A subject as written, with a sentence-initial determiner lower-cased."""
        return _tidy(phrase)

    def happened(self, tokens: WordIndex, r: Reading) -> str | None:
        """What happened to a one-word subject right after the figure: "600 people died" (``read.verbs``)."""
        if r.subject is None or not r.nxt <= r.subject[0] == r.subject[1]:
            return None
        return what_happened(tokens, r.subject[1], r.clause_end, rate=r.rate)

    def multipliers(self, drafts: list[Draft], reader: Reader) -> list[Draft]:
        """``drafts`` with "doubled", "halved" and "twice as many" as drafts of their own, where no figure is."""
        words = []
        lowers = reader.tokens.lowers
        # only the words that may start one: a C-level filter, not a Python test per word
        for i in itertools.compress(itertools.count(), map(_MULTIPLIER_STARTS.__contains__, lowers)):
            lower = lowers[i]
            found = multiplier_word(lower)
            if found is not None:
                if not _repeated(lowers, i):  # "doubled twice": four times, not one doubling
                    words.append(_multiplier(reader, i, *found))
            elif lower in _RATIO_ADVERBS and i + 1 < len(lowers) and lowers[i + 1] in _RATIO_ADVERB_FOLLOWERS:
                words.append(_times_word(reader, i, _RATIO_ADVERBS[lower]))
            elif lower in _RATIO_ADVERBS and _adverb_occasions(reader, i):
                words.append(_occasion_word(reader, i, _RATIO_ADVERBS[lower]))  # "Finals MVP twice,"
        if not words:
            return drafts
        ends = [d.end for d in drafts]
        kept = []
        for word in words:
            k = bisect.bisect_right(ends, word.start)  # the first draft ending after the word starts
            if k < len(drafts) and drafts[k].start < word.end:
                continue  # the scanner already read it as a figure
            kept.append(word)
        return sorted([*drafts, *kept], key=lambda d: d.start)

    def source(self, reader: Reader, first: int, stop: int, starts: list[int]) -> tuple[int, int] | None:
        """The attribution opening the sentence ("according to X") or closing it ("..., the Treasury estimates.")."""
        if first >= stop:
            return None
        tokens = reader.tokens
        found = source_of(tokens, first, stop - 1)
        if found is not None and _any_between(starts, tokens[found[0]].start, tokens[found[1]].end):
            found = None  # "Nearly half of voters said": the figure's own phrase, not a source
        if found is None:
            last_clause, _ = reader.clause_words(tokens[stop - 1].start)
            found = trailing_source(tokens, max(first, last_clause), stop - 1)
        return found

    def places(self, drafts: list[Draft], reader: Reader) -> None:
        """A place after "in", "across" or "throughout" in the clause; else an opening "In Wales," of the sentence."""
        for draft in drafts:
            draft.place = _place(draft, reader)
        _opening_place(drafts, reader)

    def from_to_subject(self, reader: Reader, from_at: int) -> str | None:
        """The subject of the verb before "from", or the object of "cut ... from"."""
        tokens = reader.tokens
        clause_first, _ = reader.clause_words(tokens[from_at].start)
        for j in range(from_at - 1, max(clause_first, from_at - _LOOKAHEAD) - 1, -1):
            if tokens.lower(j) in TRANSITIVE and j + 1 < from_at:
                return reader.phrase(j + 1, from_at - 1)  # "cut the aid budget from 0.7% to 0.5%"
            if tokens.lower(j) in UP or tokens.lower(j) in DOWN:
                break
        verb = from_at - 1
        span = subject_before(tokens, verb, clause_first) if verb >= clause_first else None
        return None if span is None else reader.phrase(*span)

    def one_period(self, tokens: WordIndex, j: int, limit: int) -> Amount | None:
        """One unit of time ("a year", "the whole decade") from word ``j``, or ``None``."""
        start = j
        while j < limit and tokens.lower(j) in _OVER_FILLERS:
            j += 1
        unit = time_unit(tokens.lower(j)) if j < limit else None
        if unit is not None and j > start and tokens.lower(j - 1) in _SINGLE_PERIOD:
            return Amount.exact(1, unit)
        return None


def _counts_events(tokens: WordIndex, r: Reading, noun: int) -> bool:
    """True when a bare whole number counts the plural change noun after it: "two cuts", "14 rises".

    One counts the noun in the singular: "eight wins and one loss" (not a comparative: "one more
    case" is a change). Not a figure with a unit ("£2bn cuts", "5% rises"), nor a larger number
    before the singular ("a 107 million loss"): that is the size of the change.
    """
    amount = r.amount
    return (
        amount.unit == units.dimensionless()
        and amount.value == amount.value.to_integral_value()
        and (is_plural(tokens[noun].word) or (amount.value == 1 and tokens.lower(noun) not in COMPARATIVES))
    )


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


def _counted_unit(reader: Reader, r: Reading) -> None:
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
    if change is None and _partitive(reader, r):
        return
    if change is None and _superlative_count(reader, r):
        return
    if _people_level(reader, r):
        return
    if change is None and r.of_phrase is not None and tokens.lower(r.last) in _VAGUE_AMOUNTS:
        measure = _unit_named(tokens[r.of_phrase[0]].word)
        if measure is not None:  # "hundreds of miles": a length, not so many things
            r.amount = with_unit(r.amount, units.unit(measure), reader.policy)
            return
        for k in range(r.of_phrase[0], r.of_phrase[1] + 1):  # "thousands of people": people, however many
            word = tokens[k].word
            plural = (
                k == r.of_phrase[0]
                and len(word) > _MIN_UNIT_NAME
                and word.islower()
                and is_plural(word)
                and word not in _VAGUE_AMOUNTS  # "hundreds of thousands" counts no thousands
            )
            unit = counted_unit(word) or ("item" if plural else None)
            if unit is not None:  # a known counted noun, or the plural noun right after "of": "dozens of flights"
                r.amount = with_unit(r.amount, units.unit(unit), reader.policy)
                r.counted = _counted_name(tokens, k)
                return
        found = _vague_head(tokens, r.of_phrase[0], r.clause_end)
        if found is not None and found[1] is not None:  # "millions of additional acre feet": a volume
            r.amount = with_unit(r.amount, units.unit(found[1]), reader.policy)
            return
        if found is not None:  # "thousands of German paratroopers", "hundreds of small earthquakes"
            r.amount = with_unit(r.amount, units.unit(counted_unit(found[0]) or "item"), reader.policy)
            r.counted = singular(found[0])
            return
    if change is not None and _compared_count(reader, r, change.index):
        return
    if (change is None or change.index < r.first) and _named_count(reader, r):
        return
    if r.subject is None:
        return
    noun_unit, head = None, None
    if change is None and r.subject[0] == r.nxt and _hyphened_count(tokens, r):
        if tokens.lower(r.nxt) in _STRENGTH_WORDS:  # "a 40,000-strong army": so many people
            r.amount = with_unit(r.amount, units.unit("person"), reader.policy)
            r.counted = "person"
            return
        head = r.nxt  # "the 55-member AU", "a 3-bedroom house": so many members, bedrooms
        noun_unit = _head_unit(tokens, head) or singular_counted_unit(tokens.lower(head)) or "item"
    elif change is None and r.subject[0] >= r.nxt:
        if tokens.lower(r.nxt) in _THING_RELATIVES and tokens.joined(r.last, r.nxt):
            return  # "rather than one that sits on the ground": a relative clause, nothing counted
        head = _before_past(tokens, r, r.subject[0], r.subject[1])
        if not _noun_of(reader, r, head):
            return  # "-1,040" at a table row's end, "6.3 magnitude earthquake causing eleven deaths"
        noun_unit = _head_unit(tokens, head)
        measure = _unit_named(tokens[r.subject[0]].word) if r.subject[0] > r.nxt else None
        if noun_unit is None and measure is not None:  # "1,000 or more kilograms": a mass, past its open end
            r.amount = with_unit(r.amount, units.unit(measure), reader.policy)
            return
        if noun_unit is None and r.figure.form is not Form.FRACTION:
            noun = _plural_noun(tokens, r, head, r.subject[0]) if _whole(r.amount) else None
            if noun is not None:
                # "two forgery detection machines": things, counted exactly; "one victim": a person
                noun_unit, head = singular_counted_unit(tokens.lower(noun)) or "item", noun
            else:
                r.unit_word = _unit_word(tokens, r)  # "7.4 rpg", "0.5 WAR", "6,000 rpm": a unit of its own
    elif change is None:
        owned = tokens.lower(r.lead - 1) in _OWNER_CHANGE_VERBS  # "the Lib Dems lost 10": no Lib Dems counted
        head = None if owned else subject_head(tokens, r.subject)
        noun_unit = None if head is None else _head_unit(tokens, head) or _number_of_things(tokens, r, head)
    elif change.index < r.first:
        after_noun = noun_phrase(tokens, r.nxt, r.clause_end)
        if after_noun is not None:
            head = after_noun[1]
            noun_unit = _head_unit(tokens, head)
            if noun_unit is None and _counts_things(tokens, r, after_noun):
                noun_unit, head = "item", after_noun[1]  # "gained 13 seats": things, counted exactly
        if noun_unit is None and tokens.lower(change.index) not in _OWNER_CHANGE_VERBS:
            head = subject_head(tokens, r.subject)
            noun_unit = None if head is None else _head_unit(tokens, head) or _number_of_things(tokens, r, head)
    if noun_unit is not None and head is not None and not _whole(r.amount) and _averaged(tokens, r):
        r.unit_word = tokens[head].word if head == r.nxt else None
        return  # "the average household has 2.4 people": a mean of counts, not so many whole people
    if noun_unit is None and head is not None and r.subject is not None and _people_participle(tokens, head):
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
    if unit is None or not _whole(r.amount):
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
    if not _whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION or phrase[0] != start:
        return False
    if _plural_noun(tokens, r, phrase[1], phrase[0]) != phrase[1]:
        return False
    word = tokens[phrase[1]].word
    named = unit_tables("en").units.get(tuple(tokens.words(phrase[1] - 1, phrase[1] + 1)))
    if word.lower() in _POINT_WORDS:
        return False  # "down by three points": points of a score or a level, read where they are
    return not time_unit(word.lower()) and _unit_named(word) is None and named is None


def _hyphened_count(tokens: WordIndex, r: Reading) -> bool:
    """True for a whole number above one joined by a hyphen to a singular noun before another noun: "55-member AU".

    The noun is lower case, no unit or time ("a 30-minute walk", "a 100-metre race" are
    measures), no adjective by its ending (``adjective_endings``: "three-dimensional"), no
    fraction word ("three-quarter") and no word of a kind (``kind_compounds``: "two-digit
    numbers", "a two-way street"), and a word of the phrase follows it, or a comma and another
    hyphened number before the noun: "a new eight-room, two-story wing".
    """
    nxt = r.nxt
    if not _whole(r.amount) or r.amount.value <= 1 or r.figure.form is Form.FRACTION:
        return False
    if tokens.gap(r.last, nxt) != "-" or r.subject is None:
        return False
    if r.subject[1] <= nxt and not _hyphened_next(tokens, nxt):
        return False
    word = tokens[nxt].word
    if not (word.isalpha() and word.islower() and len(word) >= _MIN_UNIT_NAME) or is_plural(word):
        return False
    if word.endswith(_ADJECTIVE_ENDINGS) or word in _FRACTION_WORDS or word in _KIND_COMPOUNDS:
        return False  # "three-dimensional", "three-quarter", "a two-way street": no noun counted
    return not time_unit(word) and _unit_named(word) is None and unit_tables("en").units.get((word,)) is None


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
    return counted_unit(tokens[head].word)


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
        if k > first and _counted_plural(word):
            head = k
            while head + 1 < end and _counted_plural(tokens[head + 1].word):
                head += 1  # a plural before a plural modifies it: "weapons tests"
            word, lower = tokens[head].word, tokens.lower(head)
            if lower in _VAGUE_AMOUNTS or lower in _CURRENCY_WORDS or time_unit(lower) is not None:
                return None
            named = unit_at(f"{tokens.lower(head - 1)}_{lower}")
            if named is None and _unit_named(word) is not None:
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
    return _whole(r.amount) or head <= r.nxt + 1


def _averaged(tokens: WordIndex, r: Reading) -> bool:
    """True when the figure's clause, or a few words either side of it, says it is an average.

    "On average, classes held 28.5 pupils", "1.6 children each".
    """
    near = tokens.lowers[max(0, r.clause_first - _AVERAGE_REACH) : min(len(tokens), r.clause_end + _AVERAGE_REACH)]
    return not _AVERAGE_WORDS.isdisjoint(near)


def _any_between(starts: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(starts, low)
    return i < len(starts) and starts[i] < high
