"""Tokenized text (the Penn Treebank's style) spaces decimal marks, group separators and slashes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.readings import figure_values as _values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("profit rose 4 . 7 % last year .", [(Decimal("4.7"), "4 . 7 %")]),
        ("a stadium for 62 , 500 fans .", [(Decimal(62500), "62 , 500")]),
        ("it paid $ 12 . 25 million .", [(Decimal("1.225E+7"), "$ 12 . 25 million")]),
        ("a 1 , 250 , 000 budget .", [(Decimal(1250000), "1 , 250 , 000")]),
        ("notes yielding 8 1 / 2 % .", [(Decimal("8.5"), "8 1 / 2 %")]),
        ("Der Anteil stieg auf 4 , 7 % .", [(Decimal("4.7"), "4 , 7 %")]),
    ],
)
def test_spaced_marks_join_one_numeral(text: str, expected: list[tuple[Decimal, str]]) -> None:
    """A decimal mark, group separator or slash with a space each side joins the digits around it."""
    locale = "de_DE" if text.startswith("Der") else "en_US"
    assert expected == _values(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("steps 1 . 2 . 3 follow", [Decimal(1), Decimal(2), Decimal(3)]),
        ("items 1 , 2 and 3", [Decimal(1), Decimal(2), Decimal(3)]),
        ("It ended 3. 5 more came.", [Decimal(3), Decimal(5)]),
        ("rooms 12 , 45 and 7", [Decimal(12), Decimal(45), Decimal(7)]),
    ],
)
def test_chains_and_prose_stay_apart(text: str, expected: list[Decimal]) -> None:
    """A chain of spaced marks, a group of other than three digits, or prose spacing is not one numeral."""
    assert expected == [v for v, _ in _values(text, "en_US")]
