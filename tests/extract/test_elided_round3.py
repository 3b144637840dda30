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
        # a personal pronoun and "be": a group of people
        ("My childhood was happy: I am one of six.", [("six", "6", "person", "person")]),
        ("She was one of 12 selected for the squad.", [("12", "12", "person", "person")]),
        ("It was one of six.", [("six", "6", "dimensionless", None)]),
        ("I am one of six children.", [("six", "6", "person", "child")]),
        ("I am one of those they criticized, I am one of the six.", [("six", "6", "person", "person")]),
        ("The bridge was one of the four spanning the river.", [("four", "4", "item", "bridge")]),
        ("This is one of the 12 best.", [("12", "12", "dimensionless", None)]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port had 900 ships on its books in 2019. By June that number could reach 1,100 and by winter 1,300.",
            [("900", "900", "boat", "ship"), ("1,100", "1100", "boat", "ship"), ("1,300", "1300", "boat", "ship")],
        ),
        (
            # a rate ahead: the levels are not plainly per month
            "The port handles 900 ships a month now. By June that number could reach 1,100.",
            [("900 ships a month", "900", "boat / month", "ship"), ("1,100", "1100", "dimensionless", None)],
        ),
        (
            "The school had 600 pupils in 2019. The total rose to 650 in 2021.",
            [("600", "600", "person", "pupil"), ("650", "650", "person", "pupil")],
        ),
        (
            # two figures in the sentence ahead: which one "the total" is, is not plain
            "The school had 600 pupils and 40 teachers in 2019. The total rose to 650 in 2021.",
            [
                ("600", "600", "person", "pupil"),
                ("40", "40", "person", "teacher"),
                ("650", "650", "dimensionless", None),
            ],
        ),
    ],
)
def test_levels_of_that_number_count_the_count_ahead(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """Bare levels after "that number", "the total" count what the one count of the sentence ahead counts."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan has the backing of nurses, perhaps 40 to 50, and of some doctors.",
            [("40 to 50", "45", "person", "nurse")],
        ),
        ("Many farmers, more than 30, signed it.", [("more than 30", "30", "person", "farmer")]),
        # a singular noun before the comma: no count in apposition
        ("In the county, 30, the rate fell.", [("30", "30", "dimensionless", None)]),
    ],
)
def test_counts_in_apposition_to_a_plural_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "support of Republicans, probably 25 to 30,": the count in apposition counts the plural noun before it."""
    assert expected == _read(text)
