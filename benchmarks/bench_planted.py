"""Benchmark: planted errors; recall on wrong copies and specificity on the originals, per relation kind.

Run from the project's root::

    python benchmarks/bench_planted.py            # figures per set and relation kind
    python benchmarks/bench_planted.py --misses   # and every copy not caught, every original flagged

The cases are in ``tests/data/planted``: ``real.json`` points at passages of the real news
documents in ``tests/data/real_news`` (document id, character span, the figure to alter, the
relation and why its figures agree), ``own.json`` holds sentences written for the relation kinds
the real documents hold too few of. Each case's copy has one figure made wrong by one rule
(times 1.5, or times 0.5 where the case says "down"; see ``tests/planted.py``), far beyond rounding.

Each passage goes alone through ``factcheck.check(factcheck.extract(text, locale))``. Printed
for the real set, the own set and both: recall (copies with an ERROR finding), recall at WARNING
or worse, and specificity (originals with no ERROR finding), per relation kind and in total.
The bar (issue 11): recall >= 90% and originals unflagged >= 98%.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

from tests.planted import RELATIONS, Outcome, Score, outcome, own_cases, real_cases  # noqa: E402


def row(label: str, score: Score) -> str:
    return (
        f"  {label:<14} {score.cases:>5}  {score.caught:>3} {score.recall:>7.1%}  "
        f"{score.warned:>3} {score.recall_warning:>7.1%}  {score.clean:>3} {score.specificity:>7.1%}"
    )


def table(title: str, outcomes: list[Outcome]) -> list[str]:
    lines = [
        f"{title}:",
        f"  {'relation':<14} {'cases':>5}  {'copies ERROR':>11}  {'WARNING+':>11}  {'orig. no ERROR':>11}",
    ]
    for relation in RELATIONS:
        mine = [o for o in outcomes if o.case.relation == relation]
        if mine:
            lines.append(row(relation, Score.of(mine)))
    lines.append(row("all", Score.of(outcomes)))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--misses", action="store_true", help="list the copies missed and the originals flagged")
    parser.add_argument("--width", type=int, default=110)
    args = parser.parse_args()

    real = [outcome(case) for case in real_cases()]
    own = [outcome(case) for case in own_cases()]
    print("Planted errors: check(extract(passage)) on originals and on copies with one figure made wrong\n")
    for title, outcomes in (("real passages", real), ("own sentences", own), ("both", real + own)):
        print("\n".join(table(title, outcomes)) + "\n")
    if args.misses:
        for o in real + own:
            notes = []
            if not o.caught:
                notes.append(f"copy missed ({o.copy.label if o.copy else 'no finding'})")
            if not o.original_clean:
                notes.append("original flagged ERROR")
            if notes:
                text = textwrap.shorten(o.case.text, args.width, placeholder=" …")
                print(f"{o.case.id} {o.case.relation}: {'; '.join(notes)}\n    {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
