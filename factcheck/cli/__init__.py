"""The ``factcheck`` command: a thin shell over the library.

``factcheck extract`` lists the figures in a text; ``factcheck check`` extracts, checks and
reports. Exit codes: 0 clean, 1 findings (``check`` only), 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from . import check_cmd, extract_cmd

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"factcheck: error: {message}\n")
        raise SystemExit(2)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check the numbers in news text.")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    extract_cmd.add_arguments(commands.add_parser("extract", help="list every figure in a text as a typed claim"))
    check_cmd.add_arguments(commands.add_parser("check", help="extract, check and report"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    if args.command == "extract":
        return extract_cmd.run(args)
    return check_cmd.run(args)
