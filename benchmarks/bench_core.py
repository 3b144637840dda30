"""Core benchmark: the cost of `import factcheck` and of the first `extract`, and `parse_amount` throughput.

Run from the repository root (extra ``bench`` for quantulum3):

    .venv/bin/python benchmarks/bench_core.py [--runs 7] [--seconds 1.0]

(a) ``import factcheck`` is timed in fresh subprocesses (median of ``--runs``) next to
``import pint`` in the same run; target under 100 ms, and pint must not load at all.
(c) the first ``factcheck.extract`` call in a fresh interpreter (after the import: lexicons, babel
locale data and the pint registry load on first use), next to quantulum3's first ``parse`` of the
same sentence in the same run; target under 300 ms.
(b) ``factcheck.parse_amount`` parses a mixed list of figures after a warm-up; target at least
20,000 figures/s on one core. Peers on the same machine in the same run: babel's
``parse_decimal`` on the bare numerals only (a much smaller job: no units, scale words, hedges or
ranges) and quantulum3's ``parser.parse`` on the same strings. Ratios, not absolute times, are
what compare across machines.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
import warnings
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

IMPORT_PROBE = """
import sys, time
start = time.perf_counter()
import {module}
elapsed = time.perf_counter() - start
print(elapsed, int("pint" in sys.modules))
"""

# A mix of what news text states: digits, scale words, currencies, percentages, points, hedges,
# number words, fractions and ranges (British English).
FIGURES: tuple[str, ...] = (
    "5,294",
    "95%",
    "£1million",
    "£1m",
    "around 100,000",
    "more than 5,000",
    "two",
    "55",
    "between 10 and 20 per cent",
    "€2.5bn",
    "nearly half",
    "£1.2m",
    "3.5 percentage points",
    "up to 500",
    "at least £20,000",
    "fifty-five",
    "a dozen",
    "half a million",
    "US$3bn",
    "1.5bn",
    "12.5%",
    "£850,000",
    "about 40 per cent",
    "10-20%",
    "390",
    "8,000",
    "almost 3 million",
    "£4.5bn",
    "0.3pp",
    "€700",
)

FIRST_CALL_PROBE = """
import sys, time, warnings
warnings.simplefilter("ignore")
{setup}
start = time.perf_counter()
{call}
print(time.perf_counter() - start)
"""
FIRST_SENTENCE = "Arrivals fell from 8,000 in 2022 to 390 in 2023, a drop of 95%, and £1.2m was spent."
FIRST_CALLS = {
    "factcheck.extract": ("import factcheck", f"factcheck.extract({FIRST_SENTENCE!r})"),
    "quantulum3 parse": ("from quantulum3 import parser", f"parser.parse({FIRST_SENTENCE!r})"),
}

NUMERALS: tuple[str, ...] = ("5,294", "55", "100,000", "5,000", "1.2", "3.5", "20,000", "2.5", "12.5", "850,000")


def median_import(module: str, runs: int) -> tuple[float, bool]:
    """Median seconds to import ``module`` in a fresh interpreter, and whether pint got loaded."""
    times: list[float] = []
    pint_loaded = False
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE.format(module=module)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        times.append(float(out[0]))
        pint_loaded = pint_loaded or out[1] == "1"
    return statistics.median(times), pint_loaded


def median_first_call(setup: str, call: str, runs: int) -> float | None:
    """Median seconds of the first ``call`` after ``setup`` in fresh interpreters; None if setup fails."""
    times: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", FIRST_CALL_PROBE.format(setup=setup, call=call)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            return None
        times.append(float(done.stdout.split()[-1]))
    return statistics.median(times)


def throughput(parse: Callable[[str], object], items: Sequence[str], seconds: float) -> float:
    """Items per second over whole passes through ``items`` for at least ``seconds``, after warm-up."""
    for text in items:  # warm-up: caches, lazy registries, lexicons
        parse(text)
    rounds: list[float] = []
    for _ in range(3):
        count, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds / 3:
            for text in items:
                parse(text)
            count += len(items)
        rounds.append(count / elapsed)
    return statistics.median(rounds)


def _readable(parse: Callable[..., object], error: type[Exception], text: str) -> bool:
    """True when ``parse`` reads ``text``; says so when it cannot (the figure is left out)."""
    try:
        parse(text, locale="en_GB")
    except error as err:
        print(f"  (left out, parse_amount cannot read it: {err})")
        return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run both measurements and print them with their targets and peer ratios."""
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--runs", type=int, default=7, help="fresh interpreters per import timing")
    args.add_argument("--seconds", type=float, default=1.0, help="time per throughput measurement")
    opts = args.parse_args(argv)

    print(f"python {sys.version.split()[0]} on {sys.platform}; one process, one core")
    print(f"\n(a) import time, median of {opts.runs} fresh interpreters")
    ours, pint_loaded = median_import("factcheck", opts.runs)
    pint_time, _ = median_import("pint", opts.runs)
    print(f"  import factcheck         {ours * 1000:8.1f} ms   target < 100 ms: {'met' if ours < 0.1 else 'MISSED'}")
    print(f"  import pint              {pint_time * 1000:8.1f} ms")
    print(f"  factcheck / pint         {ours / pint_time:8.2f} x")
    print(f"  pint loaded by import factcheck: {'YES (defect)' if pint_loaded else 'no'}")

    print(f"\n(c) first call after import, median of {opts.runs} fresh interpreters")
    first = {name: median_first_call(setup, call, opts.runs) for name, (setup, call) in FIRST_CALLS.items()}
    for name, seconds in first.items():
        shown = "not installed" if seconds is None else f"{seconds * 1000:8.1f} ms"
        print(f"  {name:<24} {shown}")
    ours_first, peer_first = first["factcheck.extract"], first["quantulum3 parse"]
    if ours_first is not None:
        print(f"  first extract target < 300 ms: {'met' if ours_first < 0.3 else 'MISSED'}")
    if ours_first is not None and peer_first is not None:
        print(f"  factcheck / quantulum3   {ours_first / peer_first:8.2f} x")

    from babel.numbers import parse_decimal  # noqa: PLC0415  (timed above in a clean process)

    from factcheck import ParseError, parse_amount  # noqa: PLC0415

    readable = [text for text in FIGURES if _readable(parse_amount, ParseError, text)]
    print(f"\n(b) parse throughput, {len(readable)} mixed figures, ~{opts.seconds:.1f} s each, after warm-up")
    ours_rate = throughput(lambda t: parse_amount(t, locale="en_GB"), readable, opts.seconds)
    babel_rate = throughput(lambda t: parse_decimal(t, locale="en_GB", strict=True), NUMERALS, opts.seconds)
    print(
        f"  factcheck.parse_amount   {ours_rate:10,.0f} figures/s   target >= 20,000: "
        f"{'met' if ours_rate >= 20_000 else 'MISSED'}"
    )
    print(f"  babel parse_decimal      {babel_rate:10,.0f} numerals/s (bare numerals only)")
    print(f"  factcheck / babel        {ours_rate / babel_rate:10.2f} x")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantulum3 warns at import that its classifier is missing
            from quantulum3 import parser  # noqa: PLC0415
    except ImportError:
        print("  quantulum3               not installed (pip install '.[bench]')")
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q_rate = throughput(parser.parse, readable, opts.seconds)
        print(f"  quantulum3 parser.parse  {q_rate:10,.0f} figures/s (same strings)")
        print(f"  factcheck / quantulum3   {ours_rate / q_rate:10.1f} x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
