"""Words as data: one lexicon per language, read from this package's JSON files once, on first use.

The words live in ``factcheck/lexicons/<language>/<topic>.json``: ``common/`` for what no
language owns (CLDR keys, symbols), ``en/``, ``de/``, ``fr/``, ``es/`` for each language. A
file is one JSON object whose keys name tables; a language's files are merged into one
:class:`Lexicon`, and a table name defined twice in them (or a key twice in one object) is an
error. Keys that start with ``_`` are notes for people, not tables; ``"_about"`` says what each
table holds::

    {
      "_about": {"written_hedges": "How each hedge is written before a figure, by Hedge value."},
      "written_hedges": {"about": "around", "nearly": "nearly"}
    }

:func:`lexicon` falls back as babel does: ``lexicon("en_GB")`` looks in ``en_GB/`` (when there
is such a folder), then ``en/``, then ``common/``. A table is taken whole from the first
language that has it. Tables are immutable: JSON lists are tuples, objects read-only mappings,
numbers with a fraction ``Decimal`` (never ``float``).

>>> lex = lexicon("en_GB")
>>> lex.languages
('en_GB', 'en', 'common')
>>> lex.string_map("written_hedges")["about"]
'around'
>>> lexicon("de").string_map("cldr_units")["year"]  # from common/
'duration-year'
"""

from __future__ import annotations

import functools
import re
import threading
import types
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Final, TypeAlias, TypeGuard, TypeVar, cast

from factcheck.errors import LexiconError, UnknownTableError, ValidationError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["LANGUAGES", "Lexicon", "Value", "lexicon"]

Value: TypeAlias = "str | int | Decimal | bool | tuple[Value, ...] | Mapping[str, Value] | None"
"""A table or part of one, as loaded: JSON with tuples for lists and read-only mappings for objects."""

LANGUAGES: Final = ("common", "en", "de", "fr", "es")
"""The folders of word files this package ships; ``common`` is the root every language falls back to."""

ROOT: Final = "common"

_TAG: Final = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]{2,8})*")
"""A babel-style locale identifier: "en", "en_GB", "zh_Hant_TW" (never "en-GB" or "EN")."""

T = TypeVar("T")


class Lexicon:
    """The word tables of one language, falling back to its parent's for tables it does not define.

    Get one with :func:`lexicon`, which builds each language once. ``lex[name]`` is the table as
    loaded; the typed accessors (:meth:`words`, :meth:`strings`, :meth:`mapping`,
    :meth:`string_map`, :meth:`string_tuples`, :meth:`int_map`, :meth:`decimal_map`) check its
    shape and give it a precise type. An unknown name raises :class:`factcheck.errors.UnknownTableError`
    (a ``KeyError``) naming the languages searched; a table of the wrong shape raises
    :class:`factcheck.errors.LexiconError`.
    """

    __slots__ = ("_about", "_path", "_shaped", "_sources", "_tables", "language", "languages")

    language: str
    """The language asked for: "en_GB"."""
    languages: tuple[str, ...]
    """The languages searched for a table, in order: ``("en_GB", "en", "common")``."""
    _tables: Mapping[str, Value]
    _path: tuple[Lexicon, ...]  # this lexicon, then the ones it falls back to
    _sources: Mapping[str, str]
    _about: Mapping[str, str]
    _shaped: dict[tuple[str, str], object]

    def __init__(
        self,
        language: str,
        tables: Mapping[str, Value],
        *,
        parent: Lexicon | None = None,
        sources: Mapping[str, str] | None = None,
        about: Mapping[str, str] | None = None,
    ) -> None:
        path = (self,) if parent is None else (self, *parent._path)  # noqa: SLF001  (the same class)
        object.__setattr__(self, "language", language)
        object.__setattr__(self, "languages", tuple(lex.language for lex in path))
        object.__setattr__(self, "_tables", types.MappingProxyType(dict(tables)))
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_sources", types.MappingProxyType(dict(sources or {})))
        object.__setattr__(self, "_about", types.MappingProxyType(dict(about or {})))
        object.__setattr__(self, "_shaped", {})  # typed views of tables, made on first request

    def __setattr__(self, name: str, value: object) -> None:
        msg = f"a Lexicon is immutable: cannot set {name!r}"
        raise AttributeError(msg)

    def __delattr__(self, name: str) -> None:
        msg = f"a Lexicon is immutable: cannot delete {name!r}"
        raise AttributeError(msg)

    def __repr__(self) -> str:
        return f"<Lexicon {self.language!r}: {', '.join(self.languages)}>"

    def _owner(self, name: str) -> Lexicon:
        for lex in self._path:
            if name in lex._tables:  # noqa: SLF001  (the same class)
                return lex
        raise UnknownTableError(name, self.languages)

    def __getitem__(self, name: str) -> Value:
        """The table called ``name`` from the first language on the path that defines it."""
        return self._owner(name)._tables[name]  # noqa: SLF001

    def __contains__(self, name: object) -> bool:
        """True when a language on the path defines a table called ``name``."""
        return isinstance(name, str) and any(name in lex._tables for lex in self._path)  # noqa: SLF001

    def names(self) -> frozenset[str]:
        """Every table name this lexicon answers, its own and its parents'."""
        return frozenset(name for lex in self._path for name in lex._tables)  # noqa: SLF001

    def source(self, name: str) -> str:
        """The file that defines table ``name``, as ``"<language>/<file>.json"``."""
        owner = self._owner(name)
        return owner._sources.get(name, owner.language)  # noqa: SLF001

    def about(self, name: str) -> str:
        """What table ``name`` holds, from its file's ``"_about"`` (empty when the file does not say)."""
        return self._owner(name)._about.get(name, "")  # noqa: SLF001

    # typed accessors ---------------------------------------------------------------------------
    def _shaped_table(self, accessor: str, name: str, shape: str, make: Callable[[Value], T | None]) -> T:
        """``make(table)``, made once per accessor and table; ``None`` from ``make`` means not of ``shape``."""
        key = (accessor, name)
        if key not in self._shaped:
            made = make(self[name])
            if made is None:
                msg = f"table {name!r} is not {shape}"
                raise LexiconError(self.source(name), msg)
            self._shaped[key] = made
        return cast("T", self._shaped[key])

    def words(self, name: str) -> frozenset[str]:
        """A list of words, as a set: ``["around", "about"]``."""
        return self._shaped_table(
            "words", name, "a list of strings", lambda t: frozenset(t) if _is_strings(t) else None
        )

    def strings(self, name: str) -> tuple[str, ...]:
        """A list of strings, in order."""
        return self._shaped_table("strings", name, "a list of strings", lambda t: t if _is_strings(t) else None)

    def mapping(self, name: str) -> Mapping[str, Value]:
        """An object of any values."""
        return self._shaped_table("mapping", name, "an object", lambda t: t if isinstance(t, Mapping) else None)

    def string_map(self, name: str) -> Mapping[str, str]:
        """An object of strings: ``{"year": "duration-year"}``."""
        return self._shaped_table(
            "string_map", name, "an object of strings", lambda t: t if _is_string_map(t) else None
        )

    def string_tuples(self, name: str) -> Mapping[str, tuple[str, ...]]:
        """An object of lists of strings: ``{"person": ["person", "people"]}``."""
        return self._shaped_table(
            "string_tuples", name, "an object of lists of strings", lambda t: t if _is_string_tuples(t) else None
        )

    def int_map(self, name: str) -> Mapping[str, int]:
        """An object of whole numbers: ``{"million": 6}``."""
        return self._shaped_table(
            "int_map", name, "an object of whole numbers", lambda t: t if _is_int_map(t) else None
        )

    def decimal_map(self, name: str) -> Mapping[str, Decimal]:
        """An object of numbers, each an exact ``Decimal``: ``{"half": 0.5, "dozen": 12}``."""
        return self._shaped_table(
            "decimal_map",
            name,
            "an object of numbers",
            lambda t: types.MappingProxyType({k: Decimal(v) for k, v in t.items()}) if _is_number_map(t) else None,
        )


def _is_strings(table: Value) -> TypeGuard[tuple[str, ...]]:
    return isinstance(table, tuple) and all(isinstance(item, str) for item in table)


def _is_string_map(table: Value) -> TypeGuard[Mapping[str, str]]:
    return isinstance(table, Mapping) and all(isinstance(v, str) for v in table.values())


def _is_string_tuples(table: Value) -> TypeGuard[Mapping[str, tuple[str, ...]]]:
    return isinstance(table, Mapping) and all(_is_strings(v) for v in table.values())


def _is_int_map(table: Value) -> TypeGuard[Mapping[str, int]]:
    return isinstance(table, Mapping) and all(isinstance(v, int) and not isinstance(v, bool) for v in table.values())


def _is_number_map(table: Value) -> TypeGuard[Mapping[str, int | Decimal]]:
    return isinstance(table, Mapping) and all(
        isinstance(v, int | Decimal) and not isinstance(v, bool) for v in table.values()
    )


# loading --------------------------------------------------------------------------------------
_LOCK: Final = threading.RLock()


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of ``language`` ("en", "en_GB", "common"), read on first use and cached.

    An identifier that is not babel-style ("en-GB", "EN", "english") raises
    :class:`factcheck.ValidationError`; a language with no folder of its own is its parent's
    words (``lexicon("it")`` answers only what ``common`` holds).
    """
    if language != ROOT and _TAG.fullmatch(language) is None:
        raise ValidationError(
            "language", language, "not a babel-style identifier such as 'en' or 'en_GB'", "unknown-language"
        )
    with _LOCK:  # one build per language, even when threads ask at once
        return _build(language)


@functools.cache
def _build(language: str) -> Lexicon:
    from importlib import resources  # noqa: PLC0415  (9 ms: only when words are first needed)

    parent = None if language == ROOT else lexicon(language.rpartition("_")[0] or ROOT)
    return _load(resources.files(__name__), language, parent)


def _load(root: Traversable, language: str, parent: Lexicon | None) -> Lexicon:
    """The lexicon of ``language`` from the ``*.json`` files in ``root/<language>/`` (none when no such folder)."""
    folder = root.joinpath(language)
    tables: dict[str, Value] = {}
    sources: dict[str, str] = {}
    about: dict[str, str] = {}
    files = sorted(folder.iterdir(), key=lambda e: e.name) if folder.is_dir() else []
    for entry in files:
        if not entry.name.endswith(".json"):
            continue
        where = f"{language}/{entry.name}"
        for name, table in _parse(entry, where).items():
            if name.startswith("_"):
                if name == "_about":
                    about.update(_about(table, where))
                continue
            if name in tables:
                msg = f"table {name!r} is also defined in {sources[name]}"
                raise LexiconError(where, msg)
            tables[name] = table
            sources[name] = where
    return Lexicon(language, tables, parent=parent, sources=sources, about=about)


def _parse(entry: Traversable, where: str) -> dict[str, Value]:
    import json  # noqa: PLC0415  (only when words are first needed)

    def unique(items: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in items:
            if key in seen:
                msg = f"key {key!r} appears twice in one object"
                raise LexiconError(where, msg)
            seen.add(key)
        return dict(items)

    def no_constant(name: str) -> object:
        msg = f"{name} is not a number a word table may hold"
        raise LexiconError(where, msg)

    try:
        data = json.loads(
            entry.read_text(encoding="utf-8"), object_pairs_hook=unique, parse_float=Decimal, parse_constant=no_constant
        )
    except json.JSONDecodeError as err:
        msg = f"not JSON: {err}"
        raise LexiconError(where, msg) from err
    if not isinstance(data, dict):
        raise LexiconError(where, "a word file is one JSON object of tables")
    return {name: _freeze(table) for name, table in data.items()}


def _freeze(value: object) -> Value:
    """JSON as loaded, with lists made tuples and objects read-only mappings, all the way down."""
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, dict):
        return types.MappingProxyType({key: _freeze(item) for key, item in value.items()})
    if isinstance(value, str | int | Decimal | None):  # bool is an int
        return value
    msg = f"not a JSON value: {value!r}"
    raise TypeError(msg)


def _about(table: Value, where: str) -> Mapping[str, str]:
    if not _is_string_map(table):
        raise LexiconError(where, '"_about" maps each table name to one line saying what it holds')
    return table
