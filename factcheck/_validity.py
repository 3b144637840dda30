"""The facial checks of a claim: what cannot be true whatever the world is like.

:func:`violations` is one function used twice: claims raise its first finding on construction,
and the checks report all of them for claims kept ``as_stated``.

This module sits below the claims: each claim class names its rules (``_facial_rules``, one of
the tuples at the end of this module, in the order they report) and :func:`violations` runs
them, so nothing here imports a claim class at run time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeAlias

from . import units
from ._decimal import HUNDRED, ZERO
from .errors import ValidationError

if TYPE_CHECKING:
    import pint

    from ._amount import Amount
    from ._claims import (
        AbsoluteChangeClaim,
        ChangeClaim,
        Claim,
        CountClaim,
        DurationClaim,
        MoneyClaim,
        NumberClaim,
        PointsChangeClaim,
        QuantityClaim,
        RateClaim,
        RatioClaim,
        RelativeChangeClaim,
        ShareClaim,
    )


class _Reporter(Protocol):
    def __call__(self, field: str, value: object, reason: str, code: str) -> None: ...


Rule: TypeAlias = Callable[[Any, _Reporter], None]
"""One facial rule: reads a claim of its class (hence ``Any``) and reports each problem it finds."""

__all__ = ["violations"]


def violations(claim: Claim) -> tuple[ValidationError, ...]:
    """Every facial problem of ``claim``, as errors naming the field and the bad value.

    >>> from factcheck import Amount, CountClaim
    >>> [v.code for v in violations(CountClaim(Amount.exact(-3, "person"), as_stated=True))]
    ['negative-count']
    """
    found: list[ValidationError] = []

    def bad(field: str, value: object, reason: str, code: str) -> None:
        found.append(ValidationError(field, value, reason, code))

    for rule in claim._facial_rules:  # noqa: SLF001  (each claim class names its rules; this module runs them)
        rule(claim, bad)
    return tuple(found)


def _count(claim: CountClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if not units.is_count(amount.unit):
        bad(
            "amount.unit", _name(amount.unit), "a count is of people, things or a bare number", "unit-does-not-fit-kind"
        )
    if amount.value < ZERO:
        bad("amount.value", amount.value, "a count cannot be negative", "negative-count")
    elif amount.value != amount.value.to_integral_value() and amount.exponent is not None and amount.exponent < 0:
        if claim.span is not None and not any(ch.isdigit() for ch in claim.span.text):
            return  # "half a pig", "anderthalb Stücke": a fraction said in words, no decimals written
        bad("amount.value", amount.value, "a count of whole things cannot be fractional", "fractional-count")


def _number(claim: NumberClaim, bad: _Reporter) -> None:
    if claim.amount.unit != units.dimensionless():
        bad("amount.unit", _name(claim.amount.unit), "a bare number has no unit", "unit-does-not-fit-kind")


def _money(claim: MoneyClaim, bad: _Reporter) -> None:
    if not units.is_currency(claim.amount.unit):
        bad("amount.unit", _name(claim.amount.unit), "money needs an ISO 4217 currency", "money-without-currency")


def _share(claim: ShareClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if not units.is_percent(amount.unit):
        bad("amount.unit", _name(amount.unit), "a share is a percentage", "unit-does-not-fit-kind")
    elif amount.value < ZERO or amount.value > HUNDRED:
        bad("amount.value", f"{amount.value}%", "a share of a whole lies between 0% and 100%", "share-out-of-range")


def _rate(claim: RateClaim, bad: _Reporter) -> None:
    if not units.has_denominator(claim.amount.unit) and claim.per is None:
        bad(
            "amount.unit",
            _name(claim.amount.unit),
            "a rate is per something, such as person / year or USD / barrel",
            "unit-does-not-fit-kind",
        )


def _ratio(claim: RatioClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if amount.unit != units.dimensionless():
        bad("amount.unit", _name(amount.unit), "a ratio is a bare number", "unit-does-not-fit-kind")
    elif amount.value < ZERO:
        bad("amount.value", amount.value, "a ratio of sizes cannot be negative", "negative-ratio")


def _duration(claim: DurationClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if not units.is_time(amount.unit):
        bad("amount.unit", _name(amount.unit), "a duration is in units of time", "unit-does-not-fit-kind")
    elif amount.value < ZERO:
        bad("amount.value", amount.value, "a duration cannot be negative", "negative-duration")


def _quantity(claim: QuantityClaim, bad: _Reporter) -> None:
    u = claim.amount.unit
    if units.is_count(u) or units.currency_code(u) is not None:
        bad("amount.unit", _name(u), "a physical quantity has a physical unit", "unit-does-not-fit-kind")


def _name(u: pint.Unit) -> str:
    return units.name(u) or "dimensionless"


def _level_parts(claim: Claim, bad: _Reporter) -> None:
    """A level's parts add up to it, or to less: they measure what it does."""
    amount = claim.amount
    for index, part in enumerate(claim.parts):
        if not units.same_dimension(part.unit, amount.unit):
            bad(
                f"parts[{index}].unit",
                _name(part.unit),
                f"a part must measure what the whole does ({_name(amount.unit)})",
                "part-unit-differs",
            )


def _over(claim: Claim, bad: _Reporter) -> None:
    if claim.over is not None and not units.is_time(claim.over.unit):
        bad("over.unit", _name(claim.over.unit), "a period to accumulate over is a duration", "over-not-duration")


def _part_and_total(claim: ShareClaim, bad: _Reporter) -> None:
    part, total = claim.part, claim.total
    if part is None or total is None:
        return
    if not units.same_dimension(part.unit, total.unit):
        bad(
            "total.unit",
            _name(total.unit),
            f"the total must measure what the part does ({_name(part.unit)})",
            "part-total-units-differ",
        )
    elif _entirely_above(part, total):
        bad("part.value", part.value, f"a part cannot exceed its total {total.value}", "part-exceeds-total")


def _entirely_above(part: Amount, total: Amount) -> bool:
    """True when every reading of ``part`` exceeds every reading of ``total`` (same dimension)."""
    converted = total.to(part.unit) if total.unit != part.unit else total
    low, high = part.bounds.low, converted.bounds.high
    if low is None or high is None:
        return False
    return low > high or (low == high and not (part.bounds.low_closed and converted.bounds.high_closed))


def _change(claim: ChangeClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if claim.direction is not type(claim.direction).UNSPECIFIED and amount.value < ZERO:  # Direction: a layer above
        bad(
            "amount.value",
            amount.value,
            "give a change with a direction as a magnitude, not negative",
            "negative-magnitude",
        )


def _relative_change(claim: RelativeChangeClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if not (units.is_percent(amount.unit) or units.is_percent_per_time(amount.unit)):
        bad(
            "amount.unit",
            _name(amount.unit),
            "a relative change is in percent, or percent per a period (percent / year)",
            "unit-does-not-fit-kind",
        )
    elif claim.signed.value < -HUNDRED and not can_go_negative(claim.subject):  # per period too: "fell 150% a year"
        bad(
            "amount.value",
            f"-{abs(amount.value)}%",
            "a quantity that cannot go negative falls by 100% at most",
            "decrease-over-100",
        )


_WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@functools.cache
def _signed_quantities() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words of every language's ``signed_quantities`` table, and German's as compound ends."""
    from factcheck.lexicons import LANGUAGES, lexicon  # noqa: PLC0415  (tables load on the first fall past 100%)

    words = frozenset().union(*(lexicon(lang).words("signed_quantities") for lang in LANGUAGES))
    return words, tuple(lexicon("de").words("signed_quantities"))


def can_go_negative(subject: str | None) -> bool:
    """True when ``subject`` names a quantity that can go below zero ("operating profit", "net migration").

    A fall of more than 100% is then a move into the negative, not an impossibility. Words are
    matched in any of the lexicons' languages, a plural by its singular ("profits"), a German
    compound by its last part ("Betriebsgewinn").

    >>> can_go_negative("operating profits"), can_go_negative("Betriebsgewinn"), can_go_negative("prices")
    (True, True, False)
    """
    if not subject:
        return False
    words, compounds = _signed_quantities()
    for word in _WORD.findall(subject.lower()):
        if word in words or word.removesuffix("s") in words or word.endswith(compounds):
            return True
    return False


def _points_change(claim: PointsChangeClaim, bad: _Reporter) -> None:
    amount = claim.amount
    if not units.is_percentage_point(amount.unit):
        bad(
            "amount.unit",
            _name(amount.unit),
            "a change in points is in percentage points of a share",
            "unit-does-not-fit-kind",
        )
    elif abs(amount.value) > HUNDRED:
        bad("amount.value", amount.value, "a share cannot move more than 100 points", "points-change-over-100")


def _absolute_change(claim: AbsoluteChangeClaim, bad: _Reporter) -> None:
    u = claim.amount.unit
    if units.is_percent(u) or units.is_percentage_point(u):
        bad(
            "amount.unit",
            _name(u),
            "a change in percent is relative; in points, a PointsChangeClaim",
            "unit-does-not-fit-kind",
        )


def _ends(claim: ChangeClaim, bad: _Reporter) -> tuple[tuple[str, Amount], ...]:
    """The change's stated ends by name; none when they measure different things (reported here)."""
    before, after = claim.before, claim.after
    if before is not None and after is not None and not units.same_dimension(before.unit, after.unit):
        bad(
            "after.unit",
            _name(after.unit),
            f"a change ends in what it started in ({_name(before.unit)})",
            "before-after-units-differ",
        )
        return ()
    return tuple((name, a) for name, a in (("before", before), ("after", after)) if a is not None)


def _change_ends(claim: ChangeClaim, bad: _Reporter) -> None:
    _ends(claim, bad)


def _points_ends(claim: PointsChangeClaim, bad: _Reporter) -> None:
    for name, end in _ends(claim, bad):
        if end.unit != units.unit("percent"):
            bad(f"{name}.unit", _name(end.unit), "a change in points is between two shares in percent", "not-a-share")


def _absolute_ends(claim: AbsoluteChangeClaim, bad: _Reporter) -> None:
    for name, end in _ends(claim, bad):
        if not units.same_dimension(end.unit, claim.amount.unit):
            bad(
                f"{name}.unit",
                _name(end.unit),
                f"an absolute change is in the unit of what changed ({_name(claim.amount.unit)})",
                "change-unit-differs",
            )


# The rules of each claim class, in the order they report (a claim raises the first).
LEVEL: Final[tuple[Rule, ...]] = (_level_parts, _over)
"""Any claim of a level (the base class): its parts, its accumulation period."""
COUNT: Final[tuple[Rule, ...]] = (_count, *LEVEL)
NUMBER: Final[tuple[Rule, ...]] = (_number, *LEVEL)
"""A bare number: no unit, and neither whole nor non-negative by necessity."""
MONEY: Final[tuple[Rule, ...]] = (_money, *LEVEL)
SHARE: Final[tuple[Rule, ...]] = (_share, _over, _part_and_total)
CHANGE: Final[tuple[Rule, ...]] = (_change, _over, _change_ends)
RELATIVE_CHANGE: Final[tuple[Rule, ...]] = (_change, _relative_change, _over, _change_ends)
POINTS_CHANGE: Final[tuple[Rule, ...]] = (_change, _points_change, _over, _points_ends)
ABSOLUTE_CHANGE: Final[tuple[Rule, ...]] = (_change, _absolute_change, _over, _absolute_ends)
RATE: Final[tuple[Rule, ...]] = (_rate, *LEVEL)
RATIO: Final[tuple[Rule, ...]] = (_ratio, _over)
DURATION: Final[tuple[Rule, ...]] = (_duration, *LEVEL)
QUANTITY: Final[tuple[Rule, ...]] = (_quantity, *LEVEL)
