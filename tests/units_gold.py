"""Test support: the value+unit gold on real news and its score.

Eight batches in ``tests/data/real_news``: ``units_gold.jsonl`` (``dev``, the development set that
extraction is fixed against), ``units_gold_test.jsonl`` (``test``, held out: nobody fixes against
it), ``units_gold_final.jsonl`` (``final``, the final blind batch: nobody reads its errors before
the maintainers score it at the end), ``units_gold_blind2.jsonl`` (``blind2``, the second blind
batch, drawn once ``final`` had a regression floor: likewise nobody reads its errors before the
maintainers score it), ``units_gold_blind3.jsonl`` (``blind3``, the third blind batch, drawn once
``blind2`` had a regression floor: likewise scored by the maintainers only),
``units_gold_blind4.jsonl`` (``blind4``, the fourth blind batch, drawn once ``blind3`` had a floor and
its errors had been read, only from the documents of the blind half: likewise scored by the
maintainers only), ``units_gold_blind5.jsonl`` (``blind5``, the fifth blind batch, drawn once
``blind4`` had a floor and its errors had been read, from the blind half again, up to two sentences
per document: likewise scored by the maintainers only) and ``units_gold_blind6.jsonl`` (``blind6``, the
sixth blind batch, drawn once ``blind5`` had a floor and its errors had been read, from the blind half
again, up to three sentences per document: likewise scored by the maintainers only).

Used by ``tests/extract/test_units_gold.py`` and ``benchmarks/bench_units.py``. The gold's
conventions are in ``tests/data/real_news/README.md`` (section "units_gold.jsonl").

:func:`score` runs :func:`factcheck.extract` on each whole document of the gold, in its corpus's
locale (as users do), keeps the claims whose span lies inside a sampled sentence, and matches them
one to one with the gold figures of that sentence by span overlap. Three levels are scored:

- ``value``: the claim's value is the gold value (to within 0.1%: "one in three" is 0.3333), or
  for a gold range, the claim's bounds are its low and high;
- ``value+unit``: the value, and the claim's pint unit is the gold's parsed unit (so spellings
  do not matter: "mile_per_hour" is "mile / hour"; a currency is its ISO code);
- ``value+unit+counted``: both, and the claim's counted noun (``counted`` of a count, an absolute change or a rate,
  else none) is the gold's.

At each level a matched pair that agrees is a true positive; every other claim is a false
positive and every other gold figure a miss. A gold figure marked ``optional`` is neither a miss
nor, when matched, a true positive: the claims matched to it, and claims that overlap it and are
matched to nothing else, are left out of precision.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from factcheck.units import registry, unit
from tests.quiet import extract_quietly
from tests.real_news import CORPORA, DATA, Document, documents

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pint

    from factcheck import Claim

GOLD_PATH = DATA / "units_gold.jsonl"
TEST_PATH = DATA / "units_gold_test.jsonl"
FINAL_PATH = DATA / "units_gold_final.jsonl"
BLIND2_PATH = DATA / "units_gold_blind2.jsonl"
BLIND3_PATH = DATA / "units_gold_blind3.jsonl"
BLIND4_PATH = DATA / "units_gold_blind4.jsonl"
BLIND5_PATH = DATA / "units_gold_blind5.jsonl"
BLIND6_PATH = DATA / "units_gold_blind6.jsonl"
BATCHES = {
    "dev": GOLD_PATH,
    "test": TEST_PATH,
    "final": FINAL_PATH,
    "blind2": BLIND2_PATH,
    "blind3": BLIND3_PATH,
    "blind4": BLIND4_PATH,
    "blind5": BLIND5_PATH,
    "blind6": BLIND6_PATH,
}
"""The gold's batches by name: the development set, the held-out test set, the final blind set, the
second, the third, the fourth, the fifth and the sixth blind set."""
LEVELS = ("value", "value+unit", "value+unit+counted")
TOLERANCE = Decimal("0.001")


@dataclass(frozen=True)
class Figure:
    """One gold figure."""

    start: int
    end: int
    text: str
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    counted: str | None
    optional: bool


@dataclass(frozen=True)
class Sentence:
    """One sampled sentence and its gold figures."""

    corpus: str
    document: str
    start: int
    end: int
    text: str
    figures: tuple[Figure, ...]


def load(path: Any = GOLD_PATH) -> list[Sentence]:
    """The gold sentences, in file order."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    sentences = []
    for row in rows:
        figures = tuple(
            Figure(
                start=f["start"],
                end=f["end"],
                text=f["text"],
                value=Decimal(f["value"]) if "value" in f else None,
                low=Decimal(f["low"]) if "low" in f else None,
                high=Decimal(f["high"]) if "high" in f else None,
                unit=f["unit"],
                counted=f.get("counted"),
                optional=bool(f.get("optional", False)),
            )
            for f in row["figures"]
        )
        sentences.append(Sentence(row["corpus"], row["document"], row["start"], row["end"], row["text"], figures))
    return sentences


def gold_documents(sentences: Iterable[Sentence]) -> dict[str, Document]:
    """The documents the gold's sentences come from, by id."""
    wanted = {s.document for s in sentences}
    return {d.id: d for d in documents() if d.id in wanted}


def _close(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def value_agrees(figure: Figure, claim: Claim) -> bool:
    amount = claim.amount
    if figure.value is None:
        low, high = amount.low, amount.high
        return low is not None and high is not None and figure.low == low and figure.high == high
    return _close(figure.value, amount.value)


def same_unit(a: pint.Unit, b: pint.Unit) -> bool:
    """The same unit however spelled: equal, or of one dimension with a factor of exactly 1
    ("mile_per_hour" is "mile / hour"; "percent" is not "dimensionless", nor "penny" "GBP")."""
    if a == b:
        return True
    if a.dimensionality != b.dimensionality:
        return False
    return bool(registry().Quantity(Decimal(1), a).to(b).magnitude == 1)


def unit_agrees(figure: Figure, claim: Claim) -> bool:
    return same_unit(unit(figure.unit), claim.amount.unit)


def counted_of(claim: Claim) -> str | None:
    """The claim's counted noun: ``counted`` of a count, an absolute change or a rate, else ``None``."""
    counted = getattr(claim, "counted", None)
    return counted if isinstance(counted, str) else None


def agrees(figure: Figure, claim: Claim, level: str) -> bool:
    """Whether the claim reads the figure right at ``level`` (one of :data:`LEVELS`)."""
    if not value_agrees(figure, claim):
        return False
    if level == "value":
        return True
    if not unit_agrees(figure, claim):
        return False
    return level == "value+unit" or counted_of(claim) == figure.counted


@dataclass
class Match:
    """What one sentence gave: the gold figures matched to claims, the rest of each."""

    sentence: Sentence
    pairs: list[tuple[Figure, Claim]] = field(default_factory=list)
    missed: list[Figure] = field(default_factory=list)
    extra: list[Claim] = field(default_factory=list)
    ignored: list[Claim] = field(default_factory=list)
    """Claims matched to an optional figure, or overlapping one and matched to nothing."""


def _overlap(figure: Figure, claim: Claim) -> int:
    assert claim.span is not None
    return min(figure.end, claim.span.end) - max(figure.start, claim.span.start)


def match(sentence: Sentence, claims: Iterable[Claim]) -> Match:
    """Gold figures and claims of one sentence paired one to one by span overlap: pairs of a
    required figure first, then those whose values agree, then the largest overlap."""
    inside = [c for c in claims if c.span is not None and sentence.start <= c.span.start and c.span.end <= sentence.end]
    candidates = [
        (not f.optional, value_agrees(f, c), _overlap(f, c), -fi, -ci)
        for fi, f in enumerate(sentence.figures)
        for ci, c in enumerate(inside)
        if _overlap(f, c) > 0
    ]
    candidates.sort(reverse=True)
    used_f: set[int] = set()
    used_c: set[int] = set()
    result = Match(sentence)
    for *_, nfi, nci in candidates:
        fi, ci = -nfi, -nci
        if fi in used_f or ci in used_c:
            continue
        used_f.add(fi)
        used_c.add(ci)
        figure, claim = sentence.figures[fi], inside[ci]
        if figure.optional:
            result.ignored.append(claim)
        else:
            result.pairs.append((figure, claim))
    result.missed = [f for i, f in enumerate(sentence.figures) if i not in used_f and not f.optional]
    for ci, claim in enumerate(inside):
        if ci in used_c:
            continue
        if any(f.optional and _overlap(f, claim) > 0 for f in sentence.figures):
            result.ignored.append(claim)
        else:
            result.extra.append(claim)
    return result


@dataclass
class Counts:
    """True positives, claims counted for precision and gold figures counted for recall."""

    tp: int = 0
    claims: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return 100 * self.tp / self.claims if self.claims else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def extract_all(sentences: Iterable[Sentence]) -> dict[str, list[Claim]]:
    """``factcheck.extract`` of each gold document, whole, in its corpus's locale."""
    docs = gold_documents(sentences)
    return {doc_id: list(extract_quietly(doc.text, doc.corpus.locale)) for doc_id, doc in docs.items()}


def matches(sentences: list[Sentence], claims: dict[str, list[Claim]] | None = None) -> list[Match]:
    """Each sentence matched against what factcheck extracts from its document."""
    if claims is None:
        claims = extract_all(sentences)
    return [match(s, claims[s.document]) for s in sentences]


def score(matched: Iterable[Match]) -> dict[str, dict[str, Counts]]:
    """Counts per corpus label (and ``"all"``) per level."""
    labels = {c.name: c.label for c in CORPORA}
    table: dict[str, dict[str, Counts]] = defaultdict(lambda: {level: Counts() for level in LEVELS})
    for m in matched:
        for key in (labels[m.sentence.corpus], "all"):
            for level in LEVELS:
                counts = table[key][level]
                counts.tp += sum(agrees(f, c, level) for f, c in m.pairs)
                counts.claims += len(m.pairs) + len(m.extra)
                counts.gold += len(m.pairs) + len(m.missed)
    return dict(table)
