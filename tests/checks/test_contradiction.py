"""Contradictions between claims about the same thing, period and place."""

from __future__ import annotations

from decimal import Decimal

from factcheck import (
    Amount,
    CheckContext,
    CountClaim,
    Direction,
    Hedge,
    MoneyClaim,
    Period,
    RelativeChangeClaim,
    Severity,
)
from factcheck.checks.contradiction import contradictions

Y2024 = Period.year(2024)


def count(value, subject="Albanians returned", period=Y2024, place=None, hedge=None):
    amount = Amount.stated(value, "person") if hedge is None else Amount.stated(value, "person", hedge=hedge)
    return CountClaim(amount, subject=subject, period=period, place=place)


def test_two_different_exact_counts_contradict():
    """5,294 and 4,900 returns in the same year cannot both be true; paired by subject, so a warning."""
    a, b = count("5294"), count("4900")
    (finding,) = contradictions([a, b], CheckContext())
    expected = ("contradiction", Severity.WARNING, (a, b))
    assert expected == (finding.code, finding.severity, finding.claims)


def test_rounded_mention_agrees():
    """ "about 5,300" and 5,294 overlap."""
    expected = []
    assert expected == list(contradictions([count("5294"), count("5300", hedge=Hedge.ABOUT)], CheckContext()))


def test_subject_compared_after_normalising():
    """ "The Albanians returned" and "albanians  returned" are the same subject."""
    claims = [count("5294", subject="The Albanians returned"), count("4900", subject="albanians  returned")]
    expected = ["contradiction"]
    assert expected == [f.code for f in contradictions(claims, CheckContext())]


def test_other_period_place_or_subject_do_not_contradict():
    """Different years, places or subjects are different quantities."""
    claims = [
        count("5294"),
        count("4900", period=Period.year(2023)),
        count("4000", place="Kosovo"),
        count("300", subject="Kosovans returned"),
    ]
    expected = []
    assert expected == list(contradictions(claims, CheckContext()))


def test_claims_without_period_are_not_compared():
    """A fund and its parts share a subject and have no date: not a contradiction."""
    fund = MoneyClaim(Amount.stated(Decimal("2E+6"), "GBP"), subject="fund")
    part = MoneyClaim(Amount.stated("900000", "GBP"), subject="fund")
    expected = []
    assert expected == list(contradictions([fund, part], CheckContext()))


def test_before_and_after_of_a_change_are_left_out():
    """The 8,000 a change starts from is not contradicted by the 390 it ends at."""
    before, after = Amount.stated("8000", "person"), Amount.stated("390", "person")
    drop = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN, before=before, after=after)
    claims = [
        CountClaim(before, subject="arrivals", period=Y2024),
        drop,
        CountClaim(after, subject="arrivals", period=Y2024),
    ]
    expected = []
    assert expected == list(contradictions(claims, CheckContext()))


def test_one_finding_per_group_in_linear_time():
    """Many agreeing claims and one outlier give one finding naming the outlier."""
    claims = [count("5294") for _ in range(1000)] + [count("9000")]
    (finding,) = contradictions(claims, CheckContext())
    assert count("9000") == finding.claims[1]
