"""What a count counts: nouns of people and of animals, by their singular, with plurals made by rule."""

from __future__ import annotations

import pytest

from factcheck._extract.text.counted_nouns import COUNTED_NOUNS, counted_unit, plurals, singular
from factcheck.lexicons import lexicon
from tests.readings import Reading
from tests.readings import default_readings as _read


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("agent", ("agents",)),
        ("deputy", ("deputies",)),
        ("attorney", ("attorneys",)),
        ("guy", ("guys",)),
        ("witness", ("witnesses",)),
        ("coach", ("coaches",)),
        ("fox", ("foxes",)),
        ("wife", ("wives",)),
        ("midwife", ("midwives",)),
        ("batsman", ("batsmen",)),
        ("person", ("people", "persons")),
        ("buffalo", ("buffalo", "buffaloes")),
        ("sheep", ("sheep",)),
        ("hero", ("heroes",)),
        ("rookie", ("rookies",)),
        ("rabbi", ("rabbis",)),
    ],
)
def test_plurals_by_rule_or_as_listed(noun: str, expected: tuple[str, ...]) -> None:
    assert plurals(noun) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Iraqis", "iraqi"), ("Israelis", "israeli"), ("Sunnis", "sunni"), ("Zulus", "zulu"), ("analysis", "analysis")],
)
def test_nationalities_in_is_have_their_singular(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_every_counted_noun_reads_back_from_its_plurals() -> None:
    """The counted noun a count reports is the singular the lexicon lists, whichever plural the text wrote."""
    table = lexicon("en").mapping("counted_noun_singulars")
    wrong = {
        (noun, plural, singular(plural))
        for nouns in table.values()
        for noun in nouns
        for plural in plurals(noun)
        if singular(plural) != noun
    }
    assert wrong == set()


def test_no_counted_word_counts_two_things() -> None:
    lex = lexicon("en")
    units_of: dict[str, set[str]] = {}
    for unit, nouns in lex.mapping("counted_noun_singulars").items():
        for noun in nouns:
            for plural in plurals(noun):
                units_of.setdefault(plural, set()).add(unit)
    for unit, words in lex.mapping("counted_as_written").items():
        for word in words:
            units_of.setdefault(word, set()).add(unit)
    assert {word: found for word, found in units_of.items() if len(found) > 1} == {}
    assert set(units_of) == set(COUNTED_NOUNS)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("agents", "person"),
        ("pundits", "person"),
        ("guys", "person"),
        ("lives", "person"),
        ("paratroopers", "person"),
        ("cosponsors", "person"),
        ("salespeople", "person"),
        ("buffalo", "animal"),
        ("reindeer", "animal"),
        ("oxen", "animal"),
        ("geese", "animal"),
        ("Buffalo", None),  # the city: a capitalised animal is a name
        # words that name things other than people as often are left out
        ("hands", None),
        ("heads", None),
        ("forces", None),
        ("partners", None),
        ("speakers", None),
        ("bombers", None),
        ("producers", None),
        ("agent", None),  # a singular counts only where listed as written ("1 adult", "one child")
    ],
)
def test_counted_unit_of_a_word(word: str, expected: str | None) -> None:
    assert counted_unit(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency grew from under 3,500 agents to 5,210 agents.",
            [("under 3,500", "3500", "person", "agent"), ("5,210", "5210", "person", "agent")],
        ),
        ("Four television pundits made their forecasts.", [("Four", "4", "person", "pundit")]),
        ("The two guys who built it met at school.", [("two", "2", "person", "guy")]),
        ("The lifeboat crews say 6,200 lives were saved last year.", [("6,200", "6200", "person", "life")]),
        ("Rangers moved twelve bison to the new reserve.", [("twelve", "12", "animal", "bison")]),
        ("The herd had grown to 45 buffalo by spring.", [("45", "45", "animal", "buffalo")]),
        (
            "A flood drowned 300 sheep and 40 cattle.",
            [("300", "300", "animal", "sheep"), ("40", "40", "animal", "cattle")],
        ),
        ("The hospital employs 120 midwives.", [("120", "120", "person", "midwife")]),
        ("The club fielded 11 batsmen.", [("11", "11", "person", "batsman")]),
        # one of a single person or animal: the singular counts as its plural does
        ("One prisoner tried to escape.", [("One", "1", "person", "prisoner")]),
        ("The farm keeps one pet pig.", [("one", "1", "animal", "pig")]),
        ("Only one student asked a question.", [("one", "1", "person", "student")]),
        (
            "The scheme helped 600 addicts and 16 paediatricians.",
            [("600", "600", "person", "addict"), ("16", "16", "person", "paediatrician")],
        ),
        (
            "Researchers banded 9,000 chicks and 26 ibises.",
            [("9,000", "9000", "animal", "chick"), ("26", "26", "animal", "ibis")],
        ),
    ],
)
def test_counts_of_people_and_animals(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "others" after a count of people in the sentence: people
            "The blast killed two guards and injured 14 others in the square.",
            [("two", "2", "person", "guard"), ("14", "14", "person", "person")],
        ),
        (  # after a person's age
            "The driver, aged 52, and three others were taken to hospital.",
            [("52", "52", "year", None), ("three", "3", "person", "person")],
        ),
        (  # after a count of things: others of those things
            "The chain shut 8 shops and 5 others in March.",
            [("8", "8", "item", "shop"), ("5", "5", "item", "shop")],
        ),
        (
            "The party is on the ballot in nine provinces, and runs write-in campaigns in 12 others.",
            [("nine", "9", "item", "province"), ("12", "12", "item", "province")],
        ),
        (  # a verb whose object is people, a few words before: people
            "The gunman wounded a shopkeeper and injured at least eleven others.",
            [("at least eleven", "11", "person", "person")],
        ),
        ("Flood kills fisherman, at least four others", [("at least four", "4", "person", "person")]),
        (  # a verb of people before, a count of things nearer: people still
            "The storm flattened 30 barns and injured 6 others.",
            [("30", "30", "item", "barn"), ("6", "6", "person", "person")],
        ),
        (  # no count, age or verb of people before: left as it was
            "The mayor met the governor and nine others at noon.",
            [("nine", "9", "item", "other")],
        ),
        (  # one of a thing is no antecedent for "others"
            "The firm sold one plant and kept 3 others.",
            [("one", "1", "item", "plant"), ("3", "3", "item", "other")],
        ),
        (  # a people verb beyond a semicolon does not reach
            "Rebels killed the envoy; 7 others stayed.",
            [("7", "7", "item", "other")],
        ),
    ],
)
def test_others_after_people_count_people(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # bodies of the dead: people, the noun kept
            "By Friday 14 bodies had been recovered from the river.",
            [("14", "14", "person", "body")],
        ),
        (  # a word of death in the sentence before
            "The ferry sank with 60 dead. Divers found 9 bodies near the pier.",
            [("60", "60", "person", "person"), ("9", "9", "person", "body")],
        ),
        ("Rescuers pulled 4 corpses from the wreckage.", [("4", "4", "person", "corpse")]),
        (  # bodies of people that are institutions: things
            "The department sponsors 20 public bodies and 3 agencies.",
            [("20", "20", "item", "body"), ("3", "3", "item", "agency")],
        ),
        ("The two bodies of the legislature meet in May.", [("two", "2", "item", "body")]),
    ],
)
def test_bodies_of_the_dead_count_people(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # cases of a disease
            "Health officials reported 2,310 confirmed cases of flu this week.",
            [("2,310", "2310", "case", "case")],
        ),
        (  # a word of law in the sentence before and one of disease in this one: a disease still
            "The court closed the schools. By Friday there were 412 cases of measles in the region.",
            [("412", "412", "case", "case")],
        ),
        (  # neither: cases, as factcheck writes them
            "There were 12 cases on Monday.",
            [("12", "12", "case", "case")],
        ),
        (  # cases of law: things
            "The lawyer has argued 27 cases before the appeals court.",
            [("27", "27", "item", "case")],
        ),
        (  # a word of law in the sentence before
            "The tribunal is short of judges. It closed 1,240 cases last year.",
            [("1,240", "1240", "item", "case")],
        ),
        (  # crimes
            "Officers recorded 31 cases of fraud in May.",
            [("31", "31", "item", "case")],
        ),
        (  # infections are always of a disease
            "The ward recorded 14 infections in March.",
            [("14", "14", "case", "infection")],
        ),
    ],
)
def test_cases_of_law_and_crime_count_things(text: str, expected: list[Reading]) -> None:
    assert _read(text) == expected
