"""Test support: the real news corpus in ``tests/data/real_news`` and the review of its ERRORs.

Used by ``tests/checks/test_real_news_alarms.py`` and ``benchmarks/bench_alarms.py``; it reads
nothing outside this repository. :func:`documents` yields the documents (their SHA-256 checked
against the README's), :func:`alarms` runs ``factcheck.check(factcheck.extract(text))`` over one
and keeps the ERROR findings, and the rest keeps ``errors_reviewed.json`` in step with them.

An alarm's key is its document id, its finding code and the start, end and text of the spans of
the claims it is about, sorted by start: stable while the text and what extraction reads stay
the same, and independent of messages and of the order a check lists its claims in.

The review file is a JSON list, one entry per ERROR, each with ``document``, ``code``, ``spans``
(``[start, end, text]`` lists), ``verdict`` (``"unreviewed"``, ``"real"`` or ``"false"``), ``why``
and, for the reader, the ``sentence`` around the figures and the ``message`` the finding gave
when the entry was added. ``why`` starts with a reason class and a colon: ``"arithmetic: ..."``
for a real error (the sum written out), ``"different time points paired: ..."`` for a false one.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import factcheck
from factcheck import FactcheckWarning, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

DATA = Path(__file__).resolve().parent / "data" / "real_news"
REVIEW_PATH = DATA / "errors_reviewed.json"
VERDICTS = ("unreviewed", "real", "false")


@dataclass(frozen=True)
class Corpus:
    """One file of the corpus: its name, the locale its text is read in and its SHA-256."""

    name: str
    label: str
    locale: str
    sha256: str

    @property
    def path(self) -> Path:
        return DATA / f"{self.name}.jsonl.gz"


CORPORA = (
    Corpus(
        "govuk_publishing_api_examples",
        "GOV.UK",
        "en_GB",
        "06e612ce348f3cabca7d398553e004f660596a781a01bee5c10586fb344f6556",
    ),
    Corpus(
        "wikinews_en_2019_2020",
        "Wikinews",
        "en_GB",
        "8b45e243a6563f37a91726e829edd4adfe443c6bac0650df1627fed66a667c4d",
    ),
    # American text: en_US reads "FY 1995-96" as a calendar span, not a British financial year.
    Corpus(
        "us_congressional_record",
        "Congressional Record",
        "en_US",
        "c6eb6cc406857d984cb57a3c6b4578b57922d0130510af3878c9005ce95e30ce",
    ),
)


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    source: str
    licence: str
    url_or_path: str
    corpus: Corpus = field(repr=False)


def documents(corpora: Iterable[Corpus] = CORPORA) -> Iterator[Document]:
    """Every document of ``corpora``, in file order; a file that is not the README's raises."""
    for corpus in corpora:
        raw = gzip.decompress(corpus.path.read_bytes())
        digest = hashlib.sha256(raw).hexdigest()
        if digest != corpus.sha256:
            msg = f"{corpus.path.name}: SHA-256 {digest}, expected {corpus.sha256} (see its README.md)"
            raise ValueError(msg)
        for line in raw.decode("utf-8").split("\n"):  # not splitlines(): texts hold U+2028
            if not line:
                continue
            item = json.loads(line)
            yield Document(
                item["id"], item["text"], item["source"], item["licence"], item["url_or_path"], corpus=corpus
            )


Spans = tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class Alarm:
    """One ERROR finding on one document."""

    document: str
    code: str
    spans: Spans
    message: str
    sentence: str

    @property
    def key(self) -> tuple[str, str, Spans]:
        return (self.document, self.code, self.spans)


@dataclass(frozen=True)
class Result:
    """What extract + check gave on one document."""

    document: Document
    claims: int
    alarms: tuple[Alarm, ...]


def run(document: Document) -> Result:
    """``check(extract(text))`` in the corpus's locale; the ERROR findings as alarms."""
    locale = document.corpus.locale
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)  # ambiguity warnings are not alarms
        claims = factcheck.extract(document.text, locale)
        report = factcheck.check(claims, locale=locale)
    found = []
    for finding in report.findings:
        if finding.severity is not Severity.ERROR:
            continue
        spans = tuple(sorted((c.span.start, c.span.end, c.span.text) for c in finding.claims if c.span is not None))
        found.append(Alarm(document.id, finding.code, spans, finding.message, context(document.text, spans)))
    return Result(document, len(claims), tuple(found))


_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(£$€-])|\n+")


def sentence_around(text: str, start: int, end: int, width: int = 240) -> str:
    """The sentence (or line) holding ``text[start:end]``, shortened to about ``width`` characters."""
    left = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    following = _BOUNDARY.search(text, end)
    right = following.start() if following else len(text)
    piece = text[left:right]
    at, until = start - left, end - left
    if len(piece) > width:
        room = max(width - (until - at), 20) // 2
        lo, hi = max(at - room, 0), min(until + room, len(piece))
        piece = ("…" if lo else "") + piece[lo:hi] + ("…" if hi < len(piece) else "")
    return " ".join(piece.split())


def context(text: str, spans: Spans, width: int = 240) -> str:
    """The sentences around ``spans``, each once, joined by `` … ``."""
    seen: list[str] = []
    for start, end, _ in spans:
        piece = sentence_around(text, start, end, width)
        if piece not in seen:
            seen.append(piece)
    return " … ".join(seen)


# --- the review file -----------------------------------------------------------------------------


def entry_key(entry: dict[str, Any]) -> tuple[str, str, Spans]:
    return (entry["document"], entry["code"], tuple((int(s), int(e), str(t)) for s, e, t in entry["spans"]))


def reason_class(entry: dict[str, Any]) -> str:
    """The reason class an entry's ``why`` starts with (text before the first colon)."""
    why = str(entry.get("why", ""))
    return why.split(":", 1)[0].strip() if ":" in why else why.strip()


def review_problems(entries: Iterable[dict[str, Any]]) -> list[str]:
    """What is wrong with review entries: an unknown verdict, a verdict without its ``why``, a
    ``real`` verdict whose ``why`` shows no arithmetic, a key listed twice. Empty when all is well."""
    problems: list[str] = []
    seen: set[tuple[str, str, Spans]] = set()
    for entry in entries:
        key = entry_key(entry)
        verdict = entry.get("verdict")
        why = str(entry.get("why") or "")
        if verdict not in VERDICTS:
            problems.append(f"{key}: verdict must be one of {VERDICTS}, not {verdict!r}")
        elif verdict != "unreviewed" and not why:
            problems.append(f"{key}: a {verdict} verdict needs its 'why'")
        elif verdict == "real" and not any(ch.isdigit() for ch in why):
            problems.append(f"{key}: a real ERROR shows its arithmetic in 'why'")
        if key in seen:
            problems.append(f"{key} is listed twice")
        seen.add(key)
    return problems


def load_review(path: Path = REVIEW_PATH) -> list[dict[str, Any]]:
    """The review entries; raises ``ValueError`` naming the file and every problem
    (:func:`review_problems`), or that it holds no list of entries."""
    if not path.exists():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        msg = f"{path.name}: holds a JSON {type(entries).__name__}, not a list of entries"
        raise ValueError(msg)  # noqa: TRY004  (a file's content: the callers catch ValueError)
    problems = review_problems(entries)
    if problems:
        msg = f"{path.name}: " + "; ".join(problems)
        raise ValueError(msg)
    return entries


@dataclass(frozen=True)
class Comparison:
    """Alarms raised now against the review file."""

    new: tuple[Alarm, ...]
    """Raised now, not in the file."""
    vanished_real: tuple[dict[str, Any], ...]
    """Marked real in the file, not raised now."""
    vanished_other: tuple[dict[str, Any], ...]
    """Marked false or unreviewed in the file, not raised now (fine: --update-review drops them)."""

    @property
    def ok(self) -> bool:
        return not self.new and not self.vanished_real


def compare(alarms: Iterable[Alarm], review: Iterable[dict[str, Any]]) -> Comparison:
    now = {a.key: a for a in alarms}
    listed = {entry_key(e): e for e in review}
    vanished = [e for k, e in listed.items() if k not in now]
    return Comparison(
        new=tuple(a for k, a in now.items() if k not in listed),
        vanished_real=tuple(e for e in vanished if e["verdict"] == "real"),
        vanished_other=tuple(e for e in vanished if e["verdict"] != "real"),
    )


def _overlaps(a: Spans, b: Spans) -> bool:
    """Every span of ``a`` overlaps one of ``b`` and the other way round (same count)."""
    if len(a) != len(b):
        return False
    return all(s1 < e2 and s2 < e1 for (s1, e1, _), (s2, e2, _) in zip(a, b, strict=True))


def successors(entry: dict[str, Any], alarms: Iterable[Alarm]) -> list[Alarm]:
    """Alarms of the entry's document and code whose spans overlap its spans one to one."""
    document, code, spans = entry_key(entry)
    return [a for a in alarms if a.document == document and a.code == code and _overlaps(a.spans, spans)]


def _new_entry(alarm: Alarm) -> dict[str, Any]:
    return {
        "document": alarm.document,
        "code": alarm.code,
        "spans": [list(s) for s in alarm.spans],
        "verdict": "unreviewed",
        "why": "",
        "sentence": alarm.sentence,
        "message": alarm.message,
    }


def updated_review(
    alarms: Iterable[Alarm], review: Iterable[dict[str, Any]]
) -> tuple[list[dict[str, Any]], Counter[str]]:
    """The review brought in step with ``alarms``, and counts of what changed.

    Listed alarms keep their entries. A new alarm whose spans overlap one to one those of exactly
    one vanished entry of its document and code (extraction widened or narrowed a span) takes
    that entry's verdict and why, with ``carried_from`` naming the old spans; other new alarms are
    added as ``unreviewed``. Vanished entries are dropped, except those marked ``real``: a real
    error that is no longer raised stays listed (and the test keeps failing) until someone looks.
    """
    alarm_list = list(alarms)
    entries = list(review)
    now = {a.key: a for a in alarm_list}
    listed = {entry_key(e): e for e in entries}
    vanished = [e for k, e in listed.items() if k not in now]
    new = [a for k, a in now.items() if k not in listed]
    counts: Counter[str] = Counter()
    carried: dict[tuple[str, str, Spans], dict[str, Any]] = {}
    taken: set[int] = set()
    for entry in vanished:
        if entry["verdict"] == "unreviewed":
            continue
        found = successors(entry, new)
        if len(found) == 1 and found[0].key not in carried:
            fresh = _new_entry(found[0])
            fresh.update(verdict=entry["verdict"], why=entry["why"], carried_from=entry["spans"])
            carried[found[0].key] = fresh
            taken.add(id(entry))
    result = []
    for entry in entries:
        if entry_key(entry) in now:
            result.append(entry)
        elif entry["verdict"] == "real" and id(entry) not in taken:
            result.append(entry)
            counts["real kept although not raised"] += 1
        else:
            counts["carried to new spans" if id(entry) in taken else "dropped"] += 1
    for alarm in new:
        if alarm.key in carried:
            result.append(carried[alarm.key])
        else:
            result.append(_new_entry(alarm))
            counts["added as unreviewed"] += 1
    order = {doc.id: i for i, doc in enumerate(documents())}
    result.sort(key=lambda e: (order.get(e["document"], len(order)), e["document"], entry_key(e)[2], e["code"]))
    return result, counts


def dumps_review(entries: Iterable[dict[str, Any]]) -> str:
    """The review as JSON, one field a line, so that a diff shows the verdicts that changed."""
    fields = ("document", "code", "spans", "verdict", "why", "carried_from", "sentence", "message")
    blocks = []
    for entry in entries:
        lines = [f"    {json.dumps(k)}: {json.dumps(entry[k], ensure_ascii=False)}" for k in fields if k in entry]
        lines += [
            f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in entry.items() if k not in fields
        ]
        blocks.append("  {\n" + ",\n".join(lines) + "\n  }")
    return "[\n" + ",\n".join(blocks) + "\n]\n"


def write_review(entries: Iterable[dict[str, Any]], path: Path = REVIEW_PATH) -> None:
    path.write_text(dumps_review(entries), encoding="utf-8")
