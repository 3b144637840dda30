"""Whole-process throughput: ``factcheck extract --format jsonl`` against quantulum3, same run.

Run from the repository root (quantulum3 comes with the ``bench`` extra)::

    python benchmarks/bench_process.py                  # ~1.5 MB of news
    python benchmarks/bench_process.py --size 300000    # quicker, noisier
    python benchmarks/bench_process.py --profile        # also where factcheck's time goes
    python benchmarks/bench_process.py --against TREE   # and another checkout's process, alternating

The text is the real news of ``tests/data/real_news/`` (Wikinews, then GOV.UK), documents joined
by blank lines, cut at a document boundary once ``--size`` characters are reached. factcheck runs
as a user runs it: ``python -m factcheck extract FILE --format jsonl`` in a fresh process (import,
lexicons, the unit registry and output included), timed in wall-clock and child CPU seconds,
after one untimed run of each checkout. The children may write bytecode even where
``PYTHONDONTWRITEBYTECODE`` is set: an installed package has its bytecode (pip compiles it), and
without it every process would compile the package's source first (about a tenth of its time).
quantulum3's ``parser.parse`` reads the same text in this process, one sentence at a time, as
users feed it (on a whole document its cost grows faster than the text). The sentences are
factcheck's own (``layout``), cut before the clock starts. The ratio compares characters per CPU
second; both figures come from the same run, so machine load hits both.

``python -m`` puts the current directory first on the path, so the process measures the
checkout you run it from, whatever ``PYTHONPATH`` says: to time another checkout, run this
script from that checkout's root, or name it with ``--against``: its process then runs from its
root, alternating with this checkout's, and the two outputs are compared (same bytes or not).
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_news"
FILES = ("wikinews_en_2019_2020", "govuk_publishing_api_examples")


def news(size: int) -> str:
    """Real news documents joined by blank lines, to at least ``size`` characters (or all there are)."""
    texts: list[str] = []
    total = 0
    for name in FILES:
        lines = gzip.decompress((DATA / f"{name}.jsonl.gz").read_bytes()).decode("utf-8").split("\n")
        for line in lines:
            if not line:
                continue
            if total >= size:
                return "\n\n".join(texts)
            text = json.loads(line)["text"]
            texts.append(text)
            total += len(text) + 2
    return "\n\n".join(texts)


def sentences(text: str) -> list[str]:
    """The text cut into factcheck's sentences (stripped, empty ones dropped)."""
    from factcheck._extract.text.sentences import layout  # noqa: PLC0415  (kept out of the timed process)

    starts = layout(text).sentence_starts
    ends = [*starts[1:], len(text)]
    return [s for s in (text[a:b].strip() for a, b in zip(starts, ends, strict=True)) if s]


_CHILD_ENV: dict[str, str] = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
"""The children's environment: they may write bytecode, as an installed package has it (pip compiles it)."""


def run_factcheck(path: str, tree: str | None = None) -> tuple[float, float, int, str]:
    """Wall seconds, child CPU seconds, output lines and output hash of one ``factcheck extract`` process.

    ``tree`` is the checkout to run from (its root becomes the working directory); none: this one.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", path, "--format", "jsonl"],
        capture_output=True,
        check=False,
        env=_CHILD_ENV,
        cwd=tree,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode())
        msg = f"factcheck extract exited with {done.returncode}"
        raise SystemExit(msg)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.count(b"\n"), hashlib.sha256(done.stdout).hexdigest()[:16]


def run_quantulum(parts: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and quantities of quantulum3's parser over ``parts`` one by one."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415  (a benchmark-only dependency)

        parser.parse("Around 5,294 people paid £1.2m.")  # its first call loads its data
        found = 0
        wall, cpu = time.perf_counter(), time.process_time()
        for part in parts:
            found += len(parser.parse(part))
        return time.perf_counter() - wall, time.process_time() - cpu, found


def profile(text: str, top: int) -> None:
    """Print where in-process extraction spends its time (cumulative and own time)."""
    from factcheck import extract  # noqa: PLC0415

    extract(text[:2000])
    profiler = cProfile.Profile()
    profiler.enable()
    extract(text)
    profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> int:
    """Run both extractors over the same text and print characters per second and their ratio."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--size", type=int, default=1_500_000, help="characters of news (default 1,500,000)")
    args.add_argument("--runs", type=int, default=3, help="factcheck processes; the fastest counts (default 3)")
    args.add_argument("--profile", action="store_true", help="also profile factcheck in this process")
    args.add_argument("--against", metavar="TREE", help="another checkout's root: its process too, alternating")
    options = args.parse_args()
    text = news(options.size)
    parts = sentences(text)
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "news.txt")
        Path(path).write_text(text, encoding="utf-8")
        trees: list[str | None] = [None] if options.against is None else [None, options.against]
        runs: dict[str | None, list[tuple[float, float, int, str]]] = {tree: [] for tree in trees}

        for tree in trees:  # untimed: each tree's bytecode written, its files in the page cache
            run_factcheck(path, tree)

        def alternate() -> None:
            for i in range(options.runs):
                for tree in trees[i % 2 :] + trees[: i % 2]:
                    runs[tree].append(run_factcheck(path, tree))

        alternate()
        q_wall, q_cpu, q_found = run_quantulum(parts)
        alternate()  # after too, so load hits both alike
    n = len(text)
    print(f"news: {n:,} characters, {len(parts):,} sentences (tests/data/real_news)")
    for tree in trees:
        wall, cpu, claims, _ = min(runs[tree], key=lambda r: r[1])
        name = "factcheck extract (process)" if tree is None else f"--against {tree}"
        print(f"  {name:<28} {n / cpu:11,.0f} chars/CPU s  {n / wall:11,.0f} chars/s wall", end="")
        print(f"  ({cpu:.2f} s CPU, {wall:.2f} s wall, {claims} claims; best of {len(runs[tree])})")
        each = ", ".join(f"{r[1]:.2f}" for r in sorted(runs[tree], key=lambda r: r[1]))
        print(f"  {'':<28} CPU s of each run, sorted: {each}; ratio to quantulum3 {q_cpu / cpu:.1f} x")
    if options.against is not None:
        digests = sorted({r[3] for rs in runs.values() for r in rs})
        print(f"  output: {'SAME OUTPUT' if len(digests) == 1 else 'OUTPUT DIFFERS'} ({', '.join(digests)})")
    cpu = min(r[1] for r in runs[None])
    print(f"  quantulum3 per sentence      {n / q_cpu:11,.0f} chars/CPU s  {n / q_wall:11,.0f} chars/s wall", end="")
    print(f"  ({q_cpu:.2f} s CPU, {q_wall:.2f} s wall, {q_found} quantities)")
    print(f"  ratio (CPU)                  {q_cpu / cpu:11.1f} x  (target >= 30, aim 50)")
    if options.profile:
        profile(text, 30)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
