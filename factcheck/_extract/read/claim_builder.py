"""From a Figure in its sentence to a draft claim: which kind, which unit, what it measures.

Each figure is read with the few words around it; where languages differ, the reader asks the
language's :class:`~factcheck._extract.read.language.LanguageReader` (English: ``read.english``
with the rules of ``read.clause``; German, French, Spanish: ``read.generic``). The result is a
:class:`Draft`, a mutable record the relation step (``link.rules``) links with its neighbours
before it becomes an immutable Claim. Kinds, in order of precedence:

1. a change (a change verb before it, "a 95% drop", "3% higher"): relative in percent, in points
   for percentage points, absolute otherwise (its unit may be a rate: "cut by 100,000 a year");
2. a ratio ("three times as many"); 3. money (a currency); 4. a share (percent, or a fraction
   followed by "of": "nearly half of"); 5. a rate ("100,000 a year", "£20 per week"); 6. a
   duration (a time unit: "a two-day visit", "six months"); 7. a physical quantity; 8. a count:
   of people for people nouns ("5,294 Albanians"), of households, jobs, cases ... for those
   nouns, of ``item`` for any other noun ("12 sites"), dimensionless with no noun after it.

The :class:`Reader` holds what the steps share about one text (its words, layout, clauses by
position, table rows) and runs the steps in order; the families of rules it applies are
functions of the reader and the figure's :class:`~factcheck._extract.read.reading.Reading`, one
module each: ``read.labels`` (numbers that are no figures), ``read.bare_counts`` (what a bare
number counts), ``read.rates`` with ``read.rates_per_unit`` and ``read.rate_adjectives``, and
``read.kinds`` (the kind above).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import CountClaim, Direction, DurationClaim, Modality, RateClaim
from factcheck._decimal import ZERO
from factcheck._extract.read.ages import LIST_WORD_JOINS, Ages
from factcheck._extract.read.bare_counts import elided_count, model_count
from factcheck._extract.read.draft import Draft, with_unit
from factcheck._extract.read.figure_index import FigureIndex
from factcheck._extract.read.index_level import index_level, level_lead
from factcheck._extract.read.kinds import kind
from factcheck._extract.read.labels import is_label
from factcheck._extract.read.language import language_reader
from factcheck._extract.read.rates import rate
from factcheck._extract.read.rates_per_unit import money_or_measure
from factcheck._extract.read.reading import Reading
from factcheck._extract.scan.figure import Figure, Form
from factcheck._extract.text.tokens import HYPHENS
from factcheck._locale import language_of
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck._extract.read.language import LanguageReader
    from factcheck._extract.text.sentences import Layout
    from factcheck._extract.text.wordindex import WordIndex
    from factcheck._precision import PrecisionPolicy

__all__ = ["Reader"]


_EN: Final = lexicon("en")  # English words read in every language, as before: "of", "one in five"
_RATE_PREPOSITIONS: Final = _EN.words("rate_prepositions")  # "grow at -2.3% annually": a signed rate
_MODALITY_BEFORE: Final = {
    word: Modality(name) for name, words in _EN.mapping("modality_words").items() for word in words
}
"""A word before a figure in its clause -> the figure's modality: "is forecast to grow at 2%"."""
_MODALITY_AFTER: Final = {
    word: Modality(name) for name, words in _EN.mapping("modality_after_words").items() for word in words
}
"""A participle just after a figure -> its modality: "of which four are needed"."""
_MODALITY_BACK: Final = 12
"""How many words before a figure, within its clause, a word of modality is looked for."""
_MODALITY_REACH: Final = 3
"""How many words after a figure a participle of modality is looked for."""
_OF: Final = _EN.words("of_words")


_CELL: Final = re.compile(r"\t|\|(?<= \|)(?= )")
"""What joins the cells of a table row written as text (a row's label, then its figures): a tab or " | ".

The bar is matched alone, the spaces around it looked at from it: a search for a tab or a bar
skips through the text, where one for " | " stopped at every space (a third of the time).
"""


def _table_rows(text: str) -> tuple[list[int], list[int]]:
    """The ``(starts, ends)`` of the lines holding a cell mark, in order (an end is its new line or the text's end).

    One pass: each line is looked at once, from the first mark in it (a line's look-up by offset
    once sliced the line, which made a long line with many figures quadratic).
    """
    starts: list[int] = []
    ends: list[int] = []
    found = _CELL.search(text)
    while found is not None:
        start = text.rfind("\n", 0, found.start()) + 1
        end = text.find("\n", found.end())
        end = len(text) if end < 0 else end
        starts.append(start)
        ends.append(end)
        found = _CELL.search(text, end + 1) if end < len(text) else None
    return starts, ends


class Reader:
    """Reads figures of one text with its words and layout."""

    def __init__(self, text: str, tokens: WordIndex, layout: Layout, locale: str, policy: PrecisionPolicy) -> None:
        self.text = text
        self.tokens = tokens
        self.layout = layout
        self.locale = locale
        self.lang = language_of(locale)
        """The language of ``locale`` ("en" of "en_GB")."""
        self.lex = lexicon(self.lang)
        """The lexicon of that language: tables are looked up where they are read (the lexicon keeps each)."""
        self.language: LanguageReader = language_reader(self.lang)
        self.policy = policy
        self._table_rows: tuple[list[int], list[int]] | None = None
        """Starts and ends of the lines that are table rows, found on first need."""
        self._clause_words: dict[int, tuple[int, int]] = {}
        """:meth:`clause_words` by position: the rules ask again for the same figures' clauses."""
        self.figures = FigureIndex(tokens)
        """Where the scanner's figures stand (see :meth:`know_figures`)."""
        self.ages = Ages(tokens, self.lang, self.figures)
        self.period_durations: list[Draft] = []
        """Durations that name a period ("the three months to June"): the period is the text's
        (``text.periods``), the duration a claim of its own that the link rules do not see."""

    def know_figures(self, figures: Iterable[Figure]) -> None:
        """Note where the scanner's figures stand: a list of ages is read back over its members.

        "aged nine, ten and 49": each member is a figure, in digits or in words.
        """
        self.figures.add(figures)

    def clause_words(self, position: int) -> tuple[int, int]:
        """Indices of the first word of the clause holding ``position`` and one past its last."""
        found = self._clause_words.get(position)
        if found is None:
            start, end = self.layout.clause(position)
            found = self._clause_words[position] = (
                self.tokens.first_at_or_after(start),
                self.tokens.first_at_or_after(end),
            )
        return found

    def phrase(self, first: int, last: int) -> str:
        """The text from word ``first`` to word ``last``, as written."""
        return self.text[self.tokens[first].start : self.tokens[last].end]

    def read(self, figure: Figure) -> Draft | None:
        """The draft claim for ``figure``, or ``None`` for a number that is not a claim."""
        tokens = self.tokens
        first = tokens.first_at_or_after(figure.number_start)
        if first >= len(tokens) or is_label(self, figure, first):
            return None
        clause_first, clause_end = self.clause_words(figure.start)
        nxt = tokens.first_at_or_after(figure.end)
        r = Reading(
            figure=figure,
            amount=figure.amount,
            first=first,
            lead=min(first, tokens.first_at_or_after(figure.start)),
            last=nxt - 1,
            nxt=nxt,
            end=figure.end,
            clause_first=clause_first,
            clause_end=clause_end,
        )
        times = self._unit_word(r)
        if times is not None:
            return times
        self._suspended_unit(r)
        people = self.ages.counted_before(r)  # "two aged fourteen"
        if people is not None:
            r.counted = people[0]
            r.amount = with_unit(r.amount, units.unit(people[1]), self.policy)
        age = people is None and self.ages.is_age(r)
        if age:
            r.amount = with_unit(r.amount, units.unit("year"), self.policy)
        self.language.read_change(self, r)
        if people is not None and r.subject is not None and r.subject[0] >= r.nxt:
            r.subject = None  # "two aged fourteen": the age is no subject of the count
        elided_count(self, r)
        model_count(self, r)
        self._index_level(r)
        if r.change is not None and r.amount.value < ZERO:
            if self.text[figure.start] == "(":  # "(Increase) in receivables | (2,441)": accounts' sign, the row's word
                r.amount = -r.amount
            elif self._signed_rate(r):
                r.change, r.signed_rate = None, True  # "grow at -2.3% annually": the rate it goes at, with its sign
            else:
                r.amount, r.signed_down = -r.amount, True  # "fell -2.7%": a fall of 2.7%
        rate(self, r)
        cls, whole = kind(self, r)
        draft = Draft(cls, r.amount, figure.start, r.end, r.first, r.last, qualifier=figure.qualifier, whole=whole)
        if cls is DurationClaim and self.language.period_phrase(tokens, r.first, r.last):
            self.period_durations.append(draft)  # "the three months to June": a period, and a duration as written
            return None
        counted = r.counted
        if counted is not None:  # "yea": vote, "aye": vote
            counted = self.lex.string_map("counted_noun_aliases", optional=True).get(counted, counted)
        draft.counted, draft.unit_word, draft.per, draft.age = counted, r.unit_word, r.per, age
        if cls is CountClaim and r.dimensionless and r.change is None:  # a bare number: is it a level?
            draft.completes_level = self.language.level_verb(
                tokens, r.lead, r.clause_first
            ) is not None or self.language.level_noun(tokens, r.lead, r.clause_first)
            if not draft.completes_level and r.amount.exponent is not None and r.amount.exponent < 0:
                start, end = self.layout.sentence(figure.start)  # "the 5.0 earthquake", "USGS reported 5.8"
                sentence = (tokens.first_at_or_after(start), tokens.first_at_or_after(end))
                draft.completes_level = self.language.magnitude(tokens, r.amount, sentence)
        if cls is RateClaim:
            draft.per_last = r.per_last
        if r.subject is not None:
            draft.subject = self.language.tidy(self.phrase(*r.subject))
            if r.subject[0] > r.last:
                draft.subject_after = draft.subject  # "48008 Bilbao": words after a bare number name no level
            if cls in (CountClaim, RateClaim) and r.change is None:
                happened = self.language.happened(tokens, r)  # "600 people died"
                if happened:
                    draft.noun = draft.subject
                    draft.subject += f" {happened}"  # "Albanians returned", "people hurt"
        if r.change is not None:
            draft.direction = Direction.DOWN if r.signed_down else r.change.direction
            draft.verb = r.change.index
        if self.in_table_row(figure.start):
            draft.subject = draft.noun = None  # a cell: what it measures is its row and column, not words
        draft.modality = self.modality(r.first, r.nxt, r.clause_first, r.clause_end)
        return draft

    def _signed_rate(self, r: Reading) -> bool:
        """True when a ``rate_prepositions`` word stands right before a signed figure, after its change verb.

        "grow at -2.3% annually" is a growth rate written with its sign; "fell -2.7%", "fell by -£3m"
        and "rose at least -1%" have no such word right before the figure and stay falls.
        """
        change, before = r.change, r.lead - 1
        return (
            change is not None
            and not change.is_noun
            and change.index < before
            and self.tokens.lower(before) in _RATE_PREPOSITIONS
        )

    def modality(self, first: int, nxt: int, clause_first: int, clause_end: int) -> Modality:
        """The modality of a figure at words ``first`` to ``nxt`` (one past its last) in its clause.

        The nearest modality word before it in its clause, else a participle after it. A figure
        made of a word ("will be doubled") is read the same way as one in digits.
        """
        tokens = self.tokens
        for word in reversed(tokens.words(max(clause_first, first - _MODALITY_BACK), first)):
            if word in _MODALITY_BEFORE:
                return _MODALITY_BEFORE[word]  # "forecast to grow at 2%", "could increase GDP by 0.1%"
        for word in tokens.words(nxt, min(nxt + _MODALITY_REACH, clause_end)):
            if word in _MODALITY_AFTER:
                return _MODALITY_AFTER[word]  # "of which four are needed"
        return Modality.OUTTURN

    def in_table_row(self, at: int) -> bool:
        """True when the line holding offset ``at`` is a table row: cells joined by " | " or tabs."""
        if self._table_rows is None:
            self._table_rows = _table_rows(self.text)
        starts, ends = self._table_rows
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and at <= ends[i]

    def _unit_word(self, r: Reading) -> Draft | None:
        """Take a unit word straight after a bare number ("two-day", "six months"); "three times" is a ratio."""
        tokens, nxt = self.tokens, r.nxt
        if not (r.dimensionless and 0 < nxt < r.clause_end and tokens.joined(nxt - 1, nxt)):
            return None
        counted_units = self.lex.mapping("counted_time_units", optional=True)  # "14 consecutive quarters"
        t_unit = self.language.time_unit(tokens.lower(nxt))
        if t_unit is None and r.figure.form is Form.DIGITS and tokens.lower(nxt + 1) not in _OF:
            t_unit = counted_units.get(tokens.lower(nxt))  # "4 quarters", not "three quarters" or "4 quarters of"
        if (
            t_unit is None
            and nxt + 1 < r.clause_end
            and tokens.lower(nxt) in self.lex.words("duration_adjectives", optional=True)  # "4 consecutive years"
            and tokens.joined(nxt, nxt + 1)
        ):
            after = tokens.lower(nxt + 1)
            t_unit = self.language.time_unit(after) or counted_units.get(after)  # "4 consecutive years", "quarters"
            nxt = nxt if t_unit is None else nxt + 1
        if t_unit is not None and r.figure.form is not Form.FRACTION:
            r.amount = with_unit(r.amount, units.unit(t_unit), self.policy)
            r.end, r.last, r.nxt = tokens[nxt].end, nxt, nxt + 1
            return None
        return self.language.times_ratio(self, r)  # "three times as many"

    def _index_level(self, r: Reading) -> None:
        """A bare number in digits, the level of an index named before it, is in index points (``read.index_level``)."""
        if not (r.dimensionless and r.unit_word is None and r.figure.form is Form.DIGITS):
            return
        look_from = r.clause_first
        if r.clause_first > 0 and level_lead(self.tokens, r.lead, r.clause_first) == r.clause_first:
            gap = self.tokens.gap(r.clause_first - 1, r.clause_first).strip()
            if gap.endswith(","):  # "the Nasdaq rose 1.2%, to 8,500": the lead opens a clause cut at a comma
                look_from = self.clause_words(self.tokens[r.clause_first - 1].start)[0]
        if index_level(self.tokens, r.lead, look_from):
            r.amount = with_unit(r.amount, units.unit("index_point"), self.policy)

    def _suspended_unit(self, r: Reading) -> None:
        """A bare number with a suspended hyphen takes the unit of the next: "3- and 4-year-olds", "10- to 15-minute".

        The next figure must join its unit by a hyphen too ("4-year"), so a hyphen before "and"
        alone ("pages 3- and 4") reads nothing.
        """
        tokens, nxt = self.tokens, r.nxt
        if not r.dimensionless or r.figure.form is Form.FRACTION or nxt + 1 >= r.clause_end:
            return
        gap = tokens.gap(r.last, nxt)
        if gap[:1] not in HYPHENS or gap[1:].strip() or tokens.lower(nxt) not in LIST_WORD_JOINS:
            return
        later = self.figures.starting_at(nxt + 1)
        if later is None or later.amount.unit == units.dimensionless() or not money_or_measure(later.amount.unit)[1]:
            return
        unit_gap = self.text[later.number_end : later.end]
        if unit_gap[:1] in HYPHENS:
            r.amount = with_unit(r.amount, later.amount.unit, self.policy)
