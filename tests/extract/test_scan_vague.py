"""Approximate amounts in words, in English, French, Spanish and German."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck._extract.scan.scanner import scan


def _bounds(text: str, locale: str) -> list[tuple[Decimal | None, Decimal | None, str | None]]:
    """Each figure's bounds and currency."""
    return [(f.amount.low, f.amount.high, f.amount.currency) for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "low", "high", "currency"),
    [
        ("Hundreds of families were moved.", "en_GB", 200, 1000, None),
        ("It cost tens of millions of pounds.", "en_GB", 20 * 10**6, 10**8, "GBP"),
        ("Des centaines de familles ont été relogées.", "fr_FR", 200, 1000, None),
        ("Des dizaines de milliers de manifestants.", "fr_FR", 20_000, 100_000, None),
        ("Cela a coûté des millions d'euros.", "fr_FR", 2 * 10**6, 10**9, "EUR"),
        ("Miles de personas salieron.", "es_ES", 2000, 10**6, None),
        ("Costó cientos de millones de dólares.", "es_ES", 2 * 10**8, 10**12, "USD"),
        ("Tausende Menschen demonstrierten.", "de_DE", 2000, 10**6, None),
        ("Hunderte von Fällen wurden geprüft.", "de_DE", 200, 1000, None),
    ],
)
def test_vague_amounts(text: str, locale: str, low: int, high: int, currency: str | None) -> None:
    """At least two of the unit named, below the next scale; money when a currency follows the link."""
    assert [(Decimal(low), Decimal(high), currency)] == _bounds(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("They came in their thousands.", "en_GB"),
        ("Les milliers restants.", "fr_FR"),
        ("Los miles restantes.", "es_ES"),
        ("Die tausende blieben.", "de_DE"),
    ],
)
def test_plural_scale_words_alone_are_not_amounts(text: str, locale: str) -> None:
    """Without a link word (or, in German, a noun after it) a plural scale word is a noun."""
    assert _bounds(text, locale) == []
