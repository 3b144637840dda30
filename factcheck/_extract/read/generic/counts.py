"""What a bare count counts in German, French and Spanish: the noun right after it and its unit.

"5.294 Albaner", "5.000 neue Wohnungen", "1 200 ménages modestes", "2 millions de personnes",
"300 personas": the noun phrase straight after the figure (after "de" or "d'" in French and
Spanish) is its subject, and its noun gives the counted unit (people, households, jobs ...), or
``item`` for any other noun, as the English reader does ("12 sites"). No parser: German nouns are
the capitalised words (one or two lower-case adjectives may come first); French and Spanish nouns
after a number above one are plurals, so the phrase is one or two words ending in "s" or "x"
(a verb after the figure, "llegaron", "arrivent", is not taken). At most three words are read.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck._extract.scan.unit_words import DURATION_WORDS
from factcheck._extract.text.counted_nouns import written_count_unit

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["CountedNoun", "counted_noun", "foreign_counted_unit"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_COUNTED: Final[dict[str, dict[str, str]]] = {
    "de": {
        "person": (
            "menschen personen einwohner einwohnerinnen bürger bürgerinnen kinder jugendliche jugendlichen "
            "erwachsene schüler schülerinnen studierende studenten beschäftigte beschäftigten arbeitnehmer "
            "arbeitslose arbeitslosen flüchtlinge geflüchtete migranten asylbewerber patienten frauen männer "
            "mitarbeiter mitarbeitende mitglieder besucher touristen wähler rentner lehrer lehrkräfte ärzte "
            "soldaten verletzte opfer fahrgäste passagiere kunden bewohner einwanderer zuwanderer pflegekräfte "
            "polizisten häftlinge pendler"
        ),
        "household": "haushalte familien",
        "job": "arbeitsplätze stellen jobs",
        "case": "fälle infektionen",
        "death": "todesfälle tote todesopfer",
        "vehicle": "fahrzeuge autos pkw lkw busse",
        "boat": "boote schiffe",
        "visit": "besuche",
        "animal": "tiere",
    },
    "fr": {
        "person": (
            "personnes gens habitants enfants élèves étudiants salariés employés travailleurs chômeurs "
            "demandeurs réfugiés migrants patients malades femmes hommes adultes jeunes retraités visiteurs "
            "touristes électeurs passagers voyageurs victimes blessés soldats policiers agents fonctionnaires "
            "résidents citoyens adhérents membres clients usagers bénéficiaires détenus médecins infirmiers "
            "infirmières enseignants"
        ),
        "household": "ménages foyers familles",
        "job": "emplois postes",
        "case": "cas infections",
        "death": "décès morts",
        "vehicle": "véhicules voitures camions",
        "boat": "bateaux embarcations navires",
        "visit": "visites",
        "animal": "animaux",
    },
    "es": {
        "person": (
            "personas habitantes niños niñas menores alumnos estudiantes trabajadores empleados desempleados "
            "parados migrantes inmigrantes refugiados pacientes enfermos mujeres hombres adultos jóvenes "
            "jubilados pensionistas visitantes turistas votantes electores pasajeros viajeros víctimas heridos "
            "soldados policías agentes funcionarios residentes ciudadanos socios miembros clientes usuarios "
            "beneficiarios presos reclusos médicos enfermeros docentes profesores"
        ),
        "household": "hogares familias",
        "job": "empleos puestos",
        "case": "casos contagios infecciones",
        "death": "muertes fallecidos muertos",
        "vehicle": "vehículos coches autos camiones autobuses",
        "boat": "barcos embarcaciones pateras buques",
        "visit": "visitas",
        "animal": "animales",
    },
}
"""Nouns, by language, whose count gets a counted unit (plural forms: counts above one)."""

_STOPS: Final = {
    "de": _words(
        "mal uhr prozent euro dollar pfund franken punkte prozentpunkte januar februar märz april mai juni juli "
        "august september oktober november dezember"
    ),
    "fr": _words(
        "plus moins très après depuis vers sous dans sans chez alors puis jamais toujours mais pas fois des "
        "les ces ses mes tes nos vos leurs nous vous ils elles eux quelques tous toutes aux lors parmi selon"
    ),
    "es": _words(
        "más menos tras entonces además después antes veces los las unos unas sus nos les mis tus es has "
        "pues mientras apenas todos todas ellos ellas según"
    ),
}
"""Words that are no noun of a count though they look like one: "3 Mal", "plus", "los"."""

_COMPLEMENT_LEADS: Final = {"fr": _words("au aux à de"), "es": _words("con de sin contra")}
"""Prepositions that join a complement to a counted noun: "agressions au couteau", "agresiones con arma"."""
_NOT_COMPLEMENTS: Final = {
    lang: _words(
        "le la les un une el lo unos unas uno ce cette son sa leur su plus moins más menos et ou y o "
        "en dans à au aux de du des par pour sur avec sans chez a al del por para con sin sobre entre desde hasta"
    )
    | frozenset(DURATION_WORDS[lang])
    for lang in ("fr", "es")
}
"""Words that end the noun after such a preposition: articles, prepositions, comparatives, time words."""

_GERMAN_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es", "em")
_GERMAN_NATIONALITY_ENDINGS: Final = ("aner", "iener", "esen", "anen")
_ROMANCE_NATIONALITY_ENDINGS: Final = ("ais", "ois", "ains", "iens", "ens")
_ELIDED: Final = ("d'", "d\u2019")
_MAX_ADJECTIVES: Final = 2


class CountedNoun(NamedTuple):
    """The noun phrase after a count: its first and last word, and the counted unit (``None``: none known)."""

    first: int
    last: int
    unit: str | None


@functools.cache
def _counted(lang: str) -> dict[str, str]:
    return {word: unit for unit, nouns in _COUNTED[lang].items() for word in nouns.split()}


def foreign_counted_unit(word: str, lang: str) -> str | None:
    """The counted unit of a German, French or Spanish noun ("Menschen" is person), or ``None``.

    >>> foreign_counted_unit("Haushalte", "de"), foreign_counted_unit("Albanais", "fr")
    ('household', 'person')
    """
    lower = word.lower()
    for prefix in _ELIDED:
        lower = lower.removeprefix(prefix)
    found = _counted(lang).get(lower) or written_count_unit(lower)
    if found is not None:
        return found
    endings = _GERMAN_NATIONALITY_ENDINGS if lang == "de" else _ROMANCE_NATIONALITY_ENDINGS
    if word[:1].isupper() and len(lower) > 4 and lower.endswith(endings):  # noqa: PLR2004
        return "person"  # nationalities: "Albaner", "Afghanen", "Albanais", "Italiens"
    return None


def counted_noun(tokens: WordIndex, lang: str, end: int, clause_end: int) -> CountedNoun | None:
    """The noun phrase straight after a bare count whose text ends at offset ``end``, or ``None``.

    The unit is that of the phrase's noun, ``item`` for a noun not in the tables.
    """
    nxt = tokens.first_at_or_after(end)
    if nxt >= clause_end or tokens.text[end : tokens[nxt].start].strip(" \u00a0\u202f") or end == tokens[nxt].start:
        return None  # only spaces between: "3 Mio. Menschen", not "300, Menschen"
    if lang not in _COUNTED:  # another language: only the count words factcheck writes ("Personen")
        written = written_count_unit(tokens[nxt].word)
        return None if written is None else CountedNoun(nxt, nxt, written)
    if lang == "de":
        return _german(tokens, nxt, clause_end)
    k = nxt
    if tokens.lower(k) == "de" and k + 1 < clause_end and tokens.joined(k, k + 1):
        k += 1  # "2 millions de personnes", "3 millones de pasajeros"
    if not _romance_noun(tokens, lang, k):
        return None
    last = k + 1 if k + 1 < clause_end and tokens.joined(k, k + 1) and _romance_noun(tokens, lang, k + 1) else k
    unit = foreign_counted_unit(tokens[k].word, lang) or foreign_counted_unit(tokens[last].word, lang)
    return CountedNoun(k, _complement(tokens, lang, last, clause_end), unit or "item")


def _complement(tokens: WordIndex, lang: str, last: int, clause_end: int) -> int:
    """The last word of a counted noun with its complement: "agressions au couteau", "solicitudes de asilo".

    One preposition and one or two lower-case words that are no article, time word or stop
    word; a capitalised word ("personnes à Paris") is a place, not part of what is counted.
    """
    k = last + 1
    if k + 1 >= clause_end or tokens.lower(k) not in _COMPLEMENT_LEADS[lang] or not tokens.joined(last, k):
        return last
    end = last
    for j in (k + 1, k + 2):
        word = tokens[j].word if j < clause_end and tokens.joined(j - 1, j) else ""
        lower = word.lower()
        if not word.isalpha() or not word.islower() or lower in _STOPS[lang] or lower in _NOT_COMPLEMENTS[lang]:
            break
        end = j
    return end


def _romance_noun(tokens: WordIndex, lang: str, k: int) -> bool:
    """True for a French or Spanish plural noun or adjective: a word ending in "s" or "x", not a stop word."""
    word = tokens[k].word
    lower = word.lower()
    for prefix in _ELIDED:
        lower = lower.removeprefix(prefix)
    if lower in _STOPS[lang] or not lower.isalpha() or len(lower) < 3:  # noqa: PLR2004
        return False
    return lower.endswith(("s", "x")) or foreign_counted_unit(word, lang) is not None


def _german(tokens: WordIndex, nxt: int, clause_end: int) -> CountedNoun | None:
    """German: up to two lower-case adjectives and a capitalised noun ("5.000 neue Wohnungen")."""
    for k in range(nxt, min(clause_end, nxt + _MAX_ADJECTIVES + 1)):
        if k > nxt and not tokens.joined(k - 1, k):
            return None
        word = tokens[k].word
        if not word.isalpha():
            return None
        if word[:1].isupper():
            if word.lower() in _STOPS["de"]:
                return None
            return CountedNoun(nxt, k, foreign_counted_unit(word, "de") or "item")
        if not word.endswith(_GERMAN_ADJECTIVE_ENDINGS):
            return None
    return None
