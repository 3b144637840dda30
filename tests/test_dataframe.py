"""pandas frames of claims, findings and references: exact decimals, typed errors, optional pandas."""

from __future__ import annotations

import sys
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given

from factcheck import (
    Amount,
    CountClaim,
    Direction,
    FactcheckError,
    Hedge,
    MissingDependencyError,
    MoneyClaim,
    Period,
    ReferenceTableError,
    RelativeChangeClaim,
    ShareClaim,
    Span,
)
from factcheck.checks import Finding, Reference, Severity, Verdict
from factcheck.checks.strategies import references
from factcheck.dataframe import (
    CLAIM_COLUMNS,
    FINDING_COLUMNS,
    claims_to_dataframe,
    findings_to_dataframe,
    references_from_dataframe,
    references_to_dataframe,
)
from factcheck.report import Report


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as dicts, with pandas' missing markers as None so that rows compare with ==."""
    return [{k: (None if v is pd.NA else v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def test_claims_rows() -> None:
    """Each claim is one row with its span, exact figures, unit and what the claim says."""
    money = MoneyClaim(
        Amount.stated("12.50", "GBP", hedge=Hedge.ABOUT),
        subject="ticket price",
        period=Period.year(2024),
        span=Span(10, 23, "around £12.50"),
        qualifier="around",
    )
    fall = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN, place="Wales")
    expected = [
        {
            "kind": "money",
            "text": "around £12.50",
            "start": 10,
            "end": 23,
            "value": Decimal("12.50"),
            "low": Decimal("11.25"),
            "high": Decimal("13.75"),
            "unit": "GBP",
            "currency": "GBP",
            "hedge": "about",
            "qualifier": "around",
            "direction": None,
            "subject": "ticket price",
            "period": "2024",
            "place": None,
            "source": None,
            "key": None,
            "counted": None,
            "unit_word": None,
            "per": None,
        },
        {
            "kind": "relative_change",
            "text": None,
            "start": None,
            "end": None,
            "value": Decimal(95),
            "low": Decimal("94.5"),
            "high": Decimal("95.5"),
            "unit": "percent",
            "currency": None,
            "hedge": "none",
            "qualifier": None,
            "direction": "down",
            "subject": None,
            "period": None,
            "place": "Wales",
            "source": None,
            "key": None,
            "counted": None,
            "unit_word": None,
            "per": None,
        },
    ]
    assert expected == _records(claims_to_dataframe([money, fall]))


def test_claims_dtypes_keep_decimals_exact() -> None:
    """Figures are Decimal objects (never float), offsets nullable integers, text strings."""
    frame = claims_to_dataframe([CountClaim(Amount.exact(5294, "person")), MoneyClaim(Amount.exact("0.10", "EUR"))])
    dtypes = {c: str(t) for c, t in frame.dtypes.items()}
    assert (dtypes["value"], dtypes["low"], dtypes["start"], dtypes["kind"]) == ("object", "object", "Int64", "string")
    assert [Decimal(5294), Decimal("0.10")] == frame["value"].tolist()
    assert [str(v) for v in frame["value"]] == ["5294", "0.10"]


def test_unbounded_end_is_none() -> None:
    """ "More than 5,000" has no high end: the cell is None, not NaN."""
    frame = claims_to_dataframe([CountClaim(Amount.stated("5000", "person", hedge=Hedge.MORE_THAN))])
    assert frame["high"].tolist() == [None]


def test_no_claims_gives_empty_frame() -> None:
    """No claims, no rows, the same columns."""
    frame = claims_to_dataframe([])
    assert (list(CLAIM_COLUMNS), 0) == (list(frame.columns), len(frame))


def test_claims_refuses_other_objects() -> None:
    """Only claims become rows."""
    with pytest.raises(TypeError, match="takes claims, got Amount"):
        claims_to_dataframe([Amount.exact(1)])  # type: ignore[list-item]


def test_findings_rows() -> None:
    """Each finding is one row: its code, severity, verdict, claim and the figures compared."""
    claim = CountClaim(
        Amount.exact(5000, "person"), subject="returns", period=Period.year(2024), span=Span(15, 27, "5,000 people")
    )
    ref = Reference(Amount.exact(5294, "person"), subject="returns", source="Home Office", url="https://example.org/t")
    finding = Finding(
        "reference-inaccurate",
        Severity.ERROR,
        (claim,),
        "5,000 people, against 5,294 people",
        verdict=Verdict.INACCURATE,
        check="against_references",
        expected=ref.amount,
        difference=Amount.exact(-294, "person"),
        relative_difference=Decimal("-0.0555"),
        reference=ref,
    )
    expected = [
        {
            "code": "reference-inaccurate",
            "severity": "error",
            "verdict": "inaccurate",
            "check": "against_references",
            "message": "5,000 people, against 5,294 people",
            "text": "5,000 people",
            "start": 15,
            "end": 27,
            "subject": "returns",
            "value": Decimal(5000),
            "unit": "person",
            "expected": Decimal(5294),
            "expected_unit": "person",
            "difference": Decimal(-294),
            "difference_unit": "person",
            "relative_difference": Decimal("-0.0555"),
            "reference_source": "Home Office",
            "reference_url": "https://example.org/t",
            "uncertain": None,
        }
    ]
    assert expected == _records(findings_to_dataframe(Report((claim,), (finding,))))


def test_no_findings_gives_empty_frame() -> None:
    """A clean report gives an empty frame with the finding columns."""
    frame = findings_to_dataframe(Report((), ()))
    assert (list(FINDING_COLUMNS), 0) == (list(frame.columns), len(frame))


def test_references_from_strings() -> None:
    """A table of strings reads exactly; empty cells of any kind are absent values."""
    table = pd.DataFrame(
        {
            "value": ["5294", "1.2E+6", "95"],
            "unit": ["person", "GBP", "percent"],
            "period": ["2024", None, float("nan")],
            "source": pd.array(["Home Office", pd.NA, "ONS"], dtype="string"),
        }
    )
    expected = (
        Reference(Amount.stated("5294", "person"), period=Period.year(2024), source="Home Office"),
        Reference(Amount.stated(Decimal("1.2E+6"), "GBP")),
        Reference(Amount.stated("95", "percent"), source="ONS"),
    )
    assert expected == references_from_dataframe(table)


def test_references_from_decimals_and_ints() -> None:
    """Decimal and integer columns are exact too."""
    table = pd.DataFrame({"value": pd.Series([Decimal("12.50"), 7], dtype=object), "unit": ["GBP", "person"]})
    expected = (Reference(Amount.stated("12.50", "GBP")), Reference(Amount.stated("7", "person")))
    assert expected == references_from_dataframe(table)


@pytest.mark.parametrize(
    ("table", "match"),
    [
        (pd.DataFrame({"value": [5294.0], "unit": ["person"]}), "float"),
        (pd.DataFrame({"value": ["1"], "unit": ["person"], "notes": ["x"]}), "unknown columns \\['notes'\\]"),
        (pd.DataFrame({"value": ["1"]}), "unit"),
        ([{"value": "1", "unit": "person"}], "expected a pandas DataFrame, got list"),
    ],
    ids=["float", "unknown-column", "no-unit", "not-a-frame"],
)
def test_bad_reference_tables(table: object, match: str) -> None:
    """A table that cannot be read exactly raises ReferenceTableError saying why."""
    with pytest.raises(ReferenceTableError, match=match):
        references_from_dataframe(table)  # type: ignore[arg-type]


@given(references())
def test_references_round_trip(ref: Reference) -> None:
    """A reference written to a frame reads back equal."""
    assert (ref,) == references_from_dataframe(references_to_dataframe([ref]))


def test_missing_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, a typed error says which extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'factcheck\[pandas\]'") as caught:
        claims_to_dataframe([])
    assert isinstance(caught.value, FactcheckError)
    assert isinstance(caught.value, ImportError)


def test_exact_false_gives_float_columns_for_plotting() -> None:
    """exact=False: value, low and high are float64 (NaN for an unbounded end); the rest is unchanged."""
    claims = [CountClaim(Amount.exact(5294, "person")), ShareClaim(Amount.stated("95", "percent"))]
    exact, floats = claims_to_dataframe(claims), claims_to_dataframe(claims, exact=False)
    expected = (["float64"] * 3, [5294.0, 95.0], [94.5, 95.5], True)
    assert expected == (
        [str(floats[c].dtype) for c in ("value", "low", "high")],
        floats["value"].tolist(),
        floats.loc[1, ["low", "high"]].tolist(),
        exact.drop(columns=["value", "low", "high"]).equals(floats.drop(columns=["value", "low", "high"])),
    )
