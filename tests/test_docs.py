"""The `>>>` examples in the docs pages and the README run and print what they show.

Each page runs in a fresh interpreter, as a reader would run it, with warnings as errors.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(
    path
    for path in [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")]
    if "_build" not in path.parts and ">>>" in path.read_text(encoding="utf-8")
)

RUNNER = """
import doctest, io, re, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as page:
    # a closing code fence ends an example's expected output; blanking fences keeps line numbers
    text = re.sub(r"^[ \\t]*(```|~~~).*$", "", page.read(), flags=re.MULTILINE)
test = doctest.DocTestParser().get_doctest(text, {"__name__": "__docs__"}, path, path, 0)
report = io.StringIO()
doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE).run(test, out=report.write)
sys.stdout.write(report.getvalue())
"""


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_examples_run(path: Path) -> None:
    """Every example on the page gives the output written under it."""
    result = subprocess.run(  # noqa: S603  (our own interpreter and script)
        [sys.executable, "-W", "error", "-c", RUNNER, str(path)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert (result.stdout, result.stderr, result.returncode) == ("", "", 0), result.stdout + result.stderr
