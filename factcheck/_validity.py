"""The facial checks of a claim: what cannot be true whatever the world is like.

:func:`violations` is one function used twice: claims raise its first finding on construction,
and the checks report all of them for claims kept ``as_stated``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import units
from ._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    CountClaim,
    Direction,
    DurationClaim,
    MoneyClaim,
    PointsChangeClaim,
    QuantityClaim,
    RateClaim,
    RatioClaim,
    RelativeChangeClaim,
    ShareClaim,
)
from ._decimal import HUNDRED, ZERO
from .errors import ValidationError

if TYPE_CHECKING:
    import pint

    from ._amount import Amount
    from ._claims import Claim

__all__ = ["violations"]


def violations(claim: Claim) -> tuple[ValidationError, ...]:
    """Every facial problem of ``claim``, as errors naming the field and the bad value.

    >>> from factcheck import Amount, CountClaim
    >>> [v.code for v in violations(CountClaim(Amount.exact(-3, "person"), as_stated=True))]
    ['negative-count']
    """
    found: list[ValidationError] = []
    amount = claim.amount
    u = amount.unit
    unit_name = units.name(u) or "dimensionless"

    def bad(field: str, value: object, reason: str, code: str) -> None:
        found.append(ValidationError(field, value, reason, code))

    if isinstance(claim, CountClaim):
        if not units.is_count(u):
            bad("amount.unit", unit_name, "a count is of people, things or a bare number", "unit-does-not-fit-kind")
        if amount.value < ZERO:
            bad("amount.value", amount.value, "a count cannot be negative", "negative-count")
        elif amount.value != amount.value.to_integral_value() and amount.exponent is not None and amount.exponent < 0:
            bad("amount.value", amount.value, "a count of whole things cannot be fractional", "fractional-count")
    elif isinstance(claim, MoneyClaim):
        if not units.is_currency(u):
            bad("amount.unit", unit_name, "money needs an ISO 4217 currency", "money-without-currency")
    elif isinstance(claim, ShareClaim):
        if not units.is_percent(u):
            bad("amount.unit", unit_name, "a share is a percentage", "unit-does-not-fit-kind")
        elif amount.value < ZERO or amount.value > HUNDRED:
            bad("amount.value", f"{amount.value}%", "a share of a whole lies between 0% and 100%", "share-out-of-range")
    elif isinstance(claim, ChangeClaim):
        _change(claim, unit_name, bad)
    elif isinstance(claim, RateClaim):
        if not units.is_rate(u):
            bad("amount.unit", unit_name, "a rate is per unit of time, such as person / year", "unit-does-not-fit-kind")
    elif isinstance(claim, RatioClaim):
        if u != units.dimensionless():
            bad("amount.unit", unit_name, "a ratio is a bare number", "unit-does-not-fit-kind")
        elif amount.value < ZERO:
            bad("amount.value", amount.value, "a ratio of sizes cannot be negative", "negative-ratio")
    elif isinstance(claim, DurationClaim):
        if not units.is_time(u):
            bad("amount.unit", unit_name, "a duration is in units of time", "unit-does-not-fit-kind")
        elif amount.value < ZERO:
            bad("amount.value", amount.value, "a duration cannot be negative", "negative-duration")
    elif isinstance(claim, QuantityClaim) and (units.is_count(u) or units.currency_code(u) is not None):
        bad("amount.unit", unit_name, "a physical quantity has a physical unit", "unit-does-not-fit-kind")
    _relations(claim, bad)
    return tuple(found)


def _name(u: pint.Unit) -> str:
    return units.name(u) or "dimensionless"


def _relations(claim: Claim, bad: _Reporter) -> None:
    """The amounts a claim relates to must measure what they are said to measure."""
    amount = claim.amount
    if not isinstance(claim, ChangeClaim | ShareClaim | RatioClaim):  # a level: its parts add up to it, or to less
        for index, part in enumerate(claim.parts):
            if not units.same_dimension(part.unit, amount.unit):
                bad(
                    f"parts[{index}].unit",
                    _name(part.unit),
                    f"a part must measure what the whole does ({_name(amount.unit)})",
                    "part-unit-differs",
                )
    if claim.over is not None and not units.is_time(claim.over.unit):
        bad("over.unit", _name(claim.over.unit), "a period to accumulate over is a duration", "over-not-duration")
    if isinstance(claim, ChangeClaim):
        _before_after(claim, bad)
    elif isinstance(claim, ShareClaim) and claim.part is not None and claim.total is not None:
        part, total = claim.part, claim.total
        if not units.same_dimension(part.unit, total.unit):
            bad(
                "total.unit",
                _name(total.unit),
                f"the total must measure what the part does ({_name(part.unit)})",
                "part-total-units-differ",
            )
        elif _entirely_above(part, total):
            bad("part.value", part.value, f"a part cannot exceed its total {total.value}", "part-exceeds-total")


def _before_after(claim: ChangeClaim, bad: _Reporter) -> None:
    before, after = claim.before, claim.after
    if before is not None and after is not None and not units.same_dimension(before.unit, after.unit):
        bad(
            "after.unit",
            _name(after.unit),
            f"a change ends in what it started in ({_name(before.unit)})",
            "before-after-units-differ",
        )
        return
    ends = tuple((name, a) for name, a in (("before", before), ("after", after)) if a is not None)
    for name, end in ends:
        if isinstance(claim, PointsChangeClaim) and end.unit != units.unit("percent"):
            bad(f"{name}.unit", _name(end.unit), "a change in points is between two shares in percent", "not-a-share")
        elif isinstance(claim, AbsoluteChangeClaim) and not units.same_dimension(end.unit, claim.amount.unit):
            bad(
                f"{name}.unit",
                _name(end.unit),
                f"an absolute change is in the unit of what changed ({_name(claim.amount.unit)})",
                "change-unit-differs",
            )


def _entirely_above(part: Amount, total: Amount) -> bool:
    """True when every reading of ``part`` exceeds every reading of ``total`` (same dimension)."""
    converted = total.to(part.unit) if total.unit != part.unit else total
    low, high = part.bounds.low, converted.bounds.high
    if low is None or high is None:
        return False
    return low > high or (low == high and not (part.bounds.low_closed and converted.bounds.high_closed))


def _change(claim: ChangeClaim, unit_name: str, bad: _Reporter) -> None:
    amount = claim.amount
    u = amount.unit
    if claim.direction is not Direction.UNSPECIFIED and amount.value < ZERO:
        bad(
            "amount.value",
            amount.value,
            "give a change with a direction as a magnitude, not negative",
            "negative-magnitude",
        )
    if isinstance(claim, RelativeChangeClaim):
        if not units.is_percent(u):
            bad("amount.unit", unit_name, "a relative change is in percent", "unit-does-not-fit-kind")
        elif claim.signed.value < -HUNDRED:
            bad(
                "amount.value",
                f"-{abs(amount.value)}%",
                "a quantity that cannot go negative falls by 100% at most",
                "decrease-over-100",
            )
    elif isinstance(claim, PointsChangeClaim):
        if not units.is_percentage_point(u):
            bad(
                "amount.unit",
                unit_name,
                "a change in points is in percentage points of a share",
                "unit-does-not-fit-kind",
            )
        elif abs(amount.value) > HUNDRED:
            bad("amount.value", amount.value, "a share cannot move more than 100 points", "points-change-over-100")
    elif isinstance(claim, AbsoluteChangeClaim) and (units.is_percent(u) or units.is_percentage_point(u)):
        bad(
            "amount.unit",
            unit_name,
            "a change in percent is relative; in points, a PointsChangeClaim",
            "unit-does-not-fit-kind",
        )


if TYPE_CHECKING:
    from typing import Protocol

    class _Reporter(Protocol):
        def __call__(self, field: str, value: object, reason: str, code: str) -> None: ...
