"""Money that an adjective of its noun makes a rate: "£7 billion of annual savings", "the annual budget is £5m".

:func:`adjective_rate` is the reader's last look for a rate of money when no rate phrase follows
it: a word of ``rate_adjectives`` ("annual": year) on the noun the money is of, on a flow noun
of ``rate_adjective_subjects`` ("subsidy", "net cost") right after it or before its hedge
("annual incomes below US$10,000"), or on the noun opening the clause's subject ("The annual
budget is £5m"). Separate because it reads a noun phrase's adjectives, with tables of its own.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._extract.read.draft import with_unit
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading

__all__ = ["adjective_rate"]

_EN: Final = lexicon("en")  # English words read in every language, as before: "of", "one in five"
_OF: Final = _EN.words("of_words")


@functools.cache
def _rate_adjective_subjects(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's ``rate_adjective_subjects``: nouns ("cost", "budget") and modifiers ("net"); none without it."""
    lex = lexicon(lang)
    if "rate_adjective_subjects" not in lex:
        return frozenset(), frozenset()
    table = lex["rate_adjective_subjects"]
    return frozenset(table["nouns"]), frozenset(table["modifiers"])


_SUBJECT_LEADERS: Final = _EN.words("articles") | _EN.words("partitive_fillers")
"""Words before the first word of a subject's noun phrase: "the", "its", "their"."""
_ADJECTIVE_REACH: Final = 3
"""How many words of a noun phrase before "of" and money are searched for a rate adjective ("annual ... of")."""


def adjective_rate(reader: Reader, r: Reading) -> bool:
    """Money an adjective of its noun makes a rate: "£7 billion of annual savings", "annual incomes of $30,000".

    Only money joined to the noun by "of", with no change read: "an annual increase of £500" is
    a change, "annual inflation of 3%" no money.
    """
    adjectives = reader.lex.string_map("rate_adjectives", optional=True)  # "annual": year
    if not adjectives or units.currency_code(r.amount.unit) is None:
        return False
    tokens = reader.tokens
    found = None
    if r.change is not None:
        found = _rate_subject(reader, r, adjectives)  # "the annual net cost ... has fallen to £10.31 million"
    elif tokens.lower(r.nxt) in _OF and r.nxt + 2 < r.clause_end and tokens.lower(r.nxt + 1) in adjectives:
        found = r.nxt + 1  # "£7 billion of annual savings"
    elif tokens.lower(r.nxt) in adjectives and _flow_noun(reader, r.nxt + 1, r.clause_end):
        found = r.nxt  # "the £13 billion annual subsidy", "a £2bn annual budget"
    elif r.lead < r.first and (bound := _bound_after_flow(reader, r, adjectives)) is not None:
        found = bound  # "annual incomes below US$10,000"
    elif tokens.lower(r.lead - 1) in _OF:
        for k in range(r.lead - 2, max(r.clause_first, r.lead - 2 - _ADJECTIVE_REACH) - 1, -1):
            word = tokens[k].word
            if tokens.lower(k) in adjectives:
                found = k  # "annual incomes of less than $30,000", "an annual budget of £5m"
                break
            if not (word.isalpha() and word.islower()) or tokens.lower(k) in _OF:
                break
    else:
        found = _rate_subject(reader, r, adjectives)  # "The annual budget is £5m"
    if found is None:
        return False
    per = adjectives[tokens.lower(found)]
    r.amount = with_unit(r.amount, r.amount.unit / units.unit(per), reader.policy)
    r.rate = (per, found)
    return True


def _bound_after_flow(reader: Reader, r: Reading, adjectives: Mapping[str, str]) -> int | None:
    """The rate adjective of a flow noun right before money with a hedge: "annual incomes below US$10,000".

    The figure opens with its hedge ("below", "above", "under"), joined to a noun of
    ``rate_adjective_subjects`` right before it, with a word of ``rate_adjectives`` right
    before that noun (or before one of its modifiers: "annual net incomes"); else ``None``.
    """
    tokens, lead = reader.tokens, r.lead
    noun = lead - 1
    nouns, modifiers = _rate_adjective_subjects(reader.lang)
    if noun <= r.clause_first or not tokens.joined(noun, lead) or tokens.lower(noun) not in nouns:
        return None
    adjective = noun - 1
    if tokens.lower(adjective) in modifiers and adjective > r.clause_first:
        adjective -= 1
    if not tokens.joined(adjective, noun) or tokens.lower(adjective) not in adjectives:
        return None
    return adjective


def _flow_noun(reader: Reader, k: int, limit: int) -> bool:
    """True when word ``k`` (or the word after it, past one of ``modifiers``) is a noun of money flowing over time.

    The nouns and modifiers of ``rate_adjective_subjects``: "subsidy", "net cost"; not "annual report".
    """
    nouns, modifiers = _rate_adjective_subjects(reader.lang)
    tokens = reader.tokens
    if k < limit and tokens.joined(k - 1, k) and tokens.lower(k) in modifiers:
        k += 1
    return k < limit and tokens.joined(k - 1, k) and tokens.lower(k) in nouns


def _rate_subject(reader: Reader, r: Reading, adjectives: Mapping[str, str]) -> int | None:
    """The rate adjective of the noun opening the clause's subject when the money measures it, else ``None``.

    "the equivalent annual net cost to business ... has fallen to £10.31 million (down from
    £11.79 million)", "The annual budget is £5m", "the annual cost rose by £2m": a noun of
    ``rate_adjective_subjects`` right after the adjective or after one of its modifiers
    ("annual net cost"; not "the annual report cost £40,000"), and the money changing it, after
    a level verb, or after "to" or "from" ("rose by £2m to £9m").
    """
    tokens, lead = reader.tokens, r.lead
    before = tokens.lower(lead - 1) if lead > r.clause_first else ""
    levels = reader.language.to_words | reader.language.from_words
    if r.change is None and before not in levels and reader.language.level_verb(tokens, lead, r.clause_first) is None:
        return None
    nouns, modifiers = _rate_adjective_subjects(reader.lang)
    k = r.clause_first
    while k < lead and tokens.lower(k) in _SUBJECT_LEADERS:
        k += 1
    for adjective in range(k, min(lead, k + _ADJECTIVE_REACH)):
        word = tokens[adjective].word
        if not (word.isalpha() and word.islower()):
            return None
        if tokens.lower(adjective) not in adjectives:
            continue
        noun = adjective + 1 + (tokens.lower(adjective + 1) in modifiers)
        return adjective if noun < lead and tokens.lower(noun) in nouns else None
    return None
