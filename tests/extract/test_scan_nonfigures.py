"""Numbers that are not figures: ordinals, times, phone numbers, names, designators, dates."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from factcheck._extract import extract
from factcheck._extract.scan.scanner import scan

if TYPE_CHECKING:
    from factcheck._extract.scan.figure import Figure

_THIRD = Decimal("33.33333333333333333333333333333333")
"""A third in percent, as the scanner gives it."""


@pytest.mark.parametrize(
    "text",
    [
        "It was her 1st, 2nd, 3rd and 21st win.",
        "The meeting starts at 10:30 and ends at 3pm.",
        "Doors open at 9.30am, not 10 a.m.",
        "Ring 07700 900123 for details.",
        "Ring +44 20 7946 0000 for details.",
        "Covid-19 changed everything.",
        "Leaders of the G7 met.",
        "Traffic on the M25 and the A1 was slow.",
        "A 5G mast and a 4x4 truck.",
        "Officials at No 10 and No. 10 agreed.",
        "See section 3 and article 50.",
        "It filed under chapter 11, page 4 of the report.",
        "An order for the F-35 jet.",
        "The deadline was 12/05/2024.",
        "The deadline was 2024-05-12.",
        "Der Termin war am 12.05.2024.",
        "It happened in the 1990s.",
    ],
)
def test_not_figures(text: str) -> None:
    """Ordinals, times, phones, names with digits, designators and written dates give no figure."""
    expected: list[Figure] = []
    assert expected == scan(text, "de_DE" if text.startswith("Der") else "en_GB")


def test_figures_beside_non_figures_survive() -> None:
    """A real figure next to a name or a time is still found."""
    found = [(f.amount.value, f.bare) for f in scan("At 10:30, Covid-19 cases reached 5,294 in 2021.")]
    assert [(Decimal(5294), True), (Decimal(2021), True)] == found


def test_lower_case_no_is_a_word() -> None:
    """ "no 10 people" is not the address: lower-case "no" is a determiner."""
    assert [Decimal(10)] == [f.amount.value for f in scan("there were no 10 people")]


def test_web_addresses_are_skipped() -> None:
    """Digits inside a web address are not figures; the figure after it is."""
    text = "See https://example.org/report?id=305&page=2%20x or www.example.org/2024 for 95% of it."
    assert [Decimal(95)] == [f.amount.value for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The bill amends Public Law 96-374 and title 7 U.S.C. 301.",
        "It acts under section 1(a)(6) of Executive Order 13313.",
        "The hearing is at 10 a.m. in 2175 Rayburn; H.R. 697 is next.",
        "The firm will abolish Class 2 contributions and reform Class 4 contributions.",
        "The planet K2-18b has water vapour.",
    ],
)
def test_references_are_not_figures(text: str) -> None:
    """Laws, code titles, subsections, orders, rooms, bill numbers and classes name things: no figure."""
    expected: list[Figure] = []
    assert expected == list(scan(text))


def test_a_class_of_pupils_is_still_counted() -> None:
    """ "class" names only the numeral right after it: "a class of 30 pupils" keeps its figure."""
    expected = [Decimal(30)]
    assert expected == [f.amount.value for f in scan("The school has a class of 30 pupils.")]


@pytest.mark.parametrize(
    "text",
    [
        "The plan 1) cuts costs; 2) hires staff; and 3) saves time.",
        "The plan 1 ) cuts costs ; 2 ) hires staff .",
        "Our aims: (1) cost, (2) time and (3) risk.",
        "Write to 123 Random Street, Cloud City, PA 23456 today.",
        "The party was at 10 Downing Street.",
        "Send it to 14 Old Kent Road.",
        "The filing gives one of the first examples of the rule.",
        "She was one of them.",
        "Flooding is one of many risks to the farm.",
        "The ward is one of several that closed.",
        "A good plan is one that pays for itself.",
        "It is one thing to promise and another to pay.",
        "He is the kind of manager one who works hard admires.",
    ],
)
def test_enumerators_addresses_dates_and_pronouns(text: str) -> None:
    """A list's numbering, a house number, a ZIP code and "one of the" are no figures."""
    expected: list[Figure] = []
    assert expected == scan(text, "en_US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose to 5 (from 3) and then 4).", [Decimal(5), Decimal(3), Decimal(4)]),
        ("Board: attended 3 (3) and 2 (3).", [Decimal(3), Decimal(3), Decimal(2), Decimal(3)]),
        ("Only 2) came, not 9.", [Decimal(2), Decimal(9)]),
        ("The 31 HGV Road User Levy cases rose.", [Decimal(31)]),
        ("Units rose by 12, 23456 in all.", [Decimal(12), Decimal(23456)]),
        ("It may 19 times fail.", [Decimal(19)]),
        ("One of the three engines failed.", [Decimal(1), Decimal(3)]),
        ("More than one of the parties agreed.", [Decimal(1)]),
        ("Only one that bid was chosen.", [Decimal(1)]),
        ("At least one who applied got 2 offers.", [Decimal(1), Decimal(2)]),
        ("One of 12 crew was hurt.", [Decimal(1), Decimal(12)]),
        ("She bought one thermos and 2 mugs.", [Decimal(1), Decimal(2)]),
    ],
)
def test_look_alikes_of_non_figures_stay_figures(text: str, expected: list[Decimal]) -> None:
    """A bracket in a sentence, "out of" counts, a lone bracket, a row of a table, a number after "one of"."""
    assert expected == [f.amount.value for f in scan(text, "en_US")]


def test_lower_case_may_after_on_is_a_date() -> None:
    """ "on may 19" (a text in lower case) is a date, not the figure 19; "it may 19 times" keeps it."""
    expected: list[object] = []
    assert expected == list(extract("on may 19 , the agency began checks.", "en_US"))
    assert [Decimal(19)] == [c.amount.value for c in extract("The firm may 19 times fail.", "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FTSE 100 lost 162.31 points.", [("162.31 points", "index_point")]),
        ("The S&P 500 and the Nasdaq 100 fell 2.5% as the Nikkei 225 rose.", [("2.5%", "percent")]),
        ("The Stoxx 600, the Russell 2000 and the Dow 30 all ended higher.", []),
        (
            "The FTSE 250 closed at 21,040 and the FTSE at 7,480.",
            [("21,040", "dimensionless"), ("7,480", "dimensionless")],
        ),
    ],
)
def test_an_index_name_ends_in_no_figure(text: str, expected: list[tuple[str, str]]) -> None:
    """The number in a stock index's name is part of the name; a level after it is a figure."""
    assert expected == [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lorry overturned on highway 12 near exit 217.", []),
        ("Traffic on Interstate 94 and Route 9 was backed up.", []),
        ("The depot is on the highway 40 miles north of town.", [("40 miles", "mile")]),
        ("The bus route 12 km long serves 3 schools.", [("12 km", "kilometre"), ("3", "dimensionless")]),
    ],
)
def test_roads_and_exits_are_names_unless_a_unit_follows(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Order part 3150 m47 today.", [("3150", "dimensionless")]),
        ("Order part 3150 L-88 today.", [("3150", "dimensionless")]),
        ("The tank held 40 L and the wall was 2 m-3 m high.", [("40 L", "litre"), ("2 m-3 m", "metre")]),
    ],
)
def test_a_unit_letter_with_digits_after_it_is_a_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == [(text[f.start : f.end], str(f.amount.unit)) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She ran one of the three clinics in town.", [Decimal(3)]),
        ("Maine is one of at least nine states with the rule.", [Decimal(9)]),
        ("He was picked as one of Forbes's 30 young founders.", [Decimal(30)]),
        ("The nurse was one of 14 staff injured.", [Decimal(14)]),
        ("Ohio, one of six states, delayed the vote.", [Decimal(6)]),
        ("Parcels go from one depot to another depot.", []),
        ("There are two fees: one for adults and another for children.", [Decimal(2)]),
        ("The 1990s were one of decline for 9 mills.", [Decimal(9)]),
        ("Its role is one of guiding 4 agencies.", [Decimal(4)]),
        ("The canal is one of Europe's finest, with 30 locks.", [Decimal(30)]),
    ],
)
def test_one_as_a_pronoun_before_a_number(text: str, expected: list[Decimal]) -> None:
    """ "One of N" inside a clause and "one ... another" joined by prepositions are pronouns; N stays."""
    assert expected == [f.amount.value for f in scan(text, "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the four pumps broke.", [Decimal(1), Decimal(4)]),
        ("Rain fell and one of the 20 tents flooded.", [Decimal(1), Decimal(20)]),
        ("At least one of the 12 crew was hurt.", [Decimal(1), Decimal(12)]),
        ("Only one of 50 states voted no.", [Decimal(1), Decimal(50)]),
        ("One soldier was killed and another wounded.", [Decimal(1)]),
    ],
)
def test_one_stays_a_figure_as_a_subject_or_hedged(text: str, expected: list[Decimal]) -> None:
    """ "One of N" opening its clause or after a hedge, and "one ... another" with no preposition, count one."""
    assert expected == [f.amount.value for f in scan(text, "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm followed another one barely a week later.", []),
        ("A rat froze when it saw another one cry out.", []),
        ("The firm hired another one million drivers.", [Decimal(1000000)]),
        ("About a quarter of the one million checks were wrong.", [Decimal(25), Decimal(1000000)]),
        ("The mayor promised another 40 buses.", [Decimal(40)]),
    ],
)
def test_another_one_is_a_pronoun_unless_a_scale_word_follows(text: str, expected: list[Decimal]) -> None:
    """ "Another one" is a pronoun; "one million" after "another" or "the" stays a figure."""
    assert expected == [f.amount.value for f in scan(text, "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city kept its one country, two systems rule for years.", []),
        ("One country sent two teams.", [Decimal(1), Decimal(2)]),
    ],
)
def test_the_one_country_two_systems_slogan_is_no_figure(text: str, expected: list[Decimal]) -> None:
    assert expected == [f.amount.value for f in scan(text, "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Costs rose last year. 4 This figure excludes VAT of £2 million.", [Decimal(2000000)]),
        ("3 The totals may not add up.", []),
        ("12 Enterprise Zones were set up. 3 people died.", [Decimal(12), Decimal(3)]),
        ("They won 2 The Hague awards.", [Decimal(2)]),
    ],
)
def test_a_small_numeral_opening_a_sentence_before_this_or_the_is_a_notes_mark(
    text: str, expected: list[Decimal]
) -> None:
    assert expected == [f.amount.value for f in scan(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Limits: delta-9-tetrahydrocannabinol, 2 µg/L.", [("2 µg/L", Decimal(2))]),
        ("Limits: delta–9–tetrahydrocannabinol, 2 µg/L.", [("2 µg/L", Decimal(2))]),
        ("Take omega-3 oils daily.", []),
        ("Tests found 3,4-methylenedioxy compounds and 6-monoacetylmorphine.", []),
        ("Soil held 1,2,3,4,6,7,8-heptachlorodibenzo-p-dioxin at 5 sites.", [("5", Decimal(5))]),
        ("The 6-methyl group had 4 members.", [("4", Decimal(4))]),
        ("A 6-month study of 40 patients.", [("6-month", Decimal(6)), ("40", Decimal(40))]),
        ("The delta grew 9 metres.", [("9 metres", Decimal(9))]),
    ],
)
def test_locants_in_chemical_names_are_no_figures(text: str, expected: list[tuple[str, Decimal]]) -> None:
    """ "delta-9-...", "omega-3" and numerals hyphened before a chemical's stem name, they count nothing."""
    assert expected == [(text[f.start : f.end], f.amount.value) for f in scan(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The railway would open a third border crossing.", []),
        ("The band hired a sixth drummer.", []),
        ("A third of voters stayed home.", [_THIRD]),
        ("Journeys fell by a third between 1990 and 2005.", [_THIRD]),
        ("About a third voted for the plan.", [_THIRD]),
        ("Prices were a third higher.", [_THIRD]),
        ("The deal allowed one-third restitution.", [_THIRD]),
    ],
)
def test_a_third_before_a_singular_noun_is_an_ordinal(text: str, expected: list[Decimal]) -> None:
    """ "a third" after a verb and before a singular noun is an ordinal; as a subject or before "of" a fraction."""
    assert expected == [f.amount.value for f in scan(text, "en_GB") if f.amount.value < 1000]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds planned to visit Zone 12, a secret base.", []),
        ("The firm says Stratus Linux 9 will be retired.", []),
        ("It flew on a Condor 4 rocket.", []),
        ("51 people live in Zone 5.", [Decimal(51)]),
        ("Most Windows 7 users upgraded.", [Decimal(7)]),
        ("The club bought Rotor 3 engines.", [Decimal(3)]),
        ("It was bought by Blue Hat 7 or 8 years ago.", [Decimal("7.5")]),
        ("Biden won Ohio's 18 electoral votes.", [Decimal(18)]),
        ("On May 5, the vote was held.", [Decimal(5)]),
        ("The road gives Texas 200 miles of coast.", [Decimal(200)]),
        ("Labour took 25, the Greens 3, the Tories 2.", [Decimal(25), Decimal(3), Decimal(2)]),
    ],
)
def test_a_small_numeral_after_a_capitalised_word_ends_a_name(text: str, expected: list[Decimal]) -> None:
    """ "Zone 12," and "Linux 9 will" end names; a plural, a unit, "or", a month or a possessive keep the figure.

    The scanner's figure, as before: "Windows 7 users" counts users; the reader decides.
    """
    assert expected == [f.amount.value for f in scan(text, "en_US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # idioms holding a number word: no figure
        ("It is inexcusable that when a loved one dies, the family waits.", []),
        ("Iraq has become not only ground zero for terrorism.", []),
        ("They zero in on the 15 countries hit hardest.", [Decimal(15)]),
        # the same words outside the idiom stay figures
        ("She loved one dog.", [Decimal(1)]),
        ("The count was zero in May.", [Decimal(0)]),
    ],
)
def test_idioms_with_a_number_word_are_no_figures(text: str, expected: list[Decimal]) -> None:
    assert expected == [c.amount.value for c in extract(text, "en_US", bare_numbers=True)]


def test_a_long_list_of_numerals_before_a_chemical_stem_is_read_in_linear_time() -> None:
    """The walk along "7,7,7,..." is bounded: 20,000 numerals scan at once (unbounded: minutes)."""
    text = ",".join(["7"] * 20_000) + "-chloro"
    figures = scan(text, "en_GB")
    assert len(figures) == 20_000 - 13  # the last 13 are a locant list of the stem (the bound: 12 after the first)
