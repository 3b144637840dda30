"""Numbers in a standard's name, a quoted title or a rank are no figures; their near cases stay figures."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._extract.scan.scanner import scan
from factcheck.cli.extract_cmd import claim_record


def _written(text: str) -> list[str]:
    return [text[f.start : f.end] for f in scan(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a standard named by its acronym and number (blind6, GOV.UK)
        (
            (
                "IFRS 16 provides a single lessee accounting model, requiring lessees to recognise assets and"
                " liabilities for all leases unless the lease term is 12 months or less."
            ),
            ["12 months"],
        ),
        ("The auditors apply IAS 10 and report within 30 days.", ["30 days"]),
        ("The ISAE 3402 report covered 14 controls.", ["14"]),
        # a title in quotes with the sentence's mark inside the closing quote (blind6, GOV.UK)
        (
            (
                "The adverts will run for six months on youth channels, starting tonight during programmes such as"
                " ‘Keeping up with the Kardashians’ and ‘8 Out of 10 Cats.’"
            ),
            ["six months"],
        ),
        ("They backed the ‘Norwich in 90,’ plan for 2 years.", ["2 years"]),
        # a rank (blind6, Congressional Record)
        (
            (
                "the wetlands serve as hurricane and storm surge protection for more than two million people living"
                " in the coastal zone, and as a buffer for the number one port system in the nation"
            ),
            ["more than two million"],
        ),
        ("He was the number two official at the agency.", []),
        # a military unit's designation (Congressional Record)
        ("Captain Lyng was promoted to Captain while deployed in Kuwait with the 1-1 ADA.", []),
        (
            "He served with the First Air Defense Artillery Regiment (1-1 ADA) also at Ft. Bliss for 3 years.",
            ["3 years"],
        ),
    ],
)
def test_codes_titles_and_ranks_are_no_figures(text: str, expected: list[str]) -> None:
    """An acronym's number, a quoted title's number and "number one" name something; they count nothing."""
    assert expected == _written(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the UK 500 people died last year.", ["500"]),  # an acronym, then a count of a plural noun
        ("They paid GBP 5 for it.", ["GBP 5"]),  # a currency's code
        ("Members kept to the NATO 2% target.", ["2%"]),  # a unit after the number
        ("ALL 50 STATES VOTED", ["50"]),  # a line in capitals
        ("The GDP 40 percent share held.", ["40 percent"]),
        ('He said it was "about 90 percent."', ["about 90 percent"]),  # a quotation, no title
        ("The number of cases rose to one hundred.", ["one hundred"]),  # "number" then no rank
        ("OVER 500 of the staff left.", ["OVER 500"]),  # a hedge in capitals
        ("It rose to JUST 5 in May.", ["5"]),
        ("It needs 2-3 NHS trusts.", ["2-3"]),  # a range before an acronym and a plural noun
        ("It cost 10-20 GBP each.", ["10-20 GBP"]),  # a range before a currency's code
    ],
)
def test_near_cases_stay_figures(text: str, expected: list[str]) -> None:
    """A currency's code, a unit, a plural noun after the number or a quotation in lower case keep the figure."""
    assert expected == _written(text)


def test_fiscal_year_after_its_acronym_keeps_the_period() -> None:
    """ "FY 2019 and" is no acronym's name that hides the year: the figures keep their periods."""
    records = [claim_record(c) for c in extract("Spending rose 5% in FY 2019 and fell in FY 2020 to 3%.")]
    assert [(r["text"], r["period"]) for r in records] == [("5%", "2019"), ("3%", "2020")]
