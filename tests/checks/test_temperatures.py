"""Temperatures in checks: a change is a difference of two levels; levels never add; nothing crashes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, ChangeClaim, Hedge, OffsetUnitError, Severity
from factcheck._extract import extract
from tests.quiet import found


def test_change_between_two_temperatures_holds() -> None:
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("Sea temperatures rose by 3C, from 11C to 14C.")


def test_change_between_two_temperatures_that_does_not_hold() -> None:
    expected = [("change-inconsistent", Severity.ERROR)]
    assert expected == found("The lake's temperature fell 4 degrees, from 68 degrees to 62 degrees.", "en_US")


@pytest.mark.parametrize(
    "text",
    [
        "Winter temperatures on the coast rose 1.5C per decade, from 6C to 10.5C.",
        "Output at the mill rose by 40 tonnes a week, from 900 tonnes to 1,100 tonnes.",
    ],
)
def test_a_rate_of_change_is_not_the_change_between_two_levels(text: str) -> None:
    """A change per unit of time beside two levels gets no before and after: nothing to compare, no error."""
    change = extract(text)[0]
    assert isinstance(change, ChangeClaim)
    assert (change.before, change.after, found(text)) == (None, None, [])


def test_relative_change_of_temperatures_does_not_crash() -> None:
    """A percentage change between two temperatures is checked like any other."""
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("The temperature rose 10%, from 20C to 22C.")


@pytest.mark.parametrize(
    "text",
    [
        "Highs of 30C, 25C and 20C were logged in the heat, 75C in all.",
        "The oven ran at 200C, half of its 400C limit.",
        "The forecast said 28C in Rome and 31C in Madrid, 3C warmer.",
    ],
)
def test_sums_of_temperatures_do_not_crash(text: str) -> None:
    """Temperatures are not parts of a total: no check adds them, and none raises."""
    assert found(text) == []


def test_temperature_arithmetic() -> None:
    """A level minus a level is a difference; a level and a difference add; two levels do not."""
    warm, cool = Amount.exact(25, "degree_Celsius"), Amount.exact(20, "degree_Celsius")
    step = Amount.exact(9, "delta_degree_Fahrenheit")
    results = [warm - cool, warm + step, step + warm, warm - step]
    assert [(r.value, str(r.unit), r.hedge) for r in results] == [
        (Decimal(5), "delta_degree_Celsius", Hedge.DERIVED),
        (Decimal(30), "degree_Celsius", Hedge.DERIVED),
        (Decimal(30), "degree_Celsius", Hedge.DERIVED),
        (Decimal(20), "degree_Celsius", Hedge.DERIVED),
    ]
    with pytest.raises(OffsetUnitError):
        _ = warm + cool
    with pytest.raises(OffsetUnitError):
        _ = step - warm
