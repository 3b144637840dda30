"""Forms found auditing GOV.UK text (session 9): each rule on both sides, in sentences written for these tests.

Each test pins the whole reading of its sentences: the form the rule changes and look-alikes
it must leave as they were.
"""

from __future__ import annotations

import pytest

from factcheck import check, extract
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 22 police authorities met.", [("22", "22", "item", "authority")]),
        ("Only 7 police forces replied.", [("7", "7", "item", "force")]),
        (
            "Only 4 of the 22 police authorities were rated good.",
            [("4", "4", "item", "authority"), ("22", "22", "item", "authority")],
        ),
        ("The 300 police officers marched.", [("300", "300", "person", "officer")]),
        ("About 300 police patrol the streets.", [("About 300", "300", "person", "police")]),
        ("The 40 staff members left.", [("40", "40", "person", "member")]),
        ("Only 1 woman to every 7 men works there.", [("1", "1", "person", "woman"), ("7", "7", "person", "man")]),
        ("The 12 adult cyclists rode on.", [("12", "12", "person", "cyclist")]),
    ],
)
def test_collective_noun_before_a_plural(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "police" or "staff" before a plural noun qualifies it: so many authorities, forces; not before a verb."""
    assert expected == _read(text)


def test_part_before_of_its_whole_is_no_rival() -> None:
    """ "4 of the 22 authorities": the part is some of the whole, not a second figure for the same quantity."""
    findings = check(extract("In 2010, only 4 of the 22 local authorities were rated good.")).findings
    expected = [("parts-within-total", "22", ("4",))]
    assert expected == [
        (f.code, str(f.claims[0].amount.value), tuple(str(p.value) for p in f.claims[0].parts)) for f in findings
    ]
