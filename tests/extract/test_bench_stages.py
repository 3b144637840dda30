"""``benchmarks/bench_stages.py`` times the pipeline's own stages, and leaves the pipeline as it was."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck._extract import pipeline

if TYPE_CHECKING:
    from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_stages.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_stages", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_stages", module)
    spec.loader.exec_module(module)
    return module


def test_every_stage_is_a_name_of_the_pipeline_and_is_timed() -> None:
    bench = _bench()
    before = {name: getattr(pipeline, name) for name in bench.STAGES}
    spent, whole = bench.one_run("About 5,294 people were returned in 2024, up 12% on the 4,700 of 2023.")
    assert set(spent) == set(bench.STAGES)  # each stage ran, so none of them was renamed away
    assert all(seconds >= 0 for seconds in spent.values())
    assert sum(spent.values()) <= whole + 1e-3
    assert {name: getattr(pipeline, name) for name in bench.STAGES} == before
