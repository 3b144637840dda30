"""Labels and citations of legislative text that are no figures, even among bare numbers.

A subsection in brackets after a designator ("paragraph (1)", "section 201(4)"), the section of a
cited code after its title ("25 USC 2212", "73 Stat. 4"), a bill's or an amendment's letters ("S.
211", "SA 1304"), a report's number ("House Report 109-175", "Rept. 109-177"), the second of two
designated numbers ("between lines 9 and 10"), a list's number opening an item after a heading
("Excess Land. (1) At least") or marked "1." before a word in lower case, a phone number with its
area code ("(202) 224-5070"). Each rule has its look-alikes beside it: the figure that must stay.
"""

from __future__ import annotations

import pytest

from factcheck import extract


def _bare(text: str) -> list[tuple[str, str, str]]:
    """Each claim of ``extract(text, "en_US", bare_numbers=True)`` as (span, value, unit)."""
    return [
        (c.span.text if c.span is not None else "", str(c.amount.value), str(c.amount.unit) or "dimensionless")
        for c in extract(text, locale="en_US", bare_numbers=True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # subsections in brackets after a designator or glued to its number
        "(B) Limitation.--Amounts available under paragraph (1) may not be allocated under subparagraph (A).",
        "The amount authorized to be appropriated by section 201(4) for research is increased.",
        "Surely that is a reason to rein in insurance premiums. See, Sec. 107(8).",
        "as defined under section 7(9) of title 18, United States Code.",
        # a cited code's section after its title
        "subsections (b) and (c) of section 205 of the Indian Land Consolidation Act (25 USC 2212).",
        "approved March 18, 1959 (73 Stat. 4), the United States consents.",
        "A bill to amend title 38, United States Code, to improve benefits.",
        # bills, amendments and reports
        "S. 211. A bill to amend the Act; to the Committee on Veterans' Affairs.",
        "SA 1304. Mr. SCHUMER proposed an amendment to the bill.",
        "SA. 1309. Mr. GRASSLEY submitted an amendment intended to be proposed.",
        "It is now in order to consider amendment No. 27 printed in part B of House Report 109-175.",
        "to authorize the program, and for other purposes (Rept. 109-177). Referred to the Committee.",
        # the second of two designated numbers
        "On page 326, between lines 9 and 10, insert the following:",
        "On page 77, strike lines 22 through 25 and insert the following:",
        "investigations as authorized by paragraphs 1 and 8 of rule XXVI of the Standing Rules",
        # a list's number opening an item after a heading, a dash or an opening quote
        "(d) Transfer of Excess Land. (1) Before the transfer the Secretary shall report to Congress.",
        "(a) Plan Required.--(1) Not later than the date of the enactment of this Act",
        "by striking “The President” and inserting “(1) In General.--The President",
        # a list's numbers "1." inside a sentence, before a word in lower case; marks may mix
        (
            "to the students in order to 1. encourage those students to graduate from high school, 2. let them"
            " know of opportunities within higher education, and (3) encourage them to become teachers."
        ),
        # a phone number with its area code, the last four digits round
        "For further information, please call Camille Heninger Flint at (202) 224-5070.",
    ],
)
def test_labels_and_citations_are_no_figures(text: str) -> None:
    assert _bare(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed number after a number or a word that is no designator stays a figure
        ("The committee attended 3 (3) meetings.", [("3", "3", "dimensionless"), ("3", "3", "item")]),
        # dotted letters ending in S before a number: "U.S." is no bill's letters
        ("In the U.S. 500 people died of it.", [("500", "500", "person")]),
        # a code's title with no number before it, and a number after a designator with a unit after it
        ("She lost her title 2 years ago.", [("2 years", "2", "year")]),
        ("The Senate line 5 miles long", [("5 miles", "5", "mile")]),
        # a list's number inside a sentence, with no heading before it, stays read as before
        ("He has (3) cats.", [("3", "3", "animal")]),
        # "1." and "2." ending sentences, and a list's number with no sibling, stay figures
        (
            "The score was 1. Then it was 2. Later it was 3.",
            [("1", "1", "dimensionless"), ("2", "2", "dimensionless"), ("3", "3", "dimensionless")],
        ),
        ("It aims to 1. cut costs with 40 staff.", [("1", "1", "dimensionless"), ("40", "40", "person")]),
        # a phone-like range with no area code and a round high end stays a range
        ("between 300-2000 people", [("between 300-2000", "1150", "person")]),
    ],
)
def test_look_alikes_stay_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _bare(text) == expected
