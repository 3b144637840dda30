"""Severity from certainty: an ERROR only when every reading behind a finding is certain."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from factcheck import (
    Amount,
    Certainty,
    CountClaim,
    Facts,
    Finding,
    Inferred,
    Period,
    Reading,
    Reference,
    Severity,
    check,
    extract,
)
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
        ("The price fell by more than £600 from £190,329 to £189,733.", [("change-inconsistent", "error", [])]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output was 4,100 tonnes in 2023.", ["outturn"]),
        ("Growth is forecast to slow from 4.8% to 4.7% in 2019.", ["forecast", "forecast"]),
        ("An estimated 5,000 people attended.", ["estimate"]),
        ("The party had 3 percent support in two polls, of which four are needed.", ["outturn", "outturn", "target"]),
        ("The council plans to build 500 homes.", ["plan"]),
        ("Cutting the tax from 20% to 18% could raise output by 0.2%.", ["outturn", "outturn", "hypothetical"]),
        ("The bus fare will be halved from £4 to £2.", ["forecast", "forecast", "forecast"]),
        ("The bus fare was halved from £4 to £2 and will rise again.", ["outturn", "outturn", "outturn"]),
    ],
)
def test_modality_is_read_from_the_clause(text: str, expected: list[str]) -> None:
    """Each figure's modality comes from the words of its clause (the lexicon's modality tables)."""
    assert expected == [c.modality.value for c in extract(text)]


def test_an_outturn_and_a_forecast_are_not_the_same_quantity() -> None:
    """Same subject, period and unit, but one is a forecast: no contradiction at all."""
    text = (
        "Exports of the firm were 4,100 tonnes in 2023. Exports of the firm were forecast to be 5,600 tonnes in 2023."
    )
    assert [f.code for f in check(text).findings if f.code == "contradiction"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modality word between the linked figures: the later one is another kind of figure
        (
            "Cutting the tax from 20% to 18% could raise output by 0.2%.",
            [("change-inconsistent", "warning", ["modality"])],
        ),
        (
            "The party had 3 percent support in two polls, of which four are needed.",
            [("parts-exceed-total", "warning", ["modality"])],
        ),
        # a modality before all the figures is the whole relation's: still certain
        ("The fee will rise from £40 to £55, a rise of 50%.", [("change-inconsistent", "error", [])]),
        # a multiplier word in a modal clause shares its clause's modality: "will be tripled"
        ("The quota will be tripled from 40 tonnes to 150 tonnes.", [("change-inconsistent", "error", [])]),
        # the future of a split is the split's, not a different kind of part
        ("A £5m fund will be split into £3m, £2.5m and £1.5m.", [("parts-do-not-add-up", "error", [])]),
    ],
)
def test_modality_between_linked_figures_makes_a_relation_uncertain(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    found = [
        (f.code, f.severity.label, [r.value for r in f.certainty.uncertain])
        for f in check(text).findings
        if f.severity >= Severity.WARNING
    ]
    assert found == expected


def test_a_signed_rate_after_a_rise_word_keeps_its_sign() -> None:
    """ "grow at -2.3% annually" is the rate spending grows at, -2.3% a year as written: no invalid negative rise."""
    (claim,) = extract("Spending is set to grow at -2.3% annually.")
    found = (claim.kind, claim.amount.value, str(claim.amount.unit), check([claim]).findings)
    assert found == ("rate", Decimal("-2.3"), "percent / year", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare before takes the after's scale word
        ("Receipts rose from $8 to $11.8 billion, a rise of 47.5%.", [("change-consistent", "ok")]),
        ("Receipts rose from $8 to $11.8 billion, a rise of 60%.", [("change-inconsistent", "error")]),
        # a range is not a change
        ("Fees ranged from 8% to 14.75% (last year: 3.0% to 12.5%).", []),
        # a list of parts ends at a table cell or a closing bracket
        (
            "Price band | £450 (including £310 surcharge) | £440 (including £310 surcharge) | £310",
            [("parts-within-total", "ok"), ("parts-within-total", "ok")],
        ),
    ],
)
def test_causes_of_false_alarms_are_fixed(text: str, expected: list[tuple[str, str]]) -> None:
    """Scale shared across "from X to Y scale", ranges, and lists that stop at cells: read as written."""
    assert expected == [(f.code, f.severity.label) for f in check(text).findings]


def test_a_bare_before_far_from_the_after_keeps_its_own_scale() -> None:
    """ "from 500 to 1.2 million": 500 is not 500 million."""
    assert [str(c.amount.value) for c in extract("Sales rose from 500 to 1.2 million.")] == ["500", "1.2E+6"]


def test_html_and_dataframe_mark_what_is_uncertain() -> None:
    """The HTML row carries data-uncertain; the findings frame an "uncertain" column."""
    from factcheck import findings_to_dataframe  # noqa: PLC0415 (pandas is optional)
    from factcheck.report import html  # noqa: PLC0415

    text = "The agency said 3,200 flats were sold in 2023. Its annual report says 2,700 flats were sold in 2023."
    report = check(text)
    pytest.importorskip("pandas")
    frame = findings_to_dataframe(report)
    assert (list(frame["uncertain"]), 'data-uncertain="subject"' in html.render(report)) == (["subject"], True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a before taken from the sentence ahead: the link is inferred, so a warning
        (
            "Members numbered 6,000 in 2021. In 2022 they fell by 50% to 2,400.",
            [("change-inconsistent", "warning", ["link"])],
        ),
        # the same change within one sentence: explicit, certain
        ("Members fell from 6,000 in 2021 to 2,400 in 2022, a fall of 50%.", [("change-inconsistent", "error", [])]),
    ],
)
def test_a_link_across_sentences_is_uncertain(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    found = [(f.code, f.severity.label, [r.value for r in f.certainty.uncertain]) for f in check(text).findings]
    assert expected == found


def test_extraction_marks_what_it_inferred() -> None:
    """A link across sentences and a period past another figure are marked; what is stated is not."""
    text = "Members numbered 6,000 in 2021. In 2022 they fell by 60% to 2,400, and 300 left the board."
    found = [(c.span.text if c.span else "", [i.value for i in c.inferred]) for c in extract(text, bare_numbers=True)]
    assert found == [("6,000", []), ("60%", ["link"]), ("2,400", []), ("300", ["period"])]


def test_an_opening_year_is_stated_with_the_first_figure() -> None:
    """ "In 2022, 2,400 ..." states the year with the figure; a figure after another one only infers it."""
    text = "In 2022, 2,400 members left. Exports hit 400 tonnes in 2022, while imports fell to 300 tonnes."
    found = [(c.span.text if c.span else "", [i.value for i in c.inferred]) for c in extract(text, bare_numbers=True)]
    assert found == [("2,400", []), ("400 tonnes", []), ("300 tonnes", ["period"])]


def test_a_reference_check_on_an_inferred_period_is_uncertain() -> None:
    """A claim whose period was inferred is judged against a reference for that period at most as a WARNING."""
    refs = [Reference(Amount.exact(500, "person"), subject="members who left", period=Period.year(2022))]
    stated = CountClaim(Amount.exact(300, "person"), subject="members who left", period=Period.year(2022))
    found = [
        (f.severity.label, [r.value for r in f.certainty.uncertain])
        for claim in (stated, stated.evolve(inferred=[Inferred.PERIOD]))
        for f in check([claim], refs).findings
    ]
    assert found == [("error", []), ("warning", ["period"])]
