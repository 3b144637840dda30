"""The ``factcheck`` command: a thin shell over the library.

``factcheck extract`` lists the figures in a text; ``factcheck check`` extracts, checks and
reports. Exit codes: 0 clean, 1 findings (``check`` only), 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from typing import TYPE_CHECKING

from factcheck import units
from factcheck._collector import collect_seldom

from . import check_cmd, extract_cmd
from .options import quiet_broken_pipe

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["main", "run"]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"factcheck: error: {message}\n")
        raise SystemExit(2)


_HINT = "run 'factcheck extract --help' or 'factcheck check --help' for a command's options"


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Check the numbers in news text.", epilog=_HINT)
    parser.add_argument("--version", action="version", version=f"factcheck {importlib.metadata.version('factcheck')}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")
    extract_cmd.add_arguments(commands.add_parser("extract", help="list every figure in a text as a typed claim"))
    check_cmd.add_arguments(commands.add_parser("check", help="extract, check and report"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    With no arguments it prints the usage and the commands on standard error (exit code 2).
    """
    parser = _parser()
    if not (sys.argv[1:] if argv is None else argv):
        sys.stderr.write(parser.format_help())
        return 2
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return extract_cmd.run(args)
        return check_cmd.run(args)
    except BrokenPipeError:  # "factcheck extract big.txt | head -1": the reader has what it wanted
        quiet_broken_pipe()
        return 1


def run() -> int:
    """The ``factcheck`` command's own process: :func:`main` after a lean start.

    The process is factcheck's, so pint is imported without its array libraries (numpy, dask),
    which this command never uses: 0.1-0.2 s less at every start when they are installed
    (:func:`factcheck.units.build_lean_registry`), and the garbage collector is set as in every
    process factcheck owns (:func:`factcheck._collector.collect_seldom`). :func:`main`, called
    from a program, leaves pint and the collector as the program has them.
    """
    units.build_lean_registry()
    collect_seldom()
    return main()
