"""Currencies next to numbers: symbols ("£", "US$", "€"), ISO codes ("GBP") and names ("pounds").

Symbols come from babel (``get_currency_symbol`` for every code in ``list_currencies``) in the
text's locale and in English, with the currencies people mean most often winning a shared
symbol: "$" is USD, "£" GBP, "¥" JPY. A symbol several currencies share is listed in
``CurrencyTables.ambiguous`` so that :func:`factcheck.parse_amount` can warn; extraction never warns.
"""

from __future__ import annotations

import functools
from typing import Final

from ._numbers import babel_locale

__all__ = ["CurrencyTables", "currency_tables"]

_PREFERRED: Final = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "BRL", "RUB")
"""Codes that win a symbol they share with others, in this order."""

_EXTRA_SYMBOLS: Final = {
    "US$": "USD",
    "U.S.$": "USD",
    "$US": "USD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "£GB": "GBP",
    "£": "GBP",
    "€": "EUR",
    "$": "USD",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "Fr.": "CHF",
}

_NAMES: Final[dict[str, dict[str, str]]] = {
    "en": {
        "pound": "GBP",
        "pounds": "GBP",
        "sterling": "GBP",
        "pounds sterling": "GBP",
        "euro": "EUR",
        "euros": "EUR",
        "dollar": "USD",
        "dollars": "USD",
        "us dollars": "USD",
        "yen": "JPY",
        "yuan": "CNY",
        "rupees": "INR",
        "swiss francs": "CHF",
    },
    "de": {"euro": "EUR", "pfund": "GBP", "dollar": "USD", "us-dollar": "USD", "franken": "CHF", "yen": "JPY"},
    "fr": {
        "euro": "EUR",
        "euros": "EUR",
        "d'euros": "EUR",
        "livres": "GBP",
        "livres sterling": "GBP",
        "de livres": "GBP",
        "dollars": "USD",
        "de dollars": "USD",
        "francs": "CHF",
    },
    "es": {
        "euro": "EUR",
        "euros": "EUR",
        "de euros": "EUR",
        "libras": "GBP",
        "libras esterlinas": "GBP",
        "de libras": "GBP",
        "dólares": "USD",
        "de dólares": "USD",
        "dolares": "USD",
    },
}
"""Currency names written after a number, by language (lower case)."""

_MINOR: Final[dict[str, dict[str, str]]] = {
    "en": {"p": "GBP", "pence": "GBP", "penny": "GBP", "cents": "USD", "cent": "USD"},
    "de": {"cent": "EUR", "cents": "EUR", "pence": "GBP"},
    "fr": {"centimes": "EUR", "cents": "EUR", "centime": "EUR"},
    "es": {"céntimos": "EUR", "centimos": "EUR", "céntimo": "EUR", "cents": "EUR"},
}
"""Hundredths of a currency: "50p" is £0.50. English "cents" are US unless the locale uses the euro."""


class CurrencyTables:
    """Currency forms of one locale."""

    __slots__ = ("ambiguous", "codes", "minor", "names", "symbols")

    def __init__(
        self,
        symbols: dict[str, str],
        codes: frozenset[str],
        names: dict[tuple[str, ...], str],
        minor: dict[str, str],
        ambiguous: frozenset[str],
    ) -> None:
        self.symbols = symbols
        """Symbol as written -> ISO code ("US$" -> "USD")."""
        self.codes = codes
        """Every ISO 4217 code babel knows."""
        self.names = names
        """Lower-case name tokens -> ISO code (("pounds",) -> "GBP")."""
        self.minor = minor
        """Lower-case names of hundredths -> ISO code ("pence" -> "GBP")."""
        self.ambiguous = ambiguous
        """Symbols that several currencies use ("$")."""


@functools.cache
def currency_tables(locale: str) -> CurrencyTables:
    """The currency forms of ``locale``.

    >>> tables = currency_tables("fr_FR")
    >>> tables.symbols["£GB"], tables.symbols["$US"], tables.names[("livres",)]
    ('GBP', 'USD', 'GBP')
    """
    from babel.numbers import get_currency_symbol, get_territory_currencies, list_currencies  # noqa: PLC0415

    loc = babel_locale(locale)
    codes = frozenset(list_currencies())
    holders: dict[str, set[str]] = {}
    symbols: dict[str, str] = {}
    order = [*_PREFERRED, *sorted(codes - set(_PREFERRED))]
    local = get_territory_currencies(loc.territory) if loc.territory else []
    for where in (loc, babel_locale("en")):
        for code in [*local, *order]:
            symbol = get_currency_symbol(code, locale=where)
            if symbol and symbol != code and not symbol.isalpha():
                holders.setdefault(symbol, set()).add(code)
                symbols.setdefault(symbol, code)
    for symbol, code in _EXTRA_SYMBOLS.items():
        holders.setdefault(symbol, set()).add(code)
        symbols.setdefault(symbol, code)
    symbols["$"] = "USD"  # babel gives "$" to the local dollar in en_AU etc.; news in those locales writes A$
    ambiguous = frozenset(s for s, held in holders.items() if len(held) > 1 or s == "$")
    lang = loc.language
    names = {tuple(k.split()): v for k, v in _NAMES.get(lang, {}).items()}
    for k, v in _NAMES["en"].items():
        names.setdefault(tuple(k.split()), v)
    minor = dict(_MINOR.get(lang, _MINOR["en"]))
    if lang == "en" and "EUR" in local:
        minor["cents"] = minor["cent"] = "EUR"
    return CurrencyTables(symbols, codes, names, minor, ambiguous)
