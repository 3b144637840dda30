"""The sentence sample behind ``tests/data/real_news/units_gold.jsonl`` (the value+unit gold).

Run from the project's root::

    python benchmarks/gold_sample.py              # the sample as JSON Lines on stdout
    python benchmarks/gold_sample.py --check      # exit 1 unless the gold file holds exactly this sample

For each of the three corpora of ``tests/data/real_news`` (see its README.md), 80 sentences, each
from a different document: the documents are drawn with a fixed seed, and from each one sentence
is drawn among those that hold a digit or an English number word ("seven", "dozen") and are at
most 400 characters long. Sentences are factcheck's own (``factcheck._extract.text.sentences.layout``,
as :func:`factcheck.extract` lays out a text), with surrounding white space trimmed. Each line is
``{"corpus", "document", "start", "end", "text"}``: ``document[start:end] == text``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

from factcheck._extract.text.sentences import layout  # noqa: E402
from tests.real_news import CORPORA, DATA, Document, documents  # noqa: E402

SEED = 20261204
PER_CORPUS = 80
MAX_CHARS = 400
GOLD = DATA / "units_gold.jsonl"

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen dozens"
)
_FIGURE = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.IGNORECASE)


def sentences(document: Document) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every sentence of the document, white space trimmed, empty ones left out."""
    text = document.text
    starts = layout(text).sentence_starts
    ends = [*starts[1:], len(text)]
    found = []
    for start, end in zip(starts, ends, strict=True):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if start + lead < end - trail:
            found.append((start + lead, end - trail))
    return found


def eligible(text: str) -> bool:
    """A sentence the sample may take: a digit or a number word, at most 400 characters."""
    return len(text) <= MAX_CHARS and _FIGURE.search(text) is not None


def sample() -> list[dict[str, object]]:
    """The sample, corpus by corpus in the order of ``CORPORA``, in document order within each."""
    rng = random.Random(SEED)
    rows: list[dict[str, object]] = []
    for corpus in CORPORA:
        docs = list(documents([corpus]))
        order = list(range(len(docs)))
        rng.shuffle(order)
        picked: list[tuple[int, int, int]] = []
        for i in order:
            doc = docs[i]
            spans = [(s, e) for s, e in sentences(doc) if eligible(doc.text[s:e])]
            if not spans:
                continue
            s, e = rng.choice(spans)
            picked.append((i, s, e))
            if len(picked) == PER_CORPUS:
                break
        for i, s, e in sorted(picked):
            doc = docs[i]
            rows.append({"corpus": corpus.name, "document": doc.id, "start": s, "end": e, "text": doc.text[s:e]})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the gold file's sentences")
    args = parser.parse_args()
    rows = sample()
    if args.check:
        keys = ("corpus", "document", "start", "end", "text")
        gold = [json.loads(line) for line in Path(GOLD).read_text(encoding="utf-8").splitlines() if line]
        same = [{k: g[k] for k in keys} for g in gold] == rows
        print("gold holds the sample" if same else "gold and sample differ")
        return 0 if same else 1
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
