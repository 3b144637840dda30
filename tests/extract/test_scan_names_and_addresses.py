"""Numbers that name things are no figures: categories, rounds, roll calls, resolutions, titles, addresses."""

from __future__ import annotations

import pytest

from factcheck._extract.scan.scanner import scan


def _written(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm became a category 2 hurricane with 100 mph winds.", ["100 mph"]),
        ("They lost in round 3 but won 4 matches.", ["4"]),
        ("The bill passed (rollcall 512) with 300 votes.", ["300"]),
        ("Under House Resolution 412, each side has 30 minutes.", ["30 minutes"]),
        ("It amends chapter 44 of title 21, United States Code.", []),
        ("Write to Orchard House 12 Market Street or call us.", []),
        ("Write to Carlton House 41 Pall Mall for 2 forms.", ["2"]),
        ("The patch took it from version 2.1 to 2.2 last May.", []),
        ("See sections 4 through 9 for the rules.", []),
    ],
)
def test_names_and_addresses_are_no_figures(text: str, expected: list[str]) -> None:
    """The numeral after a designator (and a bare one joined to it by "to", "and", "through") names something."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose by a round 20 percent.", ["20 percent"]),
        ("She won the title 5 times.", ["5"]),
        ("The White House 3 days ago said no.", ["3 days"]),
        ("Bills passed by 230-to-197 and 229-to-198.", ["230", "197", "229", "198"]),
        ("From section 3 to 40 percent of staff.", ["40 percent"]),
    ],
)
def test_figures_near_such_words_stay(text: str, expected: list[str]) -> None:
    """A round 20 percent is a figure; "the title 5 times" no title; a building number needs a street after it."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pupils draw 2-D and 3-D figures with 4 sides.", ["4"]),
        ("The firm sells 3D printers for £200.", ["£200"]),
        ("Her single reached #7 in the charts after 9 weeks.", ["9 weeks"]),
        ("The suit cites 18 U.S. Code § 2511 and seeks $5,000.", ["$5,000"]),
        ("Maple 77 LLC gave the campaign $2,500.", ["$2,500"]),
        ("The Harbour 12 Project found 3 wrecks.", ["3"]),
        ("They made the City Awards Top 50 list with 12 staff.", ["12"]),
        ("He played fly-half, then half back, and at five eighth for 3 seasons.", ["3"]),
        ("Polls give the two-party-preferred vote to Labor by 52%.", ["52%"]),
        ("It is a one-way street with a three-way junction.", []),
        ("A one-time gain lifted zero-coupon bonds and a four-door sedan.", []),
        ("She hit a 7-iron to within 4 feet.", ["4 feet"]),
        ("The one - time charge was spelt with spaces.", []),
        ("Her two-handed style won a one-sided final with a two-pronged plan.", []),
    ],
)
def test_numbers_in_names_are_no_figures(text: str, expected: list[str]) -> None:
    """A dimension ("3-D"), a rank ("#7"), a code's title ("18 U.S. Code"), a number in a name, an idiom."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She shared the fund with one half-sister.", ["one"]),
        ("He has two half-brothers and a half-sister.", ["two"]),
        ("The flag flew at half-mast after a half-hearted vote.", []),
        ("A half-time show followed a half-truth.", []),
        ("Three quarter-finals were played on Sunday.", ["Three"]),
        # look-alikes: a fraction of a unit or a whole, hyphenated or not
        ("The match was a half-hour late and lasted half an hour.", ["a half-hour"]),
        ("Half of voters and one half of the staff stayed home.", ["Half", "one half"]),
        ("Three quarters of the land is flooded.", ["Three quarters"]),
    ],
)
def test_a_fraction_word_in_a_compound_is_no_figure(text: str, expected: list[str]) -> None:
    """ "half-sister", "half-mast", "quarter-finals" (``fraction_word_compounds``): a word, not a fraction."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The top 100 companies paid 40% of the tax.", ["100", "40%"]),
        ("Delivery takes 2-3 days.", ["2-3 days"]),
        ("The firm has 7 U.S. offices and 3 Dutch ones.", ["7", "3"]),
        ("She bought 52 project kits.", ["52"]),
        ("Five eighths of the land and the two party leaders.", ["Five eighths", "two"]),
        ("The two sides handed over 3 maps.", ["two", "3"]),
        ("The D-Day landings involved 156,000 troops.", ["156,000"]),
    ],
)
def test_figures_like_names_stay(text: str, expected: list[str]) -> None:
    """The same shapes where they are figures: "the top 100 companies", "2-3 days", "five eighths of"."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade there thrived from 300 b.c.e. to 120 c.e. with 40 ports.", ["40"]),
        ("The fort was built in 43 BC by 500 men.", ["500"]),
        ("An etching by Hollar c.1650 shows 12 ships.", ["12"]),
        ("The town backs the ‘Leeds in 45’ and ‘York in 70’ schemes.", []),
        ('The "Three a Week" plan costs £4.', ["£4"]),
        ("The trust's ‘Ten Year Plan’ adds 300 beds.", ["300"]),
        ("The ride at Nine Oaks Park reached 70 mph.", ["70 mph"]),
        ("Fans of the Three Rivers Club paid £12.", ["£12"]),
    ],
)
def test_years_of_an_era_and_quoted_titles_are_no_figures(text: str, expected: list[str]) -> None:
    """A year of an era ("43 BC"), a circa year ("c.1650"), a number in a short quoted title in title case."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said it was “about 90 percent” done.", ["about 90 percent"]),
        ("Sales were “up 12%” on the year.", ["12%"]),
        ('The label said "5 kg" and it cost "£5".', ["5 kg", "£5"]),
        ("The firm has 3 BC branches.", ["3"]),
        ("Seven Oaks lost 4 games.", ["Seven", "4"]),
        ("He paid Ten dollars.", ["Ten dollars"]),
    ],
)
def test_quoted_figures_and_look_alikes_stay(text: str, expected: list[str]) -> None:
    """A quotation that is no title ("about 90 percent", "5 kg") keeps its figure."""
    assert expected == _written(text)
