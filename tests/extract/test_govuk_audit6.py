"""Forms found auditing GOV.UK text (session 11): each rule on both sides, in sentences written for these tests.

Each test pins the whole reading of its sentences: the form the rule changes and look-alikes
it must leave as they were.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Help goes to families with children under 12.", [("under 12", "12", "year", None)]),
        (
            "It helps women over 40 and men under 30.",
            [("over 40", "40", "year", None), ("under 30", "30", "year", None)],
        ),
        ("Young people under 18 cannot apply.", [("under 18", "18", "year", None)]),
        ("Temperatures over 25 are rare.", [("over 25", "25", "dimensionless", None)]),
        ("Scores under 12 fail.", [("under 12", "12", "dimensionless", None)]),
        ("It reached people over 1000 miles away.", [("over 1000 miles", "1000", "mile", None)]),
        ("They fund children under 5 schools.", [("under 5", "5", "item", "school")]),
        ("The sessions are for parents over 6 weeks.", [("6 weeks", "6", "week", None)]),
    ],
)
def test_bound_after_people_is_an_age(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "children under 12", "women over 40": a bound right after a noun for people, then a bare number, is an age."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The centre receives 17.3 million vehicle enquiries a year.",
            [("17.3 million", "17300000", "item / year", "enquiry")],
        ),
        ("We ran 300 household surveys.", [("300", "300", "item", "survey")]),
        ("Police seized 40 vehicles.", [("40", "40", "vehicle", "vehicle")]),
        ("They own 3 vehicles and 2 boats.", [("3", "3", "vehicle", "vehicle"), ("2", "2", "boat", "boat")]),
        ("About 300 police patrol the streets.", [("About 300", "300", "person", "police")]),
        ("The 12 adult cyclists rode on.", [("12", "12", "person", "cyclist")]),
    ],
)
def test_singular_counted_noun_before_a_plural(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "vehicle enquiries": a singular counted noun before a plural qualifies it; so many enquiries."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Most of the increases came during the 2015-17 period.", []),
        ("In the 2012-15 period costs rose 5%.", [("5%", "5", "percent", None)]),
        ("Spending in 2015-16 was £5m.", [("£5m", "5000000", "GBP", None)]),
        ("It rose 5% in 2015/17.", [("5%", "5", "percent", None)]),
        ("They were targets, ranging from 2016-17 to 2019-20, set against 2009-10.", []),
        (
            "Arrests rose from 390 in 2023 to 29,400.",
            [("390", "390", "dimensionless", None), ("29,400", "29400", "dimensionless", None)],
        ),
    ],
)
def test_spans_of_years_are_no_figures(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "the 2015-17 period" is a span of years; a figure run over two financial years leaves nothing outside them."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("In the 2012-15 period costs rose 5%.", "2012-2015"),
        ("Costs rose 5% in 2015-16.", "2015-04-01/2016-03-31"),
        ("Costs rose 5% in 2015-25.", "2015-2025"),
        ("Costs rose 5% in 2015-30.", "2015"),
    ],
)
def test_span_of_years_is_the_period(text: str, period: str) -> None:
    """A two-digit end at most ten years on closes a span of calendar years; a financial year stays one."""
    assert [str(c.period) for c in extract(text)] == [period]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Table B.1 sets out a full list of expenditure items.", []),
        ("Chart A.3 shows the trend.", []),
        ("Table 1.2 sets out a full list.", []),
        ("Plan B.2 million people came.", [("2 million", "2000000", "person", "person")]),
        ("The U.S. 500 firms grew.", [("500", "500", "item", "firm")]),
    ],
)
def test_lettered_parts_are_labels(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "Table B.1": a designator, a capital letter and a dot number a part; after other words the number reads."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "5 to 10 years | -1.95% | -1.00% More than 10 years | -0.80%",
            [
                ("duration", "5 to 10 years", "7.5", "year"),
                ("quantity", "-1.95%", "-1.95", "percent"),
                ("quantity", "-1.00%", "-1.00", "percent"),
                ("duration", "More than 10 years", "10", "year"),
                ("quantity", "-0.80%", "-0.80", "percent"),
            ],
        ),
        ("Growth was 1.5% more than expected.", [("relative_change", "1.5%", "1.5", "percent")]),
        ("Prices were 3% higher.", [("relative_change", "3%", "3", "percent")]),
    ],
)
def test_capitalised_comparative_after_a_figure_opens_the_next_cell(text: str, expected: list[tuple[str, ...]]) -> None:
    """ "-1.00% More than 10 years": the capital opens the next row's label; "1.5% more" is a change."""
    assert expected == [
        (c.kind, c.span.text if c.span else "", str(c.amount.value), str(c.amount.unit)) for c in extract(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It provides up to £2,000 of childcare support per year per child.",
            [("up to £2,000", "2000", "GBP / person / year", None)],
        ),
        ("It costs £5m of public money a year per authority.", [("£5m", "5000000", "GBP / item / year", None)]),
        ("We spend £3bn of aid a year in Africa.", [("£3bn", "3000000000", "GBP / year", None)]),
        (
            "It provides £2,000 per year per child.",
            [("£2,000 per year per child", "2000", "GBP / person / year", None)],
        ),
    ],
)
def test_money_per_a_noun_after_a_later_rate_in_time(
    text: str, expected: list[tuple[str, str, str, str | None]]
) -> None:
    """ "£2,000 of childcare support per year per child": the money is per child too, its span as written."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It removes support from 18-21 year olds.", [("18-21 year", "18", "21", "year")]),
        ("The drop from 5-10% to 2% was big.", [("5-10%", "5", "10", "percent"), ("2%", "2", "2", "percent")]),
        ("Rates rose from 2% to 3%.", [("2%", "2", "2", "percent"), ("3%", "3", "3", "percent")]),
        ("Rates rose from 2 to 3 percent.", [("2", "2", "2", "percent"), ("3 percent", "3", "3", "percent")]),
    ],
)
def test_a_dashed_range_after_from_stays_a_range(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """ "from 18-21 year olds": a range after "from"; "from 2 to 3 percent" is a change, two figures."""
    got = []
    for c in extract(text):
        low, high = (
            (c.amount.low, c.amount.high) if c.amount.hedge.name == "RANGE" else (c.amount.value, c.amount.value)
        )
        got.append((c.span.text if c.span else "", str(low), str(high), str(c.amount.unit)))
    assert expected == got
