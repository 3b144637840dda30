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
module, in pint's definitions format; the registry loads it on first use. Every other unit of
pint's default definitions (``hertz``, ``horsepower``, ``ampere_hour``, ``psi``...) is added to the
registry when it is first asked for, from pint's own definition lines, with the units it is
defined in; where pint and ``units.txt`` give one name two meanings (pint's ``gallon`` is the US
gallon, ours the imperial one), ours keeps the name and pint's is renamed::

    >>> unit("gigahertz"), unit("mAh")
    (<Unit('gigahertz')>, <Unit('milliampere_hour')>)
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import threading
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final, cast

from ._decimal import WIDE
from .errors import UnknownUnitError

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    import pint

__all__ = [
    "COUNT_SCALES",
    "COUNT_UNITS",
    "TIME_UNITS",
    "bare_beside_counted",
    "currency_code",
    "difference_unit",
    "dimensionless",
    "has_denominator",
    "in_major_currency",
    "is_count",
    "is_counted",
    "is_currency",
    "is_minor_currency",
    "is_percent",
    "is_percent_per_time",
    "is_percentage_point",
    "is_rate",
    "is_time",
    "minor_unit",
    "name",
    "names",
    "numerator",
    "registry",
    "same_dimension",
    "time_denominator",
    "unit",
]

COUNT_UNITS: Final = ("person", "household", "case", "item", "job", "vehicle", "boat", "animal", "death", "visit")
"""Things counted in news text, each its own dimension so that people and households never add."""

COUNT_SCALES: Final = {
    100: "hundred",
    1000: "thousand",
    10000: "ten_thousand",
    100000: "hundred_thousand",
    1000000: "million",
}
"""The numbers a rate may be per of a counted thing ("per 1,000 people"), and the name each gives its unit.

"5 deaths per 1,000 people" is 5 ``death / thousand_person``; ``thousand_person`` is 1,000
``person``, so the rate converts to and from ``death / person``. These units are defined when
first asked for (``unit("thousand_person")``), not when the registry is built.
"""

TIME_UNITS: Final = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")

_DEFINITIONS_FILE: Final = "units.txt"
"""The package's own unit definitions, in pint's format: read once, when the registry is built."""

_BUILD_LOCK: Final = threading.Lock()


def registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """The one registry, built on first call and cached for the process.

    The build is importing pint (0.1-0.3 s: pint imports numpy and dask when they are installed)
    and about 10 ms of definitions: ``units.txt`` a line at a time (:func:`_parsed_lines`), the
    counts and currencies as definition objects (:func:`_generated_definitions`).

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

_ARRAY_LIBRARIES: Final = ("dask", "numpy")
"""Modules pint imports when they are installed, for arrays factcheck never holds (0.1-0.2 s)."""


def build_lean_registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """:func:`registry`, built with pint's optional array libraries hidden while pint is imported.

    For processes factcheck owns: its workers and the ``factcheck`` command, which hold only
    ``Decimal`` figures and start faster without numpy and dask. pint then works without array
    support in the whole process, so a library must not call this in its user's process. Once
    pint is imported (or the registry built), it is the same as :func:`registry`.
    """
    with _hidden(_ARRAY_LIBRARIES):
        return registry()


@contextlib.contextmanager
def _hidden(names: Sequence[str]) -> Iterator[None]:
    """While inside, importing the modules ``names`` (not imported yet) fails as if not installed."""
    hidden = [name for name in names if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # None in sys.modules: "not installed"
    try:
        yield
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _build() -> pint.UnitRegistry:  # type: ignore[type-arg]
    from importlib import resources  # noqa: PLC0415  (9 ms: only when the registry is built)

    import pint  # noqa: PLC0415  (deferred: importing factcheck stays cheap)

    definitions = resources.files("factcheck").joinpath(_DEFINITIONS_FILE).read_text(encoding="utf-8")
    with localcontext(WIDE):
        ureg: pint.UnitRegistry = pint.UnitRegistry(  # type: ignore[type-arg]
            None,
            non_int_type=Decimal,
            on_redefinition="raise",
            autoconvert_offset_to_baseunit=True,
        )
        parsed = _parsed_lines(definitions)
        if parsed is None:  # a line only pint's whole parser reads (a directive, a syntax error): let it
            ureg.load_definitions(definitions.splitlines())
        else:
            for definition in parsed:  # as load_definitions adds what it parses
                ureg.define(definition)  # type: ignore[arg-type]
        for definition in _generated_definitions():  # pint annotates define() "str | type"; it takes a definition
            ureg.define(definition)  # type: ignore[arg-type]
    return ureg


def _parsed_lines(text: str) -> list[object] | None:
    """The definitions of ``text`` (``units.txt``), each line parsed by pint's parser for its kind of line.

    ``None`` when a line is anything else than one unit, prefix or dimension (a ``@`` directive
    or block, a line pint refuses): the caller then loads the text through pint's whole-file
    parser, which reads blocks and raises its errors. The objects are the ones that parser makes
    (a test compares them, with their line and column); it spends about 12 ms on ``units.txt``
    in its general statement machinery, reading each line as the kind it is about 5 ms.
    """
    try:
        from pint.delegates.base_defparser import ParserConfig  # noqa: PLC0415
        from pint.delegates.txt_defparser import plain  # noqa: PLC0415
    except ImportError:  # pragma: no cover  (pint moved its parser: read the text the documented way)
        return None
    config = ParserConfig(Decimal)  # type: ignore[arg-type]  # pint annotates type[Number]; a Decimal is one
    kinds = (plain.DerivedDimensionDefinition, plain.DimensionDefinition, plain.PrefixDefinition, plain.UnitDefinition)
    made: list[object] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()  # pint's parser ends a statement at "#" and strips it
        if not line:
            continue
        if line.startswith("@"):
            return None
        definition = None
        for kind in kinds:  # the order of pint's parser, after the "@" blocks and aliases
            definition = kind.from_string_and_config(line, config)
            if definition is not None:
                break
        if not isinstance(definition, kinds):  # none of them, or the error pint would raise
            return None
        column = len(raw) - len(raw.lstrip())
        made.append(definition.set_position(number, column, number, column + len(line)).set_raw(line))
    return made


def _generated_definitions() -> list[object]:
    """The counted things, the currencies and their hundredths, as pint definition objects.

    Each is the object pint's parser makes of the line in the comment beside it (a test compares
    them): built directly, as pint's text parser spends about 0.13 ms on each of these ~560 lines.
    """
    import babel.numbers  # noqa: PLC0415  (deferred: importing factcheck stays cheap)
    from pint.converters import Converter  # noqa: PLC0415
    from pint.facets.plain import UnitDefinition  # noqa: PLC0415
    from pint.util import UnitsContainer  # noqa: PLC0415

    one, hundredth = Decimal(1), Decimal("0.01")
    converters = {scale: Converter.from_arguments(scale=scale) for scale in (one, hundredth)}  # immutable: shared

    def define(name: str, reference: str, scale: Decimal, aliases: tuple[str, ...] = ()) -> object:
        container = UnitsContainer({reference: one}, non_int_type=Decimal)
        return UnitDefinition(name, None, aliases, converters[scale], container)

    made = [  # "person = [person] = _ = people", "household = [household] = _ = households"...
        define(name, f"[{name}]", one, ("people" if name == "person" else f"{name}s",)) for name in COUNT_UNITS
    ]
    for code in sorted(babel.numbers.list_currencies()):
        made.append(define(code, f"[currency_{code}]", one))  # "GBP = [currency_GBP]"
        if code != "GBP" and babel.numbers.get_currency_precision(code) == 2:  # noqa: PLR2004
            made.append(define(f"cent_{code}", code, hundredth))  # "cent_USD = USD / 100"
    made.append(define("penny", "GBP", hundredth, ("pence",)))  # "penny = GBP / 100 = _ = pence"
    return made


@functools.lru_cache(maxsize=4096)
def unit(name: str) -> pint.Unit:
    """The registry's unit called ``name`` ("person", "GBP", "percent", "person / year"), cached.

    A name unknown as written is tried once more in the case units are defined in: a currency
    code in capitals ("gbp" is GBP), anything else in lower case ("Person", "PERCENT").

    >>> unit("person / year"), unit("gbp"), unit("Percent")
    (<Unit('person / year')>, <Unit('GBP')>, <Unit('percent')>)
    """
    import pint  # noqa: PLC0415

    ureg = registry()
    for spelled in (name, _other_case(name)):
        if spelled is None:
            continue
        try:
            return _parse(ureg, spelled)
        except pint.UndefinedUnitError as err:  # a unit of pint's defaults is defined on first use
            if _define_scaled(ureg, err.unit_names) or _define_from_pint(ureg, err.unit_names):
                try:
                    return _parse(ureg, spelled)
                except pint.UndefinedUnitError:
                    pass
    raise UnknownUnitError(name)


def _other_case(name: str) -> str | None:
    """The spelling to try when ``name`` is unknown as written: "gbp" is GBP, "Person" is person."""
    if isinstance(name, str) and len(name) == 3 and name.isalpha() and not name.isupper():  # noqa: PLR2004
        return name.upper()  # an ISO 4217 code in the wrong case
    if isinstance(name, str) and name != name.lower():
        return name.lower()
    return None


def _parse(ureg: pint.UnitRegistry, name: str) -> pint.Unit:  # type: ignore[type-arg]
    """``ureg``'s unit ``name``; pint's UndefinedUnitError passes, any other failure is UnknownUnitError."""
    import pint  # noqa: PLC0415

    try:
        return ureg.Unit(name)
    except pint.UndefinedUnitError:
        raise
    # pint raises AssertionError on some malformed expressions ("GBP +"): still just an unknown unit
    except (pint.DefinitionSyntaxError, AttributeError, TypeError, ValueError, AssertionError) as err:
        raise UnknownUnitError(name) from err


_PINT_FILES: Final = ("constants_en.txt", "default_en.txt")
"""pint's default definitions: read when a unit ``units.txt`` lacks is first asked for."""

_PINT_DIFFERS: Final = frozenset({
    "acre", "barrel", "bbl", "bp", "bps", "decade", "gal", "gallon", "pint", "pp", "quarter"
})  # fmt: skip
"""Names pint's defaults give another meaning than ``units.txt``: ours keep the name, pint's are ``pint_<name>``.

A test defines every unit of pint's defaults in our registry and compares it with pint's own."""

_NAME: Final = re.compile(r"(?<![\w.])[^\W\d]\w*")
"""A name in a pint expression (not the exponent of "1e-3")."""


class PintDefinitions:
    """pint's default unit definitions, read from its data files as lines: name -> line, aliases, prefixes."""

    __slots__ = ("aliases", "lines", "prefixes", "symbols")

    def __init__(self, texts: tuple[str, ...]) -> None:
        self.lines: dict[str, tuple[str, tuple[str, ...]]] = {}
        """Canonical name -> (the expression after its name, its symbol and aliases)."""
        self.aliases: dict[str, str] = {}
        """Every symbol and alias -> canonical name."""
        self.symbols: dict[str, str] = {}
        """Every defined symbol -> canonical name."""
        self.prefixes: dict[str, tuple[str, str]] = {}
        """Prefix name or symbol -> (prefix name, its whole definition line)."""
        for text in texts:
            self._read(text)

    def _read(self, text: str) -> None:
        skip = False
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("@"):
                if line.startswith(("@context", "@system", "@defaults")):
                    skip = True
                elif line.startswith("@end"):
                    skip = False
                continue
            if skip or line.startswith("[") or "=" not in line:
                continue
            head, _, rest = line.partition("=")
            name = head.strip()
            if name.endswith("-"):
                parts = [p.strip() for p in line.split("=")]
                for part in (parts[0], *parts[2:]):
                    if part.endswith("-") and part != "_-":
                        self.prefixes[part[:-1]] = (name[:-1], line)
                continue
            expression, *others = (part.strip() for part in rest.split("="))
            names = tuple(o for o in others if o and o != "_")
            self.lines.setdefault(name, (expression, names))
            for alias in names:
                self.aliases.setdefault(alias, name)
            if others and others[0] not in ("", "_"):
                self.symbols.setdefault(others[0], name)

    def canonical(self, name: str) -> str | None:
        """The canonical pint name of ``name`` (itself, a symbol or an alias), else ``None``."""
        if name in self.lines:
            return name
        return self.aliases.get(name)


@functools.cache
def names() -> tuple[str, ...]:
    """Every unit name :func:`unit` knows, sorted: factcheck's own and pint's defaults.

    factcheck's own are the currencies, counts and points; :func:`unit` also reads symbols,
    plurals and prefixed forms ("kg", "kilograms"), which are not listed.

    >>> {"GBP", "person", "percentage_point", "horsepower"} <= set(names())
    True
    """
    ureg = registry()
    own = {str(name) for name in ureg._units}  # noqa: SLF001  (pint lists defined units only here)
    return tuple(sorted(own | set(pint_definitions().lines)))


@functools.cache
def pint_definitions() -> PintDefinitions:
    """The default definitions of pint, read once (about 2 ms, without importing pint) on first use."""
    from importlib.util import find_spec  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    spec = find_spec("pint")  # found, not imported: the index of names needs pint's files, not pint
    folder = Path(next(iter(spec.submodule_search_locations or ()))) if spec is not None else None
    if folder is None:  # pragma: no cover  (pint is a dependency)
        return PintDefinitions(())
    return PintDefinitions(tuple((folder / f).read_text(encoding="utf-8") for f in _PINT_FILES))


_SCALED: Final = re.compile(rf"({'|'.join(COUNT_SCALES.values())})_({'|'.join(COUNT_UNITS)})")
"""A counted thing in so many ("thousand_person"): defined when first asked for, as each costs pint a parse."""


def _define_scaled(ureg: pint.UnitRegistry, names: object) -> bool:  # type: ignore[type-arg]
    """Define each count of so many things (``thousand_person = 1000 * person``) among ``names``; True if any."""
    wanted = (names,) if isinstance(names, str) else tuple(names)  # type: ignore[arg-type]
    numbers = {scale: number for number, scale in COUNT_SCALES.items()}
    done = False
    with _BUILD_LOCK, localcontext(WIDE):
        for name in wanted:
            found = _SCALED.fullmatch(str(name))
            if found is None:
                continue
            if name not in ureg._units:  # noqa: SLF001  (another thread may have defined it)
                ureg.define(f"{name} = {numbers[found.group(1)]} * {found.group(2)}")
            done = True
    return done


def _define_from_pint(ureg: pint.UnitRegistry, names: object) -> bool:  # type: ignore[type-arg]
    """Define in ``ureg`` each unit of ``names`` (as pint's error names them) that pint's defaults know."""
    wanted = (names,) if isinstance(names, str) else tuple(names)  # type: ignore[arg-type]
    with _BUILD_LOCK, localcontext(WIDE):
        done = False
        for name in wanted:
            done = _define_one(ureg, pint_definitions(), name, set()) or done
        return done


def _known(ureg: pint.UnitRegistry, name: str) -> bool:  # type: ignore[type-arg]
    """True when ``ureg`` already reads ``name`` (directly, or as prefix + unit + plural)."""
    try:
        return bool(ureg.parse_unit_name(name))
    except Exception:  # noqa: BLE001  (pint raises several kinds for names it cannot read)
        return False


def _ours(name: str) -> str:
    """The name under which pint's unit ``name`` is defined in our registry."""
    return f"pint_{name}" if name in _PINT_DIFFERS else name


def _define_one(ureg: pint.UnitRegistry, defs: PintDefinitions, name: str, seen: set[str]) -> bool:  # type: ignore[type-arg]
    """Define pint's unit ``name`` (possibly prefixed or plural) and what it is defined in; True if done."""
    if name in seen:
        return True
    seen.add(name)
    base, prefix = (name[5:], "") if name.startswith("pint_") and name[5:] in _PINT_DIFFERS else _split(defs, name)
    if base is None:
        return False
    if prefix and prefix not in ureg._prefixes:  # noqa: SLF001
        if defs.prefixes[prefix][0] in ureg._prefixes:  # noqa: SLF001
            return False  # a symbol units.txt leaves out on purpose
        ureg.define(defs.prefixes[prefix][1])
    target = _ours(base)
    if target in ureg._units:  # noqa: SLF001
        return True
    expression, others = defs.lines[base]
    offset = ""
    if ";" in expression:
        expression, offset = expression.split(";", 1)
        offset = f";{offset}"
    for word in dict.fromkeys(_NAME.findall(expression)):
        written = _written(ureg, defs, word, seen)
        if written is not None and written != word:
            expression = re.sub(rf"(?<![\w.]){re.escape(word)}(?!\w)", written, expression)
    parts = [target, expression.strip() + offset]
    kept = [alias for alias in others if alias not in ureg._units]  # noqa: SLF001  (an exact name beats prefix + unit)
    if kept:  # pint's symbol comes first; "_" when ours has it already
        parts.append(others[0] if others[0] == kept[0] else "_")
        parts.extend(kept[1:] if others[0] == kept[0] else kept)
    ureg.define(" = ".join(parts))
    return True


def _written(ureg: pint.UnitRegistry, defs: PintDefinitions, word: str, seen: set[str]) -> str | None:  # type: ignore[type-arg]
    """Make ``word`` of a pint expression readable in ``ureg``; the name to write for it there."""
    canonical = defs.canonical(word)
    if canonical is not None and (canonical in _PINT_DIFFERS or word not in ureg._units):  # noqa: SLF001
        return _ours(canonical) if _define_one(ureg, defs, canonical, seen) else None
    if word in ureg._units or _known(ureg, word):  # noqa: SLF001
        return word
    return word if _define_one(ureg, defs, word, seen) else None


def _split(defs: PintDefinitions, name: str) -> tuple[str | None, str]:
    """The canonical pint unit in ``name`` and the prefix before it: "gigahertz" -> ("hertz", "giga")."""
    for prefix in ("", *sorted(defs.prefixes, key=len, reverse=True)):
        if not name.startswith(prefix):
            continue
        rest = name[len(prefix) :]
        for stem in (rest, rest[:-1] if rest.endswith("s") else None):
            if stem and (canonical := defs.canonical(stem)) is not None:
                return canonical, prefix
    return None, ""


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


def is_bare(u: pint.Unit) -> bool:
    """``u == dimensionless()`` for a unit of the registry, read from its factors: a bare number has none.

    pint's comparison of two units costs about seven times as much; the extraction stages ask this
    tens of thousands of times a megabyte.

    >>> is_bare(dimensionless()), is_bare(unit("percent")), is_bare(unit("person / person"))
    (True, False, True)
    """
    return not u._units._d  # noqa: SLF001  (pint keeps a unit's factors only here; dimensionless has none)


@functools.lru_cache(maxsize=1024)
def difference_unit(u: pint.Unit) -> pint.Unit:
    """The unit of a difference of two figures in ``u``: ``u`` itself, but a temperature scale's delta.

    A temperature on a scale with an offset is a level, not an amount: "rose by 3 degrees C" is
    3 ``delta_degree_Celsius``, which converts by the factor alone (3 delta °C are 5.4 delta °F);
    "warming by 0.2 °C a decade" is 0.2 ``delta_degree_Celsius / decade``.

    >>> difference_unit(unit("degree_Celsius")), difference_unit(unit("degree_Celsius / decade"))
    (<Unit('delta_degree_Celsius')>, <Unit('delta_degree_Celsius / decade')>)
    >>> difference_unit(unit("metre"))
    <Unit('metre')>
    """
    factors = u._units  # noqa: SLF001  (pint keeps a unit's factors only here)
    ureg = registry()
    offset = [name for name in factors if not ureg._is_multiplicative(name)]  # noqa: SLF001  (pint's own test)
    if not offset:
        return u
    out = dimensionless()
    for name, power in factors.items():
        out = out * unit(f"delta_{name}" if name in offset else name) ** power
    return out


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
    return (is_bare(a) and is_counted(b)) or (is_bare(b) and is_counted(a))


def same_dimension(a: pint.Unit, b: pint.Unit) -> bool:
    """True when ``a`` and ``b`` measure the same thing (pounds and pence; not pounds and dollars).

    >>> same_dimension(unit("person / month"), unit("person / year")), same_dimension(unit("GBP"), unit("USD"))
    (True, False)
    """
    return _dims(a) == _dims(b)


def is_count(u: pint.Unit) -> bool:
    """True for a bare number or a count of things (people, households…); not for ``percent``."""
    return is_bare(u) or is_counted(u)


def is_counted(u: pint.Unit) -> bool:
    """True for a count of things (people, households…), not for a bare number."""
    dims = _dims(u)
    return len(dims) == 1 and dims[0][0][1:-1] in COUNT_UNITS and dims[0][1] == 1


def is_percent(u: pint.Unit) -> bool:
    """True for ``percent`` (and per mille): shares and relative changes."""
    factors = u._units._d  # noqa: SLF001  (compared as pint compares two units of one registry, less its overhead)
    return factors == unit("percent")._units._d or factors == unit("per_mille")._units._d  # noqa: SLF001


def is_percent_per_time(u: pint.Unit) -> bool:
    """True for percent (or per mille) per unit of time: a relative change or growth rate per period.

    >>> [is_percent_per_time(unit(name)) for name in ("percent / year", "percent", "USD / year")]
    [True, False, False]
    """
    return time_denominator(u) is not None and len(_per_names(u)) == 1 and is_percent(numerator(u))


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


def has_denominator(u: pint.Unit) -> bool:
    """True for a unit per something: per unit of time, of a unit, or of a counted thing.

    >>> has_denominator(unit("USD / barrel")), has_denominator(unit("1 / item")), has_denominator(unit("USD"))
    (True, True, False)
    """
    return bool(_per_names(u))


def numerator(u: pint.Unit) -> pint.Unit:
    """The part of ``u`` a rate counts, without what it is per: ``USD`` of ``USD / barrel``.

    >>> numerator(unit("USD / barrel")), numerator(unit("1 / item")), numerator(unit("GBP"))
    (<Unit('USD')>, <Unit('dimensionless')>, <Unit('GBP')>)
    """
    return registry().Unit(u._units.remove(_per_names(u)))  # noqa: SLF001  (pint's UnitsContainer of u)


def _per_names(u: pint.Unit) -> list[str]:
    """The names of the units ``u`` is per, read from pint's items: ``["barrel"]`` of ``USD / barrel``."""
    powers = cast("Mapping[str, Decimal]", u._units)  # noqa: SLF001  (powers are Decimal: the registry's non_int_type)
    return [name for name, power in powers.items() if power < 0]


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
