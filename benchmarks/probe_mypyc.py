"""A probe, not a build: how much faster is extraction compiled with mypyc? (issue 13, item 1)

Copies this checkout's committed tree (``git archive HEAD``) to ``--out``, makes the few edits
mypyc needs in the copy only, and compiles the extraction stages there with ``--mypyc`` (from a
venv of its own: ``python -m venv /tmp/speedvenv && /tmp/speedvenv/bin/pip install
"mypy[mypyc]" setuptools attrs babel cattrs pint text2num``; the same Python as the one you
measure with). Then, from the copy's root::

    python /path/to/checkout/benchmarks/bench_process.py --against /path/to/checkout
    python benchmarks/ab_extract.py /path/to/checkout OUT --rounds 5

What is compiled: every module of ``factcheck/_extract`` and ``factcheck/_decimal.py`` except
those that define attrs classes. Left out, and why (see docs/speed.md):

- modules with attrs classes (``@frozen``, ``@define``): mypyc takes them for native classes and
  an ``attrs.field(default=None, ...)`` fails its attribute type check at import; marked
  ``native_class=False`` the same check fails in the class body;
- ``factcheck/units.py``: mypyc calls the module's ``__getattr__`` while the module is being set
  up, before its globals exist (a segmentation fault at import).

The edits in the copy: every annotation in a class body written as a string (mypyc evaluates
the annotations of non-native classes such as ``NamedTuple`` at import, and a name imported only
under ``TYPE_CHECKING`` is then missing), and the two places where the code does what its types
do not say, which compiled code checks: a ``frozenset`` that becomes a ``set`` and a
``copy.copy`` of a native class. The edits are string replacements: when the code they match
changes, this script stops and says which.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ATTRS = re.compile(r"^\s*@(frozen|define|attrs\.)", re.MULTILINE)
FIXES = {
    "factcheck/_extract/scan/locale_tables.py": [
        ("    words |= VULGAR_FRACTIONS.keys()\n", "    words |= frozenset(VULGAR_FRACTIONS)\n"),
    ],
}


def quote_class_annotations(source: str) -> str:
    """Every one-line annotation in a class body written as a string literal."""
    lines = source.split("\n")
    edits = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            for statement in node.body:
                if isinstance(statement, ast.AnnAssign) and not isinstance(statement.annotation, ast.Constant):
                    note = statement.annotation
                    if note.lineno == note.end_lineno and note.end_col_offset is not None:
                        edits.append((note.lineno - 1, note.col_offset, note.end_col_offset))
    for row, start, end in sorted(edits, reverse=True):
        line = lines[row]
        text = line[start:end]
        quote = "'" if '"' in text else '"'
        lines[row] = f"{line[:start]}{quote}{text}{quote}{line[end:]}"
    return "\n".join(lines)


def copy_operand(source: str) -> str:
    """``copy.copy`` of an ``Operand`` made an explicit copy of its slots (a native class has no
    argument-free ``__new__`` for ``copy`` to call)."""
    slots = re.findall(r'"(\w+)"', re.search(r"__slots__ = \((.*?)\)", source, re.DOTALL).group(1))  # type: ignore[union-attr]
    body = "\n".join(f"        out.{name} = self.{name}" for name in slots if name != "start")
    method = f"    def _copied(self) -> Operand:\n        out = Operand(self.start)\n{body}\n        return out\n\n"
    if source.count("    def thousands_of(") != 1 or "copy.copy(self)" not in source:
        msg = "operand_record.py changed: update probe_mypyc.copy_operand"
        raise SystemExit(msg)
    source = source.replace("    def thousands_of(", method + "    def thousands_of(", 1)
    return source.replace("copy.copy(self)", "self._copied()")


def main() -> int:
    """Copy, edit and compile; print the modules compiled, those left out and the time taken."""
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--out", default="/tmp/factcheck-mypyc", help="where the copy goes (replaced)")  # noqa: S108
    args.add_argument("--mypyc", default="/tmp/speedvenv/bin/mypyc", help="the mypyc to compile with")  # noqa: S108
    options = args.parse_args()
    out = Path(options.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    git = ["git", "archive", "HEAD"]
    archive = subprocess.run(git, cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")
    candidates = [*sorted((out / "factcheck" / "_extract").rglob("*.py")), out / "factcheck" / "_decimal.py"]
    files = [p for p in candidates if not ATTRS.search(p.read_text(encoding="utf-8"))]
    for path in files:
        source = quote_class_annotations(path.read_text(encoding="utf-8"))
        name = path.relative_to(out).as_posix()
        for old, new in FIXES.get(name, []):
            if source.count(old) != 1:
                msg = f"{name} changed: update probe_mypyc.FIXES"
                raise SystemExit(msg)
            source = source.replace(old, new)
        if name.endswith("operand_record.py"):
            source = copy_operand(source)
        path.write_text(source, encoding="utf-8")
    left = [p.relative_to(out).as_posix() for p in candidates if p not in files]
    print(f"compiling {len(files)} modules; left out (attrs classes): {', '.join(left)}")
    command = ["nice", "-n", "10", options.mypyc, *(str(p.relative_to(out)) for p in files)]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=out, capture_output=True, text=True, check=False)
    print(f"mypyc: exit {done.returncode}, {time.perf_counter() - start:.0f} s wall")
    if done.returncode:
        sys.stderr.write(done.stdout[-5000:] + done.stderr[-5000:])
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
