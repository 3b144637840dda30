"""The scanner's quick tests at a word never change what it finds.

At a word that opens no hedge and no range, the scanner reads an operand only where one may
begin: a minus word, a number word, a vague amount or a currency (``_Scanner._operand_may_start``).
At "a" or "an", the English number words are read only before a word that may go on with a number
(``fractions.AFTER_ARTICLE``). The tests scan with the quick tests and with them always passing
(every word read in full), and compare the figures.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck._extract.scan import scanner
from factcheck._extract.scan.english import reader
from factcheck._extract.scan.locale_tables import tables
from factcheck._extract.scan.scanner import scan
from tests.real_news import documents

if TYPE_CHECKING:
    from factcheck._extract.scan.figure import Figure

_LOCALES = ("en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "es_ES")


def _both(monkeypatch: pytest.MonkeyPatch, text: str, locale: str) -> tuple[list[Figure], list[Figure]]:
    quick = scan(text, locale)
    with monkeypatch.context() as patched:
        patched.setattr(scanner._Scanner, "_operand_may_start", lambda _self, _i: True)
        patched.setattr(reader, "AFTER_ARTICLE", _Everything())
        full = scan(text, locale)
    return quick, full


def test_the_quick_test_rejects_hedge_words_and_currency_letters() -> None:
    """ "in", "as" and "I" begin no operand; "minus", "two", "US" (of "US$") and "GBP" may."""
    tabs = tables("en_GB")
    text = "in as I minus two US GBP dollar hundreds HK $"
    toks = scanner.tokenize(text, tabs.symbols)
    sc = scanner._Scanner(text, tabs, scanner.DEFAULT_POLICY)
    assert [(t.text, sc._operand_may_start(i)) for i, t in enumerate(toks) if t.kind == scanner.WORD] == [
        ("in", False),
        ("as", False),
        ("I", False),
        ("minus", True),
        ("two", True),
        ("US", True),
        ("GBP", True),
        ("dollar", True),
        ("hundreds", True),
        ("HK", True),
    ]


def test_every_starter_before_a_number_finds_the_same_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each word the scanner may start a figure at, before digits, number words and currencies."""
    for locale in ("en_GB", "en_US"):
        starters = sorted(tables(locale).starters)
        after = ("5", "5,294", "two", "a third", "$5", "£1m", "-3", "dozen", "hundred", "per cent")
        texts = [f"They said {word} {number} went." for word in starters for number in after]
        texts += [f"They said {word.upper()} {number} went." for word in starters for number in after[:3]]
        for text in texts:
            quick, full = _both(monkeypatch, text, locale)
            assert quick == full, text


class _Everything:
    """A set holding every word."""

    def __contains__(self, _word: object) -> bool:
        return True


def test_an_article_before_a_word_that_goes_on_with_no_number_begins_none() -> None:
    """ "a house" is no number; "a third", "a hundred", "a dozen", "a quarter of a million" are."""
    found = [
        (f.amount.value, f.start, f.end) for f in scan("a house, a third, a hundred, a dozen, a quarter of a million")
    ]
    assert found == [
        (Decimal("33.33333333333333333333333333333333"), 9, 16),
        (Decimal(100), 18, 27),
        (Decimal(12), 29, 36),
        (Decimal("2.5E+5"), 38, 60),
    ]


_PIECES = (
    "in", "as", "at", "I", "US", "us", "$", "US$", "HK", "c", "C", "inr", "INR", "GBP", "MUSD", "dollar",
    "dollars", "minus", "less", "more than", "around", "between", "and", "to", "from", "up", "five", "a",
    "third", "half", "hundreds of", "dozen", "2024", "5,294", "£1m", "¾", "3.5", "10%", "-", "m", "bn",
    "points", ".", ", ", "\n\n", "(", ")", "No", "in excess of", "as many as", "one in five", "per",
    "an", "house", "quarter", "of", "a million", "a hundred and twenty", "a-third", "A", "An",
)  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join), st.sampled_from(_LOCALES))
@example("in as I US$ 5 and HK $ 10.05bn, c $ 16.4m, inr 500", "en_GB")
@example("as many as 5 in excess of £3m, dollar 22.5 million, minus 4", "en_US")
def test_the_quick_test_changes_no_figure(text: str, locale: str) -> None:
    """Any text of these pieces: the same figures with the quick test as with every word read in full."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        quick, full = _both(monkeypatch, text, locale)
    assert quick == full


def test_the_quick_test_changes_no_figure_in_real_news(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fourth real news document: the same figures with and without the quick test."""
    for i, document in enumerate(documents()):
        if i % 4 == 1:
            quick, full = _both(monkeypatch, document.text, "en_GB")
            assert quick == full, document.id
