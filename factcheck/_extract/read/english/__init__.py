"""The English reader and its rules, one module a family of rules with the tables only it reads.

``reader`` holds :class:`~factcheck._extract.read.english.reader.EnglishReader`, which asks the
others: ``subjects`` (what a figure measures), ``counts`` (the unit of what a bare number
counts) and the rules it tries (``partitives``, ``count_heads``, ``named_counts``, ``people``,
``plural_nouns``, ``unit_words``), ``noun_senses`` (lives lost, cases, bodies), ``multipliers``
(times words, occasions, "doubled"), ``rates`` ("each quarter") and ``places`` ("in Wales").
``words`` holds the words and word tests several of them share.
"""
