"""Claims: spans, periods, the claim classes and their plumbing."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given

from factcheck import (
    AbsoluteChangeClaim,
    Amount,
    CountClaim,
    Direction,
    Hedge,
    Inferred,
    MoneyClaim,
    Period,
    RelativeChangeClaim,
    ShareClaim,
    Span,
    ValidationError,
)
from factcheck._claims import CLAIM_KINDS, CLAIM_TYPES, Claim
from factcheck.strategies import claims


def test_span_holds_its_text() -> None:
    """A span's text is as long as its offsets say."""
    source = "HMRC received 5,294 returns."
    assert Span(14, 19, "5,294") == Span(14, 19, source[14:19])


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (5, 3, "", r"^span=5:3: needs 0 <= start <= end$"),
        (-1, 2, "abc", r"^span=-1:2: needs 0 <= start <= end$"),
        (0, 3, "ab", r"^span.text=ab: must be 3 characters long$"),
    ],
)
def test_bad_span(start: int, end: int, text: str, message: str) -> None:
    """Bad offsets raise ValidationError naming the field and value."""
    with pytest.raises(ValidationError, match=message):
        Span(start, end, text)


def test_span_refuses_non_int() -> None:
    """Offsets are ints."""
    with pytest.raises(TypeError):
        Span("0", 1, "a")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected", "printed"),
    [
        ("2024", Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31)), "2024"),
        ("2021-2023", Period(dt.date(2021, 1, 1), dt.date(2023, 12, 31)), "2021-2023"),
        ("2024-05-01", Period(dt.date(2024, 5, 1), dt.date(2024, 5, 1)), "2024-05-01"),
        ("2024-01-01/2024-03-31", Period(dt.date(2024, 1, 1), dt.date(2024, 3, 31)), "2024-01-01/2024-03-31"),
    ],
)
def test_period_parse_and_str(text: str, expected: Period, printed: str) -> None:
    """Periods parse from the documented forms and print back the same way."""
    assert (expected, printed) == (Period.parse(text), str(Period.parse(text)))


@pytest.mark.parametrize("text", ["last year", "2024-13-01", "2023-2021", "20245"])
def test_period_parse_refuses(text: str) -> None:
    """Text that is no period raises ValidationError naming it."""
    with pytest.raises(ValidationError, match=r"^period="):
        Period.parse(text)


def test_period_order() -> None:
    """An end before the start raises ValidationError with both dates."""
    with pytest.raises(ValidationError, match=r"^period=2024-02-01/2024-01-01: end must not precede start$"):
        Period(dt.date(2024, 2, 1), dt.date(2024, 1, 1))


def test_period_overlaps() -> None:
    """Periods overlap when they share a day."""
    assert (
        Period.years(2020, 2022).overlaps(Period.year(2022)),
        Period.year(2020).overlaps(Period.day(dt.date(2021, 1, 1))),
    ) == (True, False)


def test_base_claim_cannot_be_built() -> None:
    """Claim is abstract in use: build a subclass."""
    with pytest.raises(TypeError, match="Claim is the base class"):
        Claim(Amount.exact(1))


def test_claim_kinds_are_unique() -> None:
    """Each claim class has its own kind tag."""
    assert len(CLAIM_TYPES) == len(CLAIM_KINDS)


def test_repr_shows_set_fields_only() -> None:
    """The repr lists the amount and the fields that differ from their defaults."""
    claim = CountClaim(Amount.exact(55, "person"), subject="criminals", period=Period.year(2024))
    assert repr(claim) == (
        "CountClaim(Amount(Decimal('55'), 'person', bounds=Interval(low=Decimal('55'), high=Decimal('55'), "
        "low_closed=True, high_closed=True)), subject='criminals', period=Period(start=datetime.date(2024, 1, 1), "
        "end=datetime.date(2024, 12, 31)))"
    )


def test_evolve_revalidates() -> None:
    """evolve() makes a changed copy and runs the validators again."""
    claim = ShareClaim(Amount.stated("95", "percent"), whole="voters")
    assert ShareClaim(Amount.stated("45", "percent"), whole="voters") == claim.evolve(
        amount=Amount.stated("45", "percent")
    )
    with pytest.raises(ValidationError, match="between 0% and 100%"):
        claim.evolve(amount=Amount.stated("120", "percent"))


def test_claims_are_frozen() -> None:
    """Claims cannot be changed in place."""
    claim = MoneyClaim(Amount.stated("1E+6", "GBP"))
    with pytest.raises(AttributeError):
        claim.subject = "fund"  # type: ignore[misc]


def test_signed_change() -> None:
    """A fall is a negative signed change."""
    claim = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN)
    assert -Amount.stated("95", "percent") == claim.signed


CLAIMS = [
    CountClaim(
        Amount.exact(5294, "person"),
        subject="people returned",
        period=Period.year(2024),
        place="UK",
        source="official records",
        span=Span(0, 5, "5,294"),
        qualifier=None,
        key="returns-2024",
        parts=(Amount.exact(5000, "person"), Amount.exact(294, "person")),
    ),
    MoneyClaim(Amount.stated("1E+6", "GBP", hedge=Hedge.ABOUT), qualifier="around"),
    ShareClaim(
        Amount.stated("15", "percent"),
        whole="applicants",
        part=Amount.exact(18, "person"),
        total=Amount.exact(120, "person"),
    ),
    RelativeChangeClaim(
        Amount.stated("95", "percent"),
        direction=Direction.DOWN,
        before=Amount.exact(8000, "person"),
        after=Amount.exact(390, "person"),
    ),
    AbsoluteChangeClaim(Amount.stated("13", "item"), direction=Direction.UP, counted="seat"),
]


@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c.kind)
def test_pickle_round_trip(claim: Claim) -> None:
    """Claims with nested amounts pickle to equal claims."""
    assert claim == pickle.loads(pickle.dumps(claim))  # noqa: S301  (our own bytes)


@given(claims())
def test_made_equals_the_checked_constructor(claim: Claim) -> None:
    """``Claim._made`` (extraction's builder, without the type checks) makes what the constructor makes."""
    fields = {a.name: getattr(claim, a.name) for a in attrs.fields(type(claim))[1:]}
    made = type(claim)._made(claim.amount, **fields)
    assert (type(made), made, hash(made), repr(made)) == (type(claim), claim, hash(claim), repr(claim))


def test_made_converts_and_checks_as_the_constructor() -> None:
    """``Claim._made`` orders the inferred readings, and refuses partial parts without parts and an unknown field."""
    made = CountClaim._made(Amount.exact(3, "person"), inferred={Inferred.PERIOD, Inferred.LINK}, as_stated=True)
    assert made.inferred == CountClaim(Amount.exact(3, "person"), inferred=[Inferred.PERIOD, Inferred.LINK]).inferred
    with pytest.raises(ValidationError):
        CountClaim._made(Amount.exact(3, "person"), parts_complete=False)
    with pytest.raises(TypeError, match="no field 'colour'"):
        CountClaim._made(Amount.exact(3, "person"), colour="red")


_UNITS = ("person", "GBP", "percent", "percentage_point", "year", "GBP / year", "dimensionless", "metre")


@pytest.mark.parametrize("cls", CLAIM_TYPES, ids=lambda cls: cls.kind)
def test_made_fills_defaults_as_the_constructor(cls: type[Claim]) -> None:
    """``Claim._made`` of the amount alone gives the constructor's defaults (a factory's default would differ)."""
    made = []
    for unit in _UNITS:
        amount = Amount.exact(3, unit)
        try:
            claim = cls(amount)
        except ValidationError:
            continue
        made.append((cls._made(amount), claim))
    assert made, f"no unit of {_UNITS} makes a {cls.kind} claim"
    for fast, checked in made:
        assert (fast, repr(fast)) == (checked, repr(checked))


def test_parts_are_kept_as_a_tuple_of_amounts() -> None:
    """``parts`` takes any iterable and keeps a tuple of amounts; other items are refused."""
    amounts = [Amount.exact(2, "GBP"), Amount.exact(3, "GBP")]
    whole = Amount.exact(5, "GBP")
    from_list = MoneyClaim(whole, parts=amounts)
    assert from_list.parts == tuple(amounts)
    assert type(from_list.parts) is tuple
    assert from_list == MoneyClaim(whole, parts=iter(amounts)) == MoneyClaim._made(whole, parts=amounts)
    assert MoneyClaim(whole).parts == ()
    with pytest.raises(TypeError, match="parts must hold Amounts"):
        MoneyClaim(whole, parts=[2, 3])
