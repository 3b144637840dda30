"""A count needs a counted noun: bare numbers are levels, counts say what they count."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck import (
    Amount,
    Claim,
    CountClaim,
    NumberClaim,
    Period,
    Reference,
    Span,
    check,
    extract,
    from_json,
    to_json,
    violations,
)
from factcheck._decimal import plain
from factcheck._extract.text.counted_nouns import singular
from factcheck.checks import CheckContext
from factcheck.checks.contradiction import contradictions
from factcheck.checks.reference import against_references


def _read(text: str) -> list[tuple[str, str, str, str | None, str | None]]:
    """Each claim as (kind, value, unit, counted noun, unit word)."""
    return [
        (
            c.kind,
            plain(c.amount.value),
            str(c.amount.unit) or "dimensionless",
            getattr(c, "counted", None),
            getattr(c, "unit_word", None),
        )
        for c in extract(text, locale="en_GB", bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the level of an index named before it is in index points, not a bare number
            "The share index closed at 27,349.19 on Friday.",
            [("quantity", "27349.19", "index_point", None, None)],
        ),
        (
            "The peso was trading at 43.305 against the euro.",
            [("number", "43.305", "dimensionless", None, None)],
        ),
        (
            "The guard averaged 7.3 points over the season.",
            [("number", "7.3", "dimensionless", None, "points")],
        ),
        (
            "Her backup scored 15.3 ppg and was worth 0.5 WAR.",
            [("number", "15.3", "dimensionless", None, "ppg"), ("number", "0.5", "dimensionless", None, "WAR")],
        ),
        (
            "The trust sold 4 homes; the new engine has 4 cylinders.",
            [("count", "4", "item", "home", None), ("count", "4", "item", "cylinder", None)],
        ),
        (
            "Officials said 5,294 people were sent home last year.",
            [("count", "5294", "person", "person", None)],
        ),
        (  # a number above one before a singular word that is no unit: a unit as written, not so many things
            "The guard averaged 7,400 rpg over the season.",
            [("number", "7400", "dimensionless", None, "rpg")],
        ),
        (  # units pint knows are quantities in them
            "The engine peaks at 6,000 rpm and the phone has a 4,000 mAh battery.",
            [
                ("quantity", "6000", "revolutions_per_minute", None, None),
                ("quantity", "4000", "milliampere_hour", None, None),
            ],
        ),
        (  # the plural noun of the phrase, not the word ending it
            "She has seven grandchildren and two things matter most.",
            [("count", "7", "person", "grandchild", None), ("count", "2", "item", "thing", None)],
        ),
        (
            "The council rehoused 212 families and opened 3 libraries.",
            [("count", "212", "household", "family", None), ("count", "3", "item", "library", None)],
        ),
    ],
)
def test_what_a_figure_is_a_number_of(text: str, expected: list[tuple[str, str, str, str | None, str | None]]) -> None:
    """A bare number is a NumberClaim; a count names its noun, singular and lower case."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the letters of a code are no unit: "Q-7" is a part; "K-9 handlers" counts handlers past the code
            "Depot 3150 Q-7 shipped, and 40 K-9 handlers joined.",
            [("number", "3150", "dimensionless", None, None), ("count", "40", "item", "handler", None)],
        ),
        (  # a dash between words is no code's hyphen: the unit as written stays
            "The guard logged 1,200 rpg - a club record.",
            [("number", "1200", "dimensionless", None, "rpg")],
        ),
        (  # "the", a whole number and one singular noun: what the number names, not a figure in it
            "Engineers chose the 8-bit 6809 microprocessor, and the 250 sprint was cancelled.",
            [
                ("quantity", "8", "bit", None, None),
                ("number", "6809", "dimensionless", None, None),
                ("number", "250", "dimensionless", None, None),
            ],
        ),
        (  # without "the", before another noun, or fractional: still a unit as written
            "It revved to 9,100 rpg, the 40 page dossier leaked, and the 2.5 WAR stood.",
            [
                ("number", "9100", "dimensionless", None, "rpg"),
                ("number", "40", "dimensionless", None, "page"),
                ("number", "2.5", "dimensionless", None, "WAR"),
            ],
        ),
    ],
)
def test_codes_and_names_are_no_units_as_written(
    text: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    """A number's next word is no unit when it is a code's letters or the thing the number names."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 2,000 elsewhere were told to wait.", [("number", "2000", "dimensionless", None, None)]),
        ("After the vote 35 remain unconvinced.", [("number", "35", "dimensionless", None, None)]),
        (
            "About 18 would stay and 7 might go.",
            [("number", "18", "dimensionless", None, None), ("number", "7", "dimensionless", None, None)],
        ),
        ("The age limit is 65 if no waiver applies.", [("number", "65", "dimensionless", None, None)]),
        ("The band played to 9,000 gathered outside.", [("number", "9000", "dimensionless", None, None)]),
        ("Police said 12 arrested overnight were freed.", [("number", "12", "dimensionless", None, None)]),
        ("Inspectors judged 14 slightly unsafe.", [("number", "14", "dimensionless", None, None)]),
        ("The squad has 11 training abroad this week.", [("number", "11", "dimensionless", None, None)]),
        ("Of the staff, 6 due to retire stayed on.", [("number", "6", "dimensionless", None, None)]),
    ],
)
def test_a_word_read_as_no_noun_is_no_unit_word(
    text: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    """A stop word, "be", a modal, a past tense, a participle, an "-ly" adverb after a bare number is no unit."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The winger managed 6.1 rpg and 0.8 WAR, and the field pumps 80,000 bpd.",
            [
                ("number", "6.1", "dimensionless", None, "rpg"),
                ("number", "0.8", "dimensionless", None, "WAR"),
                ("number", "80000", "dimensionless", None, "bpd"),
            ],
        ),
        (  # nouns that end as a past tense, an "-ing" form or an adverb
            "She bought a 12 speed bicycle, a 9 inning ticket and a 3 ply rope.",
            [
                ("number", "12", "dimensionless", None, "speed"),
                ("number", "9", "dimensionless", None, "inning"),
                ("number", "3", "dimensionless", None, "ply"),
            ],
        ),
        (  # hyphened to the number, "-ed" makes an adjective of a noun, no past tense
            "The crew built a 3-sided shelter.",
            [("number", "3", "dimensionless", None, "sided")],
        ),
    ],
)
def test_unit_words_stay_beside_the_no_noun_words(
    text: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    """Abbreviations and nouns that only end like a verb form or an adverb stay units as written."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The index slipped to 27,349.19 and the rand fell to 18.305 per dollar.",
        "The forward averaged 7.3 points and 2.4 assists, and 15.3 ppg at home.",
        "The balance swung from -1.2 to 0.4 in the third quarter.",
        "Revisions of -0.3, -1,160 and 2.27 were made to the table.",
    ],
)
def test_bare_numbers_are_never_held_to_whole_or_positive(text: str) -> None:
    """No count findings for a fractional or negative figure that counts nothing."""
    codes = [f.code for f in check(extract(text, locale="en_GB")).findings]
    expected: list[str] = []
    assert expected == [c for c in codes if c in ("fractional-count", "negative-count")]


def test_a_fractional_count_of_people_is_still_an_error() -> None:
    """A count with its counted noun keeps the whole-number check: half a person is no count."""
    codes = [f.code for f in check(extract("Only 2.5 people attended the meeting.", locale="en_GB")).findings]
    expected = ["fractional-count"]
    assert expected == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The typical flat houses 2.3 people and 0.8 cars.",
            [("number", "2.3", "dimensionless", None, "people"), ("number", "0.8", "dimensionless", None, "cars")],
        ),
        ("Mothers there had 1.9 children each.", [("number", "1.9", "dimensionless", None, "children")]),
        ("On average, classes held 28.5 pupils.", [("number", "28.5", "dimensionless", None, "pupils")]),
        ("Only 3.5 people came, on average, to each class.", [("number", "3.5", "dimensionless", None, "people")]),
        ("On average, classes held 28 pupils.", [("count", "28", "person", "pupil", None)]),
    ],
)
def test_an_average_of_counts_is_no_count(
    text: str, expected: list[tuple[str, str, str, str | None, str | None]]
) -> None:
    """A fractional figure of things in a clause that says it is an average is a mean: no whole-number check."""
    assert expected == _read(text)
    assert [f.code for f in check(extract(text, locale="en_GB")).findings] == []


def test_a_number_may_be_negative_and_fractional() -> None:
    """A NumberClaim has no facial rule on its value; its unit must be dimensionless."""
    number = NumberClaim(Amount.stated("-7.25", "dimensionless"), unit_word="rpg")
    wrong = NumberClaim(Amount.stated("7", "person"), as_stated=True)
    expected = ((), ["unit-does-not-fit-kind"])
    assert expected == (violations(number), [v.code for v in violations(wrong)])


def test_counts_of_different_nouns_never_contradict() -> None:
    """Same subject, period and unit: "4 homes" and "9 cylinders" are apart, "4 homes" and "9 homes" not."""
    year = Period.year(2024)

    def count(value: int, noun: str) -> CountClaim:
        return CountClaim(Amount.exact(value, "item"), subject="sold by the trust", period=year, counted=noun)

    apart = list(contradictions([count(4, "home"), count(9, "cylinder")], CheckContext()))
    paired = [f.code for f in contradictions([count(4, "home"), count(9, "home")], CheckContext())]
    expected: tuple[list[object], list[str]] = ([], ["contradiction"])
    assert expected == (apart, paired)


def test_counted_noun_and_unit_word_round_trip_through_json() -> None:
    """serialize keeps ``counted`` and ``unit_word``."""
    claims = [
        CountClaim(Amount.exact(4, "item"), counted="home", span=Span(0, 1, "4")),
        NumberClaim(Amount.stated("7.4", "dimensionless"), unit_word="rpg", period=Period.day(dt.date(2024, 5, 1))),
    ]
    assert claims == from_json(to_json(claims), list[Claim])


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("Homes", "en", "home"),
        ("people", "en", "person"),
        ("churches", "en", "church"),
        ("businesses", "en", "business"),
        ("species", "en", "species"),
        ("Wohnungen", "de", "wohnung"),
        ("Familien", "de", "familie"),
        ("journaux", "fr", "journal"),
        ("ménages", "fr", "ménage"),
        ("camiones", "es", "camión"),
        ("ciudades", "es", "ciudad"),
    ],
)
def test_singular(word: str, lang: str, expected: str) -> None:
    """The lexicon's irregular plurals, then its endings; lower case."""
    assert expected == singular(word, lang)


def test_foreign_counts_name_their_noun() -> None:
    """German counts take the noun after them, singular: "5.000 neue Wohnungen" counts Wohnung."""
    claims = extract("Die Stadt baute 5.000 neue Wohnungen für 300 Familien.", locale="de_DE")
    expected = [("item", "wohnung"), ("household", "familie")]
    assert expected == [(str(c.amount.unit), getattr(c, "counted", None)) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two hyphens are a dash, not a minus
            "She has argued 39 cases before the court--39 cases.",
            [("count", "39", "item", "case", None), ("count", "39", "item", "case", None)],
        ),
        (  # a table row's figure does not count the noun on the next line
            "| Spend | -1,040\nTotal policy decisions | 12 |",
            [("number", "-1040", "dimensionless", None, None), ("number", "12", "dimensionless", None, None)],
        ),
        (  # a fractional figure does not count a noun far after it
            "A 6.3 magnitude earthquake causing eleven deaths hit the coast.",
            [("number", "6.3", "dimensionless", None, None), ("count", "11", "death", "death", None)],
        ),
        (  # "for every" makes a ratio, as "per" does
            "There were about 1.5 adult male seals for every adult female.",
            [("ratio", "1.5", "dimensionless", None, None)],
        ),
    ],
)
def test_what_is_no_count(text: str, expected: list[tuple[str, str, str, str | None, str | None]]) -> None:
    """Dashes, table rows, far nouns and "for every" make no fractional or negative count."""
    assert expected == _read(text)


def test_numbered_paragraphs_are_no_figures() -> None:
    """A line opening "1.2 People ..." numbers a paragraph; "3.5 million people" is still a count."""
    text = "Summary.\n\n1.2 People expect the trains to run.\n\n2.4 Planning case study\n\n3.5 million people voted."
    expected = [("count", "3500000", "person", "person", None)]
    assert expected == _read(text)


def test_references_never_check_counts_of_another_noun() -> None:
    """A reference counting homes checks "4 homes", not "4 cylinders" of the same subject and year."""
    year = Period.year(2024)
    ref = Reference(Amount.exact(9, "item"), subject="sold by the trust", period=year, counted="home")

    def codes(noun: str) -> list[str]:
        claim = CountClaim(Amount.exact(4, "item"), subject="sold by the trust", period=year, counted=noun)
        return [f.code for f in against_references([claim], CheckContext(references=(ref,)))]

    expected = (["reference-inaccurate"], ["no-reference"])
    assert expected == (codes("home"), codes("cylinder"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of people marched.", [("count", "2000", "person", "person")]),
        ("Dozens of flights were cancelled.", [("count", "24", "item", "flight")]),
        ("They walked hundreds of miles.", [("quantity", "200", "mile", None)]),
        ("Hundreds of us came.", [("number", "200", "dimensionless", None)]),
        ("It hit hundreds of thousands of homes.", [("count", "200000", "item", "home")]),
        # past the modifiers to the plural the phrase is about
        ("Hundreds of new flats were built.", [("count", "200", "item", "flat")]),
        ("Thousands of Welsh and English nurses marched.", [("count", "2000", "person", "nurse")]),
        ("Dozens of missile launch sites were hit.", [("count", "24", "item", "site")]),
        ("The dam holds millions of additional acre feet.", [("quantity", "2000000", "acre_foot", None)]),
        # a length of time, money, a pronoun or another amount: nothing counted
        ("The rocks formed over millions of past years.", [("number", "2000000", "dimensionless", None)]),
        ("The lake holds millions of cubic metres of silt.", [("number", "2000000", "dimensionless", None)]),
        ("They spent billions of borrowed pounds.", [("number", "2000000000", "dimensionless", None)]),
        ("Thousands of them were held in camps.", [("number", "2000", "dimensionless", None)]),
        ("It will reach hundreds of thousands more.", [("number", "200", "dimensionless", None)]),
    ],
)
def test_vague_amounts_count_the_noun_after_of(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "thousands of people" counts people; "hundreds of miles" is a length; "of us" counts nothing known."""
    actual = [
        (c.kind, plain(c.amount.value), str(c.amount.unit), getattr(c, "counted", None))
        for c in extract(text, "en_GB", bare_numbers=True)
    ]
    assert expected == actual
