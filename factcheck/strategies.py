"""Hypothesis strategies for factcheck's values and claims: property-test your own pipeline.

Install the extra (``pip install 'factcheck[hypothesis]'``). Every strategy takes keyword-only
options, checked when the strategy is built (a bad option raises
:class:`InvalidStrategyArgument`, which is a :class:`hypothesis.errors.InvalidArgument`), and
shrinks towards small, readable examples: an exact, unhedged count of 0 people.

Installing factcheck registers these strategies with hypothesis through its entry point, so
``st.from_type(Amount)`` and ``st.from_type(Claim)`` draw valid values:

>>> from hypothesis import find, strategies as st
>>> from factcheck import Amount
>>> simplest = find(st.from_type(Amount), lambda amount: True)
>>> simplest.format("en_GB"), simplest.is_exact
('0 people', True)

This module is never imported by ``import factcheck``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Final


def _hypothesis_setup_hook() -> None:
    """Register the strategies with hypothesis; called through the ``hypothesis`` entry point.

    Defined before this module imports hypothesis: importing ``factcheck.strategies`` first
    imports hypothesis, which calls this hook while the module is half built. So it names the
    strategies late (lambdas) and builds nothing (no unit registry, no babel data) until a test
    draws from ``st.from_type(Amount)`` and the like.
    """
    from hypothesis import strategies as st  # noqa: PLC0415  (see above)

    from ._amount import Amount  # noqa: PLC0415
    from ._claims import CLAIM_TYPES, ChangeClaim, Claim, Period, Span  # noqa: PLC0415
    from ._interval import Interval  # noqa: PLC0415
    from .currency import ExchangeRate  # noqa: PLC0415

    # late binding: amounts() and the rest are defined further down this module
    st.register_type_strategy(Amount, st.deferred(lambda: amounts()))  # noqa: PLW0108
    st.register_type_strategy(Interval, st.deferred(lambda: intervals()))  # noqa: PLW0108
    st.register_type_strategy(Period, st.deferred(lambda: periods()))  # noqa: PLW0108
    st.register_type_strategy(Span, st.deferred(lambda: spans()))  # noqa: PLW0108
    st.register_type_strategy(ExchangeRate, st.deferred(lambda: exchange_rates()))  # noqa: PLW0108
    claim_classes: tuple[type[Claim], ...] = (Claim, ChangeClaim, *CLAIM_TYPES)
    for claim_cls in claim_classes:
        st.register_type_strategy(claim_cls, lambda cls: claims(kinds=_concrete(cls)))


def _concrete(cls: type[Claim]) -> tuple[type[Claim], ...]:
    """``cls`` itself or, for a base class (``Claim``, ``ChangeClaim``), its concrete subclasses."""
    return tuple(c for c in CLAIM_TYPES if issubclass(c, cls))


from hypothesis import strategies as st  # noqa: E402  (below the hook on purpose)
from hypothesis.errors import InvalidArgument  # noqa: E402  (below the hook on purpose)

from . import _strategy_parts as parts  # noqa: E402  (below the hook on purpose)
from . import units as _units  # noqa: E402  (below the hook; `units` is an option of amounts())
from ._claims import CLAIM_KINDS, CLAIM_TYPES, Claim, Period, Span  # noqa: E402  (below the hook on purpose)
from ._precision import Hedge  # noqa: E402  (below the hook on purpose)
from .currency import ExchangeRate, check_currency  # noqa: E402  (below the hook on purpose)
from .errors import FactcheckError  # noqa: E402  (below the hook on purpose)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from hypothesis.strategies import SearchStrategy

    from ._amount import Amount
    from ._interval import Interval

__all__ = [
    "AMOUNT_KINDS",
    "InvalidStrategyArgument",
    "amounts",
    "claims",
    "exchange_rates",
    "intervals",
    "periods",
    "spans",
    "texts_with_claims",
]


def __dir__() -> list[str]:
    """The strategies and their options' exception, for tab completion: not the helpers this module imports."""
    return sorted(__all__)


AMOUNT_KINDS: Final = ("count", "money", "percent", "points", "duration", "rate", "ratio", "quantity")
"""What :func:`amounts` can draw, in shrinking order: counts first."""


class InvalidStrategyArgument(FactcheckError, InvalidArgument):  # noqa: N818  (hypothesis' naming)
    """A strategy was built with an option it cannot honour; raised when the strategy is built."""


def _check_flags(**flags: object) -> None:
    for name, value in flags.items():
        if not isinstance(value, bool):
            msg = f"{name} must be True or False, got {value!r}"
            raise InvalidStrategyArgument(msg)


def _check_choices(name: str, given: Sequence[str], allowed: Sequence[str]) -> tuple[str, ...]:
    if isinstance(given, str) or not given:
        msg = f"{name} must be a non-empty sequence of names, got {given!r}"
        raise InvalidStrategyArgument(msg)
    unknown = [g for g in given if g not in allowed]
    if unknown:
        msg = f"{name}: unknown {unknown!r}; choose from {list(allowed)!r}"
        raise InvalidStrategyArgument(msg)
    return tuple(given)


def _check_currencies(currencies: Sequence[str]) -> tuple[str, ...]:
    if isinstance(currencies, str) or not currencies:
        msg = f"currencies must be a non-empty sequence of ISO 4217 codes, got {currencies!r}"
        raise InvalidStrategyArgument(msg)
    return tuple(currencies) if currencies == parts.CURRENCIES else tuple(check_currency(c) for c in currencies)


def _kind_of_unit(name: str) -> str:
    """The amount kind a unit name belongs to ("GBP" is money); builds the registry."""
    u = _units.unit(name)
    if _units.is_currency(u):
        return "money"
    if _units.is_percent(u):
        return "percent"
    if _units.is_percentage_point(u):
        return "points"
    if _units.is_time(u):
        return "duration"
    if _units.is_rate(u):
        return "rate"
    if _units.is_count(u):
        return "count"
    return "quantity"


def amounts(
    *,
    kinds: Sequence[str] = AMOUNT_KINDS,
    units: Sequence[str] | None = None,
    currencies: Sequence[str] = parts.CURRENCIES,
    hedged: bool = True,
) -> SearchStrategy[Amount]:
    """Amounts as a text would state them, built with :meth:`Amount.stated` or :meth:`Amount.between`.

    ``kinds`` picks from :data:`AMOUNT_KINDS` (counts of people, money in ``currencies``,
    percent and percentage points within 0-100, durations, rates (per unit of time, per a unit
    such as a barrel, per person or household), bare ratios,
    physical quantities); ``units`` instead names the units to draw from (``("person",
    "GBP")``). Values are non-negative, written with the digits a reporter would use ("5294",
    "12.50", "1.2E+6" for "1.2 million"). ``hedged=False`` leaves out hedges and ranges.

    Shrinks towards an exact, unhedged count of 0 people, then towards the first unit and kind.

    >>> from hypothesis import find
    >>> find(amounts(units=("percent",)), lambda amount: amount.hedge is Hedge.MORE_THAN).format("en_GB")
    'more than 1%'
    """
    _check_flags(hedged=hedged)
    hedges = parts.HEDGES if hedged else (Hedge.NONE,)
    codes = _check_currencies(currencies)
    by_kind: dict[str, tuple[str, ...]] = {}
    if units is not None:
        if isinstance(units, str) or not units:
            msg = f"units must be a non-empty sequence of unit names, got {units!r}"
            raise InvalidStrategyArgument(msg)
        for name in units:
            by_kind.setdefault(_kind_of_unit(name), ())
            by_kind[_kind_of_unit(name)] += (name,)
    else:
        for kind in _check_choices("kinds", kinds, AMOUNT_KINDS):
            by_kind[kind] = codes if kind == "money" else parts.UNITS[kind]
    return st.one_of([parts.stated_amount(kind, names, hedges) for kind, names in by_kind.items()])


# simple values ---------------------------------------------------------------------------------


def intervals(*, unbounded: bool = True) -> SearchStrategy[Interval]:
    """Intervals with Decimal ends, open or closed, unbounded on either side when ``unbounded``.

    Shrinks towards the closed interval [0, 0].
    """
    _check_flags(unbounded=unbounded)
    return parts.interval(unbounded)


def periods(*, min_year: int = 2000, max_year: int = 2035) -> SearchStrategy[Period]:
    """Calendar years, runs of years, single days and date ranges between ``min_year`` and ``max_year``.

    Shrinks towards the calendar year ``min_year``.
    """
    if not (isinstance(min_year, int) and isinstance(max_year, int) and 1 <= min_year <= max_year <= 9999):  # noqa: PLR2004
        msg = f"need 1 <= min_year <= max_year <= 9999, got {min_year!r} and {max_year!r}"
        raise InvalidStrategyArgument(msg)
    return parts.periods_between(min_year, max_year)


def spans(*, max_start: int = 10_000, texts: SearchStrategy[str] | None = None) -> SearchStrategy[Span]:
    """Spans of a source text: a start offset and the ``texts`` found there.

    Shrinks towards the empty span at offset 0.
    """
    if not isinstance(max_start, int) or max_start < 0:
        msg = f"max_start must be a non-negative int, got {max_start!r}"
        raise InvalidStrategyArgument(msg)
    texts = st.text(max_size=40) if texts is None else texts
    return st.builds(lambda start, text: Span(start, start + len(text), text), st.integers(0, max_start), texts)


def exchange_rates(*, currencies: Sequence[str] = parts.CURRENCIES) -> SearchStrategy[ExchangeRate]:
    """Dated exchange rates between two different ``currencies``, rates with up to four decimals.

    Shrinks towards a rate of 0.0001 between the first two currencies, on 1 January 2000.
    """
    codes = _check_currencies(currencies)
    if len(set(codes)) < 2:  # noqa: PLR2004
        msg = f"an exchange rate needs two different currencies, got {currencies!r}"
        raise InvalidStrategyArgument(msg)
    pairs = [(a, b) for a in codes for b in codes if a != b]
    return st.builds(
        lambda pair, rate, on, source: ExchangeRate(pair[0], pair[1], rate, on, source),
        st.sampled_from(pairs),
        st.integers(1, 100_000_000).map(lambda n: Decimal(n).scaleb(-4)),
        st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31)),
        st.sampled_from(("central bank", "ECB reference rate", "market close")),
    )


# claims ----------------------------------------------------------------------------------------


def _claim_classes(kinds: Sequence[str | type[Claim]]) -> tuple[type[Claim], ...]:
    if isinstance(kinds, str) or not kinds:
        msg = f"kinds must be a non-empty sequence of claim kinds or classes, got {kinds!r}"
        raise InvalidStrategyArgument(msg)
    classes: list[type[Claim]] = []
    for kind in kinds:
        if isinstance(kind, str) and kind in CLAIM_KINDS:
            classes.append(CLAIM_KINDS[kind])
        elif isinstance(kind, type) and kind in CLAIM_TYPES:
            classes.append(kind)
        else:
            msg = f"kinds: {kind!r} is not a claim kind; choose from {sorted(CLAIM_KINDS)!r} or their classes"
            raise InvalidStrategyArgument(msg)
    return tuple(classes)


def claims(
    *,
    kinds: Sequence[str | type[Claim]] = CLAIM_TYPES,
    currencies: Sequence[str] = parts.CURRENCIES,
    hedged: bool = True,
    annotated: bool = True,
) -> SearchStrategy[Claim]:
    """Valid claims of the given ``kinds`` (classes or their ``kind`` tags; all by default).

    Every claim passes :func:`factcheck.violations`: counts and money are non-negative, shares
    and changes in points lie within 0-100, decreases are at most 100%, units fit the kind.
    Shares sometimes carry a part and total that agree ("18 of 120, or 15.0%"), money sometimes
    parts that add up, or only some parts (``parts_complete=False``) that add up to less, absolute
    changes a before and after they are the difference of. Counts and absolute changes of items
    name what they count (``counted``); bare numbers may be negative or fractional and sometimes carry a
    ``unit_word``.
    ``annotated`` adds an optional subject, period, place, source, key and span.

    Shrinks towards an unannotated count claim of exactly 0 people.

    >>> claims(kinds=("count", "gossip"))
    Traceback (most recent call last):
    ...
    factcheck.strategies.InvalidStrategyArgument: kinds: 'gossip' is not a claim kind; ...
    """
    classes = _claim_classes(kinds)
    codes = _check_currencies(currencies)
    _check_flags(hedged=hedged, annotated=annotated)
    hedges = parts.HEDGES if hedged else (Hedge.NONE,)
    return st.one_of([parts.claim(cls, hedges, codes, annotated) for cls in classes])


# texts -----------------------------------------------------------------------------------------


def texts_with_claims(
    locale: str = "en_GB",
    *,
    kinds: Sequence[str] = ("count", "money", "share"),
    currencies: Sequence[str] = parts.CURRENCIES,
    hedged: bool = True,
    max_sentences: int = 3,
) -> SearchStrategy[tuple[str, tuple[Claim, ...]]]:
    r"""Short texts in ``locale`` and the claims a correct extractor finds in them, in text order.

    Each sentence states one amount written by :meth:`Amount.format` in ``locale`` (babel),
    sometimes with a year ("in 2024"). Each expected claim has the amount; the span of its
    written form, hedge word included and, for counts, the counted noun left out ("around 1.2
    million" of "around 1.2 million people"); the hedge word as ``qualifier``; the year as
    ``period``; and ``as_stated=True``, as extraction marks its claims. Subject, place and
    source stay ``None``, so compare the fields your pipeline promises. Languages: English,
    German, French and Spanish; ``kinds`` picks from "count" (people), "money", "share" and
    "change" (a relative change with its direction: "fell by 95%", "rose by 12.5%").

    Shrinks towards one English sentence counting exactly 0 people, with no year.

    >>> from hypothesis import find
    >>> text, (claim,) = find(texts_with_claims("de_DE", kinds=("money",)), lambda drawn: True)
    >>> text, claim.span.text
    ('Die Stadt gab 0\xa0£ für die neue Brücke aus.', '0\xa0£')
    """
    language = locale.split("_", 1)[0] if isinstance(locale, str) else ""
    if language not in parts.TEMPLATES:
        msg = f"locale {locale!r}: texts are written in {sorted(parts.TEMPLATES)!r} (such as 'en_GB', 'de_DE')"
        raise InvalidStrategyArgument(msg)
    chosen = _check_choices("kinds", kinds, tuple(parts.TEXT_KINDS))
    codes = _check_currencies(currencies)
    if not isinstance(max_sentences, int) or isinstance(max_sentences, bool) or max_sentences < 1:
        msg = f"max_sentences must be a positive int, got {max_sentences!r}"
        raise InvalidStrategyArgument(msg)
    _check_flags(hedged=hedged)
    return parts.joined_text(
        parts.sentence(locale, chosen, parts.HEDGES if hedged else (Hedge.NONE,), codes), max_sentences
    )
