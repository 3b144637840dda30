"""The generic reader: German, French and Spanish, configured by the language's lexicon.

:class:`GenericReader` is the :class:`~factcheck._extract.read.language.LanguageReader` of every
language but English. Its words are the language's tables (``read.generic.change_words``,
``read.generic.rates``, ``read.generic.counts``); it reads changes and their subjects, counted
nouns, rates and multiplier phrases with them. It has no rules for sources, places, verbs after
a count or periods named as durations: those stay unread. A language without tables of its own
reads only the count words factcheck writes, and takes the "from X to Y" and "over" words (and
English time words written in ASCII, "5-year") from its ``fallback``, the English reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import units
from factcheck._extract.read.draft import with_unit
from factcheck._extract.read.generic.changes import (
    Window,
    foreign_change,
    foreign_multipliers,
    language,
    points_word,
    subject_before_word,
    tidy_subject,
)
from factcheck._extract.read.generic.counts import counted_noun
from factcheck._extract.read.generic.rates import foreign_rate, one_period, rate_words
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import singular

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.read.language import LanguageReader
    from factcheck._extract.read.reading import Around, Reading
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["GenericReader"]


class GenericReader:
    """The reader of one language other than English (see the module docstring)."""

    def __init__(self, lang: str, *, fallback: LanguageReader) -> None:
        self.lang = lang
        self.changes = language(lang)
        self.rates = rate_words(lang)
        self.fallback = fallback
        if self.changes is None:
            self.from_words, self.to_words = fallback.from_words, fallback.to_words
        else:
            self.from_words, self.to_words = self.changes.from_words, self.changes.to_words
        self.over_words = fallback.over_words if self.rates is None else self.rates.over
        self.restating_words = frozenset[str]() if self.rates is None else self.rates.restating

    def time_unit(self, word: str) -> str | None:
        """An English time word written in ASCII ("5-year"), as copy in any language uses them."""
        return self.fallback.time_unit(word) if word.isascii() else None

    def times_ratio(self, reader: Reader, r: Reading) -> Draft | None:  # noqa: ARG002
        """None: "times" words are read in English only."""
        return None

    def read_change(self, reader: Reader, r: Reading) -> None:
        """A change and its subject, and "points" after one (``read.generic.changes``); then the counted noun."""
        self._change(reader, r)
        self._count(reader, r)

    def _change(self, reader: Reader, r: Reading) -> None:
        lang, money = self.changes, units.currency_code(r.amount.unit) is not None
        window = Window(r.lead, r.nxt, r.clause_first, r.clause_end)
        found = None if lang is None else foreign_change(reader.tokens, lang, window, money=money)
        if lang is None or found is None:
            return
        r.change, r.subject = found
        points = points_word(reader.tokens, lang, r.nxt, r.clause_end) if r.dimensionless else None
        if points is not None:  # "de 2 points", "um 2 Punkte"
            r.amount = with_unit(r.amount, units.unit("percentage_point"), reader.policy)
            r.end, r.last, r.nxt = reader.tokens[points].end, points, points + 1

    def _count(self, reader: Reader, r: Reading) -> None:
        """The noun after a bare count, its subject and unit (``read.generic.counts``)."""
        if not r.dimensionless or r.figure.form is Form.FRACTION:
            return
        found = counted_noun(reader.tokens, self.lang, r.end, r.clause_end)
        if found is not None:
            r.subject = r.subject if r.change is not None else (found.first, found.last)  # "5.294 Albaner"
            r.amount = with_unit(r.amount, units.unit(found.unit), reader.policy)
            noun = reader.tokens[found.noun].word  # a language without tables reads only factcheck's count words
            r.counted = singular(noun, self.lang) if self.changes is not None else noun.lower()

    def rate(self, tokens: WordIndex, around: Around) -> tuple[str, int] | None:
        """A per-phrase or rate word around the figure: "pro Jahr", "par mois", "cada mes"."""
        return None if self.rates is None else foreign_rate(tokens, self.rates, around)

    def level_verb(self, tokens: WordIndex, first: int, clause_start: int) -> int | None:  # noqa: ARG002
        """None: no verb of a level is read outside English."""
        return None

    def magnitude(self, tokens: WordIndex, amount: Amount, sentence: tuple[int, int]) -> bool:  # noqa: ARG002
        """No earthquake words in a language with no lexicon of its own."""
        return False

    def level_noun(self, tokens: WordIndex, first: int, clause_start: int) -> bool:  # noqa: ARG002
        """False: no noun of a level is read outside English."""
        return False

    def period_phrase(self, tokens: WordIndex, first: int, last: int) -> bool:  # noqa: ARG002
        """False: no duration is read as a period outside English."""
        return False

    def tidy(self, phrase: str) -> str:
        """The subject, its opening determiner lower-cased: "Die Zahl" -> "die Zahl"."""
        return tidy_subject(phrase)

    def happened(self, tokens: WordIndex, r: Reading) -> str | None:  # noqa: ARG002
        """None: what happened to a count is read in English only."""
        return None

    def multipliers(self, drafts: list[Draft], reader: Reader) -> list[Draft]:
        """``drafts`` with "hat sich verdoppelt", "a doublé", "se duplicó" as changes of their own."""
        foreign_multipliers(drafts, reader)
        return drafts

    def source(self, reader: Reader, first: int, stop: int, starts: list[int]) -> tuple[int, int] | None:  # noqa: ARG002
        """None: sources are read in English only."""
        return None

    def places(self, drafts: list[Draft], reader: Reader) -> None:
        """Nothing: places are read in English only."""

    def from_to_subject(self, reader: Reader, from_at: int) -> str | None:
        """The subject before the from-word: "Die Zahl fiel von", "le nombre est passé de"."""
        if self.changes is None:
            return self.fallback.from_to_subject(reader, from_at)
        tokens = reader.tokens
        clause_first, _ = reader.clause_words(tokens[from_at].start)
        found = subject_before_word(tokens, self.changes, from_at, clause_first)
        return None if found is None else tidy_subject(reader.phrase(*found))

    def one_period(self, tokens: WordIndex, j: int, limit: int) -> Amount | None:
        """One unit of time after an over-word: "ein Jahr", "l'année", "todo el año"."""
        if self.rates is None:
            return self.fallback.one_period(tokens, j, limit)
        return one_period(tokens, self.rates, j, limit)
