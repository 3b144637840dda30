"""Changes whose words name both levels: the one they are measured against and the one they reach.

* "a net reduction in the Treasury bill stock of £10.5 billion relative to the previously planned
  stock of £72.0 billion, taking the planned stock to £61.5 billion": a change by an amount (a
  change noun before it: "a reduction in the stock of"), the level it is measured against right
  after it ("relative to", "compared with", "against", "on") and, after a comma, the level it
  brings about ("taking ... to", "bringing ... to", "leaving ... at") when those words name
  again what changed ("it", "the planned stock"; not "the surplus", nor anything "over the
  decade"): the change runs from the second figure to the third, a link the words state
  outright (``explicit``);
* "... was 8.40 against a target of 8.13. This was a reduction of 0.2 days against the 2015-16
  figure of 8.6": a sentence opening "This was", "It is" restates the figure of the sentence
  ahead as a change; its before is named after the change ("against the 2015-16 figure of",
  "on the"), its after is the one figure of the sentence ahead of the change's kind and
  modality (not "a target of 8.13"). Read as certain, like "This is a decrease of 4% on the
  60,430" (:func:`.relative_changes.change_on_base`), only when the before's period, if it
  names one, ends before the after's begins. A full stop with no space after it ("8.13.This")
  ends the sentence ahead here too;
* a figure right after a change and "to" or "from" is a level, the one the change reaches or
  left, though no rule linked them ("the index shed 95.4 points to 7,612.3"): it is no bare
  number in running prose (``Draft.completes_level``). The words are the language's own
  (``to_words``, ``from_words``: "auf", "de", "a"...).

Words are in ``factcheck/lexicons/en/change_links.json``. Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    CountClaim,
    Direction,
    MoneyClaim,
    Period,
    RateClaim,
    RatioClaim,
    ShareClaim,
)
from factcheck._extract.link.alignment import align_units, link_change, reunit
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import CHANGE_BREAKS
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.wordindex import WordIndex

__all__ = [
    "change_against_figure",
    "change_between_levels",
    "is_level",
    "levels_after_changes",
    "opens_restating",
]

_EN: Final = lexicon("en")
_NOUN_DIRECTIONS: Final = {w: Direction(d) for d, words in _EN.string_tuples("change_nouns").items() for w in words}
_COMPARED: Final = _EN.phrases("change_compared_leads")
_RESULT_LEADS: Final = _EN.words("change_result_leads")
_RESULT_ENDS: Final = _EN.words("change_result_ends")
_ANAPHORS: Final = _EN.words("anaphoric_change_subjects")
_ANAPHOR_VERBS: Final = _EN.words("anaphoric_change_verbs")
_FIGURE_NOUNS: Final = _EN.words("figure_nouns")
_ARTICLES: Final = _EN.words("articles")
_WHEN: Final = _EN.words("when_words")
_OF: Final = _EN.words("of_words")
_POSSESSIVE: Final = _EN.strings("possessive_endings")  # "the council's figure of"
_GLUE: Final = _EN.words("change_phrase_glue")
"""Words of the change's phrase that name nothing: "a reduction in the stock of"."""
_NOUN_LINKS: Final = _EN.words("change_noun_to_of")  # "a reduction in the stock of"
_NOUN_REACH: Final = 6
"""Words from a change noun to the "of" before its figure: "reduction in the Treasury bill stock of"."""
_COMPARED_REACH: Final = 6
"""Words after the lead to the level a change is measured against: "the previously planned stock of"."""
_MODIFIERS: Final = 2
"""Words after "the" before the level a change is measured against: "relative to the budgeted £30.0m"."""
_RESULT_REACH: Final = 10
"""Words from "taking" to "to": "taking the planned end-March 2016 Treasury bill stock to"."""
_ANAPHOR_REACH: Final = 6
"""Words from "This" to the change's figure: "This was a reduction of"."""
_LEVEL_KINDS: Final = (CountClaim, MoneyClaim)
"""Drafts that may be a level or a change by an amount, not yet read as a change."""


def is_level(draft: Draft) -> bool:
    """True for a draft not yet used that may be a level: no change, share, ratio or rate."""
    return not draft.consumed and not issubclass(draft.cls, ChangeClaim | ShareClaim | RatioClaim | RateClaim)


def _first(draft: Draft, reader: Reader) -> int:
    return reader.tokens.first_at_or_after(draft.start)


def _noun_direction(change: Draft, reader: Reader) -> Direction | None:
    """The direction of a change noun before a level's "of": "a reduction in the stock of £10.5 billion"."""
    tokens = reader.tokens
    at = _first(change, reader) - 1
    if tokens.lower(at) not in _OF:
        return None
    clause_first, _ = reader.clause_words(change.start)
    for k in range(at - 1, max(clause_first, at - _NOUN_REACH) - 1, -1):
        direction = _NOUN_DIRECTIONS.get(tokens.lower(k))
        if direction is None:
            continue
        between = tokens.words(k + 1, at)
        if between and (between[0] not in _NOUN_LINKS or not CHANGE_BREAKS.isdisjoint(between)):
            return None
        return None if any(w[0].isdigit() for w in between) else direction
    return None


def _change_direction(change: Draft, reader: Reader) -> Direction | None:
    """The direction of a change with no before yet, or of a level a change noun makes one."""
    if change.before is not None or change.consumed or change.parts or change.restates is not None:
        return None
    if change.is_change:
        return None if change.direction is Direction.UNSPECIFIED else change.direction
    if change.cls in _LEVEL_KINDS:
        return _noun_direction(change, reader)
    return None


def _compared_lead(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words after a lead to the compared level ("relative to the planned stock of"), or ``None``."""
    for lead in _COMPARED:
        if words[: len(lead)] == lead:
            return words[len(lead) :]
    return None


def _plain_compared(rest: tuple[str, ...]) -> bool:
    """True for "the", a few words after it ("the budgeted"), or a phrase ending in "of" ("the planned stock of")."""
    if set(rest) <= _ARTICLES:
        return True
    if not CHANGE_BREAKS.isdisjoint(rest) or any(w[0].isdigit() for w in rest):
        return False
    modifiers = rest[0] in _ARTICLES and len(rest) <= _MODIFIERS + 1  # "the budgeted £30.0m"
    return modifiers or (rest[-1] in _OF and len(rest) <= _COMPARED_REACH)


def _measures(change: Draft, level: Draft) -> bool:
    a, b = change.amount.unit, level.amount.unit
    return units.same_dimension(a, b) or units.bare_beside_counted(a, b)


def _names_again(words: tuple[str, ...], named: set[str], reader: Reader) -> bool:
    """True when the words of "taking ... to" name again what changed: "it", or a word of the change's phrase.

    "a reduction in the stock of £10.5bn relative to ..., taking the planned stock to £61.5bn", not
    "a rise of £2bn on the £10bn spent last year, taking spending over the decade to £50bn" (an
    "over" makes it another quantity).
    """
    if not reader.language.over_words.isdisjoint(words):
        return False
    content = set(words) - _ARTICLES
    return content <= _ANAPHORS or bool(content & (named - _ARTICLES - _GLUE))


def opens_restating(tokens: WordIndex, k: int) -> bool:
    """True when words ``k`` and ``k + 1`` say the sentence restates the figure ahead: "That is", "This was"."""
    return tokens.lower(k) in _ANAPHORS and tokens.lower(k + 1) in _ANAPHOR_VERBS


def change_between_levels(drafts: list[Draft], reader: Reader) -> None:
    """Read "a reduction of D relative to B, taking it to A" as a change of D from B to A (see the module)."""
    tokens = reader.tokens
    for n in range(len(drafts) - 2):
        change, base, level = drafts[n], drafts[n + 1], drafts[n + 2]
        direction = _change_direction(change, reader)
        if direction is None or not (is_level(base) and is_level(level)):
            continue
        if not (same_sentence(change, base, reader) and same_sentence(base, level, reader)):
            continue
        rest = _compared_lead(tokens.words(change.last + 1, _first(base, reader)))
        if rest is None or not _plain_compared(rest):
            continue
        comma = reader.text.rfind(",", base.end, level.start)
        if comma < 0:
            continue  # "..., taking it to": the level reached follows a comma
        own = tokens.words(base.last + 1, tokens.first_at_or_after(comma))  # "1,480 members of last spring,"
        result = tokens.words(tokens.first_at_or_after(comma), _first(level, reader))
        if (
            len(own) > _COMPARED_REACH
            or not CHANGE_BREAKS.isdisjoint(own)
            or len(result) < 2  # noqa: PLR2004
            or len(result) > _RESULT_REACH
            or result[0] not in _RESULT_LEADS
            or result[-1] not in _RESULT_ENDS
            or not CHANGE_BREAKS.isdisjoint(result)
        ):
            continue
        clause_first, _ = reader.clause_words(change.start)
        named = {*tokens.words(clause_first, _first(change, reader)), *rest, *own}
        if not _names_again(result[1:-1], named, reader):
            continue
        align_units(base, level)
        if base.amount.unit != level.amount.unit or not _measures(change, base):
            continue
        if not change.is_change:
            change.cls, change.direction = AbsoluteChangeClaim, direction  # "a reduction in the stock of £10.5bn"
        link_change(change, base, level)
        change.explicit = True


def _anaphor(change: Draft, reader: Reader) -> int | None:
    """The index of "This" in "This was a reduction of 0.2 days": it opens a sentence, or follows a full stop."""
    tokens = reader.tokens
    first = _first(change, reader)
    sentence_first = tokens.first_at_or_after(reader.layout.sentence(change.start)[0])
    for k in range(first - 2, max(sentence_first, first - _ANAPHOR_REACH) - 1, -1):
        if tokens.lower(k) not in _ANAPHORS:
            continue
        if tokens.lower(k + 1) not in _ANAPHOR_VERBS and change.verb != k + 1:
            return None  # "This was a reduction of", "It fell 4% on": a verb of being, or the change's own
        opens = k == sentence_first or (tokens[k].word[:1].isupper() and tokens.gap(k - 1, k).strip() == ".")
        between = tokens.words(k + 2, first)
        if not opens or not CHANGE_BREAKS.isdisjoint(between) or any(w[0].isdigit() for w in between):
            return None
        return k
    return None


def _named_before(words: tuple[str, ...]) -> bool:
    """True for the words from a change to its before: "against the 2015-16 figure of", "on the"."""
    rest = _compared_lead(words)
    if rest is None:
        return False
    if set(rest) <= _ARTICLES:
        return True  # "on the 60,430"
    if len(rest) < 2 or rest[-1] not in _OF or rest[-2] not in _FIGURE_NOUNS or len(rest) > _COMPARED_REACH:  # noqa: PLR2004
        return False
    return all(w in _ARTICLES or w in _WHEN or w.isdigit() or w.endswith(_POSSESSIVE) for w in rest[:-2])


def _alike(level: Draft, base: Draft, change: Draft) -> bool:
    """True when ``level`` and ``base`` measure alike: one unit, or a bare number beside a count or the change's unit.

    "7.60 days ... the 2023-24 figure of 8.0": a bare figure of the quantity a change in days is of.
    """
    a, b = level.amount.unit, base.amount.unit
    if a == b or units.bare_beside_counted(a, b):
        return True
    bare = units.dimensionless()
    return change.cls is AbsoluteChangeClaim and {a, b} == {bare, change.amount.unit}


def change_against_figure(drafts: list[Draft], reader: Reader) -> None:
    """Read "A. This was a reduction of D against the <period> figure of B" as a change of D from B to A."""
    tokens, layout = reader.tokens, reader.layout
    for n in range(1, len(drafts) - 1):
        change, base = drafts[n], drafts[n + 1]
        if not change.is_change or _change_direction(change, reader) is None:
            continue
        if not is_level(base) or not same_sentence(change, base, reader):
            continue
        if not _named_before(tokens.words(change.last + 1, _first(base, reader))):
            continue
        k = _anaphor(change, reader)
        if k is None:
            continue
        clause_first, clause_end = reader.clause_words(change.start)
        modality = change.modality
        if k > clause_first:  # "8.13.This was ...": the change's own sentence begins at "This"
            modality = reader.modality(change.first, change.last + 1, k, clause_end)
        ahead_start = layout.sentence(tokens[k - 1].start)[0] if k > 0 else 0
        paragraph = layout.paragraph_index(change.start)
        found = [
            d
            for d in drafts[:n]
            if d.start >= ahead_start
            and d.end <= tokens[k].start
            and layout.paragraph_index(d.start) == paragraph
            and is_level(d)
            and d.modality is modality
            and _alike(d, base, change)
        ]
        if len(found) != 1:
            continue
        after = found[0]
        if base.period is not None and (after.period is None or base.period.end >= after.period.start):
            continue  # "against the 2015-16 figure": the after must be of a later period
        align_units(base, after)
        before_amount, after_amount = base.amount, after.amount
        dimensionless = units.dimensionless()
        if change.cls is AbsoluteChangeClaim and change.amount.unit != dimensionless:
            if before_amount.unit == dimensionless:
                before_amount = reunit(before_amount, change.amount)
            if after_amount.unit == dimensionless:
                after_amount = reunit(after_amount, change.amount)
        if before_amount.unit != after_amount.unit:
            continue
        if before_amount is not base.amount or after_amount is not after.amount:  # "the figure of 8.0": in days
            change.before, change.after = before_amount, after_amount
            if base.period is not None and after.period is not None:
                change.period = Period(base.period.start, after.period.end)  # "0.2 days" of the two figures, in "days"
        elif _measures(change, base) or change.cls is not AbsoluteChangeClaim:
            link_change(change, base, after)
        else:
            continue
        change.modality, change.explicit = modality, True


def levels_after_changes(drafts: list[Draft], reader: Reader) -> None:
    """Mark the figure right after a change and "to" or "from" as a level: "shed 95.4 points to 7,612.3".

    Of the drafts no rule consumed, so this runs after every other rule.
    """
    links = reader.language.to_words | reader.language.from_words
    live = [d for d in drafts if not d.consumed]
    for previous, draft in itertools.pairwise(live):
        if previous.is_change and reader.text[previous.end : draft.start].strip().lower() in links:
            draft.completes_level = True
