"""Benchmark: what the bare-number default leaves out of real news, and what it keeps.

Run from the project's root::

    python benchmarks/bench_bare.py                          # totals only
    python benchmarks/bench_bare.py --sample 150 --seed 7    # + a seeded sample of the dropped numbers
    python benchmarks/bench_bare.py --kept 100 --seed 7      # + a seeded sample of the bare numbers kept
    python benchmarks/bench_bare.py --check                  # + the hand classes of benchmarks/data/bare_audit.json

Every document of tests/data/real_news (936: GOV.UK, Wikinews, Congressional Record; en_GB, en_GB,
en_US) is read twice: ``extract(text, locale)`` and ``extract(text, locale, bare_numbers=True)``.
A *dropped* number is a claim of the second reading whose span the first lacks. A *kept* bare
number is a :class:`factcheck.NumberClaim` of the default reading with no unit word and not alone
in a table cell. Samples are drawn with ``random.Random(seed).sample`` from the sorted lists, each
printed with its document id, span and sentence.

The hand classification (``benchmarks/data/bare_audit.json``, keys ``document:start:end``) sorts
each sampled number into (a) not a figure: a designator, reference, code, list or section number,
date part, phone number...; (b) a real figure whose unit or noun is elided or stands elsewhere
("voted 9 to 4", "Of 2,000 staff, 300 left"); (c) a real level or quantity, to keep as a number.
``--check`` prints the counts by class and flags sampled numbers the file does not classify, or
classified ones the current reading no longer drops / keeps (the figure to re-run after a change).

The samples in bare_audit.json were drawn on main at dd3bd1f; once the reading changes, the same
seed draws other numbers, so ``--check`` re-reads the classified ones (which are still dropped or
kept) rather than a new sample. Measured on main at dd3bd1f (seed 7):

- 3,603 of the 16,206 claims of the bare reading are dropped (22.2 %); 211 bare numbers are kept
  in prose.
- Dropped sample, 150: (a) 99 not a figure, (b) 33 elided noun or unit, (c) 18 level or quantity.
  The drop's precision is 99/150 = 66.0 %; it loses (b)+(c) = 51/150 = 34.0 % of what it drops:
  table cells of figures 17 ("| (193,834) |", "| –270 |", "| 11 (11) |"), nouns the branches
  ``elided`` and ``ages`` work on 13 (votes, shared nouns, ages), antecedents and partitives 10
  ("six members ..., three of whom"), nouns or units not read 6, levels 2, other 3.
- Kept sample, 100: (a) 40, (b) 44, (c) 16: two in five of the bare numbers still kept are noise,
  half of that the pronoun "one" ("one of several diseases", "is one thing").

On branch ``audit`` (cells of figures kept; approximate amounts counting the plural past their
modifiers; "magnitude 6.9", "an average of .714" and "reaching" as levels; the pronoun "one" and
"an amendment numbered 1305" no figures): 3,271 of 16,124 dropped (20.3 %), 196 kept; of the
dropped sample (a) 97, (b) 30, (c) 1 are still dropped, of the kept sample (a) 26, (b) 44, (c) 16
still kept. Merged with main at 6e9f05f: 3,220 of 16,172 dropped (19.9 %), 227 kept; dropped
sample (a) 97, (b) 26, (c) 1 still dropped; kept sample (a) 26, (b) 44, (c) 16 still kept.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

import factcheck  # noqa: E402
from factcheck import FactcheckWarning, NumberClaim  # noqa: E402
from factcheck._extract.text.cells import in_figures_cell  # noqa: E402
from tests.real_news import documents, sentence_around  # noqa: E402

AUDIT = ROOT / "benchmarks" / "data" / "bare_audit.json"
CLASSES = {"a": "not a figure", "b": "elided noun or unit", "c": "level or quantity"}

Item = tuple[str, int, int, str, str]  # document, start, end, span text, sentence


def key(item: Item) -> str:
    return f"{item[0]}:{item[1]}:{item[2]}"


def collect() -> tuple[list[Item], list[Item], int]:
    """The dropped numbers, the bare numbers kept in prose, and the claims of the bare reading."""
    dropped: list[Item] = []
    kept: list[Item] = []
    total = 0
    for doc in documents():
        locale = doc.corpus.locale
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FactcheckWarning)
            default = factcheck.extract(doc.text, locale)
            every = factcheck.extract(doc.text, locale, bare_numbers=True)
        total += len(every)
        spans = {(c.span.start, c.span.end) for c in default if c.span is not None}
        for claim in every:
            span = claim.span
            if span is None or (span.start, span.end) in spans:
                continue
            dropped.append((doc.id, span.start, span.end, span.text, sentence_around(doc.text, span.start, span.end)))
        for claim in default:
            span = claim.span
            if not isinstance(claim, NumberClaim) or span is None or claim.unit_word is not None:
                continue
            if in_figures_cell(doc.text, span.start, span.end):
                continue
            kept.append((doc.id, span.start, span.end, span.text, sentence_around(doc.text, span.start, span.end)))
    return sorted(dropped), sorted(kept), total


def show(title: str, sample: list[Item], classes: dict[str, dict[str, str]]) -> None:
    print(f"\n{title}")
    for n, item in enumerate(sample, 1):
        mark = classes.get(key(item), {})
        label = f"[{mark['class']}] {mark.get('why', '')}" if mark else "[?]"
        print(f"{n:4}. {key(item)}  {item[3]!r}  {label}\n      {item[4]}")


def tally(name: str, sample: list[Item], classes: dict[str, dict[str, str]]) -> None:
    counts = Counter(classes[key(i)]["class"] for i in sample if key(i) in classes)
    missing = [key(i) for i in sample if key(i) not in classes]
    n = sum(counts.values())
    parts = ", ".join(f"({c}) {CLASSES[c]} {counts[c]}" for c in CLASSES)
    print(f"{name}: {n} classified of {len(sample)}: {parts}")
    if n:
        print(f"  noise (a) {counts['a'] / n:.1%}; real figures (b)+(c) {(counts['b'] + counts['c']) / n:.1%}")
    if missing:
        print(f"  not classified: {len(missing)} (e.g. {', '.join(missing[:3])})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=0, help="print this many dropped numbers, drawn at random")
    parser.add_argument("--kept", type=int, default=0, help="print this many kept bare numbers, drawn at random")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="count the hand classes of the audit file")
    args = parser.parse_args(argv)

    dropped, kept, total = collect()
    print(f"bare reading: {total:,} claims; dropped by default: {len(dropped):,} ({len(dropped) / total:.1%})")
    print(f"bare numbers kept in prose (NumberClaim, no unit word, not in a table cell of figures): {len(kept):,}")

    audit = json.loads(AUDIT.read_text(encoding="utf-8")) if AUDIT.exists() else {}
    if args.check:
        for name in ("dropped", "kept"):
            part = audit.get(name, {})
            items = {key(i): i for i in (dropped if name == "dropped" else kept)}
            counts = Counter(v["class"] for v in part.values())
            now = Counter(v["class"] for k, v in part.items() if k in items)
            print(
                f"{name}: {len(part)} classified: "
                + ", ".join(f"({c}) {counts[c]}" for c in CLASSES)
                + f"; still {name} now: "
                + ", ".join(f"({c}) {now[c]}" for c in CLASSES)
            )
    if args.sample:
        sample = random.Random(args.seed).sample(dropped, min(args.sample, len(dropped)))
        show(f"dropped sample (seed {args.seed}):", sample, audit.get("dropped", {}))
        tally("dropped sample", sample, audit.get("dropped", {}))
    if args.kept:
        sample = random.Random(args.seed).sample(kept, min(args.kept, len(kept)))
        show(f"kept sample (seed {args.seed}):", sample, audit.get("kept", {}))
        tally("kept sample", sample, audit.get("kept", {}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
