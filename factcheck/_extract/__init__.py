"""Extraction: every checkable figure in a text, as typed claims with spans.

Four stages, each a folder that imports only the ones before it (an import-linter contract):
``text`` (sentences, the word index, tokens, periods) -> ``scan`` (text to figures) -> ``read``
(a figure in its clause to a draft claim) -> ``link`` (drafts to relations). :mod:`.pipeline`
runs them; :mod:`.amount_parser` reads exactly one figure for :func:`parse_amount`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck._extract.amount_parser import parse_amount
from factcheck._locale import babel_name
from factcheck._precision import DEFAULT_POLICY
from factcheck.errors import ArgumentTypeError

if TYPE_CHECKING:
    from factcheck._claims import Claim
    from factcheck._precision import PrecisionPolicy

__all__ = ["extract", "parse_amount"]


def extract(
    text: str, locale: str = "en_GB", *, policy: PrecisionPolicy = DEFAULT_POLICY, bare_numbers: bool = False
) -> list[Claim]:
    """Every checkable figure in ``text`` as a typed claim, in text order.

    Each claim's ``span`` holds its offsets and ``text[span.start:span.end] == span.text``.
    Years and dates give claims their ``period`` and are not claims themselves. Nor, by default,
    is a bare number in running prose: one with no unit, no counted noun and no subject named
    before it ("they voted 66 to 27", "key stages 1 and 2", "S. 3"). Nothing says what it
    measures, so there is nothing to check it against. ``bare_numbers=True`` returns them too,
    as :class:`~factcheck.NumberClaim`. A level whose subject comes first ("arrests rose to
    900") and a number alone in a table cell are returned either way. Claims that are
    odd on their face (a negative count, a fall of 120%) are kept, built ``as_stated``:
    :func:`factcheck.violations` lists their problems. Never raises for any ``str``; an unknown
    ``locale`` raises :class:`factcheck.ValidationError`.

    >>> [c.kind for c in extract("In 2023, 5,294 Albanians were returned, a drop of 95%.")]
    ['count', 'relative_change']
    >>> [c.span.text for c in extract("They voted 66 to 27.", bare_numbers=True)], extract("They voted 66 to 27.")
    (['66', '27'], [])
    >>> claim = extract("In 2023, 5,294 Albanians were returned.")[0]
    >>> claim.amount.value, str(claim.amount.unit), claim.subject, str(claim.period)
    (Decimal('5294'), 'person', 'Albanians returned', '2023')
    """
    # The read and link stages (about 30 ms of imports and their word tables) load on the first
    # extract, not for parse_amount, which needs only the scanner.
    from factcheck._extract.pipeline import run  # noqa: PLC0415

    if not isinstance(text, str):
        raise ArgumentTypeError("extract(text)", "a str", text)
    if not isinstance(locale, str):
        raise ArgumentTypeError("extract(locale=)", "a locale name such as 'en_GB'", locale)
    if not isinstance(bare_numbers, bool):
        raise ArgumentTypeError("extract(bare_numbers=)", "True or False", bare_numbers)
    return run(text, babel_name(locale), policy=policy, bare_numbers=bare_numbers)
