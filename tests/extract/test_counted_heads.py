"""What a count counts, read from the noun's head: abbreviations, compounds, "-strong", titles, lists of people."""

from __future__ import annotations

import pytest

from tests.readings import Reading as Read
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund backs 35 NGOs in the region.", [("35", "35", "item", "ngo")]),
        ("The lab is run by two PIs from Leeds.", [("two", "2", "person", "pi")]),
        ("Only 14 VIPs were let in.", [("14", "14", "person", "vip")]),
        ("Nine MPs signed and four CEOs stayed away.", [("Nine", "9", "person", "mp"), ("four", "4", "person", "ceo")]),
        ("The depot holds 60 SUVs.", [("60", "60", "item", "suv")]),
        ("One MP said the vote was close.", [("One", "1", "person", "mp")]),
    ],
)
def test_an_abbreviation_after_a_number_is_its_counted_noun(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The radio works at 2 GHz.", [("2 GHz", "2", "gigahertz", None)]),
        ("Each home stores 13 kWh.", [("13 kWh", "13", "kilowatt_hour", None)]),
        ("The ticket cost 40 USD.", [("40 USD", "40", "USD", None)]),
        ("One COVID-19 lesson is speed.", [("One", "1", "dimensionless", None)]),
        ("We want one near QVM.", [("one", "1", "dimensionless", None)]),
    ],
)
def test_units_codes_and_other_words_are_no_abbreviation_counted(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He slept in one hospital bed.", [("one", "1", "item", "bed")]),
        ("Only one hospital bed was empty.", [("one", "1", "item", "bed")]),
        ("They own one garden shed.", [("one", "1", "item", "shed")]),
        ("The car has one top speed.", [("one", "1", "item", "speed")]),
        ("One police officer was hurt.", [("One", "1", "person", "officer")]),
        ("One family member said so.", [("One", "1", "person", "member")]),
        ("Eight hospital beds were empty.", [("Eight", "8", "item", "bed")]),
    ],
)
def test_a_compound_counts_its_last_noun(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One factory shed 300 jobs.", [("One", "1", "item", "factory"), ("300", "300", "job", "job")]),
        ("Two hospitals shed nurses.", [("Two", "2", "item", "hospital")]),
        ("One bank shed its branches.", [("One", "1", "item", "bank")]),
        ("Four schools closed.", [("Four", "4", "item", "school")]),
    ],
)
def test_a_verb_after_the_noun_is_no_head(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 12,000-strong army crossed the river.", [("12,000", "12000", "person", "person")]),
        ("A 250-strong crowd waited at the gate.", [("250", "250", "person", "person")]),
        ("The 27-member bloc voted.", [("27", "27", "person", "member")]),
        ("They sent four strong teams.", [("four", "4", "item", "team")]),
    ],
)
def test_a_strength_counts_people(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We met the four Governors and two Deputy Minister of the region.",
            [("four", "4", "person", "governor"), ("two", "2", "person", "minister")],
        ),
        ("They heard from three Senior Judge.", [("three", "3", "person", "judge")]),
    ],
)
def test_a_title_left_in_the_singular_after_a_number_word_counts_people(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Prime Minister candidates spoke.", [("Two", "2", "person", "candidate")]),
        ("Four Minister Road homes were sold.", [("Four", "4", "item", "home")]),
        ("She beat 2 Deputy Minister.", [("2", "2", "dimensionless", None)]),
    ],
)
def test_no_singular_title_counts_elsewhere(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some two million men, women, and children left.", [("Some two million", "2000000", "person", "person")]),
        ("Hundreds of women and girls were freed.", [("Hundreds", "200", "person", "person")]),
        ("About 70 boys or girls applied.", [("About 70", "70", "person", "person")]),
        ("Nine men and 4 women stayed.", [("Nine", "9", "person", "man"), ("4", "4", "person", "woman")]),
        ("Nine men and their horses stayed.", [("Nine", "9", "person", "man")]),
    ],
)
def test_kinds_of_people_listed_together_count_people(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from Wikinews (blind4)
        (
            "The airplane is one of eighteen B-17s still in the United States.",
            [("eighteen", "18", "item", "b-17")],
        ),
        ("The airline operates 24 Boeing 737s.", [("24", "24", "item", "boeing 737")]),
        ("The carrier has 12 A320s and 3 A330s.", [("12", "12", "item", "a320"), ("3", "3", "item", "a330")]),
        # look-alikes: a decade and its noun; a name in the singular after a word not capitalised stays bare
        ("He sang three 1990s hits.", [("three", "3", "item", "hit")]),
        ("They sold 5 iPhone 11 units.", [("5", "5", "dimensionless", None)]),
    ],
)
def test_a_plural_name_written_with_digits_counts_items(text: str, expected: list[Read]) -> None:
    """ "eighteen B-17s", "24 Boeing 737s": so many things of that name, ``item`` counting the name ("b-17")."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from Wikinews
        (
            "Ocado was observed limiting purchases of Andres toilet paper to two 12-roll packs.",
            [("two", "2", "item", "pack"), ("12", "12", "item", "roll")],
        ),
        ("They bought three 2-litre bottles.", [("three", "3", "item", "bottle"), ("2-litre", "2", "litre", None)]),
        ("We built 40 3-bedroom homes.", [("40", "40", "item", "home"), ("3", "3", "item", "bedroom")]),
        # look-alikes: a compound hyphened on ("3-year-olds"), a score
        ("They have 2 3-year-olds.", [("2", "2", "dimensionless", None), ("3-year", "3", "year", None)]),
        (
            "The score was 3 2-1 wins.",
            [("3", "3", "dimensionless", None), ("2", "2", "dimensionless", None), ("1", "1", "dimensionless", None)],
        ),
    ],
)
def test_a_number_before_a_number_compound_counts_the_noun_after_it(text: str, expected: list[Read]) -> None:
    """ "two 12-roll packs": the first number counts the noun the compound "12-roll" modifies."""
    assert _read(text) == expected
