"""Locale names: the one place that spells them the way babel does, and reads them with babel.

factcheck takes a locale from its caller, never from the process. Callers may write it the BCP 47
way ("de-DE") or babel's way ("de_DE"); :func:`babel_name` turns the first into the second, and
every module that passes a caller's locale on (to babel, to the lexicons, to the extractor) does
it through this function.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from factcheck.errors import ValidationError

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["babel_locale", "babel_name", "language_of"]


def babel_name(name: str) -> str:
    """The locale ``name`` as babel spells it: "de-DE", the BCP 47 spelling, is babel's "de_DE".

    >>> babel_name("de-DE"), babel_name("en_GB"), babel_name("es")
    ('de_DE', 'en_GB', 'es')
    """
    return name.replace("-", "_")


def language_of(locale: str) -> str:
    """The language of a babel locale name, lower case: "en" of "en_GB", "es" of "es".

    >>> language_of("en_GB"), language_of("ES_mx"), language_of("de")
    ('en', 'es', 'de')
    """
    return locale.split("_", 1)[0].lower()


@functools.cache
def babel_locale(name: str) -> Locale:
    """The babel ``Locale`` called ``name``; an unknown name raises :class:`ValidationError`.

    >>> babel_locale("de_DE").language
    'de'
    """
    from babel import Locale, UnknownLocaleError  # noqa: PLC0415

    try:
        return Locale.parse(babel_name(name))
    except (UnknownLocaleError, ValueError, TypeError) as err:
        raise ValidationError("locale", name, "not a locale babel knows, such as 'en_GB'", "unknown-locale") from err
