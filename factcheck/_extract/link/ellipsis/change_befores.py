"""A change takes its before and after from figures outside its own words.

* a change with its new level takes its before from the sentence ahead ("X reached 8,000 in
  2022. In 2023 it fell by 75% to 390": ``before_in_sentence_ahead``), marked inferred;
* a relative change after "rose 30 cents to $4.30, up 7.5%" takes its before and after from
  the absolute change and the level (``relative_after_absolute``).

Apart from the rules that lend nouns and subjects: these fill a change's levels.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    AbsoluteChangeClaim,
    Direction,
    Inferred,
    PointsChangeClaim,
    RelativeChangeClaim,
    ShareClaim,
)
from factcheck._extract.link.alignment import align_units, link_change
from factcheck._extract.link.placement import same_sentence, word_before
from factcheck._extract.scan.english_words import DETERMINERS
from factcheck.errors import FactcheckError
from factcheck.lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["before_in_sentence_ahead", "relative_after_absolute"]

_LOOKBACK: Final = 12
_EN: Final = lexicon("en")
_REFERRING: Final = _EN.words("referring_subjects")
"""Subjects that refer back to what the sentence ahead measured: "In 2023 it fell", "the figure rose"."""
_DETERMINING: Final = DETERMINERS | _EN.words("of_words") | {""}
_LOOKAHEAD: Final = 8
_CHANGE_ADVERBS: Final = _EN.words("change_adverbs")  # "28%, up two points"
_TO: Final = _EN.words("to_words")
_LEVEL_LEADS: Final = _TO | _EN.words("new_level_leads")  # "fell by 75% to 390", "stood at"


def relative_after_absolute(drafts: list[Draft], reader: Reader) -> None:
    """Give "up 7.5%" in "climbed 30 cents to $4.30, up 7.5%" its before ($4.00) and after ($4.30)."""
    for change, level, relative in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if change.cls is not AbsoluteChangeClaim or relative.cls is not RelativeChangeClaim:
            continue
        if relative.before is not None:
            continue
        if word_before(level, reader) not in _TO or level.first - change.last > 2 or level.is_change:  # noqa: PLR2004
            continue
        if not _apposed(level, relative, reader) or relative.direction not in (change.direction, Direction.UNSPECIFIED):
            continue
        try:
            step = change.amount.to(level.amount.unit)
        except FactcheckError:
            continue  # "fell by 3 points to 40%": no level in the change's unit
        relative.after = level.amount
        relative.before = level.amount + step if change.direction is Direction.DOWN else level.amount - step
        relative.subject = relative.subject or change.subject


def _new_level(drafts: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The level a change at ``n`` moved to: "fell by 75% to 390" or "fell to 390, a drop of 75%"."""
    tokens = reader.tokens
    change = drafts[n]
    for m in (n + 1, n - 1):
        if not 0 <= m < len(drafts) or drafts[m].is_change or drafts[m].consumed:
            continue
        level = drafts[m]
        if not same_sentence(level, change, reader):
            continue
        if m == n - 1 and _apposed(level, change, reader):
            return level  # "It now has 120, a fall of 20%"
        if word_before(level, reader) not in _LEVEL_LEADS:
            continue
        low, high = (change, level) if m > n else (level, change)
        if tokens.first_at_or_after(high.start) - low.last <= _LOOKAHEAD:
            return level
    return None


def _apposed(level: Draft, change: Draft, reader: Reader) -> bool:
    """True for a change in apposition after a level: "450,000, a fall of 25%", "120, down 20%"."""
    tokens = reader.tokens
    glue = tokens.words(level.last + 1, tokens.first_at_or_after(change.start))
    if change.verb is None or not glue or "," not in tokens.gap(level.last, level.last + 1):
        return False
    return (glue[0] in _apposition_openers() and len(glue) <= 4) or (len(glue) == 1 and glue[0] in _CHANGE_ADVERBS)  # noqa: PLR2004


@functools.cache
def _apposition_openers() -> frozenset[str]:
    """Words of any language opening a change in apposition: "a fall of 25%", "ein Rückgang um 35 %", "soit une"."""
    return frozenset[str]().union(*(lexicon(lang).words("apposition_openers") for lang in LANGUAGES))


def before_in_sentence_ahead(drafts: list[Draft], reader: Reader) -> None:
    """Give a change its before from the sentence ahead: "X reached 8,000 in 2022. In 2023 it fell by 75% to 390".

    Only when unambiguous: the change has its new level (after "to", or just before it: "It now
    has 120, a fall of 20%"), and the sentence ahead, in the same paragraph, holds exactly one
    level with a period that measures the same thing (a bare count takes the counted unit). When
    the new level has a period too, the earlier period must end before it begins; a new level
    without one is taken as later, as a narrative moves on. The link is marked inferred
    (``Inferred.LINK``): checks judge it as not certain.
    """
    layout = reader.layout
    for n, change in enumerate(drafts):
        if not change.is_change or change.before is not None or change.cls is PointsChangeClaim:
            continue
        after = _new_level(drafts, n, reader)
        if after is None:
            continue
        sentence, paragraph = layout.sentence_index(change.start), layout.paragraph_index(change.start)
        found = [
            d
            for d in drafts[max(0, n - _LOOKBACK) : n]
            if layout.sentence_index(d.start) == sentence - 1
            and layout.paragraph_index(d.start) == paragraph
            and not d.is_change
            and d.cls is not ShareClaim
            and not d.consumed
            and d.period is not None
            and (after.period is None or d.period.end < after.period.start)  # "It now has 120": later
            and _measures_alike(d.amount, after.amount)
        ]
        if len(found) != 1 or not _same_thing(found[0].subject, change.subject or after.subject):
            continue
        before = found[0]
        align_units(before, after)
        link_change(change, before, after)
        change.inferred.add(Inferred.LINK)  # across a sentence boundary: a reading, not the text's syntax
        if after.subject is None:
            after.subject = before.subject


def _same_thing(before: str | None, changed: str | None) -> bool:
    """True when what changed may be what the figure ahead measured.

    A pronoun or a generic noun ("they", "the figure", "the number") refers back; otherwise the
    two subjects must share a word ("arrivals" and "small-boat arrivals"): "imports" after a
    figure for exports, or "waiting lists" after hospital beds, is another quantity.
    """
    changed_words = _content_words(changed)
    if changed_words <= _REFERRING:
        return True
    return bool(changed_words & _content_words(before))


def _content_words(phrase: str | None) -> set[str]:
    words = (phrase or "").lower().replace("-", " ").split()
    return {w.strip(".,;:'\"()") for w in words} - _DETERMINING


def _measures_alike(a: Amount, b: Amount) -> bool:
    """True when ``a`` and ``b`` measure the same thing, a bare count standing for any counted one."""
    return units.same_dimension(a.unit, b.unit) or units.bare_beside_counted(a.unit, b.unit)
