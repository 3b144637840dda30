"""``factcheck extract [FILE|-] [--locale L] [--format table|json|jsonl]``."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``factcheck extract``."""


def run(args: argparse.Namespace) -> int:
    """Run ``factcheck extract``; returns the exit code."""
    raise NotImplementedError
