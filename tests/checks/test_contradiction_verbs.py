"""Contradictions between counts of the same noun and verb; the bare counted noun stays unpaired."""

from __future__ import annotations

from factcheck import Amount, CheckContext, CountClaim, Period, check
from factcheck._extract import extract
from factcheck.checks._grouping import only_what_is_counted
from factcheck.checks.contradiction import contradictions

Y2023 = Period.year(2023)


def _people(value: str, subject: str, period: Period | None = Y2023) -> CountClaim:
    return CountClaim(Amount.stated(value, "person"), subject=subject, period=period)


def _found(text: str, code: str = "contradiction") -> list[tuple[str, ...]]:
    report = check(extract(text, "en_GB"))
    return [tuple(c.span.text for c in f.claims if c.span is not None) for f in report.findings if f.code == code]


def test_same_noun_and_verb_contradict() -> None:
    """Two counts of "people deported" in 2023 that do not overlap cannot both be true."""
    text = "In 2023, 4,100 people were deported. The minister said 5,600 people were deported in 2023."
    expected = [("4,100", "5,600")]
    assert expected == _found(text)


def test_died_and_hurt_are_not_paired() -> None:
    """ "600 people died" and "1,200 people were hurt" count different people."""
    expected: list[tuple[str, ...]] = []
    assert expected == _found("In 2023, 600 people died. In 2023, 1,200 people were hurt.")


def test_different_years_are_not_paired() -> None:
    """The same noun and verb in 2022 and in 2023 are two quantities."""
    expected: list[tuple[str, ...]] = []
    assert expected == _found("In 2022, 4,100 people were deported. In 2023, 5,600 people were deported.")


def test_negated_verb_is_not_paired_with_the_verb() -> None:
    """ "were not paid" and "were paid" count different claims."""
    expected: list[tuple[str, ...]] = []
    assert expected == _found("In 2024, 300 people were not paid. In 2024, 500 people were paid.")


def test_bare_counted_noun_is_still_skipped() -> None:
    """Two counts of "people" with no verb are not known to measure the same thing."""
    expected: list[tuple[str, ...]] = []
    assert expected == _found("The town had 600 people in 2023. The city had 900 people in 2023.")


def test_rate_and_level_of_the_same_verb_are_compared() -> None:
    """5,000 people deported a month in 2023 does not give 30,000 people deported in 2023."""
    text = "About 5,000 people a month were deported in 2023. In 2023, 30,000 people were deported."
    expected = [("30,000", "About 5,000 people a month")]
    assert expected == _found(text, "rate-total-mismatch")


def test_only_what_is_counted_keeps_a_subject_with_a_verb() -> None:
    """ "people" names only what is counted; "people died" and "people not paid" name a quantity."""
    found = [only_what_is_counted(_people("600", s)) for s in ("people", "people died", "people not paid")]
    expected = [True, False, False]
    assert expected == found


def test_contradictions_pair_by_noun_and_verb() -> None:
    """Of four counts in 2023, only the two about "people deported" are paired."""
    claims = [
        _people("600", "people died"),
        _people("1200", "people hurt"),
        _people("4100", "people deported"),
        _people("5600", "people deported"),
    ]
    expected = [(claims[2], claims[3])]
    assert expected == [f.claims for f in contradictions(claims, CheckContext())]
