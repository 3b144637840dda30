"""A change's levels stated in its own words: "from X to Y", "up from X", "rose by 7% to 14,577".

* "from X to Y" with a change in the same sentence: the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb (``from_to``); a bare "to 30" after "from 45
  minutes" is measured alike, and "from $8 to $11.8 billion" shares the after's scale;
* "rose to 4.4%, up from 4.2%, a rise of 0.2 points", "rose 14% to 112,000, from 98,000"
  (``up_from``);
* the level after a change takes its subject and period (``level_after_change``).

Also the reach the other rules of the relation step read (``LOOKAHEAD``; their clause breaks,
``CHANGE_BREAKS``, are in ``shares``).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    CountClaim,
    Direction,
    DurationClaim,
    Inferred,
    NumberClaim,
    QuantityClaim,
    RateClaim,
)
from factcheck._extract.link.alignment import align_units, link_change, reunit
from factcheck._extract.link.placement import same_sentence, word_before
from factcheck._extract.link.shares import CHANGE_BREAKS, CLAUSE_BREAKS
from factcheck._extract.scan.english_words import DOWN, UP, months
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["LOOKAHEAD", "from_to", "level_after_change", "up_from"]

LOOKAHEAD: Final = 8
_EN: Final = lexicon("en")
_WHEN_WORDS: Final = _EN.words("when_words")  # "rose 9% last year, from"
_PERIOD_WORDS: Final = _EN.words("period_phrase_words")  # "in the first half of 2024, up from"
_REACH_VERBS: Final = _EN.words("reach_verbs")  # "from 10.2% to reach 4.9%"
_ARTICLES: Final = _EN.words("articles")
_OF_WORDS: Final = _EN.words("of_words")
_POSSESSIVES: Final = _EN.words("list_whole_possessives")  # "80 percent of its budget"
_CAPITALISED_ARTICLES: Final = frozenset(word.capitalize() for word in _ARTICLES)
_FROM: Final = _EN.words("from_words")
_RANGE_VERBS: Final = _EN.words("range_verbs")
"""Verbs before "from X to Y" that make it a range, not a change: "ranged from 8% to 14.75%"."""
_DIGITS: Final = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALED: Final = Decimal(1000)
"""The least factor a scale word gives ("thousand", "k")."""
_TEN: Final = Decimal(10)
_NEAR_SCALE: Final = Decimal(10)
"""How far a bare before may stand from the after's written digits and still share its scale."""
_TO: Final = _EN.words("to_words")
_NAMED_BEFORE: Final = 5
"""Words from "from" to the "of" before a named before: "from its post-war peak of 10.2%"."""
_CHANGE_REACH: Final = 5
_RESTATE_REACH: Final = 12
"""Words from a change to the "from" of a pair that restates it: "by £1,000 - they will increase the allowance from"."""
_GERUND: Final = _EN.strings("gerund_endings")
_MEASURE_PHRASES: Final = _EN.phrases("change_measure_phrases")  # "as a share of"
"""Words from a change verb to the "from" of its pair: "more than halved as a percentage of GDP from"."""
_CHANGE_FROM: Final = frozenset((adverb, word) for adverb in _EN.strings("change_adverbs") for word in _FROM)
"""A change after a figure and the word to its before: "5,294 ... in 2023, up from 1,032"."""
_NEW_LEVEL_LEADS: Final = _EN.words("new_level_leads")  # "stood at 40%"


def from_to(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    from_words, to_words = reader.language.from_words, reader.language.to_words  # "from"/"to", "von"/"auf", "de"/"à"
    for n, low in enumerate(drafts):
        from_at = _from_at(low, reader, from_words)
        if from_at is None or n + 1 >= len(drafts) or low.is_change:
            continue
        high = drafts[n + 1]
        if not _to_before(high, reader, to_words) or high.first - low.last > LOOKAHEAD:
            continue
        if not same_sentence(low, high, reader):
            continue
        if tokens.lower(from_at - 1) in _RANGE_VERBS:
            continue  # "ranged from 8% to 14.75%": a range, not a change
        _share_scale(low, high, reader)
        align_units(low, high)
        _bare_after_measure(low, high)
        named = from_at != tokens.first_at_or_after(low.start) - 1  # "from its post-war peak of 10.2%"
        subject = None if named else _from_to_subject(reader, from_at)
        change = _nearby_change(drafts, n, reader, from_at) or _restated_change(drafts, n, reader, from_at)
        for draft in (low, high) if change is None else (low, high, change):
            if draft.subject is None and subject is not None:
                draft.subject = _lower_determiner(subject)
        if change is not None:
            link_change(change, low, high)
            change.explicit = True  # "fell from 8,000 to 390, a drop of 95%": stated outright
        elif low.period is not None and low.period == high.period:
            low.period = None  # "will rise from £83,000 to £85,000 in April": the before held earlier, when is not said


_MEASURES: Final = (DurationClaim, QuantityClaim)


def _bare_after_measure(low: Draft, high: Draft) -> None:
    """Give a bare "to 30" the unit of "from 45 minutes" (or "from 5.5 metres"): what it fell to is measured alike.

    So does a price per anything: "from 100 cents a kilowatt hour down to about 22" is 22 cents a kilowatt hour.
    """
    if high.cls not in (CountClaim, NumberClaim) or high.amount.unit != units.dimensionless():
        return
    if low.cls in _MEASURES:
        high.amount, high.cls = reunit(high.amount, low.amount), low.cls
    elif low.cls is RateClaim and units.is_currency(units.numerator(low.amount.unit)):
        high.amount, high.cls, high.per = reunit(high.amount, low.amount), low.cls, low.per


def _from_at(low: Draft, reader: Reader, from_words: frozenset[str]) -> int | None:
    """The index of the "from" of a from/to pair's before, or ``None``.

    Right before the figure ("from 10.2%"), or before a short noun phrase that names it: "from its
    post-war peak of 10.2%" (a determiner after "from", "of" right before the figure).
    """
    tokens = reader.tokens
    at = tokens.first_at_or_after(low.start) - 1
    if tokens.lower(at) in from_words:
        return at
    if tokens.lower(at) not in _OF_WORDS:
        return None
    for k in range(at - 2, max(-1, at - 2 - _NAMED_BEFORE), -1):
        if tokens.lower(k) in from_words:
            between = tokens.words(k + 1, at)
            determiner = between[0] in _ARTICLES or between[0] in _POSSESSIVES
            return (
                k
                if determiner and CLAUSE_BREAKS.isdisjoint(between) and not _DIGITS.search(" ".join(between))
                else None
            )
    return None


def _written_digits(text: str) -> Decimal | None:
    """The number written in digits in ``text`` ("11.8" of "$11.8 billion"), if there is one."""
    found = _DIGITS.search(text)
    if found is None:
        return None
    try:
        return Decimal(found.group().replace(",", ""))
    except InvalidOperation:
        return None


def _share_scale(low: Draft, high: Draft, reader: Reader) -> None:
    """Give "from $8 to $11.8 billion" its before in billions: a bare before takes the after's scale word.

    Only when the before has no scale of its own, the two have one unit, and the before is within a
    factor of ten of the after's written digits ("from 500 to 1.2 million" keeps 500).
    """
    exponent = low.amount.exponent
    if low.amount.unit != high.amount.unit or exponent is None or exponent > 0:
        return
    low_digits = _written_digits(reader.text[low.start : low.end])
    high_digits = _written_digits(reader.text[high.start : high.end])
    if low_digits is None or high_digits is None or low_digits != low.amount.value or high_digits.is_zero():
        return
    factor = high.amount.value / high_digits
    power = factor.adjusted()
    if factor < _SCALED or factor != _TEN**power or low_digits.is_zero():
        return  # no scale word on the after, or not a power of ten
    ratio = low_digits / high_digits
    if 1 / _NEAR_SCALE <= ratio <= _NEAR_SCALE:
        a = low.amount
        low.amount = Amount.stated(
            a.value.scaleb(power), a.unit, hedge=a.hedge, exponent=exponent + power, policy=reader.policy
        )


def up_from(drafts: list[Draft], reader: Reader) -> None:
    """Link "rose to 4.4%, up from 4.2%, a rise of 0.2 points" or "rose 14% to 112,000, from 98,000"."""
    tokens = reader.tokens
    for n, draft in enumerate(drafts[1:], start=1):
        first, last_before = tokens.first_at_or_after(draft.start), drafts[n - 1].last
        k = first - 1
        while k > last_before and tokens.lower(k) in _ARTICLES:
            k -= 1
        if k <= last_before or tokens.lower(k) not in _FROM:
            continue  # the common case, told before the words are read: both readings below end in "from"
        glue = tokens.words(last_before + 1, first)
        while glue and glue[-1] in _ARTICLES:
            glue = glue[:-1]  # "£45m, up from a £30m penalty"
        to_from = (
            bool(glue)
            and glue[-1] in _FROM
            and all(w in _WHEN_WORDS or w in months() or w.isdigit() for w in glue[:-1])
            and word_before(drafts[n - 1], reader) in _TO
        )  # "rose 14% to 112,000, from 98,000", "fell to 4.6% in October, from 6.7%"
        if not to_from and (glue[-2:] not in _CHANGE_FROM or len(glue) > LOOKAHEAD):
            continue
        if not CLAUSE_BREAKS.isdisjoint(glue[:-2]) and not _time_phrase(glue[:-2]):
            continue  # "1,000 were arrested and 40 charged, up from 30": the change is of the second
        high = drafts[n - 1]
        if high.is_change or draft.is_change or not same_sentence(high, draft, reader):
            continue
        align_units(draft, high)
        if not units.same_dimension(draft.amount.unit, high.amount.unit):
            continue
        change = _nearby_change(drafts, n - 1, reader)
        if change is not None and change.before is None:
            link_change(change, draft, high)
            change.explicit = True  # "up from 10,200 ..., a rise of 30%"


def _to_before(high: Draft, reader: Reader, to_words: frozenset[str]) -> bool:
    """True when "to" stands before ``high``, or "to reach" ("from its peak of 10.2% to reach 4.9%")."""
    at = reader.tokens.first_at_or_after(high.start) - 1
    if reader.tokens.lower(at) in to_words:
        return True
    return reader.tokens.lower(at) in _REACH_VERBS and reader.tokens.lower(at - 1) in to_words


def _time_phrase(words: tuple[str, ...]) -> bool:
    """True for the words of a time phrase only: "in the first half of 2024"."""
    return all(w in _WHEN_WORDS or w in _PERIOD_WORDS or w in months() or w.isdigit() for w in words)


def _from_to_subject(reader: Reader, from_at: int) -> str | None:
    """What went "from X to Y": the subject of the verb before "from", or the object of "cut ... from"."""
    return reader.language.from_to_subject(reader, from_at)


def _nearby_change(drafts: list[Draft], n: int, reader: Reader, from_at: int | None = None) -> Draft | None:
    """The change stated with a "from X to Y" pair at ``n``: the verb before X, or "a drop of Z" after Y.

    The verb may stand a few words before "from" when a multiplier word is it ("more than halved
    as a percentage of GDP from ...": the pair is what halved).
    """
    low = drafts[n]
    if from_at is None:
        from_at = reader.tokens.first_at_or_after(low.start) - 1
    candidates = [  # not a change that ends the sentence before: "Halifax said they rose 4.3%. Sales fell from"
        d for d in drafts[max(0, n - 2) : n] if d.is_change and d.verb is not None and same_sentence(d, low, reader)
    ]
    for d in reversed(candidates):
        gap = reader.tokens.words(d.last + 1, from_at)
        near = (
            len(gap) <= 2  # noqa: PLR2004
            or (len(gap) <= LOOKAHEAD and all(w in _WHEN_WORDS or w.isdigit() for w in gap))
            or (
                _multiplier_word(d, reader)
                and len(gap) <= _CHANGE_REACH
                and CHANGE_BREAKS.isdisjoint(_past_measure(gap))
            )
        )
        if d.verb is not None and near and d.before is None:
            return d  # "doubled from £3bn to £4.5bn", "rose 10% from 30 to 33", "rose 9% last year, from"
    for d in drafts[n + 2 : n + 4]:
        gap = reader.tokens.words(drafts[n + 1].last + 1, reader.tokens.first_at_or_after(d.start))
        if not CHANGE_BREAKS.isdisjoint(gap):
            break  # "rose from £2 to £3, while wages rose 5%": another clause's change
        if d.is_change and d.before is None and same_sentence(low, d, reader):
            return d
    return None


def _restated_change(drafts: list[Draft], n: int, reader: Reader, from_at: int) -> Draft | None:
    """The change a "from X to Y" pair restates with a verb of its own, a few words on.

    "Increasing the Employment Allowance by £1,000 - the government will increase the annual
    Employment Allowance from £2,000 to £3,000": the earlier change has a verb, no before yet and
    stands in the pair's sentence; between them a verb of the same direction names again what
    changed (the noun right before "from" is among the words from the earlier verb to its figure).
    An earlier verb with no tense ("Increasing") takes the modality of the restatement ("will").
    """
    tokens = reader.tokens
    low = drafts[n]
    for d in reversed(drafts[max(0, n - 2) : n]):
        if not d.is_change or d.verb is None or d.before is not None or not same_sentence(d, low, reader):
            continue
        gap = tokens.words(d.last + 1, from_at)
        verbs = UP if d.direction is Direction.UP else DOWN if d.direction is Direction.DOWN else frozenset()
        at = next((k for k in range(len(gap) - 1, -1, -1) if gap[k] in verbs), None)
        if len(gap) > _RESTATE_REACH or at is None or not CHANGE_BREAKS.isdisjoint(gap[at:]):
            return None
        named = tokens.words(d.verb + 1, tokens.first_at_or_after(d.start))
        head = tokens.lower(from_at - 1)
        if from_at - 1 > d.last + at and head.isalpha() and head not in _ARTICLES and head in named:
            if tokens.lower(d.verb).endswith(_GERUND):
                d.modality = low.modality  # "Increasing ... by £1,000": no tense of its own, the restatement's
            return d
        return None
    return None


def _past_measure(gap: tuple[str, ...]) -> tuple[str, ...]:
    """``gap`` without an opening "as a percentage of", "as a share of": what a change is measured as."""
    for phrase in _MEASURE_PHRASES:
        if gap[: len(phrase)] == phrase:
            return gap[len(phrase) :]
    return gap


def _multiplier_word(draft: Draft, reader: Reader) -> bool:
    """True for a change stated by one word with no digits: "halved", "more than doubled"."""
    return draft.first == draft.last and not any(ch.isdigit() for ch in reader.tokens[draft.last].word)


def level_after_change(drafts: list[Draft], reader: Reader) -> None:
    """Give the level after a change ("rose by 7% to 14,577") the change's subject."""
    tokens = reader.tokens
    levels = _NEW_LEVEL_LEADS | reader.language.to_words  # "at", "to", "auf", "à", "a"
    for previous, draft in itertools.pairwise(drafts):
        if draft.subject is not None or not previous.is_change or draft.is_change:
            continue
        if tokens.lower(draft.first - 1) not in levels or draft.first - previous.last > 3:  # noqa: PLR2004
            continue
        draft.subject = previous.subject
        if draft.period is None and previous.period is not None:
            draft.period = previous.period
            draft.inferred.add(Inferred.PERIOD)  # the change's, not stated with the level


def _lower_determiner(phrase: str) -> str:
    head, _, rest = phrase.partition(" ")
    if head in _CAPITALISED_ARTICLES and rest:
        return f"{head.lower()} {rest}"
    return phrase
