"""extract_many and check_many: many documents, in order, inline and on worker processes."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

import factcheck
from factcheck import (
    ArgumentTypeError,
    DocumentClaims,
    DocumentFailure,
    DocumentReport,
    ValidationError,
    check,
    check_many,
    extract,
    extract_many,
)
from factcheck.archive import CALLER_CHUNKS, CHUNK_DOCUMENTS, POOL_CHUNKS

if TYPE_CHECKING:
    from collections.abc import Iterator

TEXTS = [
    "In 2022, 1,250 nurses joined the trust.",
    "The council spent £4.5m on roads, up 12% on the year before.",
    "No figures here at all.",
    "Arrivals fell by 50%, from 120 to 90.",
]


def test_strings_get_their_position_as_id_and_results_come_in_order() -> None:
    expected = [DocumentClaims(str(i), extract(text)) for i, text in enumerate(TEXTS)]
    assert list(extract_many(TEXTS, workers=1)) == expected


def test_pairs_and_mappings_carry_their_ids_and_locales() -> None:
    documents = [
        ("first", TEXTS[0]),
        {"id": "second", "text": TEXTS[1]},
        {"id": 7, "text": "Die Zahl stieg um 5 Prozent.", "locale": "de_DE"},
        {"text": TEXTS[2]},
    ]
    expected = [
        DocumentClaims("first", extract(TEXTS[0])),
        DocumentClaims("second", extract(TEXTS[1])),
        DocumentClaims("7", extract("Die Zahl stieg um 5 Prozent.", "de_DE")),
        DocumentClaims("3", ()),
    ]
    assert list(extract_many(documents, workers=1)) == expected


def test_a_document_that_fails_gives_a_failure_record_and_the_run_goes_on() -> None:
    documents = [
        ("a", TEXTS[0]),
        ("b", 42),
        {"id": "c"},
        {"id": "d", "text": TEXTS[0], "locale": "xx_XX"},
        ("e", TEXTS[3]),
    ]
    results = list(extract_many(documents, workers=1))
    assert [type(r).__name__ for r in results] == [
        "DocumentClaims",
        "DocumentFailure",
        "DocumentFailure",
        "DocumentFailure",
        "DocumentClaims",
    ]
    assert results[1] == DocumentFailure("b", "ArgumentTypeError", "a document's text must be a str, got int 42")
    assert results[2] == DocumentFailure(
        "c", "ArgumentTypeError", "a document mapping's keys must be ones that include 'text', got list ['id']"
    )
    assert (results[3].id, results[3].error) == ("d", "ValidationError")
    assert results[4] == DocumentClaims("e", extract(TEXTS[3]))


def test_worker_processes_give_the_same_results_in_the_same_order() -> None:
    documents = [(f"doc-{i}", text) for i, text in enumerate(TEXTS * 12)] + [("bad", None)]
    inline = list(extract_many(documents, workers=1))
    assert list(extract_many(documents, workers=2)) == inline
    assert [r.id for r in inline] == [d[0] for d in documents]


def test_check_many_gives_each_document_its_report_with_its_text() -> None:
    expected = [DocumentReport(str(i), check(text)) for i, text in enumerate(TEXTS)]
    assert list(check_many(TEXTS, workers=1)) == expected
    assert list(check_many(TEXTS, workers=2)) == expected
    assert expected[3].report.text == TEXTS[3]
    assert [f.code for f in expected[3].report.findings] == ["change-inconsistent"]


def test_check_many_reads_the_references_once_and_uses_them_for_every_document() -> None:
    references = [{"value": "1300", "unit": "person", "subject": "nurses joined", "period": "2022"}]
    (result,) = check_many([TEXTS[0]], references, workers=1)
    assert isinstance(result, DocumentReport)
    assert result.report == check(TEXTS[0], references)


def test_results_stream_and_stopping_early_stops_the_workers() -> None:
    endless = ((f"n{i}", "5 people came.") for i in itertools.count())
    results = extract_many(endless, workers=2)
    first = list(itertools.islice(results, 3))
    results.close()
    assert [r.id for r in first] == ["n0", "n1", "n2"]


@pytest.mark.parametrize(("workers", "error"), [(0, ValidationError), (-2, ValidationError), ("2", ArgumentTypeError)])
def test_a_worker_count_that_is_not_a_positive_int_raises(workers: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        list(extract_many(TEXTS, workers=workers))  # type: ignore[arg-type]


def test_the_names_are_public() -> None:
    assert {"extract_many", "check_many", "DocumentClaims", "DocumentFailure", "DocumentReport"} <= set(
        factcheck.__all__
    )
    assert DocumentFailure.__module__ == "factcheck"


@pytest.mark.parametrize("workers", [1, 2])
def test_only_a_few_chunks_are_read_ahead(workers: int) -> None:
    """Memory stays flat: the input is read a few chunks ahead of the results, never to its end."""
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for _ in itertools.count():
            pulled += 1
            yield "5 people came."

    results = extract_many(endless(), workers=workers)
    next(results)
    results.close()
    ahead = (POOL_CHUNKS * (workers - 1) + CALLER_CHUNKS + 1) * CHUNK_DOCUMENTS if workers > 1 else CHUNK_DOCUMENTS
    assert pulled <= ahead


class _KillsTheWorker:
    """A check that never runs: unpickling it in a worker ends that worker's process."""

    def __reduce__(self) -> tuple[object, ...]:
        return os._exit, (3,)

    def __call__(self, claims: object, ctx: object, /) -> Iterator[factcheck.Finding]:
        return iter(())


def test_a_worker_that_dies_fails_its_documents_and_the_run_ends() -> None:
    """The pool's chunks fail; the chunks the calling process read itself are reports."""
    documents = [(f"d{i}", TEXTS[i % 4]) for i in range(40)]
    results = list(check_many(documents, checks=[_KillsTheWorker()], workers=2))
    assert [r.id for r in results] == [d[0] for d in documents]
    pooled = POOL_CHUNKS * CHUNK_DOCUMENTS  # the first chunks always go to the pool
    assert [(r.id, type(r).__name__, r.error) for r in results[:pooled]] == [  # type: ignore[union-attr]
        (f"d{i}", "DocumentFailure", "BrokenProcessPool") for i in range(pooled)
    ]
    for (_, text), result in zip(documents[pooled:], results[pooled:], strict=True):
        if isinstance(result, DocumentFailure):
            assert result.error == "BrokenProcessPool"
        else:
            assert result == DocumentReport(result.id, check(text, checks=[]))


_CHECKED_HERE: list[int] = []


class _CountsWhereItRuns:
    """A check that finds nothing and notes each call made in this process."""

    def __call__(self, claims: object, ctx: object, /) -> Iterator[factcheck.Finding]:
        _CHECKED_HERE.append(os.getpid())
        return iter(())


def test_the_calling_process_reads_documents_while_the_worker_starts() -> None:
    """``workers=2`` is this process and one worker: this one reads chunks rather than wait."""
    documents = [(f"d{i}", TEXTS[i % 4]) for i in range(6 * CHUNK_DOCUMENTS)]
    _CHECKED_HERE.clear()
    results = list(check_many(documents, checks=[_CountsWhereItRuns()], workers=2))
    assert results == [DocumentReport(d[0], check(d[1], checks=[])) for d in documents]
    # only calls in this process reach this list (a worker appends to its own copy): this process
    # checked at least one chunk, and the worker the rest
    assert CHUNK_DOCUMENTS <= len(_CHECKED_HERE) < len(documents)


def test_three_workers_give_the_same_results_as_one() -> None:
    documents = [(f"doc-{i}", text) for i, text in enumerate(TEXTS * 20)]
    assert list(extract_many(documents, workers=3)) == list(extract_many(documents, workers=1))


_WORKER_COLLECTOR = """
import gc, pickle, sys
from factcheck.archive import _start_worker, _Task
default = gc.get_threshold()
_start_worker(pickle.dumps(_Task()), "en_GB")
after = gc.get_threshold()
print(after[0], after[1:] == default[1:], gc.get_freeze_count() > 0, file=sys.stderr)
"""


def test_a_worker_freezes_what_it_loaded_and_collects_garbage_seldom() -> None:
    """A worker process is factcheck's own: its collector is set as in the command's process."""
    done = subprocess.run([sys.executable, "-c", _WORKER_COLLECTOR], capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stderr.split() == ["500000", "True", "True"]


def test_modules_hidden_while_a_worker_starts_are_importable_again_afterwards() -> None:
    import importlib  # noqa: PLC0415

    from factcheck.units import _hidden  # noqa: PLC0415

    sys.modules.pop("tabnanny", None)
    with _hidden(["tabnanny", "os"]):
        with pytest.raises(ImportError):
            importlib.import_module("tabnanny")
        assert importlib.import_module("os") is os  # imported before: left alone
    assert importlib.import_module("tabnanny").__name__ == "tabnanny"


class _NeedsNumpy:
    """A check whose unpickling imports numpy, as a check from a module that uses it would."""

    def __reduce__(self) -> tuple[object, ...]:
        return _needs_numpy, ()

    def __call__(self, claims: object, ctx: object, /) -> Iterator[factcheck.Finding]:
        return iter(())


def _needs_numpy() -> _NeedsNumpy:
    import numpy as np  # noqa: F401, PLC0415

    return _NeedsNumpy()


def test_a_check_that_imports_what_pint_is_kept_from_still_runs_on_the_workers() -> None:
    pytest.importorskip("numpy")
    documents = [(f"d{i}", TEXTS[i % 4]) for i in range(4 * CHUNK_DOCUMENTS)]
    results = list(check_many(documents, checks=[_NeedsNumpy()], workers=2))
    assert results == [DocumentReport(d[0], check(d[1], checks=[])) for d in documents]
