"""German, French and Spanish links between shares, parts and before/after levels."""
