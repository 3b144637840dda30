"""Less common English number forms: bare "hundred thousand", spaced "k", "mil", dozen abbreviations,
stacked scale words, a smaller part after "and", "naught", and hyphen chains that are not ranges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import NumberClaim, RatioClaim, ShareClaim, check
from factcheck._decimal import CONTEXT
from factcheck._extract import extract
from factcheck._extract.scan.scanner import scan
from tests.readings import figure_values as _values


@pytest.mark.parametrize(
    ("text", "value", "covered"),
    [
        ("Hundred thousand marchers filled the square.", Decimal(100_000), "Hundred thousand"),
        ("Nearly hundred million doses were ordered.", Decimal(10**8), "Nearly hundred million"),
        ("The list has 4.5 k names.", Decimal(4500), "4.5 k"),
        ("Turnover hit 3mil last year.", Decimal(3_000_000), "3mil"),
        ("They bought 4 doz eggs.", Decimal(48), "4 doz"),
        ("The crate held three dz pears.", Decimal(36), "three dz"),
        ("Spending of 2 lakh crore was approved.", Decimal(2 * 10**12), "2 lakh crore"),
        ("Old texts say a thousand million stars.", Decimal(10**9), "a thousand million"),
        ("The bill came to 3 crore and 40 lakh.", Decimal(34_000_000), "3 crore and 40 lakh"),
        ("We counted 2 million and four hundred.", Decimal(2_000_400), "2 million and four hundred"),
    ],
)
def test_less_common_forms(text: str, value: Decimal, covered: str) -> None:
    """Each form is one figure with its whole value and span."""
    assert [(value, covered)] == _values(text)


def test_hundred_alone_is_not_a_number() -> None:
    """ "hundred" is a number only before a multiplier: "the Hundred Years War" has none."""
    assert _values("They studied the hundred days of reform.") == []


def test_spaced_capital_letters_are_not_scales() -> None:
    """Only a lower-case "k" is a spaced scale; "5 K" may be kelvin and "5 B" a label."""
    assert [(Decimal(5), "5"), (Decimal(7), "7")] == _values("It read 5 K and then plan 7 B.")


def test_digits_after_and_stay_a_second_figure() -> None:
    """ "2 million and 300 were hurt": digits with no scale after "and" are their own figure."""
    assert [(Decimal(2_000_000), "2 million"), (Decimal(300), "300")] == _values("2 million and 300 were hurt.")


def test_and_a_larger_part_stays_two_figures() -> None:
    """ "3 million and 4 million" are two figures: the second part is not smaller."""
    got = _values("Some 3 million and 4 million more.")
    assert [Decimal(3_000_000), Decimal(4_000_000)] == [v for v, _ in got]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The result was naught.", [Decimal(0)]),
        ("It read naught point four.", [Decimal("0.4")]),
        ("The talks came to naught.", []),
        ("It was all for nought in the end.", []),
    ],
)
def test_naught(text: str, expected: list[Decimal]) -> None:
    """ "naught" is zero, except in "came to naught" and "for nought", where it means nothing."""
    assert expected == [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oh, so, one day I was singing in a mall.", []),
        ("One day, he left the house.", []),
        ("Then one day the letters stopped.", []),
        # look-alikes: a duration, "one day a week" a rate
        ("In one day, we raised money.", [Decimal(1)]),
        ("The strike lasted one day, and ended.", [Decimal(1)]),
        ("One day later, he resigned.", [Decimal(1)]),
        ("One day a week, staff work from home.", [Decimal(1)]),
    ],
)
def test_one_day_opening_a_story(text: str, expected: list[Decimal]) -> None:
    """ "One day, he left" is the idiom for "on a day" (``one_day_story``), not a duration of one day."""
    assert expected == [v for v, _ in _values(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested a half-dozen men.", [Decimal(6)]),
        ("They bought a half dozen pears and half-dozen plums.", [Decimal(6), Decimal(6)]),
        # look-alikes: "half a dozen" as before, "half of the dozen" a share
        ("Half a dozen boats sank.", [Decimal(6)]),
        ("Half of the dozen eggs broke.", [Decimal(50)]),
    ],
)
def test_a_half_dozen_is_six(text: str, expected: list[Decimal]) -> None:
    """ "a half-dozen", "a half dozen" are six, as "half a dozen" is (were "a half", 50 %)."""
    assert expected == [v for v, _ in _values(text)]


def test_a_chain_of_hyphenated_words_is_no_range() -> None:
    """ "one-nought-two" is three numbers, not a figure 1 and a range from nought to two."""
    assert [Decimal(1), Decimal(0), Decimal(2)] == [v for v, _ in _values("The code was one-nought-two.")]


def test_two_hyphenated_words_are_still_a_range() -> None:
    """ "two-three days" keeps its reading as a range."""
    assert [(Decimal("2.5"), "two-three days")] == _values("It takes two-three days.")


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("The answer is ¾.", RatioClaim, Decimal("0.75")),
        ("Turnout was two thirds.", RatioClaim, CONTEXT.divide(Decimal(2), Decimal(3))),
        ("Three quarters of.", RatioClaim, Decimal("0.75")),
        ("Three quarters of members agreed.", ShareClaim, Decimal(75)),
        ("Half the members agreed.", ShareClaim, Decimal(50)),
        ("The answer is -3/4.", NumberClaim, Decimal("-0.75")),
        ("The result was minus two thirds.", NumberClaim, Decimal("-0.6666666666666666666666666666666667")),
    ],
)
def test_a_fraction_is_a_share_when_its_whole_follows(text: str, kind: type, value: Decimal) -> None:
    """A fraction names a share when the whole comes after it ("of members", "the members"); else a ratio."""
    (claim,) = extract(text)
    assert (kind, value) == (type(claim), claim.amount.value)


@pytest.mark.parametrize("locale", ["de_DE", "fr_FR", "es_ES"])
def test_fraction_characters_in_every_language(locale: str) -> None:
    """ "¾" and "½" are figures whatever the text's language."""
    assert [Decimal(75), Decimal(50)] == [f.amount.value for f in scan("¾ ... ½", locale)]


def test_a_signed_fraction_is_a_number_and_raises_nothing() -> None:
    """ "-3/4" is a signed number, not a ratio of two sizes (which cannot be negative)."""
    assert check(extract("The answer is -3/4.")).findings == ()
