"""Severity from certainty: an ERROR only when every reading behind a finding is certain."""

from __future__ import annotations

import json

import pytest

from factcheck import Amount, Certainty, CountClaim, Facts, Finding, Reading, Severity, check
from factcheck.report import json as json_report


def test_an_uncertain_reading_caps_an_error_at_a_warning() -> None:
    """The one rule: Finding.from_facts lowers an ERROR to a WARNING for any uncertain reading."""
    claim = CountClaim(Amount.stated("4100", "person"), subject="people evicted")
    made = [
        Finding.from_facts(
            "count-odd", severity, (claim,), Facts(certainty=certainty), template="{claim:amount}"
        ).severity
        for severity, certainty in (
            (Severity.ERROR, Certainty()),
            (Severity.ERROR, Certainty({Reading.PERIOD})),
            (Severity.INFO, Certainty({Reading.LINK})),
        )
    ]
    assert made == [Severity.ERROR, Severity.WARNING, Severity.INFO]


def test_readings_combine_once_each_in_order() -> None:
    """Certainties combine with |; each reading once, in the order Reading lists them."""
    combined = Certainty({Reading.MODALITY}) | Certainty((Reading.LINK, Reading.MODALITY))
    assert combined.uncertain == (Reading.LINK, Reading.MODALITY)


def test_readings_must_be_readings() -> None:
    """A loose string is not a reading."""
    with pytest.raises(TypeError, match="uncertain readings must be Readings"):
        Certainty(["link"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit relations stay errors
        ("Sales fell from £5m to £3m, a drop of 60%.", [("change-inconsistent", "error", [])]),
        (
            "The scheme will cut arrivals by 20,000 a month, or 300,000 over a year.",
            [("rate-total-mismatch", "error", [])],
        ),
        # paired by subject across sentences: a warning that says so
        (
            "The agency said 3,200 flats were sold in 2023. Its annual report says 2,700 flats were sold in 2023.",
            [("contradiction", "warning", ["subject"])],
        ),
    ],
)
def test_explicit_links_are_certain_and_pairings_are_not(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    found = [(f.code, f.severity.label, [r.value for r in f.certainty.uncertain]) for f in check(text).findings]
    assert found == expected


def test_the_json_report_lists_what_is_uncertain() -> None:
    """Each finding in the JSON report carries "uncertain"; the message says the same in words."""
    text = "The agency said 3,200 flats were sold in 2023. Its annual report says 2,700 flats were sold in 2023."
    (finding,) = json.loads(json_report.render(check(text)))["findings"]
    expected = (
        "warning",
        ["subject"],
        (
            "flats sold, 2023: 3,200 items and 2,700 items cannot both be true."
            " Not certain: the figures are paired by matching what they are about, not linked by the text."
        ),
    )
    assert expected == (finding["severity"], finding["uncertain"], finding["message"])
