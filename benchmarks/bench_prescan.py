"""The German, French and Spanish pre-scan: what it skips, what it costs, extract's CPU time against another checkout.

Run from the repository root with the Recognizers-Text spec folder (as ``snapshot.py --specs``):

    .venv/bin/python benchmarks/bench_prescan.py --specs DIR                       # skipped share, cost
    .venv/bin/python benchmarks/bench_prescan.py --specs DIR --ab OTHER_CHECKOUT   # A/B, alternating

The texts, per language (German, French, Spanish specs of ``Number`` and ``NumberWithUnit``):

* ``specs``: each spec file's cases joined by blank lines, in its locale (the snapshot's texts);
* ``long``: every case of the language in one text, four times over;
* ``prose``: each case followed by two sentences without a number (written for this benchmark),
  five cases to a paragraph, twice over: a stand-in for news, where most sentences hold no figure
  (the cases alone are nearly all figures).

Without ``--ab``: the share of characters the pre-scan lets the scanner skip, and the time of
:meth:`PreScan.places` on a fresh pre-scan (each distinct word asked) and on a used one. With
``--ab``: ``extract`` over the texts of each kind in fresh interpreters, this checkout and the
other alternating (``--rounds``), CPU seconds after a warm-up, the median, and whether both give
the same claims (a hash of their ``repr``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALES = {"German": "de_DE", "French": "fr_FR", "Spanish": "es_ES"}
KINDS = ("specs", "long", "prose")
PROSE = {
    "de_DE": (
        "Der Ausschuss beriet am Nachmittag über den Entwurf.",
        "Die Opposition kritisierte das scharf.",
    ),
    "fr_FR": ("La commission a examiné le projet dans l'après-midi.", "L'opposition a vivement critiqué la démarche."),
    "es_ES": ("La comisión examinó el proyecto por la tarde.", "La oposición criticó con dureza la actuación."),
}


def texts(specs: Path, kind: str) -> list[tuple[str, str]]:
    """(text, locale) of one kind (see the module docstring)."""
    files: list[tuple[list[str], str]] = []
    for path in sorted(specs.rglob("*.json")):
        locale = LOCALES.get(path.parent.name)
        if locale is not None:
            files.append(([case["Input"] for case in json.loads(path.read_text(encoding="utf-8-sig"))], locale))
    if kind == "specs":
        return [("\n\n".join(cases), locale) for cases, locale in files]
    out = []
    for locale in LOCALES.values():
        cases = [case for found, loc in files if loc == locale for case in found]
        if kind == "long":
            out.append(("\n\n".join(cases * 4), locale))
        else:
            first, second = PROSE[locale]
            sentences = [f"{case.strip().rstrip('.')}. {first} {second}" for case in cases]
            paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
            out.append(("\n\n".join(paragraphs * 2), locale))
    return out


def skipped(specs: Path) -> None:
    """Print the share the scanner skips and the pre-scan's own time, per kind and language."""
    from factcheck._extract.pipeline import prescan  # noqa: PLC0415  (this checkout's, on sys.path)
    from factcheck._extract.text.prescan import PreScan  # noqa: PLC0415
    from factcheck._extract.text.sentences import layout  # noqa: PLC0415
    from factcheck._extract.text.wordindex import WordIndex  # noqa: PLC0415

    for kind in KINDS:
        for locale in LOCALES.values():
            chosen = [text for text, loc in texts(specs, kind) if loc == locale]
            used = prescan(locale)
            assert used is not None
            total = read = 0
            fresh_s = warm_s = 0.0
            for text in chosen:
                lay, index = layout(text), WordIndex(text)
                total += len(text)
                fresh = PreScan(used.words, used.symbols, used.test, pairs=(used.leads, used.joiners))
                start = time.process_time()
                places = fresh.places(index)
                fresh_s += time.process_time() - start
                start = time.process_time()
                fresh.places(index)
                warm_s += time.process_time() - start
                ends = [*lay.paragraph_starts[1:], len(text)]
                for a, b in zip(lay.paragraph_starts, ends, strict=True):
                    read += sum(y - x for x, y in fresh.regions(text, a, b, lay.sentence_starts, places))
            print(
                f"{kind:6} {locale}: {total:>8,} chars, scanned {read / total:6.1%}, skipped {1 - read / total:6.1%};"
                f" pre-scan {fresh_s * 1000:6.1f} ms fresh, {warm_s * 1000:5.1f} ms used"
            )


_CHILD = """
import hashlib, json, sys, time
from pathlib import Path
import factcheck
chosen = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
for locale in ("de_DE", "fr_FR", "es_ES"):
    factcheck.extract("Es kamen 5 Leute, un tiers, dos millones.", locale=locale)
start = time.process_time()
out = [factcheck.extract(text, locale=locale) for text, locale in chosen]
cpu = time.process_time() - start
print(cpu, sum(len(t) for t, _ in chosen), hashlib.sha256(repr(out).encode()).hexdigest()[:16])
"""


def ab(specs: Path, other: Path, rounds: int) -> None:
    """Print extract's CPU seconds here and in ``other``, alternating, per kind."""
    for kind in KINDS:
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".json", delete=False) as handle:
            json.dump(texts(specs, kind), handle)
        cpu: dict[Path, list[float]] = {ROOT: [], other: []}
        hashes: dict[Path, set[str]] = {ROOT: set(), other: set()}
        chars = 0
        for i in range(rounds):
            for tree in (ROOT, other) if i % 2 == 0 else (other, ROOT):
                env = dict(os.environ, PYTHONPATH=str(tree))
                args = [sys.executable, "-c", _CHILD, handle.name]
                seconds, size, digest = subprocess.run(
                    args, cwd=tree, env=env, capture_output=True, text=True, check=True
                ).stdout.split()
                cpu[tree].append(float(seconds))
                hashes[tree].add(digest)
                chars = int(size)
        Path(handle.name).unlink()
        here, there = statistics.median(cpu[ROOT]), statistics.median(cpu[other])
        same = "same claims" if hashes[ROOT] == hashes[other] and len(hashes[ROOT]) == 1 else "CLAIMS DIFFER"
        print(
            f"{kind:6} {chars:>8,} chars: this checkout {here:.3f} CPU s, {other} {there:.3f};"
            f" ratio {here / there:.3f} (median of {rounds}); {same}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, required=True, help="the Recognizers-Text Specs folder")
    parser.add_argument("--ab", type=Path, help="another checkout to time extract against")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if args.ab is None:
        skipped(args.specs)
    else:
        ab(args.specs, args.ab.resolve(), args.rounds)


if __name__ == "__main__":
    main()
