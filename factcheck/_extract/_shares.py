"""Linking parts, totals and shares: "18 of 120, or 15%", "a £2m fund split into £800,000, £700,000 and £900,000".

Also the helpers the other relation rules share: the sentence test and unit alignment of two
figures that measure the same thing. Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import ChangeClaim, RatioClaim, ShareClaim
from factcheck._decimal import HUNDRED, ONE, ZERO
from factcheck._precision import Hedge

from ._draft import with_unit

if TYPE_CHECKING:
    from ._build import Reader
    from ._draft import Draft

__all__ = ["CLAUSE_BREAKS", "MAX_GLUE", "align_units", "part_of_total", "reunit", "same_sentence", "split_into"]

_PART_LEADS: Final = (
    ("split", "into"),
    ("divided", "into"),
    ("broken", "down", "into"),
    ("made", "up", "of"),
    ("shared", "between"),
    ("comprising",),
    ("comprises",),
    ("comprised", "of"),
    ("divided", "between"),
    ("divided", "among"),
    ("split", "among"),
    ("consisting", "of"),
    ("split", "between"),
    ("split", "across"),
)
_PART_WORDS: Final = frozenset(lead[0] for lead in _PART_LEADS)
_SHARE_GLUE: Final = frozenset(
    ("or", "representing", "some", "about", "around", "nearly", "which", "is", "just", "roughly")
)
_SHARE_LEADS: Final = (
    ("or",),
    ("or", "about"),
    ("or", "around"),
    ("or", "nearly"),
    ("or", "almost"),
    ("or", "roughly"),
    ("or", "some"),
    ("a", "rate", "of"),
    ("a", "share", "of"),
    ("a", "proportion", "of"),
    ("representing",),
)
_OF_WHOM: Final = (("of", "whom"), ("of", "which"), ("of", "them"), ("of", "those"), ("of", "these"))
CLAUSE_BREAKS: Final = frozenset(("and", "but", "while", "whereas", "although", "though", "or", "of"))
_MAX_PREDICATE: Final = 3
_COMPARATIVES: Final = frozenset(("as", "more", "fewer", "less", "higher", "lower", "the", "that", "than", "times"))
_LOOKAHEAD: Final = 8
MAX_GLUE: Final = 4
_MAX_PARTS: Final = 24


def same_sentence(a: Draft, b: Draft, reader: Reader) -> bool:
    return reader.layout.sentence_index(a.start) == reader.layout.sentence_index(b.start)


def align_units(low: Draft, high: Draft) -> None:
    """Give both ends of "from 8,000 to 390 people" (or "from £1,100 to £1,200 a month") the unit either end names."""
    dimensionless = units.dimensionless()
    per = units.time_denominator(high.amount.unit)
    if (
        per is not None
        and units.time_denominator(low.amount.unit) is None
        and low.amount.unit == high.amount.unit * per
    ):
        low.amount = reunit(low.amount, high.amount)
        low.cls = high.cls
        return
    if low.amount.unit == dimensionless and units.is_counted(high.amount.unit):
        low.amount = reunit(low.amount, high.amount)
    elif high.amount.unit == dimensionless and units.is_counted(low.amount.unit):
        high.amount = reunit(high.amount, low.amount)


def reunit(amount: Amount, like: Amount) -> Amount:
    if amount.hedge is Hedge.RANGE:
        return Amount(amount.value, like.unit, amount.bounds, amount.hedge, amount.exponent)
    return Amount.stated(amount.value, like.unit, hedge=amount.hedge, exponent=amount.exponent)


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
        if between in (("of",), ("out", "of")):
            part, total = first, second
            glue = tokens.words(total.last + 1, share.first)
            named = set((total.subject or "").lower().split())
            if len(glue) > MAX_GLUE or not all(w in _SHARE_GLUE or w in named for w in glue):
                continue
        else:
            opening = tokens.words(tokens.first_at_or_after(first.start) - 2, tokens.first_at_or_after(first.start))
            of_whom = between[-2:] in _OF_WHOM and (
                len(between) <= MAX_GLUE or not same_sentence(first, second, reader)
            )
            if not (of_whom or of_them or "of" in opening):
                continue
            glue_from, glue_to = second.last + 1 + 2 * of_them, tokens.first_at_or_after(share.start)
            if not (
                _share_lead(tokens.words(glue_from, glue_to)) or _hedged_apposition(share, glue_from, glue_to, reader)
            ):
                continue
            part, total = second, first  # "Of the 200 boats inspected, 30, or 25%"
        align_units(part, total)
        if part is second and not units.same_dimension(part.amount.unit, total.amount.unit):
            continue  # "cost £500m. Of those, 400 ...": the total is not the figure before
        if share.cls is not ShareClaim:
            share.cls = ShareClaim  # "or a quarter": the fraction of the total
            share.amount = with_unit(share.amount, units.unit("percent"), reader.policy, factor=HUNDRED)
        share.part, share.total = part.amount, total.amount
        if share.whole is None:
            share.whole = total.subject
        if share.subject is None:
            share.subject = total.subject


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
    for lead in _SHARE_LEADS:
        head = glue[: len(glue) - len(lead)]
        if glue[len(head) :] == lead and len(head) <= _MAX_PREDICATE and CLAUSE_BREAKS.isdisjoint(head):
            return True
    return False


def split_into(drafts: list[Draft], reader: Reader) -> None:
    tokens = reader.tokens
    for n, total in enumerate(drafts[:-1]):
        first_part = drafts[n + 1]
        between = tokens.words(total.last + 1, first_part.first)
        if len(between) > _LOOKAHEAD or _PART_WORDS.isdisjoint(between):
            continue
        if not any(_contains(between, lead) for lead in _PART_LEADS):
            continue
        parts = [first_part]
        for nxt in drafts[n + 2 : n + 2 + _MAX_PARTS]:
            gap = tokens.words(parts[-1].last + 1, nxt.first)
            if len(gap) > 4 or not same_sentence(total, nxt, reader) or nxt.amount.unit != total.amount.unit:  # noqa: PLR2004
                break
            parts.append(nxt)
        if all(p.amount.unit == total.amount.unit for p in parts) and len(parts) > 1:
            total.parts = tuple(p.amount for p in parts)


def _contains(words: tuple[str, ...], lead: tuple[str, ...]) -> bool:
    return any(words[i : i + len(lead)] == lead for i in range(len(words) - len(lead) + 1))
