"""Counts of people named by a verb, by "be" before a participle, or by "N of them" after the sentence ahead.

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
        ("Four were killed when the roof fell.", [("Four", "4", "person", "person")]),
        ("Two have been arrested since Monday.", [("Two", "2", "person", "person")]),
        ("At least 12 are missing after the storm.", [("At least 12", "12", "person", "person")]),
        ("Of the 30 boxes, six were missing.", [("30", "30", "item", "box"), ("six", "6", "item", "box")]),
        ("Some 40 were missing parts when they arrived.", [("Some 40", "40", "dimensionless", None)]),
        ("The 20 were sold in May.", [("20", "20", "dimensionless", None)]),
    ],
)
def test_a_form_of_be_before_a_people_word(text: str, expected: list[Reading]) -> None:
    """'Four were killed' counts people as 'Four killed' does; a noun after the word or another participle does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In addition to the deaths, 33 were reported hospitalised with five seriously injured.",
            [("33", "33", "person", "person"), ("five", "5", "person", "person")],
        ),
        (
            "Two were badly injured and 12 were confirmed dead.",
            [("Two", "2", "person", "person"), ("12", "12", "person", "person")],
        ),
        ("Some 40 were reported missing parts when they arrived.", [("Some 40", "40", "dimensionless", None)]),
        ("Two seriously damaged cars were towed away.", [("Two", "2", "dimensionless", None)]),
        (
            "Almost 400 women have been murdered and more than 70 remain missing.",
            [("Almost 400", "400", "person", "woman"), ("more than 70", "70", "person", "person")],
        ),
        ("At least 12 are still missing after the storm.", [("At least 12", "12", "person", "person")]),
        ("At least 12 are, still, missing.", [("At least 12", "12", "dimensionless", None)]),
        ("At least 12 are, still missing.", [("At least 12", "12", "person", "person")]),  # the form's words apart
        ("Only 3 remain open.", [("3", "3", "dimensionless", None)]),
    ],
)
def test_a_reporting_participle_or_an_adverb_before_a_people_word(text: str, expected: list[Reading]) -> None:
    """'33 were reported hospitalised', 'five seriously injured', '70 remain missing': people, not before a noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A further 700 expressed interest in the scheme.", [("700", "700", "person", "person")]),
        ("Nine testified before the panel on Tuesday.", [("Nine", "9", "person", "person")]),
        ("Another 15 resigned in protest.", [("15", "15", "person", "person")]),
        ("The 15 sold well in March.", [("15", "15", "dimensionless", None)]),
        ("The score stood at 15, said the coach.", [("15", "15", "dimensionless", None)]),
    ],
)
def test_a_verb_only_people_do(text: str, expected: list[Reading]) -> None:
    """A bare whole number right before a verb of people_subject_verbs counts people; other verbs or a comma do not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic saw 600 new patients in March. About 250 of them needed a second visit.",
            [("600", "600", "person", "patient"), ("About 250", "250", "person", "patient")],
        ),
        (
            "The clinic saw 600 new patients in March. About 2,500 of them needed a second visit.",
            [("600", "600", "person", "patient"), ("About 2,500", "2500", "dimensionless", None)],
        ),
        (
            "The clinic saw 600 patients and 40 nurses. About 30 of them fell ill.",
            [
                ("600", "600", "person", "patient"),
                ("40", "40", "person", "nurse"),
                ("About 30", "30", "dimensionless", None),
            ],
        ),
        (
            "The clinic saw 600 patients.\n\nAbout 250 of them needed a second visit.",
            [("600", "600", "person", "patient"), ("About 250", "250", "dimensionless", None)],
        ),
        (
            "Only 60 of the 101 Justices had judicial experience. Only 41 of these had served 5 years.",
            [
                ("60", "60", "person", "justice"),
                ("101", "101", "person", "justice"),
                ("41", "41", "person", "justice"),
                ("5 years", "5", "year", None),
            ],
        ),
        (
            "The clinic saw 600 patients and 40 nurses. About 30 of these fell ill.",
            [
                ("600", "600", "person", "patient"),
                ("40", "40", "person", "nurse"),
                ("About 30", "30", "dimensionless", None),
            ],
        ),
    ],
)
def test_of_them_after_the_sentence_ahead(text: str, expected: list[Reading]) -> None:
    """'N of them' with no count in its sentence takes the one noun the sentence ahead counts, if no smaller."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Up to 30 of the 150 released were rearrested.",
            [("Up to 30", "30", "person", "person"), ("150", "150", "person", "person")],
        ),
        ("Eight freed on Friday flew home.", [("Eight", "8", "person", "person")]),
        (
            "Two of the 90 killed were police officers.",
            [("Two", "2", "person", "person"), ("90", "90", "person", "person")],
        ),
        (
            "Forty of the 30 released were minors.",
            [("Forty", "40", "dimensionless", None), ("30", "30", "person", "person")],
        ),
        ("iOS 14 released on Monday.", [("14", "14", "dimensionless", None)]),
    ],
)
def test_the_part_of_a_count_of_people(text: str, expected: list[Reading]) -> None:
    """'N of the M released' counts people when M does; no part above its whole, no version of a name."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of those infected is 640.", [("640", "640", "person", "person")]),
        ("The number of the injured was 40.", [("40", "40", "person", "person")]),
        ("Nine infected were isolated.", [("Nine", "9", "person", "person")]),
        ("The number of the missing pages is 30.", [("30", "30", "item", "page")]),  # pages, not people
        ("The missing data is 300.", [("300", "300", "dimensionless", None)]),
    ],
)
def test_a_participle_as_a_noun_of_people(text: str, expected: list[Reading]) -> None:
    """'those infected', 'the injured' head a count of people; a participle before a noun does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 60 suspected Hamas and Fatah were held; 45 of them were freed.",
            [("About 60", "60", "person", "person"), ("45", "45", "person", "person")],
        ),
        ("Police held 14 alleged Mafia in the raid.", [("14", "14", "person", "person")]),
        ("Police held 14 suspected Mafia bosses.", [("14", "14", "person", "boss")]),
        ("Doctors saw 30 suspected Ebola, with tests under way.", [("30", "30", "dimensionless", None)]),
        ("They found 30 suspected fakes.", [("30", "30", "item", "fake")]),
    ],
)
def test_suspected_members_of_a_named_group(text: str, expected: list[Reading]) -> None:
    """'60 suspected Hamas and Fatah' counts people; a noun after the name, or a disease's name, does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We mourn the 40 who drowned off the coast.", [("40", "40", "person", "person")]),
        ("The 12 who signed the letter were sacked.", [("12", "12", "person", "person")]),
        ("A 2020 WHO report named 3 risks.", [("3", "3", "item", "risk")]),
        ("The 12 which were sold went fast.", [("12", "12", "dimensionless", None)]),
    ],
)
def test_a_relative_who_after_a_number(text: str, expected: list[Reading]) -> None:
    """A bare whole number right before a lower-case "who" (people_relatives) counts people; "which" does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In all, 30 towns will build new libraries, 12 will close old ones and 8 towns will wait.",
            [("30", "30", "item", "town"), ("12", "12", "item", "town"), ("8", "8", "item", "town")],
        ),
        (
            "Some 30 towns have built new libraries, 12 have closed old ones.",
            [("Some 30", "30", "item", "town"), ("12", "12", "item", "town")],
        ),
        (
            "Some 30 towns will build new libraries, 12 have closed old ones.",
            [("Some 30", "30", "item", "town"), ("12", "12", "dimensionless", None)],
        ),
    ],
)
def test_a_parallel_count_with_the_same_auxiliary(text: str, expected: list[Reading]) -> None:
    """A bare whole number before the modal or auxiliary that followed a count's noun counts that noun, not another."""
    assert expected == _read(text)


def test_one_who_is_a_pronoun() -> None:
    """ "the only one who" reads no count of people: one before "who" is a pronoun."""
    expected = [("one", "1", "dimensionless", None)]
    assert expected == _read("She is the only one who has to decide.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The floods displaced 6,393 from their homes.", [("6,393", "6393", "person", "person")]),
        ("The company employs 2,500 at its plant in Leeds.", [("2,500", "2500", "person", "person")]),
        ("Rebels kidnapped 12 near the border.", [("12", "12", "person", "person")]),
        ("The company employs 3 methods to test its bread.", [("3", "3", "item", "method")]),
        ("The ship displaced 40,000 tonnes.", [("40,000 tonnes", "40000", "tonne", None)]),
    ],
)
def test_a_bare_object_of_a_verb_of_people(text: str, expected: list[Reading]) -> None:
    """A bare number right after a verb whose object is people (displaced, employs, kidnapped) counts people."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "All but one of the sixteen on-board died.",
            [("one", "1", "dimensionless", None), ("sixteen", "16", "person", "person")],
        ),
        ("All 157 on board were killed.", [("157", "157", "person", "person")]),
        ("The plane had 157 aboard.", [("157", "157", "person", "person")]),
        ("The ship carried 3,000 tonnes on board.", [("3,000 tonnes", "3000", "tonne", None)]),
        ("The 12 on board computers failed.", [("12", "12", "dimensionless", None)]),
    ],
)
def test_the_people_on_board(text: str, expected: list[Reading]) -> None:
    """A bare number before 'on board' or 'aboard' with no noun after it counts people; not 'on board computers'."""
    assert expected == _read(text)
