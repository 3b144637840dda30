"""Text cut off anywhere: extraction never reads past the text's end, in any locale.

A random text rarely ends on the one word after which a reader looks one word further ("2 of":
the partitive reader asked for the word after "of"), so the hypothesis tests of
``test_extract_fuzz`` ran thousands of times without finding it. These tests go through the
places such a defect lives instead: every word and phrase of each language's lexicon (and every
word-prefix of a phrase) at the end of a text and at its start, beside a figure; and real
sentences from ``tests/data/real_news`` cut after each of their words.
"""

from __future__ import annotations

import functools
import re
import warnings
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import FactcheckWarning
from factcheck._extract.text.wordindex import Word, WordIndex
from factcheck.lexicons import lexicon
from tests.real_news import CORPORA, documents

if TYPE_CHECKING:
    from collections.abc import Iterator

LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES"}
_DIGIT = re.compile(r"\d")


def _extract_and_check(text: str, locale: str) -> list[tuple[str, str]]:
    """``check(extract(text))`` with factcheck's warnings silenced: each claim's kind and span text.

    Every claim's span is the text at its offsets (checked here, so that the sweeps assert it).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        claims = factcheck.extract(text, locale)
        factcheck.check(claims, locale=locale)
    spans = [c.span for c in claims if c.span is not None]
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    return [(c.kind, s.text) for c, s in zip(claims, spans, strict=True)]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "items"):
        for key, item in value.items():
            yield key
            yield from _strings(item)


@functools.cache
def _lexicon_phrases(language: str) -> tuple[str, ...]:
    """Every word and phrase of the language's lexicon chain (its own, then common), and each phrase's word-prefixes."""
    found: set[str] = set()
    for lex in lexicon(language).chain():
        for name, table in lex.tables.items():
            if name.startswith("_"):
                continue
            for string in _strings(table):
                words = string.split()
                if "{" in string or not words or len(string) > 40:  # a wording template or a note
                    continue
                found.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return tuple(sorted(found))


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2 of", "en_GB", []),
        ("15 of", "en_US", []),
        ("In 2010, only 4 of", "en_GB", []),
        ("Tax reforms took millions of", "en_GB", [("number", "millions")]),
        ("Prices rose 5% and 2 of", "en_GB", [("relative_change", "5%"), ("number", "2")]),
        ("for more than 15\u00a0of", "en_GB", []),
    ],
)
def test_a_text_cut_after_a_word_the_reader_looks_past(text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    """A text ending where a reader looks a word further ("2 of": the word after "of") has none (was IndexError)."""
    assert expected == _extract_and_check(text, locale)


def test_the_word_index_outside_the_text_is_an_empty_word_at_its_edge() -> None:
    """``WordIndex``: a word before the first or past the last is empty, at the edge; gaps there run to the edge."""
    words = WordIndex(" 2 of ")
    assert [Word(1, 2, "2", "2"), Word(3, 5, "of", "of")] == [words[0], words[1]]
    assert (Word(6, 6, "", ""), Word(6, 6, "", ""), Word(0, 0, "", "")) == (words[2], words[5], words[-1])
    gaps = (" ", " ", "")
    assert gaps == (words.gap(1, 2), words.gap(-1, 0), words.gap(2, 3))


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_lexicon_phrase_beside_a_figure_at_either_end(language: str) -> None:
    """Each lexicon word or phrase (or its first words) ending a text after a figure, or opening one before it."""
    locale = LOCALES[language]
    for phrase in _lexicon_phrases(language):
        for text in (f"2 {phrase}", f"{phrase} 2", phrase):
            _extract_and_check(text, locale)  # raises on a defect; what it reads is any reading


_FIGURES = st.sampled_from(["2", "15", "1,234", "2.5", "3,5", "£5", "40%", "2024", "-3", "½", "one", "zwei", "dos"])
_GLUE = st.sampled_from(["", " ", " ", " ", "\u00a0", "-", ", ", ". ", "\n"])


@st.composite
def _lexicon_texts(draw: st.DrawFn) -> tuple[str, str]:
    """A locale and a short text of figures and its language's lexicon phrases, glued by spaces or marks."""
    language = draw(st.sampled_from(sorted(LOCALES)))
    pieces = st.one_of(_FIGURES, st.sampled_from(_lexicon_phrases(language)))
    parts = draw(st.lists(st.tuples(pieces, _GLUE), max_size=8))
    return "".join(piece + glue for piece, glue in parts).rstrip(" "), LOCALES[language]


@given(_lexicon_texts())
def test_figures_among_lexicon_phrases(case: tuple[str, str]) -> None:
    """Figures among a language's lexicon phrases, in any order and ending anywhere, never raise; spans hold."""
    _extract_and_check(*case)


@functools.cache
def _news_cuts() -> tuple[str, ...]:
    """GOV.UK sentences from ``tests/data/real_news`` cut one or two words after a figure.

    Each cut keeps the five words before its last: the reader looks past a figure, never far
    back, and short texts keep the sweep of the whole corpus to a few seconds.
    """
    cuts = []
    for document in documents(CORPORA[:1]):
        for line in document.text.split("\n"):
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                words = list(re.finditer(r"\S+", sentence))
                ends = sorted({k for i, w in enumerate(words) if _DIGIT.search(w.group()) for k in (i + 1, i + 2)})
                cuts += [sentence[words[max(0, k - 5)].start() : words[k].end()] for k in ends if k < len(words)]
    return tuple(cuts)


def test_real_sentences_cut_after_each_figure() -> None:
    """Real news cut a word or two after a figure (mid-range, mid-hedge, "only 4 of") never raises."""
    cuts = _news_cuts()
    assert len(cuts) == 18256  # the corpus's cuts, not none
    for text in cuts:
        _extract_and_check(text, "en_GB")
