"""What happened to what a figure counts: "5,294 Albanians were returned" is about "Albanians returned".

A count whose subject is only the counted noun ("600 people") does not say which quantity it
is: "600 people died" and "1,200 people were hurt" count different things. The verb after the
noun tells them apart, read with the same bounded, lexical rules as ``read.clause``: a few words
after the noun phrase in its clause, no parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.scan.english_words import (
    AUXILIARIES,
    COMPLEMENT_PREPOSITIONS,
    DETERMINERS,
    DOWN,
    INFINITIVE_VERBS,
    LINKING,
    MODALS,
    NEGATIONS,
    NOT_EVENTS,
    PARTICIPLES,
    RATE_ADVERBS,
    SOURCE_VERBS,
    STOP,
    UP,
    date_names,
)
from factcheck._extract.text.counted_nouns import counted_unit
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["what_happened"]


_EN: Final = lexicon("en")
_PLACE_LEADS: Final = _EN.words("place_leads")
_ADVERBS: Final = _EN.words("adverbs") | _EN.words("adverbs_after_noun")
_NOT: Final[str] = _EN["contracted_negation"]  # "weren't" is "not"
_TO: Final = _EN.words("infinitive_markers")  # "feared to"
_INFINITIVE_AUXILIARIES: Final = _EN.words("infinitive_auxiliaries")  # "to have died"
_ADVERB: Final = _EN.strings("adverb_endings")
_GERUND: Final = _EN.strings("gerund_endings")
_PAST: Final = _EN.strings("past_endings")
_YEAR_DIGITS: Final = 4
_MAX_HELPERS: Final = 6
"""Auxiliaries, negations and adverbs read past between a noun and its verb, at most."""


def what_happened(tokens: WordIndex, last: int, limit: int, *, rate: tuple[str, int] | None = None) -> str | None:
    """What the clause says happened to the counted noun phrase ending at word ``last``, as written.

    The verb right after the phrase, without its auxiliaries, with a negation, and with one object
    or prepositional phrase that says more of what happened; not a place ("in England"), a date or
    a year, which claims carry in fields of their own. ``None`` when no verb follows, when it is a
    verb of saying ("600 voters said ..."), when the verb describes the phrase by another figure
    ("600 people aged over 65"), and after "who" or "that" ("600 people who died were named"
    counts those named, not all who died). ``limit`` is the index one past the clause's last
    word; ``rate`` is the figure's rate phrase (its unit and last word), read past when it
    follows the noun phrase ("5,000 people a month are deported").

    >>> from factcheck._extract.text.wordindex import WordIndex
    >>> words = WordIndex("5,294 Albanians were returned from the UK in 2024.")
    >>> what_happened(words, 2, len(words))
    'returned from the UK'
    >>> words = WordIndex("In 2023, 800 claims have not been paid.")
    >>> what_happened(words, 3, len(words))
    'not paid'
    """
    if rate is not None and 0 < rate[1] - last <= 2:  # noqa: PLR2004  ("a month", "annually")
        last = rate[1]
    k = last + 1
    negation, modal, helped = None, False, False
    while k < min(limit, last + _MAX_HELPERS) and tokens.joined(k - 1, k):  # "have not yet been"
        lower = tokens.lower(k)
        contracted = lower.endswith(("n't", "n\u2019t"))  # "weren't": an auxiliary and "not"
        if lower in NEGATIONS or contracted:
            negation = _NOT if contracted else tokens[k].word
        elif not (lower in _ADVERBS or (lower.endswith(_ADVERB) and lower not in RATE_ADVERBS)):
            if lower not in AUXILIARIES and lower not in MODALS:
                break
            modal = modal or lower in MODALS
        helped = helped or contracted or lower in AUXILIARIES or lower in MODALS
        k += 1
    if k >= limit or not tokens.joined(k - 1, k) or not _verb_like(tokens, k, after_auxiliary=helped, modal=modal):
        return None
    lower = tokens.lower(k)
    end = k
    if lower in INFINITIVE_VERBS and tokens.lower(k + 1) in _TO:  # "are feared to have died"
        end = k + 2
        while end < limit and tokens.lower(end) in _INFINITIVE_AUXILIARIES:
            end += 1
        if end >= limit or not _verb_like(tokens, end, after_auxiliary=True, modal=True):
            return None
    elif lower in SOURCE_VERBS or lower in NOT_EVENTS or lower in LINKING:
        return None  # "600 voters said ...", "people aged 18 to 24", "5,000 homes cost ..."
    complement = _complement(tokens, end + 1, limit)
    if complement is None:
        return None
    verb = tokens.text[tokens[k].start : tokens[max(end, complement)].end]
    return verb if negation is None else f"{negation} {verb}"


def _verb_like(tokens: WordIndex, k: int, *, after_auxiliary: bool, modal: bool) -> bool:
    """True when word ``k`` reads as a verb: a participle or past tense, "-ing", or any word after a modal."""
    word, lower = tokens[k].word, tokens.lower(k)
    if not word.isalpha() or not word[:1].islower() or lower in STOP or time_unit(lower) is not None:
        return False
    if lower in PARTICIPLES or lower in UP or lower in DOWN or modal:
        return True
    if len(lower) > 4 and lower.endswith(_GERUND):  # noqa: PLR2004  ("crossing", not "king")
        return True
    return len(lower) > 3 and lower.endswith(_PAST) and (after_auxiliary or counted_unit(word) is None)  # noqa: PLR2004


def _complement(tokens: WordIndex, k: int, limit: int) -> int | None:
    """Index of the last word of the phrase after a verb at ``k - 1`` that says more of what happened.

    ``k - 1`` when there is none (a year, a date, a place, the end of the clause); ``None`` when a
    figure other than a year follows, as in "aged 18" or "rose to 5,000".
    """
    if k >= limit or not tokens.joined(k - 1, k):
        return k - 1
    start, preposition = k, tokens.lower(k)
    if preposition in COMPLEMENT_PREPOSITIONS:
        start = k + 1
        while start < limit and tokens.lower(start) in DETERMINERS:
            start += 1
    if start >= limit or (start > k and not tokens.joined(start - 1, start)):
        return k - 1
    word = tokens[start].word
    if word[:1].isdigit():
        return k - 1 if len(word) == _YEAR_DIGITS and word.isdigit() and start > k else None
    if word[:1].isupper() and (tokens.lower(start) in date_names() or preposition in _PLACE_LEADS):
        return k - 1  # "in March", "in England": when and where, which claims keep apart
    phrase = noun_phrase(tokens, start, limit)
    return k - 1 if phrase is None else phrase[1]
