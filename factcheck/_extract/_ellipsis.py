"""Figures that leave out what they measure, read by their neighbours.

* "20,000 people a month, or 300,000 over the year": a bare count takes the noun and subject;
* "rose by £12,000, or 4.5%": a percentage after a change is the same change, relative;
* "12% of applicants, compared with 18%", "28%, up two points": the same subject;
* "600 people died and 1,200 were hurt": a count with a verb of its own takes only the noun
  ("people hurt"), never what happened to its neighbour;
* a second mention of the same kind of quantity without a subject, in the same paragraph within
  one sentence, takes the earlier mention's subject.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import ChangeClaim, CountClaim, RelativeChangeClaim, ShareClaim

from ._shares import MAX_GLUE, reunit, same_sentence
from ._verbs import what_happened

if TYPE_CHECKING:
    from ._build import Reader
    from ._draft import Draft

__all__ = ["elliptical", "second_mentions"]

_CHANGE_OPENINGS: Final = (("up",), ("down",), ("a",), ("an",))
_ELLIPSIS_GLUE: Final = frozenset(
    ("or", "and", "to", "of", "about", "around", "some", "nearly", "almost", "compared", "against", "versus", "than")
)


def elliptical(drafts: list[Draft], reader: Reader) -> None:
    """Read a figure that leaves out what it measures by its neighbour in the sentence.

    "20,000 people a month, or 300,000 over the year" (a bare count takes the noun), "rose by
    £12,000, or 4.5%" (a percentage after a change is the same change, relative), "12% of
    applicants, compared with 18%" and "28%, up two points" (the same subject).
    """
    tokens = reader.tokens
    dimensionless = units.dimensionless()
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
        glue = tokens.words(previous.last + 1, tokens.first_at_or_after(draft.start))
        up_from = glue[-2:] in (("up", "from"), ("down", "from"))  # "5,294 ... in 2023, up from 1,032"
        if not up_from and (len(glue) > MAX_GLUE + 2 or not any(w in _ELLIPSIS_GLUE for w in glue[-3:])):
            clause_first, _ = reader.clause_words(draft.start)
            opening = tokens.words(clause_first, clause_first + 1)
            if not (_is_change(draft) and clause_first > previous.last and opening in _CHANGE_OPENINGS):
                continue  # ", up 3%", ", a rise of 3%": a change of what the sentence just gave
        if _is_change(previous) and draft.cls is ShareClaim and glue[-1:] == ("or",):
            draft.cls = RelativeChangeClaim  # "rose by £12,000, or 4.5%"
            draft.direction, draft.before, draft.after = previous.direction, previous.before, previous.after
        base = _base_key(previous.amount)
        counted = base is not None and units.currency_code(previous.amount.unit) is None
        per = units.time_denominator(draft.amount.unit)
        if draft.cls is CountClaim and draft.amount.unit == dimensionless and counted and base is not None:
            draft.amount = reunit(draft.amount, Amount.exact(1, base))
        elif per is not None and draft.amount.unit * per == dimensionless and counted and base is not None:
            draft.amount = reunit(
                draft.amount, Amount.exact(1, f"{base} / {per}")
            )  # "homes over five years, or 300,000 a year"
        draft.subject = previous.subject if own is None else f"{previous.noun} {own}"  # "..., and 1,200 were hurt"
        if draft.cls is ShareClaim and previous.cls is ShareClaim and draft.whole is None:
            draft.whole = previous.whole


def _base_key(amount: Amount) -> str | None:
    code = units.currency_code(amount.unit)
    if code is not None:
        return code
    denominator = units.time_denominator(amount.unit)
    base = amount.unit * denominator if denominator is not None else amount.unit
    return str(base) if units.is_counted(base) else None


def second_mentions(drafts: list[Draft], reader: Reader) -> None:
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
        if draft.subject is None and _own_verb(draft, reader) is None:
            seen = last_seen.get(key)
            if seen is not None and seen[0] == paragraph and sentence - seen[1] <= 1:
                draft.subject = seen[2]
        if draft.subject is not None:
            last_seen[key] = (paragraph, sentence, draft.subject)


def _own_verb(draft: Draft, reader: Reader) -> str | None:
    """What happened to a bare count by a verb of its own ("..., and 2,000 were returned"), or ``None``.

    A subject borrowed from a neighbour must then say what happened to this count, not to the neighbour.
    """
    if not units.is_count(draft.amount.unit) or _is_change(draft):
        return None
    _, clause_end = reader.clause_words(draft.start)
    return what_happened(reader.tokens, draft.last, clause_end)


def _is_change(draft: Draft) -> bool:
    return issubclass(draft.cls, ChangeClaim)
