"""The unit registry: currencies, counts, percent and points, time and rates."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal, localcontext
from importlib import resources

import pint
import pytest

from factcheck import UnknownUnitError, units
from factcheck._decimal import WIDE
from factcheck.currency import currency_codes


@pytest.mark.parametrize(("a", "b"), [("GBP", "USD"), ("EUR", "JPY"), ("person", "household"), ("person", "GBP")])
def test_distinct_dimensions(a: str, b: str) -> None:
    """Each currency and each counted thing is a dimension of its own."""
    assert (
        units.same_dimension(units.unit(a), units.unit(b)),
        units.same_dimension(units.unit(a), units.unit(a)),
    ) == (False, True)


def test_percent_and_points_are_distinct() -> None:
    """percent is a dimensionless fraction; percentage_point is its own dimension."""
    assert (
        units.same_dimension(units.percent, units.dimensionless()),
        units.same_dimension(units.percent, units.percentage_point),
        units.same_dimension(units.basis_point, units.percentage_point),
    ) == (True, False, True)


def test_every_babel_currency_is_defined() -> None:
    """Every ISO 4217 code babel lists is a unit."""
    assert [code for code in sorted(currency_codes()) if units.currency_code(units.unit(code)) != code] == []


def test_unit_is_cached() -> None:
    """The same name gives the same unit object."""
    assert units.unit("person / year") is units.unit("person / year")


@pytest.mark.parametrize("name", ["flurbs", "2 GBP", "GBP +", "1 / / 2"])
def test_unknown_unit(name: str) -> None:
    """Unknown names raise UnknownUnitError naming them."""
    with pytest.raises(UnknownUnitError, match=re.escape(repr(name))):
        units.unit(name)


def test_attribute_access() -> None:
    """units.GBP is the unit GBP; an unknown attribute raises AttributeError."""
    assert units.unit("GBP") == units.GBP
    with pytest.raises(AttributeError, match="no unit 'flux_capacitor'"):
        units.flux_capacitor  # noqa: B018


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("GBP", (True, "GBP", False, False, False, False, False, False)),
        ("GBP / week", (False, "GBP", False, False, False, False, False, True)),
        ("person", (False, None, True, True, False, False, False, False)),
        ("dimensionless", (False, None, True, False, False, False, False, False)),
        ("percent", (False, None, False, False, True, False, False, False)),
        ("percentage_point", (False, None, False, False, False, True, False, False)),
        ("day", (False, None, False, False, False, False, True, False)),
        ("person / year", (False, None, False, False, False, False, False, True)),
    ],
)
def test_predicates(name: str, expected: tuple[object, ...]) -> None:
    """The predicates classify units as documented."""
    u = units.unit(name)
    assert expected == (
        units.is_currency(u),
        units.currency_code(u),
        units.is_count(u),
        units.is_counted(u),
        units.is_percent(u),
        units.is_percentage_point(u),
        units.is_time(u),
        units.is_rate(u),
    )


def test_time_denominator() -> None:
    """A rate's time unit is found; a level has none."""
    assert (units.year, units.week, None) == (
        units.time_denominator(units.unit("person / year")),
        units.time_denominator(units.unit("GBP / week")),
        units.time_denominator(units.GBP),
    )


def test_news_shorthand_is_not_physics() -> None:
    """pp is percentage point, not a typographic point."""
    assert units.percentage_point == units.unit("pp")


THREADS_PROBE = """
import threading
from factcheck import units
seen = []
threads = [threading.Thread(target=lambda: seen.append(units.registry())) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len({id(r) for r in seen}), len(seen))
"""


def test_threads_asking_at_once_share_one_registry() -> None:
    """Eight threads that ask for the registry before it exists all get the same one."""
    result = subprocess.run([sys.executable, "-c", THREADS_PROBE], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.split() == ["1", "8"]


@pytest.mark.parametrize(
    ("code", "minor"),
    [("GBP", "penny"), ("USD", "cent_USD"), ("EUR", "cent_EUR"), ("CHF", "cent_CHF"), ("JPY", None), ("KWD", None)],
)
def test_minor_units(code: str, minor: str | None) -> None:
    """A currency with hundredths has a unit for them in its own dimension; yen and dinars have none here."""
    found = units.minor_unit(code)
    assert (minor, True) == (
        None if found is None else str(found),
        found is None or units.same_dimension(found, units.unit(code)),
    )


@pytest.mark.parametrize(
    ("name", "expected"),
    [("penny", "GBP"), ("cent_USD / year", "USD / year"), ("GBP", "GBP"), ("person", "person")],
)
def test_in_major_currency(name: str, expected: str) -> None:
    """Hundredths are replaced by their currency, everything else is kept."""
    assert expected == str(units.in_major_currency(units.unit(name)))


def test_is_minor_currency() -> None:
    """Only the hundredth itself is a minor currency unit, not the currency nor a rate of it."""
    expected = {"penny": True, "cent_EUR": True, "EUR": False, "cent_EUR / year": False}
    assert {n: units.is_minor_currency(units.unit(n)) for n in expected} == expected


def test_definitions_file_stands_alone() -> None:
    """units.txt, shipped in the package, loads into an empty pint registry as its header says."""
    ureg = pint.UnitRegistry(None, non_int_type=Decimal, on_redefinition="raise")
    ureg.load_definitions(resources.files("factcheck").joinpath("units.txt").read_text(encoding="utf-8").splitlines())
    speed = ureg.Quantity(Decimal(36), "kph").to("metre_per_second")
    assert (speed.magnitude, str(ureg.Unit("pp").dimensionality)) == (Decimal(10), "[percentage_point]")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("gbp", "GBP"), ("Person", "person"), ("PERCENT", "percent"), ("person / Year", "person / year")],
)
def test_a_name_in_the_wrong_case_is_found(name: str, expected: str) -> None:
    """A unit name unknown as written is tried in the case units are defined in."""
    assert units.unit(expected) == units.unit(name)


def test_case_does_not_override_a_unit_that_exists() -> None:
    """'mA' and 'MA' are two units (milli- and mega-ampere): the name as written wins."""
    assert (str(units.unit("mA")), str(units.unit("MA"))) == ("milliampere", "megaampere")


def test_names_lists_what_unit_reads() -> None:
    """units.names() lists factcheck's own names and pint's; each of them is a unit."""
    listed = units.names()
    sample = [n for n in listed if n in {"GBP", "person", "percentage_point", "horsepower", "hertz"}]
    assert (sorted(sample), list(listed) == sorted(listed)) == (
        ["GBP", "hertz", "horsepower", "percentage_point", "person"],
        True,
    )
    assert [str(units.unit(n)) for n in sample] == sample


def _as_fields(definition: object) -> tuple[object, ...]:
    """What pint keeps of a unit definition (not where a parsed one was read from)."""
    reference = definition.reference  # type: ignore[attr-defined]
    return (
        definition.name,  # type: ignore[attr-defined]
        definition.defined_symbol,  # type: ignore[attr-defined]
        definition.aliases,  # type: ignore[attr-defined]
        definition.converter,  # type: ignore[attr-defined]
        [(key, value, type(value)) for key, value in reference.items()],
        reference._non_int_type,
        definition.is_base,  # type: ignore[attr-defined]
    )


def _generated_lines() -> list[str]:
    """The counts and currencies as pint definition lines: the text the registry once parsed."""
    import babel.numbers  # noqa: PLC0415

    lines = [f"{n} = [{n}] = _ = {'people' if n == 'person' else n + 's'}" for n in units.COUNT_UNITS]
    for code in sorted(babel.numbers.list_currencies()):
        lines.append(f"{code} = [currency_{code}]")
        if code != "GBP" and babel.numbers.get_currency_precision(code) == 2:
            lines.append(f"cent_{code} = {code} / 100")
    lines.append("penny = GBP / 100 = _ = pence")
    return lines


def _parsed_registry() -> pint.UnitRegistry:  # type: ignore[type-arg]
    """units.txt and the generated lines through pint's parser, in the build's decimal context."""
    lines = resources.files("factcheck").joinpath("units.txt").read_text(encoding="utf-8").splitlines()
    with localcontext(WIDE):
        ureg = pint.UnitRegistry(None, non_int_type=Decimal, on_redefinition="raise")
        ureg.load_definitions([*lines, *_generated_lines()])
    return ureg


def test_counts_and_currencies_are_what_pint_parses_of_their_lines() -> None:
    """The definitions built directly are the ones pint's parser makes of the same lines, in order."""
    ureg = _parsed_registry()
    parsed = [_as_fields(ureg._units[line.split(" = ")[0]]) for line in _generated_lines()]
    assert [_as_fields(d) for d in units._generated_definitions()] == parsed


def test_units_txt_lines_are_what_pints_parser_makes_of_them() -> None:
    """Each line of units.txt, read as the kind of line it is, is what pint's parser makes of it, and where."""
    text = resources.files("factcheck").joinpath("units.txt").read_text(encoding="utf-8")
    with localcontext(WIDE):
        ureg = pint.UnitRegistry(None, non_int_type=Decimal, on_redefinition="raise")
        parsed = list(ureg._def_parser.iter_parsed_project(ureg.load_definitions(text.splitlines())))
        read = units._parsed_lines(text)
    assert read is not None
    assert [(d, d.get_position(), d.raw) for d in read] == [(d, d.get_position(), d.raw) for d in parsed]


@pytest.mark.parametrize(
    "text",
    [
        "metre = [length]\n@alias metre = metro",  # a directive
        "@group Units\n  metre = [length]\n@end",  # a block
        "metre = [length]\nkilo- = lots",  # a prefix that is not a number: pint's error
    ],
)
def test_lines_only_pints_whole_parser_reads_go_to_it(text: str) -> None:
    """A directive, a block or a line pint refuses is not read line by line: the build hands the text to pint."""
    assert units._parsed_lines(text) is None


def test_the_registry_is_the_one_parsing_would_build() -> None:
    """Every name, symbol and alias, dimension and base unit of the registry is what parsing gives."""
    ureg, built = _parsed_registry(), units.registry()
    own = {k: _as_fields(v) for k, v in built._units.items() if k in ureg._units}
    dimensions, bases = list(built._dimensions)[: len(ureg._dimensions)], built._base_units[: len(ureg._base_units)]
    assert (own, dimensions, bases) == (
        {k: _as_fields(v) for k, v in ureg._units.items()},
        list(ureg._dimensions),
        ureg._base_units,
    )
