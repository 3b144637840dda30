"""The scanner on currency names from babel, prefixed dollars, and unit names from CLDR."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from factcheck import Amount
from factcheck._extract.scan.currency import babel_names, currency_at, currency_tables, scaled_code
from factcheck._extract.scan.scanner import scan
from factcheck._extract.scan.unit_names import cldr_unit_forms
from factcheck._extract.scan.unit_words import unit_tables
from factcheck._extract.text.numerals import number_symbols
from factcheck._extract.text.tokens import tokenize

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.scan.figure import Figure
    from factcheck._extract.text.tokens import Token


def _one(text: str, locale: str) -> Figure:
    figures = scan(text, locale)
    assert len(figures) == 1, figures
    return figures[0]


@pytest.mark.parametrize(
    ("text", "locale", "value", "code"),
    [
        ("the board paid 300 million swedish kronor", "en_GB", Decimal("300E+6"), "SEK"),
        ("a bond of 80 million australian dollars", "en_US", Decimal("80E+6"), "AUD"),
        ("they were worth 15 million dutch guilders then", "en_GB", Decimal("15E+6"), "NLG"),
        ("a fine of 4,000 rupees", "en_GB", Decimal(4000), "INR"),
        ("a fine of 900 francs", "en_GB", Decimal(900), "CHF"),
        ("a grant of 7 million pesos", "en_GB", Decimal("7E+6"), "MXN"),
        ("a grant of 7 million pesos", "es_AR", Decimal("7E+6"), "ARS"),
        ("it sold for 64 usd", "en_GB", Decimal(64), "USD"),
        ("it sold for 64usd", "en_GB", Decimal(64), "USD"),
        ("it sold for rmb 64", "en_GB", Decimal(64), "CNY"),
        ("it sold for usd64", "en_GB", Decimal(64), "USD"),
        ("a ticket at 64元", "en_GB", Decimal(64), "CNY"),
        ("a 5,000 ₦ fee", "en_GB", Decimal(5000), "NGN"),
        ("cuesta U$S 40", "es_AR", Decimal(40), "USD"),
        ("it sold for hk$64", "en_GB", Decimal(64), "HKD"),
        ("it sold for HK$64", "en_GB", Decimal(64), "HKD"),
        ("it sold for Mex$64", "en_GB", Decimal(64), "MXN"),
        ("it sold for CAD$64", "en_GB", Decimal(64), "CAD"),
        ("un contrat de 12 millions de $", "fr_FR", Decimal("12E+6"), "USD"),
        ("un contrat de 12 millions de $ CA", "fr_FR", Decimal("12E+6"), "CAD"),
        ("un contrat de 12 millions de dollars canadiens", "fr_FR", Decimal("12E+6"), "CAD"),
        ("un prêt de 3 milliards de yens", "fr_FR", Decimal("3E+9"), "JPY"),
        ("una multa de 45 millones de dólares australianos", "es_ES", Decimal("45E+6"), "AUD"),
        ("una multa de 45.000 yenes", "es_ES", Decimal(45000), "JPY"),
        ("una multa de 45 millones de $", "es_ES", Decimal("45E+6"), "USD"),
        ("eine Strafe von 45 Schweizer Franken", "de_DE", Decimal(45), "CHF"),
        ("eine Strafe von 45 US-Dollar", "de_DE", Decimal(45), "USD"),
    ],
)
def test_currency_names(text: str, locale: str, value: Decimal, code: str) -> None:
    """Names from babel in the text's language, bare head nouns, lower-case codes and prefixed dollars."""
    assert Amount.stated(value, code) == _one(text, locale).amount


@pytest.mark.parametrize(("locale", "code"), [("es_ES", "USD"), ("es_MX", "MXN")])
def test_cents_stay_hundredths(locale: str, code: str) -> None:
    """Minor units are kept as written, in hundredths of the local peso, else of the dollar: 40 centavos."""
    assert Amount.stated(Decimal(40), f"cent_{code}") == _one("subió 40 centavos", locale).amount


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("we won 5 games", "en_GB"),
        ("all 5 marks were lost", "en_GB"),
        ("try 5 times", "en_GB"),
        ("coronas: 5", "es_ES"),
    ],
)
def test_words_that_are_not_currencies(text: str, locale: str) -> None:
    """Head nouns that are common words, and shared ones without a likely currency, stay bare numbers."""
    expected: list[str | None] = [None]
    assert expected == [f.amount.currency for f in scan(text, locale)]


def test_shared_head_noun_left_out() -> None:
    """A head noun several current currencies share with no preferred one is not a name ("kroner")."""
    names = babel_names("en")
    expected = (False, "DKK")
    assert expected == (("kroner",) in names, names[("danish", "kroner")])


def test_currency_tables_symbol_variants() -> None:
    """Prefixed dollar symbols are read in lower and upper case; lower-case codes only for major currencies."""
    symbols = currency_tables("en_US").symbols
    found = [symbols.get(s) for s in ("us$", "US$", "nz$", "NZD$", "$cad", "eur", "rub", "try")]
    expected = ["USD", "USD", "NZD", "NZD", "CAD", "EUR", None, None]
    assert expected == found


@pytest.mark.parametrize(
    ("text", "locale", "value", "name"),
    [
        ("a 660 square metre flat", "en_GB", Decimal(660), "square_metre"),
        ("a 660 sq ft flat", "en_US", Decimal(660), "square_foot"),
        ("a 75 ml bottle", "en_GB", Decimal(75), "millilitre"),
        ("a 68-ounce cup", "en_US", Decimal(68), "ounce"),
        ("a 45-acre site", "en_US", Decimal(45), "acre"),
        ("its 500,000 barrels", "en_US", Decimal(500000), "barrel"),
        ("all 150 micrograms", "en_GB", Decimal(150), "microgram"),
        ("it hit 98.6 degrees F", "en_US", Decimal("98.6"), "degree_Fahrenheit"),
        ("it hit 40 Celsius", "en_GB", Decimal(40), "degree_Celsius"),
        ("it hit 6 deg C", "en_GB", Decimal(6), "degree_Celsius"),
        ("a wall of 12 m", "en_GB", Decimal(12), "metre"),
        ("un appartement de 660 mètres carrés", "fr_FR", Decimal(660), "square_metre"),
        ("1,5 million de gallons", "fr_FR", Decimal("1.5E+6"), "gallon"),
        ("500 000 barils", "fr_FR", Decimal(500000), "barrel"),
        ("2 400 millones de galones", "es_ES", Decimal("2400E+6"), "gallon"),
        ("68 onzas", "es_ES", Decimal(68), "ounce"),
        ("20 grados c", "es_ES", Decimal(20), "degree_Celsius"),
        ("45 Quadratmeter", "de_DE", Decimal(45), "square_metre"),
        ("45 Grad Celsius", "de_DE", Decimal(45), "degree_Celsius"),
    ],
)
def test_unit_names(text: str, locale: str, value: Decimal, name: str) -> None:
    """Unit names from CLDR (long, short, plural) and common news forms, after a number or "de"."""
    figures = [f for f in scan(text, locale) if f.amount.unit != Amount.stated(1, "dimensionless").unit]
    assert [Amount.stated(value, name)] == [f.amount for f in figures]


def test_cldr_short_forms_that_are_words_left_out() -> None:
    """CLDR short forms that are words ("in" for inches, "st" for stone) or lone letters are not units."""
    units = unit_tables("en").units
    expected = [None, None, None, "metre"]
    assert expected == [units.get(k) for k in (("in",), ("st",), ("h",), ("m",))]


def test_spanish_july_is_not_a_joule() -> None:
    """CLDR's Spanish "julio" (joule) is left out: in news text it is July."""
    assert ("julio" in {k[0] for k in cldr_unit_forms("es")}, ("julio",) in unit_tables("es").units) == (True, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HK $ 10.05bn", ("HKD", 2)),
        ("c $ 300m", ("CAD", 2)),
        ("C$300m", ("CAD", 2)),
        ("a $ 5 fee", None),
        ("GBP 5m", ("GBP", 1)),
        ("gbp 5m", ("GBP", 1)),
        ("ALL 5", ("ALL", 1)),
    ],
)
def test_currency_at(text: str, expected: tuple[str, int] | None) -> None:
    """Prefix symbols glued or typed apart from their "$" (not a lone "a"), and codes."""
    toks = tokenize(text, number_symbols("en_GB"))
    assert expected == currency_at(toks, 0, currency_tables("en_GB"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MUSD", ("USD", 6)), ("kEUR", ("EUR", 3)), ("TEUR", ("EUR", 3)), ("teur", None), ("MALL", None), ("MUSDX", None)],
)
def test_scaled_code(text: str, expected: tuple[str, int] | None) -> None:
    """Scaled codes of major currencies only: "MUSD" is a million dollars, "TEUR" a thousand euros."""
    assert expected == scaled_code(text)


def _plain_symbol_at(toks: list[Token], k: int, symbols: Mapping[str, str]) -> tuple[str, int] | None:
    """The longest currency symbol of three, two or one glued tokens at ``k``, tried longest first."""
    for length in (3, 2, 1):
        if k + length <= len(toks) and all(t.glued for t in toks[k + 1 : k + length]):
            written = "".join(t.text for t in toks[k : k + length])
            if written in symbols:
                return symbols[written], k + length
    return None


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "de_DE", "fr_FR", "es_MX"])
def test_symbols_are_read_longest_first(locale: str) -> None:
    """``currency_at`` walks a symbol's glued tokens forward; it finds the symbol the longest-first reading finds."""
    cur = currency_tables(locale)
    symbols = number_symbols(locale)
    for symbol in cur.symbols:
        for text in (symbol, f"{symbol}5", f"{symbol}$5", f"{symbol} 5", f"{symbol}.5m", f"x{symbol}"):
            toks = tokenize(text, symbols)
            for k in range(len(toks)):
                plain = _plain_symbol_at(toks, k, cur.symbols)
                if plain is not None:
                    assert currency_at(toks, k, cur) == plain, (text, k)
