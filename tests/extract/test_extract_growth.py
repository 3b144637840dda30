"""Extraction work grows linearly with repetitive text: ten times the text, at most 12 times the work.

The work is counted, not timed: every Python and C function call made while ``extract`` runs
(``sys.setprofile``) and every line of Python it runs (``sys.settrace``), which do not depend on
the machine's load. Lines count a loop that calls nothing (a walk along a list of numerals, asked
again at each numeral, was one). A count cannot see a single C call whose cost grows with the
text (slicing the text before every figure was one: ``benchmarks/bench_growth.py`` times every
unit, 100 KB against 1 MB, for those).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

from factcheck import extract
from tests.benchmark_scripts import benchmark

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

SMALL = 600
"""Characters of the small text; the large one has ten times as many."""
MOST = 12
"""The largest ratio of work allowed for ten times the text (linear: 10)."""

GROWTH = benchmark("bench_growth")
"""The benchmark that times the same units: its ``UNITS`` are the one list of them."""


def _calls(text: str) -> int:
    """The function calls (Python and C) and the lines of Python that ``extract(text)`` runs."""
    count = 0

    def profile(_frame: FrameType, event: str, _arg: object) -> None:
        nonlocal count
        if event in {"call", "c_call"}:
            count += 1

    def lines(_frame: FrameType, event: str, _arg: object) -> Callable[[FrameType, str, object], object]:
        nonlocal count
        if event == "line":
            count += 1
        return lines

    sys.setprofile(profile)
    sys.settrace(lines)
    try:
        extract(text)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("name", GROWTH.UNITS)
def test_ten_times_the_text_is_at_most_twelve_times_the_work(name: str) -> None:
    """The calls for ten times the text are at most 12 times those for the text (linear would be 10)."""
    unit = GROWTH.UNITS[name]
    small, large = GROWTH.text_of(unit, SMALL), GROWTH.text_of(unit, 10 * SMALL)
    extract(small)  # the lexicons, tables and registry load on first use: not the text's work
    ratio = _calls(large) / _calls(small)
    assert ratio <= MOST, f"{ratio:.1f} times the work for 10 times the text"
