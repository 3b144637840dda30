"""factcheck's unit registry: one pint registry with Decimal magnitudes, built on first use.

Unit names are attributes of this module, resolved lazily::

    >>> from factcheck import units
    >>> units.percentage_point
    <Unit('percentage_point')>
    >>> units.GBP.dimensionality == units.USD.dimensionality
    False

Every ISO 4217 currency babel knows is its own dimension, so pounds and dollars never add up
without an explicit :class:`factcheck.ExchangeRate`. Counts of people, households, cases and
items are dimensions of their own too; a bare number is ``dimensionless``. ``percent`` is a
dimensionless fraction (0.01); ``percentage_point`` is the dimension of a difference of two
shares and never converts to percent.

The units other than currencies and counted things are defined in ``units.txt`` beside this
module, in pint's definitions format; the registry loads it on first use.
"""

from __future__ import annotations

import functools
import threading
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final

from ._decimal import WIDE
from .errors import UnknownUnitError

if TYPE_CHECKING:
    import pint

__all__ = [
    "COUNT_UNITS",
    "TIME_UNITS",
    "bare_beside_counted",
    "currency_code",
    "dimensionless",
    "in_major_currency",
    "is_count",
    "is_counted",
    "is_currency",
    "is_minor_currency",
    "is_percent",
    "is_percentage_point",
    "is_rate",
    "is_time",
    "minor_unit",
    "name",
    "registry",
    "same_dimension",
    "time_denominator",
    "unit",
]

COUNT_UNITS: Final = ("person", "household", "case", "item", "job", "vehicle", "boat", "animal", "death", "visit")
"""Things counted in news text, each its own dimension so that people and households never add."""

TIME_UNITS: Final = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")

_DEFINITIONS_FILE: Final = "units.txt"
"""The package's own unit definitions, in pint's format: read once, when the registry is built."""

_BUILD_LOCK: Final = threading.Lock()


def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The one registry, built on first call (about 0.2 s) and cached for the process.

    Building is locked: two threads asking at once get the same registry (units of two
    registries never mix). Its conversion factors are computed in 50 significant digits (pint
    does its Decimal arithmetic in the current decimal context, so the build sets one explicitly).
    """
    if _built:
        return _built[0]
    with _BUILD_LOCK:
        if not _built:
            _built.append(_build())
    return _built[0]


_built: list[pint.UnitRegistry] = []  # type: ignore[type-arg]


def _build() -> pint.UnitRegistry:  # type: ignore[type-arg]
    from importlib import resources  # noqa: PLC0415  (9 ms: only when the registry is built)

    import babel.numbers  # noqa: PLC0415  (deferred: importing factcheck stays cheap)
    import pint  # noqa: PLC0415

    definitions = resources.files("factcheck").joinpath(_DEFINITIONS_FILE).read_text(encoding="utf-8")
    with localcontext(WIDE):
        ureg: pint.UnitRegistry = pint.UnitRegistry(  # type: ignore[type-arg]
            None,
            non_int_type=Decimal,
            on_redefinition="raise",
            autoconvert_offset_to_baseunit=True,
        )
        ureg.load_definitions(definitions.splitlines())
        for name in COUNT_UNITS:
            plural = "people" if name == "person" else f"{name}s"
            ureg.define(f"{name} = [{name}] = _ = {plural}")
        for code in sorted(babel.numbers.list_currencies()):
            ureg.define(f"{code} = [currency_{code}]")
            if code != "GBP" and babel.numbers.get_currency_precision(code) == 2:  # noqa: PLR2004
                ureg.define(f"cent_{code} = {code} / 100")
        ureg.define("penny = GBP / 100 = _ = pence")
    return ureg


@functools.lru_cache(maxsize=4096)
def unit(name: str) -> pint.Unit:
    """The registry's unit called ``name`` ("person", "GBP", "percent", "person / year"), cached.

    >>> unit("person / year")
    <Unit('person / year')>
    """
    import pint  # noqa: PLC0415

    ureg = registry()
    try:
        return ureg.Unit(name)
    # pint raises AssertionError on some malformed expressions ("GBP +"): still just an unknown unit
    except (
        pint.UndefinedUnitError,
        pint.DefinitionSyntaxError,
        AttributeError,
        TypeError,
        ValueError,
        AssertionError,
    ) as err:
        raise UnknownUnitError(name) from err


@functools.lru_cache(maxsize=4096)
def name(u: pint.Unit) -> str:
    """``str(u)``, cached: pint formats a unit's name anew on every call.

    >>> name(unit("person / year"))
    'person / year'
    """
    return str(u)


def dimensionless() -> pint.Unit:
    """The unit of a bare number."""
    return unit("dimensionless")


@functools.lru_cache(maxsize=4096)
def _dims(u: pint.Unit) -> tuple[tuple[str, Decimal], ...]:
    return tuple(sorted((str(k), Decimal(str(v))) for k, v in u.dimensionality.items()))


def is_currency(u: pint.Unit) -> bool:
    """True for a currency (``GBP``), not for a rate of one (``GBP / year``)."""
    dims = _dims(u)
    return len(dims) == 1 and dims[0][0].startswith("[currency_") and dims[0][1] == 1


def currency_code(u: pint.Unit) -> str | None:
    """The ISO code of a unit's currency dimension (``GBP / year`` gives 'GBP'), else ``None``."""
    for name, _ in _dims(u):
        if name.startswith("[currency_"):
            return name[len("[currency_") : -1]
    return None


@functools.lru_cache(maxsize=512)
def minor_unit(code: str) -> pint.Unit | None:
    """The hundredth of currency ``code`` as a unit: ``penny`` for GBP, else ``cent_USD``, ``cent_EUR``.

    ``None`` for a currency without hundredths (JPY). Figures keep the unit they were written in:
    "50p" is 50 ``penny``, which converts to 0.50 GBP without an exchange rate.

    >>> minor_unit("GBP"), minor_unit("EUR"), minor_unit("JPY")
    (<Unit('penny')>, <Unit('cent_EUR')>, None)
    """
    try:
        return unit("penny" if code == "GBP" else f"cent_{code}")
    except UnknownUnitError:
        return None


def is_minor_currency(u: pint.Unit) -> bool:
    """True for the hundredth of a currency (``penny``, ``cent_USD``), not for the currency itself."""
    code = currency_code(u) if is_currency(u) else None
    return code is not None and u == minor_unit(code)


def in_major_currency(u: pint.Unit) -> pint.Unit:
    """``u`` with hundredths of a currency replaced by the currency: ``penny / litre`` gives ``GBP / litre``.

    >>> in_major_currency(unit("cent_USD / year"))
    <Unit('USD / year')>
    """
    code = currency_code(u)
    minor = None if code is None else minor_unit(code)
    power = 0 if minor is None else u._units.get(str(minor), 0)  # noqa: SLF001
    return u if not power else u / minor**power * unit(code) ** power  # type: ignore[operator]


def bare_beside_counted(a: pint.Unit, b: pint.Unit) -> bool:
    """True when one unit is a bare number and the other a count of things: the bare one may count it.

    >>> bare_beside_counted(unit("dimensionless"), unit("person")), bare_beside_counted(unit("GBP"), unit("person"))
    (True, False)
    """
    bare = dimensionless()
    return (a == bare and is_counted(b)) or (b == bare and is_counted(a))


def same_dimension(a: pint.Unit, b: pint.Unit) -> bool:
    """True when ``a`` and ``b`` measure the same thing (pounds and pence; not pounds and dollars).

    >>> same_dimension(unit("person / month"), unit("person / year")), same_dimension(unit("GBP"), unit("USD"))
    (True, False)
    """
    return _dims(a) == _dims(b)


def is_count(u: pint.Unit) -> bool:
    """True for a bare number or a count of things (people, households…); not for ``percent``."""
    return u == dimensionless() or is_counted(u)


def is_counted(u: pint.Unit) -> bool:
    """True for a count of things (people, households…), not for a bare number."""
    dims = _dims(u)
    return len(dims) == 1 and dims[0][0][1:-1] in COUNT_UNITS and dims[0][1] == 1


def is_percent(u: pint.Unit) -> bool:
    """True for ``percent`` (and per mille): shares and relative changes."""
    return u in (unit("percent"), unit("per_mille"))


def is_percentage_point(u: pint.Unit) -> bool:
    """True for percentage points and basis points: differences of shares."""
    return _dims(u) == (("[percentage_point]", Decimal(1)),)


def is_time(u: pint.Unit) -> bool:
    """True for a duration unit."""
    return _dims(u) == (("[time]", Decimal(1)),)


def time_denominator(u: pint.Unit) -> pint.Unit | None:
    """The time unit a rate is per (``person / year`` gives ``year``), or ``None``."""
    per = [name for name, power in u._units.items() if power == -1 and name in TIME_UNITS]  # noqa: SLF001
    return unit(per[0]) if len(per) == 1 else None


def is_rate(u: pint.Unit) -> bool:
    """True for a unit per unit of time ("a year", "per month")."""
    return time_denominator(u) is not None


def __getattr__(name: str) -> pint.Unit:
    """``units.GBP``, ``units.person``: any name the registry defines, resolved on access."""
    if name.startswith("__"):
        raise AttributeError(name)
    try:
        return unit(name)
    except UnknownUnitError:
        msg = f"module 'factcheck.units' has no unit {name!r}"
        raise AttributeError(msg) from None
