"""Units a territory writes in its own sense: "tons" are short tons in American news, tonnes elsewhere."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck._extract.scan.scanner import scan


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", [(Decimal(800), "ton"), (Decimal(2), "ton"), (Decimal(15), "tonne")]),
        ("en", [(Decimal(800), "ton"), (Decimal(2), "ton"), (Decimal(15), "tonne")]),
        ("en_GB", [(Decimal(800), "tonne"), (Decimal(2), "tonne"), (Decimal(15), "tonne")]),
    ],
)
def test_tons(locale: str, expected: list[tuple[Decimal, str]]) -> None:
    text = "The pier took 800 tons of steel, a two-ton crane and 15 metric tons of cable."
    assert expected == [(f.amount.value, str(f.amount.unit)) for f in scan(text, locale)]
