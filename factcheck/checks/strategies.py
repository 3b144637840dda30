"""Hypothesis strategies for the checks' values: reference figures to check claims against.

Install the extra (``pip install 'factcheck[hypothesis]'``). These build on
:mod:`factcheck.strategies`, which draws the core's values (amounts, claims, periods, texts) and
depends on the core only; this module adds what belongs to the checks layer. Neither
``import factcheck`` nor ``import factcheck.checks`` imports it.

>>> from hypothesis import find
>>> find(references(), lambda ref: True).amount.format("en_GB")
'0 people'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import _strategy_parts as parts
from factcheck.strategies import amounts

from ._references import Reference

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hypothesis.strategies import SearchStrategy

__all__ = ["references"]


def references(
    *,
    kinds: Sequence[str] = ("count", "money", "percent"),
    currencies: Sequence[str] = parts.CURRENCIES,
    hedged: bool = False,
) -> SearchStrategy[Reference]:
    """Valid reference figures (:class:`factcheck.Reference`) of the given amount ``kinds``.

    A reference is what a claim should say, so its amount is unhedged unless ``hedged``;
    subject, period, place, source, URL and key are each present or not, and money sometimes
    says whose prices it is in. The options are those of :func:`factcheck.strategies.amounts`.

    Shrinks towards an exact reference of 0 people with nothing else said.
    """
    return parts.reference(amounts(kinds=kinds, currencies=currencies, hedged=hedged), Reference)
