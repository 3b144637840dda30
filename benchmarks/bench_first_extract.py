"""CPU time of ``import factcheck`` and of the first ``extract``, in fresh interpreters, and where it goes.

Run from the repository root; give other checkouts to compare them in the same run (their runs
alternate with this one's, so a busy machine slows all of them alike):

    .venv/bin/python benchmarks/bench_first_extract.py [--runs 11] [OTHER_CHECKOUT ...]
    .venv/bin/python benchmarks/bench_first_extract.py --steps   # this checkout, step by step

CPU seconds (``time.process_time``), the median of ``--runs`` fresh interpreters each. The first
``extract`` is timed after ``import factcheck``: it imports the extraction stages and pint (and
numpy and dask, which pint imports when they are installed), builds the unit registry, and reads
the lexicons and babel's locale data. ``--steps`` loads the same things one after the other and
times each: pint's own import (with numpy, dask), the extraction stages' modules, the registry,
the scanner's tables for ``en_GB`` and then the extract itself.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

SENTENCE = "Arrivals fell from 8,000 in 2022 to 390 in 2023, a drop of 95%, and £1.2m was spent."

WHOLE = f"""
import time
start = time.process_time()
import factcheck
imported = time.process_time()
factcheck.extract({SENTENCE!r})
print(imported - start, time.process_time() - imported)
"""

STEPS = f"""
import importlib.util, time
marks = [time.process_time()]
import factcheck
marks.append(time.process_time())
for name in ("numpy", "dask"):  # what pint imports when it finds them, timed with pint
    if importlib.util.find_spec(name) is not None:
        __import__(name)
import pint
marks.append(time.process_time())
import factcheck._extract.pipeline
marks.append(time.process_time())
factcheck.units.registry()
marks.append(time.process_time())
from factcheck._extract.scan.locale_tables import tables
tables("en_GB")
marks.append(time.process_time())
factcheck.extract({SENTENCE!r})
marks.append(time.process_time())
print(*(b - a for a, b in zip(marks, marks[1:])))
"""
STEP_NAMES = (
    "import factcheck",
    "import pint (numpy, dask)",
    "extraction modules",
    "unit registry",
    "tables en_GB",
    "extract",
)


def _run(checkout: Path, probe: str, where: str) -> list[float]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)  # byte code cached as a user's is: the warm-up run writes it
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env, cwd=where)
    return [float(part) for part in done.stdout.split()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("others", nargs="*", type=Path, help="other checkouts to measure in the same run")
    parser.add_argument("--runs", type=int, default=11, help="fresh interpreters per checkout (default 11)")
    parser.add_argument("--steps", action="store_true", help="time this checkout's first extract step by step")
    opts = parser.parse_args(argv)
    here = Path(__file__).resolve().parent.parent
    probe, names = (STEPS, STEP_NAMES) if opts.steps else (WHOLE, ("import factcheck", "first extract"))
    checkouts = [here] if opts.steps else [here, *(p.resolve() for p in opts.others)]
    results: dict[Path, list[list[float]]] = {c: [] for c in checkouts}
    with tempfile.TemporaryDirectory() as where:  # one empty folder to start in: "-c" puts it first on sys.path
        for checkout in checkouts:
            _run(checkout, probe, where)  # a warm-up, not counted
        for _ in range(opts.runs):
            for checkout in checkouts:
                results[checkout].append(_run(checkout, probe, where))
    print(f"CPU ms, median of {opts.runs} fresh interpreters ({sys.executable})")
    for checkout, runs in results.items():
        medians = [statistics.median(run[k] for run in runs) * 1000 for k in range(len(names))]
        print(f"{checkout}")
        for name, ms in zip(names, medians, strict=True):
            print(f"  {name:<28} {ms:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
