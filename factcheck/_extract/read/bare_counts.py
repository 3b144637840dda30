"""Bare whole numbers that the words around them make counts: "father of two", "voted 66 to 27", "eighteen B-17s".

A number with no noun of its own after it may still count something: the noun its lead words
imply (:func:`elided_count`, ``elided_count_leads``: "father of two" counts children), the votes
of a tally (``tally_leads``, a voting body "the Senate 96 to 3", a verb of its outcome
"confirmed 52 to 48", a noun after it "by a 46-41 vote"), or things named with digits after it
(:func:`model_count`: "24 Boeing 737s"). Separate from the reader because these rules only
give a bare number its counted noun, with tables only they read.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.draft import with_unit
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit, is_plural, singular
from factcheck._extract.text.tokens import HYPHENS
from factcheck.lexicons import lexicon, split_phrases

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading

__all__ = ["elided_count", "model_count"]

_EN: Final = lexicon("en")  # English words read in every language, as before
_LIST_JOINS: Final = _EN.words("list_conjunctions")  # "aged 34 and 36"
_RANGE_TO: Final = _EN.words("range_to")
_NUMBER_JOINS: Final = _LIST_JOINS | _RANGE_TO
"""Words after a number that join it to another: "3 and 4 year olds", "2 to 5"."""


@functools.cache
def _phrase_nouns(lang: str, table: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The language's ``table`` of phrases and their nouns, each phrase as word tuples; none without the table.

    ``elided_count_leads`` ("father of": child), ``tally_leads`` ("voted": vote), ``tally_leads_before_comma``.
    """
    leads = lexicon(lang).string_map(table, optional=True)
    return tuple(zip(split_phrases(leads), leads.values(), strict=True))


_TALLY_DASHES: Final = HYPHENS | frozenset("\u2012\u2013\u2014")
"""What joins the two numbers of a tally written "52-48" or "52 – 48": a hyphen, or a figure, en or em dash."""
_TALLY_CHAMBERS: Final = _EN.words("tally_chambers")  # "passed the Senate 96 to 3"
_TALLY_ASIDES: Final = _EN.phrases("tally_asides")  # "the Senate I believe 96 to 3"
_TALLY_NOUNS: Final = _EN.words("tally_nouns_after")  # "by a 46-41 vote"
_TALLY_VERBS: Final = _EN.words("tally_verbs")  # "he was confirmed 52 to 48"
_NOT_A_NOUN: Final = _EN.words("noun_phrase_stops") | _EN.words("auxiliaries") | _TALLY_NOUNS  # "passed 230-198 as ..."
_TALLY_OBJECT: Final = 3
"""Words of a tally verb's object read past before the tally: "passed the measure 230 to 198"."""
_MODEL_PLURAL: Final = re.compile(r"[A-Z]{0,3}\d+[A-Z0-9]*s")
"""The plural of a name written with digits: "737s", "A320s", "17s" of "B-17s"."""
_DECADE: Final = re.compile(r"\d{1,3}0s")
"""A decade written in digits ("1990s", "80s"), no name of a thing."""


def elided_count(reader: Reader, r: Reading) -> None:
    """A bare whole number whose noun its lead words imply: "father of two" counts children."""
    amount, tokens = r.amount, reader.tokens
    if not r.dimensionless or r.change is not None or r.figure.form is Form.FRACTION:
        return
    if amount.value != amount.value.to_integral_value() or amount.value < 0 or _tally(reader, r):
        return
    if (r.subject is not None and r.subject[0] < r.nxt) or amount.value < 1:
        return  # "The mayor's 3 ...": what it counts stands before it
    joined = r.nxt + 1 < len(tokens) and tokens.joined(r.last, r.nxt) and tokens[r.nxt + 1].word[:1].isdigit()
    if joined and tokens.lower(r.nxt) in _NUMBER_JOINS:
        return  # "parents of 3 and 4 year olds": a number of a list, not the children
    for lead, noun in _phrase_nouns(reader.lang, "elided_count_leads"):
        unit = counted_unit(noun)
        if unit is not None and tokens.words(r.lead - len(lead), r.lead) == lead:
            r.amount = with_unit(amount, units.unit(unit), reader.policy)
            r.counted, r.unit_word = noun, None  # "a crowd of 900 waited": no unit "waited"
            return


def model_count(reader: Reader, r: Reading) -> None:
    """A bare whole number before the plural of a name written with digits counts items: "eighteen B-17s".

    The plural ("737s", "A320s", "17s" of "B-17s") right after the number, or after one capitalised
    word joined to it by a space or a hyphen ("24 Boeing 737s", "two F-16s"): so many things of that
    name, a count of ``item`` whose counted noun is the name in the singular, lower-cased as every
    counted noun is ("b-17", "boeing 737"): a count always names what it counts.
    """
    amount, tokens = r.amount, reader.tokens
    if not r.dimensionless or r.change is not None or r.counted is not None or r.figure.form is Form.FRACTION:
        return
    if amount.value != amount.value.to_integral_value() or amount.value < 1 or r.nxt >= r.clause_end:
        return
    model = r.nxt
    if not tokens.joined(r.last, model):
        return
    if _MODEL_PLURAL.fullmatch(tokens[model].word) is None:
        first = tokens[model].word
        model += 1
        maker = first[:1].isupper() and first.isalpha()
        if not (maker and model < r.clause_end and tokens.joined(model - 1, model)):
            return
        if _MODEL_PLURAL.fullmatch(tokens[model].word) is None:
            return
    if _DECADE.fullmatch(tokens[model].word):
        return  # "three 1990s hits": a decade, no name
    r.amount = with_unit(amount, units.unit("item"), reader.policy)
    name = "".join(tokens.gap(k - 1, k) + tokens[k].word for k in range(r.nxt + 1, model + 1))
    r.counted, r.unit_word = (tokens[r.nxt].word + name)[:-1].lower(), None


def _tally(reader: Reader, r: Reading) -> bool:
    """True for a number of a vote tally, now a count of what its lead counts: "voted 66 to 27".

    A tally lead (``tally_leads``) right before the number ("yeas 416, nays 1, not voting
    16", "by a vote of 45 to 43"; ``tally_leads_before_comma`` with a comma between: "along
    party lines, 230-to-198"), or before the number in digits that "to" or a dash joins
    to it ("66 to 27", "52-48": the second number of a tally counts what the first does).
    """
    leads = _phrase_nouns(reader.lang, "tally_leads")
    if not leads:
        return False
    own_noun = r.nxt < r.clause_end and reader.tokens.joined(r.last, r.nxt)
    own_noun = own_noun and r.subject is not None and r.subject[0] >= r.nxt  # not "the vote was 224 to 201"
    if own_noun and _tally_first(reader, r.lead) < 0:
        return False  # "voted 3 budgets": a noun of its own after the number; not "11 to 7 majority"
    tokens, lead = reader.tokens, r.lead
    comma_leads = _phrase_nouns(reader.lang, "tally_leads_before_comma")
    for _ in range(2):
        for words, noun in (*leads, *comma_leads):
            comma = (words, noun) in comma_leads and tokens.gap(lead - 1, lead).strip() == ","
            if tokens.words(lead - len(words), lead) == words and (comma or tokens.joined(lead - 1, lead)):
                r.amount = with_unit(r.amount, units.unit(counted_unit(noun) or "item"), reader.policy)
                r.counted, r.unit_word = singular(noun), None
                return True
        lead = _tally_first(reader, lead)
        if lead < 0:
            break
    return _noun_tally(reader, r) or _chamber_tally(reader, r) or _verb_tally(reader, r)


def _noun_tally(reader: Reader, r: Reading) -> bool:
    """True for a number of a tally that a word of ``tally_nouns_after`` follows: "by a 46-41 vote".

    Two whole numbers in digits joined by a dash, the noun right after the second: both count votes.
    """
    tokens = reader.tokens
    if _tally_first(reader, r.lead) >= 0:
        second = r.lead  # "46-41 vote": the second number
    elif (
        r.nxt + 1 < r.clause_end
        and tokens.gap(r.last, r.nxt).strip() in _TALLY_DASHES
        and tokens[r.last].word.isdigit()
    ):
        second = r.nxt  # "46-41 vote": the first number
    else:
        return False
    noun = second + 1
    if not (tokens[second].word.isdigit() and noun < len(tokens) and tokens.joined(second, noun)):
        return False
    if tokens.lower(noun) not in _TALLY_NOUNS:
        return False
    return _count_votes(reader, r)


def _chamber_tally(reader: Reader, r: Reading) -> bool:
    """True for a number of a tally after a voting body's name, now a count of votes: "the Senate 96 to 3".

    Two whole numbers in digits that "to" joins (a dash only for the second), the first right after a capitalised
    word of ``tally_chambers`` ("Senate", "House") or after one and an aside of
    ``tally_asides`` ("the Senate I believe 96 to 3").
    """
    tokens = reader.tokens
    first = _tally_first(reader, r.lead)
    if first < 0:
        first = r.lead
        nxt = r.nxt
        if nxt + 1 >= len(tokens):
            return False  # no second number after it: the text ends
        joined = tokens.lower(nxt) in _RANGE_TO and tokens.joined(first, nxt) and tokens.joined(nxt, nxt + 1)
        if not (joined and tokens[first].word.isdigit() and tokens[nxt + 1].word.isdigit()):
            return False  # "the Senate 96 to 3": the first number of a tally
    chamber = first - 1
    for aside in _TALLY_ASIDES:
        if tokens.words(first - len(aside), first) == aside:
            chamber = first - len(aside) - 1
            break
    if chamber < 0 or tokens.lower(chamber) not in _TALLY_CHAMBERS or not tokens[chamber].word[:1].isupper():
        return False
    if not tokens.joined_run(chamber, first):
        return False  # "the House, 96 to 3" stands apart
    return _count_votes(reader, r)


def _verb_tally(reader: Reader, r: Reading) -> bool:
    """True for a number of a tally after a verb of a vote's outcome, now a count of votes: "confirmed 52 to 48".

    Two whole numbers in digits that "to" or a dash joins, with no noun of their own after the
    second, a word of ``tally_verbs`` ("confirmed", "passed") before the first, right before it
    or before at most ``_TALLY_OBJECT`` words of its object ("confirmed him 52 to 48", "passed the
    measure 230-198"), all joined: no comma, no number between.
    """
    tokens = reader.tokens
    first = _tally_first(reader, r.lead)
    second = r.lead
    if first < 0:
        if r.nxt >= len(tokens):
            return False  # no second number after it: the text ends
        first, second = r.lead, r.nxt + 1
        if not (tokens.lower(r.nxt) in _RANGE_TO and tokens.joined(r.last, r.nxt) and tokens.joined(r.nxt, second)):
            second = r.nxt  # "52-48"
            if tokens.gap(r.last, r.nxt).strip() not in _TALLY_DASHES:
                return False
    if not (tokens[first].word.isdigit() and tokens[second].word.isdigit()):
        return False
    after = tokens.lower(second + 1)
    if tokens.joined(second, second + 1) and is_plural(after) and after not in _NOT_A_NOUN:
        return False  # "approved 12 to 3 projects": a count of its own noun
    for verb in range(first - 1, max(-1, first - 2 - _TALLY_OBJECT), -1):
        if not tokens.joined(verb, verb + 1) or not tokens[verb].word.isalpha():
            return False
        if tokens.lower(verb) in _TALLY_VERBS:
            return _count_votes(reader, r)
    return False


def _count_votes(reader: Reader, r: Reading) -> bool:
    """Make the tally's number a count of votes (``vote``); True, for the tallies to return."""
    r.amount = with_unit(r.amount, units.unit(counted_unit("votes") or "item"), reader.policy)
    r.counted, r.unit_word = "vote", None
    return True


def _tally_first(reader: Reader, lead: int) -> int:
    """The first number of a tally whose second begins at word ``lead`` ("66 to 27", "52-48"), or -1."""
    tokens = reader.tokens
    if lead > 1 and tokens.lower(lead - 1) in _RANGE_TO and tokens.joined(lead - 2, lead - 1):
        first = lead - 2
    elif lead > 0 and tokens.gap(lead - 1, lead).strip() in _TALLY_DASHES:
        return lead - 1 if tokens[lead - 1].word.isdigit() else -1
    else:
        return -1
    return first if tokens[first].word.isdigit() else -1
