"""Options both commands share, read the same way by each: the locale and the output stream."""

from __future__ import annotations

import os
import sys
from typing import Final

from factcheck._locale import babel_locale, babel_name
from factcheck.errors import FactcheckError
from factcheck.lexicons import LANGUAGES

__all__ = ["LocaleError", "checked_locale", "quiet_broken_pipe"]

_TRY: Final = "try en_GB, en_US, de_DE, fr_FR or es_ES"


class LocaleError(ValueError):
    """A --locale the command cannot use; the message is the one line it prints."""


def checked_locale(name: str) -> str:
    """``name`` as babel spells it ("de-DE" is "de_DE"), if factcheck reads its language.

    >>> checked_locale("de-DE")
    'de_DE'
    >>> checked_locale("ja_JP")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    factcheck.cli.options.LocaleError: unsupported locale 'ja_JP': factcheck reads English, German, ...; try ...
    """
    try:
        locale = babel_locale(name)
    except FactcheckError as err:
        msg = f"unknown locale {name!r}; {_TRY}"
        raise LocaleError(msg) from err
    if locale.language not in LANGUAGES:
        msg = f"unsupported locale {name!r}: factcheck reads English, German, French and Spanish; {_TRY}"
        raise LocaleError(msg)
    return babel_name(name)


def quiet_broken_pipe() -> None:
    """After a reader closed our standard output (``| head``): send the rest nowhere, quietly.

    Python's own advice: point the stream at ``os.devnull`` so that flushing at exit does not
    raise again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
