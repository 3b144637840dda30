"""Properties of the scanner: it never raises, its offsets are valid, and it finds formatted amounts."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount, ValidationError
from factcheck._extract.scan.scanner import scan

LOCALES = ("en_GB", "en_US", "de_DE", "fr_FR", "es_ES")

_PIECES = [*"0123456789,. -–−+%£$€:/()'°\u00a0\u202f", "m", "bn", "k", "million", "between", "and", "to", "from"]
_PIECES += ["around", "more than", "per cent", "half", "a", "third", "one in", "two", "hundreds of", "Mio.", "M"]
_PIECES += ["pp", "points", "GBP", "US$", "-day", "people", "No", "section", "Covid", "pm", "\n", "\x00", "é"]
_PIECES += ["almost", "up to", "bis", "mehr als", "acht", "environ", "à", "casi", "entre", "y", "el"]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _offsets_valid(text: str, locale: str) -> bool:
    return all(
        0 <= f.start <= f.number_start < f.number_end <= f.end <= len(text) and f.start < f.end
        for f in scan(text, locale)
    )


@given(st.text(), st.sampled_from(LOCALES))
def test_any_text_scans_with_valid_offsets(text: str, locale: str) -> None:
    """Arbitrary text never raises and every figure's offsets lie inside the text, in order."""
    assert _offsets_valid(text, locale)


@given(_NEWSY, st.sampled_from(LOCALES))
def test_newsy_noise_scans_with_valid_offsets(text: str, locale: str) -> None:
    """Text made of figure-like pieces never raises and keeps offsets valid."""
    assert _offsets_valid(text, locale)


@pytest.mark.parametrize(
    ("text", "locale"),
    [
        ("2 to almost", "en_GB"),
        ("from 2 to more than", "en_GB"),
        ("Acht bis mehr als", "de_DE"),
        ("8 bis mehr als", "de_DE"),
    ],
)
def test_a_range_cut_off_after_its_far_hedge_scans(text: str, locale: str) -> None:
    """A text that ends after a range's to-word and a hedge has no far end to read (it raised IndexError)."""
    assert _offsets_valid(text, locale)
    assert scan(text + " 9 percent", locale)  # with the far end written, the range is read


@pytest.mark.parametrize(
    "text",
    ["1" * 5000, "1," * 3000, "£" * 5000, "between " * 1000, "01 " * 2000, "-" * 3000 + "5", "\x00\u202f" * 2000],
)
def test_adversarial_inputs_scan(text: str) -> None:
    """Long runs of digits, commas, symbols and repeated openers give no spurious huge figures."""
    figures = scan(text, "fr_FR") + scan(text, "en_GB")
    assert all(len(f"{f.amount.value:f}") <= 40 for f in figures)


@pytest.mark.parametrize(
    ("text", "number"), [("one in \u00b2 people", "one"), ("one over \u00b3", "one"), ("two out of \u2460", "two")]
)
def test_digits_int_cannot_read_are_no_denominator(text: str, number: str) -> None:
    """A superscript or circled digit after "one in" or "over" is no denominator: the number word stands alone."""
    assert [text[f.start : f.end] for f in scan(text, "en_GB")] == [number]


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(("GBP", "EUR", "USD", "percent", "percentage_point", "day")),
    st.sampled_from(LOCALES),
)
def test_formatted_amount_in_a_sentence_is_found(digits: int, unit: str, locale: str) -> None:
    """A formatted amount inside a sentence is found with its value, unit and span."""
    amount = Amount.stated(digits, unit)
    written = amount.format(locale)
    text = f"Officials said that {written}, as stated."
    (figure,) = scan(text, locale)
    start = text.index(written)
    assert (amount, start, start + len(written)) == (figure.amount, figure.start, figure.end)


def test_long_text_is_scanned_like_its_sentences() -> None:
    """A long text (scanned in chunks) gives each sentence's figures at the right offsets."""
    sentence = "Around £1.2m went on 5,294 returns.\nPolls say 41% agree, up 3 points. "
    one = [(f.start, f.end, f.amount) for f in scan(sentence)]
    copies = 1000
    expected = [(s + k * len(sentence), e + k * len(sentence), a) for k in range(copies) for s, e, a in one]
    assert expected == [(f.start, f.end, f.amount) for f in scan(sentence * copies)]


def test_unknown_locale_is_a_validation_error() -> None:
    """A locale babel does not know raises ValidationError naming it (the text itself never raises)."""
    with pytest.raises(ValidationError) as info:
        scan("5", "xx_YY")
    expected = ("locale", "xx_YY")
    assert expected == (info.value.field, info.value.value)


def test_shifted_figure_is_evolve_of_its_offsets() -> None:
    """``Figure.shifted`` builds the copy directly: every field carried, the four offsets moved."""
    text = "Around £1.2m went on 5,294 returns, up from a third to 95% in 2024."
    figures = scan(text)
    expected = [
        f.evolve(start=f.start + 7, end=f.end + 7, number_start=f.number_start + 7, number_end=f.number_end + 7)
        for f in figures
    ]
    assert [f.shifted(7) for f in figures] == expected
    assert [a.name for a in attrs.fields(type(figures[0]))] == [
        "start",
        "end",
        "amount",
        "number_start",
        "number_end",
        "form",
        "qualifier",
        "unit_text",
        "bare",
    ]  # a new field must be carried by ``shifted`` too
