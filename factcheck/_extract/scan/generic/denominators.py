"""Fraction words of German, French and Spanish: denominators, small fractions and their spelling.

* denominators: the words text2num does not read ("Fünftel", "tiers", "veintiunavos"), Spanish
  ordinal stems ("quintos", "centésimas") and French ordinals of any size read through their
  cardinal ("huitièmes", "onzième", "vingt-et-unième");
* small fractions: a numerator up to ten before a denominator ("trois cinquièmes", "tres quintos",
  "drei Fünftel"); French accepts a singular denominator ("trois cinquieme") unless a determiner
  makes it an ordinal ("la trois centième représentation"), and "quarts de finale" is a round;
* French ordinal runs that text2num reads whole ("quatre centièmes" is its 400th) split into a
  numerator and the hyphenated group that ends them ("cent trente cinquièmes" is 130/5);
* spellings text2num expects: accents, umlauts ("cinquieme", "fuenf", "veintitres").
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ARTICLES",
    "PERCENT_STARTS",
    "fraction_allowed",
    "french_ordinal",
    "joined",
    "knockout_round",
    "normalise",
    "own_denominator",
    "small_fraction",
    "split_ordinal",
    "stem_value",
]

ARTICLES: Final = frozenset({"ein", "eine", "einer", "einen", "einem", "eines", "un", "une", "uno", "una"})
"""Words for one that are more often an article: a lone one is not a figure."""
PERCENT_STARTS: Final = frozenset({"%", "por", "pour", "pourcent", "prozent"})
_OWN_DENOMINATORS: Final[dict[str, dict[str, int]]] = {
    "de": {"drittel": 3, "dritteln": 3, "viertel": 4, "vierteln": 4, "billionstel": 10**12},
    "fr": {"tiers": 3, "quart": 4, "quarts": 4, "billionième": 10**12, "billionièmes": 10**12},
    "es": {
        "tercio": 3,
        "tercios": 3,
        "billonésimo": 10**12,
        "billonésimos": 10**12,
        "billonésima": 10**12,
        "billonésimas": 10**12,
    },
}
_SPANISH_ORDINALS: Final = {
    "quint": 5,
    "sext": 6,
    "séptim": 7,
    "octav": 8,
    "noven": 9,
    "décim": 10,
    "centésim": 100,
    "milésim": 1000,
}
"""Stems of the common Spanish ordinal denominators: "quintas", "centésimo"."""
_FRENCH_STEMS: Final = {"cinqu": "cinq", "neuv": "neuf"}
"""French ordinal stems that are not their cardinal, nor it with an "e" ("quatr" + "e")."""
_SMALL_NUMERATORS: Final = {
    "de": ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn"),
    "fr": ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
    "es": ("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
}
_SMALL: Final = 10
_DETERMINERS: Final = frozenset({"le", "la", "l'", "les", "du", "au", "aux", "ce", "cet", "cette", "ces", "chaque"}) | {
    *("son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos"),
}
"""French words before an ordinal that make "trois centième" the 300th, not three hundredths."""
_ROUNDS: Final = frozenset({"finale", "finales"})
"""After "quarts de", "huitièmes de": a knockout round, not a fraction."""
_MAX_GROUP: Final = 9
"""Tokens in one hyphenated French ordinal at most ("quatre-vingt-dix-septièmes")."""
_SPELLINGS: Final[dict[str, dict[str, str]]] = {
    "es": {
        "veintiun": "veintiuno",
        "veintiún": "veintiuno",
        "veintidos": "veintidós",
        "veintitres": "veintitrés",
        "veintiseis": "veintiséis",
        "dieciseis": "dieciséis",
        "millon": "millón",
        "billon": "billón",
    },
}
_GERMAN_DIGRAPHS: Final = (("fuenf", "fünf"), ("zwoelf", "zwölf"), ("dreissig", "dreißig"))


def normalise(word: str, lang: str) -> str:
    """``word`` with the accents and letters text2num expects ("veintitres" -> "veintitrés").

    >>> normalise("cinquieme", "fr"), normalise("fuenfzig", "de"), normalise("centesimos", "es")
    ('cinquième', 'fünfzig', 'centésimos')
    """
    if lang == "fr" and "ieme" in word:
        return word.replace("ieme", "ième")
    if lang == "de":
        for plain, proper in _GERMAN_DIGRAPHS:
            if plain in word:
                word = word.replace(plain, proper)
        return word
    if lang == "es":
        word = _SPELLINGS["es"].get(word, word)
        if "esim" in word:
            return word.replace("esim", "ésim")
    return word


@functools.lru_cache(maxsize=2048)
def stem_value(stem: str, lang: str) -> int | None:
    """The positive integer text2num reads in ``stem``, else ``None``."""
    from text_to_num import text2num  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415  (no stubs; optional)

    try:
        value = text2num(stem, lang)
    except ValueError:
        return None
    return value if isinstance(value, int) and value > 0 else None


def joined(words: Sequence[str]) -> str:
    """Tokens as text2num reads them again: "vingt - deux" -> "vingt-deux"."""
    return " ".join(words).replace(" - ", "-")


def own_denominator(word: str, lang: str) -> int | None:
    """Fraction words text2num does not read: "Fünftel", "tiers", "veintiunavos"."""
    own = _OWN_DENOMINATORS[lang].get(word)
    if own is not None:
        return own
    if lang == "de" and word.endswith("tel") and len(word) > 5:  # noqa: PLR2004  ("fünftel", "zwanzigstel")
        stem = word[:-4] if word.endswith("stel") else word[:-3]
        value = stem_value(stem, "de") or stem_value({"sieb": "sieben", "ach": "acht"}.get(stem, ""), "de")
        return value if value is not None and value > 2 else None  # noqa: PLR2004
    if lang == "es" and word.endswith(("avo", "avos", "ava", "avas")):
        stem = word[: word.rindex("av")]
        stem = stem + "o" if stem.endswith("un") else stem
        value = stem_value(stem, "es")
        return value if value is not None and value > 2 else None  # noqa: PLR2004  ("centavos" has no number stem)
    return None


def french_ordinal(words: Sequence[str]) -> int | None:
    """The denominator a French ordinal group spells (above two), read through its cardinal.

    >>> french_ordinal(["huitièmes"]), french_ordinal(["vingt", "-", "et", "-", "unième"]), french_ordinal(["deuxième"])
    (8, 21, None)
    """
    last = normalise(words[-1], "fr") if words else ""
    own = own_denominator(last, "fr") if len(words) == 1 else None
    if own is not None:
        return own
    if not last.endswith(("ième", "ièmes")):
        return None
    stem = last[: last.rindex("ième")]
    head = list(words[:-1])
    value = None
    for cardinal in (_FRENCH_STEMS.get(stem, stem), stem + "e"):
        value = stem_value(joined([*head, cardinal]), "fr") if cardinal else None
        if value is not None:
            break
    return value if value is not None and value > 2 else None  # noqa: PLR2004  ("deuxième" is no denominator)


def fraction_allowed(numerator: int, last: str, before: str) -> bool:
    """Whether a French numerator and denominator word (``last``) after ``before`` make a fraction.

    A plural denominator does, unless a determiner comes before a numerator above ten ("les cent
    cinquièmes rencontres" are the 105th); a singular one after a numerator of two to ten does
    when no determiner comes before ("trois cinquième"; not "la trois centième").
    """
    plural = last.endswith(("s", "x"))
    small = numerator <= _SMALL
    if numerator == 1:
        return True
    if plural:
        return small or before not in _DETERMINERS
    return small and before not in _DETERMINERS


def knockout_round(words: Sequence[str], end: int) -> bool:
    """True when "de finale" follows a French fraction word ending at ``end``: "deux quarts de finale" are matches."""
    return end + 1 < len(words) and words[end] == "de" and words[end + 1] in _ROUNDS


def _hyphen_group_end(words: Sequence[str], at: int) -> int:
    """The token after the hyphenated group starting at ``at`` ("vingt-et-unième")."""
    end = at + 1
    while end + 1 < len(words) and end - at < _MAX_GROUP and words[end] == "-" and words[end + 1] not in ("", "-"):
        end += 2
    return end


def _numerator(word: str, lang: str) -> int | None:
    if word in ARTICLES:
        return 1
    small = _SMALL_NUMERATORS.get(lang, ())
    return small.index(word) + 2 if word in small else None


def small_fraction(words: Sequence[str], i: int, lang: str) -> tuple[int, int, int] | None:
    """A proper fraction with a small numerator at ``i``: numerator, denominator, end ("drei Fünftel").

    >>> small_fraction(["tres", "quintas", "partes"], 0, "es")
    (3, 5, 2)
    >>> small_fraction(["trois", "cinquieme"], 0, "fr"), small_fraction(["la", "trois", "centième"], 1, "fr")
    ((3, 5, 2), None)
    """
    numerator = _numerator(words[i], lang)
    if numerator is None:
        return None
    at = i + 2 if i + 2 < len(words) and words[i + 1] == "-" else i + 1
    if at >= len(words):
        return None
    word = normalise(words[at], lang)
    end = at + 1
    if lang == "fr":
        end = _hyphen_group_end(words, at)
        last = normalise(words[end - 1], lang)
        den = french_ordinal([*words[at : end - 1], last])
        if den is None or not fraction_allowed(numerator, last, words[i - 1] if i > 0 else ""):
            return None
        if knockout_round(words, end):
            return None
    elif numerator > 1 and lang == "es" and not word.endswith("s"):
        return None
    else:
        den = own_denominator(word, lang)
        if den is None and lang == "es" and word.endswith(("o", "os", "a", "as")):
            den = _SPANISH_ORDINALS.get(word[: len(word.rstrip("s")) - 1])
    if den is None or numerator >= den or (end < len(words) and words[end] in PERCENT_STARTS):
        return None  # "tres quintos por ciento" is a fraction of a percent, read as a number
    return numerator, den, end


def split_ordinal(words: Sequence[str], i: int, end: int) -> tuple[int, int] | None:
    """A French ordinal run ``words[i:end]`` read as a fraction: its numerator and denominator.

    The denominator is the last hyphenated group that reads as an ordinal after a numerator
    that reads as a cardinal: "quatre centièmes" 4/100, "cent trente cinquièmes" 130/5,
    "trois vingt-et-unième" 3/21; "cent trente-cinquièmes" 100/35.

    >>> split_ordinal(["cent", "trente", "cinquièmes"], 0, 3), split_ordinal(["le", "vingt", "cinquième"], 1, 3)
    ((130, 5), None)
    """
    starts = [g for g in range(i + 1, end) if words[g] != "-" and words[g - 1] != "-"]
    before = words[i - 1] if i > 0 else ""
    for g in reversed(starts[-_MAX_GROUP:]):  # bounded: a run of number words is short anyway
        den = french_ordinal(words[g:end])
        numerator = stem_value(joined(words[i:g]), "fr") if den is not None else None
        if den is not None and numerator is not None:
            return (numerator, den) if fraction_allowed(numerator, normalise(words[end - 1], "fr"), before) else None
    return None
