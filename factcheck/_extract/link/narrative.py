"""A before from the sentence ahead, read as certain when the text tells its story period by period.

"In 2003 we had 205 acts of terror, an all-time record. In 2004 the number more than tripled to
651.": :func:`.ellipsis.before_in_sentence_ahead` gives the change its before from the sentence
ahead and marks the link inferred (``Inferred.LINK``), since pairing by nearness and kind may
pick a figure the change is not of. The text leaves no such doubt when all of these hold:

* what changed is named only as "the number", "the figure", "the total" (a figure noun of the
  lexicon's ``figure_nouns``): the change points back at a figure, not at a thing;
* the sentence ahead holds one figure, the before (no other figure "the number" could be);
* each of the two sentences opens with its own period ("In 2003", "In 2004"), the before's and
  the after's, both stated there, and the after's begins after the before's ends.

Then the link is certain: the mark is taken off, and a wrong change is an ERROR.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._claims import Inferred, Period
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["narrated_changes"]

_EN: Final = lexicon("en")
_FIGURE_NOUNS: Final = _EN.words("figure_nouns")
_ARTICLES: Final = _EN.words("articles")
_PERIOD_OPENERS: Final = _EN.words("period_openers")  # "In 2004 the number ..."
_YEAR_DIGITS: Final = 4


def _figure_noun_only(subject: str | None) -> bool:
    """True for "the number", "the figure": a subject that names no thing, only a figure."""
    words = [w for w in (subject or "").lower().split() if w not in _ARTICLES]
    return len(words) == 1 and words[0] in _FIGURE_NOUNS


def _opening_year(draft: Draft, reader: Reader) -> Period | None:
    """The year that opens ``draft``'s sentence ("In 2004 ..."), if it is the draft's own stated period."""
    tokens = reader.tokens
    first = tokens.first_at_or_after(reader.layout.sentence(draft.start)[0])
    word = tokens[first + 1].word if first + 1 < len(tokens) else ""
    if tokens.lower(first) not in _PERIOD_OPENERS or len(word) != _YEAR_DIGITS or not word.isdigit():
        return None
    year = Period.year(int(word))
    return year if draft.period == year and Inferred.PERIOD not in draft.inferred else None


def narrated_changes(drafts: list[Draft], reader: Reader) -> None:
    """Take ``Inferred.LINK`` off a change whose before the sentence ahead gives beyond doubt (see the module)."""
    layout = reader.layout
    for change in drafts:
        if not change.is_change or Inferred.LINK not in change.inferred:
            continue
        before = next((d for d in drafts if change.before is not None and d.amount is change.before), None)
        after = next((d for d in drafts if change.after is not None and d.amount is change.after), None)
        if before is None or after is None or not _figure_noun_only(change.subject):
            continue
        ahead = layout.sentence_index(before.start)
        if layout.sentence_index(change.start) != ahead + 1 or layout.sentence_index(after.start) != ahead + 1:
            continue
        ahead_figures = [d for d in drafts if not d.consumed and layout.sentence_index(d.start) == ahead]
        if len(ahead_figures) != 1 or ahead_figures[0] is not before:
            continue  # "205 residents and 40 tourists. ... the number": which number
        before_year, after_year = _opening_year(before, reader), _opening_year(after, reader)
        if before_year is None or after_year is None or before_year.end >= after_year.start:
            continue
        change.inferred.discard(Inferred.LINK)
