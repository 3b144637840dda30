"""Test support: extract and check text with factcheck's own warnings silenced, and what the checks flag.

Shared by the tests of the relations read on real text (lists, changes, shares), which compare
whole values: the codes of the ERRORs, or each finding worse than OK with its severity; and
:func:`found`, every finding with nothing silenced, for the end-to-end tests (``errors(...,
quiet=False)`` is its ERROR codes).
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import factcheck
from factcheck import FactcheckWarning, Severity
from factcheck._extract import extract

if TYPE_CHECKING:
    from factcheck import Claim


def extract_quietly(text: str, locale: str = "en_GB", *, bare_numbers: bool = False) -> tuple[Claim, ...]:
    """``factcheck.extract(text, locale)`` without its warnings about odd figures."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        return tuple(factcheck.extract(text, locale, bare_numbers=bare_numbers))


def flagged(text: str, locale: str = "en_GB") -> list[tuple[str, str]]:
    """The (code, severity) of every finding of ``check(extract(text))`` worse than OK, in report order."""
    report = factcheck.check(extract_quietly(text, locale), locale=locale)
    return [(f.code, f.severity.label) for f in report.findings if f.severity > Severity.OK]


def errors(text: str, locale: str = "en_GB", *, quiet: bool = True) -> list[str]:
    """The codes of the ERROR findings of ``check(extract(text))``, sorted.

    ``quiet=False`` reads the text as :func:`found` does: nothing silenced (a warning fails the
    test) and ``check`` given ``text=``."""
    if not quiet:
        return sorted(code for code, severity in found(text, locale) if severity is Severity.ERROR)
    report = factcheck.check(extract_quietly(text, locale), locale=locale)
    return sorted(f.code for f in report.findings if f.severity is Severity.ERROR)


def found(text: str, locale: str = "en_GB") -> list[tuple[str, Severity]]:
    """The (code, severity) of every finding of ``check(extract(text), text=text)``, in report order.

    Nothing is silenced: a warning fails the test (pytest's ``filterwarnings = error``)."""
    return [(f.code, f.severity) for f in factcheck.check(extract(text, locale), text=text).findings]
