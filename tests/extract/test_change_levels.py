"""Changes whose words name both levels (``factcheck._extract.link.change_levels``), in our own words.

Each form: a passage whose figures agree (the change read with its before and after, no ERROR),
the same passage with one figure wrong (an ERROR), and near-misses that must stay unlinked.
"""

from __future__ import annotations

from decimal import Decimal

import factcheck
from factcheck import AbsoluteChangeClaim, Amount, ChangeClaim
from tests.quiet import extract_quietly, flagged


def changes(text: str) -> list[tuple[str, str, Amount | None, Amount | None, bool]]:
    """Each change: its class, its text, its before and after, and whether the link is explicit."""
    return [
        (type(c).__name__, c.span.text if c.span else "", c.before, c.after, c.explicit_link)
        for c in extract_quietly(text)
        if isinstance(c, ChangeClaim)
    ]


def gbp(value: str) -> Amount:
    return Amount.stated(Decimal(value), "GBP")


BETWEEN = (
    "The council expects a net reduction in its borrowing of £4.5 million relative to the budgeted "
    "borrowing of £30.0 million, taking total borrowing at the end of 2026 to £25.5 million."
)


def test_a_change_noun_with_the_level_compared_and_the_level_reached_is_a_change_between_them() -> None:
    assert changes(BETWEEN) == [
        ("AbsoluteChangeClaim", "£4.5 million", gbp("30.0E6"), gbp("25.5E6"), True),
    ]
    assert flagged(BETWEEN) == []
    assert flagged(BETWEEN.replace("£4.5 million", "£6.5 million")) == [("change-inconsistent", "error")]


def test_a_change_compared_with_a_level_and_bringing_it_to_another() -> None:
    text = "Membership saw an increase of 120 compared with the 1,480 members of last spring, bringing it to 1,600."
    (change,) = [c for c in extract_quietly(text) if isinstance(c, AbsoluteChangeClaim)]
    assert (change.before, change.after, change.explicit_link) == (
        Amount.stated(1480, "person"),
        Amount.stated(1600, "person"),
        True,
    )
    assert flagged(text) == []
    assert flagged(text.replace("1,600", "1,700")) == [("change-inconsistent", "error")]


def test_a_change_without_the_level_it_brings_about_or_of_another_unit_is_not_linked() -> None:
    no_result = "The council expects a net reduction in its borrowing of £4.5m relative to the budget of £30.0m."
    assert changes(no_result) == []
    other_unit = (
        "The council expects a net reduction in its staff of 450 relative to the budget of £30.0 million, "
        "taking spending to £25.5 million."
    )
    assert changes(other_unit) == []
    no_noun = (
        "The council holds reserves of £4.5 million relative to the budgeted borrowing of £30.0 million, "
        "taking total borrowing to £25.5 million."
    )
    assert changes(no_noun) == []


ANAPHOR = (
    "Staff took an average of 7.60 days of sick leave in 2024-25, against a target of 7.25. "
    "This was a reduction of 0.4 days against the 2023-24 figure of 8.0."
)


def test_this_was_a_change_against_an_earlier_figure_restates_the_figure_ahead() -> None:
    days = [c for c in extract_quietly(ANAPHOR) if isinstance(c, ChangeClaim)]
    assert [(c.span.text if c.span else "", c.before, c.after, c.explicit_link, c.inferred) for c in days] == [
        ("0.4 days", Amount.stated("8.0", "day"), Amount.stated("7.60", "day"), True, ()),
    ]
    assert flagged(ANAPHOR) == []
    assert flagged(ANAPHOR.replace("figure of 8.0", "figure of 9.0")) == [("change-inconsistent", "error")]


def test_a_full_stop_with_no_space_after_it_ends_the_sentence_ahead() -> None:
    glued = ANAPHOR.replace("7.25. This", "7.25.This")
    assert flagged(glued) == []
    assert flagged(glued.replace("figure of 8.0", "figure of 9.0")) == [("change-inconsistent", "error")]
    (change,) = [c for c in extract_quietly(glued) if isinstance(c, ChangeClaim)]
    assert change.modality is factcheck.Modality.OUTTURN  # "a target of 7.25" is the sentence ahead's


def test_the_restated_figure_must_be_one_later_outturn_of_the_kind() -> None:
    change = "This was a reduction of 0.4 days against the 2023-24 figure of 8.0."
    only_target = f"The target was 7.25 days for 2024-25. {change}"
    two_levels = f"Staff took 7.60 days of sick leave in 2024-25 and 7.9 days in 2022-23. {change}"
    earlier = f"Staff took 7.60 days of sick leave in 2022-23. {change}"
    not_opening = f"Staff took 7.60 days of sick leave in 2024-25. Overall {change[0].lower()}{change[1:]}"
    for text in (only_target, two_levels, earlier, not_opening):
        assert [(c.before, c.after) for c in extract_quietly(text) if isinstance(c, ChangeClaim)] == [(None, None)], (
            text
        )


def test_this_is_a_change_on_a_base_takes_the_one_figure_ahead_of_its_kind_not_a_target() -> None:
    target = "Sales were £540m in 2020 against a target of £500m. This is a rise of 20% on the £450m of 2019."
    assert changes(target) == [("RelativeChangeClaim", "20%", gbp("450E6"), gbp("540E6"), True)]
    assert flagged(target) == []
    assert flagged(target.replace("20%", "30%")) == [("change-inconsistent", "error")]
    own_verb = "Sales were £540m in 2020. It rose 30% on the £450m of 2019."
    assert flagged(own_verb) == [("change-inconsistent", "error")]
    two_figures = "Sales were £540m in 2020 and costs were £50m. This is a rise of 20% on the £450m of 2019."
    assert [(c.before, c.after) for c in extract_quietly(two_figures) if isinstance(c, ChangeClaim)] == [(None, None)]


def test_the_level_reached_must_name_again_what_changed() -> None:
    decade = (
        "Spending saw a rise of £2.0bn relative to the £10.0bn spent last year, taking spending over the "
        "decade to £50.0bn."
    )
    other = "Fees saw a rise of £2.0m relative to the £10.0m charged last year, taking the surplus to £5.0m."
    for text in (decade, other):
        assert [(c.before, c.after) for c in extract_quietly(text) if isinstance(c, ChangeClaim)] == [(None, None)], (
            text
        )
