"""One reading of every claim in a sentence, for tests that pin a whole sentence's reading."""

from __future__ import annotations

from factcheck import extract
from factcheck._decimal import plain

Reading = tuple[str, str, str, str | None]
"""A claim as (text, value, unit, counted noun); a dimensionless unit reads "dimensionless"."""


def readings(text: str, locale: str = "en_GB", *, bare_numbers: bool = True) -> list[Reading]:
    """Each claim of ``extract(text, locale)`` as a :data:`Reading`, bare numbers too by default
    (the side of a rule where it must not apply is often a bare number)."""
    return [
        (
            c.span.text if c.span else "",
            plain(c.amount.value),
            str(c.amount.unit) or "dimensionless",
            getattr(c, "counted", None),
        )
        for c in extract(text, locale=locale, bare_numbers=bare_numbers)
    ]
