"""Figure: one quantity found in a text, before it is read as a claim.

The scanner (``scan.scanner.py`` and the lexer modules beside it) turns text into Figures; the claim
builder (``read.claim_builder.py``) reads each Figure in its sentence and makes a Claim of it. This type is
the contract between the two.
"""

from __future__ import annotations

import enum

import attrs
from attrs import field, frozen

from factcheck._amount import Amount  # noqa: TC001  (attrs resolves the annotation at run time)

__all__ = ["Figure", "Form"]


class Form(enum.Enum):
    """How the number itself was written."""

    DIGITS = "digits"
    """Numerals with the locale's separators: "5,294", "1,2"."""
    WORDS = "words"
    """Number words: "two", "fifty-five", "a dozen", "half a million"."""
    FRACTION = "fraction"
    """A fraction word or ratio: "half", "a third", "one in five"."""


@frozen
class Figure:
    """A quantity at ``text[start:end]``, read as ``amount``.

    ``start:end`` covers the hedge, currency, number, scale and unit words ("around £1.2m",
    "95 per cent", "more than 5,000"), not the counted noun. ``number_start:number_end`` covers
    the numeral or number words alone.
    """

    start: int
    end: int
    amount: Amount
    number_start: int
    number_end: int
    form: Form = Form.DIGITS
    qualifier: str | None = None
    """The hedge as written ("around", "more than"), or ``None``."""
    unit_text: str | None = None
    """The unit, currency or scale words as written ("£", "per cent", "bn"), or ``None``."""
    bare: bool = field(default=False)
    """A plain integer numeral with no unit, scale, currency, sign or hedge (a year? a count?)."""

    def __attrs_post_init__(self) -> None:
        if not (0 <= self.start <= self.number_start <= self.number_end <= self.end):
            msg = f"figure offsets out of order: {self.start} {self.number_start} {self.number_end} {self.end}"
            raise ValueError(msg)

    def evolve(self, **changes: object) -> Figure:
        """A copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)  # type: ignore[arg-type]

    def shifted(self, offset: int) -> Figure:
        """A copy ``offset`` characters further on: the figure of a piece of a text, placed in the text.

        ``evolve`` with the four offsets, built directly: ``attrs.evolve`` reads the class's fields
        at every call, and the pipeline places thousands of figures a megabyte.
        """
        return Figure(
            self.start + offset,
            self.end + offset,
            self.amount,
            self.number_start + offset,
            self.number_end + offset,
            self.form,
            self.qualifier,
            self.unit_text,
            self.bare,
        )
