"""A share "of all" a whole stated earlier as a total (``factcheck._extract.link.whole_earlier``), in our own words.

The link crosses sentences, but the share names its whole and period and one figure only was stated as
their total: the words make the link, so a wrong share is an ERROR.
"""

from __future__ import annotations

from factcheck import Amount, Inferred, ShareClaim
from tests.quiet import extract_quietly, flagged

HOMES = (
    "A total of 4,200 new homes were completed in the county in 2023. Private builders completed "
    "3,150 new homes in 2023, representing 75% of all new homes completed in 2023."
)


def share(text: str) -> tuple[Amount | None, Amount | None, tuple[Inferred, ...]]:
    (found,) = [c for c in extract_quietly(text) if isinstance(c, ShareClaim)]
    return found.part, found.total, found.inferred


def test_a_share_of_all_takes_the_total_stated_earlier_as_a_certain_link() -> None:
    assert share(HOMES) == (Amount.stated(3150, "item"), Amount.stated(4200, "item"), ())
    assert flagged(HOMES) == []
    assert flagged(HOMES.replace("75%", "55%")) == [("share-inconsistent", "error")]


def test_a_total_of_another_period_or_not_stated_as_a_total_is_not_taken() -> None:
    other_year = HOMES.replace("in the county in 2023", "in the county in 2022")
    no_total = HOMES.replace("A total of 4,200 new homes were", "The county saw 4,200 new homes")
    for text in (other_year, no_total):
        assert share(text) == (None, None, ()), text
