"""Readings from the final batch's error classes: misspelt scales, tallies, idioms, names and codes.

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from tests.readings import Reading
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant grew to £6 billon last spring.", [("£6 billon", "6000000000", "GBP", None)]),
        ("Sales reached $4 milion by June.", [("$4 milion", "4000000", "USD", None)]),
        ("The choir sang 6 billon songs.", [("6", "6", "item", "song")]),
    ],
)
def test_misspelt_scale_only_after_money(text: str, expected: list[Reading]) -> None:
    """A common typo of a scale word ("billon") scales money right before it, and nothing else."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel backed the plan by a bipartisan 14 to 5 majority.",
            [("14", "14", "item", "vote"), ("5", "5", "item", "vote")],
        ),
        (
            "Pundits foresee an electoral count of 301 to 237 this time.",
            [("301", "301", "item", "vote"), ("237", "237", "item", "vote")],
        ),
        ("A bipartisan 12 senators wrote to him.", [("12", "12", "person", "senator")]),
        ("They voted 4 to 6 budgets through.", [("4 to 6", "5", "item", "budget")]),
    ],
)
def test_more_tally_leads(text: str, expected: list[Reading]) -> None:
    """ "a bipartisan" and "an electoral count of" lead a tally; its second number may have a noun after it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She hopes she will one day sail home.", []),
        ("The yard could one day build ships again.", []),
        ("The repair will take one day.", [("one day", "1", "day", None)]),
        ("One day was lost to rain.", [("One day", "1", "day", None)]),
    ],
)
def test_one_day_after_a_modal_is_an_idiom(text: str, expected: list[Reading]) -> None:
    """ "will one day" means some day; "take one day" is a duration."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police seized a Three-Nine rifle at the port.", []),
        ("The airline flies a Boeing 767-300 to Lima.", []),
        ("The Boeing 757 landed late.", []),
        ("The board adopted the 10-Year Strategy in March.", []),
        ("Her office is at Calle Mayor, 112-4º Planta.", [("112", "112", "dimensionless", None)]),
        ("It was a 10-year strategy.", [("10-year", "10", "year", None)]),
        ("Between three-nine rifles were seized.", [("three", "3", "item", "nine"), ("nine", "9", "item", "rifle")]),
        ("Turnout was 767-800 that day.", [("767-800", "783.5", "person", "turnout")]),
        ("Scores were 30-4 at the break.", [("30", "30", "dimensionless", None), ("4", "4", "dimensionless", None)]),
        ("The pool was at 28º all week.", [("28º", "28", "degree", None)]),
    ],
)
def test_names_models_titles_and_floors_are_no_figures(text: str, expected: list[Reading]) -> None:
    """A name of two capitalised number words, a maker's model, a title's "N-Year", a floor "112-4º"."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riders must be 17 or over, or turning 17 within a month.",
            [("17", "17", "dimensionless", None), ("17", "17", "year", None)],
        ),
        ("My aunt turns 70 in June.", [("70", "70", "year", None)]),
        ("The firm turned 4 barns into flats.", [("4", "4", "item", "barn")]),
        ("The storm was turning dozens of sheds into firewood.", [("dozens", "24", "item", "shed")]),
    ],
)
def test_an_age_after_an_age_verb(text: str, expected: list[Reading]) -> None:
    """ "turning 17", "turns 70" are ages; not a number with a plural after it, nor a vague amount."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court heard that Ann Lee and Bo Ray, 33 and 58, met at a cafe.",
            [("33", "33", "year", None), ("58", "58", "year", None)],
        ),
        (
            "In Leeds, 12 and 14, on the old line, closed.",
            [("12", "12", "dimensionless", None), ("14", "14", "dimensionless", None)],
        ),
        (
            "Pupils between the ages of 11 and 16 may enter.",
            [("11 and 16", "13.5", "year", None)],
        ),
        ("Pupils between 11 and 16 may enter.", [("between 11 and 16", "13.5", "dimensionless", None)]),
    ],
)
def test_paired_ages_and_age_ranges(text: str, expected: list[Reading]) -> None:
    """Two ages after two names in apposition; "between the ages of 11 and 16" is one range of ages."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met 40 some years ago.", [("40 some years", "40", "year", None)]),
        ("The farm lay twenty-odd miles north.", [("twenty-odd miles", "20", "mile", None)]),
        ("We met 45 some years ago.", [("45", "45", "dimensionless", None)]),
        ("There were 30 some people inside.", [("30", "30", "person", "person")]),
    ],
)
def test_a_round_number_keeps_its_unit_past_some_or_odd(text: str, expected: list[Reading]) -> None:
    """ "40 some years" is 40 years and "twenty-odd miles" 20 miles; not a number that is not round."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fire killed six people and hurt at least 40 more.",
            [("six", "6", "person", "person"), ("at least 40", "40", "person", "person")],
        ),
        (
            "Four other miners died in the flood; about ten more, including a guard, were rescued.",
            [("Four", "4", "person", "miner"), ("about ten", "10", "person", "miner")],
        ),
        (
            "The yard sold 300 boats, 50 more than last year.",
            [("300", "300", "boat", "boat"), ("50", "50", "boat", "boat")],
        ),
        (
            "There was one passenger seriously injured, and two more with minor injuries.",
            [("one", "1", "person", "passenger"), ("two", "2", "person", "passenger")],
        ),
        (
            "The gunman killed nine people and injured 50 more in the city.",
            [("nine", "9", "person", "person"), ("50", "50", "person", "person")],
        ),
        (
            "They sold 9 cars and made 50 more than last year.",
            [("9", "9", "vehicle", "car"), ("50", "50", "dimensionless", None)],
        ),
    ],
)
def test_more_after_a_count_counts_the_same(text: str, expected: list[Reading]) -> None:
    """ "N more" closing a clause after a count is more of what it counts; "50 more than" stays a difference."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An extra million-and-a-half signed up.", [("million-and-a-half", "1500000", "person", "person")]),
        ("A thousand-and-a-half tickets went.", [("A thousand-and-a-half", "1500", "item", "ticket")]),
    ],
)
def test_a_scale_word_and_a_half(text: str, expected: list[Reading]) -> None:
    """ "million-and-a-half" is 1.5 million, not "a half" as a share."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill cleared the chamber along party lines, 219-to-207.",
            [("219", "219", "item", "vote"), ("207", "207", "item", "vote")],
        ),
        (
            "The bill cleared the chamber 219-to-207.",
            [("219", "219", "dimensionless", None), ("207", "207", "dimensionless", None)],
        ),
        ("They fitted Covid-19 screens.", []),
    ],
)
def test_hyphened_to_tallies(text: str, expected: list[Reading]) -> None:
    """ "219-to-207" reads both numbers; "along party lines," leads a tally across its comma."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flu kills 2,000 more men than women each year.", [("2,000", "2000", "person / year", "man")]),
        ("The council built 40 fewer homes.", [("40", "40", "item", "home")]),
        ("The trip took 3 more years.", [("3 more years", "3", "year", None)]),
        ("It sold 50 more than last year.", [("50", "50", "dimensionless", None)]),
        ("It cost £2bn more than planned.", [("£2bn", "2000000000", "GBP", None)]),
    ],
)
def test_a_count_comparative_keeps_the_noun_unit(text: str, expected: list[Reading]) -> None:
    """ "N more women", "N fewer homes" are changes in the noun's count unit; a time or money stays as it was."""
    assert expected == _read(text)
