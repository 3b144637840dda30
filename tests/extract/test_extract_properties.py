"""Properties of extract(): formatted amounts come back exactly; no text makes it raise."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import Amount
from factcheck._extract import extract
from factcheck.strategies import amounts

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES")
_FRAMES = {
    "en": (("The report gives", "for the region."), ("Officials quoted", "in the summary.")),
    "de": (("Der Bericht nennt", "im Überblick."), ("Die Behörde meldete", "für die Region.")),
    "fr": (("Le rapport indique", "dans le résumé."), ("Les services ont cité", "pour la région.")),
    "es": (("El informe indica", "en el resumen."), ("Las autoridades citaron", "para la región.")),
}


@st.composite
def _amounts(draw: st.DrawFn) -> Amount:
    """Amounts of money, percentages and plain numbers, written with digits or a scale word."""
    unit = draw(st.sampled_from(("percent", "GBP", "EUR", "USD", "dimensionless")))
    if unit == "percent":
        value = Decimal(draw(st.integers(0, 1000))).scaleb(-draw(st.integers(0, 1)))
        return Amount.stated(value, unit)
    if draw(st.booleans()):  # a compact figure: "£1.2m", "1,2 Mio. €"
        mantissa = Decimal(draw(st.integers(11, 999))).scaleb(-1)
        return Amount.stated(mantissa.scaleb(draw(st.sampled_from((6, 9)))), unit)
    value = Decimal(draw(st.integers(1, 10**9)))
    if unit != "dimensionless" and draw(st.booleans()):
        value = Decimal(draw(st.integers(1, 10**7))).scaleb(-2)
    return Amount.stated(value, unit)


@given(_amounts(), st.sampled_from(LOCALES), st.integers(0, 1))
@example(Amount.stated(Decimal("1.2E+6"), "GBP"), "en_GB", 0)
@example(Amount.stated(Decimal(95), "percent"), "fr_FR", 1)
def test_extract_inverts_format(amount: Amount, locale: str, frame: int) -> None:
    """A babel-formatted amount in a plain sentence comes back with its value, unit and span."""
    written = amount.format(locale)
    prefix, suffix = _FRAMES[locale[:2]][frame]
    text = f"{prefix} {written} {suffix}"
    claims = extract(text, locale, bare_numbers=True)  # a plain number too: "1" is bare
    start = len(prefix) + 1
    found = [(c.amount.value, c.amount.unit, c.span.start, c.span.end) for c in claims if c.span is not None]
    assert [(amount.value, amount.unit, start, start + len(written))] == found


_NOISE = st.text(alphabet=st.sampled_from("0123456789,.% £$€-–/:+ \n\tkmbnMio.ofinto19202130 aAby"), max_size=200)


@given(st.one_of(st.text(max_size=300), _NOISE), st.sampled_from(LOCALES))
@example("", "en_GB")
@example("\x00\x01\u202e5,294\ud7ff £1m", "en_GB")
@example("1,2,3,4,5,6,7,8,9,0" * 20, "de_DE")
@example("from 2021 to 2023, a drop of", "en_GB")
@example("² 2024 ²² 5 May", "en_GB")
@example("1" * 5000 + " May", "en_GB")
def test_extract_never_raises_and_spans_are_valid(text: str, locale: str) -> None:
    """Any text gives claims whose spans are the text at their offsets, in order."""
    claims = extract(text, locale)
    spans = [c.span for c in claims if c.span is not None]
    assert len(spans) == len(claims)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]
    assert sorted(spans, key=lambda s: s.start) == spans


@given(st.integers(2, 10**8), st.sampled_from(("en_GB", "en_US")))
def test_counts_of_people_in_english(count: int, locale: str) -> None:
    """ "5,294 people" is a count of people; its span is the number, the noun and its verb its subject."""
    amount = Amount.stated(count, "person")
    written = amount.format(locale)
    number = written.removesuffix(" people")
    text = f"Officials said {written} were waiting."
    start = len("Officials said ")
    found = [(c.kind, c.amount, c.subject, c.span.start, c.span.end) for c in extract(text, locale) if c.span]
    assert [("count", amount, "people waiting", start, start + len(number))] == found


@given(amounts(kinds=("rate",)), st.sampled_from(LOCALES), st.integers(0, 1))
@example(Amount.stated(Decimal("7.5"), "USD / barrel"), "fr_FR", 0)
@example(Amount.stated(Decimal(40), "EUR / person"), "es_ES", 1)
@example(Amount.stated(Decimal(3), "USD / household"), "de_DE", 0)
def test_extract_inverts_format_of_drawn_rates(amount: Amount, locale: str, frame: int) -> None:
    """A rate the strategies draw (per a time, a unit or a counted noun), written by format, reads back as one rate.

    Value, unit and hedge come back ("about €40 per person", "3–5 people a year").
    """
    written = amount.format(locale)
    prefix, suffix = _FRAMES[locale[:2]][frame]
    claims = extract(f"{prefix} {written} {suffix}", locale)
    found = [(c.amount.value, c.amount.unit, c.amount.hedge) for c in claims]
    assert [(amount.value, amount.unit, amount.hedge)] == found
