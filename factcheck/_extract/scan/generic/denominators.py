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

from factcheck._extract.scan.generic.tables import generic_tables, in_any_language

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "fraction_allowed",
    "french_ordinal",
    "joined",
    "knockout_round",
    "normalise",
    "own_denominator",
    "percent_starts",
    "small_fraction",
    "split_ordinal",
    "stem_value",
]

_PERCENT_SIGN: Final = "%"
_SMALL: Final = 10
_MAX_GROUP: Final = 9
"""Tokens in one hyphenated French ordinal at most ("quatre-vingt-dix-septièmes")."""
_FRENCH: Final = "fr"
"""The language of the ordinal fractions read here through their cardinal ("cinquièmes")."""


@functools.cache
def percent_starts() -> frozenset[str]:
    """The percent sign and the words that begin one after a number, in any generic language."""
    return in_any_language("percent_starts") | {_PERCENT_SIGN}


def normalise(word: str, lang: str) -> str:
    """``word`` with the accents and letters text2num expects ("veintitres" -> "veintitrés").

    >>> normalise("cinquieme", "fr"), normalise("fuenfzig", "de"), normalise("centesimos", "es")
    ('cinquième', 'fünfzig', 'centésimos')
    """
    tables = generic_tables(lang)
    word = tables.spellings.get(word, word)
    for plain, proper in tables.spelling_fixes:
        if plain in word:
            word = word.replace(plain, proper)
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
    tables = generic_tables(lang)
    own = tables.own_denominators.get(word)
    if own is not None:
        return own
    if lang == "de" and word.endswith("tel") and len(word) > 5:  # noqa: PLR2004  ("fünftel", "zwanzigstel")
        stem = word[:-4] if word.endswith("stel") else word[:-3]
        value = stem_value(stem, "de") or stem_value(tables.denominator_stem_cardinals.get(stem, ""), "de")
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
    last = normalise(words[-1], _FRENCH) if words else ""
    own = own_denominator(last, _FRENCH) if len(words) == 1 else None
    if own is not None:
        return own
    if not last.endswith(("ième", "ièmes")):
        return None
    stem = last[: last.rindex("ième")]
    head = list(words[:-1])
    value = None
    for cardinal in (generic_tables(_FRENCH).ordinal_stem_cardinals.get(stem, stem), stem + "e"):
        value = stem_value(joined([*head, cardinal]), _FRENCH) if cardinal else None
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
    determiners = generic_tables(_FRENCH).ordinal_determiners
    if plural:
        return small or before not in determiners
    return small and before not in determiners


def knockout_round(words: Sequence[str], end: int, lang: str) -> bool:
    """True when a knockout round follows a fraction word ending at ``end``: "deux quarts de finale" are matches."""
    rounds = generic_tables(lang).knockout_rounds
    return bool(rounds) and tuple(words[end : end + 2]) in rounds


def _hyphen_group_end(words: Sequence[str], at: int) -> int:
    """The token after the hyphenated group starting at ``at`` ("vingt-et-unième")."""
    end = at + 1
    while end + 1 < len(words) and end - at < _MAX_GROUP and words[end] == "-" and words[end + 1] not in ("", "-"):
        end += 2
    return end


def _numerator(word: str, lang: str) -> int | None:
    if word in in_any_language("one_articles"):
        return 1
    small = generic_tables(lang).small_numerators
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
    tables = generic_tables(lang)
    if lang == _FRENCH:
        end = _hyphen_group_end(words, at)
        last = normalise(words[end - 1], lang)
        den = french_ordinal([*words[at : end - 1], last])
        if den is None or not fraction_allowed(numerator, last, words[i - 1] if i > 0 else ""):
            return None
        if knockout_round(words, end, lang):
            return None
    elif numerator > 1 and tables.plural_denominator_endings and not word.endswith(tables.plural_denominator_endings):
        return None
    else:
        den = own_denominator(word, lang)
        if den is None and word.endswith(tables.ordinal_stem_endings):
            den = tables.ordinal_stem_values.get(word[: len(word.rstrip("s")) - 1])
    if den is None or numerator >= den or (end < len(words) and words[end] in percent_starts()):
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
        numerator = stem_value(joined(words[i:g]), _FRENCH) if den is not None else None
        if den is not None and numerator is not None:
            return (numerator, den) if fraction_allowed(numerator, normalise(words[end - 1], _FRENCH), before) else None
    return None
