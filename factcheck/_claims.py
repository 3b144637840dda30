"""Claims: an Amount plus what it measures, when, where, who said it and where in a text.

One class per meaning (a share, a relative change and a change in points follow different
arithmetic), all sharing the :class:`Claim` base. Facial validity is checked on construction by
:func:`factcheck.violations`; a claim built with ``as_stated=True`` (as extraction does) keeps
what the text said and leaves the violations for the checks to report.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from attrs import field, frozen

from . import _validity as facial
from ._amount import Amount
from ._format import claim_html
from ._typed import typed_tuple
from .errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from typing_extensions import Self

__all__ = [
    "AbsoluteChangeClaim",
    "ChangeClaim",
    "Claim",
    "CountClaim",
    "Direction",
    "DurationClaim",
    "Inferred",
    "Modality",
    "MoneyClaim",
    "NumberClaim",
    "Period",
    "PointsChangeClaim",
    "QuantityClaim",
    "RateClaim",
    "RatioClaim",
    "RelativeChangeClaim",
    "ShareClaim",
    "Span",
]

_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))


@frozen
class Span:
    """Where a claim stands in its source text: ``source[start:end] == text``."""

    start: int = field(validator=attrs.validators.instance_of(int))
    end: int = field(validator=attrs.validators.instance_of(int))
    text: str = field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValidationError("span", f"{self.start}:{self.end}", "needs 0 <= start <= end", "span-order")
        if self.end - self.start != len(self.text):
            raise ValidationError(
                "span.text", self.text, f"must be {self.end - self.start} characters long", "span-text"
            )


@frozen
class Period:
    """The time a claim is about: from ``start`` to ``end``, both days included.

    >>> str(Period.year(2024))
    '2024'
    """

    start: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    end: dt.date = field(validator=attrs.validators.instance_of(dt.date))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("period", f"{self.start}/{self.end}", "end must not precede start", "period-order")

    @classmethod
    def year(cls, year: int) -> Period:
        """A calendar year."""
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        """Calendar years ``first`` to ``last``, both included."""
        return cls(dt.date(first, 1, 1), dt.date(last, 12, 31))

    @classmethod
    def day(cls, day: dt.date) -> Period:
        """One day."""
        return cls(day, day)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``"2024"``, ``"2021-2023"``, ``"2024-05-01"`` or ``"2024-01-01/2024-03-31"``."""
        text = text.strip()
        try:
            if "/" in text:
                first, last = text.split("/", 1)
                return cls(dt.date.fromisoformat(first), dt.date.fromisoformat(last))
            if len(text) == 4 and text.isdigit():  # noqa: PLR2004
                return cls.year(int(text))
            if len(text) == 9 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit():  # noqa: PLR2004
                return cls.years(int(text[:4]), int(text[5:]))
            return cls.day(dt.date.fromisoformat(text))
        except ValueError as err:
            raise ValidationError(
                "period", text, "expected a year, years 'YYYY-YYYY' or ISO dates", "period-format"
            ) from err

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share a day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start.month == 1 and self.start.day == 1 and self.end.month == 12 and self.end.day == 31:  # noqa: PLR2004
            if self.start.year == self.end.year:
                return str(self.start.year)
            return f"{self.start.year}-{self.end.year}"
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


class Direction(enum.Enum):
    """Which way a change went."""

    UP = "up"
    DOWN = "down"
    UNSPECIFIED = "unspecified"
    """No direction word: the amount's sign carries it."""


class Modality(enum.Enum):
    """Whether a figure is what happened or what someone expects, aims at or supposes.

    An outturn and a forecast of the same thing are different quantities: checks never pair them.
    """

    OUTTURN = "outturn"
    """What happened or is (the default)."""
    FORECAST = "forecast"
    """Forecast, projected, expected or predicted; also "will"."""
    ESTIMATE = "estimate"
    """An estimate ("an estimated 5,000")."""
    TARGET = "target"
    """A target, aim, requirement or need ("of which four are needed")."""
    PLAN = "plan"
    """A plan, proposal or budget."""
    HYPOTHETICAL = "hypothetical"
    """What would, could or might be."""


class Inferred(enum.Enum):
    """A reading of a figure that extraction inferred rather than read beside the figure.

    Checks treat a relation or a period resting on it as not certain (:class:`factcheck.Reading`):
    a finding built on it is at most a WARNING.
    """

    LINK = "link"
    """The figure was linked to others across a sentence boundary or by nearness alone ("X reached
    8,000 in 2022. In 2023 it fell by 75% to 390": the before comes from the sentence ahead)."""
    PERIOD = "period"
    """The figure's period is not stated in its clause: taken from earlier in the sentence or from
    a figure it was linked to."""
    EXHAUSTIVE = "exhaustive"
    """A total's listed parts were read as all of it, but the words do not say so for certain: a
    list after the total and a comma ("In total there were 50 entries, 20 from Wales and 30 from
    Scotland") may name only some of its parts, as a list after a colon or a sum word does not."""
    DISJOINT = "disjoint"
    """A total's counted parts were read as not overlapping, but the text does not say so: they
    are told apart by predicates or modifiers of their own ("Of the 120 patients, 80 had fever and
    60 had a cough"), which may hold of one member at once, not as answers to one question ("18
    voted for and 15 against") or a gapped list ("365 are Conservatives, 202 Labour")."""
    RATE = "rate"
    """The figure has a duration to accumulate over ("2 million in 6 weeks"), but no rate stands in
    its sentence: a rate it is paired with comes from another sentence, by subject or nearness."""


_INFERRED_ORDER: tuple[Inferred, ...] = tuple(Inferred)


def _inferred(value: Iterable[object]) -> tuple[Inferred, ...]:
    """The inferred readings once each, in the order :class:`Inferred` lists them."""
    given = set(typed_tuple(value, Inferred, "inferred must hold Inferred readings"))
    return tuple(r for r in _INFERRED_ORDER if r in given) if given else ()


def _parts(value: Iterable[Amount]) -> tuple[Amount, ...]:
    """The parts as a tuple: ``Claim.parts``' converter.

    ``tuple`` itself would do, but attrs reads a converter's signature for each class it builds,
    and a builtin's is parsed from its text (``inspect``, ``tokenize``): about 3 ms of every start.
    """
    return tuple(value)


def _amounts(_instance: object, attribute: attrs.Attribute[tuple[Amount, ...]], value: tuple[object, ...]) -> None:
    for item in value:
        if not isinstance(item, Amount):
            msg = f"{attribute.name} must hold Amounts, got {type(item).__name__}"
            raise TypeError(msg)


_optional_amount = attrs.validators.optional(attrs.validators.instance_of(Amount))


@frozen(repr=False)
class Claim:
    """What every claim has. Use a subclass: the class says what kind of figure it is."""

    kind: ClassVar[str] = "claim"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.LEVEL
    """The facial rules :func:`factcheck.violations` runs for this class, in order."""

    amount: Amount = field(validator=attrs.validators.instance_of(Amount))
    subject: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """What is measured: "Albanians returned", "net migration"."""
    period: Period | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Period))
    )
    place: str | None = field(default=None, kw_only=True, validator=_opt_str)
    source: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """Who made the claim or whose figure it is ("official records", "the Home Office")."""
    span: Span | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    qualifier: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The hedge as written ("around", "more than"), when there was one."""
    key: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """An explicit key matching this claim to a reference figure with the same key."""
    parts: tuple[Amount, ...] = field(default=(), kw_only=True, converter=_parts, validator=_amounts)
    """Amounts the text says make up this one ("a £2m fund split into £800,000, £700,000 and £900,000")."""
    parts_complete: bool = field(default=True, kw_only=True, validator=attrs.validators.instance_of(bool))
    """Whether ``parts`` are the whole split (they add up to the amount) or only some of it.

    ``False`` for "the £10bn package includes £4bn for schools and £3bn for roads": such parts
    must not add up to more than the amount, but need not reach it. Needs ``parts``.
    """
    over: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """A duration this figure accumulates over ("240,000 over a year"), for comparing with rates."""
    modality: Modality = field(default=Modality.OUTTURN, kw_only=True, validator=attrs.validators.instance_of(Modality))
    """Whether the figure is an outturn or a forecast, estimate, target, plan or hypothesis."""
    inferred: tuple[Inferred, ...] = field(default=(), kw_only=True, converter=_inferred)
    """The readings of this figure that extraction inferred (:class:`Inferred`): empty when its
    links and period are all read from explicit syntax beside it."""
    as_stated: bool = field(default=False, kw_only=True, validator=attrs.validators.instance_of(bool))
    """Keep a claim that fails its facial checks (extraction does): the checks report it instead."""
    restates: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """The same figure stated beside this one in other words or another currency, as written there.

    "$30 million (£15.8 million)": the pound claim restates $30 million; "nearly a third, some
    31%": the percentage restates a third (as a percentage). Checked by
    :func:`factcheck.checks.restatements.restatements_agree`.
    """
    explicit_link: bool = field(default=False, kw_only=True, validator=attrs.validators.instance_of(bool))
    """True when the words themselves state this claim's relation, so the link is certain.

    Set by the rules that read a relation from its own syntax: "20% above the previous record of
    £450m" (a change from £450m), "£20m: £9m on roads, £7m on schools and £4m on parks" (parts),
    "grew by 700,000 to 7.7 million, an increase of 10%", "$50 million (£40 million)". ``False``
    means only that no such rule vouched for it.
    """

    def __attrs_post_init__(self) -> None:
        if type(self) is Claim:
            msg = "Claim is the base class: build a CountClaim, MoneyClaim, ShareClaim, ..."
            raise TypeError(msg)
        if not self.parts_complete and not self.parts:
            raise ValidationError(
                "parts_complete",
                self.parts_complete,
                "says the parts are only some of the whole, so it needs parts",
                "partial-without-parts",
            )
        if not self.as_stated:
            for problem in facial.violations(self):
                raise problem

    @classmethod
    def _made(cls, amount: Amount, **fields: object) -> Self:
        """A claim of fields the library made with their right types, built without the type checks of the constructor.

        For extraction, which builds thousands of claims a megabyte: every field is converted
        and the claim checked (``__attrs_post_init__``) as the constructor does, but the
        validators, which only check each field's type, are not run. The result is equal to
        ``cls(amount, **fields)``. Users' claims go through the constructor.
        """
        claim = object.__new__(cls)
        setattr_ = object.__setattr__  # a frozen class: its own __setattr__ refuses
        setattr_(claim, "amount", amount)
        for a in attrs.fields(cls)[1:]:
            value = fields.pop(a.name, a.default)
            setattr_(claim, a.name, value if a.converter is None else a.converter(value))
        if fields:
            msg = f"{cls.__name__} has no field {next(iter(fields))!r}"
            raise TypeError(msg)
        claim.__attrs_post_init__()
        return claim

    def __str__(self) -> str:
        """The figure as a reader would say it, then what it is: "£10m (money, 2024, sales)"."""
        about = [self.kind]
        if self.period is not None:
            about.append(str(self.period))
        if self.subject:
            about.append(self.subject)
        return f"{self.amount.format('en_GB')} ({', '.join(about)})"

    def __repr__(self) -> str:
        parts = [repr(self.amount)]
        for a in attrs.fields(type(self))[1:]:
            current: object = getattr(self, a.name)
            if current != a.default:
                parts.append(f"{a.name}={current!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """An escaped HTML table of the claim, for Jupyter."""
        return claim_html(self)

    def evolve(self, **changes: Any) -> Self:
        """A copy of the same class with ``changes`` applied (``attrs.evolve``), validated again."""
        return attrs.evolve(self, **changes)


@frozen(repr=False)
class CountClaim(Claim):
    """A number of things: "5,294 Albanians", "55 criminals", "two machines".

    A number with no counted noun is no count: see :class:`NumberClaim`.
    """

    kind: ClassVar[str] = "count"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.COUNT

    counted: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The counted noun, singular and in lower case ("home" of "4 homes", "cylinder" of "4 cylinders").

    Counts of different nouns are never compared, even in one unit (both are ``item``).

    .. versionadded:: 0.2
    """


@frozen(repr=False)
class NumberClaim(Claim):
    """A bare number, with no counted noun and no unit factcheck knows: a level as written.

    An index level ("closed at 27,349.19"), an exchange rate ("43.305 to the dollar"), an average
    ("averaged 7.3"), a magnitude ("a 6.6 earthquake"). It is no count: it may be fractional or
    negative. A figure before a unit factcheck does not know ("0.5 WAR", "7.4 rpg") keeps that
    word as written in ``unit_word`` and compares only with figures in the same word.

    .. versionadded:: 0.2
    """

    kind: ClassVar[str] = "number"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.NUMBER

    unit_word: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The unknown unit as written after the number ("rpg", "WAR"), or ``None`` for a bare number."""


@frozen(repr=False)
class MoneyClaim(Claim):
    """A sum of money in one currency: "£1m", "€2.5bn"."""

    kind: ClassVar[str] = "money"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.MONEY


@frozen(repr=False)
class ShareClaim(Claim):
    """A part of a whole, in percent: "95% of voters", "nearly half"."""

    kind: ClassVar[str] = "share"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.SHARE

    whole: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """What the share is of, when the text says."""
    part: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """The part, when the text gives it: "18 of 120, or 15%" has part 18 ..."""
    total: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """... and total 120."""


@frozen(repr=False)
class ChangeClaim(Claim):
    """A change with a direction; see the three subclasses."""

    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.CHANGE

    direction: Direction = field(
        default=Direction.UNSPECIFIED, kw_only=True, validator=attrs.validators.instance_of(Direction)
    )
    before: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """Where the changed quantity started, when the text says ("from 8,000")."""
    after: Amount | None = field(default=None, kw_only=True, validator=_optional_amount)
    """Where it ended ("to 390")."""

    @property
    def signed(self) -> Amount:
        """The change with its sign: negative for a fall."""
        return -self.amount if self.direction is Direction.DOWN else self.amount


@frozen(repr=False)
class RelativeChangeClaim(ChangeClaim):
    """A change relative to where it started, in percent: "fell by 95%", "doubled" (+100%).

    A change stated per period keeps its period: "has increased 10 percent annually" and "rose 4%
    a year" are ``percent / year``, as "$60 million annually" is ``USD / year``. Such a growth
    rate compounds, so the checks compare it only with a reference per the same period, never
    with its two ends ("rose 20% a year from £500 to £550" over years the text does not give)
    nor as a flow over a duration; a fall of more than 100% in one period is still impossible.
    An adjective before the change ("an annual rise of 5%") names the year-on-year change, a
    percent.
    """

    kind: ClassVar[str] = "relative_change"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.RELATIVE_CHANGE


@frozen(repr=False)
class PointsChangeClaim(ChangeClaim):
    """A change of a share in percentage points: "up 3 points"."""

    kind: ClassVar[str] = "points_change"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.POINTS_CHANGE


@frozen(repr=False)
class AbsoluteChangeClaim(ChangeClaim):
    """A change in the thing's own unit: "cut by 100,000 a year", "£2bn more", "gained 13 seats"."""

    kind: ClassVar[str] = "absolute_change"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.ABSOLUTE_CHANGE

    counted: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The counted noun of a change of a count, singular and lower case, as on :class:`CountClaim`:
    "seat" of "gained 13 seats", "woman" of "50,000 more women than men"; ``None`` for a change in
    money or a unit.

    .. versionadded:: 0.2
    """


@frozen(repr=False)
class RateClaim(Claim):
    """An amount per something: "100,000 a year", "£20 a week", "$60 a barrel", "15.3 points per game".

    The amount's unit keeps numerator and denominator: ``GBP / week``, ``USD / barrel``,
    ``USD / square_foot``. A denominator that is a counted noun has the unit that noun has as a
    count (``person`` for "per person", "per head" and "per capita", ``household``, ``item``
    for any other noun: "per game", "per share") and the noun itself in :attr:`per`; "per 1,000
    people" is per ``thousand_person`` (see :data:`factcheck.units.COUNT_SCALES`). A numerator
    that is a counted noun is in its count unit too, its noun in :attr:`counted`. Where both
    count in one unit (``item`` per ``item``: "points per game") pint cancels them and the unit
    is ``dimensionless``: the two nouns then say what the rate is. Rates are compared only with
    rates of the same dimension and the same two nouns.
    """

    kind: ClassVar[str] = "rate"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.RATE

    counted: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The counted noun of the numerator, singular and lower case ("point" of "15.3 points per game").

    .. versionadded:: 0.2
    """
    per: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """The counted noun of the denominator, singular and lower case ("game" of "15.3 points per
    game", "share" of "8 cents per share", "person" of "per head"); ``None`` for a unit ("a barrel",
    "a year").

    .. versionadded:: 0.2
    """


@frozen(repr=False)
class RatioClaim(Claim):
    """A bare ratio: "one in five" (0.2), "three times as many" (3)."""

    kind: ClassVar[str] = "ratio"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.RATIO


@frozen(repr=False)
class DurationClaim(Claim):
    """A length of time: "a two-day visit", "six months"."""

    kind: ClassVar[str] = "duration"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.DURATION


@frozen(repr=False)
class QuantityClaim(Claim):
    """A physical quantity: "12 km", "3.5 tonnes", "20 °C".

    Also a level in percent below zero, which no share can be: "a discount rate of -2.70%",
    "inflation was -0.1%" (a fall needs a change word: "fell 2.7%").
    """

    kind: ClassVar[str] = "quantity"
    _facial_rules: ClassVar[tuple[facial.Rule, ...]] = facial.QUANTITY


CLAIM_TYPES: tuple[type[Claim], ...] = (
    CountClaim,
    NumberClaim,
    MoneyClaim,
    ShareClaim,
    RelativeChangeClaim,
    PointsChangeClaim,
    AbsoluteChangeClaim,
    RateClaim,
    RatioClaim,
    DurationClaim,
    QuantityClaim,
)
"""Every concrete claim class, in a stable order."""

CLAIM_KINDS: dict[str, type[Claim]] = {cls.kind: cls for cls in CLAIM_TYPES}
"""Claim classes by their ``kind`` tag."""
