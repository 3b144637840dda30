"""A figure that leaves out what it measures takes it from the figure before it.

* "20,000 people a month, or 300,000 over the year": a bare count takes the noun and subject;
* "rose by £12,000, or 4.5%": a percentage after a change is the same change, relative;
* "12% of applicants, compared with 18%", "28%, up two points": the same subject;
* "600 people died and 1,200 were hurt": a count with a verb of its own takes only the noun
  ("people hurt"), never what happened to its neighbour;
* "250 patients a week, or 13,000 a year": a rate restated per another period is the total
  over one such period, to compare with the first rate (``elliptical``);
* a second mention of the same kind of quantity without a subject, in the same paragraph within
  one sentence, takes the earlier mention's subject (``second_mentions``).

Apart from the other rules of ellipsis: these lend a subject, unit or kind between two
neighbouring figures, whatever they count.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import CountClaim, MoneyClaim, RateClaim, RelativeChangeClaim, ShareClaim
from factcheck._extract.link.alignment import reunit
from factcheck._extract.link.ellipsis.bare_counts import PARALLEL_REACH
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import MAX_GLUE
from factcheck._extract.read.verbs import what_happened
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    import pint

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["elliptical", "second_mentions"]

_EN: Final = lexicon("en")
_CHANGE_ADVERBS: Final = _EN.words("change_adverbs")  # "28%, up two points"
_CHANGE_OPENINGS: Final = _CHANGE_ADVERBS | _EN.words("apposition_openers")  # ", up 3%", ", a rise of 3%"
_FROM_WORDS: Final = _EN.words("from_words")
_CHANGE_FROM: Final = frozenset((adverb, word) for adverb in _CHANGE_ADVERBS for word in _FROM_WORDS)
_ELLIPSIS_GLUE: Final = _EN.words("ellipsis_glue")
_OR: Final = _EN.words("alternative_words")  # "or"
_COMPARED_WITH: Final = _EN.phrase_set("comparison_glue")
"""Two words right before a figure that compare it with the one before, which may stand further back."""
_POSSESSIVE: Final = _EN.strings("possessive_endings")
_OWNER_REACH: Final = 4
"""Capitalised words of a name with a possessive right before a figure: "President Donald Trump's"."""


def elliptical(drafts: list[Draft], reader: Reader) -> None:
    """Read a figure that leaves out what it measures by its neighbour in the sentence.

    "20,000 people a month, or 300,000 over the year" (a bare count takes the noun), "rose by
    £12,000, or 4.5%" (a percentage after a change is the same change, relative), "12% of
    applicants, compared with 18%" and "28%, up two points" (the same subject).
    """
    tokens = reader.tokens
    dimensionless = units.dimensionless()
    restating = reader.language.restating_words  # "also", "soit", "o sea": "or" in German, French, Spanish
    for previous, draft in itertools.pairwise(
        d for d in drafts if not d.consumed
    ):  # a duration read as `over` is no neighbour
        if draft.subject is not None or not same_sentence(previous, draft, reader):
            continue
        own = _own_verb(draft, reader)
        if own is not None and previous.noun is None:
            continue  # "8,000 arrivals were stopped and 2,000 returned" (no noun to lend)
        own_base = _base_key(draft.amount)
        if own_base is not None and own_base != _base_key(previous.amount):
            continue  # "£1m" after "390 arrivals" measures something else
        first = tokens.first_at_or_after(draft.start)
        glue = tokens.words(previous.last + 1, _owner_start(tokens, previous.last + 1, first))
        up_from = glue[-2:] in _CHANGE_FROM  # "5,294 ... in 2023, up from 1,032"
        bare_count = draft.cls is CountClaim and draft.amount.unit == dimensionless
        compared = bare_count and glue[-2:] in _COMPARED_WITH  # "3.8 million people ... compared to 4.9 million"
        reach = PARALLEL_REACH if compared else MAX_GLUE + 2
        if not up_from and (len(glue) > reach or not any(w in _ELLIPSIS_GLUE or w in restating for w in glue[-3:])):
            clause_first, _ = reader.clause_words(draft.start)
            opening = tokens.lower(clause_first)
            if not (draft.is_change and clause_first > previous.last and opening in _CHANGE_OPENINGS):
                continue  # ", up 3%", ", a rise of 3%": a change of what the sentence just gave
        if (not _OR.isdisjoint(glue[-2:]) or not restating.isdisjoint(glue[-2:])) and not _alternative_price(
            previous, draft, reader
        ):
            _restated_rate(previous, draft)
        if previous.is_change and draft.cls is ShareClaim and glue and glue[-1] in _OR:
            draft.cls = RelativeChangeClaim  # "rose by £12,000, or 4.5%"
            draft.direction, draft.before, draft.after = previous.direction, previous.before, previous.after
        base = _base_key(previous.amount)
        counted = base is not None and units.currency_code(previous.amount.unit) is None
        per = units.time_denominator(draft.amount.unit)
        if draft.cls is CountClaim and draft.amount.unit == dimensionless and counted and base is not None:
            draft.amount = reunit(draft.amount, Amount.exact(1, base))
            draft.counted = previous.counted  # "20,000 people a month, or 300,000 over the year": people
        elif per is not None and draft.amount.unit * per == dimensionless and counted and base is not None:
            draft.amount = reunit(
                draft.amount, Amount.exact(1, f"{base} / {per}")
            )  # "homes over five years, or 300,000 a year"
        draft.subject = previous.subject if own is None else f"{previous.noun} {own}"  # "..., and 1,200 were hurt"
        earlier = bool(glue) and glue[-1] in _FROM_WORDS  # "62% of pupils, up from 60%", "to 98% of GDP, from 85%"
        if draft.cls is ShareClaim and previous.cls is ShareClaim and draft.whole is None and not earlier:
            draft.whole = previous.whole  # not after "from": the same whole at another time


def _owner_start(tokens: WordIndex, start: int, first: int) -> int:
    """Where a name's possessive right before word ``first`` begins: "to President Donald Trump's | 214".

    Up to ``_OWNER_REACH`` capitalised words ending in a possessive, from ``start`` on; ``first``
    itself when none stands there. The glue from a figure to the one that leaves out what it
    measures reads past whose the second is ("279 electoral votes to President Donald Trump's 214").
    """
    k = first - 1
    if k < start or not tokens[k].word.endswith(_POSSESSIVE) or not tokens[k].word[:1].isupper():
        return first
    while k - 1 >= max(start, first - _OWNER_REACH) and tokens[k - 1].word[:1].isupper() and tokens.joined(k - 1, k):
        k -= 1
    return k


def _alternative_price(previous: Draft, draft: Draft, reader: Reader) -> bool:
    """True for "£8.99 a month or £89.99 a year": prices joined by "or" with no comma are two offers.

    A restatement sets itself off with a comma ("earn £2,800 a month, or £33,600 a year"); without
    one, a monthly and a yearly price are alternatives, and a yearly plan is often priced apart.
    """
    if units.currency_code(previous.amount.unit) is None:
        return False
    return "," not in reader.text[previous.end : draft.start]


def _restated_rate(previous: Draft, draft: Draft) -> None:
    """Read "250 patients a week, or 13,000 a year" as 13,000 over one year, to compare with the weekly rate."""
    per, own_per = units.time_denominator(previous.amount.unit), units.time_denominator(draft.amount.unit)
    if previous.cls is not RateClaim or draft.cls is not RateClaim or per is None or own_per is None or per == own_per:
        return
    total = draft.amount.unit * own_per
    if total == units.dimensionless() and units.is_counted(previous.amount.unit * per):
        total = previous.amount.unit * per  # "or 13,000 a year" counts what "250 patients a week" counts
    if total != previous.amount.unit * per:
        return
    draft.amount = reunit(draft.amount, Amount.exact(1, total))
    draft.counted = previous.counted
    draft.cls = MoneyClaim if units.currency_code(total) is not None else CountClaim
    draft.over = Amount.exact(1, own_per)


def _base_key(amount: Amount) -> str | None:
    return _unit_base_key(amount.unit)


@functools.lru_cache(maxsize=1024)
def _unit_base_key(unit: pint.Unit) -> str | None:
    """What a figure in ``unit`` counts, once per unit: its currency, or its counted thing (per time left out)."""
    code = units.currency_code(unit)
    if code is not None:
        return code
    denominator = units.time_denominator(unit)
    base = unit * denominator if denominator is not None else unit
    return str(base) if units.is_counted(base) else None


def second_mentions(drafts: list[Draft], reader: Reader) -> None:
    """Give a figure with no subject the subject of the last figure of its kind in this or the sentence before.

    Not a difference named by a comparative after it ("will be £80 better off", "£2bn more"): it
    is compared with something the text leaves unsaid, not the figure before.
    """
    layout = reader.layout
    last_seen: dict[str, tuple[int, int, str]] = {}
    for draft in drafts:
        if draft.consumed:
            continue
        key = _base_key(draft.amount)
        if key is None:
            continue
        paragraph = layout.paragraph_index(draft.start)
        sentence = layout.sentence_index(draft.start)
        compared = draft.verb is not None and draft.verb > draft.last  # "£80 better off": than what is unsaid
        if draft.subject is None and _own_verb(draft, reader) is None and not compared:
            seen = last_seen.get(key)
            if seen is not None and seen[0] == paragraph and sentence - seen[1] <= 1:
                draft.subject = seen[2]
        if draft.subject is not None:
            last_seen[key] = (paragraph, sentence, draft.subject)


def _own_verb(draft: Draft, reader: Reader) -> str | None:
    """What happened to a bare count by a verb of its own ("..., and 2,000 were returned"), or ``None``.

    A subject borrowed from a neighbour must then say what happened to this count, not to the neighbour.
    """
    if not units.is_count(draft.amount.unit) or draft.is_change:
        return None
    _, clause_end = reader.clause_words(draft.start)
    return what_happened(reader.tokens, draft.last, clause_end)
