"""Draft: a claim being built, mutable until the relation step is done; and its finishing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define, field

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    Inferred,
    Modality,
    NumberClaim,
    PointsChangeClaim,
    RateClaim,
    RelativeChangeClaim,
    ShareClaim,
    Span,
)
from factcheck._decimal import CONTEXT, HUNDRED, ONE
from factcheck._extract.text.cells import in_figures_cell
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from collections.abc import Collection
    from decimal import Decimal

    import pint

    from factcheck._claims import Period
    from factcheck._precision import PrecisionPolicy

__all__ = ["Draft", "bare_in_prose", "finish", "with_unit"]


@define
class Draft:
    """A claim being built: its class, amount and fields, and where it sits in the text."""

    cls: type[Claim]
    amount: Amount
    start: int
    end: int
    first: int
    """Index of the figure's first word."""
    last: int
    """Index of the last word read as part of the figure (unit words included)."""
    qualifier: str | None = None
    subject: str | None = None
    whole: str | None = None
    period: Period | None = None
    place: str | None = None
    source: str | None = None
    direction: Direction = Direction.UNSPECIFIED
    verb: int | None = None
    """Index of the change word, for a change."""
    before: Amount | None = None
    after: Amount | None = None
    part: Amount | None = None
    total: Amount | None = None
    parts: tuple[Amount, ...] = ()
    parts_complete: bool = True
    over: Amount | None = None
    restates: Amount | None = None
    """The same figure stated beside this one in other words: see ``Claim.restates``."""
    explicit: bool = False
    """A rule read the relation from words that state it outright: see ``Claim.explicit_link``."""
    consumed: bool = False
    """Absorbed into another claim (a duration read as another claim's ``over``)."""
    stated: bool = False
    """Consumed by the link rules, yet a claim of its own: a duration that is another claim's span
    ("$35 billion over the next 5 years") or a period ("in the three months to December")."""
    age: bool = False
    """A duration that is someone's age ("aged over 50"): never a span another figure accumulates over."""
    completes_level: bool = False
    """A bare number completes a level verb ("stood at 4,100", "rose to 900", "was 33"), or is the
    level a change reaches or left ("shed 95.4 points to 7,612.3": set when linking)."""
    subject_after: str | None = None
    """The subject as read from the words after the figure ("48008 Bilbao"), before linking."""
    noun: str | None = None
    """The counted noun alone when ``subject`` adds what happened to it ("people" of "people died")."""
    counted: str | None = None
    """What a count counts, singular and lower case ("home"); see ``CountClaim.counted``."""
    unit_word: str | None = None
    """An unknown unit as written after a bare number ("rpg"); see ``NumberClaim.unit_word``."""
    per_last: int | None = None
    """Index of the last word of what a rate is per ("people" of "per 1,000 people")."""
    per: str | None = None
    """What a rate is per, when a counted noun ("game" of "points per game"); see ``RateClaim.per``."""
    modality: Modality = Modality.OUTTURN
    """Outturn, or forecast, estimate, target, plan or hypothesis, read from the figure's clause."""
    inferred: set[Inferred] = field(factory=set)
    """What was inferred rather than read beside the figure: a link across sentences, a period from elsewhere."""

    @property
    def is_change(self) -> bool:
        """True for a draft of a change: absolute, relative or in points (a :class:`ChangeClaim`)."""
        return issubclass(self.cls, ChangeClaim)

    @property
    def number(self) -> bool:
        """True for a draft that finishes as a :class:`NumberClaim`: a count with no unit, or one already."""
        return self.cls is NumberClaim or (self.cls is CountClaim and units.is_bare(self.amount.unit))


def bare_in_prose(draft: Draft, text: str, used: Collection[Amount] = ()) -> bool:
    """Whether ``draft`` will finish as a bare number in running prose.

    That is a number with no unit and no counted noun, that is nobody's level: no level verb it
    completes ("stood at 4,100"), no subject but the words after it ("key stages 1 and 2",
    "S. 3", "48008 Bilbao"), no span it runs over,
    no endpoint or part of another figure (``used``: the amounts other drafts relate to), and
    not in a table cell of figures ("| 137.9 |", "| (14) |", "| 11 (11) |"). "Arrests rose to
    900, up from 800" keeps both.
    """
    if not draft.number or draft.unit_word is not None:
        return False
    if draft.completes_level or draft.over is not None:
        return False
    if draft.subject is not None and draft.subject != draft.subject_after:
        return False
    if draft.amount in used or draft.part is not None or draft.total is not None or draft.parts:
        return False
    return not in_figures_cell(text, draft.start, draft.end)


def finish(draft: Draft, text: str) -> Claim:
    """The immutable claim a draft describes, kept as stated.

    Built by ``Claim._made``: the draft's fields have their types by construction, so the
    constructor's type checks are skipped (extraction finishes thousands of claims a megabyte).
    """
    common: dict[str, object] = {
        "subject": draft.subject,
        "period": draft.period,
        "place": draft.place,
        "source": draft.source,
        "span": Span(draft.start, draft.end, text[draft.start : draft.end]),
        "qualifier": draft.qualifier,
        "parts": draft.parts,
        "parts_complete": draft.parts_complete or not draft.parts,
        "over": draft.over,
        "restates": draft.restates,
        "explicit_link": draft.explicit,
        "modality": draft.modality,
        "inferred": tuple(draft.inferred),
        "as_stated": True,
    }
    if draft.cls is ShareClaim:
        common.update(whole=draft.whole, part=draft.part, total=draft.total)
    elif draft.cls in (RelativeChangeClaim, PointsChangeClaim, AbsoluteChangeClaim):
        common.update(direction=draft.direction, before=draft.before, after=draft.after)
        if draft.cls is AbsoluteChangeClaim:
            common["counted"] = draft.counted
    elif draft.number:
        return NumberClaim._made(draft.amount, unit_word=draft.unit_word, **common)  # noqa: SLF001
    elif draft.cls is CountClaim:
        common["counted"] = draft.counted
    elif draft.cls is RateClaim:
        common.update(counted=draft.counted, per=draft.per)
    return draft.cls._made(draft.amount, **common)  # noqa: SLF001


def with_unit(amount: Amount, unit: pint.Unit, policy: PrecisionPolicy, *, factor: Decimal = ONE) -> Amount:
    """``amount`` read in ``unit`` (its value times ``factor``), bounds recomputed for the new unit."""
    if amount.hedge is Hedge.RANGE and amount.low is not None and amount.high is not None:
        if factor == ONE:  # the range read in another unit: its parts were checked when it was made
            return Amount._made(amount.value, unit, amount.bounds, Hedge.RANGE, amount.exponent)  # noqa: SLF001
        return Amount.between(CONTEXT.multiply(amount.low, factor), CONTEXT.multiply(amount.high, factor), unit)
    if amount.exponent is None:  # no stated digits ("a quarter"): keep the reading, scaled
        return Amount(CONTEXT.multiply(amount.value, factor), unit, amount.bounds * factor, amount.hedge, None)
    if factor == ONE:
        return Amount.stated(amount.value, unit, hedge=amount.hedge, exponent=amount.exponent, policy=policy)
    value = CONTEXT.multiply(amount.value, factor)
    exponent = None if amount.exponent is None else amount.exponent + _power(factor)
    return Amount.stated(value, unit, hedge=amount.hedge, exponent=exponent, policy=policy)


def _power(factor: Decimal) -> int:
    return 2 if factor == HUNDRED else -2
