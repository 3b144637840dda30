"""Counts, ages and levels that leave out their noun, as real news writes them (round 3).

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gallery bought the nine paintings on show \u2014 four abstract, three portraits and two small-scale.",
            [
                ("nine", "9", "item", "painting"),
                ("four", "4", "item", "painting"),
                ("three", "3", "item", "portrait"),
                ("two", "2", "item", "painting"),
            ],
        ),
        (
            "The district runs 30 schools \u2014 12 primary, 18 secondary.",
            [("30", "30", "item", "school"), ("12", "12", "item", "school"), ("18", "18", "item", "school")],
        ),
        (
            # the members add up to more than the whole: no list of its parts
            "The club owns six boats \u2014 five electric, and four with sails.",
            [("six", "6", "boat", "boat"), ("five", "5", "dimensionless", None), ("four", "4", "dimensionless", None)],
        ),
        (
            # no dash or colon opens a list after the whole
            "The club owns six boats and two electric, said the owner.",
            [("six", "6", "boat", "boat"), ("two", "2", "dimensionless", None)],
        ),
    ],
)
def test_adjective_members_count_the_whole(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A number with only an adjective after it, in a list opened after a counted whole, counts the whole's noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 2,400 flu cases were confirmed over the winter, with 310 logged in March alone.",
            [("Some 2,400", "2400", "case", "case"), ("310", "310", "case", "case")],
        ),
        (
            # the earlier count is an object, not the subject a verb follows
            "Doctors saw 2,400 patients over the winter, with 310 logged in March alone.",
            [("2,400", "2400", "person", "patient"), ("310", "310", "dimensionless", None)],
        ),
        (
            # no participle of reporting after the number
            "Some 2,400 flu cases were confirmed over the winter, with 310 beds in use.",
            [("Some 2,400", "2400", "case", "case"), ("310", "310", "item", "bed")],
        ),
    ],
)
def test_reported_counts_take_the_subject_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bare number with "recorded", "logged" ... after it counts what the subject count before it counts."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was one of four spanning the river.", [("four", "4", "item", "bridge")]),
        ("The nurse is one of twelve, the hospital said.", [("twelve", "12", "person", "nurse")]),
        # a noun of its own after the number
        ("The bridge was one of four railway arches.", [("four", "4", "item", "arch")]),
        # no determiner and noun open the sentence
        ("Smith was one of four spanning the river.", [("four", "4", "dimensionless", None)]),
        # a plural subject
        ("The bridges were one of four spanning the river.", [("four", "4", "dimensionless", None)]),
    ],
)
def test_one_of_a_group_counts_the_subject(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "The trial was one of three facing ...": the number counts the sentence's subject noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professor Ann Lowe, 61, and her husband moved north.", [("61", "61", "year", None)]),
        ("Bishop Tom Hale, 58, and his daughter spoke.", [("58", "58", "year", None)]),
        # no title before the name: "and" may join a list of counts
        ("In Leeds, 61, and her husband moved north.", [("61", "61", "dimensionless", None)]),
        # a title, but no possessive after "and"
        (
            "Professor Ann Lowe, 61, and 40 students came.",
            [("61", "61", "dimensionless", None), ("40", "40", "person", "student")],
        ),
    ],
)
def test_age_of_a_titled_name_before_and_his(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "Rabbi Meir Kahane, 34, and his wife": a titled name's age stays an age before "and his"."""
    assert expected == _read(text)
