"""A before from the sentence ahead read as certain (``factcheck._extract.link.narrative``), in our own words.

"In <year> ... N ... . In <later year> the number <changed> to M": the link is certain, and a
wrong change an ERROR. A pronoun, a second figure ahead, a year not opening the sentence, or an
earlier after leave it a reading (a WARNING at most).
"""

from __future__ import annotations

import factcheck
from factcheck import Inferred
from tests.quiet import extract_quietly, flagged

STORY = "In 2021 the charity ran 40 food banks. In 2022 the number doubled to 80."


def test_the_number_in_the_next_year_after_one_figure_is_a_certain_link() -> None:
    (change,) = [c for c in extract_quietly(STORY) if isinstance(c, factcheck.ChangeClaim)]
    assert (change.before, change.after, change.inferred) == (
        factcheck.Amount.stated(40, "item"),
        factcheck.Amount.stated(80, "item"),
        (),
    )
    assert flagged(STORY) == []
    assert flagged(STORY.replace("to 80", "to 60")) == [("change-inconsistent", "error")]


def test_a_pronoun_or_a_year_not_opening_the_sentence_ahead_leaves_the_link_a_reading() -> None:
    pronoun = "In 2021 the charity ran 40 food banks. In 2022 they doubled to 60."
    late_year = "The charity ran 40 food banks in 2021. In 2022 the number doubled to 60."
    for text in (pronoun, late_year):
        assert flagged(text) == [("change-inconsistent", "warning")], text
    (change,) = [c for c in extract_quietly(late_year) if isinstance(c, factcheck.ChangeClaim)]
    assert change.inferred == (Inferred.LINK,)


def test_a_second_figure_ahead_an_earlier_after_or_another_thing_links_nothing() -> None:
    two_figures = "In 2021 the charity ran 40 food banks and 12 shelters. In 2022 the number doubled to 60."
    earlier = "In 2022 the charity ran 40 food banks. In 2021 the number doubled to 60."
    other_thing = "In 2021 the charity ran 40 food banks. In 2022 the number of shelters doubled to 60."
    for text in (two_figures, earlier, other_thing):
        assert flagged(text) == [], text
