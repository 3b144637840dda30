"""Lexicons: word tables read from JSON once per language, with babel-style fallback."""

from __future__ import annotations

import json
import pickle
import threading
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING

import pytest

from factcheck import FactcheckError, LexiconError
from factcheck.errors import UnknownTableError
from factcheck.lexicons import LANGUAGES, Lexicon, _load, lexicon, read_folder, split_phrases

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


def test_phrases_are_split_into_words() -> None:
    """phrases() keeps the written order and phrase_set() makes a set; each phrase is a tuple of its words."""
    lex = Lexicon("xx", MappingProxyType({"leads": ("out of", "of", "out  of\tthe"), "n": (1,)}))
    split = (("out", "of"), ("of",), ("out", "of", "the"))
    assert (lex.phrases("leads"), lex.phrase_set("leads")) == (split, frozenset(split))
    with pytest.raises(LexiconError, match="is not a list of words"):
        lex.phrases("n")
    with pytest.raises(LexiconError, match="is not a list of words"):
        lex.phrase_set("n")


def test_split_phrases_of_a_table_looked_up_already() -> None:
    """split_phrases() splits phrases that are not a table by name (a language's own table, a mapping's keys)."""
    assert split_phrases(["per cent", " % "]) == (("per", "cent"), ("%",))


@pytest.mark.parametrize("bad", ["", "english!", "e", "de_DE_"])
def test_bad_language_tags(bad: str) -> None:
    """A string that is not a language tag is refused."""
    with pytest.raises(LexiconError, match="not a language or locale"):
        lexicon(bad)


def test_every_language_has_word_files() -> None:
    """en, de, fr and es each ship tables of their own."""
    assert all(lexicon(language).tables for language in LANGUAGES)


# Shapes, numbers, notes and errors of the loader ------------------------------------------------


def _write_in(root: Path, language: str, name: str, data: object) -> None:
    folder = root / language
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _chain(root: Path, *languages: str) -> Lexicon:
    """The lexicons of ``languages`` read from ``root``, each falling back to the one before."""
    lex: Lexicon | None = None
    for language in languages:
        lex = _load(root, language, lex)
    assert lex is not None
    return lex


def test_fallback_of_the_shipped_words() -> None:
    """en_GB has no files: it answers with English words, then with common's CLDR keys."""
    en_gb = lexicon("en_GB")
    assert (
        en_gb.languages,
        en_gb["written_hedges"] is lexicon("en")["written_hedges"],
        en_gb.string_map("cldr_units")["year"],
        en_gb.source("cldr_units"),
    ) == (("en_GB", "en", "common"), True, "duration-year", "common/wording.json")


def test_fallback_order(tmp_path: Path) -> None:
    """A table is taken whole from the first language on the path that has it."""
    _write_in(tmp_path, "common", "a.json", {"symbols": ["%"], "greeting": ["hello"]})
    _write_in(tmp_path, "en", "a.json", {"greeting": ["hi"], "scale": {"million": 6}})
    _write_in(tmp_path, "en_GB", "b.json", {"scale": {"lakh": 5}})
    lex = _chain(tmp_path, "common", "en", "en_GB")
    assert (lex.strings("symbols"), lex.strings("greeting"), dict(lex.int_map("scale")), lex.names()) == (
        ("%",),
        ("hi",),
        {"lakh": 5},
        frozenset({"symbols", "greeting", "scale"}),
    )


def test_a_language_without_files_is_its_parents_words() -> None:
    """Italian has no word files: its lexicon holds common's tables only."""
    it = lexicon("it")
    assert (it.languages, "cldr_units" in it, "written_hedges" in it) == (("it", "common"), True, False)


def test_lexicons_are_built_once() -> None:
    """Each language is read once and shared, also by threads that ask at the same time."""
    seen: list[Lexicon] = []
    threads = [threading.Thread(target=lambda: seen.append(lexicon("fr_CA"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = ({id(lexicon("fr_CA"))}, ("fr_CA", "fr", "common"))
    assert expected == ({id(lex) for lex in seen}, lexicon("fr_CA").languages)


def test_tables_are_immutable(tmp_path: Path) -> None:
    """Lists load as tuples and objects as read-only mappings, all the way down; a Lexicon takes no attributes."""
    _write_in(tmp_path, "en", "a.json", {"nested": {"forms": ["one", ["two", "three"]], "inner": {"k": "v"}}})
    lex = _chain(tmp_path, "en")
    table = lex.mapping("nested")
    forms, inner = table["forms"], table["inner"]
    assert (forms, type(forms), type(inner)) == (("one", ("two", "three")), tuple, MappingProxyType)
    with pytest.raises(TypeError):
        table["forms"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        inner["k"] = "w"
    with pytest.raises(AttributeError):
        lex.language = "de"  # type: ignore[misc]


def test_numbers_are_exact(tmp_path: Path) -> None:
    """A number with a fraction loads as Decimal, never float; decimal_map makes every number Decimal."""
    _write_in(tmp_path, "en", "a.json", {"values": {"half": 0.5, "dozen": 12, "tenth": 0.1}})
    lex = _chain(tmp_path, "en")
    assert (lex["values"], dict(lex.decimal_map("values"))) == (
        {"half": Decimal("0.5"), "dozen": 12, "tenth": Decimal("0.1")},
        {"half": Decimal("0.5"), "dozen": Decimal(12), "tenth": Decimal("0.1")},
    )


def test_about_says_what_a_table_holds(tmp_path: Path) -> None:
    """ "_about" gives each table one line; other "_" keys are ignored."""
    _write_in(tmp_path, "en", "a.json", {"_about": {"units": "What units are called."}, "_todo": "x", "units": ["km"]})
    lex = _chain(tmp_path, "en")
    assert (lex.names(), lex.about("units"), lex.source("units"), "_about" in lex) == (
        frozenset({"units"}),
        "What units are called.",
        "en/a.json",
        False,
    )


def test_unknown_table_error() -> None:
    """An unknown table raises UnknownTableError: a LexiconError and a KeyError naming the table and languages."""
    with pytest.raises(UnknownTableError) as caught:
        lexicon("de_AT")["no_such_table"]
    error = caught.value
    assert (
        isinstance(error, KeyError),
        isinstance(error, FactcheckError),
        error.table,
        error.languages,
        str(error),
    ) == (
        True,
        True,
        "no_such_table",
        ("de_AT", "de", "common"),
        "word table 'no_such_table': not in the lexicons of de_AT, de, common",
    )


def test_duplicate_key_in_one_object(tmp_path: Path) -> None:
    """A key twice in one JSON object is an error, not the last one silently winning."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.json").write_text('{"t": {"a": "1", "a": "2"}}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^lexicon file en/a\.json: key 'a' appears twice in one object$"):
        _load(tmp_path, "en", None)


def test_arrays_and_objects_are_frozen_all_the_way_down(tmp_path: Path) -> None:
    """Arrays in arrays are tuples, objects in arrays read-only mappings, numbers with a fraction Decimals."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.json").write_text('{"t": [["x", [1, 2.5]], {"k": ["y", {"z": null}]}], "u": true}', "utf-8")
    tables = _load(tmp_path, "en", None).tables
    inner = tables["t"][1]
    assert (tables["t"][0], type(inner), inner["k"][0], type(inner["k"][1]), dict(inner["k"][1]), tables["u"]) == (
        ("x", (1, Decimal("2.5"))),
        MappingProxyType,
        "y",
        MappingProxyType,
        {"z": None},
        True,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"t": NaN}', "NaN is not a number a word table may hold"),
        ('{"t": ', "not JSON: "),
        ('{"_about": {"t": 1}, "t": []}', '"_about" maps each table name'),
    ],
)
def test_malformed_files(tmp_path: Path, text: str, message: str) -> None:
    """A malformed word file raises LexiconError naming the file."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.json").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"^lexicon file en/a\.json: {message}"):
        _load(tmp_path, "en", None)


def test_typed_accessors_keep_their_own_views(tmp_path: Path) -> None:
    """One table read as a set and as a sequence gives each accessor its own type, every time."""
    _write_in(tmp_path, "en", "a.json", {"units": ["km", "mi", "km"]})
    lex = _chain(tmp_path, "en")
    first = (lex.words("units"), lex.strings("units"))
    assert (first, (lex.words("units"), lex.strings("units"))) == ((frozenset({"km", "mi"}), ("km", "mi", "km")),) * 2


def test_typed_accessors_name_the_file(tmp_path: Path) -> None:
    """Asking for a table as the wrong shape raises LexiconError naming the file and the shape."""
    _write_in(tmp_path, "en", "a.json", {"words": ["a", 1], "flags": {"on": True}})
    lex = _chain(tmp_path, "en")
    with pytest.raises(LexiconError, match=r"^word table 'words' of en/a\.json: is not a list of words$"):
        lex.words("words")
    with pytest.raises(LexiconError, match=r"^word table 'flags' of en/a\.json: is not a mapping of words to whole"):
        lex.int_map("flags")


def test_an_optional_table_is_empty_where_no_language_has_it(tmp_path: Path) -> None:
    """``optional=True`` gives a missing table as an empty one of its shape; a table present reads as ever."""
    _write_in(tmp_path, "en", "a.json", {"leads": ["aged"], "nouns": {"yea": "vote"}})
    lex = _chain(tmp_path, "en")
    missing = (
        lex.words("none", optional=True),
        lex.phrases("none", optional=True),
        dict(lex.string_map("none", optional=True)),
        dict(lex.decimal_map("none", optional=True)),
    )
    present = (lex.words("leads", optional=True), dict(lex.string_map("nouns", optional=True)))
    assert (missing, present) == ((frozenset(), (), {}, {}), (frozenset({"aged"}), {"yea": "vote"}))
    with pytest.raises(UnknownTableError):
        lex.words("none")  # asked for without ``optional`` after an optional miss: still unknown


def test_optional_tables_are_made_once(tmp_path: Path) -> None:
    """An optional table, missing or present, is made once and kept: asked again, it is the same object."""
    _write_in(tmp_path, "en", "a.json", {"leads": ["aged"]})
    lex = _chain(tmp_path, "en")
    firsts = (lex.words("none", optional=True), lex.phrases("none", optional=True), lex.words("leads", optional=True))
    again = (lex.words("none", optional=True), lex.phrases("none", optional=True), lex.words("leads", optional=True))
    assert [first is second for first, second in zip(firsts, again, strict=True)] == [True, True, True]
    assert lex.words("leads", optional=True) is lex.words("leads")  # present: one view, asked either way


@pytest.mark.parametrize("language", ["EN", "../en", "en_", "en_GB/../de"])
def test_language_is_never_a_path(language: str) -> None:
    """Capitals, separators at the end and paths are refused before any file is opened."""
    with pytest.raises(LexiconError, match="not a language or locale"):
        lexicon(language)


def test_errors_pickle() -> None:
    """The lexicon errors keep their fields through pickling."""
    errors = [UnknownTableError("t", ("en_GB", "en", "common")), LexiconError("lexicon file en/a.json", "bad")]
    copies = [pickle.loads(pickle.dumps(e)) for e in errors]  # noqa: S301  (our own bytes)
    assert [(type(e), str(e), e.args) for e in errors] == [(type(c), str(c), c.args) for c in copies]


def test_shipped_files_describe_their_tables() -> None:
    """Each shipped folder is common or a listed language, and each of its tables has one "_about" line."""
    root = resources.files("factcheck.lexicons")
    folders = sorted(entry.name for entry in root.iterdir() if entry.is_dir() and not entry.name.startswith("_"))
    problems = []
    for folder in folders:
        for entry in root.joinpath(folder).iterdir():
            data = json.loads(entry.read_text(encoding="utf-8"))
            tables = {name for name in data if not name.startswith("_")}
            about = set(data.get("_about", {}))
            if tables != about:
                problems.append((f"{folder}/{entry.name}", sorted(tables ^ about)))
    assert (folders, problems) == (sorted(("common", *LANGUAGES)), [])
