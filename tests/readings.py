"""Each claim ``extract`` finds in a sentence, or each figure the scanner finds, as a tuple, for
tests that pin a whole sentence's reading.

Test modules import the shape they compare under a short local name (``readings as _read``).
A claim's value is written plainly ("200", not "2E+2"); a dimensionless unit reads "dimensionless".
A figure's value is its Decimal, its unit pint's name for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import Hedge, extract
from factcheck._decimal import plain
from factcheck._extract.scan.scanner import scan

if TYPE_CHECKING:
    from decimal import Decimal

    from factcheck import Amount, Claim

Reading = tuple[str, str, str, str | None]
"""A claim as (text, value, unit, counted noun)."""
Kind = tuple[str, str, str]
"""A claim as (kind, value, unit)."""
SpannedKind = tuple[str, str, str, str]
"""A claim as (kind, text, value, unit)."""
Noted = tuple[str, str, str, str, str | None]
"""A claim as (kind, text, value, unit, one noun field: ``counted`` or ``per``)."""


def _text(claim: Claim) -> str:
    return claim.span.text if claim.span else ""


def _unit(claim: Claim) -> str:
    return str(claim.amount.unit) or "dimensionless"


def readings(text: str, locale: str = "en_GB", *, bare_numbers: bool = True) -> list[Reading]:
    """Each claim of ``extract(text, locale)`` as a :data:`Reading`, bare numbers too by default
    (the side of a rule where it must not apply is often a bare number)."""
    return [
        (_text(c), plain(c.amount.value), _unit(c), getattr(c, "counted", None))
        for c in extract(text, locale=locale, bare_numbers=bare_numbers)
    ]


def noted_kinds(text: str, locale: str = "en_GB", *, noun: str = "counted") -> list[Noted]:
    """Each claim of ``extract(text, locale)``, bare numbers too, as a :data:`Noted` with its
    ``noun`` field (``"counted"`` or ``"per"``; ``None`` where the claim has none)."""
    return [
        (c.kind, _text(c), plain(c.amount.value), _unit(c), getattr(c, noun, None))
        for c in extract(text, locale=locale, bare_numbers=True)
    ]


def default_readings(text: str, locale: str = "en_GB") -> list[Reading]:
    """Each claim of the default reading (no bare numbers) as a :data:`Reading`."""
    return readings(text, locale, bare_numbers=False)


def _ends(low: Decimal | None, high: Decimal | None) -> str:
    """A range's ends as "low..high", plainly written ("200..300", not "2E+2..3E+2")."""
    return f"{'' if low is None else plain(low)}..{'' if high is None else plain(high)}"


def range_readings(text: str, locale: str = "en_GB") -> list[Reading]:
    """Each claim, bare numbers included, as a :data:`Reading` whose value is "low..high" for a range."""
    return [
        (
            _text(c),
            _ends(c.amount.low, c.amount.high) if c.amount.hedge is Hedge.RANGE else plain(c.amount.value),
            _unit(c),
            getattr(c, "counted", None),
        )
        for c in extract(text, locale=locale, bare_numbers=True)
    ]


def kinds(text: str, locale: str = "en_GB", *, bare_numbers: bool = True) -> list[Kind]:
    """Each claim of ``extract(text, locale)`` as a :data:`Kind`, bare numbers too by default."""
    return [(c.kind, plain(c.amount.value), _unit(c)) for c in extract(text, locale=locale, bare_numbers=bare_numbers)]


def spanned_kinds(text: str, locale: str = "en_GB", *, bare_numbers: bool = True) -> list[SpannedKind]:
    """Each claim of ``extract(text, locale)`` as a :data:`SpannedKind`, bare numbers too by default."""
    return [
        (c.kind, _text(c), plain(c.amount.value), _unit(c))
        for c in extract(text, locale=locale, bare_numbers=bare_numbers)
    ]


def figure_values(text: str, locale: str = "en_GB") -> list[tuple[Decimal, str]]:
    """Each figure the scanner finds in ``text`` as (its value, the text it covers)."""
    return [(f.amount.value, text[f.start : f.end]) for f in scan(text, locale)]


def figure_amounts(text: str, locale: str = "en_GB") -> list[tuple[str, Amount]]:
    """Each figure the scanner finds in ``text`` as (the text it covers, its amount)."""
    return [(text[f.start : f.end], f.amount) for f in scan(text, locale)]


def figure_units(text: str, locale: str = "en_GB") -> list[tuple[str, Decimal, str]]:
    """Each figure the scanner finds in ``text`` as (the text it covers, its value, its unit's name)."""
    return [(text[f.start : f.end], f.amount.value, str(f.amount.unit)) for f in scan(text, locale)]
