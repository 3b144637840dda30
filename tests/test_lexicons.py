"""The lexicons: word files per language, merged, immutable, cached, with babel-style fallback."""

from __future__ import annotations

import json
import pickle
import threading
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING

import pytest

from factcheck.errors import FactcheckError, LexiconError, UnknownTableError, ValidationError
from factcheck.lexicons import LANGUAGES, Lexicon, _load, lexicon

if TYPE_CHECKING:
    from pathlib import Path


def _write(root: Path, language: str, name: str, data: object) -> None:
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
    _write(tmp_path, "common", "a.json", {"symbols": ["%"], "greeting": ["hello"]})
    _write(tmp_path, "en", "a.json", {"greeting": ["hi"], "scale": {"million": 6}})
    _write(tmp_path, "en_GB", "b.json", {"scale": {"lakh": 5}})
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
    _write(tmp_path, "en", "a.json", {"nested": {"forms": ["one", ["two", "three"]], "inner": {"k": "v"}}})
    lex = _chain(tmp_path, "en")
    table = lex.mapping("nested")
    forms, inner = table["forms"], table["inner"]
    assert (forms, type(forms), type(inner).__name__) == (("one", ("two", "three")), tuple, "mappingproxy")
    with pytest.raises(TypeError):
        table["forms"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        inner["k"] = "w"  # type: ignore[index]
    with pytest.raises(AttributeError, match="immutable"):
        lex.language = "de"  # type: ignore[misc]


def test_numbers_are_exact(tmp_path: Path) -> None:
    """A number with a fraction loads as Decimal, never float; decimal_map makes every number Decimal."""
    _write(tmp_path, "en", "a.json", {"values": {"half": 0.5, "dozen": 12, "tenth": 0.1}})
    lex = _chain(tmp_path, "en")
    assert (lex["values"], dict(lex.decimal_map("values"))) == (
        {"half": Decimal("0.5"), "dozen": 12, "tenth": Decimal("0.1")},
        {"half": Decimal("0.5"), "dozen": Decimal(12), "tenth": Decimal("0.1")},
    )


def test_notes_are_not_tables(tmp_path: Path) -> None:
    """Keys starting with "_" are notes; "_about" says what each table holds."""
    _write(tmp_path, "en", "a.json", {"_about": {"units": "What units are called."}, "_todo": "x", "units": ["km"]})
    lex = _chain(tmp_path, "en")
    assert (lex.names(), lex.about("units"), "_about" in lex, lex.words("units")) == (
        frozenset({"units"}),
        "What units are called.",
        False,
        frozenset({"km"}),
    )


def test_unknown_table() -> None:
    """An unknown table raises UnknownTableError, a KeyError and a FactcheckError naming the languages searched."""
    with pytest.raises(UnknownTableError) as caught:
        lexicon("de_AT")["no_such_table"]
    error = caught.value
    assert (
        isinstance(error, KeyError),
        isinstance(error, LookupError),
        isinstance(error, FactcheckError),
        error.table,
        error.languages,
        str(error),
    ) == (
        True,
        True,
        True,
        "no_such_table",
        ("de_AT", "de", "common"),
        (
            "no word table 'no_such_table' in the lexicons of de_AT, de, common; "
            "see factcheck/lexicons/<language>/*.json"
        ),
    )


def test_duplicate_table_across_files(tmp_path: Path) -> None:
    """A table defined in two files of one language is an error naming both files."""
    _write(tmp_path, "en", "a.json", {"hedges": ["about"]})
    _write(tmp_path, "en", "b.json", {"hedges": ["around"]})
    with pytest.raises(LexiconError, match=r"^en/b\.json: table 'hedges' is also defined in en/a\.json$"):
        _load(tmp_path, "en", None)


def test_duplicate_key_in_one_object(tmp_path: Path) -> None:
    """A key twice in one JSON object is an error, not the last one silently winning."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.json").write_text('{"t": {"a": "1", "a": "2"}}', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^en/a\.json: key 'a' appears twice in one object$"):
        _load(tmp_path, "en", None)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('["not", "an", "object"]', "a word file is one JSON object of tables"),
        ('{"t": NaN}', "NaN is not a number a word table may hold"),
        ('{"t": ', "not JSON: "),
        ('{"_about": {"t": 1}, "t": []}', '"_about" maps each table name'),
    ],
)
def test_malformed_files(tmp_path: Path, text: str, message: str) -> None:
    """A malformed word file raises LexiconError naming the file."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "a.json").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=rf"^en/a\.json: {message}"):
        _load(tmp_path, "en", None)


def test_typed_accessors_keep_their_own_views(tmp_path: Path) -> None:
    """One table read as a set and as a sequence gives each accessor its own type, every time."""
    _write(tmp_path, "en", "a.json", {"units": ["km", "mi", "km"]})
    lex = _chain(tmp_path, "en")
    first = (lex.words("units"), lex.strings("units"))
    assert (first, (lex.words("units"), lex.strings("units"))) == ((frozenset({"km", "mi"}), ("km", "mi", "km")),) * 2


def test_typed_accessors_check_the_shape(tmp_path: Path) -> None:
    """Asking for a table as the wrong shape raises LexiconError naming the file and the shape."""
    _write(tmp_path, "en", "a.json", {"words": ["a", 1], "flags": {"on": True}})
    lex = _chain(tmp_path, "en")
    with pytest.raises(LexiconError, match=r"^en/a\.json: table 'words' is not a list of strings$"):
        lex.words("words")
    with pytest.raises(LexiconError, match=r"^en/a\.json: table 'flags' is not an object of whole numbers$"):
        lex.int_map("flags")


@pytest.mark.parametrize("language", ["en-GB", "EN", "english", "", "../en", "en_"])
def test_language_must_be_an_identifier(language: str) -> None:
    """Only babel-style identifiers name lexicons: no hyphens, no capitals, no paths."""
    with pytest.raises(ValidationError, match="babel-style identifier"):
        lexicon(language)


def test_errors_pickle() -> None:
    """The lexicon errors keep their fields through pickling."""
    errors = [UnknownTableError("t", ("en_GB", "en", "common")), LexiconError("en/a.json", "bad")]
    copies = [pickle.loads(pickle.dumps(e)) for e in errors]  # noqa: S301  (our own bytes)
    assert [(type(e), str(e), e.args) for e in errors] == [(type(c), str(c), c.args) for c in copies]


def test_shipped_files_describe_their_tables() -> None:
    """Each shipped folder is a listed language, and each of its tables has one "_about" line (and no stray ones)."""
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
    assert (folders, problems) == (sorted(LANGUAGES), [])
