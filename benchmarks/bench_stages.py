"""Where one ``extract`` of news spends its CPU time, stage by stage, without a profiler's overhead.

Run from the repository root::

    python benchmarks/bench_stages.py                 # ~1.5 MB of news, best of 5
    python benchmarks/bench_stages.py --size 300000   # quicker

The text is ``bench_process.py``'s (the real news of ``tests/data/real_news/`` as one text). Each
stage that :func:`factcheck._extract.pipeline.run` calls is wrapped in a timer for the run (the
pipeline's own code is what runs, in its own order), the garbage collector set as the command sets
it. Per stage the best of ``--rounds`` runs is shown, with its share of the sum and the CPU time
of the whole ``extract`` beside it (the rest is the pipeline's own glue: dropping bare numbers,
merging durations).

cProfile charges every Python call its overhead and so inflates the stages made of many small
calls; a timer around each stage does not. Compare the stages' shares, not absolute times across
runs or machines.
"""

from __future__ import annotations

import argparse
import functools
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_process import news  # the same text as the whole-process benchmark

if TYPE_CHECKING:
    from collections.abc import Callable

P = ParamSpec("P")
R = TypeVar("R")

STAGES = {
    "layout": "sentences, clauses and paragraphs (text.sentences.layout)",
    "WordIndex": "the word index of the whole text",
    "find_periods": "years, dates and periods",
    "_scan_paragraphs": "the pre-scan's places and the scanner on the stretches that may hold a figure",
    "Reader": "the reader's set-up",
    "_drafts": "each figure read in its clause",
    "link": "the links between figures",
    "finish": "drafts finished as claims",
}


def timed(name: str, spent: dict[str, float], function: Callable[P, R]) -> Callable[P, R]:
    """``function``, adding its CPU time to ``spent[name]`` at each call."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start

    return wrapper


def one_run(text: str) -> tuple[dict[str, float], float]:
    """The CPU seconds of each stage and of the whole ``extract`` of ``text``, once."""
    import factcheck  # noqa: PLC0415
    from factcheck._extract import pipeline  # noqa: PLC0415

    spent: dict[str, float] = defaultdict(float)
    saved: dict[str, Any] = {name: getattr(pipeline, name) for name in STAGES}
    for name, function in saved.items():
        setattr(pipeline, name, timed(name, spent, function))
    try:
        start = time.process_time()
        factcheck.extract(text)
        whole = time.process_time() - start
    finally:
        for name, function in saved.items():
            setattr(pipeline, name, function)
    return dict(spent), whole


def main() -> None:
    """Time the stages and print them, largest first."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--size", type=int, default=1_500_000, help="characters of news (default 1.5 MB)")
    args.add_argument("--rounds", type=int, default=5, help="runs; each stage's best is shown")
    options = args.parse_args()
    text = news(options.size)
    import factcheck  # noqa: PLC0415

    factcheck.extract("Warm-up: 5 people paid £3m in 2020.")
    gc.freeze()
    gc.set_threshold(500_000, 10, 10)  # as `factcheck extract` sets it (cli.run)
    best: dict[str, float] = {}
    wholes: list[float] = []
    for _ in range(options.rounds):
        spent, whole = one_run(text)
        wholes.append(whole)
        best = {name: min(best.get(name, spent[name]), spent[name]) for name in spent}
    total = sum(best.values())
    print(f"news: {len(text):,} characters; extract in one process, best of {options.rounds}: {min(wholes):.3f} CPU s")
    for name, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"  {name:18s} {seconds * 1000:8.1f} ms  {seconds / total:6.1%}  {STAGES[name]}")
    print(f"  {'sum of stages':18s} {total * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
