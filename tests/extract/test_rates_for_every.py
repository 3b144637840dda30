"""extract(): a sum of money "for every" or "for each" listed noun is a rate per it.

"for every" and "for each" (``denominator_money_words``) are per-words after money only, before a
noun of ``denominator_nouns``; "in debt", "of debt" (``denominator_money_bridges`` and one noun)
may stand between the money and its per-word.
"""

from __future__ import annotations

import pytest

from tests.readings import Noted as Row
from tests.readings import noted_kinds


def _read(text: str) -> list[Row]:
    """Kind, text, value, unit and per-noun of each claim in ``text``."""
    return noted_kinds(text, "en_US", noun="per")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The town's bonds come to $4,200 for every man, woman and child living there.",
            [("rate", "$4,200 for every man", "4200", "USD / person", "man")],
        ),
        (
            "Its deficit works out at $7,500 in debt for each resident of the state.",
            [("rate", "$7,500", "7500", "USD / person", "resident")],
        ),
        (
            "The county set aside £85 for each pupil this term.",
            [("rate", "£85 for each pupil", "85", "GBP / person", "pupil")],
        ),
        ("Savers hold £900 of debt per household.", [("rate", "£900", "900", "GBP / household", "household")]),
        ("The buyer offered $12 for each share.", [("rate", "$12 for each share", "12", "USD / item", "share")]),
    ],
)
def test_money_for_every_noun_is_a_rate(text: str, expected: list[Row]) -> None:
    """Money "for every"/"for each" a listed noun, or after "in"/"of" and a noun, keeps the noun as denominator."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity raised $6,000 for each of its schools.", [("money", "$6,000", "6000", "USD", None)]),
        ("The charity raised $2 million in cash for every school.", [("money", "$2 million", "2000000", "USD", None)]),
        (
            "They matched $1 for every $3 donated.",
            [("money", "$1", "1", "USD", None), ("money", "$3", "3", "USD", None)],
        ),
        ("She earned $40,000 in 2019 for each client.", [("money", "$40,000", "40000", "USD", None)]),
    ],
)
def test_money_for_other_words_stays_money(text: str, expected: list[Row]) -> None:
    """ "for each of", an unlisted noun, another sum or a year after "in" make no rate."""
    assert expected == _read(text)
