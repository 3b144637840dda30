"""English number words: cardinals, fractions and the number-word reader."""
