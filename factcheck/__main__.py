"""``python -m factcheck``: the command line."""

import sys

from factcheck.cli import run

sys.exit(run())
