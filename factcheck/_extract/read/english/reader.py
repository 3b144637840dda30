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
from factcheck._extract.read.clause.changes import change_after, change_before, multiplier_word
from factcheck._extract.read.clause.levels import level_noun, level_verb, magnitude_like, magnitude_sentence
from factcheck._extract.read.clause.sources import source_of, trailing_source
from factcheck._extract.read.clause.subjects import subject_before
from factcheck._extract.read.clause.time_rates import rate_after, time_unit
from factcheck._extract.read.draft import Draft, with_unit
from factcheck._extract.read.english.count_heads import count_named_before, number_changed_to
from factcheck._extract.read.english.counts import counted_unit
from factcheck._extract.read.english.multipliers import (
    MULTIPLIER_STARTS,
    OCCASION,
    OCCASION_UNIT,
    RATIO_ADVERB_FOLLOWERS,
    RATIO_ADVERBS,
    TIMES_WORDS,
    adverb_occasions,
    hyphened_occasions,
    multiplier,
    occasion_word,
    occasions,
    ratio_subject,
    repeated,
    times_word,
)
from factcheck._extract.read.english.noun_senses import bodies_of_the_dead, cases_of_disease, lives_lost
from factcheck._extract.read.english.partitives import part_of_whole_before
from factcheck._extract.read.english.people import people_object
from factcheck._extract.read.english.places import opening_place, place
from factcheck._extract.read.english.rates import distributive, fronted_distributive
from factcheck._extract.read.english.subjects import subject, tidy
from factcheck._extract.read.english.words import EN, FROM, THE
from factcheck._extract.read.verbs import what_happened
from factcheck._extract.scan.english_words import COMPARATIVES, DOWN, TRANSITIVE, UP
from factcheck._extract.text.counted_nouns import is_plural

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Around, Reading
    from factcheck._extract.text.wordindex import WordIndex


__all__ = ["EnglishReader"]

_LOOKAHEAD: Final = 8
_OVER_WORDS: Final = EN.words("over_words")
_OVER_FILLERS: Final = EN.words("over_fillers")
_SINGLE_PERIOD: Final = EN.words("single_period_words")
_PERIOD_ENDS: Final = EN.words("duration_period_ends")
_POINTS: Final = (units.unit("index_point"), units.unit("percentage_point"))
"""The units of points, of an index or of a percentage: before them a verb of a level of money is a change."""


class EnglishReader:
    """The reader of English text (see the module docstring)."""

    from_words: Final = FROM
    to_words: Final = EN.words("to_words")
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
        if hyphened_occasions(tokens, r):  # "a two-time champion", "the 12-time winner"
            amount = with_unit(r.amount, units.unit(OCCASION_UNIT), reader.policy)
            draft = Draft(
                CountClaim, amount, r.figure.start, tokens[nxt].end, r.first, nxt, qualifier=r.figure.qualifier
            )
            draft.counted = OCCASION
            return draft
        if tokens.lower(nxt) not in TIMES_WORDS:
            return None
        per = rate_after(tokens, nxt + 1, r.clause_end)
        if per is not None and per[1] == nxt + 2:  # "3 times a year", "6 times per year": a frequency
            amount = with_unit(r.amount, units.dimensionless() / units.unit(per[0]), reader.policy)
            return Draft(
                RateClaim, amount, r.figure.start, tokens[per[1]].end, r.first, per[1], qualifier=r.figure.qualifier
            )
        if occasions(tokens, r, nxt + 1):
            amount = with_unit(r.amount, units.unit(OCCASION_UNIT), reader.policy)
            end, qualifier = tokens[nxt].end, r.figure.qualifier
            draft = Draft(CountClaim, amount, r.figure.start, end, r.first, nxt, qualifier=qualifier)
            draft.counted = OCCASION
            return draft
        draft = Draft(RatioClaim, r.amount, r.figure.start, tokens[nxt].end, r.first, nxt, qualifier=r.figure.qualifier)
        ratio_subject(reader, draft, nxt + 1, r.clause_end)
        return draft

    def read_change(self, reader: Reader, r: Reading) -> None:
        """A change verb, noun or comparative around the figure, what the figure measures and its counted unit."""
        tokens = reader.tokens
        after = change_after(tokens, r.nxt, r.clause_end)
        if after is not None and after.is_noun and _counts_events(tokens, r, after.index):
            after = None  # "The two cuts took the rate from 5.25% to 4.75%": how many changes, not how much
        points = r.amount.unit in _POINTS  # "the FTSE 100 lost 81.5 points": a fall, though "lost £3m" is a level
        r.change = change_before(tokens, r.lead, r.clause_first, points=points) or after
        subject(reader, r)
        counted_unit(reader, r)
        lives_lost(reader, r)
        cases_of_disease(reader, r)
        bodies_of_the_dead(reader, r)
        people_object(reader, r)
        part_of_whole_before(reader, r)
        count_named_before(reader, r)
        number_changed_to(reader, r)

    def rate(self, tokens: WordIndex, around: Around) -> tuple[str, int] | None:
        """A later "each quarter" or "every month" in the clause: "3,000 left the service each quarter"."""
        return distributive(tokens, around.after, around.clause_end, far=around.measured) or fronted_distributive(
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
        return tokens.lower(first - 1) in THE and tokens.lower(last + 1) in _PERIOD_ENDS

    def tidy(self, phrase: str) -> str:
        """A subject as written, with a sentence-initial determiner lower-cased."""
        return tidy(phrase)

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
        for i in itertools.compress(itertools.count(), map(MULTIPLIER_STARTS.__contains__, lowers)):
            lower = lowers[i]
            found = multiplier_word(lower)
            if found is not None:
                if not repeated(lowers, i):  # "doubled twice": four times, not one doubling
                    words.append(multiplier(reader, i, *found))
            elif lower in RATIO_ADVERBS and i + 1 < len(lowers) and lowers[i + 1] in RATIO_ADVERB_FOLLOWERS:
                words.append(times_word(reader, i, RATIO_ADVERBS[lower]))
            elif lower in RATIO_ADVERBS and adverb_occasions(reader, i):
                words.append(occasion_word(reader, i, RATIO_ADVERBS[lower]))  # "Finals MVP twice,"
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
            draft.place = place(draft, reader)
        opening_place(drafts, reader)

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


def _any_between(starts: list[int], low: int, high: int) -> bool:
    i = bisect.bisect_left(starts, low)
    return i < len(starts) and starts[i] < high
