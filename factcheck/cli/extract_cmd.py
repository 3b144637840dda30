"""``factcheck extract [PATH...] [--locale L] [--format table|json|jsonl] [--kind KIND ...] [--jobs N]``.

``jsonl`` writes one JSON object per claim, ``json`` one array of them, with these fields:
``text``, ``start``, ``end`` (code-point offsets, end exclusive), ``kind``, ``value``, ``low``,
``high`` (decimal strings in plain digits; ``low``/``high`` null when unbounded), ``unit`` (the
pint unit's name: ``percent``, ``percentage_point``, ``person``, ``GBP``, ``person / year``;
``dimensionless`` for a bare number), ``currency`` (ISO 4217 or null), ``qualifier``,
``subject``, ``period`` (``2024``, ``2021-2023``, ISO dates, or null), ``place``, ``source``,
``direction`` (changes only), ``counted`` (counts, absolute changes and rates: the counted noun,
singular, lower case: ``home`` of "4 homes", ``seat`` of "gained 13 seats", ``point`` of "15.3
points per game"; null when none is read, as for money), ``per`` (rates only: the
counted noun the rate is per, singular, ``game`` of "15.3 points per game", or null when it is per
a unit), ``unit_word`` (bare numbers only: an unknown unit as written, ``rpg`` of "7.4 rpg", or
null). ``table`` is for people: aligned columns, numbers in the locale.

On an archive (a folder, a JSON Lines corpus or several paths: see :mod:`factcheck.cli.corpus`)
each record starts with ``document``, the document's id; ``json`` is still one array (written as
the run goes), ``table`` one table per document under a ``==> id <==`` line. A document that
cannot be read is one line on standard error and makes the exit code 2; the others go on.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Any, Final

from factcheck import units
from factcheck._claims import CLAIM_KINDS, AbsoluteChangeClaim, CountClaim, NumberClaim, RateClaim
from factcheck._decimal import plain
from factcheck._extract import extract

from . import corpus
from .options import LocaleError, checked_locale

if TYPE_CHECKING:
    import argparse
    from decimal import Decimal

    from factcheck._claims import Claim

__all__ = ["add_arguments", "claim_record", "run"]

FORMATS = ("table", "json", "jsonl")
_WIDEST = 40
_JSONL: Final = json.JSONEncoder(ensure_ascii=False)
"""``json.dumps(record, ensure_ascii=False)`` without a new encoder for each record."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``factcheck extract``."""
    parser.add_argument(
        "--locale", default="en_GB", help="the text's locale, such as en_GB, en_US, de_DE (default en_GB)"
    )
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default table)")
    parser.add_argument(
        "--kind",
        action="append",
        choices=sorted(CLAIM_KINDS),
        metavar="KIND",
        help=f"keep only claims of this kind; repeat for several ({', '.join(sorted(CLAIM_KINDS))})",
    )
    parser.add_argument(
        "--bare-numbers",
        action="store_true",
        help="also output bare numbers in running text, with no unit and no counted noun ('won 9 and drew 4')",
    )
    corpus.add_arguments(parser)


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def claim_record(claim: Claim) -> dict[str, Any]:
    """The JSON-ready fields of one claim, as ``--format jsonl`` writes them.

    >>> from factcheck import Amount, CountClaim, Span
    >>> record = claim_record(CountClaim(Amount.stated("5294", "person"), span=Span(0, 5, "5,294"), counted="person"))
    >>> record["value"], record["unit"], record["low"], record["counted"]
    ('5294', 'person', '5294', 'person')
    """
    amount = claim.amount
    span = claim.span
    record: dict[str, Any] = {
        "text": None if span is None else span.text,
        "start": None if span is None else span.start,
        "end": None if span is None else span.end,
        "kind": claim.kind,
        "value": plain(amount.value),
        "low": _decimal(amount.low),
        "high": _decimal(amount.high),
        "unit": units.name(amount.unit) or "dimensionless",
        "currency": amount.currency,
        "qualifier": claim.qualifier,
        "subject": claim.subject,
        "period": None if claim.period is None else str(claim.period),
        "place": claim.place,
        "source": claim.source,
        "modality": claim.modality.value,
        "inferred": [reading.value for reading in claim.inferred],
    }
    direction = getattr(claim, "direction", None)
    if direction is not None:
        record["direction"] = direction.value
    if isinstance(claim, CountClaim | AbsoluteChangeClaim):
        record["counted"] = claim.counted
    elif isinstance(claim, NumberClaim):
        record["unit_word"] = claim.unit_word
    elif isinstance(claim, RateClaim):
        record["counted"], record["per"] = claim.counted, claim.per
    return record


def _table(claims: list[Claim], locale: str) -> str:
    header = ("kind", "change", "figure", "bounds", "subject", "period", "text")
    rows = [header]
    for claim in claims:
        direction = getattr(claim, "direction", None)
        rows.append(
            (
                claim.kind,
                "" if direction is None else direction.value,
                claim.amount.format(locale),
                str(claim.amount.bounds),
                claim.subject or "",
                "" if claim.period is None else str(claim.period),
                "" if claim.span is None else " ".join(claim.span.text.split()),
            )
        )
    widths = [min(_WIDEST, max(len(row[i]) for row in rows)) for i in range(len(header))]
    lines = ["  ".join(c[:_WIDEST].ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    if len(rows) == 1:
        lines.append("(no figures found)")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Run ``factcheck extract``; returns the exit code."""
    try:
        locale = checked_locale(args.locale)
    except LocaleError as err:
        sys.stderr.write(f"factcheck: error: {err}\n")
        return 2
    jobs_error = corpus.jobs_error(args)
    if jobs_error is not None:
        sys.stderr.write(f"factcheck: error: {jobs_error}\n")
        return 2
    paths = args.paths or ["-"]
    if corpus.is_archive(paths):
        return _run_archive(args, paths, locale)
    path = paths[0]
    try:
        text = corpus.read_text(path)
    except OSError as err:
        sys.stderr.write(f"factcheck: error: cannot read {path}: {err.strerror or err}\n")
        return 2
    except UnicodeDecodeError as err:
        sys.stderr.write(f"factcheck: error: {path} is not UTF-8 text (byte {err.start})\n")
        return 2
    claims = extract(text, locale, bare_numbers=args.bare_numbers)
    if args.kind:
        claims = [c for c in claims if c.kind in args.kind]
    if args.format == "table":
        sys.stdout.write(_table(claims, locale))
    elif args.format == "json":
        sys.stdout.write(json.dumps([claim_record(c) for c in claims], ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.writelines(_JSONL.encode(claim_record(c)) + "\n" for c in claims)
    return 0


def _run_archive(args: argparse.Namespace, paths: list[str], locale: str) -> int:
    """``factcheck extract`` over a folder, a corpus or several files: records carry their document."""
    # the archive runner (worker processes) loads only for an archive: a single text needs none of it
    from factcheck.archive import DocumentFailure, extract_many  # noqa: PLC0415

    documents = corpus.documents(paths, text_field=args.text_field, id_field=args.id_field, glob=args.glob)
    progress = corpus.Progress()
    claims_seen = failures = 0
    first = True
    if args.format == "json":
        sys.stdout.write("[")
    for result in progress.track(
        extract_many(documents, locale=locale, workers=corpus.workers(args), bare_numbers=args.bare_numbers)
    ):
        if isinstance(result, DocumentFailure):
            failures += 1
            progress.write(corpus.failure_line(result))
            continue
        claims = [c for c in result.claims if not args.kind or c.kind in args.kind]
        claims_seen += len(claims)
        if args.format == "table":
            sys.stdout.write(f"{'' if first else chr(10)}==> {result.id} <==\n{_table(claims, locale)}")
            first = False
            continue
        records = [{"document": result.id, **claim_record(c)} for c in claims]
        if args.format == "jsonl":
            sys.stdout.writelines(_JSONL.encode(r) + "\n" for r in records)
            continue
        for record in records:
            text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
            sys.stdout.write(f"{chr(10) if first else ',' + chr(10)}  {text}")
            first = False
    if args.format == "json":
        sys.stdout.write("\n]\n" if not first else "]\n")
    sys.stdout.flush()
    sys.stderr.write(corpus.summary_line(progress, {"claim": claims_seen, "error": failures}))
    return 2 if failures else 0
