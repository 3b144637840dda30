"""Stage 2, read: a figure in its clause to a draft claim (kind, unit, subject, change, rate)."""
