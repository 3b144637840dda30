"""Benchmark: factcheck._extract against quantulum3, and the linearity of extract.

Run from the project's root (quantulum3 comes with the ``bench`` extra)::

    python benchmarks/bench_extract.py            # throughput and linearity
    python benchmarks/bench_extract.py --quick    # smaller texts, fewer repeats

Throughput: both extractors read the same English news-like text (paragraphs written for this
benchmark, repeated to ~16 KB) after one warm-up call; the best of ``--repeat`` runs counts.
Linearity: 1 MB of adversarial text (digits and separators, number words, hedges, years and
change words run together) against ten separate 100 KB pieces of the same kind; the ratio of
the two times should stay near 1 (target: within 1.5). It is printed with the garbage
collector on and paused, measured in alternation so that other load on the machine hits both.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
import warnings
from typing import TYPE_CHECKING

from factcheck._extract import extract

if TYPE_CHECKING:
    from collections.abc import Callable

PARAGRAPHS = (
    (
        "The Home Office said 5,294 Albanians had been returned under the agreement in 2023, "
        "up from 1,032 the year before. Officials delivered two document scanners during a "
        "two-day visit to Tirana, and around 55 foreign offenders were removed on one flight."
    ),
    (
        "Small boat arrivals from Albania fell from 12,000 in 2022 to 924 in 2023, a drop of 92%, "
        "according to figures published on Thursday. Ministers hope to cut net migration by about "
        "100,000 a year."
    ),
    (
        "The council's £2m fund was split into £800,000 for schools, £700,000 for roads and "
        "£900,000 for parks. Nearly half of residents said they had not heard of it, and one in "
        "five said they would apply."
    ),
    (
        "Turnout rose from 30% to 33%, an increase of 3 percentage points, while the number of "
        "postal votes doubled to 1.2 million. The scheme costs £20m a year, or £100m over five years."
    ),
    (
        "Inflation fell to 2.3% in April, the lowest rate for three years, but food prices were "
        "still 25% higher than in 2021. Rents have risen three times as fast as wages since 2015."
    ),
    (
        "Hospitals treated more than 3,000 patients a week over the winter, and waiting lists "
        "reached 7.6 million in the year to March 2024. Between 10 and 20 wards were closed."
    ),
)

ADVERSARIAL_PIECES = (
    "1,2,3,4,5,6,7,8,9,0,",
    "12.345.678,9 ",
    "one hundred and twenty-three thousand four hundred ",
    "more than nearly around up to at least ",
    "from 2021 to 2022 to 2023 to ",
    "fell rose doubled halved by 5% to 6% ",
    "£$€ 1m 2bn 3k ",
    "- - -- 1-2-3-4 ",
    "a a a of of in in ",
    "1 in 5 in 2024 in ",
    "\u00a0\u202f5\u202f000\u00a0",
)


def news_text(size: int) -> str:
    """English news-like paragraphs, repeated to at least ``size`` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        for paragraph in PARAGRAPHS:
            parts.append(paragraph)
            total += len(paragraph) + 2
    return "\n\n".join(parts)


def adversarial_text(size: int, seed: int) -> str:
    """``size`` characters of number-like noise drawn from ADVERSARIAL_PIECES (seeded)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        piece = rng.choice(ADVERSARIAL_PIECES)
        parts.append(piece)
        total += len(piece)
    return "".join(parts)[:size]


def best_time(function: Callable[[], object], repeat: int) -> float:
    """The fastest of ``repeat`` runs of ``function``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def quantulum_parser() -> Callable[[str], object]:
    """quantulum3's parse function, imported quietly (it warns that its classifier is absent)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415  (a benchmark-only dependency)

    def parse(text: str) -> object:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parser.parse(text)

    return parse


def throughput(size: int, repeat: int) -> None:
    """Print characters per second of both extractors on the same news text, and their ratio."""
    text = news_text(size)
    parse = quantulum_parser()
    extract(text[:500])
    parse(text[:500])
    ours = best_time(lambda: extract(text), repeat)
    theirs = best_time(lambda: parse(text), max(1, repeat // 2))
    found_ours = len(extract(text))
    found_theirs = len(parse(text))  # type: ignore[arg-type]
    print(f"news text: {len(text):,} characters")
    print(f"  factcheck._extract  {len(text) / ours:12,.0f} chars/s  ({ours:.3f} s, {found_ours} claims)")
    print(f"  quantulum3         {len(text) / theirs:12,.0f} chars/s  ({theirs:.3f} s, {found_theirs} quantities)")
    print(f"  ratio              {theirs / ours:12.1f} x  (target >= 10)")


def linearity(small: int, repeat: int) -> None:
    """Print the time for 10 x ``small`` characters apart and together, and their ratio.

    The two are measured in alternation (best of ``repeat`` each), once with Python's cyclic
    garbage collector running as usual and once with it paused, as :mod:`timeit` does: the
    collector's full passes grow with the number of live objects (here, tens of thousands of
    claims), which is the interpreter's cost rather than the extractor's.
    """
    pieces = [adversarial_text(small, seed) for seed in range(10)]
    whole = "".join(pieces)
    extract(pieces[0][:1000])
    print(f"adversarial text: 10 x {small:,} characters vs {len(whole):,} at once")
    for collector in ("on", "paused"):
        apart = together = float("inf")
        for _ in range(repeat):
            gc.collect()
            if collector == "paused":
                gc.disable()
            try:
                apart = min(apart, best_time(lambda: [extract(p) for p in pieces], 1))
                gc.collect()
                together = min(together, best_time(lambda: extract(whole), 1))
            finally:
                gc.enable()
        print(f"  gc {collector:6s}  10 pieces {apart:7.3f} s   one text {together:7.3f} s", end="")
        print(f"   ratio {together / apart:5.2f}  (target <= 1.5)")


def main() -> None:
    """Run both measurements."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--quick", action="store_true", help="smaller texts and fewer repeats")
    args.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    options = args.parse_args()
    repeat = 1 if options.quick else options.repeat
    throughput(4_000 if options.quick else 16_000, repeat)
    linearity(10_000 if options.quick else 100_000, repeat)


if __name__ == "__main__":
    main()
