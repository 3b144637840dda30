"""Shares with their part and total: "18 of 120, or 15%", "30% of the 5,000 firms, or 1,500"; "the remaining 80%".

A share gets ``part`` and ``total`` when the words join the three (:func:`part_of_total`,
:func:`share_then_part`, :func:`share_with_total_after`: "$1,579 pays only 16 percent of total
costs of $9,649"); a share after "remaining" is the rest of a whole other shares split
(:func:`remaining_share`). A total with all of its parts is read in :mod:`.summed_parts`, one
with only some of them in :mod:`.partial_parts`. Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

import collections
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    ChangeClaim,
    Inferred,
    RateClaim,
    RatioClaim,
    ShareClaim,
)
from factcheck._decimal import HUNDRED, ONE, ZERO
from factcheck._extract.link.alignment import align_units
from factcheck._extract.link.placement import same_sentence, word_before
from factcheck._extract.read.draft import with_unit
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "CHANGE_BREAKS",
    "CLAUSE_BREAKS",
    "MAX_GLUE",
    "as_share",
    "part_of_total",
    "remaining_share",
    "share_then_part",
    "share_with_total_after",
]

_EN: Final = lexicon("en")
_POSSESSIVE: Final = _EN.strings("possessive_endings")  # "the state's"


_SHARE_GLUE: Final = _EN.words("share_glue")
_SHARE_LEADS: Final = _EN.phrases("share_leads")  # "or", "or about", "a rate of"
_NOUN_LEADS: Final = frozenset(lead for lead in _SHARE_LEADS if len(lead) == 3)  # noqa: PLR2004  ("a rate of")
_OF_WHOM: Final = _EN.phrases("of_whom_phrases")
CLAUSE_BREAKS: Final = _EN.words("clause_breaks") | _EN.words("share_breaks")
CHANGE_BREAKS: Final = _EN.words("clause_breaks") | _EN.words("change_breaks")
"""Words that end what a change, or a share before its total, reads across: a clause's breaks and ``change_breaks``."""
_MAX_PREDICATE: Final = 4
_PLACE_WORDS: Final = _EN.words("total_place_leads")
_MAX_PLACE: Final = 3
_COMPARATIVES: Final = _EN.words("comparison_words")
MAX_GLUE: Final = 4
_OF: Final = _EN.words("of_words")
_SHARE_OF: Final = _EN.phrases("share_of_words")  # "30% of the 5,000 firms"
_PART_OF: Final = (*_SHARE_OF, *_EN.phrases("part_out_of_words"))  # "18 out of 120"
_SHARE_PART_GLUE: Final = _EN.words("share_part_glue")
_REMAINDER: Final = _EN.words("remainder_words")  # "the remaining 80%"


def part_of_total(drafts: list[Draft], reader: Reader) -> None:
    """Link part and total to a share: "18 of 120 applications, or 15%", "Of the 200 boats inspected, 30, or 25%".

    Also "8,000 staff, of whom 2,000, or a quarter" and "Of 5,000 burglaries, 1,000 were solved,
    a rate of 20%": a fraction word after the part is a share too.
    """
    tokens = reader.tokens
    for n in range(len(drafts) - 2):
        first, second, share = drafts[n], drafts[n + 1], drafts[n + 2]
        if not _share_like(share) or not same_sentence(second, share, reader) or _compared(share, reader):
            continue
        between = tokens.words(first.last + 1, second.first)
        of_them = tokens.words(second.last + 1, second.last + 3) in _OF_WHOM  # "About 200 of them, or 10%"
        if not same_sentence(first, share, reader) and not _of_those_after(first, second, reader, of_them=of_them):
            continue
        if between in _PART_OF:
            part, total = first, second
            glue = _without_place(tokens.words(total.last + 1, share.first))
            named = set((total.subject or "").lower().split())
            predicate = tuple(w for w in glue if w not in named)  # "of the five board members resigned, or 40%"
            if not (len(glue) <= MAX_GLUE and all(w in _SHARE_GLUE or w in named for w in glue)) and not (
                predicate and _share_lead(predicate)
            ):
                continue
        else:
            of_whom = between[-2:] in _OF_WHOM and (
                len(between) <= MAX_GLUE or not same_sentence(first, second, reader)
            )
            if not (of_whom or of_them or _of_opens(first, reader)):
                continue
            glue_from, glue_to = second.last + 1 + 2 * of_them, tokens.first_at_or_after(share.start)
            if not (
                _share_lead(tokens.words(glue_from, glue_to))
                or _hedged_apposition(share, glue_from, glue_to, reader)
                or reader.text[second.end : share.start].strip() == "("  # "Of 1,600 patients, 400 (25%)"
            ):
                continue
            part, total = second, first  # "Of the 200 boats inspected, 30, or 25%"
        if issubclass(part.cls, ChangeClaim | ShareClaim | RatioClaim):
            continue  # "Of 1,000 parents, seven in ten, or 70%": a fraction restated, not a part counted
        align_units(part, total)
        if not units.same_dimension(part.amount.unit, total.amount.unit) or units.is_percent(part.amount.unit):
            continue  # "cost £500m. Of those, 400 ...", "83% of 40 to 60 year olds (87% of men": not a part and total
        as_share(share, reader)  # "or a quarter": the fraction of the total
        share.part, share.total, share.explicit = part.amount, total.amount, True
        if share.whole is None:
            share.whole = total.subject
        if share.subject is None:
            share.subject = total.subject


def share_then_part(drafts: list[Draft], reader: Reader) -> None:
    """Link "30% of the 5,000 firms, or 1,500" and "three quarters of 2,000 nurses, about 1,500": share, total, part.

    A possessive may stand before the total: "35% of the hospital's 2,000 staff, or 700".
    """
    tokens = reader.tokens
    for share, total, part in zip(drafts, drafts[1:], drafts[2:], strict=False):
        if not _share_like(share) or share.part is not None or not same_sentence(share, part, reader):
            continue
        if _without_possessive(tokens.words(share.last + 1, total.first)) not in _SHARE_OF or _compared(part, reader):
            continue
        if issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim) or part.cls is not total.cls:
            continue
        part_first = tokens.first_at_or_after(part.start)
        named = set((total.subject or "").lower().split())
        glue = [w for w in _without_place(tokens.words(total.last + 1, part_first)) if w not in named]
        commas = "," in tokens.gap(total.last, part_first)
        if not commas or not set(glue) <= _SHARE_PART_GLUE:
            continue
        align_units(part, total)
        if not units.same_dimension(part.amount.unit, total.amount.unit):
            continue
        as_share(share, reader)
        share.part, share.total, share.explicit = part.amount, total.amount, True  # "30% of the 5,000 firms, or 1,500"
        share.whole = share.whole or total.subject
        share.subject = share.subject or total.subject
        part.subject = part.subject or total.subject


def as_share(draft: Draft, reader: Reader) -> None:
    """Read a fraction or ratio ("a quarter") as a share in percent (25%); a share stays as it is."""
    if draft.cls is not ShareClaim:
        draft.cls = ShareClaim
        draft.amount = with_unit(draft.amount, units.unit("percent"), reader.policy, factor=HUNDRED)


def _without_possessive(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` without a possessive last: "of the hospital's" (2,000 staff) is "of the"."""
    if len(words) > 1 and words[-1].endswith(_POSSESSIVE):
        return words[:-1]
    return words


def _without_place(glue: tuple[str, ...]) -> tuple[str, ...]:
    """The glue from a total to its share without a short place after the total ("schools in the county")."""
    for k, word in enumerate(glue):
        if word in _PLACE_WORDS:
            rest = glue[k + 1 :]
            end = next((j for j, w in enumerate(rest) if w in _SHARE_GLUE), None)
            if end is not None and 0 < end <= _MAX_PLACE and CLAUSE_BREAKS.isdisjoint(rest[:end]):
                return glue[:k] + rest[end:]
            break
    return glue


def _of_opens(first: Draft, reader: Reader) -> bool:
    """True when "of" opens the clause of ``first``: "Of the 200 boats", "Out of 500 patients", "In all, of 5,000".

    Not an "of" inside a noun phrase: "a shortfall of £30m in a budget of £600m, or 5%" names no total
    before its part.
    """
    tokens = reader.tokens
    at = tokens.first_at_or_after(first.start)
    for j in (at - 2, at - 1):
        if j < 0 or _OF.isdisjoint(tokens.words(j, at)):
            continue  # "of the" or "out of" from word j on
        if j == 0 or any(c in ".,;:!?()\n" for c in tokens.gap(j - 1, j)):
            return True
    return False


def _compared(share: Draft, reader: Reader) -> bool:
    """True for "half as many as last year", "twice the number": a comparison, not a share of the total."""
    tokens, k = reader.tokens, share.last + 1
    return k < len(tokens) and tokens.lower(k) in _COMPARATIVES and "," not in tokens.gap(share.last, k)


def _hedged_apposition(share: Draft, glue_from: int, glue_to: int, reader: Reader) -> bool:
    """True for "350,000 of them are nurses, roughly 23%": a hedged share after a comma and a short predicate."""
    tokens = reader.tokens
    glue = tokens.words(glue_from, glue_to)
    if share.qualifier is None or share.whole is not None or not glue or len(glue) > _MAX_PREDICATE:
        return False  # "..., around 10% of the borough total" is a share of something else
    return CLAUSE_BREAKS.isdisjoint(glue) and "," in tokens.gap(glue_to - 1, glue_to)


def _of_those_after(first: Draft, second: Draft, reader: Reader, *, of_them: bool) -> bool:
    """True for "5,000 burglaries were recorded. Of those, 1,000 ..." (or "1,000 of them"): the total is before."""
    tokens = reader.tokens
    opening = tokens.first_at_or_after(second.start) - 2
    sentence = reader.layout.sentence_index(second.start)
    if reader.layout.sentence_index(first.start) != sentence - 1 or opening < 1:
        return False
    if issubclass(first.cls, ChangeClaim | ShareClaim | RatioClaim):
        return False  # "Burglaries rose 10%. Of those, ...": "those" are not the change
    return of_them or (
        tokens.words(opening, opening + 2) in _OF_WHOM
        and reader.layout.sentence_index(tokens[opening - 1].start) < sentence
    )


def _share_like(draft: Draft) -> bool:
    """A share, or a bare fraction of one ("a quarter", "one in five") that can be read as one."""
    if draft.cls is ShareClaim:
        return True
    amount = draft.amount
    return draft.cls is RatioClaim and amount.unit == units.dimensionless() and ZERO <= amount.value <= ONE


def _share_lead(glue: tuple[str, ...]) -> bool:
    """True for the words from a part to its share: "or", "a rate of", after a short predicate ("were approved, or")."""
    if len(glue) > 3 and (glue[-4], *glue[-2:]) in _NOUN_LEADS:  # noqa: PLR2004
        glue = (*glue[:-3], *glue[-2:])  # "a success rate of", "a pass rate of": an adjective in "a rate of"
    for lead in _SHARE_LEADS:
        head = glue[: len(glue) - len(lead)]
        if glue[len(head) :] == lead and len(head) <= _MAX_PREDICATE and CLAUSE_BREAKS.isdisjoint(head):
            return True
    return False


def remaining_share(drafts: list[Draft], reader: Reader) -> None:
    """Link "20% of the grant is paid in cash; the remaining 80% is callable": shares of one whole.

    A share right after "remaining" is the rest of a whole whose other shares stand before it in
    its sentence or the one ahead: the shares of that whole there (its own, or the nearest
    earlier share's whole when it names none) and it are one split, marked ``explicit`` and read
    in the period and place of the first, so that shares past 100% are an error (a warning when
    the shares stand in two sentences: a link across a sentence is inferred).
    """
    layout = reader.layout
    window: collections.deque[tuple[int, Draft]] = collections.deque()  # earlier shares of a whole, in text order
    for rest in drafts:
        sentence = layout.sentence_index(rest.start)
        while window and window[0][0] < sentence - 1:
            window.popleft()  # only shares of this sentence or the one ahead
        _remaining_share(rest, sentence, window, reader)
        if rest.cls is ShareClaim and not rest.consumed and rest.whole is not None and rest.part is None:
            window.append((sentence, rest))  # after its own turn, which may have given it a whole


def _remaining_share(rest: Draft, sentence: int, window: Iterable[tuple[int, Draft]], reader: Reader) -> None:
    """Link ``rest`` to the earlier shares of its whole when "remaining" stands before it.

    ``window`` holds the earlier shares of a whole in ``rest``'s sentence (number ``sentence``)
    and the one ahead, each with its sentence's number: see :func:`remaining_share`.
    """
    if rest.cls is not ShareClaim or rest.consumed or word_before(rest, reader) not in _REMAINDER:
        return
    earlier = [d for _, d in window]
    whole = rest.whole if rest.whole is not None else (earlier[-1].whole if earlier else None)
    others = [d for d in earlier if whole is not None and d.whole.lower() == whole.lower()]  # type: ignore[union-attr]
    if not others or rest.part is not None:
        return
    first = others[0]
    rest.whole, rest.period, rest.place = first.whole, first.period, first.place
    rest.inferred.discard(Inferred.PERIOD)  # the first share's period, as certain as it is there
    rest.inferred |= first.inferred & {Inferred.PERIOD}
    if reader.layout.sentence_index(first.start) != sentence:
        rest.inferred.add(Inferred.LINK)  # "... on care. The remaining 60% ...": across a sentence
    for share in (*others, rest):
        share.explicit = True


_SHARE_VERBS: Final = _EN.words("share_of_total_verbs")  # "pays", "accounts for"
_SHARE_VERB_ADVERBS: Final = _EN.words("list_share_adverbs")  # "pays only 16 percent"
_TOTAL_AFTER_REACH: Final = 14
"""Words from a share to the figure of its whole: "of the total annual cost of attendance for a ... --"."""
_TOTAL_MARKS: Final = ("of", "--", "\u2014", "\u2013", "(")
"""What stands right before the figure of a share's whole: "total costs of $9,649", "attendance--$3,409--"."""


def share_with_total_after(drafts: list[Draft], reader: Reader) -> None:
    """Link "the award of $1,579 pays only 16 percent of total costs of $9,649": part, share, then total.

    The part stands right before a verb of share ("pays", "paid", "accounts for", "makes up"); the
    share names its whole ("of total costs"), and the whole's figure follows in the same clause
    after "of" or a dash, in the part's unit. Figures of another unit between them ("a 4-year
    institution") are passed over.
    """
    tokens = reader.tokens
    for n, share in enumerate(drafts[1:-1], start=1):
        part = drafts[n - 1]
        if share.cls is not ShareClaim or share.part is not None:
            continue
        if issubclass(part.cls, ChangeClaim | ShareClaim | RatioClaim | RateClaim) or part.parts:
            continue
        verb = [
            w
            for w in tokens.words(part.last + 1, tokens.first_at_or_after(share.start))
            if w not in _SHARE_VERB_ADVERBS
        ]
        if not verb or len(verb) > 2 or verb[0] not in _SHARE_VERBS:  # noqa: PLR2004
            continue
        total = next((d for d in drafts[n + 1 : n + 3] if d.amount.unit == part.amount.unit), None)
        if total is None or issubclass(total.cls, ChangeClaim | ShareClaim | RatioClaim | RateClaim):
            continue
        glue = tokens.words(share.last + 1, tokens.first_at_or_after(total.start))
        text_before = reader.text[share.end : total.start].rstrip()
        if not glue or glue[0] != "of" or len(glue) > _TOTAL_AFTER_REACH or not CHANGE_BREAKS.isdisjoint(glue):
            continue
        if not text_before.endswith(_TOTAL_MARKS) or not same_sentence(part, total, reader):
            continue
        share.part, share.total, share.explicit = part.amount, total.amount, True
