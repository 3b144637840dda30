"""Counts whose noun stands elsewhere: vote tallies, crowds, nouns shared across a list, people implied.

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._decimal import plain
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The assembly voted 71 to 38 to approve the budget.",
            [("71", "71", "item", "vote"), ("38", "38", "item", "vote")],
        ),
        (
            "The council voted 9-4 on Tuesday.",
            [("9", "9", "item", "vote"), ("4", "4", "item", "vote")],
        ),
        (
            "It passed by a vote of 212 to 199 in the lower house.",
            [("212", "212", "item", "vote"), ("199", "199", "item", "vote")],
        ),
        (
            "The result was: yeas 61, nays 30, not voting 9.",
            [("61", "61", "item", "vote"), ("30", "30", "item", "vote"), ("9", "9", "person", "member")],
        ),
        (  # the tally words after the numbers count votes too
            "The motion carried by 52 yeas to 47 nays.",
            [("52", "52", "item", "vote"), ("47", "47", "item", "vote")],
        ),
        (
            "On a recorded vote of 215 ayes to 201 noes, the rule was adopted.",
            [("215", "215", "item", "vote"), ("201", "201", "item", "vote")],
        ),
        ("It was agreed by 1 aye to 0 noes.", [("1", "1", "item", "vote"), ("0", "0", "item", "vote")]),
        (  # "no" that is no tally word keeps what follows
            "The board said no to 3 bids.",
            [("3", "3", "item", "bid")],
        ),
    ],
)
def test_vote_tallies_count_votes(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """The numbers of a tally after "voted", "a vote of", "yeas" count votes; "not voting" counts members."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The measure cleared the Senate 88 to 11 in June.",
            [("88", "88", "item", "vote"), ("11", "11", "item", "vote")],
        ),
        (
            "As I remember it, the bill went through the House I think 230 to 190.",
            [("230", "230", "item", "vote"), ("190", "190", "item", "vote")],
        ),
        (
            "The Senate, 40 to 60 years old on average, met in May.",
            [("40 to 60 years", "50", "year", None)],
        ),
        ("Room 12 of the House 4 is closed.", [("4", "4", "dimensionless", None)]),
    ],
)
def test_a_tally_after_a_voting_body(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Two numbers in digits joined by "to" right after "Senate", "House" (or an aside) count votes; one does not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The members voted 3 times in May.", [("3 times", "3", "item", "time")]),
        ("They voted 12 budgets through.", [("12", "12", "item", "budget")]),
        (
            "Prices rose from 71 to 78 in the year.",
            [("71", "71", "dimensionless", None), ("78", "78", "dimensionless", None)],
        ),
    ],
)
def test_no_tally_without_its_lead(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A number with a noun of its own after "voted", or "71 to 78" with no vote word, counts no votes."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band played to a crowd of sixty thousand.", [("sixty thousand", "60000", "person", "person")]),
        ("She is the proud grandparent of five.", [("five", "5", "person", "grandchild")]),
        ("A crowd of 300 protesters gathered.", [("300", "300", "person", "protester")]),
    ],
)
def test_crowds_and_grandparents_count_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A number after "a crowd of" counts people; after "grandparent of", grandchildren."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crash killed four riders.", [("four", "4", "person", "rider")]),
        ("He coached nine young lads.", [("nine", "9", "person", "lad")]),
        ("The law adds three additional commissioners to the board.", [("three", "3", "person", "commissioner")]),
        ("The ship sailed with 14 crew.", [("14", "14", "person", "crew")]),
        (
            "Clashes left 80 security forces and 12 civilians dead.",
            [
                ("80", "80", "person", "force"),
                ("12", "12", "person", "civilian"),
            ],
        ),
        ("The merger joined 6 regional forces.", [("6", "6", "item", "force")]),
    ],
)
def test_people_nouns_count_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Riders, lads, commissioners, crew and security forces are people; other forces are things."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rallies drew 40 thousand protesters in Leeds, 25 thousand in York, and 3 thousand in Hull.",
            [
                ("40 thousand", "40000", "person", "protester"),
                ("25 thousand", "25000", "person", "protester"),
                ("3 thousand", "3000", "person", "protester"),
            ],
        ),
        (
            "Smith took 14 delegates, followed by the governor of Ohio, with 8.",
            [("14", "14", "person", "delegate"), ("8", "8", "person", "delegate")],
        ),
        (
            "The club sold 30 kayaks and the shop sold 12.",
            [("30", "30", "item", "kayak"), ("12", "12", "item", "kayak")],
        ),
        (  # two verbs of winning a tally pair like "gained ... lost"
            "Ann Lee has amassed 412 pledged delegates so far, while the senator from Ohio, Bo Ray, has earned 388.",
            [("412", "412", "person", "delegate"), ("388", "388", "person", "delegate")],
        ),
        (  # "only" between the comma and the number
            "While 40 towns have applied for the fund, only 12 have been accepted.",
            [("40", "40", "item", "town"), ("12", "12", "item", "town")],
        ),
        (  # paired change verbs reach further than a comma alone
            (
                "The Greens gained 9 seats since the council last sat in the spring,"
                " while the largest party, Reform, lost 7."
            ),
            [("9", "9", "item", "seat"), ("7", "7", "item", "seat")],
        ),
    ],
)
def test_parallel_counts_share_their_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bare whole number in a clause parallel to a count of the sentence counts what that count counts."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trust runs 12 schools; 4 are rated good.",
            [("12", "12", "item", "school"), ("4", "4", "dimensionless", None)],
        ),
        (
            "Her two sons, Adam, 15, and Ben, 12, came.",
            [("two", "2", "person", "son"), ("15", "15", "year", None), ("12", "12", "year", None)],
        ),
        (
            "It has 55 members of one party, 40 in the other.",
            [("55", "55", "person", "member"), ("one", "1", "item", "party"), ("40", "40", "dimensionless", None)],
        ),
        (
            "The club sold 30 kayaks in June. The shop sold 12.",
            [("30", "30", "item", "kayak"), ("12", "12", "dimensionless", None)],
        ),
        (  # a shared preposition is no paired verb: no longer reach
            (
                "It holds the records of 30 crates that came from the old port"
                " in the years before the war and the level of 12."
            ),
            [("30", "30", "item", "crate"), ("12", "12", "dimensionless", None)],
        ),
    ],
)
def test_no_parallel_count_across_clauses_ages_or_one(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """No noun is shared across a semicolon or a sentence, to an age after a name, or from a count of one."""
    assert expected == _read(text)


def test_people_verbs_in_parallel_share_their_noun() -> None:
    """ "killing four cyclists and injuring two more": the two are cyclists too."""
    claims = extract("The lorry hit the group, killing four cyclists and injuring two more.", locale="en_GB")
    assert [(plain(c.amount.value), str(c.amount.unit)) for c in claims] == [("4", "person"), ("2", "person")]


def test_owner_change_verbs_count_no_owner() -> None:
    """ "gained 13 seats and the Reds lost 4": the seats are counted, never the Reds."""
    claims = extract("The Blues gained 13 seats and the Reds lost 4.", locale="en_GB")
    assert [(plain(c.amount.value), str(c.amount.unit)) for c in claims] == [("13", "item"), ("4", "item")]
    assert [getattr(c, "counted", None) for c in claims] == ["seat", "seat"]


def test_change_of_plural_noun_counts_things_not_units() -> None:
    """A change before a whole number and a plural noun counts the noun; not a unit of two words."""
    claims = extract("The mill shut down 30 sawmills. Rates fell by 2 full percentage points.", locale="en_GB")
    assert [(plain(c.amount.value), str(c.amount.unit) or "dimensionless") for c in claims] == [
        ("30", "item"),
        ("2", "dimensionless"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party is on the ballot in all 40 U.S. states it contested.", [("40", "40", "item", "state")]),
        ("The deal creates two separate and unequal courts.", [("two", "2", "item", "court")]),
        ("We sold 10 apples and pears.", [("10", "10", "item", "apple")]),
        ("A panel of 3 or more judges sits.", [("3", "3", "person", "judge")]),
        ("Police seized 1,000 or more kilograms of cocaine.", [("1,000", "1000", "kilogram", None)]),
        ("The town flooded for 4 consecutive years.", [("4 consecutive years", "4", "year", None)]),
        ("The 27-member council voted.", [("27", "27", "person", "member")]),
        ("The road has a two-lane bridge.", [("two", "2", "dimensionless", None)]),
        (
            "They built three-dimensional models and a 30-minute film.",
            [("three", "3", "item", "model"), ("30-minute", "30", "minute", None)],
        ),
        ("She won all 12 of the county's delegates.", [("12", "12", "person", "delegate")]),
    ],
)
def test_noun_phrases_the_head_noun_finder_reads(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Abbreviations, joined adjectives, open ends, durations with an adjective, "55-member", "all 22 of ..."."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two killed, five others injured in crash near Leeds",
            [
                ("Two", "2", "person", "person"),
                ("five", "5", "person", "person"),
            ],
        ),
        ("The floods left 14 dead and 3 missing.", [("14", "14", "person", "person"), ("3", "3", "person", "person")]),
        ("The raid found 9 injured horses.", [("9", "9", "animal", "horse")]),
        (  # "stranded", "homeless": people too
            "The storm left at least 15,000 stranded and 40 homeless.",
            [("at least 15,000", "15000", "person", "person"), ("40", "40", "person", "homeless")],
        ),
        ("Crews freed two stranded whales.", [("two", "2", "animal", "whale")]),
        (  # a verb with its particle that only people do
            "Fewer than three hundred showed up, and 40 reached out later.",
            [("Fewer than three hundred", "300", "person", "person"), ("40", "40", "person", "person")],
        ),
        ("Twelve officers showed up.", [("Twelve", "12", "person", "officer")]),  # a noun of its own
        (  # a longer phrase, after an auxiliary: "had lost their lives" as "died"
            "Out of these, 1720 had already been discharged, while 81 had lost their lives.",
            [("1720", "1720", "dimensionless", None), ("81", "81", "person", "person")],
        ),
        ("The firm had 81 lost contracts and their lives changed.", [("81", "81", "dimensionless", None)]),
        ("By then 81 workers had lost their lives.", [("81", "81", "person", "worker")]),
        (  # "N strong": a crowd of people, unless a noun follows
            "Voters turned out more than 2.9 million strong, backed by 7 strong candidates.",
            [("more than 2.9 million", "2900000", "person", "person"), ("7", "7", "person", "candidate")],
        ),
        ("They were the two missing pieces.", [("two", "2", "item", "piece")]),
        (
            "The bus carried six people; one died and the other five were treated.",
            [
                ("six", "6", "person", "person"),
                ("one", "1", "person", "person"),
                ("five", "5", "person", "person"),
            ],
        ),
        ("The other five were treated.", [("five", "5", "dimensionless", None)]),
        (
            "The court has nine judges, but four of them are new.",
            [("nine", "9", "person", "judge"), ("four", "4", "person", "judge")],
        ),
        ("Four of them are new.", [("Four", "4", "dimensionless", None)]),
    ],
)
def test_people_implied_by_their_words(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A number a people word follows counts people; "the other five" counts what the sentence counted."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the nearest count of two or more back in the sentence, past figures that count nothing
            "The bus carried six people at 40 mph on 2 roads; one died and the other five were treated.",
            [
                ("six", "6", "person", "person"),
                ("40 mph", "40", "mile_per_hour", None),
                ("2", "2", "item", "road"),
                ("one", "1", "person", "person"),
                ("five", "5", "item", "road"),
            ],
        ),
        (
            "Some 900 patients were admitted. About 300 of them went home.",
            [("Some 900", "900", "person", "patient"), ("About 300", "300", "person", "patient")],
        ),
        (  # only the sentence right ahead
            "Some 900 patients were admitted. It rained. About 300 of them went home.",
            [("Some 900", "900", "person", "patient"), ("About 300", "300", "dimensionless", None)],
        ),
        (  # not across the lines of a table
            "Ward | 900 patients | 4\nWard | 300 of them | 5",
            [
                ("900", "900", "person", "patient"),
                ("4", "4", "dimensionless", None),
                ("300", "300", "dimensionless", None),
                ("5", "5", "dimensionless", None),
            ],
        ),
    ],
)
def test_of_them_counts_the_count_back_in_its_sentence_or_the_one_ahead(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "the other five", "300 of them": the nearest count back in the sentence, else the sentence right ahead's."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The win took her delegate total to 140.", [("140", "140", "person", "delegate")]),
        ("Rescuers raised the death toll to 31.", [("31", "31", "death", "death")]),
        ("The assembly has the largest number of nurses, 88, in its history.", [("88", "88", "person", "nurse")]),
        ("The earlier total of 27 stood.", [("27", "27", "dimensionless", None)]),
        (
            "Divers found two more bodies, taking the official death toll from nine to 11.",
            [("two", "2", "person", "body"), ("nine", "9", "death", "death"), ("11", "11", "death", "death")],
        ),
        ("By noon the death toll had risen to 23.", [("23", "23", "death", "death")]),
        ("The flood's death toll now stands at 64.", [("64", "64", "death", "death")]),
        ("The vote total was 52.", [("52", "52", "dimensionless", None)]),
        # a linking verb in -ing (copied from Wikinews), and its look-alikes: no count noun, a noun of its own
        ("With coronavirus deaths surpassing 100,000, Biden led.", [("100,000", "100000", "death", "death")]),
        ("Revenue exceeding 5,000 was reported.", [("5,000", "5000", "dimensionless", None)]),
        ("He was passing 3 trucks.", [("3", "3", "vehicle", "truck")]),
        (
            "Out of 90 applicants who sat the test, only 12 passed.",
            [("90", "90", "person", "applicant"), ("12", "12", "person", "applicant")],
        ),
    ],
)
def test_counts_named_before_their_number(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "delegate total to 140", "the number of nurses, 88", "Out of 90 applicants who ..., only 12"."""
    assert expected == _read(text)


def test_batters_are_people() -> None:
    """ "batter" is a counted noun of people (``counted_noun_singulars``): "struck out 9 batters"."""
    expected = [("9", "9", "person", "batter")]
    assert expected == _read("He struck out 9 batters in the game.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget brings 20 different tax increases.", [("20", "20", "item", "increase")]),
        ("The firm made 12 separate cuts to its staff.", [("12", "12", "item", "cut")]),
        ("We saw three distinct price drops this spring.", [("three", "3", "item", "drop")]),
        ("The plan had 5 separate elements.", [("5", "5", "item", "element")]),
    ],
)
def test_counting_adjectives_leave_a_change_noun_counted(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "20 different tax increases": after a word of ``counting_adjectives`` a plural change word is a noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the deceased were tourists.", [("Four", "4", "person", "deceased")]),
        ("Two of the injured are in hospital.", [("Two", "2", "person", "injured")]),
        ("Police said 7 of the dead were children.", [("7", "7", "person", "dead")]),
        # no whole: the noun understood is "person"
        ("The two deceased were brothers.", [("two", "2", "person", "person")]),
        (
            "Three killed, four injured in crash",
            [("Three", "3", "person", "person"), ("four", "4", "person", "person")],
        ),
    ],
)
def test_part_of_people_named_by_a_participle(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "four of the deceased": a part of a participle used as a noun of people counts people, the participle named."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least nine, including three nurses, were hurt.",
            [("At least nine", "9", "person", "person"), ("three", "3", "person", "nurse")],
        ),
        (
            "Twelve, among them two guards, escaped overnight.",
            [("Twelve", "12", "person", "person"), ("two", "2", "person", "guard")],
        ),
        (
            "About 40, including 12 barns, burned.",
            [("About 40", "40", "dimensionless", None), ("12", "12", "item", "barn")],
        ),
    ],
)
def test_a_bare_number_with_included_people_counts_people(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "At least seven, including four children, died": the whole of a count of people set off by commas."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The first victim of the eight was a nurse.", [("eight", "8", "person", "victim")]),
        ("The agency hired more nurses on top of the 30 it already has.", [("30", "30", "person", "nurse")]),
        (
            "The farmer sold two calves of the 14, keeping the rest.",
            [("two", "2", "animal", "calf"), ("14", "14", "animal", "calf")],
        ),
        # no counted noun before, or a noun of its own after: left alone
        ("The price of the 30 was too high.", [("30", "30", "dimensionless", None)]),
        ("He is a citizen under the 1789 view, he says.", [("1789", "1789", "dimensionless", None)]),
        # a section number with its subsection is a label, no figure at all (nonfig4)
        ("An applicant to the 8(a) program hires a lawyer.", []),
        ("The nurses worked the 12 hours.", [("12 hours", "12", "hour", None)]),
        # a mark between the noun and the number: another phrase
        ("He thanked the nurses; the 40 were pleased.", [("40", "40", "dimensionless", None)]),
    ],
)
def test_the_number_takes_a_counted_noun_just_before(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "the first victim of the eight": a bare number after "the" counts a counted noun a few words before it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Boston, as many as 2,000 families, out of 13,000 served by LIHEAP, have run out of heating oil.",
            [("as many as 2,000", "2000", "household", "family"), ("13,000", "13000", "household", "family")],
        ),
        (
            "Twelve of the people who we let go out of the 56 already returned to do battle.",
            [("Twelve", "12", "person", "person"), ("56", "56", "person", "person")],
        ),
        (
            "As of today, 126 Members of the elected Iraqi parliament, that is nearly half of 275, have signed it.",
            [
                ("126", "126", "person", "member"),
                ("nearly half", "50", "percent", None),
                ("275", "275", "person", "member"),
            ],
        ),
        (
            "About 40 families out of 13,000 homes were hit.",
            [("About 40", "40", "household", "family"), ("13,000", "13000", "item", "home")],
        ),
        (
            "Some 30 pupils came to the school hall of 120.",
            [("Some 30", "30", "person", "pupil"), ("120", "120", "dimensionless", None)],
        ),
    ],
)
def test_a_whole_after_out_of_takes_the_noun_of_its_part(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """'2,000 families, out of 13,000', 'half of 275': the whole counts what its part counts, unless it has a noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Sanders came in second in Iowa, securing 12 of the state's 41 pledged delegates; Pete Buttigieg, "
                "the former mayor of South Bend, Indiana, came in first with 14."
            ),
            [
                ("12", "12", "person", "delegate"),
                ("41", "41", "person", "delegate"),
                ("14", "14", "person", "delegate"),
            ],
        ),
        (
            (
                "Biden left with a reported total of 1,124 pledged delegates; Senator Bernie Sanders trailed him "
                "with a total of 815."
            ),
            [("1,124", "1124", "person", "delegate"), ("815", "815", "person", "delegate")],
        ),
        (
            "The party won 41 seats; the session ended with 14 in the chamber.",
            [("41", "41", "item", "seat"), ("14", "14", "dimensionless", None)],
        ),
        (
            "The party won 41 seats; the session ended at 14.",
            [("41", "41", "item", "seat"), ("14", "14", "dimensionless", None)],
        ),
    ],
)
def test_a_parallel_count_closing_the_clause_after_a_semicolon(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """'...delegates; X came in first with 14.' takes the noun; not with words after it, nor without a parallel lead."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Approximately 800 suspected members of al Qaeda or the Taliban have been sent to Guantanamo Bay. "
                "Approximately 520 remain and 61 are awaiting release or transfer."
            ),
            [
                ("Approximately 800", "800", "person", "member"),
                ("Approximately 520", "520", "person", "member"),
                ("61", "61", "person", "member"),
            ],
        ),
        (
            "The firm sold 800 cars last year. 520 were electric.",
            [("800", "800", "vehicle", "car"), ("520", "520", "vehicle", "car")],
        ),
        # larger than the count ahead, two nouns ahead, or not the sentence's opening subject
        (
            "The firm sold 800 cars last year. 900 were electric.",
            [("800", "800", "vehicle", "car"), ("900", "900", "dimensionless", None)],
        ),
        (
            "The firm sold 800 cars and 20 vans last year. 520 were electric.",
            [("800", "800", "vehicle", "car"), ("20", "20", "vehicle", "van"), ("520", "520", "dimensionless", None)],
        ),
        (
            "The firm sold 800 cars last year. In May 520 were electric.",
            [("800", "800", "vehicle", "car"), ("520", "520", "dimensionless", None)],
        ),
        # a people word after "be" counts people first
        (
            "The unit took in 80 patients. Four were killed.",
            [("80", "80", "person", "patient"), ("Four", "4", "person", "person")],
        ),
    ],
)
def test_a_bare_subject_takes_the_noun_of_the_sentence_ahead(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """'800 members ... sent. Approximately 520 remain and 61 are ...': the one noun counted ahead, if no smaller."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There are an estimated 1.2 million refugees in Bosnia and another 900,000 elsewhere, mostly in Europe.",
            [("an estimated 1.2 million", "1200000", "person", "refugee"), ("900,000", "900000", "person", "refugee")],
        ),
        (
            "There are 1.2 million refugees in Bosnia and another 900,000 elsewhere in Europe.",
            [("1.2 million", "1200000", "person", "refugee"), ("900,000", "900000", "person", "refugee")],
        ),
        (
            "There are 1.2 million refugees in Bosnia and another 900,000 euros for them.",
            [("1.2 million", "1200000", "person", "refugee"), ("900,000 euros", "900000", "EUR", None)],
        ),
    ],
)
def test_another_count_elsewhere_takes_the_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """'1.2 million refugees ... and another 900,000 elsewhere': 'another' and 'elsewhere' leave it parallel."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Warren earned 8 delegates, Biden earned 6, and Klobuchar earned the remaining 1.",
            [("8", "8", "person", "delegate"), ("6", "6", "person", "delegate"), ("1", "1", "person", "delegate")],
        ),
        (
            "Warren earned 8 delegates and Klobuchar earned the remaining one.",
            [("8", "8", "person", "delegate"), ("one", "1", "dimensionless", None)],
        ),
    ],
)
def test_the_remaining_1_in_digits(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """'the remaining 1' in digits takes the noun as 'the remaining three' does; the word 'one' stays a pronoun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # copied from real news (Congressional Record): the relative takes the noun right before it
            (
                "For years, this secrecy prevented the public from learning of the dangers of these vehicles--6"
                " million of which are still on the road."
            ),
            [("6 million", "6000000", "vehicle", "vehicle")],
        ),
        ("He met the refugees, 200 of whom were children.", [("200", "200", "person", "refugee")]),
        ("The funds, 40 of which are gone.", [("40", "40", "dimensionless", None)]),  # no known counted noun
        ("In 2019, 40 of which were new.", [("40", "40", "dimensionless", None)]),  # a year, no noun
    ],
)
def test_a_relative_count_takes_the_noun_before_it(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """'these vehicles--6 million of which' counts vehicles; a noun with no counted unit lends nothing."""
    assert expected == _read(text)
