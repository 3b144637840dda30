"""Extraction speed on the real documents of ``tests/data/real_news/``, in characters per second of CPU time.

Run from the repository root, and compare two checkouts by putting one first on the path:

    python benchmarks/bench_real_text.py
    PYTHONPATH=../other-checkout python benchmarks/bench_real_text.py

One process: after a warm-up of 20 documents, ``factcheck.extract`` reads every GOV.UK and
Wikinews document once. Machines are noisy: compare two checkouts in the same session.
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

from factcheck import extract

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "real_news"
FILES = ("govuk_publishing_api_examples", "wikinews_en_2019_2020")


def main() -> int:
    """Print characters per second of CPU time through extract."""
    texts: list[str] = []
    for name in FILES:
        lines = gzip.decompress((DATA / f"{name}.jsonl.gz").read_bytes()).decode("utf-8").split("\n")
        texts.extend(json.loads(line)["text"] for line in lines if line)
    for text in texts[:20]:
        extract(text)
    start = time.process_time()
    for text in texts:
        extract(text)
    seconds = time.process_time() - start
    print(
        f"{len(texts)} documents, {sum(map(len, texts)):,} characters: {sum(map(len, texts)) / seconds:,.0f} per second"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
