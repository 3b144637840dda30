"""Checking claims against reference figures, with verdicts on the scale of :class:`Verdict`.

Matching. A claim with a ``key`` matches the references with that key. Otherwise a reference
matches when its period equals the claim's and so does its place (both missing counts as equal),
and its subject words (normalised as in :func:`factcheck.checks._grouping.normalise`) are

* all words of the claim's subject: "Albanians returned" matches a claim about "Albanians
  returned from the UK"; or
* a superset of the claim's subject words, and its unit compares with the claim's: a claim about
  "Albanians" (all extraction found) matches "Albanians returned" when both count people.

A reference judges only a claim of what it measures (:class:`factcheck.Measure`): a change
reference only a change ("rose by 5%"), a share reference only a share, a rate reference only
a rate; a level reference (the default) any claim but a change, so a change is never judged
against a level ("rose by 5%" against an unemployment rate of 4.4%).

A reference that names what it counts (``counted``) never matches a claim counting another
noun ("4 homes" and a count of cylinders), even in the same unit.

Of several matches, those whose units compare with the claim's win, then references whose words
all appear in the claim's subject, then the most specific (most words), then the first in the table.

A reference given as a bare number (unit ``dimensionless``) compares with a claim that counts
people or things, and the other way round: the table need not say what is counted.

Comparison. Figures of a change compare signed (a fall is negative). Money in another currency
converts only through an :class:`factcheck.ExchangeRate` the caller passed; a reference in real
terms (``prices`` set) converts into the claim's cash terms only through the caller's
:class:`PriceIndex`. Verdicts, best first:

* ``accurate``: the reference figure equals the claim's;
* ``accurate within rounding``: the reference figure lies within the claim's stated rounding or hedge;
* ``close``: the relative error is within the caller's ``tolerance``;
* ``only if rounded``: the two overlap only because the reference (or the claim) was visibly rounded;
* ``inaccurate``: none of the above, with the absolute and relative error;
* ``cannot be checked``: no reference matches, or the units do not compare.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from factcheck import units
from factcheck._claims import ChangeClaim
from factcheck._decimal import CONTEXT
from factcheck.errors import FactcheckError

from ._certainty import inferred
from ._finding import Facts, Finding, Verdict
from ._grouping import counted_key, normalise, unit_key
from ._judge import difference_amount, visibly_rounded

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    import pint

    from factcheck._amount import Amount
    from factcheck._claims import Claim

    from . import CheckContext
    from ._references import Reference

__all__ = ["ReferenceIndex", "against_references"]


class ReferenceIndex:
    """References indexed by key and by subject word, so matching a claim never scans the table.

    A reference whose words all appear in a claim's subject is found under its rarest word; one
    whose words include all of the claim's is in the intersection of the claim's words' lists.
    """

    def __init__(self, references: Sequence[Reference]) -> None:
        self._references = tuple(references)
        self._by_key: dict[str, list[int]] = {}
        self._by_word: dict[str, set[int]] = {}
        self._words: list[frozenset[str]] = []
        for i, ref in enumerate(self._references):
            if ref.key is not None:
                self._by_key.setdefault(ref.key, []).append(i)
            words = frozenset((normalise(ref.subject) or "").split())
            self._words.append(words)
            for word in words:
                self._by_word.setdefault(word, set()).add(i)
        self._by_rarest: dict[str, list[int]] = {}
        for i, words in enumerate(self._words):
            if words:
                rarest = min(words, key=lambda w: (len(self._by_word[w]), w))
                self._by_rarest.setdefault(rarest, []).append(i)

    def candidates(self, claim: Claim) -> list[Reference]:
        """The references that match ``claim``, best first (see the module docstring)."""
        if claim.key is not None:
            return [
                self._references[i]
                for i in self._by_key.get(claim.key, [])
                if self._references[i].measure.admits(claim)
            ]
        words = frozenset((normalise(claim.subject) or "").split())
        if not words:
            return []
        within = {i for w in words for i in self._by_rarest.get(w, ()) if self._words[i] <= words}
        lists = sorted((self._by_word.get(w, set()) for w in words), key=len)
        superset = set(lists[0]).intersection(*lists[1:]) if lists[0] else set()
        place = normalise(claim.place)
        counted = counted_key(claim)
        comparable = unit_key(claim.amount.unit)
        ranked: list[tuple[bool, bool, int, int]] = []
        for i in within | superset:
            ref = self._references[i]
            if ref.period != claim.period or normalise(ref.place) != place or not ref.measure.admits(claim):
                continue
            if counted is not None and ref.counted is not None and ref.counted != counted:
                continue  # "4 homes" is not checked against a count of cylinders
            same_units = unit_key(ref.amount.unit) == comparable or _alike(ref.amount.unit, claim.amount.unit)
            if i in within or same_units:
                ranked.append((not same_units, i not in within, -len(self._words[i]), i))
        return [self._references[r[-1]] for r in sorted(ranked)]


def _alike(a: pint.Unit, b: pint.Unit) -> bool:
    """Units a reference and a claim compare in: money (through a rate), or a bare number and a count."""
    return (units.is_currency(a) and units.is_currency(b)) or units.bare_beside_counted(a, b)


def against_references(claims: Sequence[Claim], ctx: CheckContext) -> Iterator[Finding]:
    """Each claim against its best matching reference; nothing when no references were given.

    Codes: ``reference-accurate``, ``reference-accurate-within-rounding`` (OK),
    ``reference-close``, ``reference-uncheckable``, ``no-reference`` (INFO),
    ``reference-only-if-rounded`` (WARNING), ``reference-inaccurate`` (ERROR).

    >>> from factcheck import Amount, CheckContext, CountClaim, Period, Reference
    >>> ref = Reference(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024),
    ...                 source="Home Office")
    >>> claim = CountClaim(Amount.exact(4900, "person"), subject="Albanians returned", period=Period.year(2024))
    >>> (finding,) = against_references([claim], CheckContext(references=(ref,)))
    >>> finding.code
    'reference-inaccurate'
    >>> print(finding.message)  # doctest: +NORMALIZE_WHITESPACE
    4,900 people (Albanians returned, 2024): Home Office gives 5,294 people;
    inaccurate, off by 394 people (7.44%).
    """
    if not ctx.references:
        return
    index = ReferenceIndex(ctx.references)
    for claim in claims:
        refs = index.candidates(claim)
        if not refs:
            yield Finding.from_facts(
                "no-reference",
                Verdict.UNCHECKABLE.severity,
                (claim,),
                locale=ctx.locale,
                verdict=Verdict.UNCHECKABLE,
                check="against_references",
            )
            continue
        yield _compare(claim, refs[0], ctx)


def _in_claim_terms(claim: Claim, ref: Reference, ctx: CheckContext) -> Amount | str:
    """The reference figure in the claim's unit and cash terms, or why it cannot be.

    The reason is ``currency``, ``prices`` or ``period`` (a change per period against another period's).
    """
    amount = ref.amount
    claim_code, ref_code = claim.amount.currency, amount.currency
    if claim_code is not None and ref_code is not None and claim_code != ref_code:
        rate = next((r for r in ctx.rates if {r.base, r.quote} == {claim_code, ref_code}), None)
        if rate is None:
            return "currency"  # pass an ExchangeRate between the two
        amount = rate.convert(amount)
    if ref.prices is not None:
        period = claim.period or ref.period
        if ctx.price_index is None or period is None:
            return "prices"  # pass a price_index to compare cash figures
        amount = ctx.price_index.in_prices_of(amount, ref.prices, period)
    target = claim.amount.unit
    if target != amount.unit and (units.is_percent_per_time(target) or units.is_percent_per_time(amount.unit)):
        return "period"  # "4% a year" and "0.33% a month" or "4%": a growth rate compounds, no factor converts it
    if units.dimensionless() in (amount.unit, target) and _alike(amount.unit, target):
        amount = attrs.evolve(amount, unit=target)  # a bare number counts what the claim counts
    return amount.to(target)


def _compare(claim: Claim, ref: Reference, ctx: CheckContext) -> Finding:
    detail = None
    try:
        expected = _in_claim_terms(claim, ref, ctx)
    except (FactcheckError, ArithmeticError) as err:
        expected, detail = "units", str(err)
    if isinstance(expected, str):
        return Finding.from_facts(
            "reference-uncheckable",
            Verdict.UNCHECKABLE.severity,
            (claim,),
            Facts(reason=expected, detail=detail),
            locale=ctx.locale,
            verdict=Verdict.UNCHECKABLE,
            check="against_references",
            reference=ref,
        )
    stated = claim.signed if isinstance(claim, ChangeClaim) else claim.amount
    value = stated.value
    diff = CONTEXT.subtract(value, expected.value)
    relative = None if expected.value.is_zero() else CONTEXT.divide(diff, abs(expected.value))
    if value == expected.value:
        verdict = Verdict.ACCURATE
    elif stated.bounds.touches(expected.value):
        verdict = Verdict.ACCURATE_WITHIN_ROUNDING
    elif relative is not None and abs(relative) <= ctx.tolerance:
        verdict = Verdict.CLOSE
    elif (visibly_rounded(ref.amount) or visibly_rounded(claim.amount)) and stated.bounds.overlaps(expected.bounds):
        verdict = Verdict.ONLY_IF_ROUNDED
    else:
        verdict = Verdict.INACCURATE
    return Finding.from_facts(
        "reference-" + verdict.value.replace("_", "-"),
        verdict.severity,
        (claim,),
        Facts(certainty=inferred([claim], periods=ref.period is not None)),
        locale=ctx.locale,
        verdict=verdict,
        check="against_references",
        expected=expected,
        difference=difference_amount(diff, expected),
        relative_difference=relative,
        reference=ref,
    )
