"""Relative changes whose words name the figures they run between; each link is ``explicit`` (a certain link).

* a comparison with an earlier figure (:func:`comparisons`): "exports hit $812.4bn, 18.2% above
  the previous record of $640.1bn", "fell to 800 tonnes, 20% below the 1,000 tonnes of 2019":
  the percentage is a change from the compared figure (``before``) to the figure before it
  (``after``);
* a change "on" the figure it is measured from (:func:`change_on_base`): "£540m, up 20% on the
  £450m of 2019";
* a change by an amount with its level and its relative size (:func:`change_to_level`): "grew by
  700,000 to 7.7 million, an increase of 10%", "closed up 25p, or 5%, at 525p", "£5,940 million,
  a fall of £60 million (1%)": the relative change runs from the level less the amount (plus it,
  for a fall) to the level.

Words are in ``factcheck/lexicons/en/links.json``. Every rule looks a bounded number of words ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck import units
from factcheck._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    Direction,
    RatioClaim,
    RelativeChangeClaim,
    ShareClaim,
)
from factcheck._extract.link.alignment import align_units, reunit
from factcheck._extract.link.placement import same_sentence
from factcheck._extract.link.shares import CHANGE_BREAKS
from factcheck.errors import FactcheckError
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from factcheck._amount import Amount
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = [
    "change_on_base",
    "change_to_level",
    "comparisons",
]

_EN: Final = lexicon("en")
_COMPARED: Final = {tuple(k.split()): Direction(v) for k, v in _EN.string_map("comparison_directions").items()}
_COMPARED_REACH: Final = 5
"""Words from the comparison to the compared figure: "above the previous record of"."""
_LEVEL_WORDS: Final = _EN.words("change_level_leads")  # "to 7.7 million", "at 525p"
_CHANGE_NOUNS: Final = frozenset(w for words in _EN.string_tuples("change_nouns").values() for w in words) | _EN.words(
    "change_noun_glue"
)  # "a fall of £60 million", "an increase of 10%"
_MAX_CHANGE_GLUE: Final = 3
_BASE_LEADS: Final = _EN.words("change_base_leads")  # "a decrease of 4% on the 60,430"
_CHANGE_ADVERBS: Final = _EN.words("change_adverbs")  # "up 20% on"
_ARTICLES: Final = _EN.words("articles")


def _is_percent(draft: Draft) -> bool:
    return units.is_percent(draft.amount.unit)


def comparisons(drafts: list[Draft], reader: Reader) -> None:
    """Read "X, P% above the previous record of Y" as a change of P% from Y to X."""
    tokens = reader.tokens
    for n in range(1, len(drafts) - 1):
        after, share, base = drafts[n - 1], drafts[n], drafts[n + 1]
        if share.cls not in (ShareClaim, RelativeChangeClaim) or not _is_percent(share) or share.before is not None:
            continue
        if share.part is not None or issubclass(after.cls, ChangeClaim | ShareClaim) or base.cls is not after.cls:
            continue
        direction, reach = _comparison_at(reader, share.last + 1)
        if direction is None:
            continue
        between = tokens.words(reach, base.first)
        if (
            len(between) > _COMPARED_REACH
            or not CHANGE_BREAKS.isdisjoint(between)
            or any(w[0].isdigit() for w in between)
        ):
            continue
        share_first = tokens.first_at_or_after(share.start)
        if tokens.words(after.last + 1, share_first) or "," not in tokens.gap(after.last, share_first):
            continue  # "X, P% above": the compared figure stands right before, after a comma
        if not (same_sentence(after, share, reader) and same_sentence(share, base, reader)):
            continue
        align_units(base, after)
        if base.amount.unit != after.amount.unit:
            continue
        share.cls, share.direction, share.whole = RelativeChangeClaim, direction, None
        share.before, share.after, share.explicit = base.amount, after.amount, True
        share.subject, share.period = after.subject, after.period


def _comparison_at(reader: Reader, k: int) -> tuple[Direction | None, int]:
    """The direction of a comparison starting at word ``k`` ("above", "higher than") and the word after it."""
    for phrase, direction in _COMPARED.items():
        if reader.tokens.words(k, k + len(phrase)) == phrase:
            return direction, k + len(phrase)
    return None, k


def change_on_base(drafts: list[Draft], reader: Reader) -> None:
    """Read "£540m, up 20% on the £450m of 2019": a change "on" the figure it is measured from.

    The figure after "on" is the change's before; its after is the figure right before it (after
    a comma, with only the change's own words between). "... 57,950 homes. This is a decrease of
    4% on the 60,430" is read by :func:`.change_levels.change_against_figure`.
    """
    tokens = reader.tokens
    for n in range(len(drafts) - 1):
        change, base = drafts[n], drafts[n + 1]
        if change.cls is not RelativeChangeClaim or change.before is not None:
            continue
        if change.direction is Direction.UNSPECIFIED or not same_sentence(change, base, reader):
            continue
        lead = tokens.words(change.last + 1, tokens.first_at_or_after(base.start))
        if not lead or lead[0] not in _BASE_LEADS or not set(lead[1:]) <= _ARTICLES:
            continue
        if issubclass(base.cls, ChangeClaim | ShareClaim | RatioClaim):
            continue
        after = _after_for(drafts, n, reader)
        if after is None:
            continue
        align_units(base, after)
        if base.amount.unit != after.amount.unit:
            continue
        change.before, change.after, change.explicit = base.amount, after.amount, True


def _after_for(drafts: list[Draft], n: int, reader: Reader) -> Draft | None:
    """The level a change "on" a base reached: the figure right before it in its sentence.

    "This is a decrease of 4% on the 60,430" (the after in the sentence ahead) is read by
    :func:`.change_levels.change_against_figure`, which tells the figure "This" restates from a
    target or another figure beside it.
    """
    tokens = reader.tokens
    change = drafts[n]
    change_first = tokens.first_at_or_after(change.start)
    if n > 0 and same_sentence(drafts[n - 1], change, reader):
        previous = drafts[n - 1]
        glue = tokens.words(previous.last + 1, change_first)
        if (
            set(glue) <= _CHANGE_NOUNS | _CHANGE_ADVERBS
            and "," in reader.text[previous.end : change.start]
            and not issubclass(previous.cls, ChangeClaim | ShareClaim | RatioClaim)
        ):
            return previous  # "£540m, up 20% on the £450m"
    return None


def change_to_level(drafts: list[Draft], reader: Reader) -> None:
    """Give a relative change its before from an absolute change and the level it reached.

    "grew by 700,000 to 7.7 million, an increase of 10%", "closed up 25p, or 5%, at 525p",
    "£5,940 million, a fall of £60 million (1%)".
    """
    for n, amount in enumerate(drafts):
        if amount.cls is not AbsoluteChangeClaim or amount.before is not None or n + 1 >= len(drafts):
            continue
        relative, level = _relative_and_level(drafts, n, reader)
        if relative is None or level is None or relative.before is not None:
            continue
        direction = amount.direction if amount.direction is not Direction.UNSPECIFIED else relative.direction
        if direction is Direction.UNSPECIFIED or relative.direction not in (direction, Direction.UNSPECIFIED):
            continue
        before = _before(level.amount, amount.amount, direction)
        if before is None:
            continue
        relative.cls = RelativeChangeClaim  # "(1%)", "or 5%": read as a share of nothing named until now
        relative.before, relative.after, relative.direction = before, level.amount, direction
        relative.explicit = True
        relative.subject = relative.subject or amount.subject or level.subject


def _relative_and_level(drafts: list[Draft], n: int, reader: Reader) -> tuple[Draft | None, Draft | None]:
    """The relative change and the level around the absolute change at ``n``, each explicitly joined to it."""
    tokens = reader.tokens
    amount = drafts[n]
    nxt = drafts[n + 1]
    level = relative = None
    if tokens.lower(nxt.first - 1) in _LEVEL_WORDS and nxt.first - amount.last <= 2:  # noqa: PLR2004
        level = nxt  # "by 700,000 to 7.7 million"
        relative = drafts[n + 2] if n + 2 < len(drafts) else None
        glue_from = level.last + 1
    else:
        relative = nxt  # "up 25p, or 5%, at 525p"; "a fall of £60 million (1%)"
        glue_from = amount.last + 1
    if relative is None or not _relative_like(relative) or not same_sentence(amount, relative, reader):
        return None, None
    glue = tokens.words(glue_from, tokens.first_at_or_after(relative.start))
    if len(glue) > _MAX_CHANGE_GLUE or not set(glue) <= _CHANGE_NOUNS:
        return None, None
    if level is None:
        after = drafts[n + 2] if n + 2 < len(drafts) else None
        if after is not None and tokens.lower(after.first - 1) in _LEVEL_WORDS and after.first - relative.last <= 2:  # noqa: PLR2004
            level = after  # "up 25p, or 5%, at 525p"
        elif n > 0 and _level_before(drafts[n - 1], amount, reader):
            level = drafts[n - 1]  # "£5,940 million, a fall of £60 million (1%)"
    if level is None or issubclass(level.cls, ChangeClaim | ShareClaim | RatioClaim):
        return None, None
    if not same_sentence(level, relative, reader):
        return None, None
    return relative, level


def _relative_like(draft: Draft) -> bool:
    """A relative change, or a bare percentage of no named whole ("or 5%", "(1%)") that can be read as one."""
    if draft.cls is RelativeChangeClaim:
        return True
    return draft.cls is ShareClaim and _is_percent(draft) and draft.whole is None and draft.part is None


def _level_before(level: Draft, amount: Draft, reader: Reader) -> bool:
    """True for "£5,940 million, a fall of £60 million": a level, a comma, and a change noun phrase."""
    tokens = reader.tokens
    between = reader.text[level.end : amount.start]
    if "," not in between:
        return False
    head, _, tail = between.rpartition(",")  # "£5,876 million of VED revenue, a fall of £54 million"
    glue, noun = tail.lower().split(), tokens.words(level.last + 1, tokens.first_at_or_after(level.end + len(head)))
    return (
        0 < len(glue) <= _MAX_CHANGE_GLUE
        and set(glue) <= _CHANGE_NOUNS
        and len(noun) <= _MAX_CHANGE_GLUE
        and CHANGE_BREAKS.isdisjoint(noun)
        and not any(w[0].isdigit() for w in noun)
        and not any(c in head for c in ";:()")
    )


def _before(level: Amount, change: Amount, direction: Direction) -> Amount | None:
    """The level less the change (plus it, for a fall), in the level's unit; ``None`` when they do not combine."""
    try:
        if units.bare_beside_counted(change.unit, level.unit):
            change = reunit(change, level)  # "by 700,000 to 7.7 million": a bare amount of the level's kind
        elif units.same_dimension(change.unit, level.unit):
            change = change.to(level.unit)  # "up by 20p to £2.70"
        else:
            return None
        return level - change if direction is Direction.UP else level + change
    except (FactcheckError, ArithmeticError):
        return None
