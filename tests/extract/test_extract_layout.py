"""Sentences, clauses and paragraphs, and the word index the sentence reader uses."""

from __future__ import annotations

import bisect
import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import Period, extract
from factcheck._extract.text.bisection import Bisection
from factcheck._extract.text.periods import Dated, find_periods
from factcheck._extract.text.sentences import layout
from factcheck._extract.text.wordindex import _WORD, WordIndex


def _sentences(text: str) -> list[str]:
    starts = layout(text).sentence_starts
    ends = [*starts[1:], len(text)]
    return [text[s:e].strip() for s, e in zip(starts, ends, strict=True)]


def test_sentences_split_at_full_stops() -> None:
    """A full stop then a capital starts a new sentence."""
    expected = ["Prices rose by 5%.", "Wages did not."]
    assert expected == _sentences("Prices rose by 5%. Wages did not.")


def test_decimal_points_and_abbreviations_do_not_split() -> None:
    """ "1.5", "Mr." and "No." do not end a sentence."""
    text = "Mr. Patel said 1.5m people saw No. 10 staff. Then he left."
    expected = ["Mr. Patel said 1.5m people saw No. 10 staff.", "Then he left."]
    assert expected == _sentences(text)


def test_blank_line_ends_a_paragraph_and_a_sentence() -> None:
    """A blank line starts a paragraph even without a full stop."""
    lay = layout("A headline with 5 words\n\nThe body starts here.")
    expected = ((0, 25), (0, 25))
    assert expected == (lay.sentence_starts, lay.paragraph_starts)


def test_full_stop_at_the_end_of_a_line_ends_the_sentence() -> None:
    """One paragraph per line, as pasted articles come: a line's final full stop ends its sentence."""
    expected = (0, 16, 32, 43)
    assert expected == layout("Prices rose 5%.\nWages fell 2%.\n\nRents did.\nBut").sentence_starts


def test_a_year_does_not_leak_into_the_line_before() -> None:
    """A year in the next line's sentence is not the period of a figure in this line."""
    text = "A fund of £2m was set up for the port.\nIn 2024, 300 people were moved."
    expected = [None, Period.year(2024)]
    assert expected == [claim.period for claim in extract(text)]


def test_clauses_split_at_commas_followed_by_space_only() -> None:
    """The comma inside "8,000" is not a clause boundary; ", a drop" is."""
    text = "It fell from 8,000 to 390, a drop of 95%; nobody noticed."
    expected = (0, 26, 41)
    assert expected == layout(text).clause_starts


def test_question_and_exclamation_marks_end_sentences() -> None:
    """'?' and '!' end sentences too, with closing quotes kept."""
    expected = ["Who paid?", '"Not us!"', "They said so."]
    assert expected == _sentences('Who paid? "Not us!" They said so.')


@given(st.text(alphabet=st.sampled_from("Ab5. ,;\n"), max_size=80), st.lists(st.integers(-2, 90), max_size=30))
def test_remembered_sentence_and_clause_numbers_are_the_bisections(text: str, positions: list[int]) -> None:
    """``sentence_index`` and ``clause_index`` remember their answers: asked again, they give the same."""
    lay = layout(text)
    for position in positions + positions:
        assert lay.sentence_index(position) == bisect.bisect_right(lay.sentence_starts, position) - 1
        assert lay.clause_index(position) == bisect.bisect_right(lay.clause_starts, position) - 1
    assert lay == layout(text)  # what it remembers is no part of the layout's value


@given(
    st.lists(st.integers(-5, 60), max_size=20).map(sorted),
    st.lists(st.integers(-10, 70), max_size=30),
    st.booleans(),
)
def test_a_bisection_answers_as_bisect_does(offsets: list[int], positions: list[int], right: bool) -> None:
    """``Bisection`` gives bisect_left's answer (bisect_right's with ``right``), asked once or again."""
    plain = bisect.bisect_right if right else bisect.bisect_left
    remembered = Bisection(tuple(offsets), right=right)
    answers = [remembered[position] for position in positions + positions]
    assert [plain(offsets, position) for position in positions + positions] == answers
    assert dict(remembered) == {position: plain(offsets, position) for position in positions}


def test_empty_text_is_one_empty_sentence() -> None:
    """The empty text has one sentence starting at 0."""
    expected = (0,)
    assert expected == layout("").sentence_starts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Arrivals fell in 2023.", [Period.year(2023)]),
        ("between 2021 and 2023", [Period.years(2021, 2023)]),
        ("from 2019 to 2022", [Period.years(2019, 2022)]),
        ("the 2010-2015 parliament", [Period.years(2010, 2015)]),
        ("on 5 May 2024", [Period.day(dt.date(2024, 5, 5))]),
        ("on May 5, 2024", [Period.day(dt.date(2024, 5, 5))]),
        ("in March 2024", [Period(dt.date(2024, 3, 1), dt.date(2024, 3, 31))]),
        ("in the year to March 2024", [Period(dt.date(2023, 4, 1), dt.date(2024, 3, 31))]),
        ("in 2023/24", [Period(dt.date(2023, 4, 1), dt.date(2024, 3, 31))]),
        ("in 2021 and in 2023", [Period.year(2021), Period.year(2023)]),
    ],
)
def test_periods(text: str, expected: list[Period]) -> None:
    """Years, dates, spans of years and financial years are read as periods."""
    assert expected == [d.period for d in find_periods(WordIndex(text), "en_GB")]


@pytest.mark.parametrize("text", ["2024 people voted", "it cost £2024", "a total of 2,024", "1850 and 2150", "12.2024"])
def test_not_periods(text: str) -> None:
    """Counts, money, grouped numbers and numbers outside 1900-2100 are not years."""
    expected: list[Dated] = []
    assert expected == find_periods(WordIndex(text), "en_GB")


def test_a_year_before_a_count_noun_after_in_is_still_a_year() -> None:
    """ "in 2024 people voted": "in" introduces a time, so 2024 is a year."""
    assert [Dated(3, 7, Period.year(2024))] == find_periods(WordIndex("in 2024 people voted"), "en_GB")


def test_financial_year_outside_britain_spans_two_calendar_years() -> None:
    """en_US reads "2023/24" as the calendar years 2023-2024."""
    assert [Period.years(2023, 2024)] == [d.period for d in find_periods(WordIndex("in 2023/24"), "en_US")]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("am 5. Mai 2024 kamen", "de_DE"),
        ("el 5 de mayo de 2024", "es_ES"),
        ("le 5 mai 2024", "fr_FR"),
        ("the 5th of May 2024", "en_GB"),
    ],
)
def test_dates_in_each_language(text: str, locale: str) -> None:
    """A day, a month in the locale's language and a year make one day's period."""
    expected = [Period.day(dt.date(2024, 5, 5))]
    assert expected == [d.period for d in find_periods(WordIndex(text), locale)]


@pytest.mark.parametrize("text", ["on 1 May that year", "due Nov. 6 to holders", "el 3 de marzo llegaron"])
def test_days_without_a_year_are_dates_without_a_period(text: str) -> None:
    """ "1 May" is a date (so not a claim) but gives no period."""
    expected = [None]
    assert expected == [d.period for d in find_periods(WordIndex(text), "es_ES" if "marzo" in text else "en_GB")]


def test_lower_case_may_is_a_verb() -> None:
    """ "5 may fall" is not a date."""
    expected: list[Dated] = []
    assert expected == find_periods(WordIndex("Some 5 may fall ill."), "en_GB")


@given(st.text(alphabet=st.sampled_from("ΟΔΣσςİIıẞßǅﬁ'’ -.\x00aZ59"), max_size=40) | st.text(max_size=60))
@example("ΟΔΟΣ ΟΔΟΣ'Σ İstanbul ǅ")
def test_word_index_reads_each_word_and_its_lower_case(text: str) -> None:
    """The word index holds each word's offsets, text and lower-case form, as ``str.lower`` gives it alone."""
    found = [(m.start(), m.end(), m.group(), m.group().lower()) for m in _WORD.finditer(text)]
    index = WordIndex(text)
    assert list(zip(index.starts, index.ends, index.texts, index.lowers, strict=True)) == found


def test_a_heading_number_is_found_at_a_line_start_after_white_space_only() -> None:
    """ "1.2 People" opening a line (after spaces) names a paragraph; after other words it is a figure."""
    text = "Intro line\n  1.2 People in work\nThe rate was 1.2 Million in all"
    assert [c.span.text for c in extract(text) if c.span is not None] == ["1.2 Million"]


def test_a_joined_run_has_no_mark_between_its_words() -> None:
    """``WordIndex.joined_run``: spaces and hyphens join words; a comma or a full stop breaks the run."""
    words = WordIndex("the two-day sale, then 5 more. Next")
    assert words.joined_run(0, 3)  # "the two-day sale"
    assert not words.joined_run(2, 4)  # "sale, then"
    assert not words.joined_run(5, 7)  # "more. Next"
    assert words.joined_run(4, 4)  # a single word
