"""Parts that are only some of a total: the model field, the parts check, extraction, JSON and reports."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from factcheck import (
    Amount,
    CheckContext,
    Claim,
    CountClaim,
    Hedge,
    MoneyClaim,
    Severity,
    ShareClaim,
    ValidationError,
    Verdict,
    check,
)
from factcheck._extract import extract
from factcheck.checks.parts import parts_add_up
from factcheck.report.json import render as render_json
from factcheck.serialize import from_json, to_json


def gbp(value: str) -> Amount:
    return Amount.stated(Decimal(value), "GBP")


def people(value: int) -> Amount:
    return Amount.exact(value, "person")


def outcomes(claims: list[Claim]) -> list[tuple[str, Severity, Verdict | None]]:
    return [(f.code, f.severity, f.verdict) for f in parts_add_up(claims, CheckContext())]


def linked(text: str) -> list[tuple[str, list[str], bool]]:
    """Each extracted claim with parts: its text, the parts' values, and whether they are complete."""
    return [
        (c.span.text if c.span else "", [str(p.value) for p in c.parts], c.parts_complete)
        for c in extract(text)
        if c.parts
    ]


# the model ---------------------------------------------------------------------------------------


def test_parts_are_complete_by_default():
    """A claim built with parts and nothing else says they are the whole split."""
    fund = MoneyClaim(gbp("2E+6"), parts=[gbp("800000"), gbp("1.2E+6")])
    expected = (True, True)
    assert expected == (fund.parts_complete, CountClaim(people(5)).parts_complete)


def test_some_parts_need_parts():
    """Saying the parts are only some of the whole, with no parts, is refused with the field named."""
    with pytest.raises(ValidationError, match="parts_complete") as caught:
        CountClaim(people(700), parts_complete=False)
    expected = "partial-without-parts"
    assert expected == caught.value.code


def test_some_parts_must_be_a_bool():
    """The flag is a bool, not a truthy string."""
    with pytest.raises(TypeError, match="parts_complete"):
        CountClaim(people(700), parts=[people(400)], parts_complete="no")  # type: ignore[arg-type]


def test_partial_parts_above_the_total_still_construct():
    """Like a split that does not add up, parts above a total are the check's to report, not a construction error."""
    claim = CountClaim(people(700), parts=[people(400), people(350)], parts_complete=False)
    assert (people(400), people(350)) == claim.parts


def test_repr_shows_some_parts():
    """The repr names the flag only when it differs from the default."""
    claim = CountClaim(people(700), parts=[people(400)], parts_complete=False)
    assert repr(claim).endswith("parts_complete=False)")


# the parts check ---------------------------------------------------------------------------------


def test_partial_parts_below_the_total_are_fine():
    """£4bn and £3bn of a £10bn package leave £3bn unaccounted for: accurate."""
    package = MoneyClaim(gbp("10E+9"), parts=[gbp("4E+9"), gbp("3E+9")], parts_complete=False)
    expected = [("parts-within-total", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes([package])


def test_partial_parts_equal_to_the_total_are_fine():
    """Some parts may happen to make up the whole."""
    staff = CountClaim(people(700), parts=[people(400), people(300)], parts_complete=False)
    expected = [("parts-within-total", Severity.OK, Verdict.ACCURATE)]
    assert expected == outcomes([staff])


def test_partial_parts_above_the_total_are_an_error():
    """400 in London and 350 in Leeds cannot be among 700 staff."""
    staff = CountClaim(people(700), parts=[people(400), people(350)], parts_complete=False)
    (finding,) = parts_add_up([staff], CheckContext())
    expected = (
        "parts-exceed-total",
        Severity.ERROR,
        Verdict.INACCURATE,
        (
            "400 people + 350 people = 750 people, only part of the total, so it is at least 750 people,"
            " not 700 people (off by 50 people)."
        ),
        people(750).value,
        Amount.exact(-50, "person"),
    )
    assert expected == (
        finding.code,
        finding.severity,
        finding.verdict,
        finding.message,
        finding.expected.value if finding.expected else None,
        finding.difference,
    )


def test_partial_parts_above_a_rounded_total_only_if_rounded():
    """£4bn + £7bn of "$10bn" fit only if every figure is read as widely as its rounding allows: a warning."""
    package = MoneyClaim(gbp("10E+9"), parts=[gbp("4E+9"), gbp("7E+9")], parts_complete=False)
    expected = [("parts-exceed-total", Severity.WARNING, Verdict.ONLY_IF_ROUNDED)]
    assert expected == outcomes([package])


def test_hedged_partial_parts_within_rounding():
    """Around 420 of "700" plus exactly 300 fit at face value of the hedge: accurate within rounding."""
    around = Amount.stated("420", "person", hedge=Hedge.ABOUT)
    staff = CountClaim(people(700), parts=[around, people(300)], parts_complete=False)
    expected = [("parts-within-total", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == outcomes([staff])


def test_complete_split_that_does_not_add_up_still_errors():
    """A complete split below its total is an error, where the same parts as only some parts would pass."""
    split = CountClaim(people(700), parts=[people(400), people(200)])
    some = split.evolve(parts_complete=False)
    expected = [
        ("parts-do-not-add-up", Severity.ERROR, Verdict.INACCURATE),
        ("parts-within-total", Severity.OK, Verdict.ACCURATE),
    ]
    assert expected == outcomes([split, some])


def test_partial_parts_in_another_unit_are_not_compared():
    """Euros among pounds cannot be added without a rate: uncheckable, never an exceed-total error."""
    package = MoneyClaim(gbp("10E+9"), parts=[Amount.stated("11E+9", "EUR")], parts_complete=False, as_stated=True)
    expected = [("relation-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)]
    assert expected == outcomes([package])


def test_partial_parts_counted_in_another_unit_are_not_compared():
    """Households among a total of people are a facial problem and are not added up."""
    staff = CountClaim(people(700), parts=[Amount.exact(800, "household")], parts_complete=False, as_stated=True)
    codes = [f.code for f in check([staff]).findings]
    expected = ["part-unit-differs", "relation-uncheckable"]
    assert expected == codes


# extraction --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The £10bn package includes £4bn for schools and £3bn for roads.",
            [("£10bn", ["4E+9", "3E+9"], False)],
            id="includes",
        ),
        pytest.param(
            "Some 1,000 people were moved, including 200 children and 300 pensioners.",
            [("Some 1,000", ["200", "300"], False)],
            id="including-after-verb",
        ),
        pytest.param(
            "A grant of £10bn, of which £4bn goes to schools and £3bn to roads, was approved.",
            [("£10bn", ["4E+9", "3E+9"], False)],
            id="of-which",
        ),
        pytest.param(
            "Of the $10bn, $4bn will go to hospitals and $7bn to roads.",
            [("$10bn", ["4E+9", "7E+9"], False)],
            id="fronted-of",
        ),
        pytest.param(
            "Of the 900 nurses, 500 are based in Leeds and 300 in York.",
            [("900", ["500", "300"], False)],
            id="fronted-of-counts",
        ),
        pytest.param(
            "Of the 90 staff, 40 are nurses and 30 doctors, 70 in total.",
            [("90", ["40", "30"], False), ("70", ["40", "30"], True)],
            id="fronted-of-stops-at-a-total",
        ),
        pytest.param(
            "The council set aside £8m for repairs to schools in the county, including £3m for roofs.",
            [("£8m", ["3E+6"], False)],
            id="a-far-lead-after-a-comma",
        ),
        pytest.param(
            "The council set aside £8m for repairs to schools in the county including £3m for roofs.",
            [],
            id="a-far-lead-needs-a-comma",
        ),
        pytest.param(
            "Stock held in 2023-24 of £6.4 million (2022-23: £5.2 million) includes £2.5 million"
            " (2022-23: £2.1 million) of fuel.",
            [("£6.4 million", ["2.5E+6"], False), ("£5.2 million", ["2.1E+6"], False)],
            id="a-labelled-bracket-is-a-comparative",
        ),
        pytest.param(
            "Of the 400 drivers, 250 drive at night and 100 by day.",
            [("400", ["250", "100"], False)],
            id="fronted-of-a-verb-is-no-unit",
        ),
        pytest.param(
            "Out of 120 bids, 90 were accepted and 30 were not.",
            [("120", ["90", "30"], True)],
            id="out-of-with-a-denied-predicate-is-whole",
        ),
        pytest.param(
            "Out of 120 bids, 70 were accepted and 30 were delayed.",
            [("120", ["70", "30"], False)],
            id="out-of-two-predicates-only-some",
        ),
        pytest.param(
            "The club has 1,200 members, of whom 300 are under 18 and 900 are adults.",
            [("1,200", ["300"], False)],
            id="an-age-is-no-part",
        ),
        pytest.param(
            "The trust is spending £9m on its wards, including £4m for the surgical unit in"
            " York, and £2m for the maternity block.",
            [("£9m", ["4E+6", "2E+6"], False)],
            id="a-long-gap-before-comma-and-the-last-part",
        ),
        pytest.param(
            "The trust is spending £9m on its wards, including £4m for the surgical unit in"
            " York and £2m for the maternity block.",
            [("£9m", ["4E+6"], False)],
            id="a-long-gap-needs-comma-and",
        ),
        pytest.param(
            "The £6m fund will be split into £2m, £1.5m and £2.5m.",
            [("£6m", ["2E+6", "1.5E+6", "2.5E+6"], True)],
            id="split-into-stays-complete",
        ),
        pytest.param(
            "The £5m fund comprises £2m, £1.5m and £1.5m.",
            [("£5m", ["2E+6", "1.5E+6", "1.5E+6"], True)],
            id="comprises-stays-complete",
        ),
        pytest.param(
            "The three grants were £40m, £35m and £25m, £100m in total.",
            [("£100m", ["4.0E+7", "3.5E+7", "2.5E+7"], True)],
            id="in-total-stays-complete",
        ),
        pytest.param(
            "Of the 900 claims that were sent to the ombudsman by tenants in the north, only 60 were upheld; 45 were"
            " settled.",
            [("900", ["60", "45"], False)],
            id="a-relative-clause-after-a-fronted-total",
        ),
        pytest.param(
            "Of the 900 claims sent to the ombudsman by tenants in the north last winter, only 60 were upheld; 45 were"
            " settled.",
            [],
            id="a-long-opening-needs-a-relative-word",
        ),
    ],
)
def test_extraction_marks_some_parts(text: str, expected: list[tuple[str, list[str], bool]]) -> None:
    """Leads for some parts give partial parts; leads for a whole split stay complete."""
    assert expected == linked(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Of the 700 staff, 400 are based in Leeds, up from 350 last year.", id="change-ends-the-list"),
        pytest.param("Of the 500 firms, 300 are small, compared with 250 last year.", id="comparison-ends-the-list"),
        pytest.param("Of the 200 boats checked, 30 failed.", id="fronted-of-needs-two-parts"),
        pytest.param("Spending reached £10bn including interest, up from £8bn.", id="comparison-not-a-part"),
        pytest.param("Of the 300 flats, 20% were empty and 10% were let.", id="shares-are-not-parts"),
        pytest.param("The town has 5,000 homes. The plan includes 300 new ones.", id="another-sentence"),
    ],
)
def test_extraction_links_no_parts(text: str) -> None:
    """A change, a comparison, shares, one figure after "Of the N", or another sentence link no parts."""
    expected = []
    assert expected == linked(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Out of 120 bids, 90 were accepted and 30 were not.", [("parts-add-up", Severity.OK)], id="whole-agrees"
        ),
        pytest.param(
            "Out of 180 bids, 90 were accepted and 30 were not.",
            [("parts-do-not-add-up", Severity.ERROR)],
            id="whole-short",
        ),
        pytest.param(
            "Of the 200 drivers, 250 drive at night and 100 by day.",
            [("parts-exceed-total", Severity.ERROR)],
            id="verb-parts-exceed",
        ),
        pytest.param(
            "The depot logged 400 visits, including 1,000 local schoolchildren.", [], id="an-adjective-stays-a-word"
        ),
        pytest.param(
            "The council set aside £2m for repairs to schools in the county, including £3m for roofs.",
            [("parts-exceed-total", Severity.ERROR)],
            id="a-far-lead-part-exceeds",
        ),
        pytest.param(
            "Stock held in 2023-24 of £2.4 million (2022-23: £5.2 million) includes £2.5 million"
            " (2022-23: £2.1 million) of fuel.",
            [("parts-exceed-total", Severity.ERROR), ("parts-within-total", Severity.OK)],
            id="a-part-above-its-total-not-its-comparative",
        ),
    ],
)
def test_fronted_totals_and_their_parts_end_to_end(text: str, expected: list[tuple[str, Severity]]) -> None:
    """Those that did and those that did not make the whole; a verb after a fronted total's part is no unit."""
    found = [(f.code, f.severity) for f in check(extract(text), text=text).findings if f.check == "parts_add_up"]
    assert expected == found


def test_extracted_parts_above_the_total_are_reported():
    """ "Of the 700 staff, 400 ... and 350 ..." is an error end to end; at or below the total it passes."""
    wrong = "Of the 700 nurses, 400 are based in Leeds and 350 in York."
    right = "Of the 700 nurses, 400 are based in Leeds and 250 in York."
    codes = [
        [(f.code, f.severity) for f in check(extract(t), text=t).findings if f.check == "parts_add_up"]
        for t in (wrong, right)
    ]
    expected = [[("parts-exceed-total", Severity.ERROR)], [("parts-within-total", Severity.OK)]]
    assert expected == codes


# JSON and reports --------------------------------------------------------------------------------


def test_some_parts_round_trip_through_json():
    """``parts_complete=False`` is written and read back; a complete split leaves it out."""
    some = CountClaim(people(700), parts=[people(400)], parts_complete=False)
    whole = some.evolve(parts_complete=True)
    written = [json.loads(to_json(c)).get("parts_complete", "absent") for c in (some, whole)]
    assert ([False, "absent"], [some, whole]) == (written, [from_json(to_json(c), Claim) for c in (some, whole)])


def test_report_json_names_some_parts():
    """The JSON report carries ``parts_complete`` for every claim."""
    some = CountClaim(people(700), parts=[people(400)], parts_complete=False)
    share = ShareClaim(Amount.stated("15", "percent"))
    data = json.loads(render_json(check([some, share])))
    expected = [False, True]
    assert expected == [c["parts_complete"] for c in data["claims"]]
