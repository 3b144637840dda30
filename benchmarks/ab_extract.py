"""In-process ``extract`` CPU time of two checkouts, alternating, in one run, with an output check.

Run from anywhere::

    python benchmarks/ab_extract.py TREE_A TREE_B [--rounds 5] [--size 1500000]

Each round starts, for A then B (the order alternates from round to round), a fresh interpreter
with ``PYTHONPATH=TREE`` in ``TREE``, which imports factcheck, warms up on a short text, then times
:func:`factcheck.extract` over about ``--size`` characters of the real news in
``TREE/tests/data/real_news`` (Wikinews, then GOV.UK), document by document: process CPU seconds,
import and warm-up excluded. It prints each tree's median, their ratio, and whether both trees gave
the same claims (a hash of every claim's ``repr``): a speed change must print ``SAME OUTPUT``.
``PYTHONDONTWRITEBYTECODE`` is dropped from the children's environment, so neither side pays to
compile its source in every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

CHILD = r"""
import gzip, hashlib, json, sys, time
from pathlib import Path
import factcheck
size = int(sys.argv[1])
data = Path("tests/data/real_news")
texts, total = [], 0
for name in ("wikinews_en_2019_2020", "govuk_publishing_api_examples"):
    for line in gzip.decompress((data / f"{name}.jsonl.gz").read_bytes()).decode().split("\n"):
        if line and total < size:
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text)
factcheck.extract("Prices rose 5% to £3.50 in 2024, up from 2,000 people.", locale="en_GB")
start = time.process_time()
out = [factcheck.extract(text, locale="en_GB") for text in texts]
cpu = time.process_time() - start
digest = hashlib.sha256(repr([[repr(c) for c in cs] for cs in out]).encode()).hexdigest()[:16]
print(cpu, total, digest)
"""


def run(tree: str, size: int) -> tuple[float, int, str]:
    """One timed child in ``tree``: CPU seconds, characters read, the output's hash."""
    env = dict(os.environ, PYTHONPATH=tree)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(size)], cwd=tree, env=env, capture_output=True, text=True, check=True
    )
    cpu, total, digest = done.stdout.split()
    return float(cpu), int(total), digest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", help="the first checkout (the reference)")
    parser.add_argument("b", help="the second checkout")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--size", type=int, default=1_500_000)
    args = parser.parse_args(argv)
    times: dict[str, list[float]] = {args.a: [], args.b: []}
    digests: dict[str, set[str]] = {args.a: set(), args.b: set()}
    total = 0
    for i in range(args.rounds):
        for tree in (args.a, args.b) if i % 2 == 0 else (args.b, args.a):
            cpu, total, digest = run(tree, args.size)
            times[tree].append(cpu)
            digests[tree].add(digest)
    for tree in (args.a, args.b):
        runs = sorted(round(t, 3) for t in times[tree])
        print(f"{tree}: median {statistics.median(times[tree]):.3f} CPU s over {total:,} chars  {runs}")
    median_a, median_b = statistics.median(times[args.a]), statistics.median(times[args.b])
    print(f"B/A CPU ratio {median_b / median_a:.3f} (B is {median_a / median_b:.2f}x as fast as A)")
    same = digests[args.a] == digests[args.b] and len(digests[args.a]) == 1
    print("SAME OUTPUT" if same else "OUTPUT DIFFERS")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
