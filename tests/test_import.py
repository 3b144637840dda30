"""Importing factcheck stays cheap, and its public surface is tidy."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck

PACKAGE = Path(factcheck.__file__).parent

PROBE = """
import sys
data_read = []  # files of the package other than its code: word files, units.txt
sys.addaudithook(
    lambda event, args: data_read.append(str(args[0]))
    if event == "open" and "factcheck" in str(args[0]) and not str(args[0]).endswith((".py", ".pyc"))
    else None
)
import json
import factcheck
loaded = sorted(m for m in ("pint", "babel", "babel.localedata", "hypothesis", "cattrs", "pandas", "numpy")
                if m in sys.modules)
locale_data = sys.modules.get("babel.localedata")
cache = dict(getattr(locale_data, "_cache", {})) if locale_data else {}
registry_built = len(factcheck.units._built)
lexicons = sys.modules.get("factcheck.lexicons")
lexicons_read = lexicons.lexicon.cache_info().currsize if lexicons else 0
print(json.dumps({"loaded": loaded, "locale_data": sorted(cache), "registry_built": registry_built,
                  "lexicons_read": lexicons_read, "data_read": data_read}))
"""


def test_import_builds_nothing() -> None:
    """After `import factcheck`: no pint, babel locale data, hypothesis or cattrs; no registry; no word file read."""
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)  # noqa: S603
    assert json.loads(result.stdout) == {
        "loaded": [],
        "locale_data": [],
        "registry_built": 0,
        "lexicons_read": 0,
        "data_read": [],
    }


def test_import_probe_sees_a_lexicon_read() -> None:
    """The probe above would notice a word file read at import: reading one shows up in its output."""
    probe = PROBE.replace("import factcheck\n", "import factcheck.lexicons\nfactcheck.lexicons.lexicon('en')\n", 1)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603
    found = json.loads(result.stdout)
    files = [
        p.relative_to(PACKAGE).as_posix()
        for folder in ("common", "en")
        for p in sorted((PACKAGE / "lexicons" / folder).glob("*.json"))
    ]
    assert (found["lexicons_read"], [Path(p).relative_to(PACKAGE).as_posix() for p in found["data_read"]]) == (2, files)


def test_all_is_sorted_and_unique() -> None:
    """__all__ is sorted (RUF022 order) and has no duplicates."""
    assert sorted(set(factcheck.__all__), key=lambda n: (not n.isupper(), n)) == factcheck.__all__


CORE = (
    "Amount",
    "CountClaim",
    "ExchangeRate",
    "FactcheckError",
    "Hedge",
    "Interval",
    "Period",
    "PrecisionPolicy",
    "Span",
    "ValidationError",
)


def test_public_classes_say_factcheck() -> None:
    """Public classes report their module as `factcheck`, so docs and pickles use the short path."""
    assert ["factcheck"] * len(CORE) == [getattr(factcheck, name).__module__ for name in CORE]


def test_version() -> None:
    """__version__ is computed on request from the installed metadata."""
    assert factcheck.__version__ == "0.1.0"


def test_unknown_attribute() -> None:
    """An unknown attribute raises AttributeError naming it."""
    with pytest.raises(AttributeError, match=r"^module 'factcheck' has no attribute 'no_such_name'$"):
        factcheck.no_such_name  # noqa: B018


def test_errors_mix_in_builtins() -> None:
    """Each error is a FactcheckError and the builtin callers would catch."""
    assert [
        issubclass(factcheck.ParseError, ValueError),
        issubclass(factcheck.ValidationError, ValueError),
        issubclass(factcheck.UnknownCurrencyError, ValueError),
        issubclass(factcheck.DimensionError, TypeError),
        issubclass(factcheck.CurrencyConversionError, factcheck.DimensionError),
        issubclass(factcheck.AmbiguityWarning, factcheck.FactcheckWarning),
    ] == [True] * 6


ERRORS = [
    factcheck.ParseError("£1,2,3m", 4, "a group of one digit", ("£1.23m",)),
    factcheck.ValidationError("amount.value", -3, "a count cannot be negative", "negative-count"),
    factcheck.UnknownCurrencyError("XYZ"),
    factcheck.UnknownUnitError("parsecs"),
    factcheck.ReferenceTableError("row 3, column value", "not a number"),
    factcheck.LexiconError("word table 'hedges'", "not in the lexicons of en, common"),
    factcheck.ArgumentTypeError("extract(text)", "a str", None),
    factcheck.DimensionError("add", "GBP", "USD", "pass a rate"),
    factcheck.CurrencyConversionError("convert", "GBP", "USD"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle_with_their_message(error: factcheck.FactcheckError) -> None:
    """Errors keep their fields through pickling, so they cross process boundaries intact."""
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301  (our own bytes)
    assert (type(error), str(error), error.args) == (type(copy), str(copy), copy.args)


def test_parse_error_message() -> None:
    """A ParseError says what, where, and what was perhaps meant."""
    assert str(ERRORS[0]) == (
        "cannot read '£1,2,3m' as one figure: a group of one digit (at character 4); did you mean '£1.23m'?"
    )


EXTRACT_PROBE = """
import factcheck
import factcheck._extract  # the implementation package, loaded before the name is asked for
factcheck.parse_amount
from factcheck import extract
print(type(extract).__name__)
"""


def test_extract_is_the_function_whatever_was_imported_first() -> None:
    """`from factcheck import extract` gives the function even after parse_amount loaded the subpackage."""
    result = subprocess.run([sys.executable, "-c", EXTRACT_PROBE], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.strip() == "function"


def test_dir_lists_the_public_names() -> None:
    """dir(factcheck) offers every public name, lazy ones included, and none of the module's helpers."""
    names = dir(factcheck)
    expected = (True, True, [])
    assert expected == (
        {"extract", "check", "parse_amount", "Report", "Finding", "__version__"} <= set(names),
        set(factcheck.__all__) <= set(names),
        [n for n in ("TYPE_CHECKING", "annotations", "importlib") if n in names],
    )
