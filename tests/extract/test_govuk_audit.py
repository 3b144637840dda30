"""Forms found auditing GOV.UK text (session 9): each rule on both sides, in sentences written for these tests.

Each test pins the whole reading of its sentences: the form the rule changes and look-alikes
it must leave as they were.
"""

from __future__ import annotations

import pytest

from factcheck import check, extract
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 22 police authorities met.", [("22", "22", "item", "authority")]),
        ("Only 7 police forces replied.", [("7", "7", "item", "force")]),
        (
            "Only 4 of the 22 police authorities were rated good.",
            [("4", "4", "item", "authority"), ("22", "22", "item", "authority")],
        ),
        ("The 300 police officers marched.", [("300", "300", "person", "officer")]),
        ("About 300 police patrol the streets.", [("About 300", "300", "person", "police")]),
        ("The 40 staff members left.", [("40", "40", "person", "member")]),
        ("Only 1 woman to every 7 men works there.", [("1", "1", "person", "woman"), ("7", "7", "person", "man")]),
        ("The 12 adult cyclists rode on.", [("12", "12", "person", "cyclist")]),
    ],
)
def test_collective_noun_before_a_plural(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "police" or "staff" before a plural noun qualifies it: so many authorities, forces; not before a verb."""
    assert expected == _read(text)


def test_part_before_of_its_whole_is_no_rival() -> None:
    """ "4 of the 22 authorities": the part is some of the whole, not a second figure for the same quantity."""
    findings = check(extract("In 2010, only 4 of the 22 local authorities were rated good.")).findings
    expected = [("parts-within-total", "22", ("4",))]
    assert expected == [
        (f.code, str(f.claims[0].amount.value), tuple(str(p.value) for p in f.claims[0].parts)) for f in findings
    ]


_TABLE = "Item | 2016 | 2017\nGrowth | 1.2 | 3.4\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_TABLE + "1 All values in this table are rounded.\n2 Includes 40 small firms.", ["1.2", "3.4", "40"]),
        (_TABLE + "Totals may not sum.\n\n1 Includes households in Wales.", ["1.2", "3.4"]),
        ("The list grew.\n\n1 Includes households in Wales.", ["1"]),
        ("4 Air Force nominations were sent.\n\n5 Army nominations were sent.", ["4", "5"]),
        (_TABLE + "1 Values are net. 2 Includes 40 small firms. 3 Excludes fees.", ["1.2", "3.4", "40"]),
        ("It rose. 2 People left.", ["2"]),
        (_TABLE + "The review took a year.\n\nIt found more.\n\n3 Councils replied.", ["1.2", "3.4", "3"]),
    ],
)
def test_notes_under_a_table(text: str, expected: list[str]) -> None:
    """A note's number opening a line under a table ("1 All values ...") is no figure; the same form in prose is."""
    assert expected == [c.span.text for c in extract(text, "en_GB", bare_numbers=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She spoke at the 2014 Police Federation conference.", []),
        ("The claim fell under the 1974 Trade Act.", []),
        ("They sent 1500 Royal Marines.", [("1500", "1500", "person", "marine")]),
        ("He thanked 2019 Police Officers.", [("2019", "2019", "person", "officer")]),
        ("The Five Year Forward View set out a plan.", []),
        ("The Three men left.", [("Three", "3", "person", "man")]),
        ("Six People died.", [("Six", "6", "person", "person")]),
    ],
)
def test_numbers_in_names(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A year before a name of capitalised words, a capitalised number word opening a name after "The": no figures."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They failed in 2 of their primary functions.", [("2", "2", "item", "function")]),
        ("We met all but 1 of our goals.", [("1", "1", "item", "goal")]),
        ("He read 2 of the reports.", [("2", "2", "item", "report")]),
        ("Three of these stone tools were found.", [("Three", "3", "item", "tool")]),
        ("He read one of the reports.", []),
        ("It rained on 3 of the days.", [("3", "3", "dimensionless", None)]),
        ("The cost is shown in note 3 of the accounts.", []),
        ("See footnote 5 and Chart 2 of the annex.", []),
        ("Tables 1.6 and 1.7 show the totals.", []),
        ("She left a note 3 days ago.", [("3 days", "3", "day", None)]),
        ("The 4 tables and 3 charts were new.", [("4", "4", "item", "table"), ("3", "3", "item", "chart")]),
    ],
)
def test_parts_of_a_whole_with_no_number(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "2 of their primary functions" counts functions; "one of the reports" and a note's or chart's number do not."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councils get the £13 billion annual subsidy.", [("£13 billion", "13000000000", "GBP / year", None)]),
        ("It has a £2bn annual budget.", [("£2bn", "2000000000", "GBP / year", None)]),
        ("It has a £5m annual net cost.", [("£5m", "5000000", "GBP / year", None)]),
        ("It printed a £40m annual report.", [("£40m", "40000000", "GBP", None)]),
    ],
)
def test_money_before_a_rate_adjective_and_a_flow_noun(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "£13 billion annual subsidy" is a sum a year, as "£7 billion of annual savings"; an annual report is no flow."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[3] Total costs shown above are net of £274,000 of fees.", [("£274,000", "274000", "GBP", None)]),
        ("Costs rose. [4] The next note is short.", []),
        ("The total was [3] items.", [("3", "3", "item", "item")]),
    ],
)
def test_note_marks_opening_a_sentence(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bracketed small number opening a sentence marks a note; inside a sentence it is read as before."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pension age is 60 for most members.", [("60", "60", "year", None)]),
        ("The pension age will be 67 from 2028.", [("67", "67", "year", None)]),
        ("The age is 5 years for this.", [("5 years", "5", "year", None)]),
        ("The page is 60 lines long.", [("60", "60", "item", "line")]),
    ],
)
def test_an_age_after_age_is(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "Pension age is 60": an age in years, as "a pension age of 60"."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tests found 6-MAM and 5-HT in the samples.", []),
        (
            "It runs a 50-MW plant with 12-HOUR shifts.",
            [("50-MW", "50", "megawatt", None), ("12-HOUR", "12", "hour", None)],
        ),
        ("It filed a 10-K.", [("10", "10", "dimensionless", None)]),
    ],
)
def test_codes_of_capitals_after_a_number(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Capitals hyphened after a number that name no unit make a code ("6-MAM"); a unit is read with it."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Benefits accrue at 1/80th of final pay.", [("1/80th", "1.25", "percent", None)]),
        ("The 4/39th Infantry Battalion fought on.", []),
        ("He gave 1/60 of his pay on 9/11.", []),
    ],
)
def test_fractions_with_an_ordinal_denominator(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "1/80th" is a fraction whatever its denominator; "1/60" and "9/11" stay no figure, a unit's name too."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year employment was around record levels at 31.1 million.",
            [("31.1 million", "31100000", "person", "person")],
        ),
        (
            "Employment rose by 200,000 to 31.1 million.",
            [("200,000", "200000", "person", "person"), ("31.1 million", "31100000", "person", "person")],
        ),
        (
            "The employment rate was 74.6% and employment support cost £3,000.",
            [("74.6%", "74.6", "percent", None), ("£3,000", "3000", "GBP", None)],
        ),
        ("Employment rose at 5 sites.", [("5", "5", "item", "site")]),
        ("Unemployment benefit was 2,500 in total.", [("2,500", "2500", "dimensionless", None)]),
        (
            "It has also doubled its workforce to 50,000.",
            [("doubled", "100", "percent", None), ("50,000", "50000", "person", "person")],
        ),
        ("The government will keep the size of the Army at 82,000.", [("82,000", "82000", "person", "person")]),
        ("The workforce was spread over 1,200 sites.", [("over 1,200", "1200", "item", "site")]),
        ("The membership rate was 1,200.", [("1,200", "1200", "dimensionless", None)]),
    ],
)
def test_levels_of_employment_count_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bare number of 1,000 or more that employment is at counts people; its rate or benefit is no such level."""
    assert expected == _read(text)
