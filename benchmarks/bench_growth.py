"""Growth of extraction time with the length of repetitive text: 1 MB against 100 KB, per repeated unit.

Run from the repository root::

    python benchmarks/bench_growth.py                 # every unit, 100 KB and 1 MB
    python benchmarks/bench_growth.py --small 20000   # quicker: 20 KB and 200 KB
    python benchmarks/bench_growth.py --only hedges --only "from-to chain"

Each unit (hedge words, digits with separators, long digit runs, "from 1 to 2 to 3" chains,
currency symbols, number words, brackets, dashes, ...) is repeated to ``--small`` characters and
to ten times that; ``factcheck.extract`` reads each (CPU time, best of ``--repeat`` for the small
text, of ``max(1, repeat // 2)`` for the large one) and the ratio large/small is printed. Linear
time gives 10; the target is at most 12. The test ``tests/extract/test_extract_growth.py``
checks the same units with operation counts, which do not depend on the machine's load.
"""

from __future__ import annotations

import argparse
import gc
import time
from typing import TYPE_CHECKING

from factcheck import extract

if TYPE_CHECKING:
    from collections.abc import Callable


def _counting(template: str) -> Callable[[int], str]:
    """A text of ``template`` repeated with a counter: "from 1 to 2 to 3 to ..."."""

    def make(size: int) -> str:
        parts: list[str] = []
        total = 0
        i = 1
        while total < size:
            part = template.format(i)
            parts.append(part)
            total += len(part)
            i += 1
        return "".join(parts)[:size]

    return make


UNITS: dict[str, str | Callable[[int], str]] = {
    "hedges": "around more than nearly ",
    "hedges before a number": "around more than nearly 5 ",
    "digits with separators": "1,234,567,890,",
    "digit lists": "1,2,3,4,5,6,7,8,9,0,",
    "dotted digits": "12.345.678,9 ",
    "long digit run": "1234567890",
    "spaced digit groups": "\u00a05\u202f000\u00a0",
    "from-to chain": _counting("to {} "),
    "from 1 to 2 to 3": "from 1 to 2 to 3 ",
    "from 1 to 2 to 3 chains": "from 1 to 2 to 3 to ",
    "currency symbols": "£$€¥₹ ",
    "currency and numbers": "£1m $2bn €3k ",
    "number words": "one hundred and twenty-three thousand four hundred ",
    "number words run": "one two three four five ",
    "fractions": "a third half ¾ two fifths ",
    "brackets": "(((([[[[ ",
    "bracketed numbers": "(5) [6] (7%) ",
    "dashes": "- – — -- ",
    "dashed numbers": "1-2-3-4-5-",
    "years and changes": "fell rose doubled halved by 5% to 6% in 2024 ",
    "sentences": "Prices rose 5%. Wages fell 2%. ",
    "full stops": ". ",
    "new lines": "\n",
    "one long word": "a",
    "percent signs": "5% ",
    "ratios": "1 in 5 in 2024 in ",
    "points": "up 3 points to 7,245 points ",
    "table rows": "Rents | 5 | 6 | 7%\t8 ",
    "counts of which": "of which 2 ",
    "counts of them": "2 of them ",
    "remaining shares": "the remaining 5% ",
    "parts after a lead": "1,000 people, including 200 children and ",
}
"""The repeated units, each a string or a function of the size; ``tests/extract/test_extract_growth.py`` counts
the work of each too."""


def text_of(unit: str | Callable[[int], str], size: int) -> str:
    """``unit`` repeated (or generated) to exactly ``size`` characters."""
    if callable(unit):
        return unit(size)
    return (unit * (size // len(unit) + 1))[:size]


def cpu_time(text: str, repeat: int) -> float:
    """The fastest of ``repeat`` CPU times of ``extract(text)``, with a collection before each."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        extract(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    """Print, per unit, the CPU time of the small and the large text and their ratio."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--small", type=int, default=100_000, help="characters of the small text (default 100,000)")
    args.add_argument("--repeat", type=int, default=3, help="runs of the small text; the best counts (default 3)")
    args.add_argument("--only", action="append", help="run only this unit (repeatable)")
    options = args.parse_args()
    extract("Warm-up: around 5% of £1m.")
    worst = 0.0
    print(f"{'unit':26s} {'small s':>8s} {'large s':>8s} {'ratio':>6s}  (large = 10 x {options.small:,} characters)")
    for name, unit in UNITS.items():
        if options.only and name not in options.only:
            continue
        small = cpu_time(text_of(unit, options.small), options.repeat)
        large = cpu_time(text_of(unit, 10 * options.small), max(1, options.repeat // 2))
        ratio = large / small if small > 0 else float("inf")
        worst = max(worst, ratio)
        flag = "" if ratio <= 12 else "  <-- over 12"
        print(f"{name:26s} {small:8.3f} {large:8.3f} {ratio:6.1f}{flag}", flush=True)
    print(f"worst ratio {worst:.1f} (linear: 10; target <= 12)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
