"""Listed shares that answer one question (``factcheck._extract.link.answers``), in our own words.

Opposite answers to one question, and a share that gives no answer, split their whole: past 100%
is an ERROR. Shares with predicates of their own that are not opposite answers may answer
different questions and overlap: a WARNING.
"""

from __future__ import annotations

import factcheck
from tests.quiet import extract_quietly, flagged


def explicit(text: str) -> list[tuple[str, bool]]:
    """Each share's text and whether it was read as one list's member (``explicit_link``)."""
    claims = extract_quietly(text)
    return [(c.span.text if c.span else "", c.explicit_link) for c in claims if isinstance(c, factcheck.ShareClaim)]


MENU = "Asked about the new menu, 58% of diners said it was better, 34% said it was worse and 8% had no view."


def test_opposite_answers_and_no_answer_are_one_split_of_their_whole() -> None:
    assert explicit(MENU) == [("58%", True), ("34%", True), ("8%", True)]
    assert flagged(MENU) == []
    assert flagged(MENU.replace("34%", "48%")) == [("shares-exceed-whole", "error")]


def test_a_vote_with_yes_no_and_did_not_know() -> None:
    text = "In the ballot, 47% of members voted yes, 44% voted no and 9% did not know."
    assert flagged(text) == []
    assert flagged(text.replace("44%", "66%")) == [("shares-exceed-whole", "error")]


def test_predicates_that_are_not_opposite_answers_stay_a_warning() -> None:
    own = "64% of households own a car and 72% own a bicycle."
    assert explicit(own) == [("64%", False), ("72%", False)]
    assert flagged(own) == [("shares-exceed-whole", "warning")]
    other_question = "70% of staff said pay was better and 45% said hours were worse."
    assert flagged(other_question) == [("shares-exceed-whole", "warning")]
