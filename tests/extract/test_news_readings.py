"""What real news measures, read right: people counted as people, ages, rates, and non-figures.

Sentences written for these tests, one per class of misreading the value+unit gold on real news
found (``benchmarks/bench_units.py``); each pins the whole reading of the sentence.
"""

from __future__ import annotations

import pytest

from factcheck._extract.text.counted_nouns import modifies_noun
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clashes left 40 civilians and 12 soldiers dead.",
            [("40", "40", "person", "civilian"), ("12", "12", "person", "soldier")],
        ),
        (
            "The synod gathered 120 priests, 85 nuns and 9 bishops.",
            [("120", "120", "person", "priest"), ("85", "85", "person", "nun"), ("9", "9", "person", "bishop")],
        ),
        (
            "She won 14 delegates while 31 nominees await a vote.",
            [("14", "14", "person", "delegate"), ("31", "31", "person", "nominee")],
        ),
        (
            "Police said 3 gunmen held 17 hostages.",
            [("3", "3", "person", "gunman"), ("17", "17", "person", "hostage")],
        ),
    ],
)
def test_nouns_for_people_count_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last week 4 police officers were hurt.", [("4", "4", "person", "officer")]),
        ("The base holds 2,500 Turkish troops.", [("2,500", "2500", "person", "troop")]),
        ("About 300 British firms exhibited.", [("About 300", "300", "item", "firm")]),
        ("About 300 Albanians arrived.", [("About 300", "300", "person", "albanian")]),
        ("The board has 7 staff members.", [("7", "7", "person", "member")]),
    ],
)
def test_the_counted_noun_is_the_head_of_its_phrase(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _read(text) == expected


def test_modifies_noun() -> None:
    pairs = [
        ("police", "officers"),
        ("Turkish", "troops"),
        ("British", "firms"),
        ("nationals", "visit"),
        ("nurses", "join"),
    ]
    assert [modifies_noun(*pair) for pair in pairs] == [True, True, True, False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poet died on Sunday at the age of 91.", [("91", "91", "year", None)]),
        ("The singer, who died aged 58, left two sons.", [("58", "58", "year", None), ("two", "2", "person", "son")]),
        ("She won her first title at age 17.", [("17", "17", "year", None)]),
        ("Okafor, 27, was charged on Monday.", [("27", "27", "year", None)]),
        ("Visitors aged between 18 and 30 pay less.", [("between 18 and 30", "24", "year", None)]),
        (
            "The firm employs 5,000 workers aged over 60.",
            [
                ("5,000", "5000", "person", "worker"),
                ("over 60", "60", "year", None),
            ],
        ),
    ],
)
def test_ages_are_years(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # no age: a year before the comma, "or" after it
        ("In 2019, 33, a record, were sold.", [("33", "33", "dimensionless", None)]),
        ("In Wales, 120, or 8%, were hurt.", [("120", "120", "dimensionless", None), ("8%", "8", "percent", None)]),
    ],
)
def test_numbers_that_are_no_age(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel sits 4 times a year.", [("4 times a year", "4", "1 / year", None)]),
        ("The trust met 10 to 12 times per year.", [("10 to 12 times per year", "11", "1 / year", None)]),
        ("Three times as many came.", [("Three times", "3", "dimensionless", None)]),
        ("Inmates spend 22 hours per day in cells.", [("22 hours per day", "22", "hour / day", None)]),
        (
            "Nurses work 37 hours a week, 52 weeks a year.",
            [
                ("37 hours a week", "37", "hour / week", None),
                ("52 weeks a year", "52", "week / year", None),
            ],
        ),
        ("The merger brought £40 million of annual savings.", [("£40 million", "40000000", "GBP / year", None)]),
        ("Families with annual incomes of under $25,000 qualify.", [("under $25,000", "25000", "USD / year", None)]),
        (  # a bound right after the noun, no "of": blind6 (Wikinews)
            "Families with annual incomes below US$10,000 qualify.",
            [("below US$10,000", "10000", "USD / year", None)],
        ),
        ("Families with incomes below $10,000 qualify.", [("below $10,000", "10000", "USD", None)]),  # no adjective
        ("The annual report below £20,000 was cut.", [("below £20,000", "20000", "GBP", None)]),  # no flow noun
        ("The charity has a monthly budget of £9,000.", [("£9,000", "9000", "GBP / month", None)]),
    ],
)
def test_rates_keep_their_denominator(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # money that is no rate: a change, a share of a yearly sum, a percentage
        ("Staff won an annual increase of £500.", [("£500", "500", "GBP", None)]),
        ("He paid £5m of the annual fee.", [("£5m", "5000000", "GBP", None)]),
        ("Annual inflation of 3% was recorded.", [("3%", "3", "percent", None)]),
        ("The job took 6 hours.", [("6 hours", "6", "hour", None)]),
    ],
)
def test_what_stays_no_rate(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-hundred Dutch troops landed.", [("Two-hundred", "200", "person", "troop")]),
        ("Some three-thousand voters stayed home.", [("Some three-thousand", "3000", "person", "voter")]),
        ("One-hundred and six pupils passed.", [("One-hundred and six", "106", "person", "pupil")]),
        ("Forty-two nurses signed.", [("Forty-two", "42", "person", "nurse")]),
    ],
)
def test_a_hyphen_joins_a_number_word_to_its_scale(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The blast was heard at 0930 GMT (1030 BST).",
        "Polls closed at 2000 UTC.",
        "SEC. 412. The act is amended.",
        "Sec. 12 repeals the rule.",
        "The drug treats type 2 diabetes.",
        "Pupils in grades 6-8 sat the test.",
    ],
)
def test_times_of_day_sections_types_and_grades_are_no_figures(text: str) -> None:
    assert _read(text) == []


def test_seconds_and_types_after_a_number_are_still_read() -> None:
    assert _read("The 30 sec advert sold 3 types of cover.") == [
        ("30 sec", "30", "second", None),
        ("3", "3", "item", "type"),
    ]


def test_footnote_marks_are_no_figures() -> None:
    text = "Exports grew.[4] Imports fell 3% in May.[12] In all, [about 5,000] firms traded."
    assert _read(text) == [("3%", "3", "percent", None), ("about 5,000", "5000", "item", "firm")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor, a father of three, resigned.", [("three", "3", "person", "child")]),
        (
            "She was a mother of four and grandmother of nine.",
            [
                ("four", "4", "person", "child"),
                ("nine", "9", "person", "grandchild"),
            ],
        ),
        ("A father of two sons spoke.", [("two", "2", "person", "son")]),
        (
            "Free places go to parents of 3 and 4 year olds.",
            [("3", "3", "year", None), ("4 year", "4", "year", None)],
        ),
    ],
)
def test_children_left_out_after_father_of(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor won 27 of the city's 31 wards.",
            [("27", "27", "item", "ward"), ("31", "31", "item", "ward")],
        ),
        (
            "Only three of its eight nurses stayed.",
            [("three", "3", "person", "nurse"), ("eight", "8", "person", "nurse")],
        ),
        (
            "She took 8 of New Mexico's 34 delegates.",
            [("8", "8", "person", "delegate"), ("34", "34", "person", "delegate")],
        ),
        (
            "The region has 9 of the top 50 vineyards.",
            [("9", "9", "item", "vineyard"), ("50", "50", "item", "vineyard")],
        ),
        # a whole with no number: any plural noun after a determiner, for a part above one
        ("He read 2 of the reports.", [("2", "2", "item", "report")]),
        ("Six of these stone tools were found in a cave.", [("Six", "6", "item", "tool")]),
    ],
)
def test_a_part_counts_the_noun_of_its_whole(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She coached for 4 of the 6 years.",
            [("4", "4", "dimensionless", None), ("6 years", "6", "year", None)],
        ),
        (
            "He walked 3 of the 12 km.",
            [("3", "3", "dimensionless", None), ("12 km", "12", "kilometre", None)],
        ),
        ("One of the reasons is cost.", []),  # "one of the ...": a pronoun's, no count
        ("It is set out in note 2 of the accounts.", []),  # a note's number names it
    ],
)
def test_a_part_of_no_counted_whole_stays_bare(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 4 million Hindus live there.", [("About 4 million", "4000000", "person", "hindu")]),
        ("Some 25 Republicans voted no.", [("Some 25", "25", "person", "republican")]),
        ("The reserve keeps 300 tigers.", [("300", "300", "animal", "tiger")]),
        ("Floods drowned 70 cows and 15 sheep.", [("70", "70", "animal", "cow"), ("15", "15", "animal", "sheep")]),
    ],
)
def test_groups_of_people_and_animals_are_counted(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


def test_a_capitalised_animal_is_a_name_not_animals() -> None:
    assert _read("He scored 3 touchdowns for the Lions in 4 games.") == [
        ("3", "3", "item", "touchdown"),
        ("4", "4", "item", "game"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flood killed at least 40 in the valley.", [("at least 40", "40", "person", "person")]),
        ("Police arrested 9 after the match.", [("9", "9", "person", "person")]),
        ("Ferry sinking kills two", [("two", "2", "person", "person")]),
    ],
)
def test_a_number_people_verbs_take_counts_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed 30 goats.", [("30", "30", "animal", "goat")]),
        ("The plan was killed in 2 votes.", [("2", "2", "item", "vote")]),
        ("The fire injured 4 firefighters.", [("4", "4", "person", "firefighter")]),
    ],
)
def test_a_people_verb_keeps_the_noun_after_its_number(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the club's 30 players, the coach picked 11 on Sunday.",
            [("30", "30", "person", "player"), ("11", "11", "person", "player")],
        ),
        (
            "Last year, of the 12 bridges, 5 were closed.",
            [("12", "12", "item", "bridge"), ("5", "5", "item", "bridge")],
        ),
    ],
)
def test_a_whole_opening_the_sentence_counts_its_later_part(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She won 2 of the 7 races; 4 in June.",
            [("2", "2", "item", "race"), ("7", "7", "item", "race"), ("4", "4", "dimensionless", None)],
        ),
        (  # no whole opens the sentence, but "4 in June" stands parallel to "7 races": races too
            "She won 2 of the 7 races, 4 in June.",
            [("2", "2", "item", "race"), ("7", "7", "item", "race"), ("4", "4", "item", "race")],
        ),
        (
            "Of the 8 teams, none won. Then 3 left.",
            [("8", "8", "item", "team"), ("3", "3", "dimensionless", None)],
        ),
    ],
)
def test_no_whole_opens_the_sentence(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One resident told reporters the quake was long.", [("One", "1", "person", "resident")]),
        ("One artefact came from the cave.", [("One", "1", "item", "artefact")]),
        ("One tool broke and one study found nothing.", [("One", "1", "item", "tool"), ("one", "1", "item", "study")]),
        ("One sample survived the heat.", [("One", "1", "item", "sample")]),
        # a compound noun keeps its head; a hyphened "-sized" is no verb
        ("One polling station opened late.", [("One", "1", "item", "station")]),
        ("It needs one medium-sized firm.", [("one", "1", "item", "firm")]),
    ],
)
def test_one_counts_the_noun_before_a_past_tense(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """After "one" the counted noun ends before a past tense ("one tool broke"), not at the verb or its object."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of infections worldwide passed 3 million.", [("3 million", "3000000", "case", "infection")]),
        ("The number of deaths nationwide rose to 400.", [("400", "400", "death", "death")]),
    ],
)
def test_an_adverb_after_the_subject_noun_leaves_it_the_head(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "The number of infections worldwide": the counted noun is "infections", not the adverb."""
    assert _read(text) == expected
