"""Rates and periods: a rate times a duration against a stated level."""

from __future__ import annotations

import pytest

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
    CheckContext,
    CountClaim,
    Direction,
    Hedge,
    Inferred,
    Period,
    RateClaim,
    Severity,
    Verdict,
    check,
    extract,
)
from factcheck.checks.rates import period_length, rates_and_totals


def outcomes(claims):
    return [(f.code, f.severity, f.verdict) for f in rates_and_totals(claims, CheckContext())]


def rate(value, unit="person / month", subject="arrivals", hedge=Hedge.NONE):
    return RateClaim(Amount.stated(value, unit, hedge=hedge), subject=subject)


def test_monthly_rate_matches_yearly_total():
    """20,000 a month is 240,000 over a year."""
    level = CountClaim(Amount.stated("240000", "person"), subject="arrivals", over=Amount.exact(1, "year"))
    expected = [("rate-total-consistent", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes([rate("20000"), level])


def test_monthly_rate_against_wrong_total():
    """20,000 a month is not 250,000 over a year."""
    level = CountClaim(Amount.stated("250000", "person"), subject="arrivals", over=Amount.exact(1, "year"))
    expected = [("rate-total-mismatch", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == outcomes([rate("20000"), level])


def test_period_gives_the_duration():
    """A level for the year 2024 pairs with a monthly rate of the same subject."""
    level = CountClaim(Amount.stated("5294", "person"), subject="Albanians returned", period=Period.year(2024))
    about = rate("440", subject="Albanians returned", hedge=Hedge.ABOUT)
    expected = [("rate-total-consistent", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == outcomes([about, level])


def test_other_subjects_are_not_paired():
    """A rate of arrivals says nothing about a total of returns."""
    level = CountClaim(Amount.stated("250000", "person"), subject="returns", over=Amount.exact(1, "year"))
    expected = []
    assert expected == outcomes([rate("20000"), level])


def test_units_that_do_not_combine_are_not_paired():
    """A rate of pounds a month does not pair with a count of people."""
    level = CountClaim(Amount.stated("250000", "person"), subject="arrivals", over=Amount.exact(1, "year"))
    expected = []
    assert expected == outcomes([rate("20000", "GBP / month"), level])


def test_nearest_rate_is_used():
    """Of two rates of one subject, the level is compared with the nearer one."""
    level = CountClaim(Amount.stated("240000", "person"), subject="arrivals", over=Amount.exact(1, "year"))
    others = [CountClaim(Amount.stated(v, "person"), subject="arrivals") for v in ("7", "8")]
    findings = list(rates_and_totals([rate("1000"), *others, level, rate("20000")], CheckContext()))
    expected = [("rate-total-consistent", rate("20000"))]
    assert expected == [(f.code, f.claims[1]) for f in findings]


def test_period_lengths():
    """Whole years count in years, whole months in months, anything else in days."""
    expected = [Amount.exact(3, "year"), Amount.exact(3, "month"), Amount.exact(10, "day")]
    actual = [
        period_length(Period.years(2021, 2023)),
        period_length(Period.parse("2024-01-01/2024-03-31")),
        period_length(Period.parse("2024-05-01/2024-05-10")),
    ]
    assert expected == actual


def test_level_without_subject_pairs_with_a_nearby_rate():
    """ "Cut by 20,000 a month, or 300,000 over a year": the bare number counts what the rate counts."""
    cut = AbsoluteChangeClaim(Amount.stated("20000", "person / month"), direction=Direction.DOWN, subject="arrivals")
    total = CountClaim(Amount.stated("300000"), over=Amount.exact(1, "year"))
    (finding,) = rates_and_totals([cut, total], CheckContext())
    expected = (
        "rate-total-mismatch",
        "20,000 people a month over 1 year is 240,000 people, not 300,000 people (off by 60,000 people).",
    )
    assert expected == (finding.code, finding.message)


def test_level_whose_sentence_holds_no_rate_is_not_paired_by_nearness():
    """A total with a duration but no rate in its sentence (``Inferred.RATE``) takes no rate from nearby."""
    total = CountClaim(Amount.stated("300000"), over=Amount.exact(1, "year"), inferred={Inferred.RATE})
    expected = []
    assert expected == outcomes([rate("20000"), total])


def test_level_whose_sentence_holds_no_rate_pairs_by_subject_but_not_certainly():
    """Paired by its subject across sentences, a wrong total is a warning, not an error."""
    level = CountClaim(
        Amount.stated("250000", "person"), subject="arrivals", over=Amount.exact(1, "year"), inferred={Inferred.RATE}
    )
    expected = [("rate-total-mismatch", Severity.WARNING, Verdict.INACCURATE)]
    assert expected == outcomes([rate("20000"), level])


def test_no_rate_across_a_full_stop_end_to_end():
    """A count over eight weeks is not checked against a heartbeat in the next sentence (main gave an ERROR)."""
    text = "The drive jabbed 3 million over-70s in 8 weeks. An adult heart beats roughly 100,000 times a day."
    claims = extract(text)
    expected = ([(Inferred.RATE,), (), ()], [])  # the count, "8 weeks" (a duration too), the heartbeat
    actual = ([c.inferred for c in claims], [f.code for f in check(claims).findings])
    assert expected == actual


def test_rate_and_total_in_one_sentence_stay_certain_end_to_end():
    """ "12,000 a month, or 150,000 over a year" states its rate beside it: a wrong total is an error."""
    text = "Applications arrived at 12,000 a month, or 150,000 over a year."
    claims = extract(text)
    expected = (
        [(), ()],
        [("rate-total-mismatch", Severity.ERROR, "12,000 a month over 1 year is 144,000, not 150,000 (off by 6,000).")],
    )
    actual = ([c.inferred for c in claims], [(f.code, f.severity, f.message) for f in check(claims).findings])
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Applications arrived at 12,000 a month. That is 150,000 over a year.",
            [("rate-total-mismatch", "12,000 a month over 1 year is 144,000, not 150,000 (off by 6,000).")],
        ),
        ("Applications arrived at 12,000 a month. That is 144,000 over a year.", [("rate-total-consistent", None)]),
        ("Applications arrived at 12,000 a month. Some 150,000 were refused over a year.", []),
    ],
)
def test_a_sentence_opening_that_is_restates_the_rate_ahead(text: str, expected: list[tuple[str, str | None]]) -> None:
    """ "That is 150,000 over a year" restates the rate ahead; another sentence's total does not."""
    findings = check(extract(text)).findings
    actual = [(f.code, f.message if f.severity is Severity.ERROR else None) for f in findings]
    assert expected == actual
