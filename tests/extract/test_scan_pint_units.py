"""Units pint's default definitions know, read after a number; ordinary words that look like units are not."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, units
from factcheck._extract import extract
from factcheck._extract.scan.unit_index import UnitIndex, unit_at, unit_index
from tests.readings import figure_units as _read


def test_the_engine_sentence() -> None:
    """Every figure of a sentence full of units is a quantity in its pint unit; "5 points per game" is a rate."""
    text = (
        "The V6 makes 300 horsepower at 6,000 rpm, with a 4,000 mAh battery, a 2.4 GHz chip, "
        "30 mpg and 5 points per game."
    )
    expected = [
        ("QuantityClaim", "300 horsepower", Decimal(300), "horsepower"),
        ("QuantityClaim", "6,000 rpm", Decimal(6000), "revolutions_per_minute"),
        ("QuantityClaim", "4,000 mAh", Decimal(4000), "milliampere_hour"),
        ("QuantityClaim", "2.4 GHz", Decimal("2.4"), "gigahertz"),
        ("QuantityClaim", "30 mpg", Decimal(30), "mile / gallon"),
        # points per game: a rate, see tests/extract/test_rates_per_anything.py
        ("RateClaim", "5 points per game", Decimal(5), "dimensionless"),
    ]
    actual = [
        (type(c).__name__, text[c.span.start : c.span.end], c.amount.value, str(c.amount.unit)) for c in extract(text)
    ]
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It makes 300 hp.", [("300 hp", Decimal(300), "horsepower")]),
        ("It makes 320 bhp.", [("320 bhp", Decimal(320), "horsepower")]),
        ("A 250-horsepower engine.", [("250-horsepower", Decimal(250), "horsepower")]),
        ("It idles at 800 rpm.", [("800 rpm", Decimal(800), "revolutions_per_minute")]),
        ("A 3.8GHz chip.", [("3.8GHz", Decimal("3.8"), "gigahertz")]),
        ("The grid ran at 49.55 Hz.", [("49.55 Hz", Decimal("49.55"), "hertz")]),
        ("The grid ran at 49.55 HZ.", [("49.55 HZ", Decimal("49.55"), "hertz")]),
        ("A 5,000 mAh cell.", [("5,000 mAh", Decimal(5000), "milliampere_hour")]),
        ("It used 12 kWh.", [("12 kWh", Decimal(12), "kilowatt_hour")]),
        ("The plant makes 500 MW.", [("500 MW", Decimal(500), "megawatt")]),
        ("Output was 3.2 TWh.", [("3.2 TWh", Decimal("3.2"), "terawatt_hour")]),
        ("Tyres at 32 psi.", [("32 psi", Decimal(32), "pound_force_per_square_inch")]),
        ("It yields at 61.4 MPa.", [("61.4 MPa", Decimal("61.4"), "megapascal")]),
        ("It yields at 8.90 ksi.", [("8.90 ksi", Decimal("8.90"), "kip_per_square_inch")]),
        ("Pressure fell to 960 hPa.", [("960 hPa", Decimal(960), "hectopascal")]),
        ("The car does 45 mpg.", [("45 mpg", Decimal(45), "mile / gallon")]),
        ("CO2 reached 420 ppm.", [("420 ppm", Decimal(420), "ppm")]),
        ("Lead was at 15 ppb.", [("15 ppb", Decimal(15), "ppb")]),
        ("The ship made 20 knots.", [("20 knots", Decimal(20), "knot")]),
        ("It sailed 300 nautical miles.", [("300 nautical miles", Decimal(300), "nautical_mile")]),
        ("Links of 100 Gbps.", [("100 Gbps", Decimal(100), "gigabit / second")]),
        ("Broadband of 50 Mbps.", [("50 Mbps", Decimal(50), "megabit / second")]),
        ("A 2.5 kW heater.", [("2.5 kW", Decimal("2.5"), "kilowatt")]),
        ("The dose was 20 mSv.", [("20 mSv", Decimal(20), "millisievert")]),
        ("A star 40 light years away.", [("40 light years", Decimal(40), "light_year")]),
        ("A 30° slope.", [("30°", Decimal(30), "degree")]),
        ("A 25º slope.", [("25º", Decimal(25), "degree")]),
        ("A 45 degree angle.", [("45 degree", Decimal(45), "degree")]),
        ("He is 6′ tall.", [("6′", Decimal(6), "foot")]),
        ("A 27″ screen.", [("27″", Decimal(27), "inch")]),
        ("A current of 40 amps.", [("40 amps", Decimal(40), "ampere")]),
        ("A charge of 400 kilovolts.", [("400 kilovolts", Decimal(400), "kilovolt")]),
    ],
)
def test_news_spellings(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Each spelling news uses is read as its pint unit, with its value as written."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("She got 5 A-levels.", "en_GB", [("5", Decimal(5), "dimensionless")]),
        ("It was Grade 2 C work.", "en_GB", []),
        ("There is a 3 in 4 chance.", "en_GB", [("3 in 4", Decimal(75), "percent")]),
        (
            "Of 700 staff, 400 are nurses.",
            "en_GB",
            [("700", Decimal(700), "dimensionless"), ("400", Decimal(400), "dimensionless")],
        ),
        ("We meet at 3 pm.", "en_GB", []),
        ("He scored 5 points.", "en_GB", [("5", Decimal(5), "dimensionless")]),
        ("The 5 s and 3 h.", "en_GB", [("5", Decimal(5), "dimensionless"), ("3", Decimal(3), "dimensionless")]),
        ("A 2.5 F cap.", "en_GB", [("2.5", Decimal("2.5"), "dimensionless")]),
        ("It was 1.3 A.", "en_GB", [("1.3", Decimal("1.3"), "dimensionless")]),
        ("He has 2 MA degrees.", "en_GB", [("2", Decimal(2), "dimensionless")]),
        ("They sold 3 Tesla cars.", "en_GB", [("3", Decimal(3), "dimensionless")]),
        ("It took 5 min.", "en_GB", [("5", Decimal(5), "dimensionless")]),
        ("The noise hit 85 dB.", "en_GB", [("85", Decimal(85), "dimensionless")]),
        ("Es el 3º piso.", "es_ES", []),
        ("On the 21st floor.", "en_GB", []),
        ("Es waren 24 Grad.", "de_DE", [("24 Grad", Decimal(24), "degree")]),  # CLDR's degree, not pint's gradian
        ("The 2012 Volt sold well.", "en_GB", [("2012", Decimal(2012), "dimensionless")]),
        ("The 2019 Gauss prize.", "en_GB", [("2019", Decimal(2019), "dimensionless")]),
    ],
)
def test_words_that_are_not_units(text: str, locale: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """One-letter symbols, ordinary words, capitals, logarithmic units and ordinals are not read as pint units."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("name", "dimensionality"),
    [
        ("gigahertz", "1 / [time]"),
        ("horsepower", "[length] ** 2 * [mass] / [time] ** 3"),
        ("milliampere_hour", "[current] * [time]"),
        ("pound_force_per_square_inch", "[mass] / [length] / [time] ** 2"),
        ("kip_per_square_inch", "[mass] / [length] / [time] ** 2"),
        ("revolutions_per_minute", "1 / [time]"),
        ("ppm", "dimensionless"),
        ("ppb", "dimensionless"),
        ("degree", "dimensionless"),
        ("light_year", "[length]"),
        ("gigabit / second", "[information] / [time]"),
        ("millisievert", "[length] ** 2 / [time] ** 2"),
    ],
)
def test_new_units_are_registry_units(name: str, dimensionality: str) -> None:
    """A unit pint's defaults know and units.txt lacks is a unit of our registry, and amounts in it format."""
    u = units.unit(name)
    assert (name, dimensionality) == (str(u), str(u.dimensionality))
    assert Amount.stated("2.5", name).format()


def test_pint_and_ours_agree_on_shared_names() -> None:
    """Every unit of pint's defaults, defined in our registry, converts as in pint, except the renamed ones."""
    import pint  # noqa: PLC0415

    theirs = pint.UnitRegistry()
    ours = units.registry()
    differ = []
    for name in sorted(units.pint_definitions().lines):
        try:
            expected = theirs.Quantity(1, name).to_base_units()
        except Exception:  # noqa: BLE001, S112  (pint's own odd units: logarithmic, contexts)
            continue
        if expected.magnitude == 0 or "decibel" in name or name in ("neper", "octave", "decade"):
            continue
        actual = ours.Quantity(Decimal(1), units.unit(units._ours(name)))
        base = actual.to_base_units()
        kilo = float(dict(base.unit_items()).get("gram", 0))
        if abs(float(base.magnitude) / 1000**kilo - expected.magnitude) > 1e-6 * abs(expected.magnitude):
            differ.append(name)
    assert differ == []


def test_index_is_built_once() -> None:
    """The index is one object for the process; lookups are cached."""
    assert unit_index() is unit_index()
    assert (unit_at("GHz"), unit_at("kilopascals"), unit_at("in"), unit_at("A")) == (
        "gigahertz",
        "kilopascal",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Der Motor hat 300 PS.", "de_DE", [("300 PS", Decimal(300), "horsepower")]),
        ("Der Chip taktet mit 3,2 GHz.", "de_DE", [("3,2 GHz", Decimal("3.2"), "gigahertz")]),
        ("Es ist 40 Lichtjahre entfernt.", "de_DE", [("40 Lichtjahre", Decimal(40), "light_year")]),
        ("Le moteur fait 300 chevaux-vapeur.", "fr_FR", [("300 chevaux-vapeur", Decimal(300), "horsepower")]),
        ("El motor tiene 300 caballos de vapor.", "es_ES", [("300 caballos de vapor", Decimal(300), "horsepower")]),
        (
            "Subió de 5 al 10 por ciento.",
            "es_ES",
            [("5", Decimal(5), "percent"), ("10 por ciento", Decimal(10), "percent")],
        ),
        ("It sold 5 EV models.", "en_GB", [("5", Decimal(5), "dimensionless")]),
    ],
)
def test_cldr_names_in_each_language(text: str, locale: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Units CLDR names are read in its names for each language; short forms that are words are not ("al", "EV")."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        (Amount.stated("300", "horsepower"), "en_GB", "300 horsepower"),
        (Amount.stated("300", "horsepower"), "de_DE", "300 Pferdestärken"),
        (Amount.stated("40", "light_year"), "en_GB", "40 light years"),
        (Amount.stated("2.4", "gigahertz"), "fr_FR", "2,4\xa0gigahertz"),
    ],
)
def test_new_units_are_written_with_cldr_names(amount: Amount, locale: str, expected: str) -> None:
    """Amounts in the new units are written with CLDR's names, plural and translated."""
    assert expected == amount.format(locale=locale)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dial moved 0.8rad.", [("0.8rad", Decimal("0.8"), "radian")]),
        ("The arm swung 2 rad.", [("2 rad", Decimal(2), "radian")]),
        ("Give the bolt a half turn.", [("a half turn", Decimal("0.5"), "turn")]),
        ("Wind the key 3 turns.", [("3 turns", Decimal(3), "turn")]),
        ("The crane lifts 100t.", [("100t", Decimal(100), "tonne")]),
        ("A 40t lorry.", [("40t", Decimal(40), "tonne")]),
        ("Mass: 20 (kg).", [("20 (kg)", Decimal(20), "kilogram")]),
        ("Mass: 20 [kg].", [("20 [kg]", Decimal(20), "kilogram")]),
        ("Height 12 {cm}.", [("12 {cm}", Decimal(12), "centimetre")]),
        ('The blade is 10" long.', [('10"', Decimal(10), "inch")]),
        ('The blade is 10 " long.', [('10 "', Decimal(10), "inch")]),
        ("The boom's outreach is 48m.", [("48m", Decimal(48), "metre")]),
        ("1m is equal to 100 cm.", [("1m", Decimal(1), "metre"), ("100 cm", Decimal(100), "centimetre")]),
        ("That one mile took an hour.", [("one mile", Decimal(1), "mile")]),
        ("A 100 Mb line.", [("100 Mb", Decimal(100), "megabit")]),
        ("A 5 Gb link.", [("5 Gb", Decimal(5), "gigabit")]),
        (
            "A 100 MB file and a 100 mb file.",
            [("100 MB", Decimal(100), "megabyte"), ("100 mb", Decimal(100), "megabyte")],
        ),
        ("The ef 75 -300mm lens.", [("75 -300mm", Decimal("187.5"), "millimetre")]),
        ("The one kilometre stretch is shut.", [("one kilometre", Decimal(1), "kilometre")]),
        ("Each block now pays 6.25 BTC.", [("6.25 BTC", Decimal("6.25"), "bitcoin")]),
        ("He lost 8,000 bitcoins.", [("8,000 bitcoins", Decimal(8000), "bitcoin")]),
        ("A fee of 300 satoshis.", [("300 satoshis", Decimal(300), "satoshi")]),
    ],
)
def test_more_units_news_writes(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """Radians, turns, a glued "t" (tonnes), a unit in brackets, the inch mark before a size, "m" as metres."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It weighs 5 t.", [("5", Decimal(5), "dimensionless")]),
        ("Call 0800 5t2 now.", []),
        ('He said "I was 10" and left.', [("10", Decimal(10), "dimensionless")]),
        ("The firm raised 5m.", [("5m", Decimal(5000000), "dimensionless")]),
        ("The fund got 5m, and the length of the list grew.", [("5m", Decimal(5000000), "dimensionless")]),
        ("Group 5 (A) won.", [("5", Decimal(5), "dimensionless")]),
        ("Quote 24703m212 and 1m50.", []),
        ("A 5m2 room.", [("5m2", Decimal(5), "square_metre")]),
        (
            "It moved 10 -5C in the cold.",
            [("10", Decimal(10), "dimensionless"), ("-5C", Decimal(-5), "degree_Celsius")],
        ),
        ("No one knows, and the one day I was off it rained.", []),
    ],
)
def test_look_alikes_of_those_units(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    """A spaced "t", a quote not before a size, "m" with no length around it and a letter in brackets are no units."""
    assert expected == _read(text)


def test_the_last_word_test_keeps_every_name_of_several_words() -> None:
    """``words_at`` skips a stretch whose last word ends no name of several words; no name is lost so.

    Each such name written with spaces, singular and plural, is read with the test as without it
    (every stretch tried in full).
    """
    from factcheck._extract.scan import unit_index as index  # noqa: PLC0415
    from factcheck._extract.text.numerals import number_symbols  # noqa: PLC0415
    from factcheck._extract.text.tokens import tokenize  # noqa: PLC0415

    names = sorted(name for name in unit_index().names if "_" in name)
    texts = [name.replace("_", " ") + ending for name in names for ending in ("", "s", "es")]
    quick = [index.words_at(tokenize(text, number_symbols("en_GB")), 0) for text in texts]
    saved = unit_index().last_words
    object.__setattr__(unit_index(), "last_words", _Everything())
    try:
        full = [index.words_at(tokenize(text, number_symbols("en_GB")), 0) for text in texts]
    finally:
        object.__setattr__(unit_index(), "last_words", saved)
    assert quick == full
    assert ("light_year", 2) in quick


class _Everything:
    """A set holding every word."""

    def __contains__(self, _word: object) -> bool:
        return True


def _plain_lookup(index: UnitIndex, text: str) -> str | None:
    """``UnitIndex.lookup`` trying every prefix symbol and prefix name in turn, as it did before they were indexed."""
    low = text.lower()
    if low in index.not_units:
        return None
    if text in index.news:
        return index.news[text]
    if len(text) == 1:
        return None
    if text in index.symbols:
        return index.symbols[text]
    for symbol, prefix in index.prefix_symbols.items():
        rest = text[len(symbol) :]
        if text.startswith(symbol) and rest in index.prefixable and rest in index.symbols and not text.isupper():
            return prefix + index.symbols[rest]
    if text != low:
        return None
    for prefix in ("", *index.prefix_names):
        if low.startswith(prefix):
            rest = low[len(prefix) :]
            forms = [rest, rest[:-1] if rest.endswith("s") else "", rest[:-2] if rest.endswith("es") else ""]
            forms.append(f"{rest[:-3]}y" if rest.endswith("ies") else "")
            for stem in filter(None, forms):
                if len(stem) >= 4 and stem not in index.not_units and stem in index.names:
                    return prefix + index.names[stem]
    return None


def test_lookup_tries_the_prefixes_a_word_begins_with_as_every_prefix_in_turn() -> None:
    """The prefixes kept by first character give each word of the index, prefixed or not, its plain answer."""
    index = unit_index()
    words = [*index.names, *index.symbols, *index.news, "people", "Minister", "", "k", "kWh", "MWs", "μg"]
    prefixed = [p + w for p in (*index.prefix_symbols, *index.prefix_names) for w in list(index.symbols)[:40]]
    plurals = [f"{p}{w}{end}" for p in ("", *index.prefix_names) for w in list(index.names)[:40] for end in ("s", "es")]
    for text in [*words, *prefixed, *plurals, *(w.upper() for w in words), *(w.title() for w in words)]:
        assert index.lookup(text) == _plain_lookup(index, text), text
