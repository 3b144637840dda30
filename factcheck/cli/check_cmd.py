"""``factcheck check [FILE|-] [--references refs.csv] [--locale L] [--format text|json|html|claimreview]``."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the options of ``factcheck check``."""


def run(args: argparse.Namespace) -> int:
    """Run ``factcheck check``; returns the exit code."""
    raise NotImplementedError
