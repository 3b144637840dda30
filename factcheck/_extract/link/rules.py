"""Linking the figures of a sentence or passage so the checks can compare them unaided.

* periods: the year or date nearest the figure in its clause, else in its sentence; a change
  whose before and after have periods runs from the first to the second;
* "from X to Y" with a change in the same sentence ("fell from 8,000 in 2021 to 390 in 2023, a
  drop of 95%", "doubled from £3bn to £4.5bn"): the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb; a change after Y in another clause
  ("..., while wages rose 5%") is not taken; German "von X auf Y", French "de X à Y" and
  Spanish "de X a Y" likewise (words in ``read.generic.change_words``), and their multiplier
  words ("verdoppelt", "a doublé", "se duplicó") become changes first; a change a few words
  before a pair with its own verb of the same direction that names again what changed ("by
  £1,000 - the government will increase the allowance from £2,000 to £3,000") is restated by it;
* "rose to 4.4%, up from 4.2%, a rise of 0.2 points", "rose 14% to 112,000, from 98,000" and
  "fell to 4.6% in October, from 6.7% in September": the same, with the after before the before;
  "climbed 30 cents to $4.30, up 7.5%": the relative change runs from $4.00 to $4.30;
* "N of M, or P%", "M staff, of whom N, or a quarter", "M burglaries. Of those, N ..., a rate of
  P%", "30% of the 5,000 firms, or 1,500": the share gets ``part`` N and ``total`` M (rules in
  :mod:`._shares`);
* "a £2m fund split into £800,000, £700,000 and £900,000", "£40m, £35m and £25m, £100m in
  total" and "$66bn from Social Security, some $10bn from Medicare, ..., for a total of $154bn":
  the total gets ``parts``; so do lists the words make all of their total ("The scheme has 4
  sections: 3 ... and one ...", "..., giving us 62", "approved 12 routes and will add 7 bus and 5
  tram routes": :mod:`.exhaustive`);
* "240,000 over a year", "£1bn over five years", "£150m a year for four years, a total of
  £600m": the figure gets ``over`` (the duration is not a claim of its own);
* a change with its new level ("In 2023 they fell by 75% to 390", "It now has 120, a fall of
  20%") takes its before from the sentence ahead when exactly one earlier figure there measures
  the same thing ("Arrivals reached 8,000 in 2022.") (:mod:`._ellipsis`);
* the figure right after a change and "to" or "from" is a level even when no rule linked them
  ("shed 95.4 points to 7,612.3"), no bare number in running prose (:mod:`.change_levels`);
* "1.49 children per woman", "2.4 people per household": a ratio, not a count of whole things;
* figures that leave out what they measure are read by their neighbours (:mod:`._ellipsis`);
* attribution ("according to the ONS", "official figures show") and place ("in Albania")
  for the figures of their sentence or clause; an opening "In Wales," names the place of the
  whole sentence.

Every rule looks a bounded number of words or figures ahead, so linking is linear.
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    CountClaim,
    Direction,
    DurationClaim,
    Inferred,
    NumberClaim,
    QuantityClaim,
    RateClaim,
    RatioClaim,
    ShareClaim,
)
from factcheck._extract.link.answers import answers_one_question
from factcheck._extract.link.change_levels import (
    change_against_figure,
    change_between_levels,
    levels_after_changes,
    opens_restating,
)
from factcheck._extract.link.ellipsis import (
    before_in_sentence_ahead,
    elliptical,
    list_members,
    parallel_counts,
    relative_after_absolute,
    second_mentions,
)
from factcheck._extract.link.exhaustive import announced_lists, exhaustive_lists
from factcheck._extract.link.generic.links import foreign_links
from factcheck._extract.link.narrative import narrated_changes
from factcheck._extract.link.outright import (
    appositive_parts,
    change_on_base,
    change_to_level,
    colon_parts,
    comparisons,
    restatements,
    share_with_total_after,
)
from factcheck._extract.link.shared_unit import shared_unit_lists
from factcheck._extract.link.shares import (
    CLAUSE_BREAKS,
    align_units,
    link_change,
    part_of_total,
    remaining_share,
    reunit,
    same_sentence,
    share_then_part,
    split_into,
    total_after_parts,
    word_before,
)
from factcheck._extract.link.whole_earlier import share_of_all_earlier
from factcheck._extract.read.clause.time_rates import time_unit
from factcheck._extract.read.where_when import assign_periods, assign_sources_and_places
from factcheck._extract.scan.english_words import DOWN, UP, months
from factcheck._precision import Hedge
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Mapping

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.periods import Dated

__all__ = ["link"]

_LOOKAHEAD: Final = 8
_LIST_REACH: Final = 6  # words between two shares of one list: "said no and"
_EN: Final = lexicon("en")
_TOTAL_GLUE: Final = _EN.words("rate_total_glue")  # "for four years, a total of £600m"
_CHANGE_BREAKS: Final = _EN.words("clause_breaks") | _EN.words("change_breaks")
_WHEN_WORDS: Final = _EN.words("when_words")  # "rose 9% last year, from"
_PERIOD_WORDS: Final = _EN.words("period_phrase_words")  # "in the first half of 2024, up from"
_REACH_VERBS: Final = _EN.words("reach_verbs")  # "from 10.2% to reach 4.9%"
_PER: Final = _EN.words("per_words")  # "1.49 children per woman"
_PER_PHRASES: Final = _EN.phrase_set("per_phrases")  # "for every"
_PER_PHRASE_REACH: Final = 6
_ARTICLES: Final = _EN.words("articles")
_OF_WORDS: Final = _EN.words("of_words")
_POSSESSIVES: Final = _EN.words("list_whole_possessives")  # "80 percent of its budget"
_LIST_ADVERBS: Final = _EN.words("list_share_adverbs")  # "and only 20 percent"
_FRONTED_WHOLE_OPENERS: Final = _EN.phrase_set("fronted_whole_openers")  # "Of the"
_MAX_FRONTED_WHOLE: Final = 4
"""Words of a fronted whole before its comma: "Among the 2,000 adults polled,"."""
_SHORT_PREDICATE: Final = 2
_GAPPED_ARGUMENTS: Final = _EN.words("gapped_share_arguments")  # "10 percent to the Water Authority"
_GAPPED_REACH: Final = 16
"""Words between two listed shares when the later opens a gapped verb's argument: "5% of the profits ... in Nevada,"."""
"""Words a listed share may have after it and still split its whole: "48% to stay", "30% do not"."""
_PREDICATE_REACH: Final = 120
_CLAUSE_END: Final = re.compile(r"[,;:!?()\n]|\.(?:\s|$)|\band\b|\bor\b|\bwhile\b|\bbut\b")
_NOT_GAPPED: Final = _EN.words("not_a_gapped_subject")  # "..., with 71%": no subject of a gapped verb
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
_AND: Final = _EN.words("list_conjunctions")
_MEASURE_PHRASES: Final = _EN.phrases("change_measure_phrases")  # "as a share of"
"""Words from a change verb to the "from" of its pair: "more than halved as a percentage of GDP from"."""
_CHANGE_FROM: Final = frozenset((adverb, word) for adverb in _EN.strings("change_adverbs") for word in _FROM)
"""A change after a figure and the word to its before: "5,294 ... in 2023, up from 1,032"."""
_OVER_QUALIFIERS: Final = frozenset(form for word in _EN.strings("over_hedges") for form in (word, word.capitalize()))
_OVER_PARTICLES: Final[Mapping[str, str]] = _EN.mapping("over_particles")  # "spread over"
_DURATION_LEADS: Final = _EN.words("duration_leads")  # "£150m a year for four years"
_NEW_LEVEL_LEADS: Final = _EN.words("new_level_leads")  # "stood at 40%"


def link(drafts: list[Draft], reader: Reader, periods: list[Dated]) -> None:
    """Fill the relation fields of ``drafts`` (in text order) in place."""
    for previous, draft in itertools.pairwise(drafts):
        if draft.first <= previous.last and previous.cls is RateClaim and draft.cls in (RatioClaim, ShareClaim):
            draft.consumed = True  # "10p a quarter": the fraction is the rate's period
        elif previous.cls is RateClaim and previous.per_last is not None and draft.first <= previous.per_last:
            draft.consumed = True  # "5.2 deaths per 1,000 people": the number is what the rate is per
    _per_head(drafts, reader)
    assign_periods(drafts, reader, periods)
    assign_sources_and_places(drafts, reader)  # and the place an opening "In Wales," names
    _from_to(drafts, reader)
    _up_from(drafts, reader)
    comparisons(drafts, reader)  # "$812.4bn, 18.2% above the previous record of $640.1bn"
    change_to_level(drafts, reader)  # "grew by 700,000 to 7.7 million, an increase of 10%"
    change_on_base(drafts, reader)  # "£540m, up 20% on the £450m of 2019"
    change_between_levels(drafts, reader)  # "a reduction of £10.5bn relative to £72bn, taking it to £61.5bn"
    change_against_figure(drafts, reader)  # "... 8.40. This was a reduction of 0.2 against the 2015-16 figure of 8.6"
    part_of_total(drafts, reader)
    share_then_part(drafts, reader)
    share_with_total_after(drafts, reader)  # "$1,579 pays only 16 percent of total costs of $9,649"
    share_of_all_earlier(drafts, reader)  # "A total of 57,950 homes ... . ..., representing 91% of all homes"
    announced_lists(drafts, reader)  # "has 4 sections: 3 ... and one ...", "In total there are 6 sets, 2 ..."
    colon_parts(drafts, reader)  # "£20m: £9m on roads, £7m on schools and £4m on parks"
    appositive_parts(drafts, reader)  # "a group of 14 individuals, 7 Republicans and 7 Democrats"
    split_into(drafts, reader)
    total_after_parts(drafts, reader)
    exhaustive_lists(drafts, reader)  # "16 drugs ... 8 X and 8 Y drugs", "187 members ..., 11 Senators, 77 ..."
    foreign_links(drafts, reader)  # German, French, Spanish shares, parts and levels
    _over(drafts, reader)
    _level_after_change(drafts, reader)
    relative_after_absolute(drafts, reader)
    before_in_sentence_ahead(drafts, reader)
    narrated_changes(drafts, reader)  # "In 2003 we had 205 .... In 2004 the number more than tripled to 651"
    elliptical(drafts, reader)
    parallel_counts(drafts, reader)  # "250 thousand protesters in New York, 100 thousand in London"
    second_mentions(drafts, reader)
    list_members(drafts, reader)
    _listed_shares(drafts, reader)
    remaining_share(drafts, reader)  # "20% of the grant ...; the remaining 80% ..."
    restatements(drafts, reader)  # "$30 million (£15.8 million)", "nearly a third, some 31%"
    _rate_elsewhere(drafts, reader)  # "... 2 million in 6 weeks. ... 100,000 times a day": no rate of its own
    shared_unit_lists(drafts, reader)  # "by 1 or 2 or 3 or 4 votes": the bare numbers take the last one's unit
    levels_after_changes(drafts, reader)  # "shed 95.4 points to 7,612.3": a level, not a bare number; last


def _listed_shares(drafts: list[Draft], reader: Reader) -> None:
    """A list of shares that names its whole once: "61% of voters said yes, 30% said no and 14% were unsure".

    Each share with no whole that follows one with a whole in the same sentence, right after a
    comma or "and" (not "with 71% ...", a share of a part), or after a comma or "and" and one
    word, the subject of a gapped verb ("Renewables supplied 42% of the power, gas 38% and
    nuclear 20%"), with only a few words (no ";") since the share before, takes that whole, so
    the check of shares listed of one whole sees them all. A list whose shares name no whole
    takes the one a fronted phrase names ("Of the votes cast, 48% went to Smith, 40% to Jones
    and 12% to Brown"; "In the poll, 55% backed the plan, 35% opposed it and 10% were undecided").
    A later share followed by "to" is the gapped verb's argument ("allocate 5% of the profits ...
    to education, 10% to water projects and 85% to a reserve"): it may stand further from the
    share before it, and its words after "to" are no predicate of its own.
    """
    for n, head in enumerate(drafts):
        if head.cls is not ShareClaim or head.consumed:
            continue
        fronted = None if head.whole is not None else _fronted_whole(head, reader)
        whole_name = head.whole if fronted is None else fronted
        if whole_name is None:
            continue
        previous = head
        members: list[Draft] = []
        whole = whole_name.lower().split()
        for draft in drafts[n + 1 :]:
            between = reader.text[previous.end : draft.start]
            words = between.lower().split()
            if previous is head and fronted is None:
                words = _past_whole(words, whole)  # "52% of participating voters voted to leave and 48% to stay"
            while words[-1:] and words[-1] in _LIST_ADVERBS:
                words.pop()  # "... into Grants and only 20 percent in loans"
            if (
                draft.cls is not ShareClaim
                or draft.whole is not None
                or draft.consumed
                or not same_sentence(head, draft, reader)
                or ";" in between
                or len(words) > (_GAPPED_REACH if _gapped_argument(draft, reader) else _LIST_REACH)
                or not _list_glue(between, words)
            ):
                break
            if head.whole is None:
                head.whole = whole_name
            draft.whole = whole_name
            members.append(draft)
            previous = draft
        if members and all(
            _short_predicate(member, reader) or answers_one_question(head, member, reader) for member in members
        ):
            for share in (head, *members):
                share.explicit = True  # a list naming its whole once: the shares of one whole


def _gapped_argument(share: Draft, reader: Reader) -> bool:
    """True when a listed share's own words open with a gapped verb's argument: "10 percent to the Water Authority".

    "allocate 5% of the profits to education, 10% to water projects and 85% to a special account":
    the later shares have no verb of their own; each names where its part of the whole goes.
    """
    tokens = reader.tokens
    return tokens.lower(share.last + 1) in _GAPPED_ARGUMENTS and reader.text[share.end : share.end + 1].isspace()


def _short_predicate(share: Draft, reader: Reader) -> bool:
    """True when a listed share's own words are few: "48% to stay", "30% said no", "12% to Brown", "20% do not".

    Shares that split one whole answer one question, so after the first the predicate is gapped
    or short. A share with a predicate of its own ("55% backed the plan and 60% wanted a
    referendum"; "64% own a car and 52% own a bicycle") may answer another question: its shares
    may overlap, so the list is not read as one split of its whole.
    """
    if _gapped_argument(share, reader):
        return True  # "10 percent to the Southern Nevada Water Authority": the verb is the first share's
    rest = _CLAUSE_END.split(reader.text[share.end : share.end + _PREDICATE_REACH], maxsplit=1)[0]
    return len(rest.split()) <= _SHORT_PREDICATE


def _list_glue(between: str, words: list[str]) -> bool:
    """True when ``between`` ends as a list goes on: a comma, "and", or either and a gapped verb's subject ("gas")."""
    if between.rstrip().endswith(",") or (bool(words) and words[-1] in _AND):
        return True
    if len(words) < 2 or not words[-1].isalpha() or words[-1] in _NOT_GAPPED:  # noqa: PLR2004
        return False
    return words[-2] in _AND or words[-2].endswith(",")


def _fronted_whole(head: Draft, reader: Reader) -> str | None:
    """The whole a sentence's opening phrase names before ``head``: "Of the votes cast, 48% ...".

    The phrase opens the sentence with "Of", "Among", "In the" or "Out of", ends in a comma right
    before the share, and holds a few words, none of them a date: "In 2023, 55% ..." names no
    whole. A figure in it is left out ("Among the 2,000 adults polled," gives "adults polled").
    """
    tokens = reader.tokens
    first = tokens.first_at_or_after(head.start)
    sentence = reader.layout.sentence_index(head.start)
    for size in sorted({len(opener) for opener in _FRONTED_WHOLE_OPENERS}, reverse=True):
        for start in range(max(0, first - size - _MAX_FRONTED_WHOLE - 1), first - size):
            opening = tokens.words(start, start + size)
            if opening not in _FRONTED_WHOLE_OPENERS:
                continue
            if start > 0 and reader.layout.sentence_index(tokens[start - 1].start) == sentence:
                continue  # the phrase must open the sentence
            text = reader.text[tokens[start + size].start : head.start].rstrip()
            if not text.endswith(",") or ", " in text[:-1]:
                continue
            words = [w for w in text[:-1].split() if not any(ch.isdigit() for ch in w)]
            if not words or len(words) > _MAX_FRONTED_WHOLE or any(not w.replace("'", "").isalpha() for w in words):
                continue
            return " ".join(words)
    return None


def _past_whole(words: list[str], whole: list[str]) -> list[str]:
    """``words`` after a share without the whole right after it: "of its higher education budget"."""
    if not words or words[0] not in _OF_WORDS:
        return words
    k = 1
    while k < len(words) and (words[k] in _ARTICLES or words[k] in _POSSESSIVES):
        k += 1
    return words[k + len(whole) :] if words[k : k + len(whole)] == whole else words


def _per_head(drafts: list[Draft], reader: Reader) -> None:
    """Read "1.49 children per woman", "2.4 people per household" as a ratio, not a count of whole things."""
    tokens = reader.tokens
    for draft in drafts:
        if draft.cls is not CountClaim or not units.is_counted(draft.amount.unit):
            continue
        _, clause_end = reader.clause_words(draft.start)
        for k in range(draft.last + 1, min(clause_end - 1, draft.last + 4)):
            if not tokens.joined(k - 1, k) or tokens.lower(k) in _CHANGE_BREAKS:
                break
            if tokens.lower(k) in _PER and time_unit(tokens.lower(k + 1)) is None and tokens.joined(k, k + 1):
                draft.cls = RatioClaim
                draft.amount = reunit(draft.amount, Amount.exact(1, units.dimensionless()))
                break
        else:
            _per_phrase(draft, reader, clause_end)


def _per_phrase(draft: Draft, reader: Reader, clause_end: int) -> None:
    """Read "1.5 adult males for every adult female" as a ratio: "for every" within a few joined words.

    Not before "of" (``of_words``): "1,000 agents for each of the next 3 years" stays a count.
    """
    tokens = reader.tokens
    for k in range(draft.last + 1, min(clause_end - 2, draft.last + _PER_PHRASE_REACH + 1)):
        if not tokens.joined(k - 1, k) or tokens[k].word[:1].isdigit():
            return
        if tokens.words(k, k + 2) in _PER_PHRASES and time_unit(tokens.lower(k + 2)) is None:
            if tokens.lower(k + 2) in _OF_WORDS:
                return  # "1,000 agents for each of the next 3 years": a count spread over a set
            draft.cls = RatioClaim
            draft.amount = reunit(draft.amount, Amount.exact(1, units.dimensionless()))
            return


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)


def _from_to(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    from_words, to_words = reader.language.from_words, reader.language.to_words  # "from"/"to", "von"/"auf", "de"/"à"
    for n, low in enumerate(drafts):
        from_at = _from_at(low, reader, from_words)
        if from_at is None or n + 1 >= len(drafts) or _is_change(low):
            continue
        high = drafts[n + 1]
        if not _to_before(high, reader, to_words) or high.first - low.last > _LOOKAHEAD:
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


def _up_from(drafts: list[Draft], reader: Reader) -> None:
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
        if not to_from and (glue[-2:] not in _CHANGE_FROM or len(glue) > _LOOKAHEAD):
            continue
        if not CLAUSE_BREAKS.isdisjoint(glue[:-2]) and not _time_phrase(glue[:-2]):
            continue  # "1,000 were arrested and 40 charged, up from 30": the change is of the second
        high = drafts[n - 1]
        if _is_change(high) or _is_change(draft) or not same_sentence(high, draft, reader):
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
        d for d in drafts[max(0, n - 2) : n] if _is_change(d) and d.verb is not None and same_sentence(d, low, reader)
    ]
    for d in reversed(candidates):
        gap = reader.tokens.words(d.last + 1, from_at)
        near = (
            len(gap) <= 2  # noqa: PLR2004
            or (len(gap) <= _LOOKAHEAD and all(w in _WHEN_WORDS or w.isdigit() for w in gap))
            or (
                _multiplier_word(d, reader)
                and len(gap) <= _CHANGE_REACH
                and _CHANGE_BREAKS.isdisjoint(_past_measure(gap))
            )
        )
        if d.verb is not None and near and d.before is None:
            return d  # "doubled from £3bn to £4.5bn", "rose 10% from 30 to 33", "rose 9% last year, from"
    for d in drafts[n + 2 : n + 4]:
        gap = reader.tokens.words(drafts[n + 1].last + 1, reader.tokens.first_at_or_after(d.start))
        if not _CHANGE_BREAKS.isdisjoint(gap):
            break  # "rose from £2 to £3, while wages rose 5%": another clause's change
        if _is_change(d) and d.before is None and same_sentence(low, d, reader):
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
        if not _is_change(d) or d.verb is None or d.before is not None or not same_sentence(d, low, reader):
            continue
        gap = tokens.words(d.last + 1, from_at)
        verbs = UP if d.direction is Direction.UP else DOWN if d.direction is Direction.DOWN else frozenset()
        at = next((k for k in range(len(gap) - 1, -1, -1) if gap[k] in verbs), None)
        if len(gap) > _RESTATE_REACH or at is None or not _CHANGE_BREAKS.isdisjoint(gap[at:]):
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


def _over(drafts: list[Draft], reader: Reader) -> None:
    tokens, language = reader.tokens, reader.language
    over_words = language.over_words  # "over", "über", "sur", "en"
    given: set[int] = set()  # the "over" words whose period went to the figure before them
    for n, draft in enumerate(drafts):
        if draft.cls is DurationClaim and 0 < n < len(drafts) - 1 and _rate_for(drafts[n - 1 : n + 2], reader):
            continue
        if draft.cls is DurationClaim:
            nxt = drafts[n + 1] if n + 1 < len(drafts) else None
            leads = tokens.lower(draft.first - 1) in over_words or draft.qualifier in _OVER_QUALIFIERS
            if leads and not draft.age and nxt is not None and nxt.cls is not DurationClaim and nxt.over is None:
                first_of_clause, _ = reader.clause_words(draft.start)
                if draft.first - 1 <= first_of_clause and same_sentence(draft, nxt, reader):
                    nxt.over = Amount.stated(draft.amount.value, draft.amount.unit, exponent=draft.amount.exponent)
                    draft.consumed = True  # "Over five years, that is £100m": its span, and a duration too
                    draft.stated = _plain_span(draft)
            continue
        _, clause_end = reader.clause_words(draft.start)
        k = draft.last + 1
        stop = min(clause_end, k + _LOOKAHEAD)
        if n + 1 < len(drafts):
            stop = min(stop, max(drafts[n + 1].first, k))
        if over_words.isdisjoint(tokens.lowers[k:stop]):
            continue  # no "over" in reach: the common case, answered at once
        while k < stop and tokens.lower(k) not in over_words:
            k += 1
        if k >= stop:
            continue
        given.add(k)
        j = k + 1 + (_OVER_PARTICLES.get(tokens.lower(k)) == tokens.lower(k + 1))  # "spread over"
        nxt = drafts[n + 1] if n + 1 < len(drafts) else None
        if nxt is not None and nxt.cls is DurationClaim and nxt.first <= j + 3 and not nxt.age:
            draft.over = Amount.stated(nxt.amount.value, nxt.amount.unit, exponent=nxt.amount.exponent)
            nxt.consumed = True  # "$35 billion over the next 5 years": its span, and a duration too
            nxt.stated = _plain_span(nxt)
            continue
        draft.over = language.one_period(tokens, j, clause_end)
    for n, draft in enumerate(drafts):
        if draft.over is not None or draft.cls is DurationClaim or draft.consumed:
            continue  # "Over a year that is 300,000": the period comes first
        clause_first, _ = reader.clause_words(draft.start)
        low = max(clause_first, draft.first - _LOOKAHEAD, drafts[n - 1].last + 1 if n else 0)
        if over_words.isdisjoint(tokens.lowers[low : draft.first]):
            continue
        for k in range(low, draft.first):
            if tokens.lower(k) in over_words and k not in given:  # not "rose 4.6% over the year to £285,000"
                draft.over = language.one_period(tokens, k + 1, draft.first)
                break


def _plain_span(duration: Draft) -> bool:
    """True when a span a total accumulates over is a duration as written, with no hedge read into it.

    "über fünf Jahre" after a total is its span, though the scanner read "über" as "more than":
    that duration is no claim of its own ("Kinder über fünf Jahre" would be).
    """
    return duration.amount.hedge is Hedge.NONE


def _rate_elsewhere(drafts: list[Draft], reader: Reader) -> None:
    """Mark a figure with a duration but no rate in its sentence ``Inferred.RATE``.

    "The programme vaccinated 2 million over-65s in 6 weeks. The heart beats about 100,000 times
    a day.": "in 6 weeks" is the total's own, but no rate beside it says what accumulates over it;
    one from another sentence is only a guess ("20,000 a month, or 240,000 over a year" has its rate).
    """
    totals = [d for d in drafts if d.over is not None and not d.consumed and not _is_time_rate(d)]
    if not totals:
        return
    rates = [d for d in drafts if not d.consumed and _is_time_rate(d)]
    for total in totals:
        if not any(same_sentence(total, rate, reader) for rate in rates) and not _restates_rate_ahead(
            total, rates, reader
        ):
            total.inferred.add(Inferred.RATE)


def _restates_rate_ahead(total: Draft, rates: list[Draft], reader: Reader) -> bool:
    """True when the total's sentence opens "That is" and the sentence ahead has a rate.

    "Arrivals ran at 20,000 a month. That is 240,000 over a year.": the words restate the figure
    ahead (``anaphoric_change_subjects`` and ``anaphoric_change_verbs``, as "This was a fall of").
    """
    layout, tokens = reader.layout, reader.tokens
    first = tokens.first_at_or_after(layout.sentence(total.start)[0])
    if not opens_restating(tokens, first):
        return False
    ahead = layout.sentence_index(total.start) - 1
    return any(layout.sentence_index(rate.start) == ahead for rate in rates)


def _is_time_rate(draft: Draft) -> bool:
    return draft.cls in (RateClaim, AbsoluteChangeClaim) and units.is_rate(draft.amount.unit)


def _rate_for(trio: list[Draft], reader: Reader) -> bool:
    """Link "£150m a year for four years, a total of £600m": the total accumulates the rate over the duration."""
    tokens = reader.tokens
    rate, duration, total = trio
    per = units.time_denominator(rate.amount.unit)
    if rate.cls is not RateClaim or per is None or total.over is not None or total.cls is RateClaim:
        return False
    between = tokens.words(rate.last + 1, duration.first)  # "for", "nurses a year for"
    if not (between and between[-1] in _DURATION_LEADS) or len(between) > _LOOKAHEAD // 2:
        return False
    if not same_sentence(rate, total, reader):
        return False
    if not _CHANGE_BREAKS.isdisjoint(between) or (len(between) > 1 and time_unit(between[-2]) is None):
        return False
    glue = tokens.words(duration.last + 1, tokens.first_at_or_after(total.start))
    if not glue or len(glue) > _LOOKAHEAD // 2 or not set(glue) <= _TOTAL_GLUE:
        return False
    base = rate.amount.unit * per
    if total.amount.unit != base and not (total.amount.unit == units.dimensionless() and units.is_counted(base)):
        return False
    total.over = Amount.stated(duration.amount.value, duration.amount.unit, exponent=duration.amount.exponent)
    total.explicit = True  # "£150m a year for four years, a total of £600m": stated outright
    duration.consumed = True
    return True


def _level_after_change(drafts: list[Draft], reader: Reader) -> None:
    """Give the level after a change ("rose by 7% to 14,577") the change's subject."""
    tokens = reader.tokens
    levels = _NEW_LEVEL_LEADS | reader.language.to_words  # "at", "to", "auf", "à", "a"
    for previous, draft in itertools.pairwise(drafts):
        if draft.subject is not None or not _is_change(previous) or _is_change(draft):
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
