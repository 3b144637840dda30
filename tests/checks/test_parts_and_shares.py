"""Parts and wholes, shares of one whole, and "N of M, or P%", from constructed claims."""

from __future__ import annotations

from decimal import Decimal

from factcheck import Amount, CheckContext, CountClaim, MoneyClaim, Period, Severity, ShareClaim, Verdict
from factcheck.checks.consistency import share_of_total
from factcheck.checks.parts import parts_add_up, shares_within_whole


def money(value):
    return Amount.stated(Decimal(value), "GBP")


def outcomes(check, claims):
    return [(f.code, f.severity, f.verdict) for f in check(claims, CheckContext())]


def test_fund_that_adds_up_only_if_rounded():
    """A £2m fund split into £800,000, £700,000 and £900,000 does not add up at face value."""
    fund = MoneyClaim(money("2E+6"), parts=[money("800000"), money("700000"), money("900000")])
    (finding,) = parts_add_up([fund], CheckContext())
    expected = ("parts-do-not-add-up", Severity.WARNING, Verdict.ONLY_IF_ROUNDED, Amount.exact(2_400_000, "GBP").value)
    assert expected == (finding.code, finding.severity, finding.verdict, finding.expected.value)


def test_parts_that_add_up_exactly():
    """£2.4m split into £800,000, £700,000 and £900,000 adds up."""
    fund = MoneyClaim(money("2.4E+6"), parts=[money("800000"), money("700000"), money("900000")])
    expected = [("parts-add-up", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes(parts_add_up, [fund])


def test_parts_far_from_the_total_are_an_error():
    """Parts of £5m do not make a £2m fund under any reading."""
    fund = MoneyClaim(money("2E+6"), parts=[money("3E+6"), money("2E+6")])
    expected = [("parts-do-not-add-up", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == outcomes(parts_add_up, [fund])


def test_count_parts_add_up():
    """120 people as 70 men and 50 women adds up exactly."""
    total = CountClaim(Amount.exact(120, "person"), parts=[Amount.exact(70, "person"), Amount.exact(50, "person")])
    expected = [("parts-add-up", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes(parts_add_up, [total])


def test_parts_in_other_currency_cannot_be_added():
    """Pounds and euros do not add up without a rate: reported, not raised."""
    fund = MoneyClaim(money("2E+6"), parts=[Amount.stated("800000", "EUR")], as_stated=True)
    expected = [("relation-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)]
    assert expected == outcomes(parts_add_up, [fund])


def test_share_of_total_agrees():
    """18 of 120 is 15%."""
    claim = ShareClaim(Amount.stated("15", "percent"), part=Amount.exact(18, "item"), total=Amount.exact(120, "item"))
    expected = [("share-consistent", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes(share_of_total, [claim])


def test_share_of_total_disagrees():
    """18 of 120 is not 20%; the message gives the real share."""
    claim = ShareClaim(Amount.stated("20", "percent"), part=Amount.exact(18, "item"), total=Amount.exact(120, "item"))
    (finding,) = share_of_total([claim], CheckContext())
    expected = ("share-inconsistent", "18 items of 120 items is 15%, not 20% (off by 5 percentage points).")
    assert expected == (finding.code, finding.message)


def test_share_within_rounding():
    """1 of 3 is 33.3%, which "33%" states to the nearest point."""
    claim = ShareClaim(Amount.stated("33", "percent"), part=Amount.exact(1, "person"), total=Amount.exact(3, "person"))
    expected = [("share-consistent", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == outcomes(share_of_total, [claim])


def shares(*values, whole="voters"):
    return [
        ShareClaim(Amount.stated(v, "percent"), subject=f"group {i}", whole=whole, period=Period.year(2024))
        for i, v in enumerate(values)
    ]


def test_shares_of_one_whole_over_100():
    """45%, 35% and 30% of the same voters make 110%."""
    expected = [("shares-exceed-whole", Severity.WARNING, None)]
    assert expected == outcomes(shares_within_whole, shares("45", "35", "30"))


def test_shares_over_100_only_by_rounding_pass():
    """33%, 33% and 35% make 101%, but their low ends make 99.5%: rounding explains it."""
    expected = []
    assert expected == outcomes(shares_within_whole, shares("33", "33", "35"))


def test_shares_of_different_wholes_are_not_added():
    """60% of voters and 60% of members are shares of different wholes."""
    claims = shares("60", whole="voters") + shares("60", whole="members")
    expected = []
    assert expected == outcomes(shares_within_whole, claims)
