"""Units a locale's territory writes in its own customary sense: "tons" in American news are short tons.

The unit forms of :mod:`scan.unit_words` are per language; a few English words name another
unit in the United States (and the territories of the common lexicon's
``us_customary_territories``) than elsewhere. There the forms of ``us_customary_forms`` read as
pint's unit of that name: "30 tons" is 30 ``ton`` (pint's short ton, 2,000 pounds) in ``en_US``
and 30 ``tonne`` in ``en_GB``; "metric tons" are tonnes everywhere. A locale without a
territory takes its likeliest one ("en" is American), as :mod:`scan.degrees` does.

>>> customary_unit("en_US", ("tons",), "tonne"), customary_unit("en_GB", ("tons",), "tonne")
('ton', 'tonne')
"""

from __future__ import annotations

import functools
from typing import Final

from factcheck._extract.scan.unit_words import unit_forms
from factcheck._extract.text.numerals import babel_locale
from factcheck.lexicons import lexicon

__all__ = ["customary_unit", "territory"]

_COMMON: Final = lexicon("common")
_TERRITORIES: Final = _COMMON.words("us_customary_territories")
_FORMS: Final = {tuple(form.split()): unit for form, unit in unit_forms(_COMMON.mapping("us_customary_forms")).items()}


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
