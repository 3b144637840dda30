"""JSON round trips for every public type, the documented schema, and typed errors for bad input."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    ExchangeRate,
    Hedge,
    Inferred,
    Interval,
    Period,
    PrecisionPolicy,
    RelativeChangeClaim,
    Rounding,
    ShareClaim,
    Span,
    TrailingZeros,
    ValidationError,
    check,
    extract,
)
from factcheck.checks import Finding, PriceIndex, Reference, Severity, Verdict
from factcheck.checks.strategies import references
from factcheck.report import Report
from factcheck.serialize import from_json, make_converter, to_json
from factcheck.strategies import amounts, claims, exchange_rates, intervals, periods, spans

_INTEGER_KEYS = frozenset({"exponent", "start", "end", "severity"})


def _numbers(data: object, key: str = "$") -> list[tuple[str, object]]:
    """Every JSON number in ``data`` with the key it sits under."""
    if isinstance(data, dict):
        return [n for k, v in data.items() for n in _numbers(v, k)]
    if isinstance(data, list):
        return [n for v in data for n in _numbers(v, key)]
    if isinstance(data, int | float) and not isinstance(data, bool):
        return [(key, data)]
    return []


@given(
    st.one_of(
        claims(),
        amounts(),
        intervals(),
        periods(),
        spans(),
        exchange_rates(),
        references(),
        st.sampled_from([*Hedge, *Direction, *Severity, *Verdict, *Rounding, *TrailingZeros]),
    )
)
def test_round_trip(value: object) -> None:
    """``from_json(to_json(x), type(x)) == x`` for every public value type."""
    assert value == from_json(to_json(value), type(value))


@given(claims())
def test_claim_round_trips_through_base_class(claim: Claim) -> None:
    """The ``kind`` tag brings a claim back as its own class when read as ``Claim``."""
    back = from_json(to_json(claim), Claim)
    assert (type(claim), claim) == (type(back), back)


@given(st.lists(claims(), max_size=4))
def test_mixed_claims_round_trip(found: list[Claim]) -> None:
    """A list of mixed claims reads back as ``list[Claim]``."""
    assert found == from_json(to_json(found), list[Claim])


@given(st.one_of(claims(), references()))
def test_no_float_and_no_number_for_magnitudes(value: object) -> None:
    """JSON numbers appear only for exponents and span offsets; no float at all."""
    data = json.loads(to_json(value), parse_float=lambda text: pytest.fail(f"float {text} in JSON"))
    assert [(key, n) for key, n in _numbers(data) if key not in _INTEGER_KEYS] == []


def test_share_schema() -> None:
    """A claim's JSON is the documented schema, field by field."""
    claim = ShareClaim(Amount.stated("95.0", "percent"), whole="voters", period=Period.year(2024))
    expected = {
        "kind": "share",
        "amount": {
            "value": "95.0",
            "unit": "percent",
            "bounds": {"low": "94.95", "high": "95.05", "low_closed": True, "high_closed": False},
            "hedge": "none",
            "exponent": -1,
        },
        "subject": None,
        "period": "2024-01-01/2024-12-31",
        "place": None,
        "source": None,
        "span": None,
        "qualifier": None,
        "key": None,
        "parts": [],
        "over": None,
        "modality": "outturn",
        "as_stated": False,
        "whole": "voters",
        "part": None,
        "total": None,
    }
    assert expected == json.loads(to_json(claim))


def test_decimal_digits_kept() -> None:
    """Trailing zeros and exponents survive: "12.50" stays "12.50", "1.2E+6" stays "1.2E+6"."""
    amounts_ = [Amount.exact("12.50", "GBP"), Amount.stated(Decimal("1.2E+6"), "EUR")]
    back = [from_json(to_json(a), Amount) for a in amounts_]
    assert [str(a.value) for a in back] == ["12.50", "1.2E+6"]


def test_rate_unit_by_name() -> None:
    """A compound unit is written with its pint name and read back to the same unit."""
    amount = Amount.stated("20", "GBP / week", hedge=Hedge.ABOUT)
    assert ("GBP / week", amount) == (json.loads(to_json(amount))["unit"], from_json(to_json(amount), Amount))


def test_exchange_rate_schema() -> None:
    """An exchange rate keeps its rate as a string and its date in ISO form."""
    rate = ExchangeRate("GBP", "USD", Decimal("1.2500"), dt.date(2024, 12, 31), "central bank")
    expected = {"base": "GBP", "quote": "USD", "rate": "1.2500", "on": "2024-12-31", "source": "central bank"}
    assert expected == json.loads(to_json(rate))


def test_invalid_claim_kept_as_stated() -> None:
    """A claim kept ``as_stated`` despite a violation round-trips (the checks still see it)."""
    claim = CountClaim(Amount.exact(-3, "person"), as_stated=True, span=Span(4, 6, "-3"))
    assert claim == from_json(to_json(claim), CountClaim)


def test_inferred_readings_round_trip_and_are_left_out_when_empty() -> None:
    """``inferred`` is written as a list of names when not empty, and read back; an empty one is left out."""
    claim = CountClaim(Amount.exact(40, "person"), inferred=[Inferred.PERIOD, Inferred.LINK])
    written, empty = json.loads(to_json(claim)), json.loads(to_json(claim.evolve(inferred=())))
    assert (written["inferred"], "inferred" in empty) == (["link", "period"], False)
    assert claim == from_json(to_json(claim), CountClaim)


def test_absolute_change_keeps_its_counted_noun() -> None:
    """An absolute change of a count writes its counted noun and reads it back ("gained 13 seats")."""
    claim = AbsoluteChangeClaim(Amount.exact(13, "item"), direction=Direction.UP, counted="seat")
    assert ("seat", claim) == (json.loads(to_json(claim))["counted"], from_json(to_json(claim), ChangeClaim))


def test_change_claim_base() -> None:
    """Reading as ``ChangeClaim`` accepts any change kind."""
    claim = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN)
    assert claim == from_json(to_json(claim), ChangeClaim)


def test_report_round_trip() -> None:
    """A report with a finding that cites a reference round-trips whole."""
    claim = CountClaim(Amount.exact(5000, "person"), subject="returns", period=Period.year(2024))
    ref = Reference(Amount.exact(5294, "person"), subject="returns", period=Period.year(2024), source="Home Office")
    finding = Finding(
        "reference-inaccurate",
        Severity.ERROR,
        (claim,),
        "5,000 people against 5,294 people",
        verdict=Verdict.INACCURATE,
        check="against_references",
        expected=ref.amount,
        difference=Amount.exact(-294, "person"),
        relative_difference=Decimal("-0.0555"),
        reference=ref,
    )
    report = Report((claim,), (finding,), text="Officials said 5,000 people returned in 2024.")
    assert report == from_json(to_json(report), Report)


@settings(deadline=None)
@given(st.lists(claims(), max_size=5), st.lists(references(), max_size=3))
def test_checked_report_round_trip(found: list[Claim], refs: list[Reference]) -> None:
    """Whatever the checks report about drawn claims and references round-trips whole."""
    report = check(found, refs)
    assert report == from_json(to_json(report), Report)


def test_price_index_round_trip() -> None:
    """A price index keeps its periods and exact levels."""
    cpi = PriceIndex("CPI", {2020: "100.0", 2024: "125.3"})
    assert cpi == from_json(to_json(cpi), PriceIndex)


def test_precision_policy_round_trip() -> None:
    """A precision policy keeps its enums and exact tolerances."""
    policy = PrecisionPolicy(rounding=Rounding.EXACT, trailing_zeros=TrailingZeros.ROUNDED, about=Decimal("0.05"))
    assert policy == from_json(to_json(policy), PrecisionPolicy)


def test_make_converter_is_fresh() -> None:
    """Each ``make_converter()`` is a new converter the caller may customise."""
    first, second = make_converter(), make_converter()
    assert first is not second
    assert first.unstructure(Interval.above(1, closed=True)) == {
        "low": "1",
        "high": None,
        "low_closed": True,
        "high_closed": False,
    }


@pytest.mark.parametrize(
    ("text", "cls", "code"),
    [
        ("[1", Amount, "json-syntax"),
        ('{"value": 0.5, "unit": "GBP"}', Amount, "json-structure"),
        (
            (
                '{"value": 0.5, "unit": "GBP", "bounds": {"low": "0.5", "high": "0.5", "low_closed": true, '
                '"high_closed": true}, "hedge": "none", "exponent": null}'
            ),
            Amount,
            "json-structure",
        ),
        ('{"low": "1", "high": "0", "low_closed": true, "high_closed": true}', Interval, "json-structure"),
        ('{"low": "1", "high": "2", "low_closed": true, "high_closed": true, "extra": 1}', Interval, "json-structure"),
        ('"2024-13"', Period, "json-structure"),
        ('{"kind": "gossip"}', Claim, "json-structure"),
        ('{"amount": {}}', Claim, "json-structure"),
    ],
    ids=["not-json", "missing-keys", "float-value", "bounds-reversed", "extra-key", "bad-period", "kind", "no-kind"],
)
def test_bad_json_raises_validation_error(text: str, cls: type, code: str) -> None:
    """Bad JSON raises ValidationError with a stable code, never a bare cattrs or json error."""
    with pytest.raises(ValidationError) as caught:
        from_json(text, cls)
    assert code == caught.value.code


def test_kind_must_match_class() -> None:
    """A share's JSON does not read as a CountClaim."""
    text = to_json(ShareClaim(Amount.stated("95", "percent")))
    with pytest.raises(ValidationError, match="'share' is not one of \\['count'\\]"):
        from_json(text, CountClaim)


def test_claims_are_read_by_their_kind_without_a_type() -> None:
    """from_json(to_json(x)) == x for a claim or a list of claims of every kind extraction makes."""
    claims = extract(
        "Arrivals fell from 8,000 in 2022 to 390 in 2023, a drop of 95%. "
        "Of 120 staff, 18 (15%) left, and £2m was split into £800,000 and £1.2m. It rose 3 points."
    )
    expected = (claims, claims[0])
    assert expected == (from_json(to_json(claims)), from_json(to_json(claims[0])))


def test_json_without_a_kind_needs_a_type() -> None:
    """An amount (no kind) without a type: a ValidationError that says to pass one."""
    with pytest.raises(ValidationError, match=r"holds no claim kind to read; pass the type"):
        from_json(to_json(Amount.exact(5, "GBP")))
