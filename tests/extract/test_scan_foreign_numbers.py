"""The scanner on French and Spanish ratios, ordinal fractions, dozens after digits, hundreds and halves."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import units
from factcheck._decimal import CONTEXT
from factcheck._extract.scan.figure import Form
from factcheck._extract.scan.generic.denominators import fraction_allowed, french_ordinal, small_fraction, split_ordinal
from factcheck._extract.scan.scanner import scan

pytest.importorskip("text_to_num")

_PLAIN = units.dimensionless()
_PERCENT = units.unit("percent")


def _percent(numerator: int, denominator: int) -> Decimal:
    return CONTEXT.divide(Decimal(100 * numerator), Decimal(denominator))


def _read(text: str, locale: str) -> list[tuple[Decimal, object, str]]:
    return [(f.amount.value, f.amount.unit, text[f.start : f.end]) for f in scan(text, locale)]


def _values(text: str, locale: str) -> list[Decimal]:
    return [f.amount.value for f in scan(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "share", "phrase"),
    [
        ("Un salarié sur quatre travaille le dimanche.", "fr_FR", _percent(1, 4), "Un salarié sur quatre"),
        ("Dans ce lycée, 3 élèves sur 10 prennent le bus.", "fr_FR", _percent(3, 10), "3 élèves sur 10"),
        ("Seul un sur cent vingt-cinq a répondu.", "fr_FR", _percent(1, 125), "un sur cent vingt-cinq"),
        ("Le train part à l'heure une fois sur deux.", "fr_FR", _percent(1, 2), "une fois sur deux"),
        ("Une enquêtée sur 8 dit avoir renoncé.", "fr_FR", _percent(1, 8), "Une enquêtée sur 8"),
        ("Un enfant sur sept dans le monde vit en zone de conflit.", "fr_FR", _percent(1, 7), "Un enfant sur sept"),
        ("Uno de cada tres hogares no tiene calefacción.", "es_ES", _percent(1, 3), "Uno de cada tres"),
        ("Solo 1 de cada 5 contratos es indefinido.", "es_ES", _percent(1, 5), "1 de cada 5"),
        ("Una empresa de cada cuatro exporta.", "es_ES", _percent(1, 4), "Una empresa de cada cuatro"),
        ("Acertó uno sobre veinte.", "es_ES", _percent(1, 20), "uno sobre veinte"),
    ],
)
def test_ratios_are_shares(text: str, locale: str, share: Decimal, phrase: str) -> None:
    """ "N sur M" and "N de cada M", with one noun between, read as "one in five" does in English."""
    figure = scan(text, locale)[0]
    assert (share, _PERCENT, Form.FRACTION, phrase) == (
        figure.amount.value,
        figure.amount.unit,
        figure.form,
        text[figure.number_start : figure.number_end],
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Le rapport sur trois pays voisins est paru.", "fr_FR", [(Decimal(3), _PLAIN, "trois")]),
        ("Un prêt sur deux ans a été signé.", "fr_FR", [(Decimal(2), units.unit("year"), "deux ans")]),
        ("Il a misé un euro sur trois chevaux.", "fr_FR", [(Decimal(3), _PLAIN, "trois")]),
        (
            "Elle a couru 5 km sur 12.",
            "fr_FR",
            [(Decimal(5), units.unit("kilometre"), "5 km"), (Decimal(12), _PLAIN, "12")],
        ),
        ("Il y avait un chat sur le toit.", "fr_FR", []),
        ("Un informe sobre tres países vecinos.", "es_ES", [(Decimal(3), _PLAIN, "tres")]),
        (
            "Le club a compté 90 sur 2024 inscrits.",
            "fr_FR",
            [(Decimal(90), _PLAIN, "90"), (Decimal(2024), _PLAIN, "2024")],
        ),
    ],
)
def test_sur_and_sobre_as_prepositions_are_not_ratios(
    text: str, locale: str, expected: list[tuple[Decimal, object, str]]
) -> None:
    """A plural word, a unit or money after the denominator, or a large one, leaves "sur" a preposition."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "share"),
    [
        ("Trois cinquieme du budget vont à l'école.", "fr_FR", _percent(3, 5)),
        ("Il a gagné de quatre centièmes de seconde.", "fr_FR", _percent(4, 100)),
        ("Trois onzièmes des sièges sont vacants.", "fr_FR", _percent(3, 11)),
        ("Il en reste trois vingt-et-unièmes.", "fr_FR", _percent(3, 21)),
        ("Cinq huitieme des voix sont allées au maire.", "fr_FR", _percent(5, 8)),
        ("Tres quintos del presupuesto.", "es_ES", _percent(3, 5)),
        ("Ganó por cuatro centesimas.", "es_ES", _percent(4, 100)),
    ],
)
def test_ordinal_denominators_with_or_without_accents_and_plural(text: str, locale: str, share: Decimal) -> None:
    """A small numerator before an ordinal, with or without accent or plural "s", is a share."""
    figure = scan(text, locale)[0]
    assert (share, _PERCENT, Form.FRACTION) == (figure.amount.value, figure.amount.unit, figure.form)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Le total fait cent vingt cinquièmes.", "fr_FR", [Decimal(24)]),
        ("Un quart de million de visiteurs sont venus.", "fr_FR", [Decimal(250000)]),
        ("Un cuarto de millón de turistas llegó.", "es_ES", [Decimal(250000)]),
    ],
)
def test_large_fractions_and_fractions_of_a_scale_are_numbers(text: str, locale: str, expected: list[Decimal]) -> None:
    """A numerator beyond ten over an ordinal, or a fraction "de million", is the number it makes."""
    assert expected == _values(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Pour la trois centième représentation, la salle était pleine.", "fr_FR", []),
        ("Le vingt-cinquième anniversaire a eu lieu.", "fr_FR", []),
        ("Les cent cinquièmes rencontres ont eu lieu.", "fr_FR", []),
        ("Ils ont perdu en huitièmes de finale.", "fr_FR", []),
        ("Trois quarts de finale se jouent ce soir.", "fr_FR", [Decimal(3)]),
    ],
)
def test_ordinals_and_knockout_rounds_are_not_fractions(text: str, locale: str, expected: list[Decimal]) -> None:
    """An ordinal after a determiner, a hyphenated ordinal and "quarts de finale" are no fractions."""
    assert expected == _values(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Elle a acheté 3 douzaines d'huîtres.", "fr_FR", (Decimal(36), "3 douzaines")),
        ("Il en a vendu 2 douzaine.", "fr_FR", (Decimal(24), "2 douzaine")),
        ("Compraron 4 docenas de huevos.", "es_ES", (Decimal(48), "4 docenas")),
        ("Er kaufte 2 Dutzend Eier.", "de_DE", (Decimal(24), "2 Dutzend")),
    ],
)
def test_digits_before_a_dozen(text: str, locale: str, expected: tuple[Decimal, str]) -> None:
    """Digits before a dozen word are multiplied by twelve."""
    figure = scan(text, locale)[0]
    assert expected == (figure.amount.value, text[figure.number_start : figure.number_end])


def test_french_digits_before_cent_are_hundreds_without_money_near() -> None:
    """ "12 cent" with no money word near is 1,200."""
    assert [(Decimal(1200), _PLAIN, "12 cent")] == _read("Ils étaient 12 cent au départ.", "fr_FR")


def test_french_cents_stay_coins() -> None:
    """The plural "cents" is the euro's hundredth, as French business news writes it."""
    assert [(Decimal(34), units.unit("cent_EUR"), "34 cents")] == _read("L'action a perdu 34 cents.", "fr_FR")


def test_french_cent_near_money_is_not_hundreds() -> None:
    """ "3 cent" with a money word near keeps its digits: 3, not 300."""
    assert Decimal(3) == _values("Le prix du litre a pris 3 cent d'euro.", "fr_FR")[0]


@pytest.mark.parametrize(
    ("text", "locale", "value"),
    [
        ("La région compte 2 millions et demi d'habitants.", "fr_FR", Decimal("2.5E+6")),
        ("Viven 3 millones y medio de personas.", "es_ES", Decimal("3.5E+6")),
    ],
)
def test_half_after_digits_and_a_scale(text: str, locale: str, value: Decimal) -> None:
    """ "et demi", "y medio" after digits and a scale word add half of that scale."""
    assert [value] == _values(text, locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El litro cuesta uno con veinte.", [Decimal("1.20")]),
        ("Llegó con cinco amigos.", [Decimal(5)]),
    ],
)
def test_spanish_con_between_number_words_is_a_decimal_mark(text: str, expected: list[Decimal]) -> None:
    """ "uno con veinte" is 1.20; "con" before a number without one before it is a preposition."""
    assert expected == _values(text, "es_ES")


def test_french_ordinal_reads_through_the_cardinal() -> None:
    """French ordinals of any size give their denominator; "deuxième" gives none."""
    actual = (
        french_ordinal(["neuvièmes"]),
        french_ordinal(["dix", "-", "septièmes"]),
        french_ordinal(["millième"]),
        french_ordinal(["deuxième"]),
    )
    expected = (9, 17, 1000, None)
    assert expected == actual


def test_split_ordinal_takes_the_last_group_that_reads() -> None:
    """text2num's fused ordinal splits at its last hyphenated group; an ordinal after a determiner does not."""
    words = ["la", "cent", "trente", "-", "cinquième", "et", "cent", "trente", "cinquièmes"]
    actual = (
        split_ordinal(words, 6, 9),
        split_ordinal(["cent", "trente", "-", "cinquièmes"], 0, 4),
        split_ordinal(words, 1, 5),
    )
    expected = ((130, 5), (100, 35), None)
    assert expected == actual


def test_singular_denominator_needs_a_small_numerator_and_no_determiner() -> None:
    """ "trois cinquième" is a fraction; "vingt cinquième" and "la trois centième" are ordinals."""
    actual = (
        fraction_allowed(3, "cinquième", ""),
        fraction_allowed(20, "cinquième", ""),
        fraction_allowed(3, "centième", "la"),
        fraction_allowed(20, "cinquièmes", ""),
    )
    expected = (True, False, False, True)
    assert expected == actual


def test_small_fraction_stops_before_de_finale() -> None:
    """ "deux huitièmes de finale" are two matches, not a quarter."""
    assert small_fraction(["deux", "huitièmes", "de", "finale"], 0, "fr") is None


def test_spanish_por_ciento_left_alone_is_not_a_hundred() -> None:
    """ "tanto por ciento" (a percentage) holds no hundred; "ciento veinte" still reads."""
    assert [Decimal(120)] == _values("El tanto por ciento de parados bajó en ciento veinte municipios.", "es_ES")
