"""Units a locale's territory writes in its own customary sense: "tons" in American news are short tons.

The unit forms of :mod:`scan.unit_words` are per language; a few English words name another
unit in the United States (and the territories of the common lexicon's
``us_customary_territories``) than elsewhere. There the forms of ``us_customary_forms`` read as
pint's unit of that name: "30 tons" is 30 ``ton`` (pint's short ton, 2,000 pounds) in ``en_US``
and 30 ``tonne`` in ``en_GB``; "metric tons" are tonnes everywhere. A locale without a
territory takes its likeliest one ("en" is American), as :mod:`scan.degrees` does. English
text read in another locale whose figures spell a metric unit the American way
(``american_unit_spellings``: "four meters", "20 liters") is American text: its forms read as
in the United States too (:func:`text_locale`).

>>> customary_unit("en_US", ("tons",), "tonne"), customary_unit("en_GB", ("tons",), "tonne")
('ton', 'tonne')
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.unit_words import unit_forms
from factcheck._extract.text.numerals import babel_locale
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["customary_unit", "territory", "text_locale"]

_COMMON: Final = lexicon("common")
_TERRITORIES: Final = _COMMON.words("us_customary_territories")
_FORMS: Final = {tuple(form.split()): unit for form, unit in unit_forms(_COMMON.mapping("us_customary_forms")).items()}
_AMERICAN: Final = _COMMON.words("american_unit_spellings")
_AMERICAN_LOCALE: Final = _COMMON["american_text_locale"]
_ENGLISH: Final = "en"


@functools.cache
def territory(locale: str) -> str | None:
    """The territory of ``locale``, or the likeliest one for its language ("en" -> "US")."""
    from babel.core import get_global  # noqa: PLC0415  (babel's data only when first asked)

    parsed = babel_locale(locale)
    if parsed.territory is not None:
        return str(parsed.territory)
    likely = str(get_global("likely_subtags").get(parsed.language, ""))
    return likely.rsplit("_", 1)[-1] if "_" in likely else None


def customary_unit(locale: str, form: tuple[str, ...], name: str) -> str:
    """The unit the written ``form`` (lower-case tokens) names in ``locale``: ``name`` unless customary there."""
    if form in _FORMS and territory(locale) in _TERRITORIES:
        return _FORMS[form]
    return name


def text_locale(locale: str, units_written: Iterable[str]) -> str:
    """The locale whose customary units a text writes, from the units its figures are written in.

    English text read outside the US customary territories that spells a metric unit the
    American way ("four meters") and writes a customary form ("fourteen tons") is American:
    ``american_text_locale``. Otherwise ``locale``.

    >>> text_locale("en_GB", ["meters", "tons"]), text_locale("en_GB", ["metres", "tons"])
    ('en_US', 'en_GB')
    """
    if not _english_outside_us(locale):
        return locale
    written = [unit.lower() for unit in units_written]
    if any(unit in _AMERICAN for unit in written) and any(tuple(unit.split()) in _FORMS for unit in written):
        return str(_AMERICAN_LOCALE)
    return locale


@functools.cache
def _english_outside_us(locale: str) -> bool:
    """True for an English locale outside the US customary territories ("en_GB")."""
    return territory(locale) not in _TERRITORIES and babel_locale(locale).language == _ENGLISH
