"""Words as data: one lexicon per language, read once from JSON files and cached.

Each language has a folder beside this module (``common``, ``en``, ``de``, ``fr``, ``es``)
holding topical JSON files (``scale.json``, ``wording.json`` ...); the files of one folder are
merged into one :class:`Lexicon`, and a table named in two files (or a key twice in one object)
is an error. Lookups fall back the way babel's locale data does: ``lexicon("en_GB")`` reads
``en_GB`` (if the folder exists), then ``en``, then ``common``; a table is taken whole from the
first language that has it.

A file maps table names to JSON values. Keys that start with ``_`` are notes for people, not
tables; ``"_about"`` gives each table one line saying what it holds::

    {
      "_about": {"written_hedges": "How each hedge is written before a figure, by Hedge value."},
      "written_hedges": {"about": "around", "nearly": "nearly"}
    }

Tables come back immutable: JSON arrays as tuples, objects as read-only mappings, numbers with a
fraction as ``Decimal`` (never ``float``). The typed accessors check a table's shape and give it
a precise type: :meth:`Lexicon.words`, :meth:`~Lexicon.strings`, :meth:`~Lexicon.mapping`,
:meth:`~Lexicon.string_map`, :meth:`~Lexicon.string_tuples`, :meth:`~Lexicon.int_map`,
:meth:`~Lexicon.decimal_map`; :meth:`~Lexicon.phrases` and :meth:`~Lexicon.phrase_set` give a
list of phrases with each phrase split into its words. Each takes ``optional=True`` for a table
only some languages have: where none has it, an empty one of its shape, not an error. Each
answer is made once and kept, optional or not, so a caller need not cache it again.

>>> lex = lexicon("en_GB")
>>> lex.language, lex.languages
('en_GB', ('en_GB', 'en', 'common'))
>>> lex.string_map("written_hedges")["about"], lex.source("cldr_units")
('around', 'common/wording.json')

Nothing here is read when ``factcheck`` is imported: the first lookup of a language reads its
files, once per process.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeGuard, TypeVar, cast

from attrs import field, frozen

from factcheck._locale import babel_name
from factcheck.errors import LexiconError, UnknownTableError

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["LANGUAGES", "Lexicon", "Value", "lexicon", "read_folder", "split_phrases"]

Value: TypeAlias = "str | int | Decimal | bool | tuple[Value, ...] | Mapping[str, Value] | None"
"""A table or part of one, as loaded: JSON with tuples for arrays and read-only mappings for objects."""

LANGUAGES: Final = ("en", "de", "fr", "es")
"""The languages with a lexicon of their own; every other lookup ends at ``common``."""

_ROOT: Final = "common"
_TAG: Final = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")
_EMPTY: Final[Mapping[str, str]] = MappingProxyType({})

T = TypeVar("T")


@frozen(eq=False)  # compared and hashed by identity: one lexicon per language, usable as a cache key
class Lexicon:
    """The word tables of one language, with its parent for what it lacks."""

    language: str
    tables: Mapping[str, Any] = field(repr=False)
    parent: Lexicon | None = field(default=None, repr=False)
    sources: Mapping[str, str] = field(default=_EMPTY, kw_only=True, repr=False)
    """The file each of this language's own tables comes from: ``{"scale_words": "en/scale.json"}``."""
    notes: Mapping[str, str] = field(default=_EMPTY, kw_only=True, repr=False)
    """What each table holds, from its file's ``"_about"``."""
    _shaped: dict[tuple[str, str, bool], object] = field(factory=dict, init=False, repr=False)
    """Typed views of tables, made on first request (see :meth:`_shaped_table`)."""

    def chain(self) -> Iterator[Lexicon]:
        """This lexicon, then its parents up to ``common``."""
        lex: Lexicon | None = self
        while lex is not None:
            yield lex
            lex = lex.parent

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages searched for a table, in order: ``("en_GB", "en", "common")``."""
        return tuple(lex.language for lex in self.chain())

    def _owner(self, name: str) -> Lexicon:
        for lex in self.chain():
            if name in lex.tables:
                return lex
        raise UnknownTableError(name, self.languages)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(name in lex.tables for lex in self.chain())

    def __getitem__(self, name: str) -> Any:
        """The table ``name`` from the nearest language that has it; :class:`~factcheck.errors.UnknownTableError`."""
        return self._owner(name).tables[name]

    def own(self, name: str) -> Any:
        """The table ``name`` of this language alone, without fallback; ``None`` if it has none."""
        return self.tables.get(name)

    def names(self) -> frozenset[str]:
        """Every table name this lexicon answers, its own and its parents'."""
        return frozenset(name for lex in self.chain() for name in lex.tables)

    def source(self, name: str) -> str:
        """The file that defines table ``name``, as ``"<language>/<file>.json"`` (the language if not read from one)."""
        owner = self._owner(name)
        return owner.sources.get(name, owner.language)

    def about(self, name: str) -> str:
        """What table ``name`` holds, from its file's ``"_about"`` (empty when the file does not say)."""
        owner = self._owner(name)
        return owner.notes.get(name, "")

    # typed accessors ---------------------------------------------------------------------------
    def _shaped_table(
        self,
        accessor: str,
        name: str,
        shape: str,
        make: Callable[[Value], T | None],
        *,
        optional: bool = False,
    ) -> T:
        """``make(table)``, made once per accessor and table; ``None`` from ``make`` means not ``shape``.

        With ``optional``, a table that no language of the chain has is made of an empty list, or of
        an empty mapping where the shape is a mapping's: no words. That is kept apart from the
        table asked for without ``optional``, which stays unknown; a table some language has is
        the same object either way.
        """
        key = (accessor, name, optional)
        if key not in self._shaped:
            if optional and name not in self:
                made = make(())
                self._shaped[key] = make(_EMPTY) if made is None else made
            elif optional:
                self._shaped[key] = self._shaped_table(accessor, name, shape, make)
            else:
                made = make(self[name])
                if made is None:
                    msg = f"word table {name!r} of {self.source(name)}"
                    raise LexiconError(msg, f"is not {shape}")
                self._shaped[key] = made
        return cast("T", self._shaped[key])

    def words(self, name: str, *, optional: bool = False) -> frozenset[str]:
        """A table of words as a set: ``lexicon("en").words("negations")``."""
        return self._shaped_table(
            "words", name, "a list of words", lambda t: frozenset(t) if _is_strings(t) else None, optional=optional
        )

    def strings(self, name: str, *, optional: bool = False) -> tuple[str, ...]:
        """A table of words in its written order."""
        return self._shaped_table(
            "strings", name, "a list of words", lambda t: t if _is_strings(t) else None, optional=optional
        )

    def phrases(self, name: str, *, optional: bool = False) -> tuple[tuple[str, ...], ...]:
        """A table of phrases in its written order, each split into its words: ``(("per", "cent"), ("%",))``."""
        return self._shaped_table(
            "phrases",
            name,
            "a list of words",
            lambda t: split_phrases(t) if _is_strings(t) else None,
            optional=optional,
        )

    def phrase_set(self, name: str, *, optional: bool = False) -> frozenset[tuple[str, ...]]:
        """A table of phrases as a set, each split into its words: ``lexicon("en").phrase_set("per_phrases")``."""
        return self._shaped_table(
            "phrase_set",
            name,
            "a list of words",
            lambda t: frozenset(split_phrases(t)) if _is_strings(t) else None,
            optional=optional,
        )

    def mapping(self, name: str, *, optional: bool = False) -> Mapping[str, Any]:
        """A table that maps words to values (read-only)."""
        return self._shaped_table(
            "mapping", name, "a mapping of words", lambda t: t if isinstance(t, Mapping) else None, optional=optional
        )

    def string_map(self, name: str, *, optional: bool = False) -> Mapping[str, str]:
        """A mapping of words to strings: ``{"year": "duration-year"}``."""
        return self._shaped_table(
            "string_map",
            name,
            "a mapping of words to strings",
            lambda t: t if _is_string_map(t) else None,
            optional=optional,
        )

    def string_tuples(self, name: str, *, optional: bool = False) -> Mapping[str, tuple[str, ...]]:
        """A mapping of words to lists of strings: ``{"person": ["person", "people"]}``."""
        return self._shaped_table(
            "string_tuples",
            name,
            "a mapping of words to lists of strings",
            lambda t: t if _is_string_tuples(t) else None,
            optional=optional,
        )

    def int_map(self, name: str, *, optional: bool = False) -> Mapping[str, int]:
        """A mapping of words to whole numbers: ``{"million": 6}``."""
        return self._shaped_table(
            "int_map",
            name,
            "a mapping of words to whole numbers",
            lambda t: t if _is_int_map(t) else None,
            optional=optional,
        )

    def decimal_map(self, name: str, *, optional: bool = False) -> Mapping[str, Decimal]:
        """A mapping of words to numbers, each an exact ``Decimal``: ``{"half": 0.5, "dozen": 12}``."""
        return self._shaped_table(
            "decimal_map",
            name,
            "a mapping of words to numbers",
            lambda t: MappingProxyType({k: Decimal(v) for k, v in t.items()}) if _is_number_map(t) else None,
            optional=optional,
        )


def split_phrases(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """Each phrase split into its words, in order: ``split_phrases(["per cent", "%"]) == (("per", "cent"), ("%",))``.

    For phrases that come from a table already looked up (its own, or a mapping's keys); a table by
    name is :meth:`Lexicon.phrases`.
    """
    return tuple(tuple(phrase.split()) for phrase in phrases)


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
    """The lexicon of a language or locale (``"en"``, ``"en_GB"``, ``"de-DE"``), built once.

    Raises :class:`factcheck.LexiconError` for a string that is not a language tag.
    """
    if language != _ROOT and (not isinstance(language, str) or not _TAG.match(language)):
        msg = f"lexicon({language!r})"
        raise LexiconError(msg, "not a language or locale; try 'en', 'en_GB' or 'de_DE'")
    with _LOCK:  # one build per language, even when threads ask at once
        return _build(babel_name(language))


@functools.cache
def _build(tag: str) -> Lexicon:
    from importlib import resources  # noqa: PLC0415  (9 ms: only when words are first needed)

    parent = None if tag == _ROOT else lexicon(tag.rpartition("_")[0] or _ROOT)
    return _load(resources.files(__name__), tag, parent)


def _load(root: Traversable, language: str, parent: Lexicon | None) -> Lexicon:
    """The lexicon of ``language`` from the ``*.json`` files in ``root/<language>/`` (none when no such folder)."""
    folder = root.joinpath(language)
    tables, sources, notes = _read(folder, language) if folder.is_dir() else ({}, {}, {})
    return Lexicon(
        language,
        MappingProxyType(tables),
        parent,
        sources=MappingProxyType(sources),
        notes=MappingProxyType(notes),
    )


def read_folder(folder: Traversable, language: str) -> dict[str, Any]:
    """The tables of every ``*.json`` file in ``folder``, frozen; a table defined twice is an error."""
    return _read(folder, language)[0]


def _read(folder: Traversable, language: str) -> tuple[dict[str, Any], dict[str, str], dict[str, str]]:
    """The tables of ``folder``'s files, the file each comes from, and their ``"_about"`` lines."""
    tables: dict[str, Any] = {}
    sources: dict[str, str] = {}
    notes: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".json"):
            continue
        where = f"lexicon file {language}/{entry.name}"
        for name, value in _parse(entry, where).items():
            if name.startswith("_"):
                if name == "_about":
                    notes.update(_about(value, where))
                continue
            if name in tables:
                msg = f"word table {name!r} of {language}"
                raise LexiconError(msg, f"defined in both {sources[name].rpartition('/')[2]} and {entry.name}")
            tables[name] = value
            sources[name] = f"{language}/{entry.name}"
    return tables, sources, notes


def _parse(entry: Traversable, where: str) -> dict[str, Value]:
    """One file's object of tables, frozen; a key twice in one object, NaN or a syntax error is refused.

    Objects are frozen as the parser makes them (inner ones first), so the file is walked once.
    """
    import json  # noqa: PLC0415  (only when words are first needed)

    def frozen(items: list[tuple[str, object]]) -> Mapping[str, Value]:
        table = {key: _tuple(v) if type(v) is list else v for key, v in items}
        if len(table) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    raise LexiconError(where, f"key {key!r} appears twice in one object")
                seen.add(key)
        return MappingProxyType(table)  # type: ignore[arg-type]

    def no_constant(name: str) -> object:
        raise LexiconError(where, f"{name} is not a number a word table may hold")

    try:
        data = json.loads(
            entry.read_text(encoding="utf-8"), object_pairs_hook=frozen, parse_float=Decimal, parse_constant=no_constant
        )
    except json.JSONDecodeError as err:
        raise LexiconError(where, f"not JSON: {err}") from err
    if not isinstance(data, Mapping):
        raise LexiconError(where, "must hold a JSON object of tables")
    return dict(data)


def _tuple(items: list[object]) -> tuple[Value, ...]:
    """A JSON array as a tuple, its arrays too (its objects are frozen already, by :func:`_parse`)."""
    return tuple(_tuple(item) if type(item) is list else item for item in items)  # type: ignore[misc]


def _about(value: Value, where: str) -> Mapping[str, str]:
    if not _is_string_map(value):
        raise LexiconError(where, '"_about" maps each table name to one line saying what it holds')
    return value
