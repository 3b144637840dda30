"""The scanner's and the text stage's word tables, read from the lexicons."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources

import pytest

from factcheck._extract.scan.english.reader import ENGLISH_WORDS
from factcheck._extract.scan.generic.reader import GENERIC_WORDS
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES, generic_tables
from factcheck._extract.scan.locale_tables import tables
from factcheck._extract.text.vocabulary import every_language, own_or_english
from factcheck.lexicons import LANGUAGES

_FILES = ("numbers.json", "hedges.json", "text.json")


@pytest.mark.parametrize("language", ["common", *LANGUAGES])
def test_every_table_says_what_it_holds(language: str) -> None:
    """Each table of the number, hedge and text files has its line in ``_about``."""
    folder = resources.files("factcheck.lexicons").joinpath(language)
    for name in _FILES:
        entry = folder.joinpath(name)
        if not entry.is_file():
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        tables = {key for key in data if not key.startswith("_")}
        assert tables == set(data.get("_about", {})), f"{language}/{name}"


def test_every_language_joins_the_languages_tables() -> None:
    """A table read in any text is every language's words together."""
    assert every_language("minus_words") == {"minus", "negative", "moins", "menos"}


def test_a_language_without_a_table_reads_the_english_one() -> None:
    """Italian has no range words of its own: the English ones stand in."""
    assert own_or_english("it", "range_to") == own_or_english("en", "range_to") == ("to", "through", "thru")


def test_generic_tables_have_the_same_names_in_each_language() -> None:
    """German, French and Spanish each have their zero, numerators and fraction phrases."""
    assert [generic_tables(lang).zero_word for lang in GENERIC_LANGUAGES] == ["null", "zéro", "cero"]
    assert [len(generic_tables(lang).small_numerators) for lang in GENERIC_LANGUAGES] == [9, 9, 9]
    assert all(generic_tables(lang).fraction_phrases for lang in GENERIC_LANGUAGES)
    assert not generic_tables("en").fraction_phrases


def test_each_locale_has_one_number_word_reader() -> None:
    """English is read by the English grammar, every other language by the generic reader."""
    assert tables("en_GB").words is ENGLISH_WORDS
    assert tables("en_US").words is ENGLISH_WORDS
    assert [tables(locale).words for locale in ("de_DE", "fr_FR", "es_ES", "it_IT")] == [GENERIC_WORDS] * 4


def test_english_month_names_do_not_follow_the_process_locale() -> None:
    """Month names come from babel, not from ``calendar``, whose names follow ``locale.setlocale``."""
    probe = (
        "import calendar\n"
        "calendar.month_name = ['', 'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',"
        " 'September', 'Oktober', 'November', 'Dezember']\n"
        "from factcheck._extract.text.periods import months\n"
        "names = months('en_GB')\n"
        "print(names['march'], names['may'], names['sept'], 'märz' in names)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.split() == ["3", "5", "9", "False"]
