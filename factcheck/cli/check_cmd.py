"""``factcheck check [PATH...] [--references refs.csv] [--locale L] [--format text|json|html|claimreview] [--jobs N]``.

Extracts every figure of the text, checks them against each other (and against the reference
table, when given) and prints the report. ``--sample`` checks the sample article shipped with
the package against the sample reference table. Exit codes: 0 when no finding reaches
``--fail-on`` (default ``warning``: a figure that holds only if rounded counts), 1 when one
does, 2 on usage or input errors (one line on standard error).

On an archive (a folder, a JSON Lines corpus or several paths: see :mod:`factcheck.cli.corpus`)
``text`` prints each document's report under a ``==> id <==`` line and ``json`` writes JSON
Lines, one report per document with its id in ``document``; ``html`` and ``claimreview`` take
one document. A document that cannot be read is one line on standard error and makes the exit
code 2 (the others go on); otherwise the exit code is 1 when any document has a finding that
reaches ``--fail-on``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import TYPE_CHECKING

from factcheck._extract import extract
from factcheck.errors import FactcheckError

from . import corpus
from .options import LocaleError, checked_locale

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

    from factcheck.checks import Reference, Severity
    from factcheck.report import Report

__all__ = ["FORMATS", "add_arguments", "run"]

FORMATS = ("text", "json", "html", "claimreview")
"""Output formats; each is the module of :mod:`factcheck.report` that renders it."""
_FAIL_ON = ("warning", "error")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``factcheck check``."""
    parser.add_argument("--references", metavar="CSV", help="a table of reference figures (see the docs for columns)")
    parser.add_argument("--locale", default="en_GB", help="the text's locale, such as en_GB, de_DE (default en_GB)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default text)")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="check the sample article shipped with factcheck against its references",
    )
    parser.add_argument(
        "--tolerance",
        default=None,
        metavar="FRACTION",
        help="relative error that counts as close (default 0.05)",
    )
    parser.add_argument(
        "--fail-on",
        choices=_FAIL_ON,
        default="warning",
        help="exit 1 on a finding this severe or worse (default warning)",
    )
    review = parser.add_argument_group("ClaimReview (--format claimreview)")
    review.add_argument("--reviewer", default="factcheck", help="who publishes the review (default factcheck)")
    review.add_argument("--claim-url", metavar="URL", help="where the article appeared")
    review.add_argument("--claim-author", metavar="NAME", help="who made the claims, when a claim names no source")
    review.add_argument("--claim-date", metavar="YYYY-MM-DD", help="when the article appeared")
    corpus.add_arguments(parser)


def _fail(message: str) -> int:
    sys.stderr.write(f"factcheck: error: {message}\n")
    return 2


def _sample(name: str) -> resources.abc.Traversable:
    return resources.files("factcheck") / "data" / name


def _render(report: Report, args: argparse.Namespace) -> str:
    module = importlib.import_module(f"factcheck.report.{args.format}")
    if args.format != "claimreview":
        renderer: Callable[[Report], str] = module.render
        return renderer(report)
    claim_date = dt.date.fromisoformat(args.claim_date) if args.claim_date else None
    review: Callable[..., str] = module.render
    return review(
        report, author=args.reviewer, claim_url=args.claim_url, claim_author=args.claim_author, claim_date=claim_date
    )


def run(args: argparse.Namespace) -> int:
    """Run ``factcheck check``; returns the exit code."""
    # the checks and reports load here, not when the command line is parsed: ``factcheck extract`` never uses them
    from factcheck.checks import DEFAULT_TOLERANCE, Severity, load_references  # noqa: PLC0415
    from factcheck.report import check  # noqa: PLC0415

    if args.sample and args.paths:
        return _fail("give a FILE or --sample, not both")
    jobs_error = corpus.jobs_error(args)
    if jobs_error is not None:
        return _fail(jobs_error)
    try:
        locale = checked_locale(args.locale)
    except LocaleError as err:
        return _fail(str(err))
    try:
        tolerance = DEFAULT_TOLERANCE if args.tolerance is None else Decimal(args.tolerance)
    except InvalidOperation:
        return _fail(f"--tolerance {args.tolerance!r} is not a decimal fraction such as 0.05")
    if not 0 <= tolerance <= 1:
        percent = f" ({format((tolerance * 100).normalize(), 'f')} %)" if tolerance > 1 else ""
        return _fail(f"--tolerance {args.tolerance}{percent} is not a fraction between 0 and 1, such as 0.05 for 5 %")
    threshold = Severity.WARNING if args.fail_on == "warning" else Severity.ERROR
    if args.paths and corpus.is_archive(args.paths):
        if args.format not in ("text", "json"):
            return _fail(f"--format {args.format} takes one document; use text or json for folders and corpora")
        try:
            references = load_references(args.references, locale=locale) if args.references else ()
        except OSError as err:
            return _fail(f"cannot read {err.filename or args.references}: {err.strerror or err}")
        except (FactcheckError, ValueError) as err:
            return _fail(str(err))
        return _run_archive(args, references, locale, tolerance, threshold)
    path = args.paths[0] if args.paths else "-"
    try:
        if args.sample:
            text = _sample("sample_article.txt").read_text(encoding="utf-8")
            with resources.as_file(_sample("sample_references.csv")) as path:
                references = load_references(args.references or str(path), locale=locale)
        else:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as handle:  # noqa: PTH123  (a path from the command line)
                    text = handle.read()
            references = load_references(args.references, locale=locale) if args.references else ()
        claims = extract(text, locale)
        report = check(claims, references, locale=locale, tolerance=tolerance, text=text)
    except OSError as err:
        return _fail(f"cannot read {err.filename or path}: {err.strerror or err}")
    except UnicodeDecodeError as err:
        return _fail(f"{path} is not UTF-8 text: {err.reason} at byte {err.start}")
    except (FactcheckError, ValueError) as err:
        return _fail(str(err))
    try:
        output = _render(report, args)
    except ValueError as err:  # an unreadable --claim-date
        return _fail(f"--claim-date {args.claim_date!r}: {err}")
    sys.stdout.write(output)
    return 1 if report.worst >= threshold else 0


def _run_archive(
    args: argparse.Namespace, references: tuple[Reference, ...], locale: str, tolerance: Decimal, threshold: Severity
) -> int:
    """``factcheck check`` over a folder, a corpus or several files: one report per document."""
    from factcheck.archive import DocumentFailure, check_many  # noqa: PLC0415  (see run)
    from factcheck.checks import Severity  # noqa: PLC0415
    from factcheck.report.json import report_dict  # noqa: PLC0415

    documents = corpus.documents(args.paths, text_field=args.text_field, id_field=args.id_field, glob=args.glob)
    results = check_many(documents, references, locale=locale, tolerance=tolerance, workers=corpus.workers(args))
    progress = corpus.Progress()
    claims = findings = failures = 0
    worst = Severity.OK
    first = True
    for result in progress.track(results):
        if isinstance(result, DocumentFailure):
            failures += 1
            progress.write(corpus.failure_line(result))
            continue
        report = result.report
        claims += len(report.claims)
        findings += len(report.findings)
        worst = max(worst, report.worst)
        if args.format == "json":
            sys.stdout.write(json.dumps({"document": result.id, **report_dict(report)}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(f"{'' if first else chr(10)}==> {result.id} <==\n{report.to_text()}")
            first = False
    sys.stdout.flush()
    sys.stderr.write(corpus.summary_line(progress, {"claim": claims, "finding": findings, "error": failures}))
    if failures:
        return 2
    return 1 if worst >= threshold else 0
