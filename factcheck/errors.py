"""The exceptions and warnings factcheck raises.

Every exception derives from :class:`FactcheckError` *and* from the builtin a caller would
catch anyway, so ``except ValueError`` keeps working::

    FactcheckError
    ├── ParseError               (ValueError)   text that is not one figure
    ├── ValidationError          (ValueError)   a value or claim that cannot be true as built
    ├── UnknownCurrencyError     (ValueError)   not an ISO 4217 code babel knows
    ├── UnknownUnitError         (ValueError)   a unit name the registry does not define
    ├── ReferenceTableError      (ValueError)   a reference table that cannot be read
    ├── LexiconError             (LookupError)  a word table that is missing or malformed
    │   └── UnknownTableError    (KeyError)     a word table no lexicon on the fallback path holds
    ├── MissingDependencyError   (ImportError)  an optional extra (pandas, hypothesis) is not installed
    ├── ArgumentTypeError        (TypeError)    an argument of the wrong type (a number where text is wanted)
    └── DimensionError           (TypeError)    units that do not combine (GBP + USD, % + people)
        ├── CurrencyConversionError            currency conversion without an explicit rate
        └── OffsetUnitError                    two temperatures added ("20 °C + 25 °C" is no temperature)

    FactcheckWarning (UserWarning)
    ├── AmbiguityWarning                        a token had several readings; the likeliest was used
    └── TableWarning                            a reference table's column was ignored
"""

from __future__ import annotations

__all__ = [
    "AmbiguityWarning",
    "ArgumentTypeError",
    "CurrencyConversionError",
    "DimensionError",
    "FactcheckError",
    "FactcheckWarning",
    "LexiconError",
    "MissingDependencyError",
    "OffsetUnitError",
    "ParseError",
    "ReferenceTableError",
    "TableWarning",
    "UnknownCurrencyError",
    "UnknownTableError",
    "UnknownUnitError",
    "ValidationError",
]


_EXCERPT = 60


class FactcheckError(Exception):
    """Base class of every exception factcheck raises."""


class ParseError(FactcheckError, ValueError):
    """A text could not be read as one figure.

    ``text`` is the whole input, ``position`` the character offset where reading failed and
    ``reason`` what was wrong there.
    """

    def __init__(self, text: str, position: int, reason: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(text, position, reason, suggestions)
        self.text = text
        self.position = position
        self.reason = reason
        self.suggestions = suggestions

    def __str__(self) -> str:
        excerpt = self.text if len(self.text) <= _EXCERPT else self.text[: _EXCERPT - 3] + "..."
        msg = f"cannot read {excerpt!r} as one figure: {self.reason} (at character {self.position})"
        if self.suggestions:
            msg += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        return msg


class ValidationError(FactcheckError, ValueError):
    """A field holds a value that cannot be true: ``field`` names it, ``value`` is what it held."""

    def __init__(self, field: str, value: object, reason: str, code: str = "invalid") -> None:
        super().__init__(field, value, reason, code)
        self.field = field
        self.value = value
        self.reason = reason
        self.code = code

    def __str__(self) -> str:
        return f"{self.field}={self.value!s}: {self.reason}"


class ArgumentTypeError(FactcheckError, TypeError):
    """An argument of the wrong type: ``argument`` names it, ``expected`` says what it must be."""

    def __init__(self, argument: str, expected: str, value: object) -> None:
        super().__init__(argument, expected, value)
        self.argument = argument
        self.expected = expected
        self.value = value

    def __str__(self) -> str:
        return f"{self.argument} must be {self.expected}, got {type(self.value).__name__} {self.value!r:.60}"


class UnknownCurrencyError(FactcheckError, ValueError):
    """A currency code that is not ISO 4217 (as babel knows it)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code

    def __str__(self) -> str:
        return f"{self.code!r} is not an ISO 4217 currency code (such as 'GBP', 'EUR', 'USD')"


class UnknownUnitError(FactcheckError, ValueError):
    """A unit name that factcheck's registry does not define."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name

    def __str__(self) -> str:
        return f"{self.name!r} is not a unit factcheck knows; factcheck.units.names() lists the names"


class _LocatedError(FactcheckError):
    """An error about a place in some input: ``where`` says the place, ``reason`` what is wrong there."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(where, reason)
        self.where = where
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


class ReferenceTableError(_LocatedError, ValueError):
    """A table of reference figures that cannot be read: ``where`` says the row or field."""


class LexiconError(_LocatedError, LookupError):
    """A word table that no lexicon in the fallback chain holds, or one of the wrong shape.

    ``where`` names the table and the languages (or file) looked in; ``reason`` says what is wrong.
    """


class UnknownTableError(LexiconError, KeyError):
    """A word table that none of ``languages`` (the fallback chain searched, in order) holds."""

    def __init__(self, table: str, languages: tuple[str, ...]) -> None:
        super().__init__(f"word table {table!r}", f"not in the lexicons of {', '.join(languages)}")
        self.args = (table, languages)  # pickles by its own fields
        self.table = table
        self.languages = languages


class MissingDependencyError(FactcheckError, ImportError):
    """An optional dependency is not installed; the message says which extra brings it."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(package, extra)
        self.package = package
        self.extra = extra

    def __str__(self) -> str:
        return f"{self.package} is not installed: pip install 'factcheck[{self.extra}]'"


class DimensionError(FactcheckError, TypeError):
    """Two amounts whose units do not combine, such as pounds and dollars or percent and points."""

    def __init__(self, operation: str, left: str, right: str, hint: str = "") -> None:
        super().__init__(operation, left, right, hint)
        self.operation = operation
        self.left = left
        self.right = right
        self.hint = hint

    def __str__(self) -> str:
        msg = f"cannot {self.operation} {self.left} and {self.right}: their dimensions differ"
        return f"{msg}; {self.hint}" if self.hint else msg


class CurrencyConversionError(DimensionError):
    """Converting between currencies needs an explicit :class:`factcheck.ExchangeRate`."""


class OffsetUnitError(DimensionError):
    """Temperatures on a scale with an offset (°C, °F) do not add; a level and a difference do.

    Subtracting two temperatures gives a difference (``delta_degree_Celsius``), and a level
    plus or minus a difference a level; a level plus a level, or a difference minus a level,
    has no meaning and raises this.
    """

    def __str__(self) -> str:
        msg = f"cannot {self.operation} {self.left} and {self.right}: temperatures on a scale do not add"
        return f"{msg}; {self.hint}" if self.hint else msg


class FactcheckWarning(UserWarning):
    """Base class of every warning factcheck issues; filter it to silence or escalate them all."""


class AmbiguityWarning(FactcheckWarning):
    """A token had several readings ("$", "m", "billion"); the likeliest one was used."""


class TableWarning(FactcheckWarning):
    """Part of a reference table was left out (a column factcheck does not know); the rest was read."""
