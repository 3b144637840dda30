"""A share "of all" a whole whose figure the passage stated earlier as a total.

"A total of 57,950 affordable homes were supplied in 2011-12. ... There were 52,880 new build
affordable homes provided in 2011-12, representing 91% of all affordable homes provided in
2011-12": the share's part is the figure right before it (after a comma and "representing",
"accounting for", "making up"); its whole is named after "of all", and its total is the one
earlier figure of the paragraph stated as a total ("a total of", "in total") whose subject holds
the whole's words, of the share's period and the part's kind. The link reaches across
sentences, but the words make it, not nearness: the share names its whole and period, and one
figure only was stated as the total of that whole for that period. So it is not marked inferred,
and a wrong share is an ERROR; a second candidate total, or none, links nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._claims import ShareClaim
from factcheck._extract.link.alignment import align_units
from factcheck._extract.link.change_levels import is_level
from factcheck._extract.link.partial_parts import alike, states_a_total
from factcheck._extract.link.placement import same_sentence
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["share_of_all_earlier"]

_EN: Final = lexicon("en")
_LEADS: Final = _EN.phrase_set("share_apposition_leads")
_ALL: Final = _EN.words("all_words")
_OF: Final = _EN.words("of_words")
_ARTICLES: Final = _EN.words("articles")


def _words(phrase: str | None) -> set[str]:
    return {w.strip(".,;:'\"()") for w in (phrase or "").lower().split()} - _ARTICLES


def share_of_all_earlier(drafts: list[Draft], reader: Reader) -> None:
    """Give "N ..., representing P% of all X" its part N and the earlier total of X (see the module)."""
    tokens, layout = reader.tokens, reader.layout
    for n in range(1, len(drafts)):
        share, part = drafts[n], drafts[n - 1]
        if share.cls is not ShareClaim or share.part is not None or share.whole is None or share.period is None:
            continue
        if tokens.lower(share.last + 1) not in _OF or tokens.lower(share.last + 2) not in _ALL:
            continue  # "91% of all affordable homes"
        if not is_level(part) or not same_sentence(part, share, reader):
            continue
        lead = tokens.words(part.last + 1, tokens.first_at_or_after(share.start))
        comma = "," in reader.text[part.end : share.start]
        if not comma or not any(lead[-len(p) :] == p for p in _LEADS):
            continue
        whole = _words(share.whole)
        paragraph, sentence = layout.paragraph_index(share.start), layout.sentence_index(share.start)
        totals = [
            d
            for d in drafts[: n - 1]
            if is_level(d)
            and layout.paragraph_index(d.start) == paragraph
            and layout.sentence_index(d.start) < sentence
            and d.period == share.period
            and whole <= _words(d.subject)
            and states_a_total(d, reader)
        ]
        if len(totals) != 1:
            continue
        total = totals[0]
        align_units(part, total)
        if not alike(part, total) or part.amount.unit != total.amount.unit:
            continue
        share.part, share.total = part.amount, total.amount
