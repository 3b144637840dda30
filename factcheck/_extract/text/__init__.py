"""Stage 0, text: sentences and clauses, the word index, tokens, numerals in digits, periods."""
