"""Normalising subjects and places, and grouping claims by them."""

from __future__ import annotations

from factcheck import Amount, CountClaim
from factcheck.checks._grouping import group_by, normalise, subject_key


def test_normalise():
    """Case, width, punctuation and leading articles do not matter; empty becomes None."""
    expected = ["albanians returned", "net migration uk", None, None, "a1 road"]
    actual = [
        normalise("The Albanians  returned"),
        normalise("Net-migration (UK)"),
        normalise("the"),
        normalise(None),
        normalise("Ａ1 road"),
    ]
    assert expected == actual


def test_subject_key_and_group_by():
    """Claims group by normalised subject and place; claims without a key are left out."""
    a = CountClaim(Amount.exact(1, "person"), subject="Arrivals", place="Kent")
    b = CountClaim(Amount.exact(2, "person"), subject="the arrivals", place="KENT")
    c = CountClaim(Amount.exact(3, "person"))
    expected = {("arrivals", "kent"): [a, b]}
    assert expected == group_by([a, b, c], lambda claim: subject_key(claim) if claim.subject else None)
