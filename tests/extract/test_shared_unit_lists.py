"""extract(): a list of figures that names its unit once, after the last ("by 1 or 2 or 3 votes"),
gives its bare numbers that unit; lists that only look so keep them bare (left out by default)."""

from __future__ import annotations

import pytest

from factcheck import extract


def _read(text: str) -> list[tuple[str, str, str, str | None]]:
    """(kind, span, value, counted noun or unit) of every claim of the default reading."""
    return [
        (c.kind, c.span.text, str(c.amount.value), getattr(c, "counted", None) or str(c.amount.unit))
        for c in extract(text)
        if c.span is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill cleared the chamber by 1 or 2 or 3 votes at midnight.",
            [("count", "1", "1", "vote"), ("count", "2", "2", "vote"), ("count", "3", "3", "vote")],
        ),
        (
            "The club hires 3, 4 and 5 coaches a season.",
            [("count", "3", "3", "coach"), ("count", "4", "4", "coach"), ("count", "5", "5", "coach")],
        ),
        (
            "Lists of 1,000, 2,000, over 3,000 nurses went to the board.",
            [
                ("count", "1,000", "1000", "nurse"),
                ("count", "2,000", "2000", "nurse"),
                ("count", "over 3,000", "3000", "nurse"),
            ],
        ),
        (
            "Fees of 2, 4 and 6 percent apply on the loans.",
            [("share", "2", "2", "percent"), ("share", "4", "4", "percent"), ("share", "6 percent", "6", "percent")],
        ),
        (
            "The repair takes 2 or 3 or 4 days, the firm says.",
            [("duration", "2", "2", "day"), ("duration", "3", "3", "day"), ("duration", "4 days", "4", "day")],
        ),
    ],
)
def test_a_list_gives_its_bare_numbers_the_unit_named_after_the_last(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _read(text)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted total and a clause: a comma alone joins two figures, and they fall
        ("Of the 150, 40 nurses left.", [("count", "40", "40", "nurse")]),
        # a pair joined by a comma, with or without a word, is no list: two clauses
        ("The side drew 4, and 30 coaches left.", [("count", "30", "30", "coach")]),
        # a pair joined by a comma alone is no list
        ("The club hires 3, 4 coaches.", [("count", "4", "4", "coach")]),
        # falling values are two phrases, not a list of alternatives
        ("Of 9 or 4 coaches, none stayed.", [("count", "4", "4", "coach")]),
        # a modifier between the number and the noun: "2 bedroom", not 2 homes
        ("The firm will build 2, 3 and 4 bedroom flats.", [("count", "4", "4", "flat")]),
        # a fraction, not a number with a unit: "3 and a third"
        (
            "Only 3 and a third workers now pay in.",
            [("share", "a third", "33.33333333333333333333333333333333", "percent")],
        ),
        # the first number names a year of a scheme
        ("Mow twice in year 1, and up to 4 times if needed.", None),
        # a symbol before the last: "2, 3, £4" is left alone
        ("Tickets of 2, 3, £4 sold out.", None),
    ],
)
def test_a_list_that_only_looks_so_keeps_its_numbers_bare(
    text: str, expected: list[tuple[str, str, str, str | None]] | None
) -> None:
    read = _read(text)
    if expected is not None:
        assert read == expected
    assert all(kind != "number" for kind, *_ in read)
    assert [span for _, span, *_ in read if span in {"1", "2", "3", "9", "10", "150"}] == []


def test_counting_aloud_from_one_is_no_list_of_figures() -> None:
    """Commas alone and values 1, 2, 3: a speaker counting, not three alternatives."""
    assert _read("She counted one, two, three steps aloud.") == [("count", "three", "3", "step")]


def test_a_subject_before_the_first_number_is_the_whole_lists() -> None:
    """ "Exports were 12, 15 and 18 crates": the level verb's subject stands before the list, which is read whole."""
    assert _read("Exports were 12, 15 and 18 crates.") == [
        ("count", "12", "12", "crate"),
        ("count", "15", "15", "crate"),
        ("count", "18", "18", "crate"),
    ]
    # a pair with a comma joins two clauses: the first stays a number
    assert _read("Exports were 12, and 18 crates left.") == [
        ("number", "12", "12", "dimensionless"),
        ("count", "18", "18", "crate"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from a Wikinews interview
        (
            "It's like one thousand, maybe two thousand degrees.",
            [("quantity", "one thousand", "1E+3", "degree"), ("quantity", "two thousand degrees", "2E+3", "degree")],
        ),
        ("We hired 5, perhaps 6 engineers.", [("count", "5", "5", "engineer"), ("count", "6", "6", "engineer")]),
        # look-alikes: a comma alone (the 5 people hired, as "hired" reads them), a hedge with no comma before
        # it, a first number without the last's scale
        ("We hired 5, and 6 engineers left.", [("count", "5", "5", "person"), ("count", "6", "6", "engineer")]),
        ("In 2019, maybe 500 people came.", [("count", "500", "500", "person")]),
        (
            "The plant costs 2, maybe 3 million pounds.",
            [("number", "2", "2", "dimensionless"), ("money", "3 million pounds", "3E+6", "GBP")],
        ),
    ],
)
def test_a_hedged_second_after_a_comma_makes_a_pair(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "one thousand, maybe two thousand degrees": two alternatives, the first in the second's unit."""
    assert _read(text) == expected
