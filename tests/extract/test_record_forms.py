"""Forms of parliamentary speech and legal text: alternatives joined by "or", "between" with a dash,
names ending in a number word, the reciprocal "one another" and parts per million.

Each rule has its look-alikes beside it: the form that must change and the forms that must not.
"""

from __future__ import annotations

import pytest

from factcheck import Hedge, extract
from factcheck._decimal import plain

Spread = tuple[str, str, str, str, str | None]
"""A claim as (text, low, high, unit, counted noun); low and high are the value where it is no range."""


def _spread(text: str, *, bare_numbers: bool = True) -> list[Spread]:
    """Each claim of ``extract(text, "en_US")``, bare numbers too unless told, with its range's ends."""
    out: list[Spread] = []
    for c in extract(text, locale="en_US", bare_numbers=bare_numbers):
        amount = c.amount
        ranged = amount.hedge is Hedge.RANGE and amount.low is not None and amount.high is not None
        low, high = (amount.low, amount.high) if ranged else (amount.value, amount.value)
        assert low is not None
        assert high is not None
        span = c.span.text if c.span is not None else ""
        out.append((span, plain(low), plain(high), str(amount.unit) or "dimensionless", getattr(c, "counted", None)))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one step apart: an approximate range, in the unit and scale written with the second
        ("Steak sold at $3 or $4 a pound.", [("$3 or $4 a pound", "3", "4", "USD / pound", None)]),
        ("The plant will cost $6 or $7 million.", [("$6 or $7 million", "6000000", "7000000", "USD", None)]),
        (
            "Such stars are 10 or 20 million years old.",
            [("10 or 20 million years", "10000000", "20000000", "year", None)],
        ),
        ("Some 2 or 3 million people moved.", [("Some 2 or 3 million", "2000000", "3000000", "person", "person")]),
        ("We have two or three workers in the system.", [("two or three", "2", "3", "person", "worker")]),
        ("I faced that vote 38 or 39 times.", [("38 or 39 times", "38", "39", "item", "time")]),
        # further apart: two alternatives, the first in the second's unit
        (
            "The review takes 12 or 18 months.",
            [("12", "12", "12", "month", None), ("18 months", "18", "18", "month", None)],
        ),
        ("He may serve 25 or 30 years.", [("25", "25", "25", "year", None), ("30 years", "30", "30", "year", None)]),
        (
            "A pass costs $5 or $8 million.",
            [("$5", "5000000", "5000000", "USD", None), ("$8 million", "8000000", "8000000", "USD", None)],
        ),
        # neither a list of alternatives nor two years make a range
        (
            "It passed by 1 or 2 or 3 votes.",
            [("1", "1", "1", "item", "vote"), ("2", "2", "2", "item", "vote"), ("3", "3", "3", "item", "vote")],
        ),
        (
            # the subject before the list's first number ("Rides reach 70") is the whole list's
            "Rides reach 70, 80 or 90 miles an hour.",
            [
                ("70", "70", "70", "mile_per_hour", None),
                ("80", "80", "80", "mile_per_hour", None),
                ("90 miles an hour", "90", "90", "mile_per_hour", None),
            ],
        ),
        ("Benefits will be cut in 2041 or 2042 if we do nothing.", []),
    ],
)
def test_or_joins_close_alternatives_and_shares_the_unit(text: str, expected: list[Spread]) -> None:
    """ "N or M unit": one range when M is one step above N, else two figures both in the unit."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The railroad would cost between $400-$800 million.",
            [("between $400-$800 million", "400000000", "800000000", "USD", None)],
        ),
        ("Fares rose between 5-10 percent.", [("between 5-10 percent", "5", "10", "percent", None)]),
        ("Funds rose between 2017-18 and 2021-22.", []),
    ],
)
def test_between_with_a_dash_is_one_range(text: str, expected: list[Spread]) -> None:
    """ "between 5-10 percent" reads as "between 5 and 10 percent"; financial years stay dates."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from a Wikinews interview
        (
            "Because it can be between like one and five million years old.",
            [("between like one and five million years", "1000000", "5000000", "year", None)],
        ),
        ("It is between like 5 and 10 km.", [("between like 5 and 10 km", "5", "10", "kilometre", None)]),
        # look-alikes: "like" after no range opener, and before no number
        (
            "Things like 5 and 6 are numbers.",
            [("5", "5", "5", "dimensionless", None), ("6", "6", "6", "dimensionless", None)],
        ),
        ("I was between like, you know, places.", []),
    ],
)
def test_a_spoken_like_after_between_is_read_past(text: str, expected: list[Spread]) -> None:
    """ "between like one and five million years": the filler ``range_opener_asides`` stands inside the range."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Navy's Marine One helicopter program is late.", []),
        ("The Marine One program is late.", []),
        ("We honor the voters of Congressional District Three today.", []),
        # look-alikes: a count in running prose or at the start of a title-case line
        ("The Marines sent two helicopters.", [("two", "2", "2", "item", "helicopter")]),
        ("Fire Kills Two in Nepal", [("Two", "2", "2", "person", "person")]),
        ("On Monday Two people died.", [("Two", "2", "2", "person", "person")]),
    ],
)
def test_a_number_word_ending_a_capitalised_name_is_no_figure(text: str, expected: list[Spread]) -> None:
    """ "Marine One", "District Three": a capitalised number word closing a name in prose."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senators must work with one another.", []),
        ("One senator was hurt and another was not.", [("One", "1", "1", "person", "senator")]),
    ],
)
def test_one_another_is_a_pronoun(text: str, expected: list[Spread]) -> None:
    """The reciprocal "one another" counts nothing; "one aide ... another" keeps its figure."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Carbon dioxide may reach 550 parts per million.", [("550 parts per million", "550", "550", "ppm", None)]),
        ("Wells held 3 parts per billion of arsenic.", [("3 parts per billion", "3", "3", "ppb", None)]),
        ("Levels were 410 ppm last year.", [("410 ppm", "410", "410", "ppm", None)]),
    ],
)
def test_parts_per_million_is_a_unit(text: str, expected: list[Spread]) -> None:
    """CLDR's long names of ppm and ppb are read as those units."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members may have 5 legislative days to revise.", [("5 legislative days", "5", "5", "day", None)]),
        ("We reply within 20 working days.", [("20 working days", "20", "20", "day", None)]),
        ("That was 4 short years ago.", [("4 short years", "4", "4", "year", None)]),
        # look-alikes: a noun after the adjective, not a unit of time
        ("The firm runs 5 business units.", [("5", "5", "5", "item", "unit")]),
        # a day or year of the Earth, named as such beside another planet's
        ("A year on that planet lasts 33 Earth days.", [("33 Earth days", "33", "33", "day", None)]),
        ("The comet returns after 76 solar years.", [("76 solar years", "76", "76", "year", None)]),
        # look-alikes: a day of another planet is no day; "Earth" before another noun
        ("The rover worked for 90 Martian days.", [("90", "90", "90", "dimensionless", None)]),
        ("About 40 Earth observation satellites were launched.", [("About 40", "40", "40", "item", "satellite")]),
    ],
)
def test_an_adjective_between_a_number_and_a_unit_of_time(text: str, expected: list[Spread]) -> None:
    """ "5 legislative days", "4 short years": durations, as "4 consecutive years" is."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“(2) section 8 of the Act, by the Board;", []),
        ("Strike the heading and insert:\n“(1) Certification requirement.--Assistance”.", []),
        # look-alike: a bracketed number inside a quotation in running prose
        ("He said “(3) cuts” were due.", [("3", "3", "3", "dimensionless", None)]),
    ],
)
def test_a_quoted_list_number_opening_its_line_is_no_figure(text: str, expected: list[Spread]) -> None:
    """An amendment quoted line by line opens each line with a quote mark and its list number."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from Wikinews and the Congressional Record
        (
            "But I think in about a year or two ago, when one of the Iranian chess players refused to play.",
            [("a year or two", "1", "2", "year", None)],
        ),
        (
            "A majority leader could bring up commitments with only an hour or two for debate.",
            [("an hour or two", "1", "2", "hour", None)],
        ),
        ("It lies a mile or two away.", [("a mile or two", "1", "2", "mile", None)]),
        # look-alikes: no step of one, a noun that is no unit, a second with its own unit
        ("In a year or three we will see.", [("three", "3", "3", "dimensionless", None)]),
        ("He has a son or two.", [("two", "2", "2", "dimensionless", None)]),
        ("Is it a year or two years?", [("two years", "2", "2", "year", None)]),
    ],
)
def test_a_unit_after_a_or_two_is_a_range_from_one(text: str, expected: list[Spread]) -> None:
    """ "a year or two": the article is the pair's first number, one step below two: 1 to 2 years."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Senate rejected the ruling by a 46-41 vote.",
            [("46", "46", "46", "item", "vote"), ("41", "41", "41", "item", "vote")],
        ),
        (
            "Cloture was invoked on a 68-20 tally.",
            [("68", "68", "68", "item", "vote"), ("20", "20", "20", "item", "vote")],
        ),
        # look-alikes: a score and financial years keep their readings
        ("They won by a 5-4 margin.", [("5", "5", "5", "dimensionless", None), ("4", "4", "4", "dimensionless", None)]),
        ("The 2005-06 vote was close.", []),
    ],
)
def test_a_tally_before_vote_counts_votes(text: str, expected: list[Spread]) -> None:
    """ "a 46-41 vote": two numbers in digits joined by a dash, then "vote", count votes."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # copied from the Congressional Record (blind5)
        (
            "In that case, it was up, he was confirmed 52 to 48.",
            [("52", "52", "52", "item", "vote"), ("48", "48", "48", "item", "vote")],
        ),
        ("The Senate confirmed him 52-48.", [("52", "52", "52", "item", "vote"), ("48", "48", "48", "item", "vote")]),
        ("The bill passed 230-to-198.", [("230", "230", "230", "item", "vote"), ("198", "198", "198", "item", "vote")]),
        ("The vote was 224 to 201.", [("224", "224", "224", "item", "vote"), ("201", "201", "201", "item", "vote")]),
        ("The court ruled 5-4 that it stands.", [("5", "5", "5", "item", "vote"), ("4", "4", "4", "item", "vote")]),
        # look-alikes: a game's score, a change, a count of its own noun, a verb too far back
        (
            "Brisbane defeated Caboolture 43-5.",
            [("43", "43", "43", "dimensionless", None), ("5", "5", "5", "dimensionless", None)],
        ),
        (
            "Sales rose 52 to 48.",
            [("52", "52", "52", "dimensionless", None), ("48", "48", "48", "dimensionless", None)],
        ),
        (
            "The board approved 12 to 3 projects.",
            [("12", "12", "12", "dimensionless", None), ("3", "3", "3", "item", "project")],
        ),
        (
            "It passed, and then the team won 52 to 48.",
            [("52", "52", "52", "dimensionless", None), ("48", "48", "48", "dimensionless", None)],
        ),
    ],
)
def test_a_tally_after_a_verb_of_its_outcome_counts_votes(text: str, expected: list[Spread]) -> None:
    """ "confirmed 52 to 48": two numbers in digits after a verb of a vote's outcome count votes."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was 15 degrees below zero in Duluth.", [("15 degrees", "15", "15", "degree_Fahrenheit", None)]),
        ("The ship turned 15 degrees to port.", [("15 degrees", "15", "15", "degree", None)]),
        ("We have sacrificed nearly 2,000 lives.", [("nearly 2,000", "2000", "2000", "death", "life")]),
        ("The program saved 2,000 lives.", [("2,000", "2000", "2000", "person", "life")]),
    ],
)
def test_below_zero_and_lives_sacrificed(text: str, expected: list[Spread]) -> None:
    """ "degrees below zero" is a temperature; lives sacrificed are deaths, lives saved people.

    The default reading: the bare "zero" of "below zero" is left out with bare numbers.
    """
    assert expected == _spread(text, bare_numbers=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each year, 600 miners die in accidents, and 5,000 people die of dust.",
            [("600", "600", "600", "person / year", "miner"), ("5,000", "5000", "5000", "person / year", "person")],
        ),
        # look-alikes: a year, or a rate that does not open the sentence
        (
            "In 2004, 600 miners died, and 5,000 people were hurt.",
            [("600", "600", "600", "person", "miner"), ("5,000", "5000", "5000", "person", "person")],
        ),
        (
            "Each year, we lose 600 miners, and 5,000 people are hurt.",
            [("600", "600", "600", "person", "miner"), ("5,000", "5000", "5000", "person", "person")],
        ),
    ],
)
def test_a_fronted_each_year_covers_a_clause_joined_by_and(text: str, expected: list[Spread]) -> None:
    """ "Each year, N ..., and M ...": both figures right after the frame's comma or ", and" are rates."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifty-seven of us introduced a bill.", [("Fifty-seven", "57", "57", "person", "person")]),
        ("There are only 100 of you here.", [("100", "100", "100", "person", "person")]),
        # look-alikes: "one of us" is a pronoun; "of them" may count things
        ("One of us must go.", []),
        ("Two of them were broken.", [("Two", "2", "2", "dimensionless", None)]),
    ],
)
def test_n_of_us_counts_people(text: str, expected: list[Spread]) -> None:
    """ "Fifty-seven of us": a bare whole number of two or more before "of us" or "of you" counts people."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("JULY 25 12 noon Judiciary, to hold hearings.", []),
        ("The time from 12 noon until 1 p.m. is yours.", []),
        ("Doors shut at 12 midnight.", []),
    ],
)
def test_noon_and_midnight_make_a_time_of_day(text: str, expected: list[Spread]) -> None:
    """ "12 noon", "12 midnight" are times of day, no figures."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It adds 1,000 agents for each of the next 3 years.",
            [("1,000", "1000", "1000", "person / year", "agent"), ("3 years", "3", "3", "year", None)],
        ),
        # look-alike: "for every" before a noun is a ratio
        ("There are 1.5 adult males for every adult female.", [("1.5", "1.5", "1.5", "dimensionless", None)]),
    ],
)
def test_for_each_of_a_set_keeps_the_count(text: str, expected: list[Spread]) -> None:
    """ "N agents for each of the next 3 years" is N agents a year (each_of_phrases); "for every female" is a ratio."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He chaired Local 38's examining board.", []),
        ("The Apollo 11's crew landed.", []),
        # look-alike: a possessive before the number keeps it a figure
        ("Pennsylvania's 20 electoral votes went to him.", [("20", "20", "20", "item", "vote")]),
    ],
)
def test_a_possessive_after_a_number_in_a_name_ends_the_name(text: str, expected: list[Spread]) -> None:
    """ "Local 38's board": the numeral behind a capitalised word owns something, so it ends a name."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, Jr., 30, of Ohio was hurt.", [("30", "30", "30", "year", None)]),
        # look-alike: a company's "Inc." is no name suffix of a person
        ("He signed Acme Inc., 30, of the firms.", [("30", "30", "30", "dimensionless", None)]),
    ],
)
def test_an_age_in_apposition_after_a_name_suffix(text: str, expected: list[Spread]) -> None:
    """ "John Linde, Jr., 30, of Washington": the age follows the suffix's full stop and comma."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It funds the office for two fiscal years.", [("two fiscal years", "2", "2", "year", None)]),
        ("We had some 800,000 illegal aliens then.", [("some 800,000", "800000", "800000", "person", "alien")]),
        ("That is the poverty line for a family of four.", [("four", "4", "4", "person", "person")]),
        # look-alike: "a family of companies" counts no people
        ("It joined a family of 12 brands.", [("12", "12", "12", "item", "brand")]),
    ],
)
def test_fiscal_years_aliens_and_a_family_of_four(text: str, expected: list[Spread]) -> None:
    """ "two fiscal years" is a duration, aliens are people, "a family of four" counts four people."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sponges live on 0.002 moles of oxygen per cubic meter.",
            [("0.002 moles", "0.002", "0.002", "mole / cubic_metre", None)],
        ),
        ("The car emits 120 grams of CO2 per kilometre.", [("120 grams", "120", "120", "gram / kilometre", None)]),
        ("Mines got 20 kilograms of gold per tonne of ore.", [("20 kilograms", "20", "20", "kilogram / tonne", None)]),
        # look-alikes: no per-word right after the substance; a measure with no "of" as before
        ("He drove 300 miles of road in France.", [("300 miles", "300", "300", "mile", None)]),
        ("Water held 6.4 mg per liter.", [("6.4 mg per liter", "6.4", "6.4", "milligram / litre", None)]),
    ],
)
def test_a_measure_of_a_substance_per_a_unit_is_a_rate(text: str, expected: list[Spread]) -> None:
    """ "0.002 moles of oxygen per cubic meter": the substance is left out of the unit, as in "500gCO2/kWh"."""
    assert expected == _spread(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the high end of "from X to Y" hedged: two figures, the first in the unit of the second
        (
            "Tuition increases have ranged from 2 to almost 9 percent every single year.",
            [("2", "2", "2", "percent", None), ("almost 9 percent", "9", "9", "percent", None)],
        ),
        (
            "It cost from 2 to nearly 3 million dollars.",
            [("2", "2000000", "2000000", "USD", None), ("nearly 3 million dollars", "3000000", "3000000", "USD", None)],
        ),
        (
            "from 10 to more than 20 miles",
            [("10", "10", "10", "mile", None), ("more than 20 miles", "20", "20", "mile", None)],
        ),
    ],
)
def test_a_hedged_high_end_gives_the_low_end_its_unit(text: str, expected: list[Spread]) -> None:
    assert _spread(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no unit after the hedged end, or a range with no hedge: read as before
        (
            "Readings were 52 to about 48.",
            [("52", "52", "52", "dimensionless", None), ("about 48", "48", "48", "dimensionless", None)],
        ),
        # a vote's tally counts votes (the tally rule), its hedged end too
        (
            "The vote was 52 to about 48.",
            [("52", "52", "52", "item", "vote"), ("about 48", "48", "48", "item", "vote")],
        ),
        ("It rose from 2 to 9 percent.", [("2", "2", "2", "percent", None), ("9 percent", "9", "9", "percent", None)]),
        ("It was 5 to 10 percent.", [("5 to 10 percent", "5", "10", "percent", None)]),
    ],
)
def test_high_ends_without_a_hedge_or_a_unit_read_as_before(text: str, expected: list[Spread]) -> None:
    assert _spread(text) == expected
