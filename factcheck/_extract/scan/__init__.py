"""Stage 1, scan: text to figures (digits and notation, number words, money, measures, hedges)."""
