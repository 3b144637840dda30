"""German, French and Spanish words of change, one :class:`Language` table each (read by ``read.generic.changes``)."""

from __future__ import annotations

from typing import Final, NamedTuple

from factcheck._claims import Direction
from factcheck._extract.scan.unit_words import DURATION_WORDS

__all__ = ["ALL_DETERMINERS", "FRENCH", "GERMAN", "SPANISH", "Language", "from_to_words", "language"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class Language(NamedTuple):
    """The words one language uses to state a change."""

    up: frozenset[str]
    """Verbs (any form) of a rise."""
    down: frozenset[str]
    """Verbs (any form) of a fall."""
    nouns: dict[str, Direction]
    """Nouns of change: "Anstieg", "baisse", "caída"."""
    by: frozenset[str]
    """Words between a change verb and its figure: "um", "de", "un"."""
    noun_links: frozenset[str]
    """Words between a change noun and its figure: "um", "von", "de", "del"."""
    comparatives: dict[str, Direction]
    """Words right after a figure that make it a change: "mehr", "más"."""
    particles: dict[str, Direction]
    """Separable particles after the figure that give a neutral verb its direction ("ging ... zurück")."""
    particle_verbs: frozenset[str]
    """Verbs that take those particles."""
    from_words: frozenset[str]
    to_words: frozenset[str]
    multipliers: dict[tuple[str, ...], tuple[int, Direction]]
    """Multiplier phrases as a change in percent: ("verdoppelt",) is +100 %."""
    points: frozenset[str]
    """Words after a number that make a change one in percentage points."""
    auxiliaries: frozenset[str]
    """Words skipped between a subject and its verb: "ist", "a", "se"."""
    determiners: frozenset[str]
    """Words a subject may open with."""
    hedges: frozenset[str]
    """Words skipped between a joining word and its figure."""
    breaks: frozenset[str]
    """Words that open another clause: the subject does not reach past them."""
    earn: frozenset[str]
    """Verbs that, straight before money, state a level: "a gagné 5 000 euros", "verlor 3 Mio. Euro"."""
    verb_final: bool
    """True when the verb may follow its figure: "ist um 5 % gestiegen"."""
    time_words: frozenset[str]
    """Words of time: "este año" before a verb says when, not what changed."""


GERMAN: Final = Language(
    up=_words(
        "stieg stiegen steigt steigen gestiegen angestiegen wuchs wuchsen wächst wachsen gewachsen "
        "erhöhte erhöhten erhöht kletterte kletterten klettert geklettert sprang sprangen gesprungen "
        "zugenommen zugelegt zulegte zulegten zunahm zunahmen anstieg anstiegen gewann gewannen gewonnen "
        "verteuerte verteuerten verteuert"
    ),
    down=_words(
        "sank sanken sinkt sinken gesunken fiel fielen fällt fallen gefallen schrumpfte schrumpften "
        "schrumpft geschrumpft verringerte verringerten verringert reduzierte reduzierten reduziert "
        "senkte senkten gesenkt abgenommen zurückgegangen eingebrochen verlor verloren verlieren "
        "verbilligte verbilligt sackte sackten gesackt zurückging zurückgingen abnahm abnahmen"
    ),
    nouns={
        **dict.fromkeys(_words("anstieg zuwachs zunahme plus erhöhung wachstum steigerung"), Direction.UP),
        **dict.fromkeys(_words("rückgang abnahme minus verringerung einbruch senkung reduzierung"), Direction.DOWN),
    },
    by=_words("um"),
    noun_links=_words("um von"),
    comparatives={"mehr": Direction.UP, "höher": Direction.UP, "weniger": Direction.DOWN, "niedriger": Direction.DOWN},
    particles={"zurück": Direction.DOWN, "zu": Direction.UP, "ab": Direction.DOWN},
    particle_verbs=_words("ging gingen geht gehen nahm nahmen nimmt nehmen legte legten legt"),
    from_words=_words("von"),
    to_words=_words("auf"),
    multipliers={
        **dict.fromkeys((("verdoppelt",), ("verdoppelte",), ("verdoppelten",)), (100, Direction.UP)),
        **dict.fromkeys((("verdreifacht",), ("verdreifachte",), ("verdreifachten",)), (200, Direction.UP)),
        **dict.fromkeys((("halbiert",), ("halbierte",), ("halbierten",)), (50, Direction.DOWN)),
    },
    points=_words("punkte punkten prozentpunkte prozentpunkten"),
    auxiliaries=_words(
        "ist sind war waren hat haben hatte hatten sich auch wurde wurden worden lag lagen liegt liegen"
    ),
    determiners=_words("der die das den dem des ein eine einen einem einer eines diese dieser dieses diesen"),
    hedges=_words("rund etwa fast knapp gut über mehr als beinahe nahezu ungefähr circa ca mindestens"),
    breaks=_words("und aber oder während weil dass wobei sondern als wenn"),
    earn=_words("gewann gewannen gewonnen verlor verloren verlieren"),
    verb_final=True,
    time_words=frozenset(DURATION_WORDS["de"]),
)

FRENCH: Final = Language(
    up=_words(
        "augmenté augmente augmentent augmenta augmentait augmentaient progressé progresse progressent "
        "grimpé grimpe grimpent bondi bondit bondissent gagné gagne gagnent accru accrue accrus accrues "
        "haussé relevé augmentée augmentés augmentées"
    ),
    down=_words(
        "baissé baisse baissent baissa baissait diminué diminue diminuent diminuée diminués diminuées "
        "chuté chute chutent reculé recule reculent plongé plonge plongent dégringolé régressé "
        "perdu perd perdent réduit réduite réduits réduites fondu"
    ),
    nouns={
        **dict.fromkeys(_words("hausse augmentation progression croissance bond envolée"), Direction.UP),
        **dict.fromkeys(
            _words("baisse diminution recul chute repli réduction contraction déclin plongeon"), Direction.DOWN
        ),
    },
    by=_words("de d' d’"),
    noun_links=_words("de d' d’"),
    comparatives={},
    particles={},
    particle_verbs=frozenset(),
    from_words=_words("de d' d’"),
    to_words=_words("à"),
    multipliers={
        **dict.fromkeys((("doublé",), ("doublent",)), (100, Direction.UP)),
        **dict.fromkeys((("triplé",), ("triplent",)), (200, Direction.UP)),
        **dict.fromkeys(
            (("divisé", "par", "deux"), ("divisés", "par", "deux"), ("divisée", "par", "deux")), (50, Direction.DOWN)
        ),
        ("de", "moitié"): (50, Direction.DOWN),
    },
    points=_words("point points"),
    auxiliaries=_words(
        "a ont est sont était étaient avait avaient été s'est se s’est aussi passé passée passés passées"
    ),
    determiners=_words("le la les l' l’ un une des du ce cet cette ces son sa ses leur leurs"),
    hedges=_words("près environ presque plus moins quelque quelques"),
    breaks=_words("et mais ou tandis alors que qui dont où car lorsque quand"),
    earn=_words("gagné gagne gagnent perdu perd perdent"),
    verb_final=False,
    time_words=frozenset(DURATION_WORDS["fr"]),
)

SPANISH: Final = Language(
    up=_words(
        "subió subieron sube suben subido aumentó aumentaron aumenta aumentan aumentado creció "
        "crecieron crece crecen crecido incrementó incrementaron incrementa incrementado avanzó "
        "avanzaron ganó ganaron repuntó repuntaron disparó dispararon escaló"
    ),
    down=_words(
        "bajó bajaron baja bajan bajado cayó cayeron cae caen caído descendió descendieron "
        "desciende descendido disminuyó disminuyeron disminuye disminuido retrocedió retrocedieron "
        "redujo redujeron reducido perdió perdieron perdido desplomó desplomaron recortó recortaron"
    ),
    nouns={
        **dict.fromkeys(_words("aumento incremento subida alza crecimiento repunte"), Direction.UP),
        **dict.fromkeys(
            _words("caída descenso bajada baja disminución reducción retroceso recorte desplome"), Direction.DOWN
        ),
    },
    by=_words("un en"),
    noun_links=_words("de del"),
    comparatives={"más": Direction.UP, "menos": Direction.DOWN},
    particles={},
    particle_verbs=frozenset(),
    from_words=_words("de del desde"),
    to_words=_words("a al hasta"),
    multipliers={
        **dict.fromkeys((("duplicó",), ("duplicaron",), ("duplicado",)), (100, Direction.UP)),
        **dict.fromkeys((("triplicó",), ("triplicaron",), ("triplicado",)), (200, Direction.UP)),
        **dict.fromkeys(
            (("redujo", "a", "la", "mitad"), ("redujeron", "a", "la", "mitad"), ("reducido", "a", "la", "mitad")),
            (50, Direction.DOWN),
        ),
    },
    points=_words("punto puntos"),
    auxiliaries=_words(
        "ha han había habían sido fue fueron es son era eran está están estaba se también pasó pasaron pasado"
    ),
    determiners=_words("el la los las lo un una unos unas este esta estos estas su sus"),
    hedges=_words("casi cerca alrededor más menos unos unas aproximadamente"),
    breaks=_words("y pero o mientras que porque aunque cuando donde"),
    earn=_words("ganó ganaron perdió perdieron perdido"),
    verb_final=False,
    time_words=frozenset(DURATION_WORDS["es"]),
)

_LANGUAGES: Final = {"de": GERMAN, "fr": FRENCH, "es": SPANISH}
_ENGLISH_FROM_TO: Final = (frozenset(("from",)), frozenset(("to",)))


def language(locale: str) -> Language | None:
    """The change words of ``locale``'s language, or ``None`` (English has its own reader).

    >>> language("de_DE").to_words
    frozenset({'auf'})
    >>> language("en_GB") is None
    True
    """
    return _LANGUAGES.get(locale.split("_", 1)[0].lower())


def from_to_words(locale: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words before X and Y in "from X to Y" in ``locale``'s language ("von", "auf" in German)."""
    lang = language(locale)
    return _ENGLISH_FROM_TO if lang is None else (lang.from_words, lang.to_words)


ALL_DETERMINERS: Final = GERMAN.determiners | FRENCH.determiners | SPANISH.determiners
"""Determiners of every language here: lower-cased when they open a subject."""
