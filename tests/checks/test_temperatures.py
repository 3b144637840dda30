"""Temperatures in checks: a change is a difference of two levels; levels never add; nothing crashes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, Hedge, OffsetUnitError, Severity, check
from factcheck._extract import extract


def found(text: str, locale: str = "en_GB") -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in check(extract(text, locale), text=text).findings]


def test_change_between_two_temperatures_holds() -> None:
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("Sea temperatures rose by 3C, from 11C to 14C.")


def test_change_between_two_temperatures_that_does_not_hold() -> None:
    expected = [("change-inconsistent", Severity.ERROR)]
    assert expected == found("The lake's temperature fell 4 degrees, from 68 degrees to 62 degrees.", "en_US")


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
