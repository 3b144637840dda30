"""Multiples and occasions: "three times as many", "doubled", "twice as many", "a two-time champion", "met 11 times".

The tables and helpers of the reader's ``times_ratio`` and ``multipliers``: a times word after a
figure is a ratio, a frequency or a count of occasions (``time``); a multiplier word with no
figure ("doubled", "halved") is a relative change of its own, hedged by the words before it
("more than doubled"); "twice" is a ratio before "as" and a count of occasions at its clause's
end. What a ratio compares is read here too (:func:`ratio_subject`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import CountClaim, Direction, RatioClaim, RelativeChangeClaim
from factcheck._extract.read.clause.noun_phrases import noun_phrase
from factcheck._extract.read.clause.subjects import subject_before
from factcheck._extract.read.clause.time_rates import rate_after
from factcheck._extract.read.draft import Draft
from factcheck._extract.read.english.rates import distributive
from factcheck._extract.read.english.subjects import tidy
from factcheck._extract.read.english.words import EN, FROM
from factcheck._extract.scan.english_words import MULTIPLIERS
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.counted_nouns import counted_unit
from factcheck._extract.text.tokens import HYPHENS
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.reading import Reading
    from factcheck._extract.text.wordindex import WordIndex


TIMES_WORDS: Final = EN.words("times_words")
RATIO_ADVERBS: Final[Mapping[str, int]] = EN.mapping("ratio_adverbs")  # "twice"
RATIO_ADVERB_FOLLOWERS: Final = EN.words("ratio_adverb_followers")
_TIMES_OCCASIONS: Final = EN.words("times_occasion_followers")
_TIMES_ROLES: Final = EN.words("times_role_words")
_ROLE_ARTICLES: Final = EN.words("one_articles")
_FROM_OR_TO: Final = FROM | EN.words("to_words")
OCCASION: Final[str] = EN["times_occasion_noun"]
OCCASION_UNIT: Final = counted_unit(OCCASION) or "item"
MULTIPLIER_STARTS: Final = frozenset({*MULTIPLIERS, *(word.lower() for word in MULTIPLIERS), *RATIO_ADVERBS})
"""Words that may begin a multiplier draft ("doubled", "twice"): one set look-up a word of the text."""
_RATIO_SUBJECT_LEADS: Final = EN.phrases("ratio_subject_leads")
_MULTIPLIER_HEDGES: Final = {
    tuple(phrase.split()): Hedge(hedge) for phrase, hedge in EN.mapping("multiplier_hedges").items()
}


def ratio_subject(reader: Reader, draft: Draft, k: int, clause_end: int) -> None:
    """Set what a ratio compares: "three times as many patients", "twice the number of visits"."""
    tokens = reader.tokens
    lead = next((lead for lead in _RATIO_SUBJECT_LEADS if tokens.words(k, k + len(lead)) == lead), None)
    if lead is None:
        return
    k += len(lead)
    phrase = noun_phrase(tokens, k, clause_end, allow_of=True)
    if phrase is not None:
        draft.subject = tidy(reader.phrase(*phrase))


def hyphened_occasions(tokens: WordIndex, r: Reading) -> bool:
    """True for a whole N hyphened to the word ``times_occasion_noun`` ("time") before a word: "a two-time champion"."""
    nxt, amount = r.nxt, r.amount
    return (
        nxt + 1 < r.clause_end
        and tokens.lower(nxt) == OCCASION
        and tokens.gap(r.last, nxt) in HYPHENS
        and tokens.joined(nxt, nxt + 1)
        and r.figure.form is not Form.FRACTION
        and amount.hedge is not Hedge.RANGE
        and amount.value >= 1
        and amount.value == amount.value.to_integral_value()
    )


def occasions(tokens: WordIndex, r: Reading, after: int) -> bool:
    """True when "N times" before word ``after`` counts occasions: a whole N, then its clause end or an occasion.

    A range counts occasions when both its ends are whole: "three or four times in my career".
    """
    amount = r.amount
    ends = (amount.bounds.low, amount.bounds.high) if amount.hedge is Hedge.RANGE else (amount.value,)
    if any(end is None or end != end.to_integral_value() or end < 1 for end in ends):
        return False  # "three or four times" counts occasions at both ends; "2.5 times" is a multiple
    if r.figure.form is Form.FRACTION:
        return False
    before = tokens.lower(r.lead - 1) if r.lead > 0 else ""
    if before in _FROM_OR_TO:
        return False  # "up from four times in 1997", "rose to five times": a multiple as a level
    return _occasion_follows(tokens, after, r.clause_end, roles=True)


def repeated(lowers: Sequence[str], index: int) -> bool:
    """True when a count of occasions follows the multiplier word at ``index``: "doubled twice"."""
    after = index + 1
    if after >= len(lowers):
        return False
    return lowers[after] in RATIO_ADVERBS or (after + 1 < len(lowers) and lowers[after + 1] in TIMES_WORDS)


def adverb_occasions(reader: Reader, index: int) -> bool:
    """True when "twice" at word ``index`` counts occasions: the end of its clause or an occasion word follows."""
    tokens = reader.tokens
    _, clause_end = reader.clause_words(tokens[index].start)
    return _occasion_follows(tokens, index + 1, clause_end, roles=False)


def _occasion_follows(tokens: WordIndex, after: int, clause_end: int, *, roles: bool) -> bool:
    """True when the words from ``after`` make the times word before them count occasions.

    The end of the clause, punctuation or a word of ``times_occasion_followers`` ("met 50 times
    in the year", "promoted nine times,"); not a rate ("3 times a year", "twice each week"). With
    ``roles``, a word of ``times_role_words`` counts occasions before a name or an article ("four
    times as All-Star MVP", "12 times as a substitute"), a comparison otherwise ("three times as far").
    """
    if after >= clause_end:
        return True
    if rate_after(tokens, after, clause_end) is not None or distributive(tokens, after, clause_end) is not None:
        return False  # "3 times a year", "twice each week": a rate, read as such elsewhere
    word = tokens.lower(after)
    if roles and word in _TIMES_ROLES:
        role = tokens[after + 1].word if after + 1 < clause_end else ""
        return role[:1].isupper() or role.lower() in _ROLE_ARTICLES
    return word in _TIMES_OCCASIONS or not word[:1].isalnum()


def occasion_word(reader: Reader, index: int, times: int) -> Draft:
    """A draft for "twice" as occasions at word ``index``: a count of ``time``."""
    word = reader.tokens[index]
    draft = Draft(CountClaim, Amount.exact(times, OCCASION_UNIT), word.start, word.end, index, index)
    draft.counted = OCCASION
    return draft


def times_word(reader: Reader, index: int, times: int) -> Draft:
    """A draft for "twice as many" at word ``index``: a ratio."""
    _, clause_end = reader.clause_words(reader.tokens[index].start)
    amount = Amount.exact(times, units.dimensionless())
    word = reader.tokens[index]
    draft = Draft(RatioClaim, amount, word.start, word.end, index, index)
    ratio_subject(reader, draft, index + 1, clause_end)
    return draft


def multiplier(reader: Reader, index: int, percent: int, direction: Direction) -> Draft:
    """A draft for "doubled", "halved", "tripled" at word ``index``, in its clause's modality ("will be doubled")."""
    tokens = reader.tokens
    clause_first, clause_end = reader.clause_words(tokens[index].start)
    hedge, start = Hedge.NONE, tokens[index].start
    qualifier = None
    before = tokens.words(index - 2, index)
    for phrase, phrase_hedge in _MULTIPLIER_HEDGES.items():  # "more than doubled", "nearly halved"
        if before[-len(phrase) :] == phrase:
            hedge, qualifier = phrase_hedge, " ".join(phrase)
            break
    if qualifier is not None:
        start = tokens[index - len(qualifier.split())].start
    amount = Amount.stated(percent, "percent", hedge=hedge, policy=reader.policy)
    draft = Draft(RelativeChangeClaim, amount, start, tokens[index].end, index, index, qualifier=qualifier)
    draft.direction, draft.verb = direction, index
    first = index - (len(qualifier.split()) if qualifier else 0)
    draft.modality = reader.modality(first, index + 1, clause_first, clause_end)
    subject = subject_before(tokens, index - (len(qualifier.split()) if qualifier else 0), clause_first)
    if subject is not None:
        draft.subject = tidy(reader.phrase(*subject))
    return draft
