"""The sentence samples behind the value+unit gold: ``units_gold{,_test,_final,_blind2 ... _blind6}.jsonl``.

Run from the project's root::

    python benchmarks/gold_sample.py                       # batch 1 as JSON Lines on stdout
    python benchmarks/gold_sample.py --check               # exit 1 unless the gold file holds exactly this sample
    python benchmarks/gold_sample.py --batch 2 [--check]   # the same for batch 2 (the test set)
    python benchmarks/gold_sample.py --batch 3 [--check]   # the same for batch 3 (the final blind set)
    python benchmarks/gold_sample.py --batch 4 [--check]   # the same for batch 4 (the second blind set, blind2)
    python benchmarks/gold_sample.py --batch 5 [--check]   # the same for batch 5 (the third blind set, blind3)
    python benchmarks/gold_sample.py --batch 6 [--check]   # the same for batch 6 (the fourth blind set, blind4)
    python benchmarks/gold_sample.py --batch 7 [--check]   # the same for batch 7 (the fifth blind set, blind5)
    python benchmarks/gold_sample.py --batch 8 [--check]   # the same for batch 8 (the sixth blind set, blind6)

Batch 1 (``tests/data/real_news/units_gold.jsonl``, the development set): for each of the three
corpora of ``tests/data/real_news`` (see its README.md), 80 sentences, each from a different
document: the documents are drawn with a fixed seed, and from each one sentence is drawn among
those that hold a digit or an English number word ("seven", "dozen") and are at most 400
characters long. Sentences are factcheck's own (``factcheck._extract.text.sentences.layout``, as
:func:`factcheck.extract` lays out a text), with surrounding white space trimmed. Each line is
``{"corpus", "document", "start", "end", "text"}``: ``document[start:end] == text``.

Batch 2 (``tests/data/real_news/units_gold_test.jsonl``, the held-out test set, which nobody
fixes factcheck against) is drawn the same way with its own seed, one sentence per document from
the documents batch 1 did not draw from (GOV.UK's long pages are split into parts with ids ending
``#sNN``: a part is a document, as in batch 1, since GOV.UK has too few untouched pages), and only
among figure-rich sentences: at most 400 characters and holding at least two numbers (digit
groups such as "1,250.5" or number words), not counting years ("2017", "2017-18"), days of a
month ("28 June", "July 19"), times of day ("12:30", "9 a.m.") and digit strings that start with
a 0 (phone numbers, codes). Half of batch 1's sentences held no figure at all (dates, headers,
phone numbers); 44 of batch 2's 240 hold none.

Batch 3 (``tests/data/real_news/units_gold_final.jsonl``, the final blind set, whose errors nobody
reads before the maintainers score it at the end) takes figure-rich sentences as batch 2 does, with
its own seed, one per document, none overlapping (or equal to) a sentence of batches 1-2. It draws
first from the documents neither earlier batch drew from, then, where a corpus runs short, from the
others (a sentence of theirs that batches 1-2 did not take): 57 of GOV.UK's 80 sentences come from
documents of batches 1-2, 2 of Wikinews's, none of the Congressional Record's.

Batch 4 (``tests/data/real_news/units_gold_blind2.jsonl``, the second blind set, drawn once batch 3
had a regression floor and was blind no longer) is drawn as batch 3 is, with its own seed, 60
sentences per corpus, none overlapping (or equal to) a sentence of batches 1-3: documents none of
batches 1-3 drew from first, then the others.

Batch 5 (``tests/data/real_news/units_gold_blind3.jsonl``, the third blind set, drawn once batch 4
had a regression floor and was blind no longer) is drawn as batch 4 is, with its own seed, 60
sentences per corpus, none overlapping (or equal to) a sentence of batches 1-4: documents none of
batches 1-4 drew from first, then the others.

Batch 6 (``tests/data/real_news/units_gold_blind4.jsonl``, the fourth blind set, drawn once batch 5
had a regression floor and was blind no longer) is drawn as batch 5 is, with its own seed, 48
sentences per corpus, none overlapping (or equal to) a sentence of batches 1-5, and ONLY from the
documents of the blind half: those whose ``zlib.crc32(doc.id.encode("utf-8")) % 2 == 0``. The
other half is the audit half: in the session that drew batch 6, other helpers read sentences of
those documents (and factcheck's output on them) to find errors, so none of them may be in the
blind batch, and nobody reads the blind half for errors. No document of the blind half that
batches 1-5 left untouched holds a figure-rich sentence, so every sentence of batch 6 is another
sentence of a document an earlier batch drew from. Only 48 GOV.UK, 57 Wikinews and 83 Congressional
Record documents of the blind half have a figure-rich sentence left, so 60 per corpus, one per
document, cannot be drawn: batch 6 takes 48 per corpus, all that GOV.UK has. Each corpus draws with
a generator of its own, so the first sentences drawn from a corpus do not depend on how many are
drawn (the 40 per corpus first planned are among the 48).

Batch 7 (``tests/data/real_news/units_gold_blind5.jsonl``, the fifth blind set, drawn once batch 6
had a regression floor and its errors had been read) takes figure-rich sentences as batch 2 does,
none overlapping (or equal to) a sentence of batches 1-6, ONLY from the documents of the blind half
(as batch 6), each corpus with a generator of its own (seeded with ``SEED_BLIND5`` and the corpus's
name, as batch 6). After batches 1-6, only 43 GOV.UK, 39 Wikinews and 68 Congressional Record
documents of the blind half hold a figure-rich sentence left (446, 175 and 636 such sentences; not
overlapping a sentence of batches 1-6, but before leaving out those equal to one, 47, 39 and 69
documents with 452, 175 and 692: GOV.UK's pages repeat one another's sentences), so one sentence
per document cannot give 48 per corpus. Batch 7 takes 48 per corpus in two rounds: the documents
with a sentence left in a seeded order, one sentence from each; then, where a corpus runs short
(GOV.UK and Wikinews), a second sentence from documents already drawn, in a second seeded order of
them, until the corpus has 48; never more than two per document, and no two sentences of the batch
equal. So GOV.UK has 43 documents and 5 second sentences, Wikinews 39 documents and 9 second
sentences, the Congressional Record 48 documents with one sentence each.

Batch 8 (``tests/data/real_news/units_gold_blind6.jsonl``, the sixth blind set, drawn once batch 7
had a regression floor and its errors had been read) is drawn as batch 7 is, with its own seed
(``SEED_BLIND6`` and the corpus's name), 48 figure-rich sentences per corpus, none overlapping (or
equal to) a sentence of batches 1-7, ONLY from the documents of the blind half. After batches 1-7,
only 36 GOV.UK, 23 Wikinews and 55 Congressional Record documents of the blind half hold a
figure-rich sentence left (398, 127 and 577 such sentences; before leaving out those equal to one
of batches 1-7, 40, 23 and 61 documents with 404, 127 and 644). Two rounds do not give Wikinews 48
(23 documents, at most 46 sentences), so batch 8 draws in up to three rounds, each later round
running only while the corpus is short: the documents in a seeded order, one sentence from each;
then the documents drawn, in a second seeded order, a second sentence from each that has one; then,
in a third seeded order, a third. Never more than three per document, and no two sentences of the
batch equal. So GOV.UK has 36 documents (12 with a second sentence), Wikinews 23 documents (7 with
one sentence, 7 with two, 9 with three), the Congressional Record 48 documents with one sentence
each.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

from factcheck._extract.text.sentences import layout  # noqa: E402
from tests.real_news import CORPORA, DATA, Document, documents  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

SEED = 20261204
SEED_TEST = 20261205
SEED_FINAL = 20261206
SEED_BLIND2 = 20261207
SEED_BLIND3 = 20261208
SEED_BLIND4 = 20261209
SEED_BLIND5 = 20261210
SEED_BLIND6 = 20261211
PER_CORPUS = 80
PER_CORPUS_BLIND2 = 60
PER_CORPUS_BLIND3 = 60
PER_CORPUS_BLIND4 = 48
PER_CORPUS_BLIND5 = 48
PER_CORPUS_BLIND6 = 48
MAX_CHARS = 400
GOLD = DATA / "units_gold.jsonl"
GOLD_TEST = DATA / "units_gold_test.jsonl"
GOLD_FINAL = DATA / "units_gold_final.jsonl"
GOLD_BLIND2 = DATA / "units_gold_blind2.jsonl"
GOLD_BLIND3 = DATA / "units_gold_blind3.jsonl"
GOLD_BLIND4 = DATA / "units_gold_blind4.jsonl"
GOLD_BLIND5 = DATA / "units_gold_blind5.jsonl"
GOLD_BLIND6 = DATA / "units_gold_blind6.jsonl"
GOLDS = {
    1: GOLD,
    2: GOLD_TEST,
    3: GOLD_FINAL,
    4: GOLD_BLIND2,
    5: GOLD_BLIND3,
    6: GOLD_BLIND4,
    7: GOLD_BLIND5,
    8: GOLD_BLIND6,
}

_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion billions trillion dozen dozens"
)
_FIGURE = re.compile(r"\d|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*|\b(?:" + "|".join(_NUMBER_WORDS.split()) + r")\b", re.IGNORECASE)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_NOT_A_NUMBER = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?!\w)"  # 28 June
    r"|\b" + _MONTH + r"\s+\d{1,2}\b(?!,\d)"  # July 19
    r"|\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\b\.?)?"  # 12:30, 9.30 am
    r"|\b\d{1,2}\s*[ap]\.m\."  # 9 a.m.
    r"|\b(?:1[89]|20)\d\d(?:\s*[-–/]\s*\d\d(?!\d))?(?!\d|[.,]\d)"  # 2017, 2017-18
    r"|\b0\d+(?:[\s-]\d+)*"  # 0300 060 3900
)


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


def numbers(text: str) -> int:
    """How many numbers the text holds, leaving out years, days of a month, times and 0-led codes."""
    return len(_NUMBER.findall(_NOT_A_NUMBER.sub(" ", text)))


def figure_rich(text: str) -> bool:
    """A sentence batch 2 may take: at most 400 characters and at least two numbers."""
    return len(text) <= MAX_CHARS and numbers(text) >= 2


def sample(batch: int = 1) -> list[dict[str, object]]:
    """The sample, corpus by corpus in the order of ``CORPORA``, in document order within each (a new list)."""
    return [dict(row) for row in _sample(batch)]


@functools.cache
def _sample(batch: int) -> tuple[dict[str, object], ...]:
    """:func:`sample`, drawn once per batch: each later batch draws after all the earlier ones."""
    return tuple(_draw(batch))


def _draw(batch: int) -> list[dict[str, object]]:
    """Draw batch ``batch`` (see the module docstring)."""
    if batch == 3:
        return _sample_after([1, 2], SEED_FINAL, PER_CORPUS)
    if batch == 4:
        return _sample_after([1, 2, 3], SEED_BLIND2, PER_CORPUS_BLIND2)
    if batch == 5:
        return _sample_after([1, 2, 3, 4], SEED_BLIND3, PER_CORPUS_BLIND3)
    if batch == 6:
        return _sample_after([1, 2, 3, 4, 5], SEED_BLIND4, PER_CORPUS_BLIND4, blind_half)
    if batch == 7:
        return _sample_rounds([1, 2, 3, 4, 5, 6], SEED_BLIND5, PER_CORPUS_BLIND5, rounds=2)
    if batch == 8:
        return _sample_rounds([1, 2, 3, 4, 5, 6, 7], SEED_BLIND6, PER_CORPUS_BLIND6, rounds=3)
    if batch == 1:
        rng = random.Random(SEED)
        take, skip = eligible, set()
    else:
        rng = random.Random(SEED_TEST)
        take, skip = figure_rich, {str(row["document"]) for row in sample(1)}
    rows: list[dict[str, object]] = []
    for corpus in CORPORA:
        docs = list(documents([corpus]))
        order = list(range(len(docs)))
        rng.shuffle(order)
        picked: list[tuple[int, int, int]] = []
        for i in order:
            doc = docs[i]
            if doc.id in skip:
                continue
            spans = [(s, e) for s, e in sentences(doc) if take(doc.text[s:e])]
            if not spans:
                continue
            s, e = rng.choice(spans)
            picked.append((i, s, e))
            if len(picked) == PER_CORPUS:
                break
        rows.extend(_rows(corpus.name, docs, picked))
    return rows


def _rows(corpus: str, docs: list[Document], picked: list[tuple[int, int, int]]) -> list[dict[str, object]]:
    """The picked sentences (document index, start, end) as gold rows, in document order."""
    return [
        {"corpus": corpus, "document": docs[i].id, "start": s, "end": e, "text": docs[i].text[s:e]}
        for i, s, e in sorted(picked)
    ]


def blind_half(document: Document) -> bool:
    """Whether the document is in the blind half batches 6, 7 and 8 draw from (the other half is audited)."""
    return zlib.crc32(document.id.encode("utf-8")) % 2 == 0


def _sample_after(
    batches: list[int], seed: int, per_corpus: int, admit: Callable[[Document], bool] | None = None
) -> list[dict[str, object]]:
    """Batches 3 to 6: figure-rich sentences, ``per_corpus`` per corpus, one per document, none
    overlapping (or equal to) a sentence of the earlier ``batches``; documents none of them drew
    from first, then (where a corpus runs short) the others, each in a shuffled order of its own.
    With ``admit``, only the documents it admits (batch 6: the blind half), and each corpus with a
    generator of its own, seeded with ``seed`` and the corpus's name, so that the first ``n``
    sentences drawn from a corpus are the same whatever ``per_corpus`` is."""
    shared = random.Random(seed)
    taken, seen_texts = _taken(batches)
    rows: list[dict[str, object]] = []
    for corpus in CORPORA:
        rng = shared if admit is None else random.Random(f"{seed}:{corpus.name}")
        docs = list(documents([corpus]))
        admitted = [i for i, doc in enumerate(docs) if admit is None or admit(doc)]
        fresh = [i for i in admitted if docs[i].id not in taken]
        used = [i for i in admitted if docs[i].id in taken]
        rng.shuffle(fresh)
        rng.shuffle(used)
        picked: list[tuple[int, int, int]] = []
        for i in [*fresh, *used]:
            doc = docs[i]
            spans = open_sentences(doc, taken, seen_texts)
            if not spans:
                continue
            s, e = rng.choice(spans)
            picked.append((i, s, e))
            seen_texts.add(doc.text[s:e])
            if len(picked) == per_corpus:
                break
        rows.extend(_rows(corpus.name, docs, picked))
    return rows


def open_sentences(
    doc: Document, taken: dict[str, list[tuple[int, int]]], seen_texts: set[str]
) -> list[tuple[int, int]]:
    """The figure-rich sentences of ``doc`` that overlap no ``taken`` span of it and equal none of ``seen_texts``."""
    return [
        (s, e)
        for s, e in sentences(doc)
        if figure_rich(doc.text[s:e])
        and doc.text[s:e] not in seen_texts
        and all(e <= ts or te <= s for ts, te in taken.get(doc.id, []))
    ]


def _taken(batches: list[int]) -> tuple[dict[str, list[tuple[int, int]]], set[str]]:
    """The spans of the earlier ``batches``' sentences by document, and their texts."""
    earlier = [row for b in batches for row in sample(b)]
    taken: dict[str, list[tuple[int, int]]] = {}
    for row in earlier:
        taken.setdefault(str(row["document"]), []).append((int(str(row["start"])), int(str(row["end"]))))
    return taken, {str(row["text"]) for row in earlier}


def candidates(
    taken: dict[str, list[tuple[int, int]]], seen_texts: set[str]
) -> dict[str, dict[int, list[tuple[int, int]]]]:
    """Per corpus, the blind-half documents (by index) with figure-rich sentences that overlap no
    ``taken`` span of theirs and equal none of the ``seen_texts``, and those sentences."""
    found: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for corpus in CORPORA:
        docs = list(documents([corpus]))
        found[corpus.name] = {}
        for i, doc in enumerate(docs):
            if not blind_half(doc):
                continue
            spans = open_sentences(doc, taken, seen_texts)
            if spans:
                found[corpus.name][i] = spans
    return found


def _draw_one(
    rng: random.Random,
    doc: Document,
    index: int,
    spans: list[tuple[int, int]],
    *,
    seen_texts: set[str],
    picked: list[tuple[int, int, int]],
) -> None:
    """Draw one of ``spans`` of ``doc`` whose text is not yet seen into ``picked``, if there is one."""
    left = [span for span in spans if doc.text[span[0] : span[1]] not in seen_texts]
    if left:
        s, e = rng.choice(left)
        picked.append((index, s, e))
        seen_texts.add(doc.text[s:e])


def _sample_rounds(batches: list[int], seed: int, per_corpus: int, *, rounds: int) -> list[dict[str, object]]:
    """Batches 7 and 8: figure-rich sentences of the blind half, ``per_corpus`` per corpus, none
    overlapping (or equal to) a sentence of the earlier ``batches``. Each corpus has a generator of
    its own (``seed`` and the corpus's name). First round: the documents with a sentence left, in a
    seeded order, one sentence from each. Each later round, while the corpus runs short: the
    documents drawn in the first round, in a new seeded order, another sentence from each that has
    one; never more than ``rounds`` sentences of one document (batch 7: two; batch 8: three)."""
    taken, seen_texts = _taken(batches)
    found = candidates(taken, seen_texts)
    rows: list[dict[str, object]] = []
    for corpus in CORPORA:
        rng = random.Random(f"{seed}:{corpus.name}")
        docs = list(documents([corpus]))
        left = found[corpus.name]
        picked: list[tuple[int, int, int]] = []
        first = sorted(left)
        rng.shuffle(first)
        for i in first:
            _draw_one(rng, docs[i], i, left[i], seen_texts=seen_texts, picked=picked)
            if len(picked) == per_corpus:
                break
        drawn = [i for i, _, _ in picked]
        for _ in range(rounds - 1):
            again = list(drawn)
            rng.shuffle(again)
            for i in again:
                if len(picked) == per_corpus:
                    break
                _draw_one(rng, docs[i], i, left[i], seen_texts=seen_texts, picked=picked)
        rows.extend(_rows(corpus.name, docs, picked))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the gold file's sentences")
    parser.add_argument(
        "--batch",
        type=int,
        choices=sorted(GOLDS),
        default=1,
        help="1: the dev set, 2: the test set, 3: the final set, 4: the second blind set (blind2), "
        "5: the third blind set (blind3), 6: the fourth blind set (blind4), 7: the fifth blind set (blind5), "
        "8: the sixth blind set (blind6)",
    )
    args = parser.parse_args()
    rows = sample(args.batch)
    if args.check:
        keys = ("corpus", "document", "start", "end", "text")
        path = Path(GOLDS[args.batch])
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        same = [{k: g[k] for k in keys} for g in gold] == rows
        print("gold holds the sample" if same else "gold and sample differ")
        return 0 if same else 1
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
