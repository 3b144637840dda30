"""Which German, French and Spanish words may stand in a number: what the pre-scan looks for.

The pre-scan (:mod:`factcheck._extract.text.prescan`) reads only the sentences holding a digit or
a number word. In these languages the number words are read by text2num, whose vocabulary is
compiled into it and partly grammatical: German joins its number words into one
("dreihundertvierundzwanzig", "zweitausendeinundzwanzig"), Spanish writes "veintitrés" and
"doscientas", French "quatre-vingts". So no list of ours could be complete; instead a word is
asked once, as the reader would see it, through the same functions the reader uses:

* :func:`trigger_words`: the lexicon's number words of the language (scale words, dozens, vague
  amounts, halves, fraction words, zero), and the dozens and 10¹² words of every generic
  language, which the reader takes in any;
* :func:`numbers_among` (:func:`may_hold_number` for one word): the words text2num reads by
  themselves, as a cardinal or an ordinal (after the reader's spelling fixes: "fuenf",
  "veintitres"), the fraction words of our own ("Fünftel", "veintiunavos", "quintos",
  "huitièmes") and German words ending in a half ("dreieinhalb").

Every number text2num reads begins with a word it reads by itself ("und", "et", "y", "komma"
only join what stands before them; "segundo" is an ordinal only after another), so one such
word in a sentence is enough. The words for one that are more often articles ("ein", "un",
"una") are left out, as the reader leaves them alone: "ein Drittel", "un millón", "uno de cada
cinco" hold another number word. Where one is joined to another word for one ("uno con uno",
"un virgule un", "ein und ein halb"), the joining word after it is looked for
(:func:`trigger_pairs`).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck._extract.scan.generic.denominators import french_ordinal, normalise, own_denominator
from factcheck._extract.scan.generic.number_words import WordToken, text2num_available
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES, GenericTables, generic_tables, in_any_language
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["may_hold_number", "numbers_among", "trigger_pairs", "trigger_words"]

_FRENCH: Final = "fr"
_ORDINAL_MARK: Final = "ième"
"""What every French ordinal the fraction reader reads through its cardinal holds ("huitièmes")."""
_TRILLION: Final = 12
"""The power of the long-scale words the reader takes in any generic language ("billón" in French text)."""


_GAP: Final = (WordToken("x"), WordToken("x"))
"""What stands between two asked words: words that are no number, so no number runs across them,
two of them so that no asked word is another's near neighbour (text2num's newer French reader
takes "neuf" for "new" two or three words after "le" or "du")."""


def may_hold_number(word: str, lang: str) -> bool:
    """True when the lower-case ``word`` may be (part of) a number in ``lang`` by itself.

    >>> [may_hold_number(w, "de") for w in ("dreiundzwanzig", "fünftel", "zweieinhalb", "ein", "haus")]
    [True, True, True, False, False]
    >>> [may_hold_number(w, "es") for w in ("veintitrés", "doscientas", "quintos", "una", "casa")]
    [True, True, True, False, False]
    """
    return bool(numbers_among([word], lang))


def numbers_among(words: Iterable[str], lang: str) -> set[str]:
    """Those of the distinct lower-case ``words`` that may be (part of) a number in ``lang`` by themselves.

    text2num is asked once for all of them: each word stands between separators that no number
    runs across and that keep each word from being another's neighbour (text2num builds its
    reader at each call, about 3 µs in German: one call for a batch rather than one a word).
    """
    if lang not in GENERIC_LANGUAGES or not text2num_available():
        return set()
    from text_to_num import find_numbers  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: PLC0415  (no stubs; optional)

    articles = in_any_language("one_articles")
    asked = {word: normalise(word.replace("\u2019", "'"), lang) for word in words if word not in articles}
    tokens: list[WordToken] = []
    at: dict[int, str] = {}
    for word, spelt in asked.items():
        at[len(tokens)] = word
        tokens.append(WordToken(spelt))
        tokens.extend(_GAP)
    found = {at[o.start] for o in find_numbers(tokens, lang, threshold=0) if o.start in at} if tokens else set()
    tables = generic_tables(lang)
    found.update(word for word, spelt in asked.items() if word not in found and _fraction_word(spelt, lang, tables))
    return found


def _fraction_word(spelt: str, lang: str, tables: GenericTables) -> bool:
    """A fraction word text2num does not read, or a German word ending in a half ("dreieinhalb")."""
    if spelt.endswith(tables.half_suffixes) or own_denominator(spelt, lang) is not None:
        return True  # (a half suffix alone is none, but no harm done)
    if tables.ordinal_stem_values and spelt.endswith(tables.ordinal_stem_endings):
        return spelt[: len(spelt.rstrip("s")) - 1] in tables.ordinal_stem_values  # "quintos"
    return lang == _FRENCH and _ORDINAL_MARK in spelt and french_ordinal([spelt]) is not None  # "cinquièmes"


@functools.cache
def trigger_words(lang: str) -> frozenset[str]:
    """The lexicon's number words the pre-scan looks for in ``lang`` (lower case, single words).

    The words the reader takes from the lexicon rather than from text2num: scale words, dozens,
    vague amounts ("Hunderte", "centaines"), halves ("demi", "halbe"), fraction words ("Hälfte",
    "tiers", "mitad"), zero and the words that are a number of their own ("anderthalb"); the
    dozens and 10¹² words of every generic language, which the reader takes in any. Of a phrase
    ("la mitad", "uno de cada dos"), the words that are number words themselves, or its last
    word when none is.
    """
    tables = generic_tables(lang)
    lex = lexicon(lang)
    single: set[str] = {*tables.own_denominators, *tables.fraction_numbers, *tables.dozens, *in_any_language("dozens")}
    single.update(tables.halves_before_scale, tables.halves_after_joiner, lex.own("scale_words") or ())
    single.update(
        word
        for language in GENERIC_LANGUAGES
        for word, power in generic_tables(language).scales.items()
        if power == _TRILLION
    )
    if tables.zero_word:
        single.add(tables.zero_word)
    phrases = [*tables.fraction_phrases, *(tuple(key.split()) for key in lex.own("vague_amounts") or ())]
    phrases.extend(tuple(word.split()) for word in sorted(single) if " " in word)
    words = {word for word in single if " " not in word}
    for phrase in phrases:
        words.update(_essential(phrase, words, lang))
    return frozenset(words - in_any_language("one_articles"))


@functools.cache
def trigger_pairs(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words for one, and the words that make a number with one before them in ``lang``.

    Decimal marks (text2num's, the lexicon's ``decimal_words``: "un virgule un" is 1.1; the
    reader's ``decimal_joiners``: "uno con uno"), the joiners of mixed numbers and halves
    ("ein und ein halb"): none of them is a number, nor is a word for one alone.
    """
    tables = generic_tables(lang)
    joiners = {*(lexicon(lang).own("decimal_words") or ()), *tables.decimal_joiners, *tables.mixed_number_joiners}
    joiners.update(tables.and_a_half[:1])
    return in_any_language("one_articles"), frozenset(joiners)


def _essential(phrase: tuple[str, ...], words: Iterable[str], lang: str) -> tuple[str, ...]:
    """The words of ``phrase`` the pre-scan needs: its number words, else its last word."""
    known = frozenset(words)
    found = tuple(w for w in phrase if w in known or may_hold_number(w, lang))
    return found or phrase[-1:]
