"""Shares listed in one sentence are one split of their whole only when they answer one question.

"48% to stay" after "52% of voters voted to leave" is gapped: the shares split the voters, and
more than 100% between them is an error. Shares each with a predicate of their own may answer
different questions ("64% own a car and 52% own a bicycle"): they may overlap, so a sum past
100% is a warning at most.
"""

from __future__ import annotations

import pytest

from factcheck import Severity, check


def _severities(text: str) -> list[Severity]:
    return [f.severity for f in check(text).findings if f.code == "shares-exceed-whole"]


@pytest.mark.parametrize(
    "text",
    [
        "In the poll, 55% backed the plan and 60% wanted a referendum.",
        "In the survey, 70% said prices were too high and 45% said wages were too low.",
        "Among the 2,000 adults polled, 64% own a car and 52% own a bicycle.",
        "Of the 900 members, 70% of members voted for the merger and 45% voted for a new name.",
    ],
)
def test_shares_with_predicates_of_their_own_are_a_warning(text: str) -> None:
    assert _severities(text) == [Severity.WARNING]


@pytest.mark.parametrize(
    "text",
    [
        "Of the votes cast, 48% went to Smith, 40% to Jones and 22% to Brown.",
        "61% of voters said yes, 50% said no and 14% were unsure.",
        "Among the 2,000 adults polled, 70% own a car and 45% do not.",
        "In the poll, 55% backed the plan, 55% opposed it and 10% were undecided.",
    ],
)
def test_shares_that_split_one_whole_are_an_error(text: str) -> None:
    assert _severities(text) == [Severity.ERROR]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In 2024, 35% of the grant was spent on salaries; the remaining 75% of the grant was spent on equipment.",
            [Severity.ERROR],
            id="remaining-in-the-same-sentence",
        ),
        pytest.param(
            "In 2024 the council spent 40% of its budget on care. The remaining 70% went on roads and parks.",
            [Severity.WARNING],
            id="remaining-in-the-sentence-ahead-takes-its-whole",
        ),
        pytest.param(
            "In 2024 the council spent 40% of its budget on care. The remaining 60% went on roads and parks.",
            [],
            id="remaining-that-completes-the-whole",
        ),
        pytest.param(
            "In 2024 the council spent 40% of its budget on care. Another 70% of residents said roads came first.",
            [],
            id="no-remaining-no-link",
        ),
    ],
)
def test_the_remaining_share_completes_the_shares_before_it(text: str, expected: list[Severity]) -> None:
    """ "the remaining 75%" is the rest of the whole split before it: with the others, at most 100%."""
    assert expected == _severities(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The scheme gives 20% of the fees raised from parking permits to local bus services,"
            " 30% to road repairs in the villages, and 60% to a reserve.",
            [Severity.ERROR],
            id="later-shares-with-the-gapped-verbs-argument",
        ),
        pytest.param(
            "The scheme gives 20% of the fees raised from parking permits to local bus services,"
            " 30% to road repairs in the villages, and 50% to a reserve.",
            [],
            id="the-same-list-adding-up",
        ),
        pytest.param(
            "The scheme gives 20% of the fees raised from parking permits to local bus services,"
            " 30% went to road repairs in the villages, and 60% went to a reserve.",
            [],
            id="a-verb-of-their-own-and-a-long-gap-no-list",
        ),
    ],
)
def test_shares_after_a_gapped_verb_split_its_whole(text: str, expected: list[Severity]) -> None:
    """ "10% to X" after "gives 5% of W to Y, ...": the gapped verb's argument, one split of W."""
    assert expected == _severities(text)
