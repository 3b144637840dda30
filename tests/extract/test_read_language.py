"""The language readers: one protocol, English and the generic reader configured by its lexicon."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from factcheck._amount import Amount
from factcheck._extract.read.english.reader import EnglishReader
from factcheck._extract.read.generic.reader import GenericReader
from factcheck._extract.read.language import LanguageReader, language_reader
from factcheck._extract.text.wordindex import WordIndex

GENERIC = ("de", "fr", "es")


def _table_names(language: str, topic: str) -> set[str]:
    text = resources.files("factcheck.lexicons").joinpath(language, f"{topic}.json").read_text(encoding="utf-8")
    return {name for name in json.loads(text) if not name.startswith("_")}


@pytest.mark.parametrize("topic", ["clauses", "links"])
def test_generic_languages_have_the_same_tables(topic: str) -> None:
    """German, French and Spanish define the same clause and link tables, so the code asks by name."""
    expected = _table_names("de", topic)
    assert [expected, expected] == [_table_names("fr", topic), _table_names("es", topic)]


def test_every_table_has_a_note() -> None:
    """Every clause and link table says what it holds in the file's _about notes."""
    for language in ("en", *GENERIC):
        for topic in ("clauses", "links"):
            text = resources.files("factcheck.lexicons").joinpath(language, f"{topic}.json").read_text(encoding="utf-8")
            data = json.loads(text)
            assert set() == _table_names(language, topic) - set(data["_about"]), (language, topic)


def test_a_reader_per_language() -> None:
    """English has its own reader; German, French, Spanish and any other language the generic one."""
    readers = [type(language_reader(lang)) for lang in ("en", *GENERIC, "ja")]
    assert [EnglishReader, GenericReader, GenericReader, GenericReader, GenericReader] == readers


def test_from_to_words_come_from_the_lexicon() -> None:
    """ "from X to Y" in each language; a language without tables borrows the English words."""
    words = {lang: (language_reader(lang).from_words, language_reader(lang).to_words) for lang in ("en", "de", "ja")}
    expected = {
        "en": (frozenset({"from"}), frozenset({"to"})),
        "de": (frozenset({"von"}), frozenset({"auf"})),
        "ja": (frozenset({"from"}), frozenset({"to"})),
    }
    assert expected == words


@pytest.mark.parametrize(("language", "text"), [("en", "over the whole year"), ("fr", "sur l'année")])
def test_one_period_after_an_over_word(language: str, text: str) -> None:
    """Each reader reads one unit of time after its own over-word."""
    tokens = WordIndex(text)
    reader: LanguageReader = language_reader(language)
    assert tokens.lower(0) in reader.over_words
    assert Amount.exact(1, "year") == reader.one_period(tokens, 1, len(tokens))
