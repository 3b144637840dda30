"""pytest's root configuration: the doctests of optional modules run only where their extra is installed."""

from __future__ import annotations

import importlib.util

collect_ignore = [] if importlib.util.find_spec("dask") else ["factcheck/dask.py"]
