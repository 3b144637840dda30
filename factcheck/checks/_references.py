"""Reference figures (what a claim should say), price indices, and reading tables of references.

A reference table is a CSV file, a list of :class:`Reference` or of mappings, or a pandas
DataFrame, with these columns (only ``value`` and ``unit`` are required):

========== ====================================================================================
value      the figure as a decimal string ("5294", "1.2E+6"); its digits set its precision
unit       a factcheck unit name: "person", "GBP", "percent", "person / year"
low, high  optional explicit bounds of the figure (both or neither)
subject    what it measures: matched to a claim's subject
period     "2024", "2021-2023", "2024-05-01" or "2024-01-01/2024-03-31"
place      where: matched to a claim's place
source     who published it ("Home Office")
url        where it was published
key        an explicit key: a claim with the same ``key`` matches it whatever its subject
prices     for money in real terms, the period whose prices it is in ("2020"); empty for cash
counted    for a count, the counted noun, singular ("home"): it never matches a count of another
measure    what the figure measures (:class:`Measure`): "level" (the default), "change", "share"
           or "rate"; only a claim of that measure matches it
========== ====================================================================================

Lines of a CSV file that start with ``#`` are comments. Column names may be in any case;
columns factcheck does not know are ignored with a :class:`factcheck.TableWarning` naming them.
A file may be UTF-8 (with or without a byte-order mark) or UTF-16 with one. Figures may be
grouped as the table's ``locale`` writes them ("1,234" in en_GB, "1.234" in de_DE). Errors
name the file's line.
"""

from __future__ import annotations

import codecs
import csv
import enum
import io
import numbers
import os
import re
import sys
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs
from attrs import field, frozen

from factcheck._amount import Amount
from factcheck._claims import ChangeClaim, Period, RateClaim, ShareClaim
from factcheck._decimal import to_decimal
from factcheck._interval import Interval
from factcheck._locale import babel_name
from factcheck._precision import Hedge
from factcheck.errors import FactcheckError, ReferenceTableError, TableWarning, ValidationError

if TYPE_CHECKING:
    from decimal import Decimal

    from factcheck._claims import Claim

__all__ = ["COLUMNS", "Measure", "PriceIndex", "Reference", "load_references"]

_GROUPED_BY_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")
"""A figure that a locale grouping with dots ("5.294" in de_DE) means otherwise than a plain decimal."""

COLUMNS = (
    "value",
    "unit",
    "low",
    "high",
    "subject",
    "period",
    "place",
    "source",
    "url",
    "key",
    "prices",
    "counted",
    "measure",
)
"""The columns a reference table may have, in the order the JSON report writes them."""


class Measure(enum.Enum):
    """What a reference figure measures; only a claim of the same measure is judged against it.

    >>> from factcheck import Amount, Direction, RelativeChangeClaim
    >>> Measure.of(RelativeChangeClaim(Amount.stated("5", "percent"), direction=Direction.UP))
    <Measure.CHANGE: 'change'>

    .. versionadded:: 0.2
    """

    LEVEL = "level"
    """The figure itself in its period: a count, an amount of money, a quantity. A level
    reference also matches a share or a rate claim in a unit that compares (a table need not
    say more than "not a change"), but never a change."""
    CHANGE = "change"
    """A change between two times: relative ("rose by 5%"), in points or absolute ("up 300")."""
    SHARE = "share"
    """A part of a whole ("45% of voters", "an unemployment rate of 4.4%")."""
    RATE = "rate"
    """A figure per something: per unit of time ("240,000 people a year") or anything else ("$60 a barrel")."""

    @classmethod
    def of(cls, claim: Claim) -> Measure:
        """What ``claim`` measures, from its class."""
        if isinstance(claim, ChangeClaim):
            return cls.CHANGE
        if isinstance(claim, ShareClaim):
            return cls.SHARE
        if isinstance(claim, RateClaim):
            return cls.RATE
        return cls.LEVEL

    def admits(self, claim: Claim) -> bool:
        """True when a reference of this measure may judge ``claim``: like is compared with like."""
        measure = Measure.of(claim)
        return measure is self or (self is Measure.LEVEL and measure is not Measure.CHANGE)


def _measure(value: object) -> Measure:
    if isinstance(value, Measure):
        return value
    if isinstance(value, str):
        try:
            return Measure(value.strip().lower())
        except ValueError:
            pass
    raise ValidationError("measure", value, f"expected one of {[m.value for m in Measure]}")


_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))
_opt_period = attrs.validators.optional(attrs.validators.instance_of(Period))


@frozen
class Reference:
    """A trusted figure to check claims against: an amount, what it measures, when, where, whose.

    >>> from factcheck import Amount, Period
    >>> ref = Reference(Amount.exact(5294, "person"), subject="Albanians returned", period=Period.year(2024))
    >>> ref.describe()
    'Albanians returned, 2024'
    """

    amount: Amount = field(validator=attrs.validators.instance_of(Amount))
    subject: str | None = field(default=None, kw_only=True, validator=_opt_str)
    period: Period | None = field(default=None, kw_only=True, validator=_opt_period)
    place: str | None = field(default=None, kw_only=True, validator=_opt_str)
    source: str | None = field(default=None, kw_only=True, validator=_opt_str)
    url: str | None = field(default=None, kw_only=True, validator=_opt_str)
    key: str | None = field(default=None, kw_only=True, validator=_opt_str)
    prices: Period | None = field(default=None, kw_only=True, validator=_opt_period)
    """For money in real terms: the period whose prices the figure is in. ``None``: cash terms."""
    counted: str | None = field(default=None, kw_only=True, validator=_opt_str)
    """For a count, what it counts, singular and lower case ("home"); it never matches a claim counting another noun.

    .. versionadded:: 0.2
    """
    measure: Measure = field(default=Measure.LEVEL, kw_only=True, converter=_measure)
    """What the figure measures: a change reference judges only change claims, and so on (:class:`Measure`)."""

    def describe(self) -> str:
        """What, when and where, for people: ``"Albanians returned, 2024, UK"``."""
        parts = [p for p in (self.subject or self.key, str(self.period) if self.period else None, self.place) if p]
        return ", ".join(parts)

    def matches_period(self, claim: Claim) -> bool:
        """True when the claim is about the same period (both ``None`` counts as the same)."""
        return self.period == claim.period


def _levels(value: Mapping[object, object] | Iterable[tuple[object, object]]) -> tuple[tuple[Period, Decimal], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    result: list[tuple[Period, Decimal]] = []
    for period, level in items:
        if isinstance(period, Period):
            p = period
        elif isinstance(period, int) and not isinstance(period, bool):
            p = Period.year(period)
        else:
            p = Period.parse(str(period))
        result.append((p, to_decimal(level)))
    return tuple(sorted(result, key=lambda pair: (pair[0].start, pair[0].end)))


@frozen
class PriceIndex:
    """Price levels by period (a CPI or GDP deflator series) for turning cash figures into real terms.

    Only a price index the caller supplies converts between cash and real terms: factcheck never
    guesses inflation.

    >>> from factcheck import Amount, Period
    >>> cpi = PriceIndex("CPI", {2020: "100", 2024: "125"})
    >>> cpi.in_prices_of(Amount.exact(1_000, "GBP"), Period.year(2024), Period.year(2020)).value
    Decimal('800')
    """

    name: str = field(validator=attrs.validators.instance_of(str))
    levels: tuple[tuple[Period, Decimal], ...] = field(converter=_levels)

    def level(self, period: Period) -> Decimal | None:
        """The price level of ``period``, or ``None`` when the series does not have it."""
        for p, lvl in self.levels:
            if p == period:
                return lvl
        return None

    def in_prices_of(self, amount: Amount, period: Period, prices: Period) -> Amount:
        """``amount`` in cash of ``period`` expressed in the prices of ``prices``.

        Raises :class:`ValidationError` when the series lacks either period.
        """
        here, there = self.level(period), self.level(prices)
        if here is None or there is None:
            missing = period if here is None else prices
            raise ValidationError("period", str(missing), f"the price index {self.name!r} has no level for it")
        return amount * Amount.exact(there) / Amount.exact(here)


# reading tables ---------------------------------------------------------------------------------


def load_references(table: object, *, locale: str = "en_GB") -> tuple[Reference, ...]:
    """Read reference figures from a CSV path, a list of references or mappings, or a DataFrame.

    See the module docstring for the columns. A cell that cannot be read raises
    :class:`factcheck.ReferenceTableError` naming the row (the line, in a file) and column.
    ``locale`` is how the table groups digits ("1,234" in en_GB).

    >>> rows = [{"subject": "Albanians returned", "period": "2024", "value": "5294", "unit": "person"}]
    >>> (ref,) = load_references(rows)
    >>> ref.amount.value, str(ref.period)
    (Decimal('5294'), '2024')
    """
    if isinstance(table, str | os.PathLike):
        return _from_csv(os.fspath(table), locale)
    if _is_dataframe(table):
        records = table.to_dict(orient="records")  # type: ignore[attr-defined]
        return tuple(_from_row(row, f"row {n}", locale) for n, row in enumerate(records, start=1))
    if isinstance(table, Iterable) and not isinstance(table, bytes | Mapping):
        result: list[Reference] = []
        for n, row in enumerate(table, start=1):
            if isinstance(row, Reference):
                result.append(row)
            elif isinstance(row, Mapping):
                result.append(_from_row(row, f"item {n}", locale))
            else:
                msg = f"expected a Reference or a mapping, got {type(row).__name__}"
                msg_0 = f"item {n}"
                raise ReferenceTableError(msg_0, msg)
        return tuple(result)
    msg = f"cannot read a table from {type(table).__name__}"
    raise ReferenceTableError("references", msg)


def _is_dataframe(table: object) -> bool:
    if "pandas" not in sys.modules:  # a DataFrame cannot exist before pandas is imported
        return False
    import pandas as pd  # noqa: PLC0415  (optional dependency)

    return isinstance(table, pd.DataFrame)


def _from_csv(path: str, locale: str) -> tuple[Reference, ...]:
    try:
        with open(path, "rb") as handle:  # noqa: PTH123  (str paths from the CLI)
            raw = handle.read()
    except OSError as err:
        raise ReferenceTableError(path, f"cannot read the file: {err}") from err
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        raise ReferenceTableError(path, f"cannot read the file: not UTF-8 or UTF-16 text ({err.reason})") from err
    # comment lines become empty lines, which are skipped: line numbers stay the file's
    lines = ["\n" if line.lstrip().startswith("#") else line for line in text.splitlines(keepends=True)]
    reader = csv.reader(io.StringIO("".join(lines)), strict=True)
    header: list[str] | None = None
    known: dict[int, str] = {}
    references: list[Reference] = []
    while True:
        line = reader.line_num + 1  # where the next row starts (a quoted cell may span lines)
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            msg = f"{path}: line {line}"
            raise ReferenceTableError(msg, f"not CSV: {err} (a quote opened here is not closed?)") from err
        if not row or all(not cell.strip() for cell in row):
            continue
        if header is None:
            header = row
            known = {i: name.strip().lower() for i, name in enumerate(row) if name.strip().lower() in COLUMNS}
            _check_header(path, header, known)
            continue
        cells = {column: row[i] if i < len(row) else None for i, column in known.items()}
        references.append(_from_row(cells, f"{path}: line {line}", locale))
    if header is None:
        raise ReferenceTableError(path, "the file has no header row")
    return tuple(references)


def _check_header(path: str, header: list[str], known: Mapping[int, str]) -> None:
    """Refuse a header with neither a value nor a unit column; warn about the columns left out."""
    if "value" not in known.values() and "unit" not in known.values():
        msg = f"{path}: header"
        raise ReferenceTableError(msg, f"no value or unit column; expected some of {list(COLUMNS)}")
    ignored = [name for i, name in enumerate(header) if i not in known]
    if ignored:
        message = f"{path}: columns {ignored} are not reference columns and were ignored"
        warnings.warn(message, TableWarning, stacklevel=4)


def _cell(row: Mapping[str, object], column: str, where: str) -> str | None:
    value = row.get(column)
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # noqa: PLR0124  (NaN: pandas' empty cell)
            return None
        msg = f"{column} holds the float {value!r}: read the table as text (pandas: dtype=str) to keep it exact"
        raise ReferenceTableError(where, msg)
    if isinstance(value, bool):
        msg = f"{column} holds the boolean {value!r}, not a figure"
        raise ReferenceTableError(where, msg)
    if isinstance(value, numbers.Integral):
        return str(int(value))
    text = str(value).strip()
    return text or None


def _from_row(row: Mapping[str, object], where: str, locale: str = "en_GB") -> Reference:
    cells = {column: _cell(row, column, where) for column in COLUMNS}
    value, unit = cells["value"], cells["unit"]
    if value is None or unit is None:
        missing = "value" if value is None else "unit"
        msg = f"{where}, column {missing}"
        raise ReferenceTableError(msg, "is required")
    try:
        amount = _amount(value, unit, cells["low"], cells["high"], locale)
        period = Period.parse(cells["period"]) if cells["period"] else None
        prices = Period.parse(cells["prices"]) if cells["prices"] else None
        measure = _measure(cells["measure"] or Measure.LEVEL)
    except (FactcheckError, ValueError, TypeError) as err:
        raise ReferenceTableError(where, str(err)) from err
    return Reference(
        amount,
        subject=cells["subject"],
        period=period,
        place=cells["place"],
        source=cells["source"],
        url=cells["url"],
        key=cells["key"],
        prices=prices,
        counted=cells["counted"],
        measure=measure,
    )


def _amount(value: str, unit: str, low: str | None, high: str | None, locale: str) -> Amount:
    if (low is None) != (high is None):
        raise ValidationError("low/high", f"{low}/{high}", "give both ends of a range or neither")
    if low is None or high is None:
        return Amount.stated(_number(value, locale), unit)
    return Amount(
        _number(value, locale), unit, Interval.closed(_number(low, locale), _number(high, locale)), Hedge.RANGE
    )


def _number(text: str, locale: str) -> Decimal:
    """A figure as the table writes it: plain digits ("1234", "1.2E+6"), or grouped in ``locale`` ("1,234")."""
    from babel.numbers import NumberFormatError, get_decimal_symbol, parse_decimal  # noqa: PLC0415  (babel loads on first use)

    try:
        plain = to_decimal(text)
    except (ValueError, ArithmeticError):
        pass
    else:
        if _GROUPED_BY_DOTS.fullmatch(text) and get_decimal_symbol(babel_name(locale)) != ".":
            message = f"{text!r} was read as the decimal {plain}; a table's figures are plain decimals"
            warnings.warn(
                f"{message} (write {text.replace('.', '')} for the grouped number)", TableWarning, stacklevel=6
            )
        return plain

    try:
        return parse_decimal(text, locale=babel_name(locale), strict=True)
    except NumberFormatError as err:
        hint = f"; did you mean {err.suggestions[0]!r}?" if err.suggestions else ""
        msg = f"{text!r} is not a number as {locale} writes one{hint}"
        raise ValueError(msg) from err
