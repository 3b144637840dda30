"""The noun a count counts: people and vehicle nouns, heads past modifiers, hyphened counts, "more" changes.

Sentences written for these tests; each pins the whole reading of the sentence, on both sides
of each rule (where it applies and where it must not).
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck._decimal import plain
from tests.readings import readings as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The house sheltered two males and four females.",
            [("two", "2", "person", "male"), ("four", "4", "person", "female")],
        ),
        ("All five occupants of the van escaped.", [("five", "5", "person", "occupant")]),
        ("Police arrested 12 smugglers at the port.", [("12", "12", "person", "smuggler")]),
        ("The court jailed three people smugglers.", [("three", "3", "person", "smuggler")]),
        ("Seven hijackers boarded the plane.", [("Seven", "7", "person", "hijacker")]),
        ("A convoy of 40 motorcycles rode past.", [("40", "40", "vehicle", "motorcycle")]),
        ("The depot holds 16 trucks.", [("16", "16", "vehicle", "truck")]),
        ("The shop sold 16 helmets.", [("16", "16", "item", "helmet")]),
    ],
)
def test_people_and_vehicle_nouns(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """Males, occupants, smugglers, hijackers count people; motorcycles and trucks vehicles; helmets stay items."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She raised three grown sons.", [("three", "3", "person", "son")]),
        ("They honoured two fallen soldiers.", [("two", "2", "person", "soldier")]),
        ("The firm saw 4 fallen prices.", [("4", "4", "dimensionless", None)]),
        ("Prices have 4 grown.", [("4", "4", "dimensionless", None)]),
        ("It named the 50 most promising students.", [("50", "50", "person", "student")]),
        ("The 10 most recent years were warm.", [("10", "10", "dimensionless", None)]),
        ("It chose the 30 most gifted pupils.", [("30", "30", "person", "pupil")]),
        ("He met 2,400 Polish Canadian voters.", [("2,400", "2400", "person", "voter")]),
        ("Some 600 Turkish Cypriots voted.", [("Some 600", "600", "person", "cypriot")]),
        ("Nearly 90 British firms signed.", [("Nearly 90", "90", "item", "firm")]),
        ("About 5,000 Londoners marched.", [("About 5,000", "5000", "person", "londoner")]),
        ("The dispute between the two villages persists.", [("two", "2", "item", "village")]),
        ("The two weapons tests failed.", [("two", "2", "item", "test")]),
        ("The town has 3,500 arts-related firms.", [("3,500", "3500", "item", "firm")]),
        ("The war left 900 fire-damaged homes.", [("900", "900", "item", "home")]),
        ("The firm moved 900 homes damaged by fire.", [("900", "900", "item", "home")]),
    ],
)
def test_head_past_modifiers(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A participle, a superlative, a nationality or a hyphened "-related" before the noun; a verb after it is not."""
    assert expected == _read(text)


def _change(text: str) -> list[tuple[str, str, str, str]]:
    """Each claim as (kind, text, value, unit)."""
    return [
        (type(c).__name__, c.span.text if c.span else "", plain(c.amount.value), str(c.amount.unit) or "dimensionless")
        for c in extract(text, locale="en_GB", bare_numbers=True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The line will get 4,500 more carriages.", [("AbsoluteChangeClaim", "4,500", "4500", "item")]),
        ("The ward has 12 fewer nurses.", [("AbsoluteChangeClaim", "12", "12", "person")]),
        ("The plan adds 7 more buses.", [("AbsoluteChangeClaim", "7", "7", "vehicle")]),
        (
            "The storm killed 30 and injured 20 more.",
            [("CountClaim", "30", "30", "person"), ("CountClaim", "20", "20", "person")],
        ),
        ("The course takes 3 more years.", [("DurationClaim", "3 more years", "3", "year")]),
        ("The team scored 8 more points.", [("AbsoluteChangeClaim", "8", "8", "dimensionless")]),
        ("They spent £40m more on roads.", [("AbsoluteChangeClaim", "£40m", "40000000", "GBP")]),
    ],
)
def test_change_then_more_and_a_noun(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """ "9,000 more seats" changes a count of seats; no noun, a time, points or money keep their reading."""
    assert expected == _change(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army bought 5,000 AK-47 rifles.", [("5,000", "5000", "item", "rifle")]),
        ("The 12 F-35 jets landed.", [("12", "12", "item", "jet")]),
        ("He posted 20 B-52 pilots abroad.", [("20", "20", "person", "pilot")]),
        ("They drove 30 Route 66 miles.", [("30", "30", "dimensionless", None), ("66 miles", "66", "mile", None)]),
        (
            "The school built a 14-room, two-storey wing.",
            [("14", "14", "item", "room"), ("two", "2", "item", "storey")],
        ),
        ("The school built a 14-room wing.", [("14", "14", "item", "room")]),
        (
            "He ran a 12-mile, 3-hour race.",
            [("12-mile", "12", "mile", None), ("3-hour", "3", "hour", None)],
        ),
    ],
)
def test_codes_and_hyphened_counts(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A code's number is part of the phrase ("AK-47 rifles"); a comma and another hyphened count go on to the noun."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The region has 12 Enterprise Zones.", [("12", "12", "item", "zone")]),
        ("The region gained 12 Enterprise Zones.", [("12", "12", "item", "zone")]),  # a change keeps its noun too
        ("They fund 5 Regional Science Centres in Wales.", [("5", "5", "item", "centre")]),
        ("She lived at 10 Downing Street.", []),
        ("They drove to Six Flags.", []),
        ("The 3 Schools Trust met.", [("3", "3", "dimensionless", None)]),
        ("They built 40 schools.", [("40", "40", "item", "school")]),
    ],
)
def test_capitalised_runs_ending_in_a_plural_kind(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A capitalised run ending in a plural of ``named_plural_heads`` counts it; other names count nothing."""
    assert expected == _read(text)
