"""Ranges under a verb of spread, hyphenated percent words and other forms real news writes.

Sentences written for these tests; each pins the whole reading of its sentence, and each rule has
sentences on both sides of it.
"""

from __future__ import annotations

import pytest

from tests.readings import range_readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb of spread before "from a to b": one range
            "Damage estimates ranging from 30% to 55% were published.",
            [("30% to 55%", "30..55", "percent", None)],
        ),
        (
            "Ticket prices vary from £12 to £40 a seat.",
            [("£12 to £40 a seat", "12..40", "GBP / item", None)],
        ),
        (  # a change verb before it: two figures, the before and the after
            "The jobless rate rose from 4% to 6% last year.",
            [("4%", "4", "percent", None), ("6%", "6", "percent", None)],
        ),
    ],
)
def test_spread_verbs_make_one_range(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales show a 64-percent increase.", [("64-percent", "64", "percent", None)]),
        ("Sales show a 64-per-cent increase.", [("64-per-cent", "64", "percent", None)]),
        ("The bank made a 25-basis-point cut.", [("25-basis-point", "25", "basis_point", None)]),
        ("They set out a 10-point plan.", [("10", "10", "dimensionless", None)]),
    ],
)
def test_hyphenated_percent_words(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "a 64-percent increase" is a percentage as "64 percent" is; "a 10-point plan" stays a bare number."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is worth 700 million złotys.", [("700 million złotys", "700000000", "PLN", None)]),
        ("The deal is worth 700 million zlotys.", [("700 million zlotys", "700000000", "PLN", None)]),
        ("Millions of złotys were lost.", [("Millions of złotys", "2000000..1000000000", "PLN", None)]),
        ("The loan was 12 million Icelandic krónur.", [("12 million Icelandic krónur", "12000000", "ISK", None)]),
        ("The pay was 900 million forints.", [("900 million forints", "900000000", "HUF", None)]),
        # a word without the diacritics of a name stays a word: no Costa Rican colón here
        ("Doctors saw 40 colon tumours.", [("40", "40", "item", "tumour")]),
    ],
)
def test_currency_names_with_or_without_diacritics(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """CLDR's names (from babel) are read when the text adds diacritics the name lacks: "złotys" is "zlotys"."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some two to three hundred cars burned.", [("Some two to three hundred", "200..300", "vehicle", "car")]),
        ("Between five and six hundred fans came.", [("Between five and six hundred", "500..600", "person", "fan")]),
        (  # the low end scaled would pass the high end: ten stays ten
            "Prices went from ten to a hundred pounds.",
            [("ten", "10", "GBP", None), ("a hundred pounds", "100", "GBP", None)],
        ),
    ],
)
def test_hundred_scales_both_ends_of_a_range(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "two to three hundred" is 200 to 300, as "five to six million" is millions at both ends."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power emits about 450gCO2/kWh here.", [("about 450gCO2/kWh", "450", "gram / kilowatt_hour", None)]),
        ("The plant emits 9 tCO2e/MWh.", [("9 tCO2e/MWh", "9", "tonne / megawatt_hour", None)]),
        ("Emissions fell to 41 MtCO2e.", [("41 MtCO2e", "41", "megatonne", None)]),
        ("A 30 g/kWh limit.", [("30 g/kWh", "30", "gram / kilowatt_hour", None)]),
        # the substance alone is no unit
        ("The 3 CO2 sensors failed.", [("3", "3", "item", "sensor")]),
    ],
)
def test_units_with_a_substance(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A substance glued after a unit symbol is left out of the unit: "500gCO2/kWh" is gram / kilowatt_hour."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (  # American spelling of a metric unit: American text, short tons
            "The statues stand six meters tall and weigh twelve tons.",
            "en_GB",
            [("six meters", "6", "metre", None), ("twelve tons", "12", "ton", None)],
        ),
        (
            "The statues stand six metres tall and weigh twelve tons.",
            "en_GB",
            [("six metres", "6", "metre", None), ("twelve tons", "12", "tonne", None)],
        ),
        ("The statues weigh twelve tons.", "en_GB", [("twelve tons", "12", "tonne", None)]),
        ("The statues weigh twelve tons.", "en_US", [("twelve tons", "12", "ton", None)]),
    ],
)
def test_american_spelling_makes_american_tons(
    text: str, locale: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """English text read as en_GB that writes "meters" after a number writes US customary units too."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The group runs 7 FM and two AM radio stations.",
            [("7", "7", "item", "station"), ("two", "2", "item", "station")],
        ),
        ("Staff made 18 NHS and 5 GP visits.", [("18", "18", "visit", "visit"), ("5", "5", "visit", "visit")]),
        (  # a unit after the first number: no modifier of the noun after the second
            "It has 64 GB and 4 USB ports.",
            [("64 GB", "64", "gigabyte", None), ("4", "4", "item", "port")],
        ),
    ],
)
def test_acronym_pairs_share_their_noun(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "18 FM and five AM radio stations": an acronym after each number, the noun named once."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list before a pair that shares the last unit: each figure in that unit
            "Their leases are not two, five or nine years long.",
            [
                ("two", "2", "year", None),
                ("five", "5", "year", None),
                ("nine years", "9", "year", None),
            ],
        ),
        (
            "Carts that run at 30, 40 or 60 miles an hour.",
            [
                ("30", "30", "mile_per_hour", None),
                ("40", "40", "mile_per_hour", None),
                ("60 miles an hour", "60", "mile_per_hour", None),
            ],
        ),
        (  # a one-step pair is one range; the number before it is no list's member
            "They waited one, two or three hours.",
            [("one", "1", "dimensionless", None), ("two or three hours", "2..3", "hour", None)],
        ),
        (  # falling values are no list: two phrases
            "In 2019, 9, 4 or 6 years passed.",
            [("9", "9", "dimensionless", None), ("4", "4", "year", None), ("6 years", "6", "year", None)],
        ),
    ],
)
def test_lists_share_the_last_unit_past_a_pair(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "two, four or six years": the pair "four or six years" shares the unit, and so does the list's first."""
    assert expected == _read(text)
