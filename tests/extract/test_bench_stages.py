"""``benchmarks/bench_stages.py`` times the pipeline's own stages, and leaves the pipeline as it was."""

from __future__ import annotations

from factcheck._extract import pipeline
from tests.benchmark_scripts import benchmark


def test_every_stage_is_a_name_of_the_pipeline_and_is_timed() -> None:
    bench = benchmark("bench_stages")
    before = {name: getattr(pipeline, name) for name in bench.STAGES}
    spent, whole = bench.one_run("About 5,294 people were returned in 2024, up 12% on the 4,700 of 2023.")
    assert set(spent) == set(bench.STAGES)  # each stage ran, so none of them was renamed away
    assert sum(spent.values()) <= whole + 1e-3
    assert {name: getattr(pipeline, name) for name in bench.STAGES} == before
