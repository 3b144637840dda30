"""Where figures stand in the text: in one sentence, before one another, after which word.

:func:`same_sentence` (one sentence, and not two rows of a table), :func:`earlier_in_sentence`
and :func:`word_before` are asked by most relation rules before they link two drafts; they are
kept apart from every family of rules so that each imports them from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft

__all__ = ["earlier_in_sentence", "same_sentence", "sentence_of", "word_before"]


def sentence_of(draft: Draft, reader: Reader) -> int:
    """The number of the sentence ``draft`` stands in."""
    return reader.layout.sentence_index(draft.start)


def same_sentence(a: Draft, b: Draft, reader: Reader) -> bool:
    """True when ``a`` and ``b`` stand in one sentence, and not on two lines of a table (cells of other rows)."""
    if sentence_of(a, reader) != sentence_of(b, reader):
        return False
    first, last = sorted((a.start, b.start))
    return "\n" not in reader.text[first:last] or not (reader.in_table_row(a.start) or reader.in_table_row(b.start))


def earlier_in_sentence(drafts: list[Draft], n: int, reader: Reader) -> list[Draft]:
    """The drafts before ``drafts[n]`` in its sentence (:func:`same_sentence`), in order.

    ``drafts`` are in text order, so they stand right before it: the walk back stops at the first
    draft of an earlier sentence instead of testing every draft of the text.
    """
    draft, sentence = drafts[n], sentence_of(drafts[n], reader)
    k = n
    while k > 0 and sentence_of(drafts[k - 1], reader) == sentence:
        k -= 1
    return [d for d in drafts[k:n] if same_sentence(d, draft, reader)]


def word_before(draft: Draft, reader: Reader) -> str:
    """The lower-cased word before the draft's text, hedge and currency included ("from" in "from about £3bn")."""
    return reader.tokens.lower(reader.tokens.first_at_or_after(draft.start) - 1)
