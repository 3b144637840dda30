"""Currency words by language, as data: preferred codes, extra symbols, names, minor units.

:mod:`factcheck._extract.scan.currency` builds its tables from these and from babel.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AMPERSAND_WORDS",
    "DOLLAR_TAGS",
    "EXTRA_SYMBOLS",
    "HISTORICAL",
    "LINKED_LANGUAGES",
    "LOWER_CODES",
    "MINOR",
    "NAMES",
    "NOT_NAMES",
    "PREFERRED",
    "TIE_BREAK",
]

PREFERRED: Final = ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "AUD", "CAD", "NZD", "HKD", "SGD", "BRL", "RUB")
"""Codes that win a symbol they share with others, in this order."""

EXTRA_SYMBOLS: Final = {
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
    "Mex$": "MXN",
    "U$S": "USD",
    "U$D": "USD",
    "u$s": "USD",
    "u$d": "USD",
    "RMB": "CNY",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₦": "NGN",
    "₱": "PHP",
    "₴": "UAH",
    "₸": "KZT",
    "₮": "MNT",
    "₲": "PYG",
    "₫": "VND",
    "₵": "GHS",
    "৳": "BDT",
    "₼": "AZN",
}

NAMES: Final[dict[str, dict[str, str]]] = {
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
        "元": "CNY",
        "rmb": "CNY",
        "renminbi": "CNY",
        "rouble": "RUB",
        "roubles": "RUB",
        "reais": "BRL",
        "lire": "ITL",
        "italian lire": "ITL",
        "deutschmark": "DEM",
        "deutschmarks": "DEM",
        "deutsche mark": "DEM",
        "deutsche marks": "DEM",
        "d - mark": "DEM",
        "d - marks": "DEM",
        "irish punts": "IEP",
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

MINOR: Final[dict[str, dict[str, str]]] = {
    "en": {"p": "GBP", "pence": "GBP", "penny": "GBP", "cents": "USD", "cent": "USD"},
    "de": {"cent": "EUR", "cents": "EUR", "pence": "GBP", "penny": "GBP"},
    "fr": {"centimes": "EUR", "cents": "EUR", "centime": "EUR", "pence": "GBP", "penny": "GBP"},
    "es": {
        "céntimos": "EUR",
        "centimos": "EUR",
        "céntimo": "EUR",
        "cents": "EUR",
        "centavos": "USD",
        "centavo": "USD",
        "peniques": "GBP",
        "penique": "GBP",
    },
}
"""Hundredths of a currency, kept as written ("50p" is 50 ``penny``); "cents" are US unless the euro is local."""

LOWER_CODES: Final = (
    *(code for code in PREFERRED if code != "RUB"),
    *("MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "KRW", "RMB"),
)
"""Codes also read in lower case ("50 usd"); not RUB ("rub") nor TRY ("try"), which are words."""

TIE_BREAK: Final = (*PREFERRED, "MXN", "SAR", "AED")
"""Who gets a bare name several currencies in use share ("dollars", "pesos"), after the local one."""

HISTORICAL: Final = (
    "DEM", "FRF", "ITL", "ESP", "NLG", "BEF", "ATS", "PTE", "GRD", "FIM", "IEP", "LUF", "SIT", "SKK", "EEK", "LVL",
    "LTL", "CYP", "MTL", "HRK",
)  # fmt: skip
"""Currencies the euro replaced: their bare head nouns ("pesetas", "drachmas") count when no currency
in use has that head ("francs" stays CHF, "marks" a common word), the first listed winning a shared one."""

NOT_NAMES: Final = frozenset(
    {
        "mark", "marks", "marco", "marcos", "real", "reals", "won", "wons", "sol", "sols", "soles", "gold", "or",
        "oro", "kip", "kips", "som", "soms", "sum", "sums", "nuevo", "nuevos", "nouveau", "nouveaux", "bat", "bats",
        "bir", "dram", "drams", "tala", "talas", "kina", "kinas", "leone", "leones", "leona", "leonas", "pula",
        "pulas", "loti", "lotis", "dobra", "dobras", "gourde", "gourdes", "herzegowina", "guilder", "guilders",
    }
)  # fmt: skip
"""Head nouns of currency names that are common words or names in news text ("5 marks", "a real")."""

DOLLAR_TAGS: Final = {"us": "USD", "ca": "CAD", "can": "CAD", "au": "AUD", "hk": "HKD", "nz": "NZD", "sg": "SGD"}
"""French writes the country after the dollar sign: "5 millions de $ US", "10 $ CA"."""

AMPERSAND_WORDS: Final = {"de": "und", "fr": "et", "es": "y"}
"""The word for "&" in names such as "Trinidad & Tobago dollar"."""

LINKED_LANGUAGES: Final = frozenset({"fr", "es"})
"""Languages whose scale words take "de" before the currency: "5 millions de dollars"."""
