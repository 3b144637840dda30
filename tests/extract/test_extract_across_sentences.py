"""Links across a sentence boundary, subjects after an opening time phrase, and borrowed subjects."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import ChangeClaim, CountClaim, check, extract


def _change(text: str) -> ChangeClaim:
    """The one change claim of ``text``."""
    (change,) = [c for c in extract(text) if isinstance(c, ChangeClaim)]
    return change


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("Visitors numbered 52,000 in 2021. In 2022 they rose by 20% to 62,400.", Decimal(52000), Decimal(62400)),
        ("Sea crossings hit 900 in 2020. In 2021 crossings rose by 20% to 1,080.", Decimal(900), Decimal(1080)),
        ("The budget was £40m in 2019. By 2023 it had shrunk to £30m, a cut of 25%.", Decimal("4E+7"), Decimal("3E+7")),
        ("In 2020, 1,500 nurses left. In 2021 the figure rose to 1,800, up 20%.", Decimal(1500), Decimal(1800)),
    ],
)
def test_before_from_the_sentence_ahead(text: str, before: Decimal, after: Decimal) -> None:
    """A change with its new level takes as before the one earlier figure of the sentence ahead."""
    change = _change(text)
    assert (before, after) == (
        None if change.before is None else change.before.value,
        None if change.after is None else change.after.value,
    )


@pytest.mark.parametrize(
    "text",
    [
        # two candidates in the sentence ahead
        "In 2021, 900 homes were built and 300 were sold. In 2022 building fell to 600, down a third.",
        # the figure ahead is not earlier than the new level
        "Sales reached 5,000 in 2023. In 2022 they fell by 10% to 4,000.",
        # another paragraph
        "Sales reached 5,000 in 2021.\n\nIn 2022 they fell by 10% to 4,500.",
        # money ahead, a count after
        "The scheme cost £5m in 2021. In 2022 it rose by 10% to 5,500 places.",
        # no new level in the change's sentence
        "Sales reached 5,000 in 2021. In 2022 they fell by 10%.",
        # another quantity of the same kind: its subject shares no word with the figure ahead
        "Exports were worth £30bn in 2021. In 2022 imports rose by 10% to £33bn.",
        "In 2020 the ward had 400 beds. In 2023 waiting lists rose by 20% to 6,000.",
    ],
)
def test_no_before_when_not_unambiguous(text: str) -> None:
    """No link without exactly one earlier, same-kind figure in the same paragraph, and a new level."""
    assert _change(text).before is None


def test_a_wrong_change_across_sentences_is_reported() -> None:
    """The link lets the change check compare the stated change with the two levels."""
    report = check(extract("Arrivals reached 8,000 in 2022. In 2023 they fell by 75% to 390."))
    assert [f.code for f in report.findings if f.code.startswith("change")] == ["change-inconsistent"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In 2023 the backlog grew by 12%.", "the backlog"),
        ("By 2030 spending will rise by 4%.", "spending"),
        ("Last year prices rose 5%.", "prices"),
        ("This month they rose 2%.", None),
    ],
)
def test_an_opening_time_phrase_is_not_the_subject(text: str, subject: str | None) -> None:
    """ "In 2023", "By 2030", "Last year" before the subject are its period, not part of it."""
    assert subject == _change(text).subject


def test_a_count_with_its_own_verb_borrows_only_the_noun() -> None:
    """ "600 people died and 1,200 were hurt": the second count is of people hurt, not people died."""
    counts = [c for c in extract("Some 600 people died and 1,200 were hurt.") if isinstance(c, CountClaim)]
    assert [(c.subject, str(c.amount.unit)) for c in counts] == [("people died", "person"), ("people hurt", "person")]


def test_two_counts_with_different_verbs_are_not_a_contradiction() -> None:
    """ "8,000 people crossed and 2,000 were returned" in one year are two quantities."""
    report = check(extract("In 2022, 8,000 people crossed and 2,000 were returned."))
    assert [f.code for f in report.findings if f.code == "contradiction"] == []
