"""The `>>>` examples in the docs pages and the README run and print what they show."""

from __future__ import annotations

import doctest
import io
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
FENCE = re.compile(r"^[ \t]*(```|~~~).*$", re.MULTILINE)
PAGES = sorted(
    path
    for path in [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")]
    if "_build" not in path.parts and ">>>" in path.read_text(encoding="utf-8")
)


def examples(path: Path) -> doctest.DocTest:
    """The page's examples; a closing code fence ends an example's expected output."""
    text = FENCE.sub("", path.read_text(encoding="utf-8"))  # same line numbers, fences blanked
    return doctest.DocTestParser().get_doctest(text, {"__name__": "__docs__"}, path.name, str(path), 0)


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_examples_run(path: Path) -> None:
    """Every example on the page gives the output written under it."""
    report = io.StringIO()
    doctest.DocTestRunner(optionflags=FLAGS).run(examples(path), out=report.write, clear_globs=True)
    output = report.getvalue()
    assert output == "", output
