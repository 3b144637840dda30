"""Periods keep their grain: halves, quarters, months, the year to a month, financial years, "the same period"."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from factcheck import Amount, CheckContext, Period, Reference, Severity, extract
from factcheck.checks.reference import against_references

H1_2024 = Period(dt.date(2024, 1, 1), dt.date(2024, 6, 30))
Q1_2024 = Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31))


def _periods(text: str, locale: str = "en_GB") -> list[tuple[str, Period | None]]:
    return [(c.span.text if c.span else "", c.period) for c in extract(text, locale=locale, bare_numbers=True)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Ticket sales were 4,100 in the first half of 2024.", "en_GB", [("4,100", H1_2024)]),
        ("Ticket sales were 4,100 in H1 2024.", "en_GB", [("4,100", H1_2024)]),
        (
            "Ticket sales were 2,300 in the second half of 2023.",
            "en_GB",
            [("2,300", Period(dt.date(2023, 7, 1), dt.date(2023, 12, 31)))],
        ),
        (
            "The ferry carried 812 cars in the third quarter of 2023.",
            "en_US",
            [("812", Period(dt.date(2023, 7, 1), dt.date(2023, 9, 30)))],
        ),
        (
            "The ferry carried 812 cars in Q3 2023.",
            "en_US",
            [("812", Period(dt.date(2023, 7, 1), dt.date(2023, 9, 30)))],
        ),
        (
            "The ferry carried 640 cars in March 2024.",
            "en_GB",
            [("640", Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31)))],
        ),
        (
            "Orders rose by 3% in the year to June 2024.",
            "en_GB",
            [("3%", Period(dt.date(2023, 7, 1), dt.date(2024, 6, 30)))],
        ),
        (
            "The council spent £4m in 2023-24.",
            "en_GB",
            [("£4m", Period(dt.date(2023, 4, 1), dt.date(2024, 3, 31)))],
        ),
        ("Im ersten Halbjahr 2024 kamen 310 Besucher.", "de_DE", [("310", H1_2024)]),
        ("Au premier trimestre 2024, le club comptait 95 membres.", "fr_FR", [("95", Q1_2024)]),
        ("En el primer semestre de 2024 llegaron 720 turistas.", "es_ES", [("720", H1_2024)]),
    ],
)
def test_a_period_keeps_its_grain(text: str, locale: str, expected: list[tuple[str, Period]]) -> None:
    assert expected == _periods(text, locale)


def test_the_same_period_of_a_year_is_the_earlier_periods_grain_moved() -> None:
    text = "In the first half of 2024 the shelter housed 1,530 dogs, up from 1,210 in the same period of 2023."
    expected = [("1,530", H1_2024), ("1,210", Period(dt.date(2023, 1, 1), dt.date(2023, 6, 30)))]
    assert expected == _periods(text)


def test_the_same_period_keeps_a_month_end() -> None:
    text = "In February 2024 the shelter housed 90 dogs, against 70 in the same period of 2023."
    expected = [
        ("90", Period(dt.date(2024, 2, 1), dt.date(2024, 2, 29))),
        ("70", Period(dt.date(2023, 2, 1), dt.date(2023, 2, 28))),
    ]
    assert expected == _periods(text)


def test_a_yearly_reference_does_not_judge_a_half_year_claim() -> None:
    (claim,) = extract("The shelter housed 1,530 dogs in the first half of 2024.", locale="en_GB")
    claim = attrs.evolve(claim, subject="dogs housed")
    yearly = Reference(Amount.exact(3100, "dimensionless"), subject="dogs housed", period=Period.year(2024))
    half = Reference(Amount.exact(1530, "dimensionless"), subject="dogs housed", period=H1_2024)
    codes_yearly = [f.code for f in against_references([claim], CheckContext(references=(yearly,)))]
    codes_half = [(f.code, f.severity) for f in against_references([claim], CheckContext(references=(half,)))]
    assert codes_yearly == ["no-reference"]
    assert codes_half == [("reference-accurate", Severity.OK)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        (
            "In the first half of 2024 the shelter housed 1,530 dogs, up from 1,210 in the same period last year.",
            "en_GB",
        ),
        (
            "In the first half of 2024 the shelter housed 1,530 dogs, against 1,210 in the same period a year earlier.",
            "en_US",
        ),
        ("Im ersten Halbjahr 2024 kamen 1.530 Hunde ins Heim, nach 1.210 im Vorjahreszeitraum.", "de_DE"),
        (
            "En el primer semestre de 2024 llegaron 1.530 perros, frente a 1.210 en el mismo periodo del año anterior.",
            "es_ES",
        ),
    ],
)
def test_the_same_period_last_year_is_the_earlier_period_a_year_back(text: str, locale: str) -> None:
    expected = [H1_2024, Period(dt.date(2023, 1, 1), dt.date(2023, 6, 30))]
    assert expected == [period for _, period in _periods(text, locale)]


def test_the_same_period_last_year_without_an_earlier_period_has_none() -> None:
    assert _periods("The shelter housed 1,210 dogs in the same period last year.") == [("1,210", None)]


@pytest.mark.parametrize(
    "text",
    [
        "In the first half of 2024 the shelter housed 1,530 dogs, compared with the same period of 2023.",
        "In the first half of 2024 the shelter housed 1,530 dogs, compared with the same period last year.",
    ],
)
def test_compared_with_the_same_period_is_a_baseline(text: str) -> None:
    assert _periods(text) == [("1,530", H1_2024)]
