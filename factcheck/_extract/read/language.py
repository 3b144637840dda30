"""Language behaviour of the readers, behind one protocol: what English and the generic reader do differently.

The shared reader (``read.claim_builder.Reader``) and the link rules (``link.rules``) ask the
:class:`LanguageReader` of the text's language wherever languages differ, instead of branching
on the language: :class:`~factcheck._extract.read.english.reader.EnglishReader` for English,
:class:`~factcheck._extract.read.generic.reader.GenericReader` configured by the language's
lexicon for German, French and Spanish. A language with no word tables of its own is read by the
generic reader without them; it borrows the English "from X to Y" and "over a year" words.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Protocol

from factcheck._extract.read.english.reader import EnglishReader
from factcheck._extract.read.generic.reader import GenericReader

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.read.reading import Around, Reading
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["LanguageReader", "language_reader"]


class LanguageReader(Protocol):
    """What one language reads around a figure, and the words its figures are linked by."""

    @property
    def from_words(self) -> frozenset[str]:
        """The word before X in "from X to Y": "from", "von", "de"."""
        ...

    @property
    def to_words(self) -> frozenset[str]:
        """The word before Y in "from X to Y", and before a new level: "to", "auf", "à"."""
        ...

    @property
    def over_words(self) -> frozenset[str]:
        """Words before a span of time a total accumulates over: "over", "über", "sur"."""
        ...

    @property
    def restating_words(self) -> frozenset[str]:
        """Words besides "or" before a figure restating the one ahead: "also", "soit" (none in English)."""
        ...

    def time_unit(self, word: str) -> str | None:
        """The time unit a word straight after a bare number names ("two-day", "six months"), or ``None``."""
        ...

    def times_ratio(self, reader: Reader, r: Reading) -> Draft | None:
        """A ratio for a times word straight after the figure ("three times as many"), or ``None``."""
        ...

    def read_change(self, reader: Reader, r: Reading) -> None:
        """Fill ``r``'s change, subject and counted unit from the words around the figure."""
        ...

    def rate(self, tokens: WordIndex, around: Around) -> tuple[str, int] | None:
        """A rate phrase away from the figure ("... each month"): its time unit and last word, or ``None``."""
        ...

    def level_verb(self, tokens: WordIndex, first: int, clause_start: int) -> int | None:
        """The verb a level figure completes ("was £2bn", "fell to 390"), or ``None``."""
        ...

    def level_noun(self, tokens: WordIndex, first: int, clause_start: int) -> bool:
        """True when a noun naming a level stands right before the figure ("magnitude 6.9")."""
        ...

    def magnitude(self, tokens: WordIndex, amount: Amount, sentence: tuple[int, int]) -> bool:
        """True when a bare number is an earthquake's magnitude: "the 5.0 earthquake", "USGS reported 5.8".

        ``sentence`` is the first and one past the last word of the figure's sentence.
        """
        ...

    def period_phrase(self, tokens: WordIndex, first: int, last: int) -> bool:
        """True when a duration is a period instead ("the three months to June")."""
        ...

    def tidy(self, phrase: str) -> str:
        """A subject as written, its sentence-initial determiner lower-cased."""
        ...

    def happened(self, tokens: WordIndex, r: Reading) -> str | None:
        """What the clause says happened to a count's one-word subject ("600 people died"), or ``None``."""
        ...

    def multipliers(self, drafts: list[Draft], reader: Reader) -> list[Draft]:
        """``drafts`` with the changes stated by multiplier words ("doubled", "hat sich verdoppelt"), in text order."""
        ...

    def source(self, reader: Reader, first: int, stop: int, starts: list[int]) -> tuple[int, int] | None:
        """The attribution of the sentence in words ``first`` to ``stop - 1`` ("according to X"), or ``None``.

        ``starts`` are the offsets of every figure: a figure's own words are no source.
        """
        ...

    def places(self, drafts: list[Draft], reader: Reader) -> None:
        """Give ``drafts`` the place their clause or sentence names ("in Albania", "In Wales, ...")."""
        ...

    def from_to_subject(self, reader: Reader, from_at: int) -> str | None:
        """What went "from X to Y", the from-word at ``from_at``: the subject of its verb, or its object."""
        ...

    def one_period(self, tokens: WordIndex, j: int, limit: int) -> Amount | None:
        """One unit of time from word ``j`` after an over-word ("a year", "l'année"), or ``None``."""
        ...


_ENGLISH = "en"


@functools.cache
def language_reader(language: str) -> LanguageReader:
    """The reader of ``language`` (a language code such as ``"de"``), built once.

    >>> type(language_reader("en")).__name__, type(language_reader("fr")).__name__
    ('EnglishReader', 'GenericReader')
    """
    if language == _ENGLISH:
        return EnglishReader()
    return GenericReader(language, fallback=language_reader(_ENGLISH))
