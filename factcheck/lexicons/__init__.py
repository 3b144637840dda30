"""Words as data: one lexicon per language, read once from JSON files and cached.

Each language has a folder beside this module (``common``, ``en``, ``de``, ``fr``, ``es``)
holding topical JSON files (``units.json``, ``numbers.json`` ...); the files of one folder are
merged into one :class:`Lexicon`, and a table named in two files is an error. Lookups fall back
the way babel's locale data does: ``lexicon("en_GB")`` reads ``en_GB`` (if the folder exists),
then ``en``, then ``common``.

A file maps table names to JSON values. Keys that start with ``_`` are notes for people
(``"_about": {"hedges": "words before a figure that widen it"}``) and are not tables.
Tables come back immutable: JSON arrays as tuples, objects as read-only mappings.

>>> lex = lexicon("en_GB")
>>> lex.language, [parent.language for parent in lex.chain()]
('en_GB', ['en_GB', 'en', 'common'])

Nothing here is read when ``factcheck`` is imported: the first lookup of a language reads its
files, once per process.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from attrs import field, frozen

from factcheck.errors import LexiconError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping
    from importlib.resources.abc import Traversable

__all__ = ["LANGUAGES", "Lexicon", "lexicon", "read_folder"]

LANGUAGES: Final = ("en", "de", "fr", "es")
"""The languages with a lexicon of their own; every other lookup ends at ``common``."""

_ROOT: Final = "common"
_TAG: Final = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*$")


def _freeze(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_freeze(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _freeze(item) for key, item in value.items()})
    return value


@frozen
class Lexicon:
    """The word tables of one language, with its parent for what it lacks."""

    language: str
    tables: Mapping[str, Any] = field(repr=False)
    parent: Lexicon | None = field(default=None, repr=False)

    def chain(self) -> Iterator[Lexicon]:
        """This lexicon, then its parents up to ``common``."""
        lexicon: Lexicon | None = self
        while lexicon is not None:
            yield lexicon
            lexicon = lexicon.parent

    def __contains__(self, name: object) -> bool:
        return any(name in lex.tables for lex in self.chain())

    def __getitem__(self, name: str) -> Any:
        for lex in self.chain():
            if name in lex.tables:
                return lex.tables[name]
        searched = ", ".join(lex.language for lex in self.chain())
        msg = f"word table {name!r}"
        raise LexiconError(msg, f"not in the lexicons of {searched}")

    def own(self, name: str) -> Any:
        """The table ``name`` of this language alone, without fallback; ``None`` if it has none."""
        return self.tables.get(name)

    def words(self, name: str) -> frozenset[str]:
        """A table of words as a set: ``lexicon("en").words("negations")``."""
        return frozenset(self._strings(name))

    def strings(self, name: str) -> tuple[str, ...]:
        """A table of words in its written order."""
        return self._strings(name)

    def mapping(self, name: str) -> Mapping[str, Any]:
        """A table that maps words to values (read-only)."""
        value = self[name]
        if not isinstance(value, MappingProxyType):
            msg = f"word table {name!r} of {self.language}"
            raise LexiconError(msg, "is not a mapping of words")
        return value

    def _strings(self, name: str) -> tuple[str, ...]:
        value = self[name]
        if not isinstance(value, tuple) or not all(isinstance(item, str) for item in value):
            msg = f"word table {name!r} of {self.language}"
            raise LexiconError(msg, "is not a list of words")
        return value


def _language_tables(language: str) -> dict[str, Any]:
    folder = resources.files(__package__).joinpath(language)
    return read_folder(folder, language) if folder.is_dir() else {}


def read_folder(folder: Traversable, language: str) -> dict[str, Any]:
    """The tables of every ``*.json`` file in ``folder``, frozen; a table defined twice is an error."""
    tables: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            msg = f"lexicon file {language}/{entry.name}"
            raise LexiconError(msg, "must hold a JSON object of tables")
        for name, value in data.items():
            if name.startswith("_"):
                continue
            if name in tables:
                where = f"word table {name!r} of {language}"
                raise LexiconError(where, f"defined in both {origin[name]} and {entry.name}")
            tables[name] = _freeze(value)
            origin[name] = entry.name
    return tables


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of a language or locale (``"en"``, ``"en_GB"``, ``"de-DE"``), built once.

    Raises :class:`factcheck.LexiconError` for a string that is not a language tag.
    """
    if language == _ROOT:
        return Lexicon(_ROOT, MappingProxyType(_language_tables(_ROOT)))
    if not isinstance(language, str) or not _TAG.match(language):
        msg = f"lexicon({language!r})"
        raise LexiconError(msg, "not a language or locale; try 'en', 'en_GB' or 'de_DE'")
    tag = language.replace("-", "_")
    if tag != language:
        return lexicon(tag)
    base, _, region = tag.partition("_")
    parent = lexicon(base) if region else lexicon(_ROOT)
    return Lexicon(tag, MappingProxyType(_language_tables(tag)), parent)
