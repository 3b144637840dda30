"""The hypothesis strategies factcheck ships: valid values, readable shrinks, checked options."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    ExchangeRate,
    FactcheckError,
    Finding,
    Hedge,
    Interval,
    MoneyClaim,
    Period,
    RelativeChangeClaim,
    Report,
    ShareClaim,
    Span,
    UnknownCurrencyError,
    UnknownUnitError,
    check,
    violations,
)
from factcheck._claims import CLAIM_TYPES
from factcheck.strategies import (
    InvalidStrategyArgument,
    amounts,
    claims,
    exchange_rates,
    intervals,
    periods,
    spans,
    texts_with_claims,
)

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES")


@given(claims())
def test_claims_are_valid(claim: Claim) -> None:
    """Every drawn claim passes the facial checks."""
    assert violations(claim) == ()


@pytest.mark.parametrize("cls", CLAIM_TYPES, ids=lambda c: c.kind)
@given(data=st.data())
def test_claims_of_one_kind(cls: type[Claim], data: st.DataObject) -> None:
    """``kinds`` given as a class draws claims of exactly that class."""
    claim = data.draw(claims(kinds=(cls,)))
    assert (cls, ()) == (type(claim), violations(claim))


@given(claims(kinds=("share",)))
def test_share_parts_agree(claim: Claim) -> None:
    """A share drawn with a part and total is their quotient, to its stated precision."""
    assert isinstance(claim, ShareClaim)
    if claim.part is not None and claim.total is not None:
        assert claim.amount.consistent_with(claim.part.value * 100 / claim.total.value)


@given(claims(kinds=("absolute_change",)))
def test_absolute_changes_of_items_name_their_noun(claim: Claim) -> None:
    """An absolute change of items says what it counts, as a count of items does; money counts nothing."""
    assert isinstance(claim, AbsoluteChangeClaim)
    assert claim.counted == ("home" if str(claim.amount.unit) == "item" else None)


@given(claims(kinds=("money",)))
def test_money_parts_add_up(claim: Claim) -> None:
    """Money drawn with a complete split is exactly its sum; with only some parts, at least their sum."""
    if claim.parts and claim.parts_complete:
        assert claim.amount.value == sum(p.value for p in claim.parts)
    elif claim.parts:
        assert claim.amount.value > sum(p.value for p in claim.parts)


@given(amounts(units=("person", "GBP / week")))
def test_amounts_in_named_units(amount: Amount) -> None:
    """``units`` restricts the drawn units to those named."""
    assert str(amount.unit) in {"person", "GBP / week"}


@given(amounts(kinds=("money",), currencies=("EUR",), hedged=False))
def test_amounts_unhedged_in_one_currency(amount: Amount) -> None:
    """``hedged=False`` and ``currencies`` are honoured."""
    assert (amount.currency, amount.hedge) == ("EUR", Hedge.NONE)


@given(amounts(kinds=("percent", "points")))
def test_percentages_within_a_hundred(amount: Amount) -> None:
    """Percentages and points are drawn within 0-100."""
    assert Decimal(0) <= amount.value <= Decimal(100)


@given(intervals(unbounded=False))
def test_intervals_bounded(interval: Interval) -> None:
    """``unbounded=False`` gives finite ends."""
    assert interval.is_bounded


@given(periods(min_year=2010, max_year=2012))
def test_periods_within_years(period: Period) -> None:
    """Periods stay within the years asked for."""
    assert 2010 <= period.start.year <= period.end.year <= 2012


@given(exchange_rates(currencies=("GBP", "USD")))
def test_exchange_rates_between_two_currencies(rate: ExchangeRate) -> None:
    """An exchange rate joins two different currencies of those asked for."""
    assert {rate.base, rate.quote} == {"GBP", "USD"}


@given(spans(max_start=3, texts=st.just("5,294")))
def test_spans_options(span: Span) -> None:
    """``max_start`` and ``texts`` are honoured."""
    assert span.start <= 3
    assert span.text == "5,294"


@pytest.mark.parametrize("locale", LOCALES)
@given(data=st.data())
def test_texts_spans_point_at_formatted_amounts(locale: str, data: st.DataObject) -> None:
    """Each span holds its text, where the amount stands as babel writes it (counts without the noun)."""
    text, expected = data.draw(texts_with_claims(locale))
    for claim in expected:
        assert claim.span is not None
        written = claim.amount.format(locale)
        assert claim.span.text == text[claim.span.start : claim.span.end]
        assert text[claim.span.start :].startswith(written)
        assert claim.span.text == written or isinstance(claim, CountClaim)


@given(texts_with_claims(kinds=("share",), hedged=False, max_sentences=1))
def test_texts_options(drawn: tuple[str, tuple[Claim, ...]]) -> None:
    """``kinds``, ``hedged`` and ``max_sentences`` are honoured."""
    _, expected = drawn
    assert [(ShareClaim, Hedge.NONE, None)] == [(type(c), c.amount.hedge, c.qualifier) for c in expected]


@given(texts_with_claims("es_ES", kinds=("count", "money", "share", "change")))
def test_texts_claims_are_valid(drawn: tuple[str, tuple[Claim, ...]]) -> None:
    """Expected claims are marked as stated, as extraction does, yet none has a facial problem."""
    _, expected = drawn
    assert [((), True)] * len(expected) == [(violations(c), c.as_stated) for c in expected]


@given(texts_with_claims("fr_FR", kinds=("change",)))
def test_texts_changes_have_directions(drawn: tuple[str, tuple[Claim, ...]]) -> None:
    """A change sentence states a rise or a fall, and a fall is at most 100%."""
    _, expected = drawn
    for claim in expected:
        assert isinstance(claim, RelativeChangeClaim)
        assert claim.direction in {Direction.UP, Direction.DOWN}
        assert claim.direction is Direction.UP or claim.amount.value <= 100


@given(texts_with_claims())
def test_texts_qualifiers_are_written(drawn: tuple[str, tuple[Claim, ...]]) -> None:
    """A hedged claim's qualifier is the word written before its figure."""
    text, expected = drawn
    for claim in expected:
        assert claim.span is not None
        if claim.qualifier is not None:
            assert text[claim.span.start :].startswith(claim.qualifier + " ")


def test_from_type_amount() -> None:
    """The entry point registers amounts: ``st.from_type(Amount)`` shrinks to an exact count of 0 people."""
    assert Amount.stated("0", "person") == find(st.from_type(Amount), lambda _: True)


def test_from_type_claim() -> None:
    """``st.from_type(Claim)`` draws concrete claims and shrinks to a count of 0 people."""
    assert CountClaim(Amount.stated("0", "person")) == find(st.from_type(Claim), lambda _: True)


@given(st.from_type(ChangeClaim))
def test_from_type_change_claim(claim: ChangeClaim) -> None:
    """A registered base class draws only its concrete subclasses."""
    assert isinstance(claim, ChangeClaim)
    assert type(claim) is not ChangeClaim


def test_from_type_money_claim() -> None:
    """Each claim class is registered on its own."""
    assert type(find(st.from_type(MoneyClaim), lambda _: True)) is MoneyClaim


@pytest.mark.parametrize(
    ("cls", "simplest"),
    [
        (Interval, Interval.point(0)),
        (Period, Period.year(2000)),
        (Span, Span(0, 0, "")),
        (ExchangeRate, ExchangeRate("GBP", "EUR", Decimal("0.0001"), dt.date(2000, 1, 1), "central bank")),
    ],
    ids=lambda v: v.__name__ if isinstance(v, type) else "",
)
def test_from_type_other_values(cls: type, simplest: object) -> None:
    """The other value types are registered too, each shrinking to its simplest value."""
    assert simplest == find(st.from_type(cls), lambda _: True)


def test_texts_shrink_to_one_short_sentence() -> None:
    """Texts shrink to one sentence counting 0 people; the span stops before the counted noun."""
    expected = (
        "Officials counted 0 people.",
        (CountClaim(Amount.stated("0", "person"), span=Span(18, 19, "0"), as_stated=True),),
    )
    assert expected == find(texts_with_claims(), lambda _: True)


def test_hedged_shrinks_to_smallest_hedge() -> None:
    """Asking for a hedge shrinks to "around 1 person"."""
    expected = Amount.stated("1", "person", hedge=Hedge.ABOUT)
    assert expected == find(amounts(), lambda a: a.hedge is Hedge.ABOUT)


@pytest.mark.parametrize(
    ("build", "error"),
    [
        (lambda: amounts(kinds=("gossip",)), InvalidStrategyArgument),
        (lambda: amounts(kinds="count"), InvalidStrategyArgument),
        (lambda: amounts(units=()), InvalidStrategyArgument),
        (lambda: amounts(units=("furlong_per_fortnight",)), UnknownUnitError),
        (lambda: amounts(currencies=("XYZ",)), UnknownCurrencyError),
        (lambda: amounts(hedged="yes"), InvalidStrategyArgument),
        (lambda: claims(kinds=("count", "gossip")), InvalidStrategyArgument),
        (lambda: claims(kinds=(Claim,)), InvalidStrategyArgument),
        (lambda: claims(annotated=1), InvalidStrategyArgument),
        (lambda: intervals(unbounded=None), InvalidStrategyArgument),
        (lambda: periods(min_year=2030, max_year=2000), InvalidStrategyArgument),
        (lambda: spans(max_start=-1), InvalidStrategyArgument),
        (lambda: exchange_rates(currencies=("GBP", "GBP")), InvalidStrategyArgument),
        (lambda: texts_with_claims("ja_JP"), InvalidStrategyArgument),
        (lambda: texts_with_claims(kinds=("duration",)), InvalidStrategyArgument),
        (lambda: texts_with_claims(max_sentences=0), InvalidStrategyArgument),
    ],
)
def test_bad_options_raise_when_built(build: object, error: type[Exception]) -> None:
    """A bad option raises a typed error as soon as the strategy is built, before any drawing."""
    assert callable(build)
    with pytest.raises(error):
        build()


def test_invalid_argument_is_both() -> None:
    """Callers may catch factcheck's base class or hypothesis' InvalidArgument."""
    assert issubclass(InvalidStrategyArgument, FactcheckError)
    assert issubclass(InvalidStrategyArgument, InvalidArgument)


@settings(max_examples=20)
@given(st.from_type(Report))
def test_from_type_report_draws_real_reports(report: Report) -> None:
    """``st.from_type(Report)`` draws what check() makes of drawn claims."""
    assert report == check(list(report.claims))


@settings(max_examples=20)
@given(st.from_type(Finding))
def test_from_type_finding_draws_findings_of_the_checks(finding: Finding) -> None:
    """``st.from_type(Finding)`` draws a finding the checks make of its own claims and others."""
    assert isinstance(finding, Finding)
    assert finding.claims
    assert str(finding).startswith(f"{finding.severity.name} {finding.code}: ")


def test_dir_of_strategies_lists_the_strategies() -> None:
    """dir(factcheck.strategies) is its public names, not the helpers it imports."""
    import factcheck.strategies as strategies_module  # noqa: PLC0415

    assert sorted(strategies_module.__all__) == dir(strategies_module)
