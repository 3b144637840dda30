"""Numerals that name or number something rather than count it: the reader skips them whole.

:func:`designators.not_a_figure_before` is what the operand reader asks at a numeral: a
designator before it ("section 3", "H.R. 697"), a capitalised name or code around it
(``capitalised``: "Area 51", "IFRS 16"), an address (``addresses``: "123 Random Street") or a
list's number (``enumerators``: "(1) cost, (2) time"). ``scan.nonfigures`` skips the numerals
that are no figures by their shape: phone numbers, times, dates.
"""
