"""pandas DataFrames of claims, findings and reference figures; decimals stay exact.

pandas is optional (``pip install 'factcheck[pandas]'``) and imported only when one of these
functions runs. Figures are columns of ``Decimal`` objects (dtype ``object``), never floats
unless asked for with ``exact=False`` (for plotting);
offsets are nullable integers (``Int64``); text is pandas' ``string`` dtype, with ``<NA>``
where a claim does not say.

>>> from factcheck import Amount, CountClaim, ShareClaim
>>> frame = claims_to_dataframe([CountClaim(Amount.exact(5294, "person")), ShareClaim(Amount.stated("95", "percent"))])
>>> frame[["kind", "value", "low", "high", "unit"]]
    kind value   low  high     unit
0  count  5294  5294  5294   person
1  share    95  94.5  95.5  percent
>>> frame["low"].tolist()
[Decimal('5294'), Decimal('94.5')]
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from ._claims import AbsoluteChangeClaim, ChangeClaim, Claim, CountClaim, NumberClaim, RateClaim
from .checks import COLUMNS, load_references
from .errors import MissingDependencyError, ReferenceTableError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    import pandas as pd

    from ._amount import Amount
    from .checks import Reference
    from .report import Report

__all__ = [
    "CLAIM_COLUMNS",
    "FINDING_COLUMNS",
    "claims_to_dataframe",
    "findings_to_dataframe",
    "references_from_dataframe",
    "references_to_dataframe",
]

CLAIM_COLUMNS = (
    "kind",
    "text",
    "start",
    "end",
    "value",
    "low",
    "high",
    "unit",
    "currency",
    "hedge",
    "qualifier",
    "direction",
    "subject",
    "period",
    "place",
    "source",
    "key",
    "counted",
    "unit_word",
    "per",
)
"""The columns of :func:`claims_to_dataframe`, in order (the JSON lines of ``factcheck extract`` and more)."""

FINDING_COLUMNS = (
    "code",
    "severity",
    "verdict",
    "check",
    "message",
    "text",
    "start",
    "end",
    "subject",
    "value",
    "unit",
    "expected",
    "expected_unit",
    "difference",
    "difference_unit",
    "relative_difference",
    "reference_source",
    "reference_url",
    "uncertain",
)
"""The columns of :func:`findings_to_dataframe`, in order (``uncertain``: the readings the finding
is not certain of, joined with ", ", or ``None``)."""

_DECIMAL = frozenset({"value", "low", "high", "expected", "difference", "relative_difference"})
_INTEGER = frozenset({"start", "end"})


def _pandas() -> Any:
    try:
        import pandas as pd  # noqa: PLC0415  (optional dependency, imported on use)
    except ImportError as err:
        raise MissingDependencyError("pandas", "pandas") from err
    return pd


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...], *, exact: bool = True) -> pd.DataFrame:
    """A frame with exact dtypes: Decimal objects, nullable integers, nullable strings.

    With ``exact=False`` the figures are ``float64`` (``NaN`` where there is none), for plotting.
    """
    pandas = _pandas()
    data: dict[str, object] = {}
    for column in columns:
        cells = [row[column] for row in rows]
        if column in _DECIMAL and not exact:
            floats = [math.nan if cell is None else float(cell) for cell in cells]  # type: ignore[arg-type]
            data[column] = pandas.Series(floats, dtype="float64")
        elif column in _DECIMAL:
            data[column] = pandas.Series(cells, dtype=object)
        elif column in _INTEGER:
            data[column] = pandas.array(cells, dtype="Int64")
        else:
            data[column] = pandas.array(cells, dtype="string")
    frame: pd.DataFrame = pandas.DataFrame(data, columns=list(columns))
    return frame


def _unit_name(amount: Amount) -> str:
    return str(amount.unit) or "dimensionless"


def claims_to_dataframe(claims: Iterable[Claim], *, exact: bool = True) -> pd.DataFrame:
    """One row per claim, in the order given; see :data:`CLAIM_COLUMNS`.

    ``value``, ``low`` and ``high`` are ``Decimal`` (``None`` for an unbounded end); with
    ``exact=False`` they are ``float64`` (``NaN`` for an unbounded end), so ``frame.plot()`` works
    (floats only round what the text stated; keep the exact frame for arithmetic). ``period`` is
    written as :class:`~factcheck.Period` prints it ("2024", "2021-2023").

    >>> from factcheck import extract
    >>> claims_to_dataframe(extract("Sales rose from £1.2m to £1.5m."), exact=False)["value"].tolist()
    [1200000.0, 1500000.0]
    """
    rows: list[dict[str, object]] = []
    for item in claims:
        claim: object = item
        if not isinstance(claim, Claim):
            msg = f"claims_to_dataframe takes claims, got {type(claim).__name__}"
            raise TypeError(msg)
        amount, span = claim.amount, claim.span
        rows.append(
            {
                "kind": claim.kind,
                "text": None if span is None else span.text,
                "start": None if span is None else span.start,
                "end": None if span is None else span.end,
                "value": amount.value,
                "low": amount.low,
                "high": amount.high,
                "unit": _unit_name(amount),
                "currency": amount.currency,
                "hedge": amount.hedge.value,
                "qualifier": claim.qualifier,
                "direction": claim.direction.value if isinstance(claim, ChangeClaim) else None,
                "subject": claim.subject,
                "period": None if claim.period is None else str(claim.period),
                "place": claim.place,
                "source": claim.source,
                "key": claim.key,
                "counted": claim.counted if isinstance(claim, CountClaim | AbsoluteChangeClaim | RateClaim) else None,
                "unit_word": claim.unit_word if isinstance(claim, NumberClaim) else None,
                "per": claim.per if isinstance(claim, RateClaim) else None,
            }
        )
    return _frame(rows, CLAIM_COLUMNS, exact=exact)


def findings_to_dataframe(report: Report, *, exact: bool = True) -> pd.DataFrame:
    """One row per finding of ``report``, in order; see :data:`FINDING_COLUMNS`.

    ``text``, ``start``, ``end``, ``subject``, ``value`` and ``unit`` describe the finding's
    first claim; ``expected`` and ``difference`` are the finding's figures as it states them,
    each with its unit (a change judged in points against one stated in percent keeps both);
    figures are ``Decimal`` or ``None`` (``float64`` and ``NaN`` with ``exact=False``).
    """
    rows: list[dict[str, object]] = []
    for finding in report.findings:
        claim = finding.claim
        span, reference = claim.span, finding.reference
        rows.append(
            {
                "code": finding.code,
                "severity": finding.severity.label,
                "verdict": None if finding.verdict is None else finding.verdict.value,
                "check": finding.check or None,
                "message": finding.message,
                "text": None if span is None else span.text,
                "start": None if span is None else span.start,
                "end": None if span is None else span.end,
                "subject": claim.subject,
                "value": claim.amount.value,
                "unit": _unit_name(claim.amount),
                "expected": None if finding.expected is None else finding.expected.value,
                "expected_unit": None if finding.expected is None else _unit_name(finding.expected),
                "difference": None if finding.difference is None else finding.difference.value,
                "difference_unit": None if finding.difference is None else _unit_name(finding.difference),
                "relative_difference": finding.relative_difference,
                "reference_source": None if reference is None else reference.source,
                "reference_url": None if reference is None else reference.url,
                "uncertain": ", ".join(r.value for r in finding.certainty.uncertain) or None,
            }
        )
    return _frame(rows, FINDING_COLUMNS, exact=exact)


def references_to_dataframe(references: Iterable[Reference]) -> pd.DataFrame:
    """One row per reference, in the columns a reference table has (``factcheck.checks.COLUMNS``).

    ``low`` and ``high`` are filled for explicit ranges only, so that
    :func:`references_from_dataframe` reads the table back to the same references.
    """
    rows: list[dict[str, object]] = []
    for ref in references:
        ranged = ref.amount.hedge.value == "range"
        rows.append(
            {
                "value": ref.amount.value,
                "unit": _unit_name(ref.amount),
                "low": ref.amount.low if ranged else None,
                "high": ref.amount.high if ranged else None,
                "subject": ref.subject,
                "period": None if ref.period is None else str(ref.period),
                "place": ref.place,
                "source": ref.source,
                "url": ref.url,
                "key": ref.key,
                "prices": None if ref.prices is None else str(ref.prices),
                "counted": ref.counted,
                "measure": ref.measure.value,
            }
        )
    return _frame(rows, tuple(COLUMNS))


def references_from_dataframe(frame: pd.DataFrame) -> tuple[Reference, ...]:
    """Reference figures from a DataFrame with the columns of a reference table.

    Only ``value`` and ``unit`` are required (see :func:`factcheck.load_references`). Figures
    must be exact: strings, integers or ``Decimal``; a float column raises
    :class:`factcheck.ReferenceTableError` (read the table with ``dtype=str`` to keep its
    digits). Empty cells (``None``, ``NaN``, ``<NA>``) are absent values.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"value": ["5294"], "unit": ["person"], "period": ["2024"]})
    >>> (ref,) = references_from_dataframe(table)
    >>> ref.amount.value, str(ref.period)
    (Decimal('5294'), '2024')
    """
    pandas = _pandas()
    if not isinstance(frame, pandas.DataFrame):
        msg = f"expected a pandas DataFrame, got {type(frame).__name__}"
        raise ReferenceTableError("references", msg)
    unknown = [str(c) for c in frame.columns if str(c).strip() not in COLUMNS]
    if unknown:
        msg = f"unknown columns {unknown}; expected some of {list(COLUMNS)} (select them: frame[[...]])"
        raise ReferenceTableError("header", msg)
    records: list[Mapping[str, object]] = [
        {str(k).strip(): _cell(v) for k, v in row.items()} for row in frame.to_dict(orient="records")
    ]
    return load_references(records)


def _cell(value: object) -> object:
    """An empty pandas cell (``None``, ``NaN``, ``pandas.NA``, ``NaT``) as ``None``; anything else as is."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    pandas = _pandas()
    if value is pandas.NA or value is pandas.NaT:
        return None
    return value
