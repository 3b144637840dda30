"""Rates per anything but time: "$60 a barrel", "15.3 points per game", "8 cents per share", "per 1,000 people".

Rates per unit of time are read in ``read.clause`` (English) and ``read.generic.rates``; this
module reads what the figure is per when that is not a unit of time. :func:`denominator_at`
looks at one word, a per-word of the language (``denominator_words``: "per", "a", "an",
"each", "every", "/"; "pro", "je"; "par"; "por", "por cada") and what follows it:

* a unit of the scanner's tables or pint's ("a barrel", "per square foot", "a litre", "per
  kWh", "per millisecond"; not the units of time the rate readers know, nor a percentage): the
  denominator is that unit, in the locale's customary sense (``scan.customary``: "$3.09 a
  gallon" is per US gallon in American news, per imperial gallon in British). After an article
  ("a", "an") or "every" the unit must be a word of three letters or more ("5 a m" is no rate),
  after "/" two ("50 km/ms");
* a counted noun: after "per" (``denominator_any_noun_words``) any lower-case noun ("per
  game", "per share"); after the other per-words only the nouns of ``denominator_nouns`` ("a
  head", "a share", "a unit", "par habitant", "por persona"). The denominator is the noun's unit
  as a count, as counted nouns are read elsewhere: ``person`` for people ("per person",
  ``denominator_person_nouns`` such as "head" and "capita" also say the noun is "person"),
  ``household``, ``job`` ..., and ``item`` for any other noun. The noun, singular and lower
  case, goes with it ("game");
* after "per" (``denominator_number_words``) a number of 100, 1,000, 10,000, 100,000 or a
  million and a plural counted noun ("per 1,000 people", "per 100,000 inhabitants"): the noun's
  unit scaled
  (``thousand_person``, see :data:`factcheck.units.COUNT_SCALES`). Another number ("per 500
  people") is not read.

After a sum of money only, ``denominator_money_words`` ("for every", "for each") are per-words
before a noun of ``denominator_nouns`` ("$19,000 for every man, woman and child", "£310 for each
resident"), and the per-word may follow a bridge and one noun (``denominator_money_bridges``:
"$19,000 in debt for every man", "£400 of debt per household"; :func:`money_bridge`).
"Each" or "apiece" on its own after a sum of money ("they cost $5 each") makes it per ``item``.
Words that make "per" something else ("per cent", "per se", "per the report") are
``denominator_not_nouns``. Every look is a few words, so reading stays linear.

>>> from factcheck._extract.text.wordindex import WordIndex
>>> text = WordIndex("$60 a barrel, 15.3 points per game, 5 deaths per 1,000 people")
>>> denominator_at(text, "en", 1, len(text), money=True), denominator_at(text, "en", 6, len(text), money=False)
(Per(unit='barrel', noun=None, last=2), Per(unit='item', noun='game', last=7))
>>> denominator_at(text, "en", 10, len(text), money=False)
Per(unit='thousand_person', noun='person', last=13)
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from factcheck import units
from factcheck._extract.scan.customary import customary_unit
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_tables
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular, singular_counted_unit
from factcheck._locale import language_of
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["Per", "denominator_at", "money_bridge"]

_NUMBER: Final = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+")
"""A whole number as written after "per": "1,000", "100.000", "100 000", "1000"."""
_MIN_ARTICLE_UNIT: Final = 3
"""Letters a unit needs after an article ("a barrel"): "5 a m" is no rate."""
_LONGEST: Final = 3
"""The most words of a unit read after a per-word ("per square foot")."""
_SLASH: Final = "/"
_NOT_PER: Final = False
_UNDERSTOOD_REACH: Final = 80
"""The most words back to the rate whose noun a "per 100,000" with none understands."""


class Per(NamedTuple):
    """What a figure is per: a unit expression of :mod:`factcheck.units`, its counted noun, its last word."""

    unit: str
    noun: str | None
    """The counted noun, singular and lower case ("game"), or ``None`` when the denominator is a unit."""
    last: int
    """Index of the denominator's last word."""


class _Words(NamedTuple):
    per: frozenset[tuple[str, ...]]
    any_noun: frozenset[tuple[str, ...]]
    number: frozenset[tuple[str, ...]]
    alone: frozenset[str]
    money: frozenset[tuple[str, ...]]
    bridges: frozenset[str]
    nouns: dict[str, str]
    person: frozenset[str]
    not_nouns: frozenset[str]
    scales: dict[str, int]
    starts: frozenset[str]
    """The first words of ``per``, ``number`` and ``money``: no other word may be a per-word."""


@functools.cache
def _words(lang: str) -> _Words:
    lex = lexicon(lang if lang in LANGUAGES else "en")
    per = lex.phrase_set("denominator_words")
    number = lex.phrase_set("denominator_number_words")
    money = lex.phrase_set("denominator_money_words")
    return _Words(
        per=per,
        any_noun=lex.phrase_set("denominator_any_noun_words"),
        number=number,
        alone=lex.words("denominator_alone_words"),
        money=money,
        bridges=lex.words("denominator_money_bridges"),
        nouns={noun: unit for unit, nouns in lex.mapping("denominator_nouns").items() for noun in nouns},
        person=lex.words("denominator_person_nouns"),
        not_nouns=lex.words("denominator_not_nouns"),
        scales=dict(lex.int_map("denominator_scale_words")),
        starts=frozenset(phrase[0] for phrase in per | number | money if phrase),
    )


def denominator_at(
    tokens: WordIndex, locale: str, k: int, limit: int, *, money: bool, measure: bool = False
) -> Per | None:
    """What the figure is per when a per-word is at word ``k`` (or "/" before it), or ``None``.

    ``locale``: the text's ("en_US"; a language alone takes its likeliest territory), for its
    words and the customary sense of its units.
    ``money``: the figure is a sum of money, which alone may be "each" or "apiece". ``measure``:
    the figure is a physical quantity, per a unit or a listed noun only ("2.5 litres per person";
    not "37.8 micrograms per gramme", a unit the tables do not know, as if it were a thing).
    """
    if k >= limit:
        return None
    lang = language_of(locale)
    words = _words(lang)
    if k > 0 and tokens.gap(k - 1, k) == _SLASH:  # "50 km/ms", "$4/kg": a symbol of two letters will do
        return _either(_unit(tokens, locale, k, limit, shortest=2), lambda: _noun(tokens, words, k, listed=True))
    lower = tokens.lower(k)
    if money and lower in words.alone and (k + 1 >= limit or not tokens.joined(k, k + 1)):
        return Per("item", None, k)  # "they cost $5 each", "£20,000 apiece"
    if lower not in words.starts:
        return None  # no per-word or number of one starts here: the common case, answered at once
    for size in (1, 2):
        phrase = tokens.words(k, k + size)
        nxt = k + size
        if len(phrase) < size or nxt >= limit or not tokens.joined(nxt - 1, nxt):
            continue
        found = _scaled(tokens, lang, words, nxt, limit) if phrase in words.number else None
        if found is None and phrase in words.per:
            any_noun = phrase in words.any_noun and not measure
            found = _either(
                _unit(tokens, locale, nxt, limit, shortest=1 if any_noun else _MIN_ARTICLE_UNIT),
                lambda: _noun(tokens, words, nxt, listed=not any_noun),  # noqa: B023  (called at once)
            )
        if found is None and money and phrase in words.money:
            found = _noun(tokens, words, nxt, listed=True)  # "$19,000 for every man, woman and child"
        if found is not None:
            return found
    return None


def money_bridge(tokens: WordIndex, locale: str, k: int, limit: int) -> int | None:
    """Word ``k + 2`` when words ``k`` and ``k + 1`` are a bridge and its noun after a sum of money, else ``None``.

    "$19,000 in debt for every man", "£400 of debt per household": the per-word may stand after
    them (``denominator_money_bridges``, then one lower-case word).
    """
    nxt = k + 2
    if nxt >= limit or tokens.lower(k) not in _words(language_of(locale)).bridges:
        return None
    word = tokens[k + 1].word
    if not (word.isalpha() and word.islower()) or not (tokens.joined(k, k + 1) and tokens.joined(k + 1, nxt)):
        return None
    return nxt


def _unit(tokens: WordIndex, locale: str, k: int, limit: int, *, shortest: int) -> Per | bool | None:
    """A unit at word ``k`` ("barrel", "square foot", "kWh", "millisecond"); ``False`` for a percentage.

    ``shortest``: the fewest letters its first word may have ("a barrel" but not "5 a m").
    """
    table = unit_tables(language_of(locale)).units
    for size in range(min(_LONGEST, limit - k), 0, -1):
        if size > 1 and not tokens.joined(k + size - 2, k + size - 1):
            continue
        name = table.get(tokens.words(k, k + size))
        if name is None and size == 1:
            name = unit_at(tokens[k].word)
        if name is None or len(tokens.lower(k)) < shortest:
            continue
        name = customary_unit(locale, tokens.words(k, k + size), name)  # "a gallon": a US gallon in en_US
        unit = units.unit(name)
        if name in units.TIME_UNITS:
            return _NOT_PER  # read as a rate in time, or rejected there for a reason: "a year earlier"
        if units.is_percent(unit) or units.is_percentage_point(unit) or units.has_denominator(unit):
            return _NOT_PER  # "per cent", "per mille": no denominator, and no noun either
        return Per(name, None, k + size - 1)
    return None


def _either(unit: Per | bool | None, noun: Callable[[], Per | None]) -> Per | None:
    """The unit found, else (when no unit ruled it out) the noun."""
    if isinstance(unit, Per):
        return unit
    return None if unit is _NOT_PER else noun()


def _noun(tokens: WordIndex, words: _Words, k: int, *, listed: bool) -> Per | None:
    """A counted noun in the singular at word ``k``: "game", "share", "head"."""
    word = tokens[k].word
    lower = word.lower()
    if not word.isalpha() or lower in words.not_nouns or (word[:1].isupper() and lower not in words.nouns):
        return None  # "per the report", "per cent", "per Reuters"
    if lower not in words.nouns and (listed or is_plural(lower) or not word.islower()):
        return None
    if lower in words.person:
        return Per("person", "person", k)
    unit = words.nouns.get(lower) or counted_unit(lower) or singular_counted_unit(lower)
    return Per(unit or "item", lower, k)  # "per astronaut": the count unit of "astronauts", person


def _scaled(tokens: WordIndex, lang: str, words: _Words, k: int, limit: int, *, understood: bool = True) -> Per | None:
    """A number of 100, 1,000 ... a million and a plural counted noun: "1,000 people", "million inhabitants".

    With no noun after the number ("at six per 100,000;"), the noun is understood from the last
    "per" and the same number with a noun a few words before (:func:`_understood`), if any.
    """
    written = _NUMBER.match(tokens.text, tokens[k].start)
    if written is not None:
        number: int | None = int(re.sub(r"\D", "", written.group()))
        noun = tokens.first_at_or_after(written.end())
    else:
        number, noun = words.scales.get(tokens.lower(k)), k + 1
    scale = units.COUNT_SCALES.get(number) if number is not None else None
    if scale is None:
        return None
    if noun >= limit or not tokens.joined(noun - 1, noun) or not tokens[noun].word.isalpha():
        return _understood(tokens, lang, words, k, noun - 1) if understood else None  # "six per 100,000;"
    word = tokens[noun].word
    lower = word.lower()
    single = singular(lower, lang)
    listed = words.nouns.get(lower) or words.nouns.get(single)
    if lower in words.not_nouns or (listed is None and not (lang == "en" and is_plural(lower))):
        return None
    if lower in words.person or single in words.person:
        return Per(f"{scale}_person", "person", noun)
    return Per(f"{scale}_{listed or counted_unit(lower) or 'item'}", single, noun)


def _understood(tokens: WordIndex, lang: str, words: _Words, k: int, last: int) -> Per | None:
    """The denominator of the last "per" and the number at word ``k`` with a noun within reach before it, or ``None``.

    "seven per 100,000 people. ... white Americans at six per 100,000": per ``hundred_thousand_person``.
    ``last`` is the index of the number's last word.
    """
    number = tokens.words(k, last + 1)
    for j in range(k - 2, max(-1, k - _UNDERSTOOD_REACH), -1):
        if tokens.words(j, j + 1) not in words.number or tokens.words(j + 1, j + 1 + len(number)) != number:
            continue
        found = _scaled(tokens, lang, words, j + 1, len(tokens), understood=False)
        if found is not None:
            return Per(found.unit, found.noun, last)
    return None
