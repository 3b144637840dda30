"""Facial validity: each claim kind raises a ValidationError naming the field and the bad value."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
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
    Span,
    ValidationError,
    violations,
)

if TYPE_CHECKING:
    from factcheck._claims import Claim

PEOPLE = Amount.exact(100, "person")

# (claim class, amount, extra fields, code, message)
BAD: list[tuple[type[Claim], Amount, dict[str, object], str, str]] = [
    (CountClaim, Amount.exact(-3, "person"), {}, "negative-count", "amount.value=-3: a count cannot be negative"),
    (CountClaim, Amount.stated("2.5", "person"), {}, "fractional-count", "amount.value=2.5: a count of whole"),
    (CountClaim, Amount.exact(3, "GBP"), {}, "unit-does-not-fit-kind", "amount.unit=GBP: a count is of"),
    (CountClaim, Amount.exact(3, "percent"), {}, "unit-does-not-fit-kind", "amount.unit=percent: a count is of"),
    (MoneyClaim, Amount.exact(3, "person"), {}, "money-without-currency", "amount.unit=person: money needs"),
    (MoneyClaim, Amount.exact(3), {}, "money-without-currency", "amount.unit=dimensionless: money needs"),
    (ShareClaim, Amount.stated("120", "percent"), {}, "share-out-of-range", "amount.value=120%: a share"),
    (ShareClaim, Amount.stated("-5", "percent"), {}, "share-out-of-range", "amount.value=-5%: a share"),
    (ShareClaim, Amount.exact(5, "person"), {}, "unit-does-not-fit-kind", "amount.unit=person: a share is a"),
    (
        RelativeChangeClaim,
        Amount.stated("120", "percent"),
        {"direction": Direction.DOWN},
        "decrease-over-100",
        "amount.value=-120%: a quantity that cannot go negative",
    ),
    (
        RelativeChangeClaim,
        Amount.stated("-5", "percent"),
        {"direction": Direction.UP},
        "negative-magnitude",
        "amount.value=-5: give a change with a direction",
    ),
    (
        RelativeChangeClaim,
        Amount.stated("3", "percentage_point"),
        {},
        "unit-does-not-fit-kind",
        "amount.unit=percentage_point: a relative change is in percent",
    ),
    (
        PointsChangeClaim,
        Amount.stated("3", "percent"),
        {},
        "unit-does-not-fit-kind",
        "amount.unit=percent: a change in points",
    ),
    (
        PointsChangeClaim,
        Amount.stated("130", "percentage_point"),
        {},
        "points-change-over-100",
        "amount.value=130: a share cannot move more than 100 points",
    ),
    (
        AbsoluteChangeClaim,
        Amount.stated("3", "percent"),
        {},
        "unit-does-not-fit-kind",
        "amount.unit=percent: a change in percent is relative",
    ),
    (RateClaim, PEOPLE, {}, "unit-does-not-fit-kind", "amount.unit=person: a rate is per something"),
    (RatioClaim, Amount.exact(3, "person"), {}, "unit-does-not-fit-kind", "amount.unit=person: a ratio is a bare"),
    (RatioClaim, Amount.exact(-3), {}, "negative-ratio", "amount.value=-3: a ratio of sizes"),
    (DurationClaim, PEOPLE, {}, "unit-does-not-fit-kind", "amount.unit=person: a duration is in units of time"),
    (DurationClaim, Amount.exact(-2, "day"), {}, "negative-duration", "amount.value=-2: a duration cannot"),
    (QuantityClaim, Amount.exact(3, "GBP"), {}, "unit-does-not-fit-kind", "amount.unit=GBP: a physical quantity"),
    # relations between the amounts of one claim
    (
        MoneyClaim,
        Amount.stated("2E+6", "GBP"),
        {"parts": (Amount.exact(800_000, "GBP"), Amount.exact(700_000, "USD"))},
        "part-unit-differs",
        r"parts\[1\].unit=USD: a part must measure what the whole does \(GBP\)",
    ),
    (
        CountClaim,
        PEOPLE,
        {"parts": (Amount.exact(3, "household"),)},
        "part-unit-differs",
        r"parts\[0\].unit=household: a part must measure",
    ),
    (CountClaim, PEOPLE, {"over": Amount.exact(3, "person")}, "over-not-duration", "over.unit=person: a period"),
    (
        ShareClaim,
        Amount.stated("15", "percent"),
        {"part": Amount.exact(18, "person"), "total": Amount.exact(120, "GBP")},
        "part-total-units-differ",
        r"total.unit=GBP: the total must measure what the part does \(person\)",
    ),
    (
        ShareClaim,
        Amount.stated("15", "percent"),
        {"part": Amount.exact(180, "person"), "total": Amount.exact(120, "person")},
        "part-exceeds-total",
        "part.value=180: a part cannot exceed its total 120",
    ),
    (
        RelativeChangeClaim,
        Amount.stated("95", "percent"),
        {"before": Amount.exact(8000, "person"), "after": Amount.exact(390, "GBP")},
        "before-after-units-differ",
        r"after.unit=GBP: a change ends in what it started in \(person\)",
    ),
    (
        PointsChangeClaim,
        Amount.stated("3", "percentage_point"),
        {"before": Amount.exact(30, "person"), "after": Amount.exact(33, "person")},
        "not-a-share",
        "before.unit=person: a change in points is between two shares",
    ),
    (
        AbsoluteChangeClaim,
        Amount.exact(-100_000, "person / year"),
        {"before": Amount.exact(3, "GBP")},
        "change-unit-differs",
        r"before.unit=GBP: an absolute change is in the unit of what changed \(person / year\)",
    ),
]


@pytest.mark.parametrize(("cls", "amount", "fields", "code", "message"), BAD, ids=[row[3] for row in BAD])
def test_construction_raises(
    cls: type[Claim], amount: Amount, fields: dict[str, object], code: str, message: str
) -> None:
    """Building the claim raises a ValidationError whose message names the field and the bad value."""
    with pytest.raises(ValidationError, match=f"^{message}") as info:
        cls(amount, **fields)  # type: ignore[arg-type]
    assert code == info.value.code


@pytest.mark.parametrize(("cls", "amount", "fields", "code", "message"), BAD, ids=[row[3] for row in BAD])
def test_as_stated_keeps_and_reports(
    cls: type[Claim], amount: Amount, fields: dict[str, object], code: str, message: str
) -> None:
    """With as_stated=True the claim is kept and violations() lists the problem."""
    claim = cls(amount, as_stated=True, **fields)  # type: ignore[arg-type]
    assert {code} == {v.code for v in violations(claim)}


GOOD: list[Claim] = [
    CountClaim(Amount.stated("5.3E+6", "person")),
    CountClaim(Amount.exact(0, "person")),
    CountClaim(PEOPLE, parts=(Amount.exact(40, "person"), Amount.exact(60, "person"))),
    MoneyClaim(Amount.stated("2E+6", "GBP"), parts=(Amount.exact(800_000, "GBP"),)),
    MoneyClaim(Amount.stated("-2E+6", "GBP")),  # a deficit is money too
    ShareClaim(Amount.stated("100", "percent")),
    ShareClaim(Amount.stated("15", "percent"), part=Amount.exact(18, "person"), total=Amount.exact(120, "person")),
    RelativeChangeClaim(Amount.stated("100", "percent"), direction=Direction.DOWN),
    RelativeChangeClaim(Amount.stated("300", "percent"), direction=Direction.UP),
    # a quantity that can go negative may fall by more than 100%: into a loss, into net emigration
    RelativeChangeClaim(Amount.stated("150", "percent"), direction=Direction.DOWN, subject="operating profits"),
    RelativeChangeClaim(Amount.stated("120", "percent"), direction=Direction.DOWN, subject="net migration"),
    RelativeChangeClaim(Amount.stated("130", "percent"), direction=Direction.DOWN, subject="der Betriebsgewinn"),
    RelativeChangeClaim(Amount.stated("110", "percent"), direction=Direction.DOWN, subject="le résultat net"),
    # a fraction said in words is no decimal count: "half a pig", "anderthalb Stücke"
    CountClaim(Amount.stated("0.5", "item"), span=Span(9, 19, "ein halbes"), counted="schwein"),
    RelativeChangeClaim(
        Amount.stated("95", "percent"),
        direction=Direction.DOWN,
        before=Amount.exact(8000, "person"),
        after=Amount.exact(390, "person"),
    ),
    PointsChangeClaim(
        Amount.stated("3", "percentage_point"),
        before=Amount.stated("30", "percent"),
        after=Amount.stated("33", "percent"),
    ),
    AbsoluteChangeClaim(Amount.exact(100_000, "person / year"), direction=Direction.DOWN),
    AbsoluteChangeClaim(Amount.exact(5, "GBP"), before=Amount.exact(10, "GBP"), after=Amount.exact(1500, "pence")),
    RateClaim(Amount.stated("2E+4", "person / month"), over=Amount.exact(1, "year")),
    RatioClaim(Amount.exact(Decimal("0.2"))),
    DurationClaim(Amount.exact(2, "day")),
    QuantityClaim(Amount.stated("20", "degree_Celsius")),
]


@pytest.mark.parametrize("claim", GOOD, ids=lambda c: f"{c.kind}-{c.amount.value}")
def test_valid_claims_have_no_violations(claim: Claim) -> None:
    """Claims that can be true report nothing."""
    assert violations(claim) == ()
