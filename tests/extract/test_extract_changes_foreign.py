"""extract(): changes with their direction, subject and before/after in German, French and Spanish."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount, Direction, check
from factcheck._claims import ChangeClaim
from factcheck._decimal import plain
from factcheck._extract import extract

UP, DOWN = Direction.UP, Direction.DOWN


def _changes(text: str, locale: str) -> list[tuple[str, str, str, Direction]]:
    """Kind, value, unit and direction of each change claim in ``text``."""
    return [
        (c.kind, plain(c.amount.value), str(c.amount.unit), c.direction)
        for c in extract(text, locale)
        if isinstance(c, ChangeClaim)
    ]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Der Umsatz stieg um 7 % im Vorjahresvergleich.", "de_DE", [("relative_change", "7", "percent", UP)]),
        ("Die Zahl der Unfälle sank um 12 Prozent.", "de_DE", [("relative_change", "12", "percent", DOWN)]),
        ("Die Exporte gingen um 3 % zurück.", "de_DE", [("relative_change", "3", "percent", DOWN)]),
        ("Die Mieten sind um 4,5 % gestiegen.", "de_DE", [("relative_change", "4.5", "percent", UP)]),
        ("Die Nachfrage nahm um 9 % ab.", "de_DE", [("relative_change", "9", "percent", DOWN)]),
        ("Die Quote fiel um 2 Prozentpunkte.", "de_DE", [("points_change", "2", "percentage_point", DOWN)]),
        ("Die Belegschaft wuchs um 300 Personen.", "de_DE", [("absolute_change", "300", "person", UP)]),
        ("Es gab ein Plus von 6 % bei den Buchungen.", "de_DE", [("relative_change", "6", "percent", UP)]),
        ("Die Preise lagen 8 % höher.", "de_DE", [("relative_change", "8", "percent", UP)]),
        ("Le trafic a augmenté de 5 % sur un an.", "fr_FR", [("relative_change", "5", "percent", UP)]),
        ("Les ventes sont en hausse de 11 %.", "fr_FR", [("relative_change", "11", "percent", UP)]),
        ("Les commandes sont en baisse de 12 %.", "fr_FR", [("relative_change", "12", "percent", DOWN)]),
        ("La production a chuté de 40 %.", "fr_FR", [("relative_change", "40", "percent", DOWN)]),
        ("On note une progression de 3 % des inscriptions.", "fr_FR", [("relative_change", "3", "percent", UP)]),
        ("Le taux de chômage a reculé de 2 points.", "fr_FR", [("points_change", "2", "percentage_point", DOWN)]),
        ("La dette a baissé de 2 millions d'euros.", "fr_FR", [("absolute_change", "2000000", "EUR", DOWN)]),
        ("La facture subió un 5 % este año.", "es_ES", [("relative_change", "5", "percent", UP)]),
        ("El consumo aumentó en un 8 %.", "es_ES", [("relative_change", "8", "percent", UP)]),
        ("Las matriculaciones cayeron un 12 %.", "es_ES", [("relative_change", "12", "percent", DOWN)]),
        ("El precio del pan bajó un 3 %.", "es_ES", [("relative_change", "3", "percent", DOWN)]),
        ("Se registró un aumento del 5 % en las visitas.", "es_ES", [("relative_change", "5", "percent", UP)]),
        ("La tasa bajó 2 puntos porcentuales.", "es_ES", [("points_change", "2", "percentage_point", DOWN)]),
        ("Los alquileres subieron 300 euros.", "es_ES", [("absolute_change", "300", "EUR", UP)]),
        ("Hubo una caída del 9 % respecto a 2022.", "es_ES", [("relative_change", "9", "percent", DOWN)]),
        ("Die Preise fielen, während die Löhne um 4 % zulegten.", "de_DE", [("relative_change", "4", "percent", UP)]),
    ],
)
def test_changes_and_their_direction(text: str, locale: str, expected: list[tuple[str, str, str, Direction]]) -> None:
    """Verbs, nouns and comparatives of change give the change kind, its unit and its direction."""
    assert expected == _changes(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Die Zahl der Asylanträge stieg um 5 %.", "de_DE", "die Zahl der Asylanträge"),
        ("Die Mieten sind um 4 % gestiegen.", "de_DE", "die Mieten"),
        ("Le nombre de demandes a diminué de 6 %.", "fr_FR", "le nombre de demandes"),
        ("L'emploi a baissé de 3 %.", "fr_FR", "l'emploi"),
        ("Las ventas de coches cayeron un 9 %.", "es_ES", "las ventas de coches"),
        ("Der Umsatz lag 5 % höher.", "de_DE", "der Umsatz"),
        ("Los alquileres son un 6 % más caros.", "es_ES", "los alquileres"),
    ],
)
def test_subject_is_the_noun_phrase_before_the_verb(text: str, locale: str, expected: str) -> None:
    """A determiner-led phrase before the change verb is what changed."""
    assert [expected] == [c.subject for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es gab einen Anstieg der Mieten um 5 %.", "de_DE", ("der Mieten", UP)),
        ("On observe une baisse des ventes de 3 %.", "fr_FR", ("des ventes", DOWN)),
        ("Hubo una caída de las ventas del 5 %.", "es_ES", ("las ventas", DOWN)),
    ],
)
def test_change_noun_with_what_changed_between(text: str, locale: str, expected: tuple[str, Direction]) -> None:
    """A change noun a few words before its figure: the words between are what changed."""
    assert [expected] == [(c.subject, c.direction) for c in extract(text, locale) if isinstance(c, ChangeClaim)]


def test_spanish_del_al_is_from_to() -> None:
    """ "subieron del 5 % al 7 %" states two levels, not a change of 5 %."""
    expected = [("share", "5"), ("share", "7")]
    assert expected == [
        (c.kind, plain(c.amount.value)) for c in extract("Los precios subieron del 5 % al 7 %.", "es_ES")
    ]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Im Jahr 2023 stieg die Zahl um 5 %.", "de_DE"),
        ("Selon l'Insee, on a reculé de 4 %.", "fr_FR"),
        ("Este año se perdió un 7 %.", "es_ES"),
    ],
)
def test_subject_left_unset_when_unsure(text: str, locale: str) -> None:
    """Without a phrase that opens with a determiner before the verb, the subject stays None."""
    expected: list[str | None] = [None]
    assert expected == [c.subject for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale", "unit"),
    [
        ("Die Zahl liegt bei 5 %.", "de_DE", "percent"),
        ("Die Quote sank auf 5 %.", "de_DE", "percent"),
        ("Le taux atteint 5 % en 2023.", "fr_FR", "percent"),
        ("Le taux a baissé à 7 %.", "fr_FR", "percent"),
        ("El paro bajó al 12,5 % en 2023.", "es_ES", "percent"),
        ("El 1 % más rico acumula la riqueza.", "es_ES", "percent"),
    ],
)
def test_a_level_is_not_a_change(text: str, locale: str, unit: str) -> None:
    """A level ("liegt bei", "sank auf", "a baissé à", "bajó al") or a group ("el 1 % más rico") is a share."""
    assert [("share", unit)] == [(c.kind, str(c.amount.unit)) for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Les ventes sont en baisse de 12 % en 2023.", "fr_FR"),
        ("Las ventas cayeron un 12 % en 2023.", "es_ES"),
        ("Die Verkäufe sanken 2023 um 12 %.", "de_DE"),
    ],
)
def test_year_is_a_period_not_a_figure(text: str, locale: str) -> None:
    """ "en 2023" and "2023" give the change its period and are no claim of their own."""
    expected = [("relative_change", "2023")]
    assert expected == [(c.kind, str(c.period)) for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Die Zahl fiel von 8.000 auf 390, ein Rückgang um 75 %.", "de_DE"),
        ("Le nombre est passé de 8 000 à 390, soit une baisse de 75 %.", "fr_FR"),
        ("El número pasó de 8.000 a 390, una caída del 75 %.", "es_ES"),
    ],
)
def test_from_to_gives_the_change_its_before_and_after(text: str, locale: str) -> None:
    """ "von X auf Y", "de X à Y", "de X a Y" are the before and after of the change in the sentence."""
    (change,) = [c for c in extract(text, locale) if isinstance(c, ChangeClaim)]
    assert (Amount.stated(8000, "dimensionless"), Amount.stated(390, "dimensionless"), DOWN) == (
        change.before,
        change.after,
        change.direction,
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Die Zahl fiel von 8.000 auf 390, ein Rückgang um 75 %.", "de_DE", ["change-inconsistent"]),
        ("Die Zahl fiel von 8.000 auf 390, ein Rückgang um 95 %.", "de_DE", ["change-consistent"]),
        ("Le nombre est passé de 8 000 à 390, soit une baisse de 75 %.", "fr_FR", ["change-inconsistent"]),
        ("Le nombre est passé de 8 000 à 390, soit une baisse de 95 %.", "fr_FR", ["change-consistent"]),
        ("El número pasó de 8.000 a 390, una caída del 75 %.", "es_ES", ["change-inconsistent"]),
        ("El número pasó de 8.000 a 390, una caída del 95 %.", "es_ES", ["change-consistent"]),
    ],
)
def test_check_finds_a_wrong_stated_change(text: str, locale: str, expected: list[str]) -> None:
    """End to end: 8,000 to 390 is a 95 % fall, so a stated 75 % is flagged and 95 % passes."""
    assert expected == [f.code for f in check(extract(text, locale)).findings]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Die Kosten haben sich verdoppelt.", "de_DE", ("verdoppelt", "100", UP, "die Kosten")),
        ("Die Wartezeit hat sich halbiert.", "de_DE", ("halbiert", "50", DOWN, "die Wartezeit")),
        ("Le nombre de vols a doublé.", "fr_FR", ("doublé", "100", UP, "le nombre de vols")),
        ("Le déficit a été divisé par deux.", "fr_FR", ("divisé par deux", "50", DOWN, "le déficit")),
        ("El número de turistas se duplicó.", "es_ES", ("duplicó", "100", UP, "el número de turistas")),
        ("El gasto se redujo a la mitad.", "es_ES", ("redujo a la mitad", "50", DOWN, "el gasto")),
    ],
)
def test_multiplier_words(text: str, locale: str, expected: tuple[str, str, Direction, str]) -> None:
    """Doubling is a rise of 100 %, halving a fall of 50 %; the phrase replaces any number inside it."""
    assert [expected] == [
        (text[c.span.start : c.span.end] if c.span else "", plain(c.amount.value), c.direction, c.subject)
        for c in extract(text, locale)
        if isinstance(c, ChangeClaim)
    ]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Il a gagné 5 000 euros.", "fr_FR", [("money", "5000", "EUR")]),
        ("La empresa ganó 3 millones de euros.", "es_ES", [("money", "3000000", "EUR")]),
        ("Le taux de 5 % a augmenté.", "fr_FR", [("share", "5", "percent")]),
        (
            "Le chômage a baissé de 0,3 point à 7,1 %.",
            "fr_FR",
            [("points_change", "0.3", "percentage_point"), ("share", "7.1", "percent")],
        ),
    ],
)
def test_levels_beside_change_words(text: str, locale: str, expected: list[tuple[str, str, str]]) -> None:
    """Money after "gagné"/"ganó" is earned, not a change; only German verbs follow their figure; "de X point à Y"."""
    assert expected == [(c.kind, plain(c.amount.value), str(c.amount.unit)) for c in extract(text, locale)]


def test_german_subject_ends_at_its_auxiliary() -> None:
    """With the verb at the end, the subject is the phrase before the auxiliary, not what follows it."""
    claims = extract("Die Zahl der Anträge ist im Vergleich zum Vorjahr um 5 % gestiegen.", "de_DE")
    expected = [("die Zahl der Anträge", UP)]
    assert expected == [(c.subject, c.direction) for c in claims if isinstance(c, ChangeClaim)]


def test_a_time_after_um_is_no_change() -> None:
    """ "um 10 Uhr" with no change verb around it gives no change."""
    expected: list[tuple[str, str, str, Direction]] = []
    assert expected == _changes("Die Sitzung beginnt um 10 Uhr.", "de_DE")


def test_english_from_to_is_unchanged() -> None:
    """English keeps "from ... to" (and does not read "de ... à")."""
    claims = extract("The number fell from 8,000 to 390, a drop of 95%.", "en_GB")
    assert [None, None, Amount.stated(8000, "dimensionless")] == [getattr(c, "before", None) for c in claims]


_PIECES = (
    "stieg",
    "um",
    "von",
    "auf",
    "ging",
    "zurück",
    "verdoppelt",
    "Die",
    "Zahl",
    "ist",
    "gestiegen",
    "ein",
    "Rückgang",
    "a",
    "augmenté",
    "de",
    "à",
    "en",
    "hausse",
    "divisé",
    "par",
    "deux",
    "Le",
    "L'emploi",
    "subió",
    "un",
    "del",
    "aumento",
    "a",
    "la",
    "mitad",
    "redujo",
    "se",
    "El",
    "año",
    "más",
    "mehr",
    "5",
    "8.000",
    "8 000",
    "390",
    "2023",
    "%",
    "Prozent",
    "points",
    "puntos",
    ",",
    ".",
    "€",
    "Personen",
)


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join),
    st.sampled_from(("de_DE", "fr_FR", "es_ES")),
)
def test_change_words_in_any_order_never_raise(text: str, locale: str) -> None:
    """Any run of change words and numbers extracts without raising, each claim's span matching the text."""
    claims = extract(text, locale)
    assert [text[c.span.start : c.span.end] for c in claims if c.span] == [c.span.text for c in claims if c.span]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Die Kosten stiegen von 2,1 Mrd. € im Jahr 2022 auf 2,6 Mrd. € im Jahr 2023.", "de_DE"),
        ("Le coût est passé de 2,1 Mrd € en 2022 à 2,6 Mrd € en 2023.", "fr_FR"),
    ],
)
def test_each_level_takes_the_year_after_it(text: str, locale: str) -> None:
    """ "im Jahr 2023", "en 2023" after a figure is its period, as "in 2023" is in English."""
    assert [str(c.period) for c in extract(text, locale=locale)] == ["2022", "2023"]


@pytest.mark.parametrize(
    "text", ["Am 3. Oktober 2023 kamen 1.200 Menschen an.", "Am 24. Dez. 2023 kamen 1.200 Menschen an."]
)
def test_german_ordinal_day_does_not_end_the_sentence(text: str) -> None:
    """ "3. Oktober" is a date inside the sentence, so the count after it takes that day."""
    assert ["2023-10-03" if "Oktober" in text else "2023-12-24"] == [str(c.period) for c in extract(text, "de_DE")]


def test_elided_french_hedges() -> None:
    """ "d'environ 6 %" keeps its hedge, as "environ 6 %" does."""
    (claim,) = extract("Les ventes ont connu une baisse d'environ 6 %.", locale="fr_FR")
    assert (claim.kind, claim.qualifier) == ("relative_change", "d'environ")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("The cable runs 45 m more or less.", "en_GB", [("quantity", "metre")]),
        ("The cable runs 45 m more than planned.", "en_GB", [("absolute_change", "metre")]),
        ("Das Ticket kostet 45 Euro mehr oder weniger.", "de_DE", [("money", "EUR")]),
        ("Das Ticket kostet 45 Euro mehr.", "de_DE", [("absolute_change", "EUR")]),
        ("La entrada cuesta 45 euros más o menos.", "es_ES", [("money", "EUR")]),
        ("La entrada cuesta 45 euros más.", "es_ES", [("absolute_change", "EUR")]),
    ],
)
def test_a_comparative_opening_an_approximation_is_no_change(
    text: str, locale: str, expected: list[tuple[str, str]]
) -> None:
    """ "more or less", "mehr oder weniger", "más o menos" after a figure: about so much, not so much more."""
    assert expected == [(c.kind, str(c.amount.unit)) for c in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Pupils find 20 more or less than the number shown.", "en_GB"),
        ("La entrada cuesta 45 euros más o menos que el año pasado.", "es_ES"),
    ],
)
def test_more_or_less_than_is_still_a_difference(text: str, locale: str) -> None:
    """ "more or less than", "más o menos que": a difference either way, so the comparative stays a change."""
    expected = ["absolute_change"]
    assert expected == [c.kind for c in extract(text, locale)]
