"""Archives on the command line: folders and JSON Lines corpora as documents, progress, the summary.

``factcheck extract|check PATH...`` reads each PATH as:

* ``-``: standard input, one document with the id ``-``;
* a folder: every file in it (recursively) whose name matches ``--glob`` (default ``*.txt``),
  in sorted order, each a document whose id is its path;
* a JSON Lines corpus (a name ending ``.jsonl`` or ``.jsonl.gz``): one document per line, its
  text in the field ``--text-field`` (default ``text``) and its id in ``--id-field`` (default
  ``id``; ``PATH:LINE`` when a line has none);
* any other file: one document, its id its path.

A single file or ``-`` prints what it always did; a folder, a corpus or several paths make an
*archive run*: every output record carries its document's id, documents that cannot be read are
reported on standard error while the run goes on, a progress bar shows on standard error when
it is a terminal, and one summary line ends the run there.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable, Iterator, Sequence

    from factcheck.archive import DocumentFailure

__all__ = [
    "Progress",
    "add_arguments",
    "documents",
    "failure_line",
    "is_archive",
    "jobs_error",
    "read_text",
    "summary_line",
    "workers",
]

_CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare what both commands take for archives: the paths, and the options for reading them."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="UTF-8 text files, folders, JSON Lines corpora (.jsonl, .jsonl.gz), or - for standard input (default)",
    )
    group = parser.add_argument_group("archives (folders, JSON Lines corpora, several files)")
    group.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="processes that work: this one and N-1 workers (default 1; 0: one per CPU); the work is shared"
        " by document, so a single text file is read by one process",
    )
    group.add_argument(
        "--text-field", default="text", metavar="NAME", help="a JSON Lines record's text field (default text)"
    )
    group.add_argument("--id-field", default="id", metavar="NAME", help="a JSON Lines record's id field (default id)")
    group.add_argument(
        "--glob", default="*.txt", metavar="PATTERN", help="which files of a folder to read (default *.txt)"
    )


def jobs_error(args: argparse.Namespace) -> str | None:
    """What is wrong with ``--jobs`` (a negative number), or ``None``."""
    if args.jobs < 0:
        return f"--jobs {args.jobs}: give 1 or more workers, or 0 for one per CPU"
    return None


def workers(args: argparse.Namespace) -> int | None:
    """``--jobs`` as ``extract_many`` takes it: 0 is one per CPU (``None``)."""
    jobs: int = args.jobs
    return None if jobs == 0 else jobs


def _is_corpus(path: str) -> bool:
    return path.endswith(_CORPUS_SUFFIXES)


def is_archive(paths: Sequence[str]) -> bool:
    """Whether ``paths`` make an archive run: several paths, a folder or a corpus."""
    return len(paths) > 1 or any(p != "-" and (_is_corpus(p) or Path(p).is_dir()) for p in paths)


def read_text(path: str) -> str:
    """One document's text: a UTF-8 file, or standard input for ``-``."""
    if path == "-":
        if hasattr(sys.stdin, "buffer"):
            return sys.stdin.buffer.read().decode("utf-8")
        return sys.stdin.read()
    return Path(path).read_bytes().decode("utf-8")


def _failure(document_id: str, err: Exception) -> DocumentFailure:
    from factcheck.archive import DocumentFailure  # noqa: PLC0415  (loaded by archive runs only: see _record)

    if isinstance(err, OSError):
        return DocumentFailure(document_id, type(err).__name__, f"cannot read it: {err.strerror or err}")
    if isinstance(err, UnicodeDecodeError):
        return DocumentFailure(document_id, "UnicodeDecodeError", f"not UTF-8 text (byte {err.start})")
    return DocumentFailure.of(document_id, err)


def _file(path: str) -> tuple[str, str] | DocumentFailure:
    try:
        return path, read_text(path)
    except (OSError, UnicodeDecodeError) as err:
        return _failure(path, err)


def _open(path: str) -> IO[str]:
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return Path(path).open(encoding="utf-8")


def _corpus(path: str, text_field: str, id_field: str) -> Iterator[tuple[str, str] | DocumentFailure]:
    try:
        with _open(path) as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield _record(f"{path}:{number}", line, text_field, id_field)
    except (OSError, UnicodeDecodeError, EOFError) as err:
        yield _failure(path, err)


def _record(where: str, line: str, text_field: str, id_field: str) -> tuple[str, str] | DocumentFailure:
    # factcheck.archive (the checks, reports and worker pools: about 40 ms of imports) loads for an
    # archive run only; ``factcheck extract FILE`` reads its one text without it
    from factcheck.archive import DocumentFailure  # noqa: PLC0415

    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as err:
        return DocumentFailure(where, "JSONDecodeError", f"not a JSON line: {err.msg} at column {err.colno}")
    if not isinstance(record, dict):
        return DocumentFailure(where, "ValueError", f"a line must be a JSON object, not {type(record).__name__}")
    document_id = record.get(id_field)
    document_id = where if document_id is None else str(document_id)
    text = record.get(text_field)
    if not isinstance(text, str):
        found = "no" if text is None else f"a {type(text).__name__} in its"
        return DocumentFailure(document_id, "ValueError", f"{found} {text_field!r} field: not a text (--text-field)")
    return document_id, text


def documents(
    paths: Sequence[str], *, text_field: str = "text", id_field: str = "id", glob: str = "*.txt"
) -> Iterator[tuple[str, str] | DocumentFailure]:
    """The documents of ``paths`` as ``(id, text)`` pairs, read one at a time; failures in their place."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted((f for f in Path(path).rglob(glob) if f.is_file()), key=lambda f: f.as_posix())
            for file in files:
                yield _file(file.as_posix())
        elif _is_corpus(path):
            yield from _corpus(path, text_field, id_field)
        else:
            yield _file(path)


class Progress:
    """Counts documents as they pass; draws a bar on ``stream`` only when it is a terminal.

    The bar is tqdm's when tqdm is installed, a plain counting line otherwise.
    """

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.started = time.perf_counter()
        self.documents = 0
        self._shown = 0.0
        self._bar: Any = None
        self.live = self.stream.isatty()
        if self.live:
            try:
                from tqdm import tqdm  # noqa: PLC0415  (optional: a plain line without it)
            except ImportError:
                return
            self._bar = tqdm(file=self.stream, unit=" documents", leave=False, dynamic_ncols=True)

    def track(self, results: Iterable[Any]) -> Iterator[Any]:
        """``results``, unchanged, counted (and shown) as they come."""
        for result in results:
            self.documents += 1
            if self._bar is not None:
                self._bar.update()
            elif self.live and time.perf_counter() - self._shown > 0.2:  # noqa: PLR2004  (five redraws a second)
                self._shown = time.perf_counter()
                self.stream.write(f"\r{self.documents:,} documents, {self.seconds:.0f} s")
                self.stream.flush()
            yield result
        self.close()

    def write(self, line: str) -> None:
        """Write ``line`` on the stream without tearing the bar."""
        if self._bar is not None:
            self._bar.write(line.rstrip("\n"), file=self.stream)
            return
        if self.live and self._shown:
            self.stream.write("\r\x1b[K")
        self.stream.write(line)

    @property
    def seconds(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.started

    def close(self) -> None:
        """Take the bar off the terminal, so that the summary line stands alone."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
        elif self.live and self._shown:
            self.stream.write("\r\x1b[K")
            self._shown = 0.0


def summary_line(progress: Progress, counts: dict[str, int]) -> str:
    """``factcheck: 600 documents, 5,210 claims, 0 errors, 12.3 s``: what an archive run did."""
    parts = [f"{progress.documents:,} document{'' if progress.documents == 1 else 's'}"]
    parts += [f"{n:,} {name if n == 1 else name + 's'}" for name, n in counts.items()]
    return f"factcheck: {', '.join(parts)}, {progress.seconds:.1f} s\n"


def failure_line(failure: DocumentFailure) -> str:
    """The line an archive run writes on standard error for a document that failed."""
    return f"factcheck: error: {failure.id}: {failure.message} ({failure.error})\n"
