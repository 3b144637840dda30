"""A range's scale word, currency and unit belong to both ends: "$3 to 5 million", "five to six million"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, units
from factcheck._interval import Interval
from factcheck._precision import Hedge
from tests.readings import figure_amounts as _read


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit"),
    [
        ("the dam will cost between US$250 and 350 billion", "between US$250 and 350 billion", "250E9", "350E9", "USD"),
        ("a repair bill of $3 to 5 million", "$3 to 5 million", "3E6", "5E6", "USD"),
        ("a fund of £4.0 to £6.5 billion", "£4.0 to £6.5 billion", "4.0E9", "6.5E9", "GBP"),
        ("grants of between 2 and 3 billion pounds", "between 2 and 3 billion pounds", "2E9", "3E9", "GBP"),
        ("a painting valued at seven to eight million euros", "seven to eight million euros", "7E6", "8E6", "EUR"),
        ("between four and five thousand people", "between four and five thousand", "4E3", "5E3", "dimensionless"),
    ],
)
def test_the_scale_word_belongs_to_both_ends(text: str, written: str, low: str, high: str, unit: str) -> None:
    """The low end takes the high end's scale even when only the low end carries the currency."""
    assert [(written, Amount.between(Decimal(low), Decimal(high), unit))] == [
        (w, a) for w, a in _read(text) if w == written
    ]


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit"),
    [
        ("between two and one thousand people", "between two and one thousand", "2", "1000", "dimensionless"),
        ("between 30 and 45,000 tonnes", "between 30 and 45,000 tonnes", "30000", "45000", "tonne"),
    ],
)
def test_no_scale_when_the_low_end_would_pass_the_high_end(
    text: str, written: str, low: str, high: str, unit: str
) -> None:
    """In "two and one thousand", two thousand would exceed the high end, so two stays two."""
    assert [(written, Amount.between(Decimal(low), Decimal(high), unit))] == [
        (w, a) for w, a in _read(text) if w == written
    ]


def test_from_one_level_to_a_scaled_one() -> None:
    """In "from $300 to 400 billion", two figures, the first in the scale of the second."""
    assert ("$300", Amount.stated(Decimal("300E9"), "USD")) == _read("debt went from $300 to 400 billion")[0]


@pytest.mark.parametrize(
    ("text", "written", "value", "bounds", "unit"),
    [
        ("only one-fifth of 1 percent of imports", "one-fifth of 1 percent", "0.2", ("0.09", "0.33"), "percent"),
        ("half of 3% of the fleet", "half of 3%", "1.5", ("1.125", "1.925"), "percent"),
        (
            "a tenth of 2 percentage points",
            "a tenth of 2 percentage points",
            "0.2",
            ("0.135", "0.275"),
            "percentage_point",
        ),
    ],
)
def test_a_fraction_of_a_share_is_their_product(
    text: str, written: str, value: str, bounds: tuple[str, str], unit: str
) -> None:
    """The fraction (read loosely, as "about") times the share it is a fraction of."""
    interval = Interval(Decimal(bounds[0]), Decimal(bounds[1]), high_closed=False)
    expected = Amount(Decimal(value), unit, interval, Hedge.NONE, None)
    assert [(written, expected)] == [(w, a) for w, a in _read(text) if w == written]


def test_a_fraction_of_a_count_stays_a_share() -> None:
    """A third of 6 million people is a part of a whole: the share and the whole stay two figures."""
    assert [w for w, _ in _read("a third of 6 million people")] == ["a third", "6 million"]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("odds had grown to a two-in-five chance", "two-in-five", "40"),
        ("one out of every thousand patients is affected", "one out of every thousand", "0.1"),
        ("nine out of every hundred claims", "nine out of every hundred", "9"),
    ],
)
def test_ratios_hyphened_or_over_a_bare_scale_word(text: str, written: str, value: str) -> None:
    """Ratios as "two-in-five" with hyphens, and "every thousand" (a thousand) as the denominator."""
    assert [(written, Decimal(value))] == [(w, a.value) for w, a in _read(text) if w == written]


def test_no_ratio_in_a_score_or_a_longer_number() -> None:
    """No ratio in "won three-in-one" (3 > 1); "one in every thousand two hundred" is no bare scale."""
    assert [w for w, _ in _read("they won three-in-one")] == ["three", "one"]
    assert [w for w, _ in _read("one in every thousand two hundred")] == ["one", "two hundred"]


@pytest.mark.parametrize(
    ("text", "written", "low", "high", "unit"),
    [
        ("it was about six or seven percent", "about six or seven percent", "6", "7", "percent"),
        ("a wait of 3 or 4 weeks", "3 or 4 weeks", "3", "4", "week"),
        ("duties of 12 percent up to 25 percent", "12 percent up to 25 percent", "12", "25", "percent"),
    ],
)
def test_or_and_up_to_ranges_of_one_unit(text: str, written: str, low: str, high: str, unit: str) -> None:
    """A bare number "or" one with a unit, and a figure "up to" a larger one: one range in that unit."""
    (amount,) = [a for w, a in _read(text) if w == written]
    assert (Decimal(low), Decimal(high), units.unit(unit), Hedge.RANGE) == (
        amount.low,
        amount.high,
        amount.unit,
        amount.hedge,
    )


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("it went from 12 percent up to 25 percent", ["12 percent", "up to 25 percent"]),
        ("rates of 5 or 60 percent", ["5", "60 percent"]),
        ("3 or 5 people came", ["3", "5"]),
        ("8 percent or 5 percent", ["8 percent", "5 percent"]),
    ],
)
def test_no_range_for_a_change_a_wide_gap_or_no_shared_unit(text: str, written: list[str]) -> None:
    """After "from" it is a change; a tenfold gap, bare numbers more than a step apart, or a falling pair stay two."""
    assert written == [w for w, _ in _read(text)]
