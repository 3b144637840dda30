"""Fuzzing extract: any text, random bytes decoded and number-like noise never make it raise, and spans hold."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck._extract import extract

LOCALES = ("en_GB", "en_US", "en_IN", "de_DE", "fr_FR", "es_ES")
_CODECS = ("utf-8", "latin-1", "cp1252", "utf-16-le", "shift_jis")
_PIECES = (
    "around ", "more than ", "nearly ", "from ", " to ", "between ", " and ", "1,234,567", "12.345.678,9",
    "1" * 40, "£", "$", "€", "¥", "₹", "one ", "hundred ", "twenty-three ", "a third ", "½", "¾", "(", ")", "[",
    "]", "-", "–", "—", "--", "%", " per cent", " points", ". ", ".\n", "\n\n", "\t", " | ", "5", "2024 ",
    "m", "bn", "Mio. ", "millones ", "Prozent", "\u00a0", "\u202f", "\u2028", "\x00", "\ud800", "İ", "Σ",
)  # fmt: skip


def _decoded(data: bytes, codec: str) -> str:
    return data.decode(codec, errors="surrogateescape" if codec == "utf-8" else "replace")


_BYTES = st.builds(_decoded, st.binary(max_size=400), st.sampled_from(_CODECS))
_NOISE = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


def _spans_hold(text: str, locale: str) -> None:
    claims = extract(text, locale)
    spans = [c.span for c in claims if c.span is not None]
    assert len(spans) == len(claims)
    assert [text[s.start : s.end] for s in spans] == [s.text for s in spans]


@given(st.one_of(st.text(max_size=400), _BYTES, _NOISE), st.sampled_from(LOCALES))
@example("\udc80\udcff 5,294 \ud800", "en_GB")
@example("from 1 to 2 to 3 to 4 to 5 to 6", "en_GB")
@example("(((( 5 )))) [[[ 6 ]]] —— 7 –– 8", "en_US")
@example("one hundred and twenty-three thousand four hundred and fifty-six million", "en_GB")
@example("₹5 lakh crore, ¥3bn, €1,2 Mio., 12.345.678,9", "de_DE")
def test_extract_never_raises_and_each_span_is_its_text(text: str, locale: str) -> None:
    """Whatever the text (random bytes decoded in several codecs), each claim's span is the text at its offsets."""
    _spans_hold(text, locale)
