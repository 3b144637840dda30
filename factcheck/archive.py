"""Archives: :func:`extract_many` and :func:`check_many` over many documents, on every core.

Documents go in as an iterable (a generator over a folder or a corpus file is fine: it is read
as the work goes on, never all at once) and results come out in the same order, one per
document, as soon as the documents before them are done. ``workers`` is how many processes work:
the calling one and ``workers - 1`` worker processes started with the *spawn* method (safe on
every platform, and with threads in the caller). Each worker builds the unit registry and reads
the word tables once, then takes chunks of documents; the calling process sends them, and reads
the next chunk itself whenever the oldest one is not back yet, so on ``workers`` cores no process
beyond ``workers`` competes with the work. A few chunks are in flight at a time (:data:`POOL_CHUNKS` a worker
and :data:`CALLER_CHUNKS`), so memory stays flat however long the archive is. ``workers=1`` runs
in the calling process, with no pool.

A document that cannot be read (it is not text, or extraction or a check raised) gives a
:class:`DocumentFailure` with its id and the error, and the run goes on. A
:class:`DocumentFailure` among the documents (a file its reader could not open) comes out as it
went in, in its place.

A document is one of:

* a ``str``: the text; its id is its position in the input, as a string (``"0"``, ``"1"``...);
* an ``(id, text)`` pair;
* a mapping with a ``"text"`` key and optionally ``"id"`` and ``"locale"`` (a JSON Lines record).

>>> from factcheck import extract_many
>>> results = list(extract_many(["Sales rose 5%.", ("memo", "3 staff left.")], workers=1))
>>> [(r.id, [c.kind for c in r.claims]) for r in results]
[('0', ['relative_change']), ('memo', ['count'])]
>>> list(extract_many([("bad", 42)], workers=1))
[DocumentFailure(id='bad', error='ArgumentTypeError', message="a document's text must be a str, got int 42")]

With processes, a script must start its work under ``if __name__ == "__main__":`` (the spawn
method imports the script again in each worker).
"""

from __future__ import annotations

import collections
import os
import pickle
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from . import units
from ._claims import Claim
from ._collector import collect_seldom
from ._extract import extract
from ._locale import babel_name
from ._precision import DEFAULT_POLICY
from ._typed import typed_tuple
from .checks import DEFAULT_CHECKS, DEFAULT_TOLERANCE, load_references
from .errors import ArgumentTypeError, ValidationError
from .report import Report, check

if TYPE_CHECKING:
    from collections.abc import Generator, Sequence
    from concurrent.futures import Future
    from decimal import Decimal

    from ._precision import PrecisionPolicy
    from .checks import Check, PriceIndex, Reference
    from .currency import ExchangeRate

__all__ = [
    "CheckResult",
    "Document",
    "DocumentClaims",
    "DocumentFailure",
    "DocumentReport",
    "ExtractResult",
    "check_many",
    "extract_many",
]

Document: TypeAlias = "str | tuple[str, str] | Mapping[str, object]"
"""One document: its text, an ``(id, text)`` pair, or a mapping with ``text`` (and ``id``, ``locale``)."""

CHUNK_DOCUMENTS: Final = 16
"""Documents per chunk sent to a worker (fewer when they pass :data:`CHUNK_CHARACTERS`)."""
CHUNK_CHARACTERS: Final = 256_000
"""Characters per chunk sent to a worker, at most (a single longer document is a chunk of its own)."""
POOL_CHUNKS: Final = 2
"""Chunks kept in flight for each worker process, so that none waits for its next chunk."""
CALLER_CHUNKS: Final = 8
"""Chunks the calling process reads itself, at most, while the oldest chunk in flight is not back."""


def _claims(value: Iterable[object]) -> tuple[Claim, ...]:
    return typed_tuple(value, Claim, "a document's claims must be Claims")


@frozen
class DocumentClaims:
    """What :func:`extract_many` found in one document: its id and its claims, in text order."""

    id: str = field(validator=attrs.validators.instance_of(str))
    claims: tuple[Claim, ...] = field(converter=_claims)


@frozen
class DocumentReport:
    """What :func:`check_many` found in one document: its id and its :class:`~factcheck.Report`."""

    id: str = field(validator=attrs.validators.instance_of(str))
    report: Report = field(validator=attrs.validators.instance_of(Report))


@frozen
class DocumentFailure:
    """A document that could not be read or checked: its id, the error's class name and message.

    The error travels as text, since an exception raised in a worker process may not survive
    pickling; ``error`` is the class name (``"ArgumentTypeError"``, ``"RecursionError"``).
    """

    id: str = field(validator=attrs.validators.instance_of(str))
    error: str = field(validator=attrs.validators.instance_of(str))
    message: str = field(validator=attrs.validators.instance_of(str))

    @classmethod
    def of(cls, document_id: str, error: BaseException) -> DocumentFailure:
        """The failure of ``document_id`` raising ``error``."""
        return cls(document_id, type(error).__name__, str(error))


ExtractResult: TypeAlias = "DocumentClaims | DocumentFailure"
"""What :func:`extract_many` yields for each document."""
CheckResult: TypeAlias = "DocumentReport | DocumentFailure"
"""What :func:`check_many` yields for each document."""

_Job: TypeAlias = "tuple[str, str, str]"  # id, text, locale
_Any: TypeAlias = "DocumentClaims | DocumentReport | DocumentFailure"
_Result = TypeVar("_Result", DocumentClaims, DocumentReport)


@frozen
class _Task:
    """What a worker needs besides the documents: extract or check, and the checks' options."""

    policy: PrecisionPolicy = DEFAULT_POLICY
    check: bool = False
    references: tuple[Reference, ...] = ()
    checks: tuple[Check, ...] = ()
    tolerance: Decimal | str | int = DEFAULT_TOLERANCE
    rates: tuple[ExchangeRate, ...] = ()
    price_index: PriceIndex | None = None
    bare_numbers: bool = False

    def run(self, document_id: str, text: str, locale: str) -> DocumentClaims | DocumentReport:
        """Extract (and check) one document; raises what extraction or a check raises."""
        claims = extract(text, locale, policy=self.policy, bare_numbers=self.bare_numbers)
        if not self.check:
            return DocumentClaims(document_id, claims)
        report = check(
            claims,
            self.references,
            checks=self.checks,
            locale=locale,
            tolerance=self.tolerance,
            rates=self.rates,
            price_index=self.price_index,
        )
        return DocumentReport(document_id, report)


def _run_chunk(task: _Task, jobs: Sequence[_Job]) -> list[_Any]:
    results: list[_Any] = []
    for document_id, text, locale in jobs:
        try:
            results.append(task.run(document_id, text, locale))
        except Exception as err:  # noqa: BLE001, PERF203  (a document that fails is reported; the run goes on)
            results.append(DocumentFailure.of(document_id, err))
    return results


_WORKER_TASK: _Task | None = None


def _start_worker(task: bytes, locale: str) -> None:
    """Each worker's initializer: build the registry, keep the task, read the word tables once.

    pint is imported and its registry built first, with its optional array libraries hidden: a
    worker runs only extraction and checks, on ``Decimal`` figures, and starts faster without
    them. The task comes pickled, so that the amounts in it are rebuilt only then, on that
    registry; it is unpickled with nothing hidden, since the modules of a caller's own checks
    may import those libraries. What the worker has loaded then is frozen, and its collector runs
    seldom, as in the ``factcheck`` command's process (:func:`factcheck._collector.collect_seldom`):
    the process is factcheck's, and reading makes no reference cycles.
    """
    global _WORKER_TASK  # noqa: PLW0603  (one task per worker process, set once)
    units.build_lean_registry()
    _WORKER_TASK = pickle.loads(task)  # noqa: S301  (the calling process pickled it)
    extract("In 2024, 5,294 people paid £1.2m, up 5%.", locale)
    collect_seldom()


def _worker_chunk(jobs: Sequence[_Job]) -> bytes:
    """A chunk's results in a worker, pickled; reports travel without the text the caller holds.

    The results go back as bytes, unpickled by :func:`_collect` in the caller's own thread: the
    pool's thread only passes them on, so it never rebuilds amounts (and looks units up in the
    registry) while the caller's thread reads documents.
    """
    assert _WORKER_TASK is not None, "the pool's initializer sets the task"  # noqa: S101
    results = [
        attrs.evolve(result, report=attrs.evolve(result.report, text=None))
        if isinstance(result, DocumentReport)
        else result
        for result in _run_chunk(_WORKER_TASK, jobs)
    ]
    return pickle.dumps(results, protocol=pickle.HIGHEST_PROTOCOL)


def _job(position: int, document: object, locale: str) -> _Job:
    """``document`` as (id, text, locale); raises :class:`ArgumentTypeError` for anything else."""
    document_id: object = str(position)
    text: object = document
    document_locale: object = locale
    if isinstance(document, tuple) and len(document) == 2:  # noqa: PLR2004  (an (id, text) pair)
        document_id, text = document
    elif isinstance(document, Mapping):
        if "text" not in document:
            raise ArgumentTypeError("a document mapping's keys", "ones that include 'text'", sorted(map(str, document)))
        text = document["text"]
        document_id = document.get("id", document_id)
        document_locale = document.get("locale") or locale
    if not isinstance(document_id, (str, int)):
        raise ArgumentTypeError("a document's id", "a str or an int", document_id)
    if not isinstance(text, str):
        raise ArgumentTypeError("a document's text", "a str", text)
    if not isinstance(document_locale, str):
        raise ArgumentTypeError("a document's locale", "a locale name such as 'en_GB'", document_locale)
    return str(document_id), text, babel_name(document_locale)


def _chunks(documents: Iterable[object], locale: str) -> Iterator[list[_Job | DocumentFailure]]:
    """The documents as jobs, in chunks; a document that is not one is a failure in its place."""
    chunk: list[_Job | DocumentFailure] = []
    characters = 0
    for position, document in enumerate(documents):
        if isinstance(document, DocumentFailure):  # a reader's own failure keeps its place
            chunk.append(document)
            continue
        try:
            job = _job(position, document, locale)
        except ArgumentTypeError as err:
            chunk.append(DocumentFailure.of(_fallback_id(position, document), err))
            continue
        chunk.append(job)
        characters += len(job[1])
        if len(chunk) >= CHUNK_DOCUMENTS or characters >= CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
    if chunk:
        yield chunk


def _fallback_id(position: int, document: object) -> str:
    """The id of a document that could not be read: its own if it has a readable one, else its position."""
    candidate: object = None
    if isinstance(document, tuple) and document:
        candidate = document[0]
    elif isinstance(document, Mapping):
        candidate = document.get("id")
    return str(candidate) if isinstance(candidate, (str, int)) else str(position)


def _worker_count(workers: int | None) -> int:
    if workers is None:
        return os.cpu_count() or 1
    if not isinstance(workers, int) or isinstance(workers, bool):
        raise ArgumentTypeError("workers=", "a positive int or None", workers)
    if workers < 1:
        raise ValidationError("workers", workers, "must be at least 1 (None: one per CPU)")
    return workers


def _merge(chunk: list[_Job | DocumentFailure], done: list[_Any]) -> Iterator[_Any]:
    """The chunk's results in its order: the workers' results where it held jobs.

    A report comes back from a worker without its text (half the traffic); it gets it back here.
    (A report made here, by this process, keeps its own.)
    """
    results = iter(done)
    for item in chunk:
        if isinstance(item, DocumentFailure):
            yield item
            continue
        result = next(results)
        if isinstance(result, DocumentReport) and result.report.text is None:
            result = attrs.evolve(result, report=attrs.evolve(result.report, text=item[1]))
        yield result


def _jobs(chunk: list[_Job | DocumentFailure]) -> list[_Job]:
    return [item for item in chunk if not isinstance(item, DocumentFailure)]


def _run(task: _Task, documents: Iterable[object], locale: str, workers: int | None) -> Iterator[_Any]:
    count = _worker_count(workers)
    if count == 1:
        for chunk in _chunks(documents, locale):
            yield from _merge(chunk, _run_chunk(task, _jobs(chunk)))
        return
    yield from _pooled(task, _chunks(documents, locale), locale, count)


def _pooled(task: _Task, chunks: Iterator[list[_Job | DocumentFailure]], locale: str, workers: int) -> Iterator[_Any]:
    """Run the chunks on this process and ``workers - 1`` spawned ones, yielding results in input order.

    The pool is kept :data:`POOL_CHUNKS` chunks a process ahead; whenever the oldest chunk is not
    back yet, this process reads the next chunk itself instead of waiting (at most
    :data:`CALLER_CHUNKS` chunks ahead of the oldest), so ``workers`` processes work in all and the
    caller is busy while the pool starts. If a worker dies (killed, out of memory), the documents
    of the chunks in flight on the pool fail with ``BrokenProcessPool`` and a new pool takes the rest.
    """
    pool = _Pool(task, locale, workers - 1)
    at_pool = POOL_CHUNKS * (workers - 1)
    limit = at_pool + CALLER_CHUNKS
    in_flight: collections.deque[tuple[list[_Job | DocumentFailure], Future[bytes] | list[_Any], int]]
    in_flight = collections.deque()
    pooled = 0  # chunks of in_flight that are on the pool
    more = True
    try:
        while True:
            while more and pooled < at_pool:
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    break
                in_flight.append((chunk, *pool.submit(_jobs(chunk))))
                pooled += 1
            if not in_flight:
                return
            chunk, work, generation = in_flight[0]
            if isinstance(work, list):
                in_flight.popleft()
                yield from _merge(chunk, work)
            elif work.done() or not more or len(in_flight) >= limit:
                in_flight.popleft()
                pooled -= 1
                if (yield from _collect(chunk, work)):
                    pool.renew(generation)
            else:  # the oldest chunk is still on the pool: read the next one here rather than wait
                chunk = next(chunks, None)
                if chunk is None:
                    more = False
                    continue
                in_flight.append((chunk, _run_chunk(task, _jobs(chunk)), -1))
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)


class _Pool:
    """A spawn process pool that is replaced when it breaks; ``generation`` counts the replacements."""

    def __init__(self, task: _Task, locale: str, workers: int) -> None:
        self.task, self.locale, self.workers = task, locale, workers
        self.generation = 0
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers,
            mp_context=get_context("spawn"),
            initializer=_start_worker,
            initargs=(pickle.dumps(self.task), self.locale),
        )

    def renew(self, generation: int) -> None:
        """Replace the pool that broke, unless a chunk of an older one already did."""
        if generation == self.generation:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            self.generation += 1

    def submit(self, jobs: list[_Job]) -> tuple[Future[bytes], int]:
        """Send ``jobs`` to a worker; returns the future and the pool's generation."""
        try:
            return self.executor.submit(_worker_chunk, jobs), self.generation
        except BrokenProcessPool:
            self.renew(self.generation)
            return self.executor.submit(_worker_chunk, jobs), self.generation


def _collect(chunk: list[_Job | DocumentFailure], future: Future[bytes]) -> Generator[_Any, None, bool]:
    """Yield a chunk's results in order; returns whether the pool broke."""
    try:
        done = future.result()
    except BrokenProcessPool as err:
        yield from (item if isinstance(item, DocumentFailure) else DocumentFailure.of(item[0], err) for item in chunk)
        return True
    yield from _merge(chunk, pickle.loads(done))  # noqa: S301  (our workers pickled it)
    return False


def extract_many(
    documents: Iterable[Document | DocumentFailure],
    *,
    locale: str = "en_GB",
    workers: int | None = None,
    policy: PrecisionPolicy = DEFAULT_POLICY,
    bare_numbers: bool = False,
) -> Generator[ExtractResult, None, None]:
    """:func:`factcheck.extract` over many documents: one result per document, in input order.

    ``documents`` is any iterable of :data:`Document` (text, ``(id, text)``, or a mapping with
    ``text``, ``id`` and ``locale``); ``locale`` is the locale of documents that name none.
    ``workers`` is how many processes work: this one and ``workers - 1`` spawned ones (``None``:
    one per CPU; ``1``: this process alone). ``policy`` and ``bare_numbers`` are as for
    :func:`factcheck.extract`.
    Yields :class:`DocumentClaims`, or :class:`DocumentFailure` for a document that failed.
    The result is a generator: close it (or stop iterating it) to stop the workers.
    """
    if not isinstance(locale, str):
        raise ArgumentTypeError("extract_many(locale=)", "a locale name such as 'en_GB'", locale)
    if not isinstance(bare_numbers, bool):
        raise ArgumentTypeError("extract_many(bare_numbers=)", "True or False", bare_numbers)
    results = _run(_Task(policy, bare_numbers=bare_numbers), documents, babel_name(locale), workers)
    return _typed(results, DocumentClaims)


def check_many(
    documents: Iterable[Document | DocumentFailure],
    references: object = None,
    *,
    locale: str = "en_GB",
    workers: int | None = None,
    checks: Sequence[Check] = DEFAULT_CHECKS,
    tolerance: Decimal | str | int = DEFAULT_TOLERANCE,
    rates: Iterable[ExchangeRate] = (),
    price_index: PriceIndex | None = None,
    policy: PrecisionPolicy = DEFAULT_POLICY,
) -> Generator[CheckResult, None, None]:
    """:func:`factcheck.check` over many documents: one result per document, in input order.

    Each document's :class:`~factcheck.Report` is ``check(text, references, ...)`` with the
    same options for every document (``references`` read once, here, as
    :func:`~factcheck.load_references` reads them), and keeps the document's text. Documents,
    ``locale`` and ``workers`` are as for :func:`extract_many`. Yields :class:`DocumentReport`,
    or :class:`DocumentFailure` for a document that failed.

    >>> from factcheck import check_many
    >>> (result,) = check_many([("a", "Of the 40 staff, 25 left, or 80%.")], workers=1)
    >>> result.id, [f.code for f in result.report.findings]
    ('a', ['share-inconsistent'])
    """
    if not isinstance(locale, str):
        raise ArgumentTypeError("check_many(locale=)", "a locale name such as 'en_GB'", locale)
    locale = babel_name(locale)
    refs = () if references is None else load_references(references, locale=locale)
    task = _Task(policy, True, tuple(refs), tuple(checks), tolerance, tuple(rates), price_index)  # noqa: FBT003
    return _typed(_run(task, documents, locale, workers), DocumentReport)


def _typed(results: Iterator[_Any], kind: type[_Result]) -> Generator[_Result | DocumentFailure, None, None]:
    for result in results:
        assert isinstance(result, (kind, DocumentFailure))  # noqa: S101  (the task decides the kind)
        yield result
