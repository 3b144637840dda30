"""Write what factcheck says about a fixed set of texts, so two versions can be diffed byte for byte.

For a change that must not alter behaviour (a refactoring), or to see exactly what one alters:

    python benchmarks/snapshot.py OUT_BEFORE            # on the old checkout
    python benchmarks/snapshot.py OUT_AFTER             # on the new one
    diff -r OUT_BEFORE OUT_AFTER && echo IDENTICAL

``OUT/extract.jsonl`` holds, for each text, a ``### id locale`` line and then exactly what
``factcheck extract --format jsonl`` writes for it; ``OUT/check.txt`` every finding of
``check(extract(text))`` as code, severity and message. The texts are the tests' corpus
(``tests/corpus/news_en.toml``), the 936 real documents of ``tests/data/real_news/`` and the
sample article; ``--specs DIR`` adds every Recognizers-Text spec file (``*.json`` with an
``Input`` per case) below DIR, one text per file, its cases joined by blank lines, read in the
locale its folder names (English, German, French, Spanish).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = None

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the real-news loader lives in tests/; factcheck itself comes from
    sys.path.append(str(ROOT))  # wherever Python finds it first (PYTHONPATH=OTHER_CHECKOUT to compare)

from factcheck import check, extract  # noqa: E402
from factcheck.cli.extract_cmd import claim_record  # noqa: E402
from tests.real_news import documents  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Iterator

SPEC_LOCALES = {"English": "en_US", "German": "de_DE", "French": "fr_FR", "Spanish": "es_ES"}


def texts(specs: Path | None) -> Iterator[tuple[str, str, str]]:
    """(id, text, locale) for every text of the snapshot, in a fixed order."""
    if tomllib is not None:
        corpus = tomllib.loads((ROOT / "tests" / "corpus" / "news_en.toml").read_text(encoding="utf-8"))
        for case in corpus["case"]:
            yield f"corpus:{case['id']}", case["text"], case.get("locale", "en_GB")
    if specs is not None:
        for path in sorted(specs.rglob("*.json")):
            locale = SPEC_LOCALES.get(path.parent.name)
            if locale is None:
                continue
            cases = json.loads(path.read_text(encoding="utf-8-sig"))
            yield str(path.relative_to(specs)), "\n\n".join(case["Input"] for case in cases), locale
    for document in documents():
        yield document.id, document.text, document.corpus.locale
    yield "sample", (ROOT / "factcheck" / "data" / "sample_article.txt").read_text(encoding="utf-8"), "en_GB"


def main(argv: list[str] | None = None) -> int:
    """Write the snapshot; print how many texts it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write extract.jsonl and check.txt into")
    parser.add_argument("--specs", type=Path, help="a folder of Recognizers-Text spec files to add")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    count = 0
    with (
        (args.out / "extract.jsonl").open("w", encoding="utf-8") as claims_file,
        (args.out / "check.txt").open("w", encoding="utf-8") as findings_file,
    ):
        for ident, text, locale in texts(args.specs):
            claims = extract(text, locale=locale)
            claims_file.write(f"### {ident} {locale}\n")
            claims_file.writelines(json.dumps(claim_record(c), ensure_ascii=False) + "\n" for c in claims)
            findings_file.write(f"### {ident}\n")
            findings_file.writelines(f"{f.code} {f.severity.name} {f.message}\n" for f in check(claims).findings)
            count += 1
    print(f"{count} texts written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
