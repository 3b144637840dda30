"""Ranges of ages after "by", hedged scales, signs and names real news writes (round 3).

Sentences written for these tests; each pins the whole reading of its sentence, and each rule has
sentences on both sides of it.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._decimal import plain
from tests.readings import range_readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # after "by", a dash range of ages is one range of ages
            "The study counted injuries by 12–17 year olds in 2010.",
            [("12–17 year", "12..17", "year", None)],
        ),
        (
            "The study counted injuries by 12-17 year-olds.",
            [("12-17 year", "12..17", "year", None)],
        ),
        (
            "The study counted injuries by 12 to 17 year olds.",
            [("12 to 17 year", "12..17", "year", None)],
        ),
        (  # no age noun: "by X to Y" is still a change, then the new level
            "The wait grew by 12 to 17 years.",
            [("12", "12", "year", None), ("17 years", "17", "year", None)],
        ),
    ],
)
def test_ranges_of_ages_after_by(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan costs $70-some billion.", [("$70-some billion", "70000000000", "USD", "about")]),
        ("The plan costs $70 some billion.", [("$70 some billion", "70000000000", "USD", "about")]),
        ("It lost 40-odd million dollars.", [("40-odd million dollars", "40000000", "USD", "about")]),
        ("She taught for 30 some years.", [("30 some years", "30", "year", "about")]),
        # not a round number, or "some" not before a scale or unit: no filler
        ("The plan costs $75-some billion.", [("$75", "75", "USD", "none")]),
        ("They gave $70 to some families.", [("$70", "70", "USD", "none")]),
    ],
)
def test_round_number_fillers_before_a_scale(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """ "N-some" or "N odd" before a scale word is N times the scale, hedged as "30 some years" is."""
    assert expected == [
        (c.span.text if c.span else "", plain(c.amount.value), str(c.amount.unit), c.amount.hedge.value)
        for c in extract(text, bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds of one-to-two hundred people gathered.", [("one-to-two hundred", "100..200", "person", "person")]),
        ("They paid two-to-three hundred dollars.", [("two-to-three hundred dollars", "200..300", "USD", None)]),
        ("Fees rose 5-to-10 percent.", [("5-to-10 percent", "5..10", "percent", None)]),
        # a falling pair is no range: a score stays two numbers
        ("The side won 4-to-1 at home.", [("4", "4", "dimensionless", None), ("1", "1", "dimensionless", None)]),
    ],
)
def test_hyphened_to_joins_a_range(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "one-to-two hundred" is a range with the scale of its high end, as "one to two hundred" is."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The switch to ESA95 rules moved the deficit.", []),
        ("Under FRF2 guidance the report changed.", []),
        # written apart, a withdrawn code is money; a code in use glued to digits is money too
        ("She paid DEM 40 for the ticket.", [("DEM 40", "40", "DEM", None)]),
        ("She paid FRF 500 for the ticket.", [("FRF 500", "500", "FRF", None)]),
        ("She paid GBP40 for the ticket.", [("GBP40", "40", "GBP", None)]),
    ],
)
def test_withdrawn_codes_glued_to_digits_are_names(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the value takes its margin's unit; the margin is read as written, unsigned
            "The comet returns every 75.3 ± 0.2 years.",
            [("75.3", "75.3", "year", None), ("0.2 years", "0.2", "year", None)],
        ),
        (
            "The sample weighs 12 +/- 2 kg.",
            [("12", "12", "kilogram", None), ("2 kg", "2", "kilogram", None)],
        ),
        ("Support stands at 41 ± 3%.", [("41", "41", "percent", None), ("3%", "3", "percent", None)]),
        # a margin with no unit gives none; a value with its own unit keeps it
        ("The score was 40 ± 5.", [("40", "40", "dimensionless", None), ("5", "5", "dimensionless", None)]),
        ("The rod is 3 m ± 2 cm.", [("3 m", "3", "metre", None), ("2 cm", "2", "centimetre", None)]),
    ],
)
def test_value_takes_the_unit_of_its_margin(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb, "at" and a figure with a minus: the rate it goes at, with its sign (per year: a rate)
        ("Exports are set to grow at -1.4% a year.", [("rate", "-1.4", None)]),
        ("Output grew at -0.8% in the quarter.", [("quantity", "-0.8", None)]),
        # no "at" right before the figure: a fall, its size kept positive; unsigned: a rise
        ("Exports fell -1.4% in May.", [("relative_change", "1.4", "down")]),
        ("Exports grew at 1.4% in May.", [("relative_change", "1.4", "up")]),
    ],
)
def test_a_signed_rate_after_at_keeps_its_sign(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert expected == [
        (c.kind, plain(c.amount.value), getattr(c, "direction", None) and c.direction.value) for c in extract(text)
    ]
