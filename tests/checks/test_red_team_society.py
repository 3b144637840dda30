"""Red-team sentences of politics, courts, health, sport, weather, transport, schools and local news.

Each correct sentence gives no ERROR; where the relation is read, a copy with one figure made
wrong still gives its ERROR.
"""

from __future__ import annotations

from factcheck import Severity, check
from factcheck._extract import extract


def found(text: str) -> list[tuple[str, Severity]]:
    return [(f.code, f.severity) for f in check(extract(text), text=text).findings]


def test_group_ratio_restated_after_the_group_size_agrees():
    """ "Of 800 voters, three in four, or 75%": the fraction is restated, not a part of 800."""
    expected = [("restatement-agrees", Severity.OK)]
    assert expected == found("A poll of 800 voters found that three in four, or 75%, wanted a new bypass.")


def test_group_ratio_restated_wrongly_after_the_group_size():
    """The same sentence with the percentage made wrong is an ERROR of the restatement."""
    expected = [("restatement-disagrees", Severity.ERROR)]
    assert expected == found("A poll of 800 voters found that three in four, or 65%, wanted a new bypass.")


def test_bare_group_ratio_restated_as_a_percentage():
    """ "one in five, or 20%" with no group size: the percentage restates the fraction."""
    expected = [("restatement-agrees", Severity.OK)]
    assert expected == found("The inspectors said one in five, or 20%, of the ward beds were unsafe.")


def test_bare_group_ratio_restated_wrongly_as_a_percentage():
    """The same with the percentage made wrong."""
    expected = [("restatement-disagrees", Severity.ERROR)]
    assert expected == found("The inspectors said one in five, or 30%, of the ward beds were unsafe.")
