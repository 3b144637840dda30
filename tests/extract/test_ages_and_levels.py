"""Ages in years and stock-index levels in points: figures that read as bare numbers without these rules.

Sentences written for these tests; each pins the whole reading of its sentence, and each rule has
sentences on both sides of it.
"""

from __future__ import annotations

import pytest

from tests.readings import range_readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # every member of a list after "aged", in words or digits; "two aged twelve" counts people
            "The victims were aged six, eight, two aged twelve, 51 and 63.",
            [
                ("six", "6", "year", None),
                ("eight", "8", "year", None),
                ("two", "2", "person", "person"),
                ("twelve", "12", "year", None),
                ("51", "51", "year", None),
                ("63", "63", "year", None),
            ],
        ),
        (
            "Police arrested three aged between 15 and 17.",
            [("three", "3", "person", "person"), ("between 15 and 17", "15..17", "year", None)],
        ),
        (  # the age after the lead may carry a hedge
            "The scheme covers two aged under 18 and three aged over 65.",
            [
                ("two", "2", "person", "person"),
                ("under 18", "18", "year", None),
                ("three", "3", "person", "person"),
                ("over 65", "65", "year", None),
            ],
        ),
        (  # "age" alone before the number, between commas
            "The eldest daughter, age 31, told the court she had been locked in.",
            [("31", "31", "year", None)],
        ),
        (  # the suspended hyphen: the first number takes the second's unit
            "The grant pays for 30 hours a week for 2- and 3-year-olds.",
            [("30 hours a week", "30", "hour / week", None), ("2", "2", "year", None), ("3-year", "3", "year", None)],
        ),
        (
            "The station is a 10- or 12-minute walk away.",
            [("10", "10", "minute", None), ("12-minute", "12", "minute", None)],
        ),
        (  # one range of ages, not a change from one age to another
            "The climbers range in age from 19 to 71.",
            [("19 to 71", "19..71", "year", None)],
        ),
        (
            "Entrants were aged from 16 to 24.",
            [("16 to 24", "16..24", "year", None)],
        ),
    ],
)
def test_ages_are_years(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number word with "others" after it counts people, after a person's age
            "Her brother aged 15 and four others were rescued.",
            [("15", "15", "year", None), ("four", "4", "person", "person")],
        ),
        (  # the same with digits: a count, not a third age
            "Her brother aged 15 and 4 others were rescued.",
            [("15", "15", "year", None), ("4", "4", "person", "person")],
        ),
        (  # "one" after "age of 60 and" is a pronoun with a verb after it
            "The plan has a pension age of 60 and one has no fixed age.",
            [("60", "60", "year", None), ("one", "1", "dimensionless", None)],
        ),
        (  # "age" before a comma is no lead: "one" is a pronoun
            "At this age, one can walk unaided.",
            [("one", "1", "dimensionless", None)],
        ),
        (  # "aged" before a noun, not an age: the number counts beds
            "The home has 5 aged care beds.",
            [("5", "5", "item", "bed")],
        ),
        (  # a change of the pension age stays two ages, not one range
            "The bill moves the pension age from 66 to 67.",
            [("66", "66", "year", None), ("67", "67", "year", None)],
        ),
        (  # a hyphen before "and" with no unit joined to the next number: nothing shared
            "The judges gave marks of 7- and 9 on the night.",
            [("7", "7", "dimensionless", None), ("9", "9", "dimensionless", None)],
        ),
    ],
)
def test_numbers_that_are_no_ages(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FTSE 250 closed at 20,114.6 on Monday.", [("20,114.6", "20114.6", "index_point", None)]),
        (
            "The S&P 500 rose 0.7% to 4,512.",
            [("0.7%", "0.7", "percent", None), ("4,512", "4512", "index_point", None)],
        ),
        (  # "points" after the level say it outright
            "The Nasdaq finished the week at 15,200 points.",
            [("15,200 points", "15200", "index_point", None)],
        ),
        ("Germany's DAX index stood at 16,020.", [("16,020", "16020", "index_point", None)]),
        (  # the level's clause cut at a comma: the index is named in the clause before
            "The Nasdaq rose 1.2%, to 8,500.",
            [("1.2%", "1.2", "percent", None), ("8,500", "8500", "index_point", None)],
        ),
    ],
)
def test_the_level_of_a_named_index_is_in_index_points(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the index is named in another clause: a share price, not the index's level
            "Shares in Barclays, a FTSE 100 member, closed at 182.4.",
            [("182.4", "182.4", "dimensionless", None)],
        ),
        (  # the clause before the comma names the index only inside an apposition
            "Barclays, a FTSE 100 member, rose 2%, to 182.4.",
            [("2%", "2", "percent", None), ("182.4", "182.4", "dimensionless", None)],
        ),
        (  # no index named: a level of something else
            "Exports rose to 4,512 in May.",
            [("4,512", "4512", "dimensionless", None)],
        ),
        (  # the index is named after the level, in the next clause
            "Sterling rose to 1.27 as the FTSE 100 gained.",
            [("1.27", "1.27", "dimensionless", None)],
        ),
    ],
)
def test_numbers_that_are_no_index_levels(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # names in a list, each with its age, after a noun for the people named
            "They have three children, Amy, 9, Ben, 7, and Cara, 4.",
            [
                ("three", "3", "person", "child"),
                ("9", "9", "year", None),
                ("7", "7", "year", None),
                ("4", "4", "year", None),
            ],
        ),
        ("She is survived by her son, Darren, 15.", [("15", "15", "year", None)]),
        (  # no noun for people before the names: levels of a list, not ages
            "The largest delegations, Iowa, 41, and Ohio, 36.",
            [("41", "41", "dimensionless", None), ("36", "36", "dimensionless", None)],
        ),
        (  # a range opened by "between" right after a plural noun for people
            "Grants go to people between 18 and 24, and to carers.",
            [("between 18 and 24", "18..24", "year", None)],
        ),
        (  # the noun after the range is what it counts
            "Between 20 and 35 people were hurt.",
            [("Between 20 and 35", "20..35", "person", "person")],
        ),
        (  # "I was six" in a sentence that spoke of age before it
            "I played until I was nine years old, stopped for a year and then I was ten.",
            [("nine years", "9", "year", None), ("ten", "10", "year", None)],
        ),
        ("He said he was 5 when the war began.", [("5", "5", "dimensionless", None)]),
        ("I was told the score was 3.", [("3", "3", "dimensionless", None)]),
        (  # "when" (or "since") before "I was": an age with no talk of age before it
            "She learnt to swim when she was four, and to ride when she was 12 and lived abroad.",
            [("four", "4", "year", None), ("12", "12", "year", None)],
        ),
        ("Since they were 16, the twins have run the shop.", [("16", "16", "year", None)]),
        (  # a plural noun after the number: what it counts, no age
            "They scored when they were 2 goals down.",
            [("2", "2", "item", "goal")],
        ),
        ("It rained when it was 5 o'clock.", []),
    ],
)
def test_ages_in_a_people_context(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Names listed with their ages, people "between 18 and 24", "I was ten" after talk of age."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 45 yo woman and a 3 yo boy were treated.", [("45 yo", "45", "year", None), ("3 yo", "3", "year", None)]),
        ("The patient, 87 yrs, was discharged.", [("87 yrs", "87", "year", None)]),
    ],
)
def test_years_old_abbreviated(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "yo" after a number (years old) gives an age in years, as "yrs" does."""
    assert expected == _read(text)
