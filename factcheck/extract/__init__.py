"""Extraction: every checkable figure in a text, as typed claims with spans."""
