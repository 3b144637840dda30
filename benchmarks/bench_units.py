"""Benchmark: value and unit of the figures factcheck reads, against our hand gold on real news.

Run from the project's root::

    python benchmarks/bench_units.py                      # precision, recall and F1 per corpus and overall
    python benchmarks/bench_units.py --gold test          # one batch only (dev ... blind6)
    python benchmarks/bench_units.py --gold dev --errors   # and every disagreement, sentence by sentence

The gold is three batches of 240 sentences of the real news corpus (80 GOV.UK, 80 Wikinews, 80
Congressional Record each), a fourth and a fifth of 180 (60 of each) and a sixth, a seventh and an
eighth of 144 (48 of each), every figure annotated by hand with its value, its unit as a pint expression and,
for counts, the counted noun (conventions in ``tests/data/real_news/README.md``): ``dev`` is
``tests/data/real_news/units_gold.jsonl``, the development set extraction is fixed against; ``test``
is ``units_gold_test.jsonl``, held out, which nobody fixes against; ``final`` is
``units_gold_final.jsonl``, the final blind batch, whose errors nobody reads before the maintainers
score it at the end; ``blind2`` is ``units_gold_blind2.jsonl``, the second blind batch, drawn once
``final`` had a regression floor, likewise scored by the maintainers only; ``blind3`` is
``units_gold_blind3.jsonl``, the third blind batch, drawn once ``blind2`` had a regression floor,
likewise scored by the maintainers only; ``blind4`` is ``units_gold_blind4.jsonl``, the fourth blind
batch, drawn once ``blind3`` had a floor, only from the documents of the blind half, likewise scored
by the maintainers only; ``blind5`` is ``units_gold_blind5.jsonl``, the fifth blind batch, drawn
once ``blind4`` had a floor, from the blind half again (up to two sentences per document), likewise
scored by the maintainers only; ``blind6`` is ``units_gold_blind6.jsonl``, the sixth blind batch,
drawn once ``blind5`` had a floor, from the blind half again (up to three sentences per document),
scored once, blind, at the end of the sixth round (none is blind now).
``--gold all`` (the default) prints a table for each and one for all of them together. While a
batch is blind (those in :data:`BLIND`), ``--errors`` leaves its disagreements out unless it is
named alone (``--gold blind6 --errors`` was, for the maintainers when they scored it).

``factcheck.extract`` runs on each whole document in its corpus's locale; the claims inside a
sampled sentence are matched one to one with its gold figures by span overlap (see
``tests/units_gold.py``) and scored at three levels: value, value+unit and value+unit+counted
noun.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: the test support lives in tests/
    sys.path.insert(0, str(ROOT))

from factcheck.units import name  # noqa: E402
from tests.real_news import CORPORA  # noqa: E402
from tests.units_gold import (  # noqa: E402
    BATCHES,
    LEVELS,
    Figure,
    Match,
    Sentence,
    agrees,
    counted_of,
    extract_all,
    load,
    matches,
    score,
)

BLIND: frozenset[str] = frozenset()  # blind6 was scored in round 6 (session 11), blind5 in round 5
"""Batches still blind: nobody reads their errors before the maintainers score them (then they leave
this set)."""


def describe_figure(f: Figure) -> str:
    value = f"{f.low}..{f.high}" if f.value is None else str(f.value)
    noun = f" [{f.counted}]" if f.counted else ""
    return f"{f.text!r} = {value} {f.unit}{noun}"


def describe_claim(c: object) -> str:
    amount = c.amount  # type: ignore[attr-defined]
    span = c.span  # type: ignore[attr-defined]
    value = str(amount.value)
    if amount.hedge.name == "RANGE":
        value = f"{amount.low}..{amount.high}"
    noun = counted_of(c)  # type: ignore[arg-type]
    noun_text = f" [{noun}]" if noun else ""
    return f"{span.text!r} = {value} {name(amount.unit)}{noun_text} ({c.kind})"  # type: ignore[attr-defined]


def errors(matched: list[Match], batch: str) -> list[str]:
    lines: list[str] = []
    for i, m in enumerate(matched):
        problems = []
        for f, c in m.pairs:
            if not agrees(f, c, "value"):
                problems.append(f"  wrong value:   gold {describe_figure(f)}; got {describe_claim(c)}")
            elif not agrees(f, c, "value+unit"):
                problems.append(f"  wrong unit:    gold {describe_figure(f)}; got {describe_claim(c)}")
            elif not agrees(f, c, "value+unit+counted"):
                problems.append(f"  wrong noun:    gold {describe_figure(f)}; got {describe_claim(c)}")
        problems += [f"  missed:        gold {describe_figure(f)}" for f in m.missed]
        problems += [f"  not in gold:   got {describe_claim(c)}" for c in m.extra]
        if problems:
            s = m.sentence
            lines.append(f"{batch}#{i} {s.document} {s.start}-{s.end}: {' '.join(s.text.split())}")
            lines.extend(problems)
    return lines


def table(name: str, sentences: list[Sentence], matched: list[Match]) -> None:
    scores = score(matched)
    figures = sum(1 for s in sentences for f in s.figures)
    optional = sum(1 for s in sentences for f in s.figures if f.optional)
    print(
        f"Value+unit gold, {name}: {len(sentences)} sentences, {figures} figures ({optional} optional), "
        f"{len({s.document for s in sentences})} documents\n"
    )
    print(f"{'':22}" + "".join(f"{level:>24}" for level in LEVELS))
    print(f"{'':22}" + "".join(f"{'P     R     F1':>24}" for _ in LEVELS))
    for label in [*(c.label for c in CORPORA), "all"]:
        row = scores[label]
        gold, claims = row["value"].gold, row["value"].claims
        cells = "".join(
            f"{row[level].precision:>12.1f}{row[level].recall:>6.1f}{row[level].f1:>6.1f}" for level in LEVELS
        )
        print(f"{label:<22}{cells}   (gold {gold}, claims {claims})")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--gold",
        choices=[*BATCHES, "all"],
        default="all",
        help="dev: units_gold.jsonl; test: units_gold_test.jsonl (held out); final: units_gold_final.jsonl "
        "(final blind batch); blind2: units_gold_blind2.jsonl (second blind batch); blind3: units_gold_blind3.jsonl "
        "(third blind batch); blind4: units_gold_blind4.jsonl (fourth blind batch); blind5: units_gold_blind5.jsonl "
        "(fifth blind batch); blind6: units_gold_blind6.jsonl (sixth blind batch); all: each and all together "
        "(default)",
    )
    parser.add_argument("--errors", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    batches = {batch: load(BATCHES[batch]) for batch in (BATCHES if args.gold == "all" else [args.gold])}
    claims = extract_all([s for sentences in batches.values() for s in sentences])
    matched = {batch: matches(sentences, claims) for batch, sentences in batches.items()}
    for batch, sentences in batches.items():
        table(f"{batch} ({BATCHES[batch].name})", sentences, matched[batch])
    if len(batches) > 1:
        both = [s for sentences in batches.values() for s in sentences]
        *rest, last = batches
        table(f"{', '.join(rest)} and {last} together", both, [m for found in matched.values() for m in found])
    if args.errors:
        for batch, found in matched.items():
            if batch in BLIND and len(batches) > 1:
                print(f"{batch}: blind, its errors left out (see --gold {batch} --errors)")
                continue
            print("\n".join(errors(found, batch)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
