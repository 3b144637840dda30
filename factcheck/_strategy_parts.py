"""The building blocks of :mod:`factcheck.strategies`: magnitudes, amounts, claims, sentences.

Options are checked by the public functions in ``strategies``; these only draw.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Final, TypeVar

import attrs
from hypothesis import strategies as st

from ._amount import Amount
from ._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    MoneyClaim,
    NumberClaim,
    Period,
    RateClaim,
    RelativeChangeClaim,
    ShareClaim,
    Span,
)
from ._decimal import CONTEXT, HUNDRED
from ._interval import Interval
from ._precision import Hedge
from .units import minor_unit

if TYPE_CHECKING:
    from collections.abc import Callable

    from hypothesis.strategies import DrawFn, SearchStrategy

T = TypeVar("T")

UNITS: Final[dict[str, tuple[str, ...]]] = {
    "count": ("person", "household", "item", "dimensionless"),
    "percent": ("percent",),
    "points": ("percentage_point",),
    "duration": ("day", "week", "month", "year", "hour"),
    # per a unit of time, per a unit ("$60 per barrel") and per a counted noun ("€20 per person").
    # Left out: nouns that do not read back in every language as Amount.format writes them
    # ("par article", "pro Fall", "por empleo": item, case and job are no per-nouns in French,
    # German or Spanish lexicons), and "per 1,000 people" (written "/ thousand person").
    "rate": (
        "person / year",
        "person / month",
        "GBP / week",
        "EUR / month",
        "USD / year",
        "case / day",
        "USD / barrel",
        "GBP / litre",
        "EUR / person",
        "USD / household",
    ),
    "ratio": ("dimensionless",),
    "quantity": ("kilometre", "tonne", "litre", "hectare", "metre"),
    "number": ("dimensionless",),
}
CURRENCIES: Final = ("GBP", "EUR", "USD", "JPY")
_NO_MINOR_UNITS: Final = frozenset({"JPY", "KRW", "ISK", "HUF", "CLP", "VND"})
HEDGES: Final = (
    Hedge.NONE,
    Hedge.ABOUT,
    Hedge.MORE_THAN,
    Hedge.AT_LEAST,
    Hedge.NEARLY,
    Hedge.LESS_THAN,
    Hedge.UP_TO,
    Hedge.RANGE,
)
_CAPPED_AT_100: Final = frozenset({"percent", "points"})


# magnitudes ------------------------------------------------------------------------------------


def _plain(max_value: int) -> SearchStrategy[Decimal]:
    return st.integers(0, max_value).map(Decimal)


def _tenths(max_tenths: int) -> SearchStrategy[Decimal]:
    return st.integers(0, max_tenths).map(lambda n: Decimal(n).scaleb(-1))


def _scaled(mantissa: int, decimals: int, scale: int) -> Decimal:
    # "0.5m" and "1.0m" are not how figures are written: read those draws as "5m" and "10m"
    if decimals and (mantissa < 10 or mantissa % 10 == 0):  # noqa: PLR2004  (one digit before the point)
        decimals = 0
    return Decimal(mantissa).scaleb(scale - decimals)


def _compact(scales: tuple[int, ...] = (6, 9)) -> SearchStrategy[Decimal]:
    """Figures with a scale word as reporters write them: "£1m" (1E+6), "£1.2m" (1.2E+6), "27bn" (2.7E+10)."""
    return st.builds(_scaled, st.integers(1, 999), st.sampled_from((0, 1)), st.sampled_from(scales))


def _magnitudes(kind: str, unit: str, max_value: Decimal | None) -> SearchStrategy[Decimal]:
    if kind in _CAPPED_AT_100:
        cap = HUNDRED if max_value is None else max_value
        return st.one_of(_plain(int(cap)), _tenths(int(cap * 10)))
    if kind == "count":
        return st.one_of(_plain(10_000_000), _compact((6,)))
    if kind == "money":
        if unit == "penny" or unit.startswith("cent_"):  # "50p", "12.5 cents"
            return st.one_of(_plain(9_999), _tenths(99_999))
        if unit in _NO_MINOR_UNITS:
            return st.one_of(_plain(10_000_000), _compact())
        pence = st.integers(0, 10_000_000).map(lambda n: Decimal(n).scaleb(-2))
        return st.one_of(_plain(10_000_000), pence, _compact())
    if kind == "rate":
        return st.one_of(_plain(1_000_000), _tenths(10_000))
    return st.one_of(_plain(1000), _tenths(10_000))  # durations, ratios, physical quantities


def _minor(code: str) -> tuple[str, ...]:
    """The name of ``code``'s hundredths unit, if it has one (builds the registry)."""
    minor = minor_unit(code)
    return () if minor is None else (str(minor),)


@st.composite
def stated_amount(
    draw: DrawFn, kind: str, units: tuple[str, ...], hedges: tuple[Hedge, ...], max_value: Decimal | None = None
) -> Amount:
    unit = units[draw(st.integers(0, len(units) - 1))]  # one choice even for one unit: equal shapes shrink to counts
    value = draw(_magnitudes(kind, unit, max_value))
    hedge = draw(st.sampled_from(hedges)) if value else Hedge.NONE
    if hedge is Hedge.RANGE:
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # noqa: S101  (finite by construction)
        if exponent > 0:  # "1.2m-1.5m": keep ranges to plainly written figures
            return Amount.stated(value, unit)
        high = value + Decimal(draw(st.integers(1, 100))).scaleb(exponent)
        cap = max_value if max_value is not None else (HUNDRED if kind in _CAPPED_AT_100 else None)
        if cap is not None and high > cap:
            return Amount.stated(value, unit)
        return Amount.between(value, high, unit)
    return Amount.stated(value, unit, hedge=hedge)


@st.composite
def interval(draw: DrawFn, unbounded: bool) -> Interval:
    exponent = draw(st.sampled_from((0, -1, -2, 3)))
    low = Decimal(draw(st.integers(-1_000_000, 1_000_000))).scaleb(exponent)
    width = Decimal(draw(st.integers(0, 1_000_000))).scaleb(exponent)
    closed = st.sampled_from((True, False))
    low_closed, high_closed = draw(closed), draw(closed)
    if not width:
        low_closed = high_closed = True
    open_ended = st.sampled_from((False, True)) if unbounded else st.just(False)  # noqa: FBT003
    return Interval(
        None if draw(open_ended) else low,
        None if draw(open_ended) else CONTEXT.add(low, width),
        low_closed=low_closed,
        high_closed=high_closed,
    )


def periods_between(min_year: int, max_year: int) -> SearchStrategy[Period]:
    """Calendar years, runs of years, single days and date ranges; shrinks towards ``min_year``."""
    years = st.integers(min_year, max_year)
    days = st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))
    return st.one_of(
        years.map(Period.year),
        st.tuples(years, years).map(lambda ys: Period.years(min(ys), max(ys))),
        days.map(Period.day),
        st.tuples(days, days).map(lambda ds: Period(min(ds), max(ds))),
    )


_SUBJECTS: Final = ("people returned", "net migration", "council spending", "waiting list")
_PLACES: Final = ("UK", "Wales", "Lyon", "Madrid")
_SOURCES: Final = ("official figures", "the statistics office", "a council report")
_WHOLES: Final = ("voters", "households", "adults")
_COUNTED: Final = {"item": "home"}
_PER_NOUNS: Final = {"person": "person", "household": "household"}
"""The noun of a rate's counted denominator ("per person"); a unit ("per barrel", "a year") has none."""
_UNIT_WORDS: Final = ("rpg", "WAR")
_DIRECTIONS: Final = (Direction.UP, Direction.DOWN, Direction.UNSPECIFIED)


def _span_at(start: int, amount: Amount) -> Span:
    text = amount.format("en_GB")
    return Span(start, start + len(text), text)


@st.composite
def _annotations(draw: DrawFn, amount: Amount) -> dict[str, object]:
    return {
        "subject": draw(st.none() | st.sampled_from(_SUBJECTS)),
        "period": draw(st.none() | periods_between(2000, 2035)),
        "place": draw(st.none() | st.sampled_from(_PLACES)),
        "source": draw(st.none() | st.sampled_from(_SOURCES)),
        "key": draw(st.none() | st.sampled_from(_SUBJECTS).map(lambda s: s.replace(" ", "-"))),
        "span": draw(st.none() | st.integers(0, 5000).map(lambda start: _span_at(start, amount))),
    }


@st.composite
def reference(draw: DrawFn, amounts: SearchStrategy[Amount], cls: Callable[..., T]) -> T:
    """A reference figure (``cls`` is factcheck.checks.Reference) with optional metadata."""
    amount = draw(amounts)
    subject = draw(st.none() | st.sampled_from(_SUBJECTS))
    prices = draw(st.none() | periods_between(2000, 2035)) if amount.currency else None  # real terms
    return cls(
        amount,
        subject=subject,
        period=draw(st.none() | periods_between(2000, 2035)),
        place=draw(st.none() | st.sampled_from(_PLACES)),
        source=draw(st.none() | st.sampled_from(_SOURCES)),
        url=draw(st.none() | st.sampled_from(("https://example.org/statistics", "https://example.org/table-3"))),
        key=draw(st.none() | st.sampled_from(_SUBJECTS).map(lambda s: s.replace(" ", "-"))),
        prices=prices,
        measure=draw(st.sampled_from(("level", "change", "share", "rate"))),
    )


@st.composite
def _share(draw: DrawFn, hedges: tuple[Hedge, ...]) -> tuple[Amount, dict[str, object]]:
    whole = draw(st.none() | st.sampled_from(_WHOLES))
    if not draw(st.booleans()):
        return draw(stated_amount("percent", ("percent",), hedges)), {"whole": whole}
    total = draw(st.integers(1, 100_000))  # "18 of 120, or 15.0%": part, total and share agree
    part = draw(st.integers(0, total))
    exact = CONTEXT.divide(Decimal(part * 100), Decimal(total))
    share = exact.quantize(Decimal("0.1"), ROUND_HALF_UP)  # half up: "x.x%" reads [x.x-0.05, x.x+0.05), ties included
    extra: dict[str, object] = {
        "whole": whole,
        "part": Amount.exact(part, "person"),
        "total": Amount.exact(total, "person"),
    }
    return Amount.stated(share, "percent"), extra


@st.composite
def _absolute_change(
    draw: DrawFn, hedges: tuple[Hedge, ...], codes: tuple[str, ...]
) -> tuple[Amount, dict[str, object]]:
    unit = draw(st.sampled_from(("person", "item", *codes)))
    kind = "count" if unit in UNITS["count"] else "money"
    counted = _COUNTED.get(unit)  # "gained 13 homes": items, and the noun says which
    if not draw(st.booleans()):
        extra: dict[str, object] = {"direction": draw(st.sampled_from(_DIRECTIONS)), "counted": counted}
        return draw(stated_amount(kind, (unit,), hedges)), extra
    before, after = draw(st.integers(0, 1_000_000)), draw(st.integers(0, 1_000_000))  # "from 8,000 to 390"
    direction = Direction.UP if after > before else Direction.DOWN if after < before else Direction.UNSPECIFIED
    extra = {
        "direction": direction,
        "before": Amount.exact(before, unit),
        "after": Amount.exact(after, unit),
        "counted": counted,
    }
    return Amount.exact(abs(after - before), unit), extra


@st.composite
def claim(draw: DrawFn, cls: type[Claim], hedges: tuple[Hedge, ...], codes: tuple[str, ...], annotated: bool) -> Claim:
    extra: dict[str, object] = {}
    if cls is CountClaim:  # draws the amount alone, so that claims shrink to counts
        amount = draw(stated_amount("count", UNITS["count"], hedges))
        extra["counted"] = _COUNTED.get(str(amount.unit))  # no draw of its own: "4 homes" are items
    elif cls is NumberClaim:  # "closed at 27,349.19", "a deficit of -1.2", "7.4 rpg"
        amount = draw(stated_amount("number", UNITS["number"], hedges))
        amount = -amount if draw(st.booleans()) else amount
        extra["unit_word"] = draw(st.none() | st.sampled_from(_UNIT_WORDS))
    elif cls is MoneyClaim:
        extra["over"] = draw(st.none() | st.integers(1, 10).map(lambda n: Amount.exact(n, "year")))
        parts = draw(st.just(()) | st.lists(st.integers(0, 1_000_000), min_size=2, max_size=3))
        code = draw(st.sampled_from(codes))
        if parts:  # "a £2m fund split into ...": the parts add up exactly ...
            rest = draw(st.integers(0, 1_000_000))  # ... or "a £2m fund includes ...": they leave some over
            extra["parts_complete"] = rest == 0 or not draw(st.booleans())
            amount = Amount.exact(sum(parts) + (0 if extra["parts_complete"] else rest), code)
            extra["parts"] = tuple(Amount.exact(p, code) for p in parts)
        else:  # in the currency, or in its hundredths as written ("50p", "30 cents")
            amount = draw(stated_amount("money", (code, *_minor(code)), hedges))
    elif cls is ShareClaim:
        amount, extra = draw(_share(hedges))
    elif cls is AbsoluteChangeClaim:
        amount, extra = draw(_absolute_change(hedges, codes))
    elif issubclass(cls, ChangeClaim):
        direction = draw(st.sampled_from(_DIRECTIONS))
        kind, unit = ("percent", "percent") if cls is RelativeChangeClaim else ("points", "percentage_point")
        cap = Decimal(1000) if cls is RelativeChangeClaim and direction is not Direction.DOWN else HUNDRED
        amount, extra = draw(stated_amount(kind, (unit,), hedges, cap)), {"direction": direction}
    else:  # rate, ratio, duration, quantity: the kind tag names the units to draw from
        amount = draw(stated_amount(cls.kind, UNITS[cls.kind], hedges))
        if cls is RateClaim:  # per a counted noun: the noun goes with it, as extraction gives it
            extra["per"] = _PER_NOUNS.get(str(amount.unit).rpartition(" / ")[2])
    if annotated:
        extra.update(draw(_annotations(amount)))
    return cls(amount, **extra)  # type: ignore[arg-type]


TEMPLATES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "count": ("Officials counted {amount}{when}.", "The charity said it had helped {amount}{when}."),
        "money": (
            "The council spent {amount} on the new bridge{when}.",
            "Ministers set aside {amount} for buses{when}.",
        ),
        "share": ("Turnout reached {amount}{when}.", "The survey found that {amount} of tenants had complained{when}."),
        "fall": ("Arrivals fell by {amount}{when}.",),
        "rise": ("Ticket sales rose by {amount}{when}.",),
    },
    "de": {
        "count": ("Laut Behörden kamen{when} {amount} an.",),
        "money": ("Die Stadt gab{when} {amount} für die neue Brücke aus.",),
        "share": ("Die Wahlbeteiligung lag{when} bei {amount}.",),
        "fall": ("Die Zahl der Ankünfte sank{when} um {amount}.",),
        "rise": ("Der Umsatz stieg{when} um {amount}.",),
    },
    "fr": {
        "count": ("Selon la préfecture, on a compté {amount}{when}.",),
        "money": ("La ville a dépensé {amount} pour le nouveau pont{when}.",),
        "share": ("La participation a atteint {amount}{when}.",),
        "fall": ("Les arrivées ont baissé de {amount}{when}.",),
        "rise": ("Les ventes ont augmenté de {amount}{when}.",),
    },
    "es": {
        "count": ("Según las autoridades, se contaron {amount}{when}.",),
        "money": ("El ayuntamiento gastó {amount} en el nuevo puente{when}.",),
        "share": ("La participación alcanzó {amount}{when}.",),
        "fall": ("Las llegadas cayeron un {amount}{when}.",),
        "rise": ("Las ventas subieron un {amount}{when}.",),
    },
}
_WHEN: Final = {"en": " in {year}", "de": " im Jahr {year}", "fr": " en {year}", "es": " en {year}"}
TEXT_KINDS: Final = {"count": CountClaim, "money": MoneyClaim, "share": ShareClaim, "change": RelativeChangeClaim}


def _qualifier(amount: Amount, written: str, locale: str) -> str | None:
    if amount.hedge in (Hedge.NONE, Hedge.RANGE):
        return None
    bare = attrs.evolve(amount, hedge=Hedge.NONE).format(locale)
    return written[: len(written) - len(bare)].strip() or None


@st.composite
def sentence(
    draw: DrawFn, locale: str, kinds: tuple[str, ...], hedges: tuple[Hedge, ...], codes: tuple[str, ...]
) -> tuple[str, int, Claim]:
    """One sentence, the offset of its amount, and the claim it states (span relative to the sentence)."""
    language = locale.split("_", 1)[0]
    kind = draw(st.sampled_from(kinds))
    extra: dict[str, object] = {}
    if kind == "change":  # "fell by 95%" (at most 100%) or "rose by 250%"
        direction = draw(st.sampled_from((Direction.DOWN, Direction.UP)))
        template = draw(st.sampled_from(TEMPLATES[language]["fall" if direction is Direction.DOWN else "rise"]))
        cap = HUNDRED if direction is Direction.DOWN else Decimal(1000)
        amount = draw(stated_amount("percent", ("percent",), hedges, cap))
        extra["direction"] = direction
    else:
        template = draw(st.sampled_from(TEMPLATES[language][kind]))
        units = {"count": ("person",), "money": codes, "share": ("percent",)}[kind]
        if kind == "count":  # "5 people-10 people" is how babel writes a range of counts: leave them out
            hedges = tuple(h for h in hedges if h is not Hedge.RANGE)
        amount = draw(stated_amount("percent" if kind == "share" else kind, units, hedges))
    year = draw(st.none() | st.integers(2000, 2030))
    when = "" if year is None else _WHEN[language].format(year=year)
    written = amount.format(locale)
    stated = written
    if kind == "count":  # the span stops before the counted noun: "around 1.2 million" of "... people"
        number = attrs.evolve(amount, unit="dimensionless").format(locale)
        stated = number if written.startswith(number) else written
    head, tail = template.split("{amount}")
    head, tail = head.format(when=when), tail.format(when=when)
    claim = TEXT_KINDS[kind](
        amount,
        span=Span(len(head), len(head) + len(stated), stated),
        qualifier=_qualifier(amount, written, locale),
        period=None if year is None else Period.year(year),
        as_stated=True,
        **extra,
    )
    return head + written + tail, len(head), claim


@st.composite
def joined_text(
    draw: DrawFn, sentences: SearchStrategy[tuple[str, int, Claim]], max_sentences: int
) -> tuple[str, tuple[Claim, ...]]:
    text, found = "", []
    for sentence, _, claim in draw(st.lists(sentences, min_size=1, max_size=max_sentences)):
        offset = len(text) + (1 if text else 0)
        text = f"{text} {sentence}" if text else sentence
        assert claim.span is not None  # noqa: S101  (set by _sentence)
        span = Span(offset + claim.span.start, offset + claim.span.end, claim.span.text)
        found.append(claim.evolve(span=span))
    return text, tuple(found)
