"""How sure the relation checks are of the relations they judge: the modality of linked figures.

Extraction links figures by explicit syntax ("from X to Y, a fall of Z%", "X, of which Y"), so
the link itself is certain. What may not be is that the linked figures are of one kind: "cutting
corporation tax from 20% to 18% could increase GDP by 0.1%" links an outturn to a hypothesis, and
"two polls, of which four are needed" an outturn to a requirement. A relation is uncertain in its
modality when a figure of it is not an outturn while a figure before it in the text is: the words
that make it a forecast, target or hypothesis stand between them. A modality stated before all of
them ("the fee will rise from £40 to £55, a rise of 37.5%") is the whole relation's and leaves it
certain. For a total and its parts only a target or an estimate counts (``PARTS``): the verb of a
split is often in the future ("a £2m fund will be split into £800,000, ..."), and that is the
split's, not a different kind of figure.

What extraction inferred rather than read beside a figure (:attr:`factcheck.Claim.inferred`) makes
the matching reading uncertain (:func:`inferred`): a link made across a sentence boundary
(``LINK``); for a check that compares periods, a period taken from elsewhere (``PERIOD``); and,
for parts that add up to more than their total, counted parts read as disjoint although the
text tells them apart by predicates of their own, which may overlap (``DISJOINT``); and, for parts
that fall short of their total, a list read as all of it after a comma, which may name only
some of them (``EXHAUSTIVE``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from factcheck._claims import Inferred, Modality

from ._finding import CERTAIN, Certainty, Reading

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from factcheck._amount import Amount
    from factcheck._claims import Claim

__all__ = ["PARTS", "holders", "inferred", "relation_certainty"]

_MODALITY = Certainty({Reading.MODALITY})
_ALL: Final = frozenset(Modality) - {Modality.OUTTURN}
PARTS: Final = frozenset({Modality.TARGET, Modality.ESTIMATE})
"""The modalities that make a part a different kind of figure from its total."""


def holders(claims: Sequence[Claim]) -> dict[int, Claim]:
    """The claim whose own figure each amount is, by the amount's identity (extraction shares them)."""
    return {id(c.amount): c for c in claims}


def relation_certainty(
    claim: Claim, related: Iterable[Amount | None], held: Mapping[int, Claim], counted: frozenset[Modality] = _ALL
) -> Certainty:
    """Certain, unless a figure of the relation turns modal (one of ``counted``) after an outturn before it.

    >>> from factcheck import Amount, CountClaim, Modality, Span
    >>> two = CountClaim(Amount.exact(2, "item"), span=Span(0, 3, "two"))
    >>> four = CountClaim(Amount.exact(4, "item"), span=Span(20, 24, "four"), modality=Modality.TARGET)
    >>> relation_certainty(two, [four.amount], holders([two, four])).uncertain
    (<Reading.MODALITY: 'modality'>,)
    """
    figures = [claim, *_related(related, held)]
    placed = sorted((c for c in figures if c.span is not None), key=lambda c: c.span.start if c.span else 0)
    seen_outturn = False
    for figure in placed:
        if figure.modality is Modality.OUTTURN:
            seen_outturn = True
        elif seen_outturn and figure.modality in counted:
            return _MODALITY
    return CERTAIN


def _related(related: Iterable[Amount | None], held: Mapping[int, Claim]) -> list[Claim]:
    return [held[id(a)] for a in related if a is not None and id(a) in held]


def inferred(
    claims: Iterable[Claim],
    related: Iterable[Amount | None] = (),
    held: Mapping[int, Claim] | None = None,
    *,
    periods: bool = False,
    disjoint: bool = False,
    exhaustive: bool = False,
) -> Certainty:
    """What the claims, and those holding ``related``, had inferred: ``LINK``, ``PERIOD``, ``EXHAUSTIVE``, ``DISJOINT``.

    ``PERIOD`` counts if ``periods``; ``DISJOINT`` if ``disjoint``, for a check that needs a
    total's parts not to overlap (parts that add up to more than it); ``EXHAUSTIVE`` if
    ``exhaustive``, for a check that needs them to be all of it (parts that fall short of it).

    >>> from factcheck import Amount, CountClaim, Inferred
    >>> claim = CountClaim(Amount.exact(2, "item"), inferred={Inferred.LINK, Inferred.PERIOD})
    >>> [r.value for r in inferred([claim]).uncertain], [r.value for r in inferred([claim], periods=True).uncertain]
    (['link'], ['link', 'period'])
    """
    found: set[Inferred] = set()
    for claim in [*claims, *_related(related, held or {})]:
        found.update(claim.inferred)
    readings = {Reading.LINK} if Inferred.LINK in found else set()
    if periods and Inferred.PERIOD in found:
        readings.add(Reading.PERIOD)
    if disjoint and Inferred.DISJOINT in found:
        readings.add(Reading.DISJOINT)
    if exhaustive and Inferred.EXHAUSTIVE in found:
        readings.add(Reading.EXHAUSTIVE)
    return Certainty(readings) if readings else CERTAIN
