"""What is known so far about one figure being read, and where to look around it.

A :class:`Reading` is the mutable state of ``read.claim_builder.Reader.read`` for one figure: the
shared reader fills the language-independent parts, and the language's reader (``read.language``)
its change, subject, counted unit and rate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from attrs import define

from factcheck import units

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.read.clause.changes import Change
    from factcheck._extract.scan.figure import Figure

__all__ = ["Around", "Reading"]


@define
class Reading:
    """What is known so far about one figure being read: where its words are, what was found."""

    figure: Figure
    amount: Amount
    first: int
    """Index of the number's first word."""
    lead: int
    """Index of the first word of the figure's text (its hedge, when there is one)."""
    last: int
    """Index of the last word read as part of the figure."""
    nxt: int
    """Index of the first word after the figure."""
    end: int
    """Offset where the claim's span ends."""
    clause_first: int
    clause_end: int
    change: Change | None = None
    of_phrase: tuple[int, int] | None = None
    subject: tuple[int, int] | None = None
    rate: tuple[str, int] | None = None
    counted: str | None = None
    """The counted noun, singular and lower case ("home" of "4 homes"), once a count's unit is read."""
    unit_word: str | None = None
    """An unknown unit as written after a bare number ("rpg" of "7.4 rpg")."""
    per: str | None = None
    """The counted noun a rate is per, singular ("game" of "15.3 points per game"), once read."""
    per_last: int | None = None
    """Index of the last word of what a rate is per, when not a unit of time ("people" of "per 1,000 people")."""
    signed_down: bool = False
    """True once a minus sign before a change verb's figure made it a fall ("fell -2.7%")."""
    signed_rate: bool = False
    """True once a ``rate_prepositions`` word made a signed figure the rate a change goes at ("grow at -2.3%")."""
    change_per_period: bool = False
    """True once a rate phrase right after a change's percentage made it a change per period ("rose 4% a year")."""

    @property
    def dimensionless(self) -> bool:
        """True while the amount has no unit."""
        return units.is_bare(self.amount.unit)


class Around(NamedTuple):
    """Where to look for a figure's rate: its first word, the word after it (or its noun), its clause.

    ``measured``: the figure has a unit or a counted noun (a bare number takes no far rate).
    """

    lead: int
    after: int
    clause_first: int
    clause_end: int
    measured: bool = False
