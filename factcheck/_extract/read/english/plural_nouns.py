"""The noun a whole number counts in the phrase after it: its last plural, or after "one" its head.

"forgery detection machines", "40 NGOs", "One MP told", "one tool broke": a capitalised
abbreviation counts as a noun unless it names a unit or currency, and after "one" the head is
cut before a past tense and a lone plural is a verb ("one tries to"). The counting rules ask
these when the words after a number name no known counted noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.noun_phrases import past_tense
from factcheck._extract.read.english.unit_words import code_letters
from factcheck._extract.read.english.words import unit_named
from factcheck._extract.scan.unit_index import unit_at
from factcheck._extract.scan.unit_words import unit_tables
from factcheck._extract.text.counted_nouns import is_plural, singular
from factcheck._extract.text.tokens import HYPHENS
from factcheck._precision import Hedge
from factcheck.currency import currency_codes

if TYPE_CHECKING:
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


_ABBREVIATION_LEAST: Final = 2
"""The fewest capitals of an abbreviation a number counts ("MPs"; a single capital is an initial or a unit)."""
_EED: Final = "eed"
"""The ending of a word in "-ed" read as no past tense after "one": "speed", "breed" are nouns."""


def plural_noun(tokens: WordIndex, r: Reading, head: int, start: int) -> int | None:
    """The noun a whole number counts in the phrase after it (words ``start`` to ``head``), or ``None``.

    The phrase's last plural word ("things happening", "forgery detection machines"), or after
    "one" the phrase's head ("one site"); none when the words are singular after a number above
    one ("6,000 rpm", "a 30 page report"), nor when one plural word alone follows "one": a verb
    ("one tries to", "if one accepts", "Table 1 sets out"), not what is counted ("one or more
    flats" counts flats).
    """
    if r.amount.value <= 1:
        word = tokens[head].word
        if r.amount.value == 1 and head == start == r.nxt and _plural_form(word):
            return None
        return head if (word.isalpha() and word.islower()) or _one_abbreviation(tokens, r, head, start) else None
    for k in range(head, start - 1, -1):
        word = tokens[k].word
        if (word.isalpha() and word.islower() and is_plural(word)) or _abbreviation(word, plural=True):
            return k
    return None


def _plural_form(word: str) -> bool:
    """True for a lower-case word in a plural form, not its own singular: "tries", "sets" (not "species", "staff")."""
    return word.isalpha() and word.islower() and singular(word) != word


def _one_abbreviation(tokens: WordIndex, r: Reading, head: int, start: int) -> bool:
    """True when "one" counts the abbreviation at word ``head``, right after it: "One MP told".

    Not a range's ("the 1-1 ADA", a unit's name), not the letters of a code ("One COVID-19
    lesson") and not past other words ("having one near QVM").
    """
    if head != start or start != r.nxt or r.amount.hedge is Hedge.RANGE or code_letters(tokens, head):
        return False
    return _abbreviation(tokens[head].word, plural=False)


def _abbreviation(word: str, *, plural: bool) -> bool:
    """True for a capitalised abbreviation a number counts: "40 NGOs", "two PIs"; after "one", "One MP told".

    Two capitals or more (a plural adds a lower-case "s"), and no unit or currency code ("5 GHz",
    "10 KW", "4 GBs", "40 USD" are measures and money, not so many things).
    """
    if plural and not word.endswith("s"):
        return False
    stem = word[:-1] if plural else word
    if len(stem) < _ABBREVIATION_LEAST or not (stem.isalpha() and stem.isupper()):
        return False
    if stem in currency_codes() or unit_named(stem) is not None or unit_at(stem) is not None:
        return False
    return unit_tables("en").units.get((stem.lower(),)) is None and unit_at(word) is None


def before_past(tokens: WordIndex, r: Reading, start: int, head: int) -> int:
    """The head of the phrase after "one" (words ``start`` to ``head``), cut before a past tense in it.

    "one tool broke", "one resident told reporters": the noun before the verb, not the verb or
    its object. A word hyphened to the one before it is no verb ("one medium-sized firm"); a
    number above one keeps its head (its plural is found apart).
    """
    if r.amount.value > 1:
        return head
    verb = next(
        (k for k in range(start + 1, head + 1) if _past_verb(tokens.lower(k)) and tokens.gap(k - 1, k) not in HYPHENS),
        None,
    )
    return head if verb is None else verb - 1


def _past_verb(word: str) -> bool:
    """A past tense (:func:`~factcheck._extract.read.clause.noun_phrases.past_tense`) that ends no noun after "one".

    Not a word in "-eed", so "one top speed", "one breed" keep their noun; "agreed" and "freed" are
    passed over with them (no irregular past ends in "-eed").
    """
    return past_tense(word) and not word.endswith(_EED)
