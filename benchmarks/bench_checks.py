"""Benchmark: the default checks over 10,000 and 100,000 claims; the growth should be close to 10x.

Run: .venv/bin/python benchmarks/bench_checks.py [--sizes 10000 100000] [--repeat 3]

The claims are a mix of every kind the checks look at (counts with subjects and periods, changes
with a before and an after, shares with a part and a total, funds with parts, rates and totals,
a few claims invalid on their face), about ten claims per subject, checked against a table of
1,000 reference figures. Claims are built before timing; the time is for ``check()`` alone, the median of ``--repeat``
runs with the sizes interleaved. CPU time of the process is the figure to compare: on a shared
machine, wall time also counts the other processes.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
from decimal import Decimal

from factcheck import (
    Amount,
    CountClaim,
    Direction,
    MoneyClaim,
    Period,
    RateClaim,
    Reference,
    RelativeChangeClaim,
    ShareClaim,
    check,
)


def make_claims(n: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    claims = []
    years = [Period.year(y) for y in range(2015, 2025)]
    for i in range(n):
        subject = f"subject {i // 10}"
        kind = i % 8
        value = rng.randint(100, 9000)
        if kind == 0:
            claims.append(CountClaim(Amount.stated(str(value), "person"), subject=subject, period=years[i % 10]))
        elif kind == 1:
            before, after = rng.randint(1000, 9000), rng.randint(10, 900)
            change = rng.choice(["90", "95", "80"])
            claims.append(
                RelativeChangeClaim(
                    Amount.stated(change, "percent"),
                    direction=Direction.DOWN,
                    before=Amount.stated(str(before), "person"),
                    after=Amount.stated(str(after), "person"),
                    subject=subject,
                )
            )
        elif kind == 2:
            part = rng.randint(1, 100)
            claims.append(
                ShareClaim(
                    Amount.stated(str(part), "percent"),
                    part=Amount.exact(part, "item"),
                    total=Amount.exact(100, "item"),
                    whole=subject,
                )
            )
        elif kind == 3:
            parts = [Amount.stated(str(rng.randint(1, 9) * 100000), "GBP") for _ in range(3)]
            claims.append(MoneyClaim(Amount.stated(Decimal("2E+6"), "GBP"), subject=subject, parts=parts))
        elif kind == 4:
            claims.append(RateClaim(Amount.stated(str(value), "person / month"), subject=subject))
        elif kind == 5:
            claims.append(
                CountClaim(Amount.stated(str(value * 12), "person"), subject=subject, over=Amount.exact(1, "year"))
            )
        elif kind == 6:
            claims.append(CountClaim(Amount.exact(-value, "person"), subject=subject, as_stated=True))
        else:
            claims.append(CountClaim(Amount.stated(str(value), "person"), subject=subject, period=years[i % 10]))
    return claims


def make_references(n: int) -> list[Reference]:
    years = [Period.year(y) for y in range(2015, 2025)]
    return [
        Reference(Amount.exact(5000 + i, "person"), subject=f"subject {i}", period=years[(i * 10) % 10])
        for i in range(n)
    ]


def time_once(claims: list, references: list[Reference], *, gc_paused: bool = False) -> tuple[float, float]:
    """CPU seconds of this process (what the checks cost) and wall seconds (what a user waits).

    ``gc_paused`` times with Python's cyclic garbage collector off: its passes grow with the number
    of live objects, so on its own it makes 10x the claims cost a little more than 10x.
    """
    gc.collect()
    if gc_paused:
        gc.disable()
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        check(claims, references)
        return time.process_time() - cpu, time.perf_counter() - wall
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    references = make_references(1000)
    check(make_claims(200), references)  # warm the caches: units, formats
    claims = {size: make_claims(size) for size in args.sizes}
    for gc_paused in (False, True):
        times: dict[int, list[tuple[float, float]]] = {size: [] for size in args.sizes}
        for _ in range(args.repeat):  # sizes interleaved, so a busy moment on a shared machine hits all
            for size in args.sizes:
                times[size].append(time_once(claims[size], references, gc_paused=gc_paused))
        print("gc paused" if gc_paused else "gc on")
        results = []
        for size in args.sizes:
            cpu = statistics.median(t[0] for t in times[size])
            wall = statistics.median(t[1] for t in times[size])
            results.append((size, cpu, wall))
            print(f"{size:>8} claims: {cpu:8.3f} s CPU ({size / cpu:,.0f} claims/s), {wall:8.3f} s wall")
        if len(results) >= 2:
            (n1, c1, w1), (n2, c2, w2) = results[0], results[-1]
            print(f"growth {n1} -> {n2} ({n2 / n1:.0f}x claims): {c2 / c1:.2f}x CPU time, {w2 / w1:.2f}x wall time")


if __name__ == "__main__":
    main()
