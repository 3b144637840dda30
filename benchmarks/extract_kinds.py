"""``factcheck extract`` asked for some kinds of claim only, as a command for scorers that append ``extract ARGS``.

A recognizer built for one kind of figure (a dimension model, a temperature model) is asked only
for that kind; ``factcheck extract --kind KIND`` is the same request. A scorer that runs
``$FACTCHECK_CMD extract ARGS...`` (such as the Recognizers-Text conformance scorer) can make it
with this script as its command, the kinds first::

    FACTCHECK_CMD="python benchmarks/extract_kinds.py quantity" \\
        python ../shared/tools/score_conformance.py --suite 'English/DimensionModel*'

runs ``factcheck extract --kind quantity ARGS...`` in this process (the checkout it is run from,
as ``python -m factcheck`` would). Kinds are the values ``--kind`` takes (``factcheck extract
--help``); several may be given (``python benchmarks/extract_kinds.py share relative_change``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # this checkout's factcheck, as ``python -m factcheck`` from its root
    sys.path.insert(0, str(ROOT))


def command(argv: list[str]) -> list[str]:
    """``KIND... extract ARGS...`` as ``extract --kind KIND ... ARGS...`` (``extract`` must follow a kind)."""
    if "extract" not in argv or argv.index("extract") == 0:
        raise SystemExit("usage: extract_kinds.py KIND [KIND...] extract [ARGS...]")
    at = argv.index("extract")
    kinds = [arg for kind in argv[:at] for arg in ("--kind", kind)]
    return ["extract", *kinds, *argv[at + 1 :]]


def main() -> int:
    from factcheck import units  # noqa: PLC0415  (after the path is set)
    from factcheck.cli import main as cli_main  # noqa: PLC0415

    units.build_lean_registry()
    return cli_main(command(sys.argv[1:]))


if __name__ == "__main__":
    raise SystemExit(main())
