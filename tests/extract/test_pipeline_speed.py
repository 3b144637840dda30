"""Speed changes that read exactly as before: the web address, cell mark and word expressions, the index's cache."""

from __future__ import annotations

import bisect
import re

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck._extract import extract
from factcheck._extract.pipeline import _LINK
from factcheck._extract.read.claim_builder import _CELL
from factcheck._extract.text.wordindex import _SPLIT, WordIndex

_CASE_BLIND_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
"""The web address expression as it was written before its first letter became a set."""
_SPACED_CELL = re.compile(r" \| |\t")
"""The cell mark expression as it was written before the bar was matched alone."""
_GREEDY_WORDS = re.compile(r"([^\W_]+(?:['\u2019][^\W_]+)*)")
"""The word index's expression as it was written before its quantifiers became possessive."""


@given(st.text(alphabet=st.sampled_from("hHtTpPsSſwW:/. |\t<x5"), max_size=40))
def test_web_address_expression_finds_what_the_case_blind_one_did(text: str) -> None:
    """Case and the long s ("ſ", which is "s" ignoring case) as before; every span the same."""
    assert [m.span() for m in _CASE_BLIND_LINK.finditer(text)] == [m.span() for m in _LINK.finditer(text)]


def test_web_addresses_in_any_case_hold_no_figures() -> None:
    """An address in capitals is an address ("HTTPS://", "WWW."): its digits are no figures; the figure after it is."""
    text = "See HTTPS://Example.org/2024 and WWW.example.org/305 for the 95% of it."
    assert [c.span.text for c in extract(text) if c.span is not None] == ["95%"]


def test_a_word_ending_in_h_or_w_before_an_address_is_no_part_of_it() -> None:
    """ "ahttp://" and "awww." hold an address from the h or the first w, as before: "a" stays out."""
    text = "ahttp://x.org/7 awww.y.org/8"
    assert [m.group() for m in _CASE_BLIND_LINK.finditer(text)] == [m.group() for m in _LINK.finditer(text)]
    assert [m.group() for m in _LINK.finditer(text)] == ["http://x.org/7", "www.y.org/8"]


@given(st.text(alphabet=st.sampled_from(" |\t\na"), max_size=30))
@example(" | | ")  # two bars sharing a space: the old expression matched once, the new one twice; same line
def test_cell_marks_are_found_where_they_were(text: str) -> None:
    """The same lines hold a cell mark: a tab, or a bar with a space on each side (the match starts at the bar).

    Every such bar is a mark, two bars of an empty cell too (" | | ": the space between is each
    one's), where the old expression consumed the shared space and found only the first: a line
    holds a mark under both expressions alike.
    """
    before = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(text)]
    now = [(m.start(), m.end()) for m in _CELL.finditer(text)]
    marks = [(k, k + 1) for k, c in enumerate(text) if c == "\t" or (c == "|" and text[k - 1 : k + 2] == " | ")]
    assert now == marks
    assert {(a + (text[a] == " "), b - (text[a] == " ")) for a, b in before} <= set(now)
    for line in text.split("\n"):
        assert bool(_SPACED_CELL.search(line)) == bool(_CELL.search(line))


def test_a_mark_is_found_at_its_bar() -> None:
    """The match is the bar (or the tab), not the spaces around it, and bars that share a space are two marks."""
    assert [m.span() for m in _CELL.finditer("a | b | | c\td")] == [(2, 3), (6, 7), (8, 9), (11, 12)]


def test_a_bar_without_spaces_is_no_cell_mark() -> None:
    """ "a|b" and "a |b" join no cells; "a | b" and a tab do."""
    assert [m.group() for m in _CELL.finditer("a|b a |b a| b a | b\tc")] == ["|", "\t"]


@given(st.lists(st.integers(min_value=-3, max_value=40), max_size=30))
def test_first_word_at_or_after_is_the_bisection_asked_again(positions: list[int]) -> None:
    """Each position, asked once or again, gives the first word starting there or after it."""
    index = WordIndex("In 2023, 5,294 people left; 95% of them returned.")
    for position in positions + positions:
        assert bisect.bisect_left(index.starts, position) == index.first_at_or_after(position)


@given(st.text(alphabet=st.sampled_from("ab5_'\u2019 -.\u00a0\u00bd\u0301\u03a3\n"), max_size=40))
@example("Britain's 2'' o'clock ’90s rock'n'roll ab_'c")
def test_possessive_word_expression_splits_as_the_greedy_one(text: str) -> None:
    """Words, apostrophes inside and out, underscores, marks and fraction characters: the same gaps and words."""
    assert _GREEDY_WORDS.split(text) == _SPLIT.split(text)
