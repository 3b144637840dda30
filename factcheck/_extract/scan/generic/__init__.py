"""German, French and Spanish number words, read through text2num's number runs."""
