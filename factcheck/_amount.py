"""Amount: a figure as it was stated — exact value, pint unit, the interval it asserts, its hedge."""

from __future__ import annotations

import functools
from decimal import ROUND_HALF_EVEN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext
from types import NoneType
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import field, frozen

from . import units
from ._decimal import CEILING, CONTEXT, FLOOR, WIDE, tidy, to_decimal
from ._format import amount_html, format_amount
from ._interval import Interval
from ._precision import DEFAULT_POLICY, Hedge, PrecisionPolicy, stated_exponent, stated_interval, unhedged_reading
from .errors import CurrencyConversionError, DimensionError, OffsetUnitError, ValidationError

if TYPE_CHECKING:
    import pint

    from .currency import ExchangeRate

__all__ = ["Amount", "Number"]

Number = Decimal | int
"""An exact number: arithmetic with an Amount accepts these, never ``float``."""


def _to_unit(value: object) -> pint.Unit:
    if isinstance(value, str):
        return units.unit(value)
    import pint  # noqa: PLC0415

    if isinstance(value, pint.Unit):
        return value
    msg = f"unit must be a factcheck unit or its name, got {type(value).__name__} {value!r}"
    raise TypeError(msg)


@functools.lru_cache(maxsize=1024)
def _unit_name(u: pint.Unit) -> str:
    """The unit's name as :func:`factcheck.units.unit` reads it; pint formats each unit once.

    Pickling an amount writes its unit's name: a third of the cost of pickling a worker's results
    was pint formatting the same few units again.
    """
    return str(u) or "dimensionless"


@frozen(repr=False)
class Amount:
    """A figure as stated: an exact ``value``, a pint ``unit``, the ``bounds`` the statement asserts.

    Build one with :meth:`stated` (bounds from stated precision and a hedge), :meth:`exact`,
    :meth:`between` or :func:`factcheck.parse_amount`; the plain constructor takes the bounds
    as given (an exact figure when none are given: ``Amount(5, "GBP")``) and only checks that
    they touch the value.

    ``==`` compares whole values (value, unit, bounds, hedge, stated precision). ``<``, ``<=``,
    ``>`` and ``>=`` say what is *certain*: ``a < b`` is true when every reading of ``a`` is
    below every reading of ``b`` (after converting ``b`` to ``a``'s unit; currencies need a rate),
    so two overlapping figures are neither ``<`` nor ``>`` each other. ``float(a)`` is the stated
    value as a float, for plotting; the checks never use it.

    >>> from decimal import Decimal
    >>> a = Amount.stated("95", "percent")
    >>> str(a.bounds)
    '[94.5, 95.5)'
    >>> a.consistent_with(Decimal("95.4"))
    True
    """

    value: Decimal = field(converter=to_decimal)
    unit: pint.Unit = field(converter=_to_unit)
    bounds: Interval = field(default=attrs.Factory(lambda self: Interval.point(self.value), takes_self=True))
    hedge: Hedge = field(default=Hedge.NONE, validator=attrs.validators.instance_of(Hedge))
    exponent: int | None = field(default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int)))
    """Power of ten of the last stated digit ("£1.2m": 5), or ``None`` when not stated as digits."""

    @bounds.validator
    def _value_within(self, _attribute: object, bounds: Interval) -> None:
        if not isinstance(bounds, Interval):  # type: ignore[redundant-expr,unused-ignore]
            msg = f"bounds must be an Interval, got {type(bounds).__name__}"  # type: ignore[unreachable,unused-ignore]
            raise TypeError(msg)
        if not bounds.touches(self.value):
            raise ValidationError("bounds", str(bounds), f"must touch the value {self.value}", "value-outside-bounds")

    # named constructors ----------------------------------------------------------------------
    @classmethod
    def stated(
        cls,
        value: object,
        unit: pint.Unit | str = "dimensionless",
        *,
        hedge: Hedge = Hedge.NONE,
        exponent: int | None = None,
        policy: PrecisionPolicy = DEFAULT_POLICY,
    ) -> Amount:
        """A figure as written: bounds from the digits of ``value`` (or ``exponent``) and ``hedge``.

        ``value`` keeps its written digits: ``Decimal("1.2E+6")`` is "1.2m", stated to 100,000s.

        >>> str(Amount.stated(Decimal("1.2E+6"), "GBP").bounds)
        '[1150000, 1250000)'
        >>> str(Amount.stated("100000", "person", hedge=Hedge.ABOUT).bounds)
        '[90000, 110000]'
        """
        dec = to_decimal(value)
        u = _to_unit(unit)
        discrete = units.is_counted(u)
        if hedge is Hedge.NONE and policy is DEFAULT_POLICY and cls is Amount and type(exponent) in (int, NoneType):
            exp, bounds = unhedged_reading(str(dec), exponent, discrete)  # most figures: remembered
            return cls._made(dec, u, bounds, hedge, exp)
        exp = stated_exponent(dec, policy) if exponent is None else exponent
        nonnegative = discrete or units.is_currency(u)
        bounds = stated_interval(dec, exp, hedge, discrete=discrete, nonnegative=nonnegative, policy=policy)
        if cls is Amount and isinstance(hedge, Hedge) and type(exp) is int:
            return cls._made(dec, u, bounds, hedge, exp)  # converted above; stated bounds touch their value
        return cls(dec, u, bounds, hedge, exp)

    @classmethod
    def _made(cls, value: Decimal, unit: pint.Unit, bounds: Interval, hedge: Hedge, exponent: int | None) -> Amount:
        """An amount of fields already converted and checked, built without the constructor's converters and validators.

        For the library's own hot paths (extraction builds thousands of amounts a megabyte):
        ``value`` a finite Decimal, ``unit`` a pint unit, ``bounds`` an Interval touching
        ``value``, ``hedge`` a Hedge, ``exponent`` an int or ``None``, as ``Amount(...)`` would
        make and check them. The result is equal to ``Amount(value, unit, bounds, hedge, exponent)``.
        """
        amount = object.__new__(cls)
        setattr_ = object.__setattr__  # a frozen class: its own __setattr__ refuses
        setattr_(amount, "value", value)
        setattr_(amount, "unit", unit)
        setattr_(amount, "bounds", bounds)
        setattr_(amount, "hedge", hedge)
        setattr_(amount, "exponent", exponent)
        return amount

    @classmethod
    def exact(cls, value: object, unit: pint.Unit | str = "dimensionless") -> Amount:
        """A figure with no uncertainty at all."""
        dec = to_decimal(value)
        return cls(dec, _to_unit(unit), Interval.point(dec), Hedge.NONE, None)

    @classmethod
    def between(cls, low: object, high: object, unit: pint.Unit | str = "dimensionless") -> Amount:
        """An explicit range, "between 10 and 20": value is the midpoint, both ends included.

        >>> Amount.between(10, 20, "percent").value
        Decimal('15')
        """
        lo, hi = to_decimal(low), to_decimal(high)
        if lo > hi:
            raise ValidationError("bounds", f"{lo}-{hi}", "a range must run from low to high", "bounds-order")
        exponent = min(stated_exponent(lo, DEFAULT_POLICY), stated_exponent(hi, DEFAULT_POLICY))
        mid = CONTEXT.divide(CONTEXT.add(lo, hi), Decimal(2))
        return cls(mid, _to_unit(unit), Interval(lo, hi), Hedge.RANGE, exponent)

    # queries -----------------------------------------------------------------------------------
    @property
    def low(self) -> Decimal | None:
        """The low end of the bounds (``None`` when unbounded below)."""
        return self.bounds.low

    @property
    def high(self) -> Decimal | None:
        """The high end of the bounds (``None`` when unbounded above)."""
        return self.bounds.high

    @property
    def currency(self) -> str | None:
        """The ISO 4217 code when the unit is money (or money per time), else ``None``."""
        return units.currency_code(self.unit)

    @property
    def is_exact(self) -> bool:
        """True when the bounds hold the value alone."""
        return self.bounds.is_point

    def consistent_with(self, other: Amount | Number) -> bool:
        """True when this amount and ``other`` can both be true: their intervals share a number.

        >>> Amount.stated("1.2E+6", "GBP").consistent_with(Amount.exact(1_240_000, "GBP"))
        True
        """
        if isinstance(other, Amount):
            return self.bounds.overlaps(other.to(self.unit).bounds)
        return self.bounds.contains(to_decimal(other))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.bounds.lies_below(other.to(self.unit).bounds)

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return self.bounds.lies_below(other.to(self.unit).bounds, or_equal=True)

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return other.to(self.unit).bounds.lies_below(self.bounds)

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Amount):
            return NotImplemented
        return other.to(self.unit).bounds.lies_below(self.bounds, or_equal=True)

    def __float__(self) -> float:
        return float(self.value)

    def __contains__(self, other: Amount | Number) -> bool:
        """``x in amount``: every reading of ``x`` lies within this amount's bounds."""
        if isinstance(other, Amount):
            return self.bounds.includes(other.to(self.unit).bounds)
        return self.bounds.contains(to_decimal(other))

    # conversion --------------------------------------------------------------------------------
    def to(self, unit: pint.Unit | str, *, rate: ExchangeRate | None = None) -> Amount:
        """The same amount in ``unit``; between currencies only with an explicit ``rate``.

        >>> Amount.exact(20_000, "person / month").to("person / year").value
        Decimal('240000')
        """
        target = _to_unit(unit)
        if target == self.unit:
            return self
        if rate is not None:
            return rate.convert(self).to(target)
        src_cur, dst_cur = units.currency_code(self.unit), units.currency_code(target)
        if src_cur != dst_cur and src_cur is not None and dst_cur is not None:
            raise CurrencyConversionError(
                "convert", _unit_name(self.unit), _unit_name(target), "pass rate=ExchangeRate(...) to convert currency"
            )
        value = _convert(self.value, self.unit, target)
        low = None if self.bounds.low is None else _convert(self.bounds.low, self.unit, target, FLOOR)
        high = None if self.bounds.high is None else _convert(self.bounds.high, self.unit, target, CEILING)
        bounds = Interval(low, high, low_closed=self.bounds.low_closed, high_closed=self.bounds.high_closed)
        return attrs.evolve(self, value=value, unit=target, bounds=bounds, exponent=None)

    # arithmetic --------------------------------------------------------------------------------
    def _derived(self, value: Decimal, unit: pint.Unit, bounds: Interval) -> Amount:
        if not bounds.touches(value):  # rounding of a product's value against its outward-rounded ends
            bounds = bounds.hull(Interval.point(value))
        return Amount(value, unit, bounds, Hedge.DERIVED, None)

    def _aligned(self, other: Amount | Number, operation: str) -> Amount:
        if isinstance(other, Amount):
            try:
                return other.to(self.unit)
            except DimensionError as err:  # keep the class: CurrencyConversionError stays one
                raise type(err)(operation, _unit_name(self.unit), _unit_name(other.unit), err.hint) from err
        if isinstance(other, Decimal | int) and not isinstance(other, bool):
            if other == 0:  # exact zero is zero in any unit: sum(amounts) works
                return Amount.exact(0, self.unit)
            if self.unit != units.dimensionless():
                raise DimensionError(
                    operation, _unit_name(self.unit), "a bare number", "wrap it: Amount.exact(n, unit)"
                )
            return Amount.exact(other)
        msg = f"cannot {operation} Amount and {type(other).__name__}"
        raise TypeError(msg)

    def __add__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount) and (_is_level(self.unit) or _is_level(other.unit)):
            return self._temperature_sum(other, subtract=False)
        o = self._aligned(other, "add")
        return self._derived(CONTEXT.add(self.value, o.value), self.unit, self.bounds + o.bounds)

    __radd__ = __add__

    def __sub__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount) and (_is_level(self.unit) or _is_level(other.unit)):
            return self._temperature_sum(other, subtract=True)
        o = self._aligned(other, "subtract")
        return self._derived(CONTEXT.subtract(self.value, o.value), self.unit, self.bounds - o.bounds)

    def _temperature_sum(self, other: Amount, *, subtract: bool) -> Amount:
        """``self`` plus or minus ``other`` where one is a temperature on a scale with an offset.

        A level minus a level is a difference in ``self``'s scale; a level plus or minus a
        difference is a level; a difference plus a level is that level moved. Anything else
        raises :class:`factcheck.OffsetUnitError`.
        """
        operation = "subtract" if subtract else "add"
        if _is_level(self.unit) and _is_level(other.unit) and subtract:
            o, unit = self._aligned(other, operation), units.difference_unit(self.unit)
        elif _is_level(self.unit) and not _is_level(other.unit):
            o, unit = other.to(units.difference_unit(self.unit)), self.unit
        elif not subtract and not _is_level(self.unit):
            return other + self
        else:
            hint = f"subtract them, or add a difference in {_unit_name(units.difference_unit(self.unit))}"
            raise OffsetUnitError(operation, _unit_name(self.unit), _unit_name(other.unit), hint)
        if subtract:
            return self._derived(CONTEXT.subtract(self.value, o.value), unit, self.bounds - o.bounds)
        return self._derived(CONTEXT.add(self.value, o.value), unit, self.bounds + o.bounds)

    def __rsub__(self, other: Number) -> Amount:
        return -(self - other)

    def __neg__(self) -> Amount:
        return self._derived(-self.value, self.unit, -self.bounds)

    def __mul__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount):
            return self._derived(
                CONTEXT.multiply(self.value, other.value), self.unit * other.unit, self.bounds * other.bounds
            )
        n = _exact_number(other, "multiply")
        return self._derived(CONTEXT.multiply(self.value, n), self.unit, self.bounds * n)

    __rmul__ = __mul__

    def __truediv__(self, other: Amount | Number) -> Amount:
        if isinstance(other, Amount):
            if other.value.is_zero():
                raise ZeroDivisionError("division by an amount whose value is zero")
            unit = self.unit / other.unit
            return self._derived(CONTEXT.divide(self.value, other.value), unit, self.bounds / other.bounds)
        n = _exact_number(other, "divide")
        if n.is_zero():
            raise ZeroDivisionError("division of an amount by zero")
        return self._derived(CONTEXT.divide(self.value, n), self.unit, self.bounds / n)

    def __rtruediv__(self, other: Number) -> Amount:
        return Amount.exact(_exact_number(other, "divide")) / self

    def relative_change(self, after: Amount) -> Amount:
        """The change from this amount to ``after`` as a fraction: ``(after - self) / self``.

        The bounds are the exact range (:meth:`Interval.relative_change`, ``after / self - 1``),
        not the wider ``(after - self) / self`` of naive interval arithmetic, which lets the two
        uses of ``self`` vary apart. ``after`` is converted to this amount's unit first.

        >>> from decimal import Decimal
        >>> change = Amount.stated(Decimal("5E+6"), "GBP").relative_change(Amount.stated(Decimal("3E+6"), "GBP"))
        >>> change.value, str(change.to("percent").bounds)
        (Decimal('-0.4'), '(-54.54545454545454545454545454545455, -22.22222222222222222222222222222222)')
        """
        a = self._aligned(after, "compare")
        if self.value.is_zero():
            raise ZeroDivisionError("a relative change from an amount whose value is zero")
        value = CONTEXT.divide(CONTEXT.subtract(a.value, self.value), self.value)
        return self._derived(value, units.dimensionless(), Interval.relative_change(self.bounds, a.bounds))

    # presentation --------------------------------------------------------------------------------
    def format(self, locale: str = "en_GB", *, compact: bool | None = None) -> str:
        r"""The amount written for people in ``locale`` (babel), with its hedge.

        ``compact`` writes "£1.2m"; by default it is used when the figure was stated that way.

        >>> Amount.stated(Decimal("1.2E+6"), "GBP").format("en_GB")
        '£1.2m'
        >>> Amount.stated(Decimal("1.2E+6"), "EUR").format("de_DE")
        '1,2\\xa0Mio.\\xa0€'
        """
        return format_amount(self, locale, compact=compact)

    def __str__(self) -> str:
        return self.format("en_GB")

    def __repr__(self) -> str:
        parts = [repr(self.value), repr(_unit_name(self.unit)), f"bounds={self.bounds!r}"]
        if self.hedge is not Hedge.NONE:
            parts.append(f"hedge=Hedge.{self.hedge.name}")
        if self.exponent is not None:
            parts.append(f"exponent={self.exponent}")
        return f"Amount({', '.join(parts)})"

    def _repr_html_(self) -> str:
        """The amount as escaped HTML with its bounds in a tooltip, for Jupyter."""
        return amount_html(self)

    def __reduce__(self) -> tuple[Any, ...]:
        # pint units of a private registry do not unpickle; rebuild from the unit's name
        return (_rebuild, (self.value, _unit_name(self.unit), self.bounds, self.hedge, self.exponent))


def _is_level(u: pint.Unit) -> bool:
    """True for a temperature on a scale with an offset (°C, °F): a level that does not add."""
    return len(u._units) == 1 and units.difference_unit(u) != u  # noqa: SLF001  (a rate of one is no level)


def _rebuild(value: Decimal, unit: str, bounds: Interval, hedge: Hedge, exponent: int | None) -> Amount:
    return Amount(value, unit, bounds, hedge, exponent)


def _exact_number(value: object, operation: str) -> Decimal:
    if isinstance(value, float):
        msg = f"cannot {operation} an Amount by float {value!r}: use Decimal('{value!r}')"
        raise TypeError(msg)
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        msg = f"cannot {operation} an Amount by {type(value).__name__}"
        raise TypeError(msg)
    return to_decimal(value)


@functools.lru_cache(maxsize=4096)
def _factor(source: pint.Unit, target: pint.Unit) -> Decimal | None:
    """The multiplier from ``source`` to ``target`` in 50 digits, or ``None`` for offset units (temperatures)."""
    import pint  # noqa: PLC0415

    ureg = units.registry()
    try:
        with localcontext(WIDE):
            one = ureg.Quantity(Decimal(1), source)
            if not (one._is_multiplicative and ureg.Quantity(Decimal(1), target)._is_multiplicative):  # noqa: SLF001
                ureg.Quantity(Decimal(0), source).to(target)  # still refuse a change of dimension
                return None
            factor = one.to(target).magnitude
    except pint.DimensionalityError as err:
        raise DimensionError("convert", _unit_name(source), _unit_name(target)) from err
    return Decimal(factor)


_SNAP: Final = Context(prec=40, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])
"""Conversion results are first rounded to 40 digits, which removes the 50-digit factors' own error
(12 × 1/12 is 1), then to 34: to nearest for values, outwards for interval ends."""


def _convert(value: Decimal, source: pint.Unit, target: pint.Unit, rounding: Context = CONTEXT) -> Decimal:
    """``value`` in ``target``: computed in 50 digits, snapped to 40, rounded to 34 with ``rounding``, tidied."""
    factor = _factor(source, target)
    if factor is not None:
        wide = WIDE.multiply(value, factor)
    else:
        with localcontext(WIDE):
            wide = Decimal(units.registry().Quantity(value, source).to(target).magnitude)
    return tidy(rounding.plus(_SNAP.plus(wide)))
