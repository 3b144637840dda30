"""The extraction pipeline: text -> scan -> read -> link, and the drafts finished as claims.

:func:`run` is what :func:`factcheck.extract` calls: the layout finds sentences and clauses
(``text.sentences``), years and dates become periods (``text.periods``), the scanner finds figures
paragraph by paragraph (``scan.scanner``), each figure is read in its clause (``read.claim_builder``)
and the figures of a sentence or passage are linked (``link.rules``).
"""

from __future__ import annotations

import functools
import heapq
import re
from typing import TYPE_CHECKING

from factcheck._extract.link.rules import link
from factcheck._extract.read.claim_builder import Reader
from factcheck._extract.read.draft import bare_in_prose, finish
from factcheck._extract.scan.generic.tables import GENERIC_LANGUAGES
from factcheck._extract.scan.generic.triggers import numbers_among, trigger_pairs, trigger_words
from factcheck._extract.scan.locale_tables import tables
from factcheck._extract.scan.notation import VULGAR_FRACTIONS
from factcheck._extract.scan.scanner import scan
from factcheck._extract.text.periods import find_periods
from factcheck._extract.text.prescan import PreScan
from factcheck._extract.text.sentences import layout
from factcheck._extract.text.vocabulary import ENGLISH
from factcheck._extract.text.wordindex import WordIndex
from factcheck._precision import DEFAULT_POLICY
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck._claims import Claim
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.scan.figure import Figure
    from factcheck._extract.text.periods import Dated
    from factcheck._extract.text.sentences import Layout
    from factcheck._precision import PrecisionPolicy

__all__ = ["prescan", "run"]


def run(
    text: str, locale: str = "en_GB", *, policy: PrecisionPolicy = DEFAULT_POLICY, bare_numbers: bool = False
) -> list[Claim]:
    """The pipeline behind :func:`factcheck.extract`: text, scan, read, link, then finish.

    Bare numbers in running prose are read and linked like every figure (they give context), then
    left out unless ``bare_numbers``: see :func:`factcheck.extract`.
    """
    lay = layout(text)
    tokens = WordIndex(text)
    periods = find_periods(tokens, locale)
    figures = _scan_paragraphs(text, lay, tokens, locale, policy, prescan(locale))
    reader = Reader(text, tokens, lay, locale, policy)
    drafts = _drafts(reader, _outside_links(text, figures), periods)
    link(drafts, reader, periods)
    live = [d for d in drafts if not d.consumed]
    dropped: set[int] = set()
    if not bare_numbers:
        used = {a for d in live for a in (d.before, d.after, d.part, d.total, d.restates, *d.parts) if a is not None}
        dropped = {id(d) for d in live if bare_in_prose(d, text, used)}
    # a consumed draft is a claim only when it is also stated as one: a duration that is another figure's span
    claims = [finish(d, text) for d in drafts if (d.stated if d.consumed else id(d) not in dropped)]
    if not reader.period_durations:
        return claims
    durations = (finish(d, text) for d in reader.period_durations)
    return list(heapq.merge(claims, durations, key=_start))


def _start(claim: Claim) -> int:
    return claim.span.start if claim.span is not None else 0


def _scan_paragraphs(  # noqa: PLR0917  (the pipeline's state, passed down once)
    text: str, lay: Layout, tokens: WordIndex, locale: str, policy: PrecisionPolicy, pre: PreScan | None
) -> list[Figure]:
    """The scanner's figures, paragraph by paragraph: no figure runs across a blank line.

    With a pre-scan, only the stretches of a paragraph that may hold a figure are scanned (see
    :mod:`factcheck._extract.text.prescan`); the figures are the same as with ``pre=None``.
    """
    places = pre.places(tokens) if pre is not None else []
    starts = lay.paragraph_starts
    ends = [*starts[1:], len(text)]
    figures: list[Figure] = []
    for start, end in zip(starts, ends, strict=True):
        pieces = [(start, end)] if pre is None else pre.regions(text, start, end, lay.sentence_starts, places)
        for a, b in pieces:
            found = scan(text[a:b], locale, policy=policy)
            figures.extend(f if a == 0 else f.shifted(a) for f in found)
    return figures


@functools.cache
def prescan(locale: str) -> PreScan | None:
    """The pre-scan of ``locale``: digits, fraction characters and its number words (``None``: read every sentence).

    The words are the lexicon's, as the scanner's number readers use them: the words that may
    begin a number (less the articles of "a third", "a dozen", which begin much else), every
    cardinal, multiplier, scale word, ordinal (a denominator: "a third"), fraction and
    vague amount ("hundreds of"). German, French and Spanish number words are read by text2num,
    and no list holds them all ("dreihundertvierundzwanzig"): there the lexicon's words are
    joined by a test each other word of letters is put to once
    (:mod:`factcheck._extract.scan.generic.triggers`). Other languages are read whole.
    """
    tabs = tables(locale)
    if tabs.lang in GENERIC_LANGUAGES:
        test = functools.partial(numbers_among, lang=tabs.lang)
        return PreScan(trigger_words(tabs.lang), VULGAR_FRACTIONS, test, pairs=trigger_pairs(tabs.lang))
    if tabs.lang != ENGLISH:
        return None
    lex = lexicon(tabs.lang)
    articles = lex.words("one_articles") | lex.words("vague_links")
    words: set[str] = set()
    for name in ("cardinal_units", "cardinal_tens", "multipliers", "dozens", "ordinals", "simple_fractions"):
        words.update(lex[name])
    words.update(lex.mapping("irregular_plurals").values())
    words.update(lex["vague_amounts"])
    words.update(part for key in tabs.scales.words for part in key)
    words.update(tabs.words.starters)
    spelt = {part for phrase in words for part in _PARTS.split(phrase.lower()) if part} - articles
    symbols = {w for w in spelt if not w[0].isalpha()}  # "¾": a fraction character, a number wherever it stands
    return PreScan(spelt - symbols, symbols)


_PARTS = re.compile(r"[\s\-]+")


_LINK = re.compile(r"[HhWw](?i:(?<=h)ttps?://|(?<=w)ww\.)[^\s<>\"]+")
"""A web address: "http://", "https://" or "www." in any case, then what is no space, angle bracket or quote.

The first letter is a set of its own cases rather than inside the case-blind group: ``re`` then
skips straight to the h's and w's of the text instead of trying the group at every character,
a quarter of the time on a long text. No other character matches "h" or "w" ignoring case. Each
branch looks back at its own first letter, so "HWW." and "Wttp://" are no addresses.
"""


def _outside_links(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures not inside a web address."""
    if "://" not in text and "www." not in text.lower():
        return figures
    links = [(m.start(), m.end()) for m in _LINK.finditer(text)]
    if not links:
        return figures
    kept = []
    i = 0
    for figure in figures:
        while i < len(links) and links[i][1] <= figure.start:
            i += 1
        if i < len(links) and links[i][0] < figure.end:
            continue
        kept.append(figure)
    return kept


def _outside(reader: Reader, figure: Figure, periods: Sequence[Dated]) -> list[Figure]:
    """The figures the scanner finds in ``figure``'s text before, between and after ``periods``.

    "390 in 2023" or "2022 to 29,400" read as one figure ran into a year: keep the rest. A figure
    may run over two periods: "from 2016-17 to 2019-20" scans as "17 to 2019", nothing outside
    either financial year.
    """
    found: list[Figure] = []
    edges = [figure.start]
    for period in periods:
        edges.extend((period.start, period.end))
    edges.append(figure.end)
    for start, end in zip(edges[::2], edges[1::2], strict=True):
        if end - start < 1:
            continue
        piece = reader.text[start:end]
        found.extend(f.shifted(start) for f in scan(piece, reader.locale, policy=reader.policy))
    return found


def _drafts(reader: Reader, figures: Sequence[Figure], periods: list[Dated]) -> list[Draft]:
    """Drafts for the figures that are claims, plus "doubled"-style words, in text order."""
    drafts: list[Draft] = []
    reader.know_figures(figures)
    p = 0
    for figure in figures:
        while p < len(periods) and periods[p].end <= figure.number_start:
            p += 1
        candidates = [figure]
        if p < len(periods) and periods[p].start < figure.number_end and figure.number_start < periods[p].end:
            # a year or a date; a figure that only runs into one ("390 in 2023") keeps its head
            q = p + 1
            while q < len(periods) and periods[q].start < figure.number_end:
                q += 1
            candidates = _outside(reader, figure, periods[p:q])
        for candidate in candidates:
            draft = reader.read(candidate)
            if draft is not None:
                drafts.append(draft)
    return reader.language.multipliers(drafts, reader)  # "doubled", "twice as many", "hat sich verdoppelt"
