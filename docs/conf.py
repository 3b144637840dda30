"""Sphinx configuration: MyST Markdown pages, executed notebooks, autodoc reference."""

from __future__ import annotations

import importlib.metadata

project = "factcheck"
author = "The factcheck developers"
copyright = "2026, The factcheck developers"  # Sphinx reads this name (A001 is ignored under docs/)
release = importlib.metadata.version("factcheck")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",  # Markdown pages (MyST) and notebooks, executed at build time
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # Google-style docstrings
    "sphinx.ext.intersphinx",  # kept for explicit links; no mapping, so the build needs no network
]

source_suffix = {".md": "myst-nb", ".ipynb": "myst-nb"}
exclude_patterns = ["_build", "**.ipynb_checkpoints", "Thumbs.db", ".DS_Store", "jupyter_execute"]
root_doc = "index"

# MyST
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Notebooks run on every build, so a broken notebook fails the docs build (warnings are errors).
nb_execution_mode = "force"
nb_execution_timeout = 120
nb_execution_raise_on_error = True
nb_execution_show_tb = True
nb_execution_excludepatterns: list[str] = []

# autodoc
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# no intersphinx_mapping: the build must not touch the network
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

html_theme = "alabaster"
html_title = "factcheck"
html_static_path: list[str] = []
