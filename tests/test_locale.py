"""factcheck._locale: a caller's locale name as babel spells it, and babel's Locale for it."""

from __future__ import annotations

import pytest

from factcheck import ValidationError, check_many, extract, extract_many
from factcheck._locale import babel_locale, babel_name

GERMAN = "Die Zahl stieg von 1.200 auf 1.500 Personen, ein Plus von 25 %."


@pytest.mark.parametrize(
    ("name", "expected"),
    [("de-DE", "de_DE"), ("de_DE", "de_DE"), ("en", "en"), ("zh-Hant-TW", "zh_Hant_TW"), ("", "")],
)
def test_babel_name_turns_hyphens_into_underscores(name: str, expected: str) -> None:
    """The BCP 47 spelling becomes babel's; babel's own spelling is kept as it is."""
    assert expected == babel_name(name)


def test_babel_locale_reads_either_spelling() -> None:
    """ "de-DE" and "de_DE" are the same babel Locale."""
    assert babel_locale("de_DE") == babel_locale("de-DE")


def test_babel_locale_refuses_an_unknown_name() -> None:
    """A name babel does not know is a ValidationError naming the field and the value."""
    with pytest.raises(ValidationError) as caught:
        babel_locale("xx-XX")
    expected = ("locale=xx-XX: not a locale babel knows, such as 'en_GB'", "locale", "unknown-locale")
    assert expected == (str(caught.value), caught.value.field, caught.value.code)


def test_the_archive_reads_either_spelling() -> None:
    """extract_many and check_many take "de-DE" as a default and as a document's own locale."""
    expected_claims = tuple(extract(GERMAN, "de_DE"))
    (default,) = extract_many([GERMAN], locale="de-DE", workers=1)
    (own,) = extract_many([{"text": GERMAN, "locale": "de-DE"}], workers=1)
    (hyphen,) = check_many([GERMAN], locale="de-DE", workers=1)
    (underscore,) = check_many([GERMAN], locale="de_DE", workers=1)
    assert (expected_claims, expected_claims, underscore) == (default.claims, own.claims, hyphen)
