"""The pre-scan skips sentences without a number, and never changes what the scanner finds."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck._extract.pipeline import _scan_paragraphs, prescan
from factcheck._extract.scan.locale_tables import tables
from factcheck._extract.scan.scanner import scan
from factcheck._extract.text.sentences import layout
from factcheck._extract.text.wordindex import WordIndex
from factcheck._precision import DEFAULT_POLICY
from tests.prescan_support import lexicon_phrases, triggered
from tests.real_news import documents

ENGLISH_LOCALES = ("en_GB", "en_US", "en_IN")
_FRAMES = ("Officials said {} were there.", "It was a {} of them.", "Prices rose by {} in the end.")


def test_a_sentence_without_a_number_is_not_scanned() -> None:
    """Only the sentences holding a digit or a number word are read, cut before a capital letter."""
    pre = prescan("en_GB")
    assert pre is not None
    text = "The minister spoke at length. Around 5,294 people came. Nobody was surprised. A third left early."
    lay = layout(text)
    found = pre.regions(text, 0, len(text), lay.sentence_starts, pre.places(WordIndex(text)))
    assert [text[a:b] for a, b in found] == ["Around 5,294 people came. ", "A third left early."]


def test_a_sentence_opening_without_a_capital_is_read_with_the_one_before() -> None:
    """ "section. 5 people": the scanner looks back across the full stop, so no cut falls there."""
    pre = prescan("en_GB")
    assert pre is not None
    text = "He cited the section. 5 people agreed."
    found = pre.regions(text, 0, len(text), layout(text).sentence_starts, pre.places(WordIndex(text)))
    assert found == [(0, len(text))]


def test_every_lexicon_word_that_makes_a_figure_is_a_trigger() -> None:
    """Any word or phrase of any English table that the scanner reads as a figure is seen by the pre-scan.

    A word added to the lexicon that can make a number ("a score of", "a brace") but is missing from
    the pre-scan makes this fail: the sentence holding it would be skipped. The scanner's starters
    count too ("hundred" is one, though no table holds it alone).
    """
    phrases = lexicon_phrases("en") | lexicon_phrases("common")
    for locale in ENGLISH_LOCALES:
        pre = prescan(locale)
        assert pre is not None
        missed = [
            text
            for phrase in sorted(phrases | tables(locale).starters)
            for text in (frame.format(phrase) for frame in _FRAMES)
            if scan(text, locale) and not triggered(pre, text)
        ]
        assert missed == []


def test_every_starter_of_the_scanner_before_a_number_word_is_covered() -> None:
    """Each word the scanner may start a figure at, before each number word, is in a triggered stretch."""
    pre = prescan("en_GB")
    assert pre is not None
    starters = sorted(tables("en_GB").starters)
    missed = [
        text
        for starter in starters
        for text in (f"They said {starter} {word} went." for word in ("dozen", "half", "third", "hundred"))
        if scan(text) and not triggered(pre, text)
    ]
    assert missed == []


def _both(text: str, locale: str = "en_GB") -> tuple[list[object], list[object]]:
    lay, tokens = layout(text), WordIndex(text)
    with_pre = _scan_paragraphs(text, lay, tokens, locale, DEFAULT_POLICY, prescan(locale))
    without = _scan_paragraphs(text, lay, tokens, locale, DEFAULT_POLICY, None)
    return with_pre, without


_PIECES = (
    "five", "Five", "a third", "half", "hundreds of", "dozen", "2024", "5,294", "£1m", "¾", "3.5", "10%",
    "more than", "around", "between", "and", "to", "from", "up", "points", "FTSE", "rose", "fell", "by",
    "the", "section", "No", "Mr.", ".", ". ", "! ", "? ", "; ", ", ", "\n", "\n\n", " ", "-", "–", '"', "(", ")",
    "People", "Prices", "It", "per cent", "m", "bn", "GBP", "dollars", "twenty-five", "first", "ones",
)  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=60).map(" ".join), st.sampled_from(ENGLISH_LOCALES))
@example("The index section. 5 rose by 3 points. FTSE fell 2 points to 7,245.", "en_GB")
@example("Mr. Five. Prices rose 10%. It fell. More than 20 and less than 30 came.", "en_GB")
def test_the_pre_scan_changes_no_figure(text: str, locale: str) -> None:
    """Scanning only the triggered stretches finds exactly the figures of scanning every paragraph."""
    with_pre, without = _both(text, locale)
    assert with_pre == without


def test_the_pre_scan_changes_no_figure_in_real_news() -> None:
    """Every fourth real news document: the same figures with and without the pre-scan."""
    for i, document in enumerate(documents()):
        if i % 4 == 0:
            with_pre, without = _both(document.text)
            assert with_pre == without, document.id
