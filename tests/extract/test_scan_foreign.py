"""The scanner on German, French and Spanish number words, fractions, halves, dozens and decimals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import units
from factcheck._decimal import CONTEXT
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.generic.compose import normalise, small_fraction
from factcheck._extract.scan.scanner import scan

pytest.importorskip("text_to_num")

_PLAIN = units.dimensionless()
_PERCENT = units.unit("percent")


def _read(text: str, locale: str) -> list[tuple[Decimal, object, str]]:
    return [(f.amount.value, f.amount.unit, text[f.number_start : f.number_end]) for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Die Stadt zählt dreihundertvierundzwanzig Brücken.",
            "de_DE",
            [(Decimal(324), _PLAIN, "dreihundertvierundzwanzig")],
        ),
        ("Der Pegel stieg um zwei Komma fünf Prozent.", "de_DE", [(Decimal("2.5"), _PERCENT, "zwei Komma fünf")]),
        ("Es gab null Einwände.", "de_DE", [(Decimal(0), _PLAIN, "null")]),
        ("Sie war eins von zwei Kindern.", "de_DE", [(Decimal(1), _PLAIN, "eins"), (Decimal(2), _PLAIN, "zwei")]),
        ("Le canton compte vingt-et-un villages.", "fr_FR", [(Decimal(21), _PLAIN, "vingt-et-un")]),
        ("Le taux a touché deux virgule cinq pour cent.", "fr_FR", [(Decimal("2.5"), _PERCENT, "deux virgule cinq")]),
        ("Cent pour-cent des sièges sont pourvus.", "fr_FR", [(Decimal(100), _PERCENT, "Cent")]),
        (
            "El censo sumó doscientos treinta mil vecinos.",
            "es_ES",
            [(Decimal(230000), _PLAIN, "doscientos treinta mil")],
        ),
        ("El índice subió al tres coma dos por ciento.", "es_ES", [(Decimal("3.2"), _PERCENT, "tres coma dos")]),
        ("Acudieron veintitres personas.", "es_ES", [(Decimal(23), _PLAIN, "veintitres")]),
    ],
)
def test_number_words_and_spoken_decimals(text: str, locale: str, expected: list[tuple[Decimal, object, str]]) -> None:
    """Compound number words, spoken decimal marks and percent words are read whole."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Gut dreieinhalb Millionen Menschen pendeln.", "de_DE", Decimal("3.5E+6")),
        ("Der Bau kostete anderthalb Milliarden.", "de_DE", Decimal("1.5E+9")),
        ("Der Bau verschlang eine halbe Milliarde.", "de_DE", Decimal("5E+8")),
        ("Die Ernte lag bei fünf und drei Viertel Millionen.", "de_DE", Decimal("5.75E+6")),
        ("La ville a accueilli un million et demi de visiteurs.", "fr_FR", Decimal("1.5E+6")),
        ("Un demi-million de personnes ont marché.", "fr_FR", Decimal("5E+5")),
        ("La dette a atteint cinq milliards et trois quarts.", "fr_FR", Decimal("5.75E+9")),
        ("Il reste cent et trois quarts.", "fr_FR", Decimal("100.75")),
        ("Llegaron dos millones y medio de viajeros.", "es_ES", Decimal("2.5E+6")),
        ("Se gastó medio millón en la obra.", "es_ES", Decimal("5E+5")),
        ("La espera fue de cinco con un cuarto.", "es_ES", Decimal("5.25")),
        ("La deuda llegó a tres billones cuatrocientos mil millones.", "es_ES", Decimal("3.4E+12")),
    ],
)
def test_halves_mixed_numbers_and_long_scale(text: str, locale: str, value: Decimal) -> None:
    """Halves, mixed numbers and the long-scale 10¹² word join the number before them."""
    assert [value] == [f.amount.value for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Er bestellte fünf Dutzend Brötchen.", "de_DE", Decimal(60)),
        ("Elle a commandé trois douzaines de bougies.", "fr_FR", Decimal(36)),
        ("Compró media docena de limones.", "es_ES", Decimal(6)),
    ],
)
def test_dozens(text: str, locale: str, value: Decimal) -> None:
    """A dozen word multiplies the number before it by twelve."""
    assert [value] == [f.amount.value for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "percent"),
    [
        ("Drei Fünftel der Befragten stimmten zu.", "de_DE", Decimal(60)),
        ("Ein Zwanzigstel der Fläche ist Wald.", "de_DE", Decimal(5)),
        ("Cinq huitièmes des inscrits ont voté.", "fr_FR", Decimal("62.5")),
        ("Tres quintas partes del censo votaron.", "es_ES", Decimal(60)),
        ("Un octavo de los socios faltó.", "es_ES", Decimal("12.5")),
    ],
)
def test_small_fractions_are_shares(text: str, locale: str, percent: Decimal) -> None:
    """A small numerator before an ordinal denominator is a share, as "a third" is in English."""
    figure = scan(text, locale)[0]
    assert (percent, _PERCENT, Form.FRACTION) == (figure.amount.value, figure.amount.unit, figure.form)


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Ciento treinta y dos quintos es la cuenta.", "es_ES", Decimal("26.4")),
        ("Veintidós treintavos del total.", "es_ES", CONTEXT.divide(Decimal(22), Decimal(30))),
    ],
)
def test_large_fractions_are_numbers(text: str, locale: str, value: Decimal) -> None:
    """A numerator beyond ten over a denominator is read as the number it makes."""
    assert [value] == [f.amount.value for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Er kam mit einer Kollegin.", "de_DE", []),
        ("Elle a perdu une demi-finale.", "fr_FR", []),
        ("Le cinquième jour, il a plu.", "fr_FR", []),
        ("Vino con una amiga.", "es_ES", []),
        ("Hablaron dos medios de comunicación.", "es_ES", [Decimal(2)]),
        ("Corrió dos segundos más rápido.", "es_ES", [Decimal(2)]),
    ],
)
def test_articles_ordinals_and_lookalikes_are_not_fractions(text: str, locale: str, expected: list[Decimal]) -> None:
    """Articles alone, ordinals without a numerator, "demi-finale" and "medios" (media) stay what they are."""
    assert expected == [f.amount.value for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("Die Gemeinde hat 1 234 567 Einwohner.", "de_DE", Decimal(1234567)),
        ("La provincia tiene 40\u202f000 hectáreas.", "es_ES", Decimal(40000)),
    ],
)
def test_spaces_group_digits_in_german_and_spanish(text: str, locale: str, value: Decimal) -> None:
    """German and Spanish style guides group digits with spaces, as French does."""
    assert [value] == [f.amount.value for f in scan(text, locale)]


def test_normalise_restores_accents_and_umlauts() -> None:
    """Spellings without accents or umlauts are mapped to the ones text2num reads."""
    expected = {"veintitres": "veintitrés", "huitiemes": "huitièmes", "fuenfzig": "fünfzig", "millon": "millón"}
    langs = {"veintitres": "es", "huitiemes": "fr", "fuenfzig": "de", "millon": "es"}
    assert expected == {word: normalise(word, lang) for word, lang in langs.items()}


def test_fraction_before_percent_is_not_a_share() -> None:
    """ "tres quintos por ciento" is three fifths of a percent, not a share of 60 %."""
    assert small_fraction(["tres", "quintos", "por", "ciento"], 0, "es") is None


@pytest.mark.parametrize(
    ("text", "locale", "bounds"),
    [
        ("El voto osciló entre el 30 y el 35 %.", "es_ES", ("30", "35")),
        ("Der Anteil lag zwischen zehn und zwölf Prozent.", "de_DE", ("10", "12")),
        ("Le taux varie entre huit et neuf pour cent.", "fr_FR", ("8", "9")),
    ],
)
def test_ranges_with_articles_and_words(text: str, locale: str, bounds: tuple[str, str]) -> None:
    """A range opener reads its ends past a Spanish article and in words."""
    amount = scan(text, locale)[0].amount
    assert (Decimal(bounds[0]), Decimal(bounds[1]), _PERCENT) == (amount.bounds.low, amount.bounds.high, amount.unit)


def test_spanish_del_al_is_a_change_with_a_shared_unit() -> None:
    """ "del 15 al 12 %" gives two percentages, as "from 15 to 12%" does in English."""
    assert [(Decimal(15), _PERCENT), (Decimal(12), _PERCENT)] == [
        (f.amount.value, f.amount.unit) for f in scan("La tasa bajó del 15 al 12 % en un año.", "es_ES")
    ]


def test_centavos_are_coins_not_hundredths() -> None:
    """ "dos centavos" is money (two US cents under es_ES), not two hundredths of a bare number."""
    assert [(Decimal(2), units.unit("cent_USD"))] == [
        (f.amount.value, f.amount.unit) for f in scan("La tarifa subió dos centavos.", "es_ES")
    ]
