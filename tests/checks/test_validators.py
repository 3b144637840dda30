"""Facial validity: claims kept as stated are reported, not raised."""

from __future__ import annotations

from decimal import Decimal

from factcheck import (
    Amount,
    CheckContext,
    CountClaim,
    Direction,
    MoneyClaim,
    RelativeChangeClaim,
    Severity,
    ShareClaim,
    Span,
    Verdict,
)
from factcheck.checks.validators import facial_validity


def codes(claims):
    return [(f.code, f.severity, f.verdict) for f in facial_validity(claims, CheckContext())]


def test_negative_count_is_reported():
    """A negative count of people is an error."""
    claim = CountClaim(Amount.exact(-12, "person"), subject="arrivals", as_stated=True)
    expected = [("negative-count", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == codes([claim])


def test_share_over_100_is_reported():
    """A share of 130% is out of range."""
    claim = ShareClaim(Amount.stated("130", "percent"), as_stated=True)
    expected = [("share-out-of-range", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == codes([claim])


def test_decrease_over_100_is_reported():
    """Falling by 140% is impossible for a quantity that cannot go negative."""
    claim = RelativeChangeClaim(Amount.stated("140", "percent"), direction=Direction.DOWN, as_stated=True)
    expected = [("decrease-over-100", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == codes([claim])


def test_decrease_over_100_names_the_subject_that_cannot_go_negative():
    """Prices cannot fall by 120%; a profit can (into a loss), so only the first is reported."""
    prices = RelativeChangeClaim(
        Amount.stated("120", "percent"), direction=Direction.DOWN, subject="prices", as_stated=True
    )
    profit = RelativeChangeClaim(
        Amount.stated("120", "percent"), direction=Direction.DOWN, subject="profit", as_stated=True
    )
    assert codes([prices, profit]) == [("decrease-over-100", Severity.ERROR, Verdict.INACCURATE)]


def test_a_fractional_count_needs_written_decimals():
    """2.5 people written in digits is reported; "two and a half" said in words is a fraction, not decimals."""
    digits = CountClaim(Amount.stated("2.5", "person"), span=Span(0, 3, "2.5"), as_stated=True)
    words = CountClaim(Amount.stated("2.5", "person"), span=Span(0, 14, "two and a half"), as_stated=True)
    assert codes([digits, words]) == [("fractional-count", Severity.ERROR, Verdict.INACCURATE)]


def test_money_without_currency_is_reported():
    """Money needs a currency."""
    claim = MoneyClaim(Amount.stated("500"), as_stated=True)
    expected = [("money-without-currency", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == codes([claim])


def test_fractional_count_of_people_is_reported():
    """2.5 people is not a count of whole people."""
    claim = CountClaim(Amount.stated("2.5", "person"), as_stated=True)
    expected = [("fractional-count", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == codes([claim])


def test_valid_claims_give_no_findings():
    """Sound claims, as stated or not, give nothing."""
    claims = [
        CountClaim(Amount.exact(5294, "person"), as_stated=True),
        ShareClaim(Amount.stated("95", "percent")),
        MoneyClaim(Amount.stated(Decimal("1E+6"), "GBP"), as_stated=True),
    ]
    expected = []
    assert expected == codes(claims)


def test_message_quotes_the_text_as_written():
    """The message names the claim by its span text when it has one."""
    claim = CountClaim(Amount.exact(-12, "person"), span=Span(10, 13, "-12"), as_stated=True)
    (finding,) = facial_validity([claim], CheckContext())
    expected = "-12: a count cannot be negative"
    assert expected == finding.message
