"""Counts whose noun stands elsewhere: capitalised plural heads, partitives, comparisons with an earlier count.

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
            "The pilot earned three Air Medals, two Bronze Stars and five Purple Hearts for wounds.",
            [("three", "3", "item", "medal"), ("two", "2", "item", "star"), ("five", "5", "item", "heart")],
        ),
        ("She has visited four Koreas.", [("four", "4", "item", "korea")]),
        (
            "Six Republicans and two Democrats voted no.",
            [("Six", "6", "person", "republican"), ("two", "2", "person", "democrat")],
        ),
        ("Deposit laws work in 10 States, including Maine.", [("10", "10", "item", "state")]),
        ("They spoke to 40 United States officials.", [("40", "40", "person", "official")]),
        ("Three Fox News reporters spoke.", [("Three", "3", "person", "reporter")]),
        ("She met two Fox News reporters.", [("two", "2", "person", "reporter")]),
        ("They drove to Six Flags.", []),
        ("The 3 Doors Down concert sold out.", [("3", "3", "dimensionless", None)]),
        ("The band waited two Days in Paris.", [("two Days", "2", "day", None)]),
    ],
)
def test_capitalised_plural_heads(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A lower-case number word counts a capitalised plural run ending at a mark or a stop; a name is no count."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 4,200 of 91,000 residents have left.",
            [("Some 4,200", "4200", "person", "resident"), ("91,000", "91000", "person", "resident")],
        ),
        ("The team won 7 of 12 races.", [("7", "7", "item", "race"), ("12", "12", "item", "race")]),
        (
            "Only 30 of the county's 1,200 farms were flooded.",
            [("30", "30", "item", "farm"), ("1,200", "1200", "item", "farm")],
        ),
        ("Two of the remaining nurses stayed.", [("Two", "2", "person", "nurse")]),
        ("Five of those involved ligatures.", [("Five", "5", "dimensionless", None)]),
        ("Oslo is one of six cities on the list.", [("six", "6", "item", "city")]),
        ("Storm Four of 2021 passes Cuba.", [("Four", "4", "dimensionless", None)]),
    ],
)
def test_partitives(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "N of [det] M NOUN" gives N the noun, a determiner or not; "one of six" and a year's "of 2021" do not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann won the most races, at 9, followed by Bo, with 7.",
            [("9", "9", "item", "race"), ("7", "7", "item", "race")],
        ),
        ("The ward had the fewest deaths, with 3.", [("3", "3", "death", "death")]),
        ("The town had the most rain, at 40.", [("40", "40", "dimensionless", None)]),
        ("Ann won the most races at 19.", [("19", "19", "dimensionless", None)]),
    ],
)
def test_superlative_then_number(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "the most NOUN, at N" counts the plural; a mass noun, or no comma, leaves the number bare."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The side won 31 matches to Old Harbour Town's 18, or 35 matches by another count.",
            [("31", "31", "item", "match"), ("18", "18", "item", "match"), ("35", "35", "item", "match")],
        ),
        (
            "The firm employed 6,400 people on its northern sites compared to 5,100 in 2019.",
            [("6,400", "6400", "person", "person"), ("5,100", "5100", "person", "person")],
        ),
        (
            "The firm employed 6,400 people on its northern sites and many more in the south, then 5,100 in 2019.",
            [("6,400", "6400", "person", "person"), ("5,100", "5100", "dimensionless", None)],
        ),
        (
            "Some 80 councils have signed up to the new rural bus scheme this year, and 35 have signed up to the old.",
            [("Some 80", "80", "item", "council"), ("35", "35", "item", "council")],
        ),
        (
            "Some 80 councils have signed up to the new rural bus scheme this year, and 35 were in the old.",
            [("Some 80", "80", "item", "council"), ("35", "35", "dimensionless", None)],
        ),
    ],
)
def test_number_compared_with_an_earlier_count(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bare number after "to NAME's", after "compared to" far back, or doing what the count did counts the same."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group owns 6 FM and two AM radio stations.",
            [("6", "6", "item", "station"), ("two", "2", "item", "station")],
        ),
        (
            "The vote saw two Democratic and three Republican senators switch.",
            [("two", "2", "person", "senator"), ("three", "3", "person", "senator")],
        ),
        (
            "He scored 12 today and 3 new players joined.",
            [("12", "12", "dimensionless", None), ("3", "3", "person", "player")],
        ),
        (
            "Pupils add two-digit and three-digit numbers.",
            [("two", "2", "dimensionless", None), ("three", "3", "item", "number")],
        ),
        ("In 2019 alone and 3 new schools opened.", [("3", "3", "item", "school")]),
    ],
)
def test_modified_pair_shares_the_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "18 FM and five AM radio stations": a bare number with a modifier like the count's takes its noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army has 5,000 trained and equipped Kurdish border guards.", [("5,000", "5000", "person", "guard")]),
        ("Bring 2 signed and dated photos.", [("2", "2", "item", "photo")]),
        ("Some 2,000 trained and equipped in May.", [("Some 2,000", "2000", "dimensionless", None)]),
        (
            "Of the recruits, 500 trained and 300 left.",
            [("500", "500", "dimensionless", None), ("300", "300", "dimensionless", None)],
        ),
    ],
)
def test_participles_joined_before_the_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Two participles joined by "and" after a number open what it counts when a plural noun follows them."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trust will increase the number of nurses to 300 by 2027.", [("300", "300", "person", "nurse")]),
        ("They cut the number of wards in the county to 12.", [("12", "12", "item", "ward")]),
        ("They cut the number of wards from 30 to 12.", [("30", "30", "item", "ward"), ("12", "12", "item", "ward")]),
        ("They raised the number of staff hours to 40.", [("40", "40", "dimensionless", None)]),
        ("They raised the number of wards to 12 beds.", [("12", "12", "item", "bed")]),
    ],
)
def test_number_of_changed_to(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "increase the number of NOUN to N" counts the noun; hours, or a noun after N, do not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party held a majority once but does not hold one now.", [("one", "1", "dimensionless", None)]),
        ("The rate applies from week 7 onwards.", [("7", "7", "dimensionless", None)]),
        ("Their 9 still meets that test.", [("9", "9", "dimensionless", None)]),
        ("Their first album sold well, and one already has a sequel.", [("one", "1", "dimensionless", None)]),
        (
            "Do we want 51 members of one party today to decide?",
            [("51", "51", "person", "member"), ("one", "1", "item", "party")],
        ),
        ("The 14 now-empty shops were sold.", [("14", "14", "item", "shop")]),
        ("The 14 still-open inquiries were listed.", [("14", "14", "item", "inquiry")]),
    ],
)
def test_an_adverb_after_a_number_counts_nothing(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """An adverb after a number ends its noun phrase ("one now"), except as a hyphened compound's first part."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Of the two plans, one aims to cut fares.",
            [("two", "2", "item", "plan"), ("one", "1", "dimensionless", None)],
        ),
        ("If one reads the report, the case is plain.", [("one", "1", "dimensionless", None)]),
        ("Box 1 sets out the rules.", [("1", "1", "dimensionless", None)]),
        ("The estate has one or more flats for rent.", [("one", "1", "item", "flat")]),
        ("The farm kept one species of goat.", [("one", "1", "item", "species")]),
        ("She found one crisis after another.", [("one", "1", "item", "crisis")]),
        ("They opened one shop.", [("one", "1", "item", "shop")]),
    ],
)
def test_a_plural_word_alone_after_one_is_a_verb(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "one aims", "if one reads": a plural word alone after "one" is its verb, not what it counts."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of deaths linked to the flu rose to 340.", [("340", "340", "death", "death")]),
        ("The number of hospital cases related to the outbreak reached 52.", [("52", "52", "case", "case")]),
        ("Officials were linked to the scheme, and the number reached 52.", [("52", "52", "dimensionless", None)]),
        ("He has pledged to the party and 52 members joined.", [("52", "52", "person", "member")]),
    ],
)
def test_a_noun_linked_to_another_heads_the_subject(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "deaths linked to the flu": the subject reaches back past "linked to" to the noun it counts."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We want a plan that works, rather than one that sits idle.", [("one", "1", "dimensionless", None)]),
        ("Pupils compare fractions above 1 that simplify to whole numbers.", [("above 1", "1", "dimensionless", None)]),
        ("The council closed 30 shops that year.", [("30", "30", "item", "shop")]),
        ("Of the 400 who voted, most agreed.", [("400", "400", "person", "person")]),
    ],
)
def test_a_relative_clause_after_a_number_counts_nothing(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "one that sits", "1 that simplify": "that" opens a clause about the number; its verb is no counted noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency put the total 2020 population of the county at 1.2 million.",
            [("2020", "2020", "dimensionless", None), ("1.2 million", "1200000", "person", "person")],
        ),
        (
            "Its 2019 workforce was 900 people.",
            [("2019", "2019", "dimensionless", None), ("900", "900", "person", "person")],
        ),
        (
            "The 2011 population census counted 56 million people.",
            [("2011", "2011", "dimensionless", None), ("56 million", "56000000", "person", "person")],
        ),
        # a plural after the number, or no lead word before it: a count as before
        ("There were 2020 residents in the village.", [("2020", "2020", "person", "resident")]),
        ("The town kept 1500 sheep.", [("1500", "1500", "animal", "sheep")]),
    ],
)
def test_a_year_before_a_singular_noun_is_no_count(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "the total 2020 population": a year between a determiner and a singular noun says which, it counts nothing.

    (These readings keep bare numbers; by default the year, a bare number in prose, is left out.)
    """
    assert expected == _read(text)
