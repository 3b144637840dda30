r"""The pre-scan: where a figure may stand, found from the word index, so the rest of the text is skipped.

Every figure holds a number, and every number is written with a digit, a fraction character
("¾") or a number word ("five", "a third", "hundreds of", "half a million"). :class:`PreScan`
holds a locale's number words (gathered from the lexicons by the pipeline) and finds them among
the words of the text's :class:`~factcheck._extract.text.wordindex.WordIndex`, which is built
anyway: one set look-up per word. A word that is not letters alone ("5,294", "G7", "¾", "2024")
is a trigger too, so every digit and fraction character is covered, whatever its neighbours.
:meth:`PreScan.regions` then gives the stretches of a paragraph the scanner must read: whole
sentences holding a trigger, cut only before a sentence that opens with a capital letter, where
no figure, hedge or look-back of the scanner reaches across ("... rose 5%. Prices ...").
A sentence with no trigger is never tokenized.

Measured on 1.5 MB of news (``benchmarks/bench_process.py``): the look-ups take about 20 ms;
one regular expression of the same words (with or without ``re.IGNORECASE``, look-behind or
``\b``) took 280-370 ms, more than the scanning it saves on a third of the text.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterable, Sequence

    from factcheck._extract.text.wordindex import WordIndex

__all__ = ["PreScan"]

_APOSTROPHES: Final = str.maketrans("", "", "'\u2019")
_PLURALS: Final = ("s", "es")
"""Endings a number word may take and stay one ("thirds", "dozens", "halves" is in the lexicon)."""
_KNOWN_WORDS: Final = 50_000
"""The answers of ``PreScan``'s word test kept at most; past this they are dropped and asked again."""


class PreScan:
    """Where figures may stand in a text, for one locale: digits, fraction characters and number words.

    >>> from factcheck._extract.text.wordindex import WordIndex
    >>> pre = PreScan({"five"}, {"¾"})
    >>> text = "No figures here. Five went. Nothing else. Then ¾ stayed."
    >>> [text[a:b] for a, b in pre.regions(text, 0, len(text), (0, 17, 28, 42), pre.places(WordIndex(text)))]
    ['Five went. ', 'Then ¾ stayed.']
    """

    __slots__ = ("_known", "_loose", "joiners", "leads", "symbols", "test", "words")

    def __init__(
        self,
        words: Iterable[str],
        symbols: Iterable[str],
        test: Callable[[list[str]], Collection[str]] | None = None,
        *,
        pairs: tuple[Iterable[str], Iterable[str]] = ((), ()),
    ) -> None:
        spelt = {w.lower() for w in words if w}
        self.words: frozenset[str] = frozenset(spelt | {w + end for w in spelt for end in _PLURALS})
        """Number words, lower case, with their plural endings."""
        self.test = test
        """For languages whose number words no list holds (German compounds): the words of letters
        not in ``words`` are given to it, and those it returns are number words. Each word is
        asked once (the answers are kept), the new words of a text together."""
        self._known: dict[str, bool] = {}
        self.leads: frozenset[str] = frozenset(pairs[0])
        """Words that are no trigger alone but make one with a word of ``joiners`` straight after them."""
        self.joiners: frozenset[str] = frozenset(pairs[1])
        """Words that are a trigger straight after a word of ``leads``: "uno con uno" is 1.1, "un virgule un" too."""
        self.symbols: frozenset[str] = frozenset(s for s in symbols if s)
        """Characters that are numbers wherever they stand ("½")."""
        outside = sorted(s for s in self.symbols if not _IN_WORDS.fullmatch(s))
        self._loose: re.Pattern[str] | None = (
            re.compile("|".join(map(re.escape, outside))) if outside else None
        )  # symbols the word index does not hold (none today: "¾" is part of a word there)

    def places(self, index: WordIndex) -> list[int]:
        """Sorted offsets where a number may be written in ``index``'s text."""
        words = self.words
        test = self.test
        if test is None:
            found = [
                start
                for start, low in zip(index.starts, index.lowers, strict=True)
                if low in words or (not low.isalpha() and not low.translate(_APOSTROPHES).isalpha())
            ]
        else:
            present = set(index.lowers)
            hits = self._triggers(present, test)
            found = [start for start, low in zip(index.starts, index.lowers, strict=True) if low in hits]
            if not (present.isdisjoint(self.joiners) or present.isdisjoint(self.leads)):
                found = sorted({*found, *self._pairs(index)})
        if self._loose is not None:
            found = sorted({*found, *(m.start() for m in self._loose.finditer(index.text))})
        return found

    def _triggers(self, lowers: set[str], test: Callable[[list[str]], Collection[str]]) -> set[str]:
        """The words of ``lowers`` (distinct, lower case) that may be or begin a number (``test`` asked once a word)."""
        known = self._known
        if len(known) > _KNOWN_WORDS:
            known.clear()  # bounded memory over an archive; the answers are asked again
        hits: set[str] = set()
        new: list[str] = []
        for low in lowers:
            hit = known.get(low)
            if hit is None:
                new.append(low)
            elif hit:
                hits.add(low)
        if not new:
            return hits
        words = self.words
        plain = [low for low in new if low in words or not low.translate(_APOSTROPHES).isalpha()]
        asked = set(new).difference(plain)
        numbers = set(test(sorted(asked))) if asked else set()
        for low in new:
            known[low] = hit = low in numbers or low not in asked
            if hit:
                hits.add(low)
        return hits

    def _pairs(self, index: WordIndex) -> list[int]:
        """The offsets of the words of ``joiners`` straight after a word of ``leads``."""
        leads, joiners, lowers = self.leads, self.joiners, index.lowers
        return [index.starts[i] for i in range(1, len(lowers)) if lowers[i] in joiners and lowers[i - 1] in leads]

    def regions(
        self, text: str, start: int, end: int, sentence_starts: Sequence[int], places: Sequence[int]
    ) -> list[tuple[int, int]]:
        """The ``(start, end)`` stretches of ``text[start:end]`` (one paragraph) that may hold a figure.

        ``places`` are the sorted offsets of :meth:`places`. Each stretch runs from a cut to a
        cut: ``start``, ``end``, or a sentence start (from ``sentence_starts``, sorted) whose
        first character is a capital letter. Stretches touching one another are merged.
        """
        p = bisect.bisect_left(places, start)
        if p >= len(places) or places[p] >= end:
            return []
        first = bisect.bisect_right(sentence_starts, start)
        last = bisect.bisect_left(sentence_starts, end)
        cuts = [s for s in sentence_starts[first:last] if _is_cut(text, s)]
        out: list[tuple[int, int]] = []
        while p < len(places) and places[p] < end:
            i = bisect.bisect_right(cuts, places[p])
            low = cuts[i - 1] if i > 0 else start
            high = cuts[i] if i < len(cuts) else end
            if out and low <= out[-1][1]:
                out[-1] = (out[-1][0], high)
            else:
                out.append((low, high))
            p = bisect.bisect_left(places, high, p)
        return out


_IN_WORDS: Final = re.compile(r"[^\W_]+")
"""What the word index reads as (part of) a word."""


def _is_cut(text: str, position: int) -> bool:
    """True where the scanner may start afresh: a sentence opening with a capital letter."""
    ch = text[position]
    return ch.isalpha() and ch.isupper()
