"""``tokens.match``: the longest key of a phrase table spelt by the tokens at a place.

``match`` walks forward one word at a time while the words so far begin a key; the plain reading,
which tries every length from the longest down, must give the same length.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hypothesis import given
from hypothesis import strategies as st

from factcheck._extract.scan.hedges import hedge_tables
from factcheck._extract.text.numerals import number_symbols
from factcheck._extract.text.tokens import first_words, match, tokenize

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from factcheck._extract.text.tokens import Token

_WORDS = st.sampled_from(["a", "A", "b", "B", "c", "of", "per", "5", "-", "m"])
_KEYS = st.lists(st.tuples(_WORDS) | st.lists(_WORDS, min_size=1, max_size=4).map(tuple), max_size=8)


def _plain(tokens: Sequence[Token], i: int, table: Mapping[tuple[str, ...], object], longest: int, lower: bool) -> int:
    """The longest key of ``table`` (at most ``longest`` words) the tokens from ``i`` spell, tried longest first."""
    words = [t.low if lower else t.text for t in tokens[i:]]
    return next((n for n in range(min(longest, len(words)), 0, -1) if tuple(words[:n]) in table), 0)


@given(keys=_KEYS, words=st.lists(_WORDS, max_size=8), longest=st.integers(0, 5), lower=st.booleans())
def test_match_is_the_longest_key_tried_longest_first(
    keys: list[tuple[str, ...]], words: list[str], longest: int, lower: bool
) -> None:
    table = dict.fromkeys(keys, True)
    tokens = tokenize(" ".join(words), number_symbols("en_GB"))
    for i in range(len(tokens) + 1):
        assert match(tokens, i, table, longest, lower=lower) == _plain(tokens, i, table, longest, lower)


def test_match_sees_a_table_grow() -> None:
    """A table that gains a key after a first match is read again: the key's beginnings are kept per size."""
    table: dict[tuple[str, ...], object] = {("per", "cent"): 1}
    tokens = tokenize("per annum cent", number_symbols("en_GB"))
    assert match(tokens, 0, table, 3) == 0
    table["per", "annum", "cent"] = 2
    assert match(tokens, 0, table, 3) == 3


def test_hedge_starts_are_the_first_words_of_the_hedges() -> None:
    """The scanner asks for a hedge only at ``HedgeTables.starts``: every hedge begins with one of them."""
    for lang in ("en", "de", "fr", "es"):
        tables = hedge_tables(lang)
        assert tables.starts == {phrase[0] for phrase in tables.hedges}


@given(keys=_KEYS, words=st.lists(_WORDS, max_size=8))
def test_match_finds_nothing_at_a_word_no_key_begins_with(keys: list[tuple[str, ...]], words: list[str]) -> None:
    """``first_words`` is every key's first word, and ``match`` finds no key at any other word."""
    table = dict.fromkeys(keys, True)
    starts = first_words(table)
    assert starts == {key[0] for key in keys}
    tokens = tokenize(" ".join(words), number_symbols("en_GB"))
    for i, token in enumerate(tokens):
        if token.low not in starts:
            assert match(tokens, i, table, 5) == 0
