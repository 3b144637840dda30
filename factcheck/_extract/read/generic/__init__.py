"""German, French and Spanish readers of counts, rates and changes around a figure."""
