"""No ERROR on news sentences whose figures agree: the false alarms found by probing stay fixed.

``tests/data/probes/consistent_en.txt`` holds 2,058 sentences written for these tests in the shapes news
uses (results, markets, polls, lists of parts, changes, scores, conversions); every figure in them
agrees, or is not checkable from the sentence alone. Each raised no ERROR once its cause was fixed
(parts that may overlap, lists that may name only some parts, a fall of a quantity that can go
negative, an average of counts, a fraction of a point, a sum verb with its own subject ...).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quiet import errors

SENTENCES = [
    line
    for line in (Path(__file__).resolve().parent.parent / "data" / "probes" / "consistent_en.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
]


def test_there_are_enough_sentences() -> None:
    assert len(SENTENCES) >= 1_600


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_consistent_sentence_raises_no_error(sentence: str) -> None:
    assert errors(sentence) == []
