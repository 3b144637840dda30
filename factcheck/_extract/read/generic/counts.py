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

from factcheck._extract.read.generic.change_words import GENERIC_LANGUAGES
from factcheck._extract.scan.unit_words import DURATION_WORDS
from factcheck._extract.text.counted_nouns import written_count_unit
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["CountedNoun", "counted_noun", "foreign_counted_unit"]


_ELIDED: Final = ("d'", "d\u2019")
_MAX_ADJECTIVES: Final = 2


class CountedNoun(NamedTuple):
    """The noun phrase after a count: its first and last word, the counted unit (``None``: none known), its noun."""

    first: int
    last: int
    unit: str | None
    noun: int
    """Index of the counted noun ("Wohnungen" of "5.000 neue Wohnungen")."""


@functools.cache
def _counted(lang: str) -> dict[str, str]:
    """The ``counted_nouns`` of ``lang`` (unit -> nouns, plural forms: counts above one) as noun -> unit."""
    return {word: unit for unit, nouns in lexicon(lang).mapping("counted_nouns").items() for word in nouns}


@functools.cache
def _endings(lang: str, name: str) -> tuple[str, ...]:
    return lexicon(lang).strings(name)


@functools.cache
def _words(lang: str, name: str) -> frozenset[str]:
    return lexicon(lang).words(name)


@functools.cache
def _capitalised_nouns(lang: str) -> bool:
    """True for a language that capitalises its nouns (German)."""
    return bool(lexicon(lang)["capitalised_nouns"])


def _stops(lang: str) -> frozenset[str]:
    """Words that are no noun of a count though they look like one: "3 Mal", "plus", "los"."""
    return _words(lang, "count_noun_stops")


@functools.cache
def _not_complements(lang: str) -> frozenset[str]:
    """Words that end the noun after a complement's preposition: articles, prepositions, comparatives, time words."""
    return _words(lang, "count_complement_ends") | frozenset(DURATION_WORDS[lang])


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
    if word[:1].isupper() and len(lower) > 4 and lower.endswith(_endings(lang, "nationality_endings")):  # noqa: PLR2004
        return "person"  # nationalities: "Albaner", "Afghanen", "Albanais", "Italiens"
    return None


def counted_noun(tokens: WordIndex, lang: str, end: int, clause_end: int) -> CountedNoun | None:
    """The noun phrase straight after a bare count whose text ends at offset ``end``, or ``None``.

    The unit is that of the phrase's noun, ``item`` for a noun not in the tables.
    """
    nxt = tokens.first_at_or_after(end)
    if nxt >= clause_end or tokens.text[end : tokens[nxt].start].strip(" \u00a0\u202f") or end == tokens[nxt].start:
        return None  # only spaces between: "3 Mio. Menschen", not "300, Menschen"
    if lang not in GENERIC_LANGUAGES:  # another language: only the count words factcheck writes ("Personen")
        written = written_count_unit(tokens[nxt].word)
        return None if written is None else CountedNoun(nxt, nxt, written, nxt)
    if _capitalised_nouns(lang):
        return _capitalised(tokens, lang, nxt, clause_end)
    k = nxt
    if tokens.lower(k) in _words(lang, "count_noun_links") and k + 1 < clause_end and tokens.joined(k, k + 1):
        k += 1  # "2 millions de personnes", "3 millones de pasajeros"
    if not _romance_noun(tokens, lang, k):
        return None
    last = k + 1 if k + 1 < clause_end and tokens.joined(k, k + 1) and _romance_noun(tokens, lang, k + 1) else k
    unit = foreign_counted_unit(tokens[k].word, lang) or foreign_counted_unit(tokens[last].word, lang)
    return CountedNoun(k, _complement(tokens, lang, last, clause_end), unit or "item", k)


def _complement(tokens: WordIndex, lang: str, last: int, clause_end: int) -> int:
    """The last word of a counted noun with its complement: "agressions au couteau", "solicitudes de asilo".

    One preposition and one or two lower-case words that are no article, time word or stop
    word; a capitalised word ("personnes à Paris") is a place, not part of what is counted.
    """
    k = last + 1
    leads = _words(lang, "count_complement_leads")  # "au", "con"
    if k + 1 >= clause_end or tokens.lower(k) not in leads or not tokens.joined(last, k):
        return last
    end = last
    for j in (k + 1, k + 2):
        word = tokens[j].word if j < clause_end and tokens.joined(j - 1, j) else ""
        lower = word.lower()
        if not word.isalpha() or not word.islower() or lower in _stops(lang) or lower in _not_complements(lang):
            break
        end = j
    return end


def _romance_noun(tokens: WordIndex, lang: str, k: int) -> bool:
    """True for a French or Spanish plural noun or adjective: a word ending in "s" or "x", not a stop word.

    After a number above one, nouns and their adjectives are plurals.
    """
    word = tokens[k].word
    lower = word.lower()
    for prefix in _ELIDED:
        lower = lower.removeprefix(prefix)
    if lower in _stops(lang) or not lower.isalpha() or len(lower) < 3:  # noqa: PLR2004
        return False
    return lower.endswith(_endings(lang, "plural_endings")) or foreign_counted_unit(word, lang) is not None


def _capitalised(tokens: WordIndex, lang: str, nxt: int, clause_end: int) -> CountedNoun | None:
    """Up to two lower-case adjectives and a capitalised noun, as German writes them ("5.000 neue Wohnungen")."""
    for k in range(nxt, min(clause_end, nxt + _MAX_ADJECTIVES + 1)):
        if k > nxt and not tokens.joined(k - 1, k):
            return None
        word = tokens[k].word
        if not word.isalpha():
            return None
        if word[:1].isupper():
            if word.lower() in _stops(lang):
                return None
            return CountedNoun(nxt, k, foreign_counted_unit(word, lang) or "item", k)
        if not word.endswith(_endings(lang, "adjective_endings")):
            return None
    return None
