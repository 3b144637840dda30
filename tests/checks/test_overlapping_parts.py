"""Counted parts that may overlap: parts past their total are an ERROR only when the text keeps them apart.

Parts add up to more than their total only if they overlap. Groups of people or things told apart
by predicates or modifiers of their own ("80 had fever, 60 had a cough") may overlap, so extraction
marks the total ``Inferred.DISJOINT`` and the finding is a WARNING that says so. Answers to one
question ("for" and "against", "full time" and "part time", "approved" and "not"), a gapped list
("365 are Conservatives, 202 Labour") and money split by purpose stay certain. Sentences in our
own words.
"""

from __future__ import annotations

import io
import json
import sys
import warnings

import pytest

import factcheck
from factcheck import FactcheckWarning, Inferred, Severity, check
from factcheck._extract import extract
from factcheck.cli import main
from factcheck.report.json import render as render_json
from factcheck.serialize import from_json, to_json

MAY_OVERLAP = " Not certain: the groups may overlap."


def findings(text: str) -> list[tuple[str, str, str]]:
    """(code, severity, message) of every finding of ``check(extract(text))`` worse than OK."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        report = check(extract(text), text=text)
    return [(f.code, f.severity.label, f.message) for f in report.findings if f.severity > Severity.OK]


def marks(text: str) -> list[tuple[str, list[str], list[str]]]:
    """Each claim with parts: its text, its parts' values and what extraction inferred of it."""
    return [
        (c.span.text if c.span else "", [str(p.value) for p in c.parts], [r.value for r in c.inferred])
        for c in extract(text)
        if c.parts
    ]


# groups that may overlap: a warning that says so --------------------------------------------------

OVERLAPPING = [
    (
        "Of the 120 patients, 80 had fever, 60 had a cough and 30 had both.",
        (
            "80 people + 60 people + 30 people = 170 people, only part of the total, so it is at least "
            "170 people, not 120 people (off by 50 people)."
        ),
    ),
    (
        "Of 10,000 households, 6,500 have broadband and 7,200 have a smartphone.",
        (
            "6,500 households + 7,200 households = 13,700 households, only part of the total, so it is at least "
            "13,700 households, not 10,000 households (off by 3,700 households)."
        ),
    ),
    (
        "Of the 1,500 applicants, 900 were women, 650 were under 30 and 200 were from abroad.",
        (
            "900 people + 650 people = 1,550 people, only part of the total, so it is at least 1,550 people, "
            "not 1,500 people (off by 50 people)."
        ),
    ),
    (
        "Of the 300 staff, 180 work full time and 150 have degrees.",
        (
            "180 people + 150 people = 330 people, only part of the total, so it is at least 330 people, "
            "not 300 people (off by 30 people)."
        ),
    ),
    (
        "Of the 2,000 adults, 1,200 own a car and 900 own a bike.",
        (
            "1,200 people + 900 people = 2,100 people, only part of the total, so it is at least 2,100 people, "
            "not 2,000 people (off by 100 people)."
        ),
    ),
    (
        "Of the 1,000 people arrested, 800 were charged and 600 were jailed.",
        (
            "800 people + 600 people = 1,400 people, only part of the total, so it is at least 1,400 people, "
            "not 1,000 people (off by 400 people)."
        ),
    ),
    (
        "The 2,400 new homes include 800 affordable homes and 1,900 with gardens.",
        (
            "800 items + 1,900 items = 2,700 items, only part of the total, so it is at least 2,700 items, "
            "not 2,400 items (off by 300 items)."
        ),
    ),
    (  # names after a verb, not a preposition: two conditions of one patient
        "Of the 50 patients, 30 had Covid and 25 had MRSA.",
        (
            "30 people + 25 people = 55 people, only part of the total, so it is at least 55 people, "
            "not 50 people (off by 5 people)."
        ),
    ),
    (  # our own: a list after "include" whose members have predicates of their own
        "The 90 pupils include 50 who play football and 45 who play chess.",
        (
            "50 people + 45 people = 95 people, only part of the total, so it is at least 95 people, "
            "not 90 people (off by 5 people)."
        ),
    ),
]


@pytest.mark.parametrize(("text", "message"), OVERLAPPING)
def test_groups_told_apart_by_their_own_predicates_may_overlap(text: str, message: str) -> None:
    assert findings(text) == [("parts-exceed-total", "warning", message + MAY_OVERLAP)]


def test_the_total_is_marked_disjoint_inferred() -> None:
    assert marks("Of the 2,000 adults, 1,200 own a car and 900 own a bike.") == [
        ("2,000", ["1200", "900"], ["disjoint"])
    ]
    assert marks("Of the 300 staff, 180 work full time and 120 work part time.") == [("300", ["180", "120"], [])]


def test_a_list_announced_as_the_split_stays_certain() -> None:
    """A colon announces the total's split: its items, no clauses of their own, are read as not overlapping."""
    text = "The squad has 25 players: 12 forwards, 10 midfielders and 8 defenders."
    assert marks(text) == [("25", ["12", "10", "8"], [])]
    assert findings(text) == [
        (
            "parts-do-not-add-up",
            "error",
            "12 people + 10 people + 8 people = 30 people, not 25 people (off by 5 people).",
        )
    ]


def test_overlap_does_not_excuse_parts_that_fall_short() -> None:
    """Overlap only ever makes parts add up to more than their union: a complete list falling short stays certain."""
    people = [factcheck.Amount.exact(v, "person") for v in (80, 60, 30)]
    over, short = (
        factcheck.CountClaim(
            factcheck.Amount.exact(total, "person"), parts=people, parts_complete=True, inferred={Inferred.DISJOINT}
        )
        for total in (120, 200)
    )
    assert [(f.code, f.severity.label, f.message) for f in check([over, short]).findings] == [
        (
            "parts-do-not-add-up",
            "warning",
            "80 people + 60 people + 30 people = 170 people, not 120 people (off by 50 people)." + MAY_OVERLAP,
        ),
        (
            "parts-do-not-add-up",
            "error",
            "80 people + 60 people + 30 people = 170 people, not 200 people (off by 30 people).",
        ),
    ]


def test_parts_that_fit_raise_nothing() -> None:
    assert findings("Of the 2,000 adults, 1,200 own a car and 700 own a bike.") == []
    assert findings("Of the 650 MPs, 355 are Conservatives, 202 Labour and 93 SNP.") == []
    assert marks("Of the 650 MPs, 355 are Conservatives, 202 Labour and 93 SNP.") == [("650", ["355", "202", "93"], [])]


# answers to one question, gapped lists, money: still an error --------------------------------------

DISJOINT = [
    (
        "Of the 30 ministers, 18 voted for the bill and 15 voted against.",
        "parts-exceed-total",
        (
            "18 people + 15 people = 33 people, only part of the total, so it is at least 33 people, "
            "not 30 people (off by 3 people)."
        ),
    ),
    (
        "Of the 300 staff, 180 work full time and 150 work part time.",
        "parts-exceed-total",
        (
            "180 people + 150 people = 330 people, only part of the total, so it is at least 330 people, "
            "not 300 people (off by 30 people)."
        ),
    ),
    (
        "Out of 218 nominees, 208 were approved and 15 were not.",
        "parts-do-not-add-up",
        "208 people + 15 people = 223 people, not 218 people (off by 5 people).",
    ),
    (  # our own: the second part's verb gapped, its answer opposite
        "Of the 300 staff, 180 work full time and 150 part time.",
        "parts-exceed-total",
        (
            "180 people + 150 people = 330 people, only part of the total, so it is at least 330 people, "
            "not 300 people (off by 30 people)."
        ),
    ),
    (  # a gapped list: the later parts borrow the first's verb
        "Of the 500 refugees, 300 went to Germany and 250 to France.",
        "parts-exceed-total",
        (
            "300 people + 250 people = 550 people, only part of the total, so it is at least 550 people, "
            "not 500 people (off by 50 people)."
        ),
    ),
    (
        "Of the 400 nurses, 250 are in London and 200 in Leeds.",
        "parts-exceed-total",
        (
            "250 people + 200 people = 450 people, only part of the total, so it is at least 450 people, "
            "not 400 people (off by 50 people)."
        ),
    ),
    (  # a gapped list of names: one attribute
        "Of the 650 MPs, 365 are Conservatives, 202 Labour and 98 SNP.",
        "parts-exceed-total",
        (
            "365 people + 202 people + 98 people = 665 people, only part of the total, so it is at least 665 people, "
            "not 650 people (off by 15 people)."
        ),
    ),
    (  # places named after one preposition, the verb repeated
        "Of the 400 nurses, 250 are in London and 200 are in Leeds.",
        "parts-exceed-total",
        (
            "250 people + 200 people = 450 people, only part of the total, so it is at least 450 people, "
            "not 400 people (off by 50 people)."
        ),
    ),
    (  # places after "among them"
        "The fund backs 9 projects, among them 3 in Hull and 8 in York.",
        "parts-exceed-total",
        (
            "3 items + 8 items = 11 items, only part of the total, so it is at least 11 items, "
            "not 9 items (off by 2 items)."
        ),
    ),
    (  # opposite nouns
        "The 1,000 people arrested included 800 men and 300 women.",
        "parts-exceed-total",
        (
            "800 people + 300 people = 1,100 people, only part of the total, so it is at least 1,100 people, "
            "not 1,000 people (off by 100 people)."
        ),
    ),
    (  # opposite verbs
        "Of the 500 patients, 300 survived and 250 died.",
        "parts-exceed-total",
        (
            "300 people + 250 people = 550 people, only part of the total, so it is at least 550 people, "
            "not 500 people (off by 50 people)."
        ),
    ),
    (  # a part that denies the first's predicate
        "Of the 120 patients, 80 had fever and 60 did not.",
        "parts-do-not-add-up",
        "80 people + 60 people = 140 people, not 120 people (off by 20 people).",
    ),
    (  # money is spent once
        "Of the $10bn, $4bn will go to hospitals and $8bn to roads.",
        "parts-exceed-total",
        "US$4bn + US$8bn = US$12bn, only part of the total, so it is at least US$12bn, not US$10bn (off by US$2bn).",
    ),
    (
        "The £900m budget includes £500m for schools and £450m for hospitals.",
        "parts-exceed-total",
        "£500m + £450m = £950m, only part of the total, so it is at least £950m, not £900m (off by £50m).",
    ),
]


@pytest.mark.parametrize(("text", "code", "message"), DISJOINT)
def test_answers_to_one_question_gapped_lists_and_money_stay_certain(text: str, code: str, message: str) -> None:
    assert findings(text) == [(code, "error", message)]


def test_money_split_by_purpose_within_its_rounding_stays_certain() -> None:
    """ "$4bn" and "$7bn" may each be up to $0.5bn less: a warning for rounding only, never for overlap."""
    text = "Of the $10bn, $4bn will go to hospitals and $7bn to roads."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        (finding,) = [f for f in check(extract(text), text=text).findings if f.severity > Severity.OK]
    assert (finding.code, finding.severity.label, finding.certainty.uncertain) == ("parts-exceed-total", "warning", ())
    assert finding.message == (
        "US$4bn + US$7bn = US$11bn, only part of the total, so it is at least US$11bn, not US$10bn (off by US$1bn)."
        " It holds only if the rounded figures are read as widely as they allow."
    )


# the mark travels ---------------------------------------------------------------------------------


def test_disjoint_is_carried_in_json_and_the_report() -> None:
    text = "Of the 2,000 adults, 1,200 own a car and 900 own a bike."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        claims = extract(text)
        report = check(claims, text=text)
    (total,) = [c for c in claims if c.parts]
    assert total.inferred == (Inferred.DISJOINT,)
    assert from_json(to_json(claims)) == claims
    rendered = json.loads(render_json(report))
    assert [f["uncertain"] for f in rendered["findings"] if f["code"] == "parts-exceed-total"] == [["disjoint"]]
    assert [c["inferred"] for c in rendered["claims"] if c["inferred"]] == [["disjoint"]]


def test_a_disjoint_mark_given_by_hand_only_matters_when_parts_exceed() -> None:
    """The check reads the mark: parts past the total are a warning, parts within it are fine."""
    over = factcheck.CountClaim(
        factcheck.Amount.exact(100, "person"),
        parts=[factcheck.Amount.exact(v, "person") for v in (70, 50)],
        parts_complete=False,
        inferred={Inferred.DISJOINT},
    )
    within = factcheck.CountClaim(
        factcheck.Amount.exact(100, "person"),
        parts=[factcheck.Amount.exact(v, "person") for v in (70, 20)],
        parts_complete=False,
        inferred={Inferred.DISJOINT},
    )
    assert [
        (f.code, f.severity.label, [r.value for r in f.certainty.uncertain]) for f in check([over, within]).findings
    ] == [
        ("parts-exceed-total", "warning", ["disjoint"]),
        ("parts-within-total", "ok", []),
    ]


# listed shares share the notion of one question --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Of the staff, 55% work full time and 50% part time.", "error"),
        ("In the vote, 55% voted for the bill and 50% voted against.", "error"),
        ("In the poll, 55% were satisfied and 50% were not.", "error"),
        ("Of 2,000 adults, 64% own a car and 52% own a bicycle.", "warning"),
    ],
)
def test_listed_shares_answer_one_question_the_same_way(text: str, severity: str) -> None:
    assert [(code, level) for code, level, _ in findings(text)] == [("shares-exceed-whole", severity)]


def test_disjoint_is_carried_in_the_cli_jsonl(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        sys,
        "stdin",
        io.TextIOWrapper(io.BytesIO(b"Of the 2,000 adults, 1,200 own a car and 900 own a bike."), encoding="utf-8"),
    )
    code = main(["extract", "-", "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (
        code,
        [(r["text"], r["inferred"]) for r in records],
    ) == (0, [("2,000", ["disjoint"]), ("1,200", []), ("900", [])])
