"""Archives beyond one machine: a Dask bag of documents to Dask DataFrames of claims and findings.

Needs the ``dask`` extra (``pip install 'factcheck[dask]'``); importing this module without it
raises :class:`factcheck.MissingDependencyError`. Each partition of the bag is read on a Dask
worker by :func:`factcheck.extract_many` (or :func:`factcheck.check_many`) in that worker's own
process, so a ``dask.distributed`` cluster spreads the archive over its machines. The frames have
a ``document`` column (the document's id) followed by the columns of
:func:`factcheck.claims_to_dataframe` and :func:`factcheck.findings_to_dataframe`: figures are
exact ``Decimal`` objects, offsets nullable integers, text pandas' ``string`` dtype (Dask's
conversion of object columns to Arrow strings is turned off for these frames). Documents that
failed are rows of the ``failures`` frame (``document``, ``error``, ``message``).

Bag elements are documents as :func:`factcheck.extract_many` takes them: ``(id, text)`` pairs
or mappings with ``text`` (and ``id``, ``locale``); a plain string's id is
``"<partition>:<position>"``. The frames of one call share their work: compute them together
(``dask.compute(frames.claims, frames.findings)``) and each partition is read once.

>>> import dask
>>> import dask.bag as db
>>> from factcheck.dask import extract_frames
>>> bag = db.from_sequence([("a", "Sales rose 5% to £3m."), ("b", "12 people came.")], npartitions=2)
>>> claims, failures = dask.compute(*extract_frames(bag), scheduler="sync")
>>> claims[["document", "kind", "unit"]].to_numpy().tolist()
[['a', 'relative_change', 'percent'], ['a', 'money', 'GBP'], ['b', 'count', 'person']]
>>> claims["value"].tolist()
[Decimal('5'), Decimal('3E+6'), Decimal('12')]
>>> len(failures)
0
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from .archive import DocumentClaims, DocumentFailure, DocumentReport, check_many, extract_many
from .checks import DEFAULT_CHECKS, DEFAULT_TOLERANCE, load_references
from .dataframe import CLAIM_COLUMNS, FINDING_COLUMNS, claims_to_dataframe, findings_to_dataframe
from .errors import ArgumentTypeError, MissingDependencyError
from .report import Report

try:
    import dask
    import dask.bag
    import dask.dataframe
    from dask.delayed import delayed
except ImportError as err:  # pragma: no cover  (the tests run with and without dask)
    raise MissingDependencyError("dask", "dask") from err

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from decimal import Decimal

    import pandas as pd

    from ._claims import Claim
    from .checks import Check, Finding, PriceIndex, Reference
    from .currency import ExchangeRate

__all__ = [
    "CLAIM_FRAME_COLUMNS",
    "FAILURE_COLUMNS",
    "FINDING_FRAME_COLUMNS",
    "CheckFrames",
    "ExtractFrames",
    "check_frames",
    "extract_frames",
]

CLAIM_FRAME_COLUMNS = ("document", *CLAIM_COLUMNS)
"""The columns of a ``claims`` frame: the document's id, then :data:`factcheck.dataframe.CLAIM_COLUMNS`."""
FINDING_FRAME_COLUMNS = ("document", *FINDING_COLUMNS)
"""The columns of a ``findings`` frame: the document's id, then :data:`factcheck.dataframe.FINDING_COLUMNS`."""
FAILURE_COLUMNS = ("document", "error", "message")
"""The columns of a ``failures`` frame: the document's id, the error's class name and its message."""


class ExtractFrames(NamedTuple):
    """What :func:`extract_frames` returns: the claims, and the documents that failed."""

    claims: dask.dataframe.DataFrame
    failures: dask.dataframe.DataFrame


class CheckFrames(NamedTuple):
    """What :func:`check_frames` returns: the claims, the findings, and the documents that failed."""

    claims: dask.dataframe.DataFrame
    findings: dask.dataframe.DataFrame
    failures: dask.dataframe.DataFrame


def _documents(partition: int, documents: Iterable[object]) -> list[object]:
    """The partition's documents, a plain string given the id ``"<partition>:<position>"``."""
    return [(f"{partition}:{i}", d) if isinstance(d, str) else d for i, d in enumerate(documents)]


def _extract_partition(partition: int, documents: Iterable[object], locale: str, bare_numbers: bool) -> list[Any]:
    found = extract_many(_documents(partition, documents), locale=locale, workers=1, bare_numbers=bare_numbers)  # type: ignore[arg-type]
    return list(found)


def _check_partition(partition: int, documents: Iterable[object], options: dict[str, Any]) -> list[Any]:
    return list(check_many(_documents(partition, documents), workers=1, **options))  # type: ignore[arg-type]


def _with_document(frame: pd.DataFrame, ids: list[str]) -> pd.DataFrame:
    import pandas as pd  # noqa: PLC0415  (comes with the dask extra)

    frame.insert(0, "document", pd.Series(ids, dtype="string", index=frame.index))
    return frame


def _claims(results: list[Any]) -> pd.DataFrame:
    claims: list[Claim] = []
    ids: list[str] = []
    for result in results:
        if isinstance(result, DocumentFailure):
            continue
        found = result.claims if isinstance(result, DocumentClaims) else result.report.claims
        claims.extend(found)
        ids.extend([result.id] * len(found))
    return _with_document(claims_to_dataframe(claims), ids)


def _findings(results: list[Any]) -> pd.DataFrame:
    findings: list[Finding] = []
    ids: list[str] = []
    for result in results:
        if isinstance(result, DocumentReport):
            findings.extend(result.report.findings)
            ids.extend([result.id] * len(result.report.findings))
    return _with_document(findings_to_dataframe(Report((), findings)), ids)


def _failures(results: list[Any]) -> pd.DataFrame:
    import pandas as pd  # noqa: PLC0415  (comes with the dask extra)

    failures = [r for r in results if isinstance(r, DocumentFailure)]
    return pd.DataFrame(
        {
            "document": pd.array([f.id for f in failures], dtype="string"),
            "error": pd.array([f.error for f in failures], dtype="string"),
            "message": pd.array([f.message for f in failures], dtype="string"),
        },
        columns=list(FAILURE_COLUMNS),
    )


def _frame(parts: Sequence[Any], build: Any) -> dask.dataframe.DataFrame:
    # Decimal columns stay objects: Dask would otherwise turn every object column into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        frame: dask.dataframe.DataFrame = dask.dataframe.from_delayed(
            [delayed(build)(part) for part in parts], meta=build([]), verify_meta=False
        )
    return frame


def _partitions(bag: dask.bag.Bag) -> list[Any]:
    parts: list[Any] = bag.to_delayed()  # type: ignore[no-untyped-call]
    return parts


def _bag(documents: object, where: str) -> dask.bag.Bag:
    """``documents`` if it is a Dask bag; else :class:`ArgumentTypeError` naming ``where`` it was passed."""
    if not isinstance(documents, dask.bag.Bag):
        raise ArgumentTypeError(where, "a dask.bag.Bag of documents (dask.bag.from_sequence(...))", documents)
    return documents


def extract_frames(documents: dask.bag.Bag, *, locale: str = "en_GB", bare_numbers: bool = False) -> ExtractFrames:
    """The claims of every document in the bag, and the documents that failed, as Dask DataFrames.

    ``bare_numbers`` is as for :func:`factcheck.extract`.

    ``claims`` has a ``document`` column and then :data:`factcheck.dataframe.CLAIM_COLUMNS`;
    ``failures`` has :data:`FAILURE_COLUMNS`. Nothing runs until they are computed.
    """
    bag = _bag(documents, "extract_frames(documents)")
    parts = [delayed(_extract_partition)(i, part, locale, bare_numbers) for i, part in enumerate(_partitions(bag))]
    return ExtractFrames(_frame(parts, _claims), _frame(parts, _failures))


def check_frames(
    documents: dask.bag.Bag,
    references: object = None,
    *,
    locale: str = "en_GB",
    checks: Sequence[Check] = DEFAULT_CHECKS,
    tolerance: Decimal | str | int = DEFAULT_TOLERANCE,
    rates: Iterable[ExchangeRate] = (),
    price_index: PriceIndex | None = None,
) -> CheckFrames:
    """Every document in the bag checked as :func:`factcheck.check_many` checks it, as Dask DataFrames.

    ``references`` is read once, here, and sent to the workers with the options. ``claims`` and
    ``findings`` have a ``document`` column and then :data:`~factcheck.dataframe.CLAIM_COLUMNS`
    and :data:`~factcheck.dataframe.FINDING_COLUMNS`; ``failures`` has :data:`FAILURE_COLUMNS`.
    """
    bag = _bag(documents, "check_frames(documents)")
    refs: tuple[Reference, ...] = () if references is None else tuple(load_references(references, locale=locale))
    options = {
        "references": refs,
        "locale": locale,
        "checks": tuple(checks),
        "tolerance": tolerance,
        "rates": tuple(rates),
        "price_index": price_index,
    }
    parts = [delayed(_check_partition)(i, part, options) for i, part in enumerate(_partitions(bag))]
    return CheckFrames(_frame(parts, _claims), _frame(parts, _findings), _frame(parts, _failures))
