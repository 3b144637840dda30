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

What babel lacks is data in the lexicons' ``money.json``: in ``common`` the news symbols, the
order of preference, the codes read in lower case, the head nouns that are words; in each
language the names news text uses and the minor units. The link word of French and Spanish is
their ``unit_link`` (``units.json``).
"""

from __future__ import annotations

import functools
import unicodedata
from typing import TYPE_CHECKING, Any, Final

from factcheck._extract.scan.unit_words import linked_forms, unit_forms
from factcheck._extract.text.numerals import babel_locale, number_symbols
from factcheck._extract.text.tokens import NUM, WORD, match, tokenize
from factcheck.currency import currency_codes
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from factcheck._extract.text.tokens import Token
    from factcheck.lexicons import Lexicon

__all__ = [
    "CurrencyTables",
    "babel_names",
    "code_is_word",
    "currency_at",
    "currency_tables",
    "fold",
    "is_iso_code",
    "scaled_code",
]

_COMMON: Final = lexicon("common")
_ENGLISH: Final = "en"
"""English currency names and symbols are read in every language."""
_EURO: Final = "EUR"
_SYMBOL_TOKENS: Final = 3
"""The most tokens a currency symbol is cut into: "Mex", "$"; "US", "$"; "R", "$"."""

PREFERRED: Final = _COMMON.strings("preferred_currencies")
"""Codes that win a symbol they share with others, in this order."""
EXTRA_SYMBOLS: Final = _COMMON.mapping("currency_symbols")
"""Symbols as news text writes them, beyond babel's ("US$", "Mex$", "£GB")."""
LOWER_CODES: Final = _COMMON.strings("lower_case_codes")
"""Codes also read in lower case ("50 usd")."""
TIE_BREAK: Final = (*PREFERRED, *_COMMON.strings("tie_break_currencies"))
"""Who gets a bare name several currencies in use share ("dollars", "pesos"), after the local one."""
HISTORICAL: Final = _COMMON.strings("historical_currencies")
"""Currencies the euro replaced, whose bare head nouns count when no currency in use has them."""
NOT_NAMES: Final = _COMMON.words("currency_heads_not_names")
"""Head nouns of currency names that are common words or names in news text ("5 marks", "a real")."""
_LETTER_FOLDS: Final = str.maketrans(dict(_COMMON.mapping("name_letter_folds")))
"""Letters decomposition leaves whole, with the letters they fold to: "ł" is "l"."""


def fold(word: str) -> str:
    """``word`` without its diacritics; a word in ASCII as it is.

    >>> fold("złotys"), fold("dólares"), fold("øre"), fold("pounds")
    ('zlotys', 'dolares', 'ore', 'pounds')
    """
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_LETTER_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CurrencyTables:
    """Currency forms of one locale."""

    __slots__ = (
        "ambiguous",
        "codes",
        "longest",
        "minor",
        "minor_of",
        "name_starts",
        "names",
        "symbol_prefixes",
        "symbols",
    )

    def __init__(
        self,
        symbols: dict[str, str],
        names: dict[tuple[str, ...], str],
        minor: dict[str, str],
        ambiguous: frozenset[str],
        *,
        minor_of: dict[str, frozenset[str]],
    ) -> None:
        self.symbols = symbols
        """Symbol as written -> ISO code ("US$" -> "USD")."""
        self.codes = currency_codes()
        """Every ISO 4217 code babel knows, in capitals (the set :func:`is_iso_code` asks)."""
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
        self.symbol_prefixes = frozenset(symbol[:end] for symbol in symbols for end in range(1, len(symbol) + 1))
        """Every start of a symbol ("U", "US", "US$" of "US$"): a token no symbol starts with is none."""

    def word_code(self, low: str) -> str | None:
        """The code of the one-word name ``low`` (lower case), or ``None``.

        A word written with diacritics the name lacks is read as the name: "złotys" is "zlotys".
        """
        code = self.names.get((low,))
        if code is None and not low.isascii():
            code = self.names.get((fold(low),))
        return code

    def name_at(self, toks: Sequence[Token], k: int, longest: int) -> tuple[str, int] | None:
        """The code and length in tokens of the longest name (at most ``longest`` tokens) at token ``k``.

        Words written with diacritics the name lacks are read as the name ("900 million złotys");
        a word without the diacritics of a name stays a word ("stage 3 colon cancer" is no colón).
        """
        length = match(toks, k, self.names, longest)
        if length:
            return self.names[tuple(t.low for t in toks[k : k + length])], length
        if k >= len(toks):
            return None
        first = toks[k].low
        if first not in self.name_starts and (first.isascii() or fold(first) not in self.name_starts):
            return None  # no name starts here, with or without diacritics
        words = [t.low for t in toks[k : k + min(longest, len(toks) - k)]]
        if all(word.isascii() for word in words):
            return None
        folded = [fold(word) for word in words]
        for length in range(len(folded), 0, -1):
            code = self.names.get(tuple(folded[:length]))
            if code is not None:
                return code, length
        return None


@functools.cache
def currency_tables(locale: str) -> CurrencyTables:
    """The currency forms of ``locale``.

    >>> tables = currency_tables("fr_FR")
    >>> tables.symbols["£GB"], tables.symbols["$US"], tables.names[("livres",)]
    ('GBP', 'USD', 'GBP')
    """
    from babel.numbers import get_currency_symbol, get_territory_currencies  # noqa: PLC0415

    loc = babel_locale(locale)
    codes = currency_codes()
    holders: dict[str, set[str]] = {}
    symbols: dict[str, str] = {}
    order = [*PREFERRED, *sorted(codes - set(PREFERRED))]
    local = get_territory_currencies(loc.territory) if loc.territory else []
    for where in (loc, babel_locale(_ENGLISH)):
        for code in [*local, *order]:
            symbol = get_currency_symbol(code, locale=where)
            if symbol and symbol != code and not symbol.isalpha():
                holders.setdefault(symbol, set()).add(code)
                symbols.setdefault(symbol, code)
    for symbol, code in EXTRA_SYMBOLS.items():
        holders.setdefault(symbol, set()).add(code)
        symbols.setdefault(symbol, code)
    # babel gives "$" to the local dollar in en_AU etc.; news in those locales writes A$
    symbols["$"] = EXTRA_SYMBOLS["$"]
    ambiguous = frozenset(s for s, held in holders.items() if len(held) > 1 or s == "$")
    for symbol, code in list(symbols.items()):
        if any(ch.isalpha() for ch in symbol):
            for variant in (symbol.lower(), symbol.upper()):
                holders.setdefault(variant, set()).add(code)
                symbols.setdefault(variant, code)
    for code in LOWER_CODES:
        symbols.setdefault(code.lower(), symbols.get(code, code))
    lang = loc.language
    own = _own_lexicon(lang)
    english = lexicon(_ENGLISH)
    names = {tuple(k.split()): v for k, v in unit_forms((own or english).mapping("currency_names")).items()}
    for k, v in unit_forms(english.mapping("currency_names")).items():
        names.setdefault(tuple(k.split()), v)
    ranking = (*local, *TIE_BREAK)
    for language in dict.fromkeys((lang, _ENGLISH)):
        for key, code in babel_names(language, ranking).items():
            names.setdefault(key, code)
    for code in LOWER_CODES:
        names.setdefault((code.lower(),), symbols.get(code, code))
    dollar_codes = _COMMON.words("dollar_codes")
    english_locale = babel_locale(_ENGLISH)  # a Locale, not its name: babel parses a name on every call
    for code in sorted(codes):
        if "$" in get_currency_symbol(code, locale=english_locale) or code in dollar_codes:
            for form in (f"{code}$", f"{code.lower()}$", f"${code}", f"${code.lower()}"):
                holders.setdefault(form, set()).add(code)
                symbols.setdefault(form, code)
    link = own.own("unit_link") if own is not None else None
    if link is not None:
        _add_linked(names, symbols, link)
    minor = unit_forms((own or english).mapping("currency_minor_units"))
    if own is not None and _EURO in local:  # English "cents" in Ireland
        minor.update(dict.fromkeys(own.own("euro_minor_units") or (), _EURO))
    if own is not None and local and local[0] != _EURO:  # "centavos" of the local peso, sol, quetzal...
        minor.update(dict.fromkeys(own.own("local_minor_units") or (), local[0]))
    also = own.own("minor_units_also_of") if own is not None else None
    return CurrencyTables(symbols, names, minor, ambiguous, minor_of=_minor_of(minor, also or {}))


def _own_lexicon(lang: str) -> Lexicon | None:
    """The lexicon of ``lang`` when it has one."""
    return lexicon(lang) if lang in LANGUAGES else None


def _own(lang: str, name: str) -> Any:
    """The table ``name`` of ``lang``'s own lexicon, ``None`` if it has none."""
    own = _own_lexicon(lang)
    return own.own(name) if own is not None else None


def _minor_of(minor: dict[str, str], also: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Which currencies each minor unit divides: pence the pound; cents, centimes... dollars and the euro too.

    ``also`` names more currencies some minor units divide (French centimes the Swiss franc).
    """
    from babel.numbers import get_currency_name  # noqa: PLC0415

    english = babel_locale(_ENGLISH)  # a Locale, not its name: babel parses a name on every call
    dollars = {code for code in currency_codes() if get_currency_name(code, locale=english).lower().endswith(" dollar")}
    own_only = _COMMON.words("minor_units_own_only")
    shared = _COMMON.strings("minor_units_shared")
    out: dict[str, frozenset[str]] = {}
    for word, code in minor.items():
        if code in own_only:
            out[word] = frozenset({code})
        else:
            out[word] = frozenset({code, *shared, *dollars, *also.get(word, ())})
    return out


def _add_linked(names: dict[tuple[str, ...], str], symbols: dict[str, str], link: Mapping[str, str]) -> None:
    """Add the forms after the language's link word: "de dollars", "d'euros", "de $", "de $ US"."""
    word = link["word"]
    elision = link.get("elision")
    for key, code in list(names.items()):
        if key[0] != word and not (elision and key[0].startswith(elision)):
            for linked in linked_forms(link, key):
                names.setdefault(linked, code)
    for symbol, code in list(symbols.items()):
        if len(symbol) == 1:
            names.setdefault((word, symbol), code)
    for tag, code in _COMMON.mapping("dollar_country_tags").items():
        names.setdefault((word, "$", tag), code)
        names.setdefault((word, "$", code.lower()), code)


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
    from babel.numbers import get_currency_name, get_territory_currencies  # noqa: PLC0415

    symbols = number_symbols(lang)
    in_use: set[str] = set()
    for territory in map(str, Locale("en").territories):
        if len(territory) == 2 and territory.isalpha():  # noqa: PLR2004  (countries, not regions such as "001")
            in_use.update(get_territory_currencies(territory))
    ranked = [*dict.fromkeys(c for c in preferred if c in in_use), *sorted(in_use - set(preferred))]
    ranked += sorted(currency_codes() - in_use)
    head_first = bool(_own(lang, "currency_names_head_first"))
    declension = _own(lang, "currency_adjective_declension")
    ampersand = lexicon(lang if lang in LANGUAGES else _ENGLISH)["conjunction_and"]
    locale = babel_locale(lang)  # a Locale, not its name: babel parses a name on every call
    names: dict[tuple[str, ...], str] = {}
    heads: dict[str, list[str]] = {}
    old_heads: dict[str, list[str]] = {}
    for code in ranked:
        if code.startswith("X") and code not in in_use:
            continue  # metals, funds and test codes ("oro", "Testwährung")
        said: set[str] = set()
        for count in (1, 2, 5):
            name = get_currency_name(code, count=count, locale=locale).replace("&", ampersand)
            if name in said:  # English says "dollars" for 2 and for 5: the same name adds nothing
                continue
            said.add(name)
            toks = tokenize(name, symbols)  # "Trinidad and Tobago dollars", "St. Helena pound"
            if not toks or any(t.kind != WORD and t.text not in "-'’." for t in toks):
                continue  # "Zimbabwean Dollar (1980–2008)", "CFA Franc BCEAO"
            key = tuple(t.low for t in toks)
            if key == (code.lower(),):
                continue  # babel gives the code when it has no name
            names.setdefault(key, code)
            for variant in _declined(key, declension):
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


_SCALED_PREFIXES: Final = _COMMON.mapping("scaled_code_prefixes")
"""Business shorthand glued before a code: "MUSD" is a million dollars, German "TEUR" a thousand euros."""

_WORD_CODES: Final = _COMMON.words("codes_that_are_words")
"""ISO codes that are English words: "MALL", "TALL", "MARS" stay words."""

_X_CURRENCIES: Final = _COMMON.words("x_codes_that_are_currencies")
"""Codes starting with X that are currencies; the others are funds, metals and test codes."""


def code_is_word(text: str) -> bool:
    """True for an ISO code that is also an English word: before a number it is the word ("TOP 10 films").

    >>> code_is_word("ALL"), code_is_word("USD")
    (True, False)
    """
    return text in _WORD_CODES


def is_iso_code(text: str) -> bool:
    """True for a currency's ISO code in capitals, a word or not: "USD", "GBP", "ALL".

    >>> is_iso_code("USD"), is_iso_code("ALL"), is_iso_code("IFRS"), is_iso_code("usd")
    (True, True, False, False)
    """
    return text.isupper() and text in currency_codes()


def scaled_code(text: str) -> tuple[str, int] | None:
    """The ISO code and power of ten of a scaled code such as "MUSD", "MEUR", "TEUR" or "kEUR".

    The code is written in capitals and babel knows it ("MGBP", "MAUD", "KCHF"), so that words
    such as "Meur" stay words; codes that are words ("ALL", "TOP") and funds and metals ("XAU") don't count.

    >>> scaled_code("MUSD"), scaled_code("TEUR"), scaled_code("kEUR"), scaled_code("MAUD")
    (('USD', 6), ('EUR', 3), ('EUR', 3), ('AUD', 6))
    >>> scaled_code("meur"), scaled_code("MALL"), scaled_code("MXAU"), scaled_code("MUSDX")
    (None, None, None, None)
    """
    if len(text) != 4 or text[0] not in _SCALED_PREFIXES:  # noqa: PLR2004
        return None
    code = text[1:]
    if not code.isupper() or code in _WORD_CODES or code not in currency_codes():
        return None
    if code.startswith("X") and code not in _X_CURRENCIES:
        return None
    return code, _SCALED_PREFIXES[text[0]]


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
    tok = toks[k]
    written = tok.text
    if written in cur.symbol_prefixes:  # the longest symbol of up to three glued tokens: "US$", "Mex$", "$"
        symbol, end = (written, k + 1) if written in cur.symbols else (None, k)
        m = k + 1
        while m < n and m < k + _SYMBOL_TOKENS and toks[m].glued:
            written += toks[m].text
            if written not in cur.symbol_prefixes:  # nor is any longer one a symbol
                break
            m += 1
            if written in cur.symbols:
                symbol, end = written, m
        if symbol is not None:
            return cur.symbols[symbol], end
    if tok.kind != WORD:
        return None
    if k + 1 < n and toks[k + 1].text == "$" and (len(tok.text) > 1 or tok.low == "c"):
        spaced = cur.symbols.get(f"{tok.text}$")
        if spaced is not None:
            return spaced, k + 2
    if len(tok.text) == 3 and tok.text.isupper() and tok.text in cur.codes:  # noqa: PLR2004
        if k + 1 < n and toks[k + 1].kind == NUM and toks[k + 1].glued and _withdrawn_code(tok.text):
            return None  # "ESA10", "DEM2": a withdrawn code glued to digits is a name ("DEM 10" is money)
        return tok.text, k + 1
    return None


@functools.cache
def _codes_in_use() -> frozenset[str]:
    """The ISO codes some country uses today, as tender or not (CLDR's territory currencies, through babel)."""
    from babel import Locale  # noqa: PLC0415
    from babel.numbers import get_territory_currencies  # noqa: PLC0415

    in_use: set[str] = set()
    for territory in map(str, Locale("en").territories):
        if len(territory) == 2 and territory.isalpha():  # noqa: PLR2004  (countries, not regions such as "001")
            in_use.update(get_territory_currencies(territory, non_tender=True))
    return frozenset(in_use)


def _withdrawn_code(code: str) -> bool:
    """True for an ISO code babel knows that no country uses today: "DEM", "ESA", "FRF".

    >>> _withdrawn_code("DEM"), _withdrawn_code("ESA"), _withdrawn_code("EUR"), _withdrawn_code("GBP")
    (True, True, False, False)
    """
    return code in currency_codes() and code not in _codes_in_use()


def _declined(key: tuple[str, ...], declension: Mapping[str, Any] | None) -> tuple[tuple[str, ...], ...]:
    """Names with their adjective declined (German): "Kanadischer Dollar" -> "kanadischen Dollar"...

    >>> _declined(("kanadischer", "dollar"), lexicon("de")["currency_adjective_declension"])[:2]
    (('kanadische', 'dollar'), ('kanadischen', 'dollar'))
    """
    if declension is None or len(key) < 2:  # noqa: PLR2004
        return ()
    first = key[0]
    marker, endings = declension["marker"], declension["endings"]
    if marker not in first[-(len(marker) + max(map(len, endings))) :]:
        return ()
    stem = first[: first.rindex(marker) + len(marker)]
    return tuple((stem + ending, *key[1:]) for ending in endings if stem + ending != first)
