"""Benchmark: false alarms on real news; ``check(extract(text))`` over the corpus in tests/data/real_news.

Run from the project's root::

    python benchmarks/bench_alarms.py                  # figures per corpus and in total, examples per code
    python benchmarks/bench_alarms.py --examples 0     # figures only
    python benchmarks/bench_alarms.py --update-review  # bring tests/data/real_news/errors_reviewed.json in step

Every document of the three corpora (238 GOV.UK pages, 293 Wikinews articles, 405 documents of
the U.S. Congressional Record; see tests/data/real_news/README.md) goes through
``factcheck.check(factcheck.extract(text, locale), locale=locale)``: en_GB for GOV.UK and
Wikinews, en_US for the Congressional Record. The ERROR findings are the alarms. Each is looked
up in the hand review ``errors_reviewed.json``, where it is ``real`` (the text's figures really
cannot all hold), ``false`` (the library misread or mispaired them) or ``unreviewed``.

Printed per corpus and in total: documents, claims, ERRORs by code, ERRORs per 1,000 documents,
precision (real ERRORs / reviewed ERRORs) and false ERRORs per 1,000 documents; then the false
ones by reason class, a few examples per code, and the speed (characters of text per second of
extract + check, one process, after a warm-up).

``--update-review`` adds ERRORs not yet listed as ``unreviewed``, drops listed ones no longer
raised unless they are marked ``real``, keeps every verdict, and carries a verdict over to a new
ERROR of the same document and code whose spans overlap the old ones one to one.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

from tests.real_news import (  # noqa: E402
    CORPORA,
    REVIEW_PATH,
    Result,
    documents,
    entry_key,
    load_review,
    reason_class,
    run,
    updated_review,
    write_review,
)


def per_thousand(count: int, docs: int) -> str:
    return f"{1000 * count / docs:,.1f}" if docs else "-"


def summary(label: str, results: list[Result], verdicts: dict, seconds: float) -> list[str]:
    docs = len(results)
    claims = sum(r.claims for r in results)
    alarms = [a for r in results for a in r.alarms]
    by_code = Counter(a.code for a in alarms)
    judged = Counter(verdicts.get(a.key, "unreviewed") for a in alarms)
    real, false, open_ = judged["real"], judged["false"], judged["unreviewed"]
    reviewed = real + false
    chars = sum(len(r.document.text) for r in results)
    lines = [
        (
            f"{label}: {docs:,} documents, {chars:,} characters, {claims:,} claims, {len(alarms):,} ERRORs "
            f"({per_thousand(len(alarms), docs)} per 1,000 documents)"
        ),
    ]
    if by_code:
        lines.append("  by code: " + ", ".join(f"{code} {n}" for code, n in by_code.most_common()))
    precision = f"{real / reviewed:.1%}" if reviewed else "-"
    lines.append(
        f"  reviewed {reviewed:,} of {len(alarms):,}: {real} real, {false} false, {open_} unreviewed; "
        f"precision {precision} (real / reviewed); false ERRORs per 1,000 documents {per_thousand(false, docs)}"
    )
    if open_:
        lines.append(
            f"  with the unreviewed counted as false: precision {real / len(alarms):.1%}, "
            f"false ERRORs per 1,000 documents {per_thousand(false + open_, docs)}"
        )
    if seconds:
        lines.append(f"  speed: {chars / seconds:,.0f} characters per second ({seconds:.2f} s)")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--examples", type=int, default=3, help="examples printed per finding code (default 3)")
    parser.add_argument("--update-review", action="store_true", help=f"bring {REVIEW_PATH.name} in step")
    parser.add_argument("--width", type=int, default=110, help="width of the examples")
    args = parser.parse_args()

    docs = list(documents())
    run(docs[0])  # warm-up: unit registry, lexicons, babel data
    results: dict[str, list[Result]] = defaultdict(list)
    seconds: Counter[str] = Counter()
    for doc in docs:
        start = time.perf_counter()
        result = run(doc)
        seconds[doc.corpus.name] += time.perf_counter() - start
        results[doc.corpus.name].append(result)
    alarms = [a for rs in results.values() for r in rs for a in r.alarms]

    review = load_review()
    if args.update_review:
        entries, counts = updated_review(alarms, review)
        write_review(entries)
        done = ", ".join(f"{n} {what}" for what, n in sorted(counts.items())) or "nothing changed"
        print(f"{REVIEW_PATH.relative_to(ROOT)}: {len(entries)} entries; {done}")
        review = entries
    verdicts = {entry_key(e): e["verdict"] for e in review}
    why = {entry_key(e): e for e in review}

    print("Alarm benchmark: ERROR findings of check(extract(text)) on real text (locales:", end=" ")
    print(", ".join(f"{c.label} {c.locale}" for c in CORPORA) + ")\n")
    for corpus in CORPORA:
        print("\n".join(summary(corpus.label, results[corpus.name], verdicts, seconds[corpus.name])))
    everything = [r for rs in results.values() for r in rs]
    print("\n".join(summary("Total", everything, verdicts, sum(seconds.values()))))

    classes: dict[str, Counter[str]] = {"real": Counter(), "false": Counter()}
    for alarm in alarms:
        entry = why.get(alarm.key)
        if entry and entry["verdict"] in classes:
            classes[entry["verdict"]][reason_class(entry)] += 1
    for verdict, tally in classes.items():
        if tally:
            print(f"\n{verdict} ERRORs by reason class:")
            for reason, n in tally.most_common():
                print(f"  {n:5}  {reason}")
    raised = {a.key for a in alarms}
    gone = [e for e in review if entry_key(e) not in raised]
    fixed = Counter(reason_class(e) for e in gone if e["verdict"] == "false")
    if fixed:
        print(f"\n{sum(fixed.values())} listed false ERRORs are no longer raised (fixed; --update-review drops them):")
        for reason, n in fixed.most_common():
            print(f"  {n:5}  {reason}")
    lost = [e for e in gone if e["verdict"] == "real"]
    if lost:
        print(f"\n{len(lost)} ERRORs marked real are no longer raised (lost catches):")
        for entry in lost:
            print(f"  {entry['document']} {entry['code']} {entry['spans']}: {entry['why']}")

    if args.examples:
        by_code: dict[str, list] = defaultdict(list)
        for alarm in alarms:
            by_code[alarm.code].append(alarm)
        print(f"\nExamples ({args.examples} per code; [verdict] document: sentence)")
        for code, found in sorted(by_code.items(), key=lambda item: -len(item[1])):
            print(f"\n{code} ({len(found)})")
            step = max(len(found) // args.examples, 1)  # spread over the corpus, not the first document
            for alarm in found[::step][: args.examples]:
                line = f"[{verdicts.get(alarm.key, 'unreviewed')}] {alarm.document}: {alarm.sentence}"
                print(textwrap.shorten(line, args.width * 2, placeholder=" …"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
