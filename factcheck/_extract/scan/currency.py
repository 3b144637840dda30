"""Currencies next to numbers: symbols ("£", "US$", "€"), ISO codes ("GBP") and names ("pounds").

Symbols come from babel (``get_currency_symbol`` for every code in ``list_currencies``) in the
text's locale and in English, with the currencies people mean most often winning a shared
symbol: "$" is USD, "£" GBP, "¥" JPY. A symbol several currencies share is listed in
``CurrencyTables.ambiguous`` so that :func:`factcheck.parse_amount` can warn; extraction never warns.

Names come from babel too: every currency's name in the text's language and in English, singular
and plural ("Finnish markka", "dólares australianos"), and the bare head noun of the names of
currencies in use today ("rupees", "francs", "yenes"), which goes to the currency of the locale's
territory, else to the most traded one that has it ("francs" is CHF, "pesos" MXN), and is left
out when no such choice exists ("kroner": Danish or Norwegian). French and Spanish names also
count after "de" ("5 millions de dollars", "3 millones de $"). Prefixed dollars are read in any
case ("US$", "us$", "HK$", "C$", "CAD$", "Mex$"), and the codes of major currencies in lower case
too ("50 usd", "rmb 10"); other lower-case codes are words too often ("all", "try", "top").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from factcheck._extract.scan.currency_words import (
    AMPERSAND_WORDS,
    DOLLAR_TAGS,
    EXTRA_SYMBOLS,
    HISTORICAL,
    LINKED_LANGUAGES,
    LOWER_CODES,
    MINOR,
    NAMES,
    NOT_NAMES,
    PREFERRED,
    TIE_BREAK,
)
from factcheck._extract.scan.money_compound import scaled_code
from factcheck._extract.text.numerals import babel_locale, number_symbols
from factcheck._extract.text.tokens import WORD

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._extract.text.tokens import Token

__all__ = ["CurrencyTables", "babel_names", "currency_at", "currency_tables", "scaled_code"]


class CurrencyTables:
    """Currency forms of one locale."""

    __slots__ = ("ambiguous", "codes", "longest", "minor", "minor_of", "name_starts", "names", "symbols")

    def __init__(
        self,
        symbols: dict[str, str],
        codes: frozenset[str],
        names: dict[tuple[str, ...], str],
        minor: dict[str, str],
        ambiguous: frozenset[str],
        *,
        minor_of: dict[str, frozenset[str]],
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
        self.longest = max(len(key) for key in names)
        """Tokens in the longest name ("dólares de hong kong" has four)."""
        self.minor_of = minor_of
        """Lower-case names of hundredths -> the codes they divide ("cents" -> dollars and the euro)."""
        self.name_starts = frozenset(key[0] for key in names)
        """First tokens of the names ("swiss" of "swiss francs")."""


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
    order = [*PREFERRED, *sorted(codes - set(PREFERRED))]
    local = get_territory_currencies(loc.territory) if loc.territory else []
    for where in (loc, babel_locale("en")):
        for code in [*local, *order]:
            symbol = get_currency_symbol(code, locale=where)
            if symbol and symbol != code and not symbol.isalpha():
                holders.setdefault(symbol, set()).add(code)
                symbols.setdefault(symbol, code)
    for symbol, code in EXTRA_SYMBOLS.items():
        holders.setdefault(symbol, set()).add(code)
        symbols.setdefault(symbol, code)
    symbols["$"] = "USD"  # babel gives "$" to the local dollar in en_AU etc.; news in those locales writes A$
    ambiguous = frozenset(s for s, held in holders.items() if len(held) > 1 or s == "$")
    for symbol, code in list(symbols.items()):
        if any(ch.isalpha() for ch in symbol):
            for variant in (symbol.lower(), symbol.upper()):
                holders.setdefault(variant, set()).add(code)
                symbols.setdefault(variant, code)
    for code in LOWER_CODES:
        symbols.setdefault(code.lower(), symbols.get(code, code))
    lang = loc.language
    names = {tuple(k.split()): v for k, v in NAMES.get(lang, {}).items()}
    for k, v in NAMES["en"].items():
        names.setdefault(tuple(k.split()), v)
    ranking = (*local, *TIE_BREAK)
    for language in dict.fromkeys((lang, "en")):
        for key, code in babel_names(language, ranking).items():
            names.setdefault(key, code)
    for code in LOWER_CODES:
        names.setdefault((code.lower(),), symbols.get(code, code))
    for code in sorted(codes):
        if "$" in get_currency_symbol(code, locale="en") or code in ("USD", "CAD", "AUD", "HKD", "NZD", "SGD"):
            for form in (f"{code}$", f"{code.lower()}$", f"${code}", f"${code.lower()}"):
                holders.setdefault(form, set()).add(code)
                symbols.setdefault(form, code)
    if lang in LINKED_LANGUAGES:
        _add_linked(names, symbols, lang)
    minor = dict(MINOR.get(lang, MINOR["en"]))
    if lang == "en" and "EUR" in local:
        minor["cents"] = minor["cent"] = "EUR"
    if lang == "es" and local and local[0] != "EUR":  # "centavos" of the local peso, sol, quetzal...
        minor["centavos"] = minor["centavo"] = local[0]
    return CurrencyTables(symbols, codes, names, minor, ambiguous, minor_of=_minor_of(minor))


def _minor_of(minor: dict[str, str]) -> dict[str, frozenset[str]]:
    """Which currencies each minor unit divides: pence the pound; cents, centimes... dollars and the euro too."""
    from babel.numbers import get_currency_name, list_currencies  # noqa: PLC0415

    dollars = {code for code in list_currencies() if get_currency_name(code, locale="en").lower().endswith(" dollar")}
    out: dict[str, frozenset[str]] = {}
    for word, code in minor.items():
        if code == "GBP":
            out[word] = frozenset({code})
        else:
            out[word] = frozenset({code, "EUR", "USD", *dollars, *(("CHF",) if word.startswith("centime") else ())})
    return out


def _add_linked(names: dict[tuple[str, ...], str], symbols: dict[str, str], lang: str) -> None:
    """Add the forms after "de": "de dollars", "d'euros", "de $", "de $ US"."""
    for key, code in list(names.items()):
        if key[0] not in ("de", "d'") and not key[0].startswith("d'"):
            names.setdefault(("de", *key), code)
            if lang == "fr" and key[0][:1] in "aeiouyéèêh":
                names.setdefault((f"d'{key[0]}", *key[1:]), code)
    for symbol, code in list(symbols.items()):
        if len(symbol) == 1:
            names.setdefault(("de", symbol), code)
    for tag, code in DOLLAR_TAGS.items():
        names.setdefault(("de", "$", tag), code)
        names.setdefault(("de", "$", code.lower()), code)


@functools.cache
def babel_names(lang: str, preferred: tuple[str, ...] = TIE_BREAK) -> dict[tuple[str, ...], str]:
    """Currency names in ``lang`` from babel as token tuples -> ISO code, and bare head nouns.

    ``preferred`` decides who gets a name several currencies share (the locale's own first).

    >>> names = babel_names("es")
    >>> names[("dólares", "australianos")], names[("yenes",)], names[("dólares",)]
    ('AUD', 'JPY', 'USD')
    >>> ("coronas",) in names  # Czech, Danish, Icelandic, Norwegian and Swedish
    False
    """
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_currency_name, get_territory_currencies, list_currencies  # noqa: PLC0415

    from factcheck._extract.text.tokens import WORD, tokenize  # noqa: PLC0415

    symbols = number_symbols(lang)
    in_use: set[str] = set()
    for territory in map(str, Locale("en").territories):
        if len(territory) == 2 and territory.isalpha():  # noqa: PLR2004  (countries, not regions such as "001")
            in_use.update(get_territory_currencies(territory))
    ranked = [*dict.fromkeys(c for c in preferred if c in in_use), *sorted(in_use - set(preferred))]
    ranked += sorted(set(list_currencies()) - in_use)
    head_first = lang in LINKED_LANGUAGES
    names: dict[tuple[str, ...], str] = {}
    heads: dict[str, list[str]] = {}
    old_heads: dict[str, list[str]] = {}
    for code in ranked:
        if code.startswith("X") and code not in in_use:
            continue  # metals, funds and test codes ("oro", "Testwährung")
        for count in (1, 2, 5):
            name = get_currency_name(code, count=count, locale=lang).replace("&", AMPERSAND_WORDS.get(lang, "and"))
            toks = tokenize(name, symbols)  # "Trinidad and Tobago dollars", "St. Helena pound"
            if not toks or any(t.kind != WORD and t.text not in "-'’." for t in toks):
                continue  # "Zimbabwean Dollar (1980–2008)", "CFA Franc BCEAO"
            key = tuple(t.low for t in toks)
            if key == (code.lower(),):
                continue  # babel gives the code when it has no name
            names.setdefault(key, code)
            for variant in _declined(key, lang):
                names.setdefault(variant, code)
            if len(key) > 1 and (code in in_use or code in HISTORICAL):
                codes = (heads if code in in_use else old_heads).setdefault(key[0] if head_first else key[-1], [])
                if code not in codes:
                    codes.append(code)
    for head, codes in heads.items():
        pick = next((c for c in preferred if c in codes), codes[0] if len(codes) == 1 else None)
        if pick is not None and head not in NOT_NAMES:
            names.setdefault((head,), pick)
    for head, codes in old_heads.items():
        if head not in heads and head not in NOT_NAMES:
            names.setdefault((head,), min(codes, key=HISTORICAL.index))
    return names


def currency_at(toks: Sequence[Token], k: int, cur: CurrencyTables) -> tuple[str, int] | None:
    """A currency symbol or code at token ``k``: its ISO code and the index of the token after it.

    Symbols may span glued tokens ("US$", "Mex$"); a letter prefix typed apart from its "$" counts
    too when it has two letters or more, or is "C" ("HK $ 5", "c $ 16.4m"); upper-case ISO codes
    count anywhere ("GBP 5m").

    >>> from factcheck._extract.text.numerals import number_symbols
    >>> from factcheck._extract.text.tokens import tokenize
    >>> toks = tokenize("HK $ 10.05bn", number_symbols("en_GB"))
    >>> currency_at(toks, 0, currency_tables("en_GB"))
    ('HKD', 2)
    """
    n = len(toks)
    for length in (3, 2, 1):
        if k + length > n or any(not toks[m].glued for m in range(k + 1, k + length)):
            continue
        written = "".join(t.text for t in toks[k : k + length])
        if written in cur.symbols:
            return cur.symbols[written], k + length
    tok = toks[k]
    if tok.kind != WORD:
        return None
    if k + 1 < n and toks[k + 1].text == "$" and (len(tok.text) > 1 or tok.low == "c"):
        spaced = cur.symbols.get(f"{tok.text}$")
        if spaced is not None:
            return spaced, k + 2
    if len(tok.text) == 3 and tok.text.isupper() and tok.text in cur.codes:  # noqa: PLR2004
        return tok.text, k + 1
    return None


def _declined(key: tuple[str, ...], lang: str) -> tuple[tuple[str, ...], ...]:
    """German names with their adjective declined: "Kanadischer Dollar" -> "kanadischen Dollar"...

    >>> _declined(("kanadischer", "dollar"), "de")[:2]
    (('kanadische', 'dollar'), ('kanadischen', 'dollar'))
    """
    first = key[0]
    if lang != "de" or len(key) < 2 or "isch" not in first[-6:]:  # noqa: PLR2004
        return ()
    stem = first[: first.rindex("isch") + 4]
    return tuple((stem + ending, *key[1:]) for ending in ("e", "en", "er", "es", "em") if stem + ending != first)
