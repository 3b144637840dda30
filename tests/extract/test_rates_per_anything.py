"""extract(): rates per anything, not only per unit of time: "$60 a barrel", "15.3 points per game".

A figure followed by a per-word ("a", "an", "per", "each", "every", "/"; "pro", "je"; "par";
"por") and a unit or a counted noun keeps numerator and denominator; a counted noun as
denominator is in its unit as a count (person, household, item) and named in ``per``.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from factcheck import Amount, RateClaim, check, units
from factcheck._decimal import plain
from factcheck._extract import extract
from factcheck.checks._grouping import counted_key
from factcheck.cli.extract_cmd import claim_record

Row = tuple[str, str, str, str, str | None, str | None]


def _read(text: str, locale: str = "en_GB") -> list[Row]:
    """Kind, text, value, unit, counted noun and per-noun of each claim in ``text``."""
    return [
        (
            c.kind,
            c.span.text if c.span is not None else "",
            plain(c.amount.value),
            str(c.amount.unit),
            getattr(c, "counted", None),
            getattr(c, "per", None),
        )
        for c in extract(text, locale, bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brent crude traded at $60 a barrel.", [("rate", "$60 a barrel", "60", "USD / barrel", None, None)]),
        ("The plan costs £4.99 a month.", [("rate", "£4.99 a month", "4.99", "GBP / month", None, None)]),
        (
            "She scored 15.3 points per game.",
            [("rate", "15.3 points per game", "15.3", "dimensionless", "point", "game")],
        ),
        ("He scored 15 points per game.", [("rate", "15 points per game", "15", "dimensionless", "point", "game")]),
        (
            "They built a 52,000 barrel-a-day refinery.",
            [("rate", "52,000 barrel-a-day", "52000", "barrel / day", None, None)],
        ),
        (
            "Offices rent for $400 per square foot.",
            [("rate", "$400 per square foot", "400", "USD / square_foot", None, None)],
        ),
        (
            "The land sold at 30 dollars per square foot.",
            [("rate", "30 dollars per square foot", "30", "USD / square_foot", None, None)],
        ),
        ("The board paid 8 cents per share.", [("rate", "8 cents per share", "8", "cent_USD / item", None, "share")]),
        ("Diesel costs £2.50 per litre.", [("rate", "£2.50 per litre", "2.5", "GBP / litre", None, None)]),
        ("Power costs 30p a unit.", [("rate", "30p a unit", "30", "penny / item", None, "unit")]),
        ("Dinner costs £45 a head.", [("rate", "£45 a head", "45", "GBP / person", None, "person")]),
        (
            "Land fetched one dollar per square foot.",
            [("rate", "one dollar per square foot", "1", "USD / square_foot", None, None)],
        ),
        ("She scored 2 goals every game.", [("rate", "2 goals every game", "2", "dimensionless", "goal", "game")]),
        ("Tickets are £5/head.", [("rate", "£5/head", "5", "GBP / person", None, "person")]),
        (
            "The fee is $10 per person per day.",
            [("rate", "$10 per person per day", "10", "USD / day / person", None, "person")],
        ),
        ("The tax raises £300 per head.", [("rate", "£300 per head", "300", "GBP / person", None, "person")]),
        ("Income was $38,000 per capita.", [("rate", "$38,000 per capita", "38000", "USD / person", None, "person")]),
        ("The grant is £6 per household.", [("rate", "£6 per household", "6", "GBP / household", None, "household")]),
        (  # a singular noun counted in people as its plural is ("astronauts", "graduates")
            "Each seat costs $80 million per astronaut and $9,000 per graduate.",
            [
                ("rate", "$80 million per astronaut", "80000000", "USD / person", None, "astronaut"),
                ("rate", "$9,000 per graduate", "9000", "USD / person", None, "graduate"),
            ],
        ),
        (  # a noun counted in no unit of its own stays an item
            "The levy is £2 per bottle.",
            [("rate", "£2 per bottle", "2", "GBP / item", None, "bottle")],
        ),
        (
            "There were 5.2 deaths per 1,000 people.",
            [("rate", "5.2 deaths per 1,000 people", "5.2", "death / thousand_person", "death", "person")],
        ),
        (
            "The rate was seven per 100,000 people.",
            [("rate", "seven per 100,000 people", "7", "1 / hundred_thousand_person", None, "person")],
        ),
        ("Carers earn £11 an hour.", [("rate", "£11 an hour", "11", "GBP / hour", None, None)]),
        (
            "Farmers lose 30,000 hectares a year.",
            [("rate", "30,000 hectares a year", "30000", "hectare / year", None, None)],
        ),
        ("The tickets cost $5 each.", [("rate", "$5 each", "5", "USD / item", None, None)]),
        ("The jets cost $90 million apiece.", [("rate", "$90 million apiece", "90000000", "USD / item", None, None)]),
        ("Gold rose to $1,900 an ounce.", [("rate", "$1,900 an ounce", "1900", "USD / ounce", None, None)]),
        ("Coal sold at £80/tonne.", [("rate", "£80/tonne", "80", "GBP / tonne", None, None)]),
        ("Gym membership is £5/week.", [("rate", "£5/week", "5", "GBP / week", None, None)]),
        ("The probe flew at 11 km/s.", [("rate", "11 km/s", "11", "kilometre / second", None, None)]),
        ("The jet reached 50 km/ms.", [("rate", "50 km/ms", "50", "kilometre / millisecond", None, None)]),
        ("Glucose read 250 mg/dL.", [("rate", "250 mg/dL", "250", "milligram / decilitre", None, None)]),
        ("Apples are $4/kg.", [("rate", "$4/kg", "4", "USD / kilogram", None, None)]),
        ("The car does 40 miles a gallon.", [("rate", "40 miles a gallon", "40", "mile / gallon", None, None)]),
    ],
)
def test_rates_per_anything(text: str, expected: list[Row]) -> None:
    """A per-word and a unit or counted noun after the figure make it a rate per that."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm moved at 120 km/h.", [("quantity", "120 km/h", "120", "kilometre_per_hour", None, None)]),
        ("The limit is 70 mph.", [("quantity", "70 mph", "70", "mile_per_hour", None, None)]),
        ("The car ran at 188 miles an hour.", [("quantity", "188 miles an hour", "188", "mile_per_hour", None, None)]),
        (
            "The train ran at 90 kilometres an hour.",
            [("quantity", "90 kilometres an hour", "90", "kilometre_per_hour", None, None)],
        ),
    ],
)
def test_speeds_keep_their_units(text: str, expected: list[Row]) -> None:
    """ "km/h" and "mph" are units of speed, a length per time in one pint unit."""
    assert expected == _read(text)
    speed = units.unit(expected[0][3])
    assert speed.dimensionality == units.unit("metre / second").dimensionality


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Der Eintritt kostet 20 Euro pro Person.",
            "de_DE",
            [("rate", "20 Euro pro Person", "20", "EUR / person", None, "person")],
        ),
        ("Er verdient 15 Euro pro Stunde.", "de_DE", [("rate", "15 Euro pro Stunde", "15", "EUR / hour", None, None)]),
        (
            "Öl kostet 80 Dollar je Barrel.",
            "de_DE",
            [("rate", "80 Dollar je Barrel", "80", "USD / barrel", None, None)],
        ),
        ("Il paie 3 euros par jour.", "fr_FR", [("rate", "3 euros par jour", "3", "EUR / day", None, None)]),
        (
            "Le repas coûte 15 euros par personne.",
            "fr_FR",
            [("rate", "15 euros par personne", "15", "EUR / person", None, "person")],
        ),
        (
            "Le PIB atteint 40 000 euros par habitant.",
            "fr_FR",
            [("rate", "40 000 euros par habitant", "40000", "EUR / person", None, "habitant")],
        ),
        (
            "La entrada cuesta 10 euros por persona.",
            "es_ES",
            [("rate", "10 euros por persona", "10", "EUR / person", None, "person")],
        ),
        (
            "El crudo cotiza a 80 dólares por barril.",
            "es_ES",
            [("rate", "80 dólares por barril", "80", "USD / barrel", None, None)],
        ),
    ],
)
def test_foreign_rates_per_anything(text: str, locale: str, expected: list[Row]) -> None:
    """ "pro Person", "je Barrel", "par personne", "por persona": rates in German, French and Spanish too."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 5 per cent in May.", [("relative_change", "5 per cent", "5", "percent", None, None)]),
        (
            "Arrests rose to 900, up from 800 a year earlier.",
            [
                ("number", "900", "900", "dimensionless", None, None),
                ("number", "800", "800", "dimensionless", None, None),
            ],
        ),
        ("Sales were 500 per the report.", [("number", "500", "500", "dimensionless", None, None)]),
        ("The index stood at 2.0\nGDP per capita", [("quantity", "2.0", "2", "index_point", None, None)]),
        ("He gave 3 a chance.", [("number", "3", "3", "dimensionless", None, None)]),
    ],
)
def test_not_rates_per_anything(text: str, expected: list[Row]) -> None:
    """ "per cent", a point in time, "per the report", a line break, "a" before a noun not listed: no rate."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rents average $4,000 a month per apartment.",
            [("rate", "$4,000 a month per apartment", "4000", "USD / item / month", None, "apartment")],
        ),
        ("They earn $20 a day each.", [("rate", "$20 a day each", "20", "USD / day / item", None, None)]),
        (
            "Childcare costs £5,000 a year per child.",
            [("rate", "£5,000 a year per child", "5000", "GBP / person / year", None, "child")],
        ),
    ],
)
def test_rate_in_time_per_anything(text: str, expected: list[Row]) -> None:
    """ "a month per apartment", "a day each": a rate in time, per something too."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Drivers pay 10p a mile each day.", [("rate", "10p a mile", "10", "penny / day / mile", None, None)]),
        ("Rooms cost £50 a night.", [("rate", "£50 a night", "50", "GBP / day", None, None)]),
        (
            "Rooms cost £50 a night per room.",
            [("rate", "£50 a night per room", "50", "GBP / day / item", None, "room")],
        ),
        ("Thousands of people come every year.", [("rate", "Thousands", "2000", "person / year", "person", None)]),
    ],
)
def test_rates_from_the_last_session_notes(text: str, expected: list[Row]) -> None:
    """A unit before a later "each day" keeps both; "a night" is per day; a vague number of people per year."""
    assert expected == _read(text)


def test_rate_per_a_unit_then_per_a_time() -> None:
    """ "£200 a hectare per year": per hectare, then per year; "a hectare" is no subject and no rate is lost."""
    expected = [("rate", "£200 a hectare per year", "200", "GBP / hectare / year", None, None)]
    assert expected == _read("Growers were paid £200 a hectare per year.")


def test_rate_per_year_of_a_rate_per_people() -> None:
    """ "18.9 deaths per 100,000 people per year": per so many people, per year; the 100,000 is no figure of its own."""
    expected = [
        (
            "rate",
            "18.9 deaths per 100,000 people per year",
            "18.9",
            "death / hundred_thousand_person / year",
            "death",
            "person",
        )
    ]
    assert expected == _read("Roads killed 18.9 deaths per 100,000 people per year.")


def test_rate_per_thousand_people_converts_to_per_person() -> None:
    """A rate per 1,000 people converts to one per person: the scaled unit is 1,000 people."""
    (claim,) = extract("There were 5.2 deaths per 1,000 people.")
    assert Decimal("0.0052") == claim.amount.to(units.unit("death / person")).value


def test_range_ends_share_the_rate() -> None:
    """ "from $3.80 a gallon to $3.42": both ends are dollars a gallon, and the fall checks out."""
    text = "Gasoline prices dropped from $3.80 a gallon in June to $3.42 in September, a fall of 10%."
    expected = [
        ("rate", "$3.80 a gallon", "3.8", "USD / gallon", None, None),
        ("rate", "$3.42", "3.42", "USD / gallon", None, None),
        ("relative_change", "10%", "10", "percent", None, None),
    ]
    assert expected == _read(text)
    no_problems: list[str] = []
    assert no_problems == [f.code for f in check(extract(text)).findings if f.severity.name in ("ERROR", "WARNING")]


def test_change_of_a_rate_per_unit() -> None:
    """ "fell 4p to 142p a litre, from 146p": the change is in pence a litre, and it is consistent."""
    text = "Petrol fell 4p to 142p a litre, from 146p."
    expected = [
        ("absolute_change", "4p", "4", "penny / litre", None, None),
        ("rate", "142p a litre", "142", "penny / litre", None, None),
        ("rate", "146p", "146", "penny / litre", None, None),
    ]
    assert expected == _read(text)
    codes = ["change-consistent"]
    assert codes == [f.code for f in check(extract(text)).findings]


def test_rate_is_never_checked_against_a_level() -> None:
    """ "$60 a barrel" and "$60" of the same subject and year are different quantities: no contradiction."""
    text = "In 2024 the oil price was $60 a barrel. In 2024 the oil price was $75."
    none: list[str] = []
    assert none == [f.code for f in check(extract(text)).findings if f.code.startswith("contradict")]


def test_rates_of_other_nouns_are_not_compared() -> None:
    """ "points per game" and "rebounds per game" never pair; the same nouns do."""
    points = RateClaim(Amount.stated("15.3", "dimensionless"), counted="point", per="game")
    rebounds = RateClaim(Amount.stated("7.4", "dimensionless"), counted="rebound", per="game")
    keys = ("point per game", "rebound per game")
    assert keys == (counted_key(points), counted_key(rebounds))


def test_rate_and_its_total_still_check() -> None:
    """A rate per unit of time and its total keep working beside rates per anything."""
    text = "The clinic sees 120 patients a day, or 43,800 a year, at $60 a visit."
    codes = ["rate-total-consistent"]
    assert codes == [f.code for f in check(extract(text)).findings if f.check == "rates_and_totals"]


def test_json_carries_the_denominator() -> None:
    """The jsonl record of a rate names its numerator's and denominator's counted nouns."""
    (claim,) = extract("She scored 15.3 points per game.")
    record = json.loads(json.dumps(claim_record(claim)))
    expected = {"kind": "rate", "value": "15.3", "unit": "dimensionless", "counted": "point", "per": "game"}
    assert expected == {key: record[key] for key in expected}


@pytest.mark.parametrize(
    ("unit", "locale", "expected"),
    [
        ("USD / barrel", "en_GB", "US$60 per barrel"),
        ("penny / litre", "en_GB", "60p per litre"),
        ("GBP / person", "en_GB", "£60 per person"),
        ("USD / square_foot", "en_US", "$60 per square foot"),
        ("EUR / litre", "de_DE", "60\u00a0€ pro Liter"),
        ("GBP / year", "en_GB", "£60 a year"),
        ("EUR / person", "fr_FR", "60\u00a0€ par personne"),
        ("USD / household", "de_DE", "60\u00a0$ pro Haushalt"),
        ("GBP / person", "es_ES", "60\u00a0GBP por persona"),
    ],
)
def test_rates_per_a_unit_are_written_per_it(unit: str, locale: str, expected: str) -> None:
    """A rate per one unit is written "per" it, in CLDR's words where it has them, else the lexicon's.

    A count is per one of its things in the language's own word ("par personne", not "par person").
    """
    assert expected == Amount.stated("60", unit).format(locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traffic crawled at ten miles per hour (sixteen kilometers per hour) all day.",
            [
                ("quantity", "ten miles per hour", "10", "mile_per_hour", None, None),
                ("quantity", "sixteen kilometers per hour", "16", "kilometre_per_hour", None, None),
            ],
        ),
        ("The bus kept to 30 mph per hour.", [("quantity", "30 mph", "30", "mile_per_hour", None, None)]),
        ("The river ran at 4 km/h a day.", [("quantity", "4 km/h", "4", "kilometre_per_hour", None, None)]),
        ("Wind farms add 3 GW a year.", [("rate", "3 GW a year", "3", "gigawatt / year", None, None)]),
    ],
)
def test_a_unit_that_is_a_rate_takes_no_further_per(text: str, expected: list[Row]) -> None:
    """A speed is per hour already: the words after it add no second "per"; power per year is still a rate."""
    assert expected == _read(text)


def test_words_in_brackets_after_a_figure_are_no_subject() -> None:
    """ "(sixteen kilometers ...)" is an aside converting the figure, not what the figure measures."""
    subjects = [c.subject for c in extract("The speed limit was ten miles per hour (sixteen kilometers per hour).")]
    assert subjects == ["the speed limit", None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Governments pour hundreds of billions of dollars every year into subsidies.",
            [("rate", "hundreds of billions of dollars every year", "200000000000", "USD / year", None, None)],
        ),
        (
            "Tens of billions of pounds were wasted.",
            [("money", "Tens of billions of pounds", "20000000000", "GBP", None, None)],
        ),
        ("Trillions of dollars moved.", [("money", "Trillions of dollars", "2000000000000", "USD", None, None)]),
    ],
)
def test_vague_billions_are_one_figure(text: str, expected: list[Row]) -> None:
    """ "hundreds of billions of dollars" is one figure: "hundreds" is no rate of its own."""
    assert expected == _read(text)


def test_a_counted_rate_spans_its_noun_and_what_it_is_per() -> None:
    """ "120 patients a day" and "7 rebounds a game" span the whole rate; the counted noun stays the subject."""
    text = "The ward sees 120 patients a day and its nurse grabbed 7 rebounds a game."
    got = [(c.span.text, str(c.amount.unit), c.subject) for c in extract(text)]
    assert got == [
        ("120 patients a day", "person / day", "patients"),
        ("7 rebounds a game", "dimensionless", "rebounds"),
    ]


def test_counted_rates_with_whole_spans_still_pair() -> None:
    text = "In 2022 Jones averaged 21.4 points per game. In 2022 Jones averaged 25.0 points per game."
    assert [f.code for f in check(extract(text)).findings] == ["contradiction"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the events named before: deaths
            "Traffic deaths were worst in the north, at a rate of nine per 100,000 people.",
            [("rate", "nine per 100,000 people", "9", "death / hundred_thousand_person", "death", "person")],
        ),
        (  # "per 1,000" with no noun: the noun of the last "per 1,000" with one, and the deaths before
            "Infant deaths fell to 12 per 1,000 people in the city. The suburbs recorded 8 per 1,000.",
            [
                ("rate", "12 per 1,000 people", "12", "death / thousand_person", "death", "person"),
                ("rate", "8 per 1,000", "8", "death / thousand_person", "death", "person"),
            ],
        ),
        (  # the numerator written, the denominator's noun understood
            "Towns saw 30 homicides per 100,000 residents; villages saw just five homicides per 100,000.",
            [
                (
                    "rate",
                    "30 homicides per 100,000 residents",
                    "30",
                    "item / hundred_thousand_person",
                    "homicide",
                    "resident",
                ),
                ("rate", "five homicides per 100,000", "5", "item / hundred_thousand_person", "homicide", "resident"),
            ],
        ),
        (  # no noun before, no "per 100,000" with one: a number as before
            "The index rose to six per 100,000.",
            [
                ("number", "six", "6", "dimensionless", None, None),
                ("number", "100,000", "100000", "dimensionless", None, None),
            ],
        ),
    ],
)
def test_rates_per_so_many_understood(text: str, expected: list[Row]) -> None:
    """ "nine per 100,000 people" after "deaths" counts deaths; a bare "per 1,000" takes the last one's noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We see photovoltaics have gone from 100 cents a kilowatt hour down to about 22 now.",
            [
                ("rate", "100 cents a kilowatt hour", "100", "cent_USD / kilowatt_hour", None, None),
                ("rate", "about 22", "22", "cent_USD / kilowatt_hour", None, None),
            ],
        ),
        (
            "Fees rose from $5 per person to 7.",
            [
                ("rate", "$5 per person", "5", "USD / person", None, "person"),
                ("rate", "7", "7", "USD / person", None, "person"),
            ],
        ),
    ],
)
def test_a_bare_high_end_takes_the_price_per_anything_of_its_low_end(text: str, expected: list[Row]) -> None:
    assert expected == _read(text, "en_US")


def test_a_bare_high_end_after_a_count_it_is_not_in_stays_bare() -> None:
    """ "from $5 per person to 7 countries": the high end has its own noun, not the price."""
    expected = [
        ("rate", "$5 per person", "5", "USD / person", None, "person"),
        ("count", "7", "7", "item", "country", None),
    ]
    assert expected == _read("Fees rose from $5 per person to 7 countries.", "en_US")
