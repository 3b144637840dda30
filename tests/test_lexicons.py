"""Lexicons: word tables read from JSON once per language, with babel-style fallback."""

from __future__ import annotations

import json
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

from factcheck import LexiconError
from factcheck.lexicons import LANGUAGES, Lexicon, lexicon, read_folder

if TYPE_CHECKING:
    from pathlib import Path


def _write(folder: Path, name: str, tables: dict[str, object]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(tables), encoding="utf-8")


def test_tables_are_frozen(tmp_path: Path) -> None:
    """Arrays come back as tuples and objects as read-only mappings, all the way down."""
    _write(tmp_path, "a.json", {"hedges": {"around": ["about", "roughly"]}, "stop": ["the", "a"]})
    tables = read_folder(tmp_path, "xx")
    assert tables == {"hedges": MappingProxyType({"around": ("about", "roughly")}), "stop": ("the", "a")}
    with pytest.raises(TypeError):
        tables["hedges"]["around"] = ()  # type: ignore[index]


def test_notes_are_not_tables(tmp_path: Path) -> None:
    """Keys that start with an underscore are notes for people."""
    _write(tmp_path, "a.json", {"_about": {"stop": "words that end a subject"}, "stop": ["the"]})
    assert read_folder(tmp_path, "xx") == {"stop": ("the",)}


def test_a_table_defined_twice_is_an_error(tmp_path: Path) -> None:
    """Two files of one language may not both define a table."""
    _write(tmp_path, "a.json", {"stop": ["the"]})
    _write(tmp_path, "b.json", {"stop": ["a"]})
    with pytest.raises(LexiconError, match=r"word table 'stop' of xx: defined in both a.json and b.json"):
        read_folder(tmp_path, "xx")


def test_a_file_must_hold_an_object(tmp_path: Path) -> None:
    """A file holding a list is refused with its name."""
    (tmp_path / "a.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"lexicon file xx/a.json: must hold a JSON object"):
        read_folder(tmp_path, "xx")


def test_fallback_goes_through_the_language_to_common() -> None:
    """en_GB falls back to en, then to common; de-DE is read as de_DE."""
    assert [lex.language for lex in lexicon("en_GB").chain()] == ["en_GB", "en", "common"]
    assert [lex.language for lex in lexicon("de-DE").chain()] == ["de_DE", "de", "common"]
    assert lexicon("en_GB") is lexicon("en_GB")


def test_lookup_uses_the_nearest_table() -> None:
    """A table is taken from the most specific lexicon that has it."""
    common = Lexicon("common", MappingProxyType({"x": ("root",), "y": ("root",)}))
    en = Lexicon("en", MappingProxyType({"x": ("en",)}), common)
    en_gb = Lexicon("en_GB", MappingProxyType({}), en)
    assert (en_gb["x"], en_gb["y"], "x" in en_gb, "z" in en_gb) == (("en",), ("root",), True, False)
    assert (en_gb.own("x"), en.own("x")) == (None, ("en",))


def test_unknown_table_names_the_languages_searched() -> None:
    """An unknown table raises LexiconError (a LookupError) naming where it looked."""
    with pytest.raises(LookupError, match=r"word table 'no such table': not in the lexicons of en_GB, en, common"):
        lexicon("en_GB")["no such table"]


def test_typed_accessors_check_shapes() -> None:
    """words() wants a list of strings and mapping() an object."""
    lex = Lexicon("xx", MappingProxyType({"w": ("a", "b"), "m": MappingProxyType({"a": 1}), "n": (1, 2)}))
    assert (lex.words("w"), lex.strings("w"), dict(lex.mapping("m"))) == (frozenset({"a", "b"}), ("a", "b"), {"a": 1})
    with pytest.raises(LexiconError, match="is not a list of words"):
        lex.words("n")
    with pytest.raises(LexiconError, match="is not a mapping"):
        lex.mapping("w")


@pytest.mark.parametrize("bad", ["", "english!", "e", "de_DE_"])
def test_bad_language_tags(bad: str) -> None:
    """A string that is not a language tag is refused."""
    with pytest.raises(LexiconError, match="not a language or locale"):
        lexicon(bad)


def test_every_language_has_word_files() -> None:
    """en, de, fr and es each ship tables of their own."""
    assert all(lexicon(language).tables for language in LANGUAGES)
