"""extract(): rates, spans of time and what a count counts in German, French and Spanish."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount, check
from factcheck._extract import extract
from factcheck._extract.read.generic.counts import foreign_counted_unit
from tests.readings import kinds as _read


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es kommen 4.500 Menschen pro Jahr.", "de_DE", [("rate", "4500", "person / year")]),
        ("Das Ticket kostet 49 Euro im Monat.", "de_DE", [("rate", "49", "EUR / month")]),
        ("Die Gemeinde zahlt 2 Millionen Euro jährlich.", "de_DE", [("rate", "2000000", "EUR / year")]),
        ("Das Land gibt jährlich 2 Millionen Euro aus.", "de_DE", [("rate", "2000000", "EUR / year")]),
        ("Jeden Tag fahren 800 Busse durch die Stadt.", "de_DE", [("rate", "800", "vehicle / day")]),
        ("Près de 150 000 personnes par an quittent la campagne.", "fr_FR", [("rate", "150000", "person / year")]),
        ("L'accès coûte 12 € par semaine.", "fr_FR", [("rate", "12", "EUR / week")]),
        ("Chaque mois, 900 ménages déposent un dossier.", "fr_FR", [("rate", "900", "household / month")]),
        ("Le fonds verse 4 millions d'euros annuels.", "fr_FR", [("rate", "4000000", "EUR / year")]),
        ("Unas 700 personas al año piden asilo.", "es_ES", [("rate", "700", "person / year")]),
        ("La cuota es de 15 euros al mes.", "es_ES", [("rate", "15", "EUR / month")]),
        ("El programa cuesta 8 millones de euros anuales.", "es_ES", [("rate", "8000000", "EUR / year")]),
        ("Se destruyen 120 empleos cada semana.", "es_ES", [("rate", "120", "job / week")]),
        ("Cada año, 2.500 alumnos dejan la escuela.", "es_ES", [("rate", "2500", "person / year")]),
    ],
)
def test_rates(text: str, locale: str, expected: list[tuple[str, str, str]]) -> None:
    """A per-phrase or rate word near the figure makes it a rate per that unit of time."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Im Jahr 2022 kamen 4.500 Menschen.", "de_DE", [("count", "4500", "person")]),
        ("Im vergangenen Jahr kamen 4.500 Menschen.", "de_DE", [("count", "4500", "person")]),
        ("Es gibt 900 Pendler, die jeden Tag fahren.", "de_DE", [("count", "900", "person")]),
        ("L'an dernier, 900 ménages ont déposé un dossier.", "fr_FR", [("count", "900", "household")]),
        ("En 2023 llegaron 700 personas.", "es_ES", [("count", "700", "person")]),
        ("Al año siguiente llegaron 700 personas.", "es_ES", [("count", "700", "person")]),
    ],
)
def test_not_rates(text: str, locale: str, expected: list[tuple[str, str, str]]) -> None:
    """A year, "im vergangenen Jahr", a relative clause, "al año siguiente" make no rate in time."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Im Mai kehrten 3.120 Albaner zurück.", "de_DE", [("Albaner", "person")]),
        ("Die Stadt baut 1.400 neue Wohnungen.", "de_DE", [("neue Wohnungen", "item")]),
        ("Es gab 85 Todesfälle.", "de_DE", [("Todesfälle", "death")]),
        ("Dort leben 3 Mio. Menschen.", "de_DE", [("Menschen", "person")]),
        ("On recense 1 200 ménages modestes.", "fr_FR", [("ménages modestes", "household")]),
        ("Près de 2 millions de personnes sont concernées.", "fr_FR", [("personnes", "person")]),
        ("La région compte 3 millions d'habitants.", "fr_FR", [("habitants", "person")]),
        ("On a vu 4 500 Albanais.", "fr_FR", [("Albanais", "person")]),
        ("Esperaban 300 personas en la cola.", "es_ES", [("personas", "person")]),
        ("Quedan 45 pateras en el puerto.", "es_ES", [("pateras", "boat")]),
        ("Se vendieron 3 millones de coches eléctricos.", "es_ES", [("coches eléctricos", "vehicle")]),
    ],
)
def test_what_a_count_counts(text: str, locale: str, expected: list[tuple[str, str]]) -> None:
    """The noun phrase right after a count is its subject and gives its counted unit."""
    assert expected == [(c.subject, str(c.amount.unit)) for c in extract(text, locale, bare_numbers=True)]


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("Am Ende kamen 700 an.", "de_DE"),
        ("Ce jour-là, 700 arrivent.", "fr_FR"),
        ("Al final llegaron 700 y se fueron.", "es_ES"),
        ("Es gab 3 Mal so viele.", "de_DE"),
    ],
)
def test_a_verb_or_word_after_a_count_is_no_subject(text: str, locale: str) -> None:
    """A verb ("arrivent", "an"), a conjunction or "Mal" after the number is not what it counts."""
    expected = [(None, "dimensionless")]
    assert expected == [(c.subject, str(c.amount.unit)) for c in extract(text, locale, bare_numbers=True)]


_FIVE_YEARS = Amount.stated(5, "year")
_TWO_YEARS = Amount.stated(2, "year")
_A_YEAR = Amount.exact(1, "year")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # "über" is read as "more than" too: no duration claim of "more than five years"
        ("Das kostet 1 Milliarde Euro über fünf Jahre.", "de_DE", (_FIVE_YEARS, [])),
        ("Über zwei Jahre kostet das 1 Milliarde Euro.", "de_DE", (_TWO_YEARS, [])),
        ("Das sind 600 Millionen Euro über das ganze Jahr.", "de_DE", (_A_YEAR, [])),
        ("Das sind 600 Millionen Euro übers Jahr.", "de_DE", (_A_YEAR, [])),
        ("Cela coûte 1 milliard d'euros sur cinq ans.", "fr_FR", (_FIVE_YEARS, [_FIVE_YEARS])),
        ("Cela fait 600 millions d'euros sur l'année.", "fr_FR", (_A_YEAR, [])),
        ("Se gastarán 1.000 millones de euros en cinco años.", "es_ES", (_FIVE_YEARS, [_FIVE_YEARS])),
        ("Son 600 millones de euros en un año.", "es_ES", (_A_YEAR, [])),
    ],
)
def test_total_over_a_span(text: str, locale: str, expected: tuple[Amount, list[Amount]]) -> None:
    """ "über", "sur", "en" before a span after a total give it ``over``; an unhedged span is a duration too."""
    claims = extract(text, locale)
    (claim,) = [c for c in claims if c.kind == "money"]
    assert expected == (claim.over, [c.amount for c in claims if c.kind == "duration"])


def test_en_2023_is_no_span() -> None:
    """ "en 2023" after a total is its period, not a span it accumulates over."""
    (claim,) = extract("Se gastaron 600 millones de euros en 2023.", "es_ES")
    expected = (None, "2023")
    assert expected == (claim.over, str(claim.period))


def _codes(text: str, locale: str) -> list[str]:
    return [f.code for f in check(extract(text, locale), locale=locale).findings]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Es kamen 20.000 Menschen pro Monat, also 300.000 im Jahr.", "de_DE", ["rate-total-mismatch"]),
        ("Es kamen 20.000 Menschen pro Monat, also 240.000 im Jahr.", "de_DE", ["rate-total-consistent"]),
        ("Chaque mois, 20 000 personnes partent, soit 300 000 par an.", "fr_FR", ["rate-total-mismatch"]),
        ("Llegan 20.000 personas al mes, o sea 240.000 al año.", "es_ES", ["rate-total-consistent"]),
        (
            "Das kostet 250 Millionen Euro jährlich, also 1 Milliarde Euro über fünf Jahre.",
            "de_DE",
            ["rate-total-mismatch"],
        ),
        (
            "Cela coûte 200 millions d'euros par an, soit 1 milliard d'euros sur cinq ans.",
            "fr_FR",
            ["rate-total-consistent"],
        ),
        (
            "Son 200 millones de euros al año, 1.000 millones de euros en cinco años.",
            "es_ES",
            ["rate-total-consistent"],
        ),
    ],
)
def test_rate_and_total_end_to_end(text: str, locale: str, expected: list[str]) -> None:
    """A rate and its restated total ("also", "soit", "o sea", "über fünf Jahre") are checked against each other."""
    assert expected == [code for code in _codes(text, locale) if code.startswith("rate-total")]


_PER: dict[str, list[tuple[str, str]]] = {
    "de_DE": [("pro Tag", "day"), ("pro Woche", "week"), ("im Monat", "month"), ("jährlich", "year")],
    "fr_FR": [("par jour", "day"), ("par semaine", "week"), ("par mois", "month"), ("par an", "year")],
    "es_ES": [("al día", "day"), ("a la semana", "week"), ("al mes", "month"), ("al año", "year")],
}
_PEOPLE = {"de_DE": "Menschen", "fr_FR": "personnes", "es_ES": "personas"}


@given(st.integers(min_value=2, max_value=999), st.sampled_from(sorted(_PER)), st.integers(min_value=0, max_value=3))
def test_people_per_unit_of_time(value: int, locale: str, which: int) -> None:
    """ "N people per day/week/month/year" is a rate of people per that unit in every language."""
    per, unit = _PER[locale][which]
    (claim,) = extract(f"{value} {_PEOPLE[locale]} {per}.", locale)
    assert ("rate", Amount.stated(value, f"person / {unit}")) == (claim.kind, claim.amount)


def test_counted_unit_of_a_noun() -> None:
    """Nouns of people, households and nationalities have their counted unit; other nouns none."""
    words = [("Einwohner", "de"), ("foyers", "fr"), ("Afghanen", "de"), ("Italiens", "fr"), ("Wohnungen", "de")]
    expected = ["person", "household", "person", "person", None]
    assert expected == [foreign_counted_unit(w, lang) for w, lang in words]
