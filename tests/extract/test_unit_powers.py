"""A power written with a caret after a unit symbol: "45m^2" is square metres, not 45 million."""

from __future__ import annotations

from decimal import Decimal

from factcheck._extract.scan.scanner import scan


def test_caret_powers() -> None:
    text = "The flat is 45m^2, the lake 12 km^2 and the tank 3 m^3; the budget is 5m."
    expected = [
        (Decimal(45), "square_metre"),
        (Decimal(12), "square_kilometre"),
        (Decimal(3), "cubic_metre"),
        (Decimal(5000000), "dimensionless"),
    ]
    assert expected == [(f.amount.value, str(f.amount.unit)) for f in scan(text, "en_GB")]


def test_caret_powers_with_a_decimal_comma() -> None:
    assert [(Decimal("4.18"), "square_metre")] == [
        (f.amount.value, str(f.amount.unit)) for f in scan("Die Platte misst 4,18m^2.", "de_DE")
    ]
