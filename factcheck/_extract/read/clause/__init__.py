"""Reading the words around a figure: what it counts, whether it is a change or a rate, who says so.

Lexical rules only, no parser: each rule looks at a few words either side of the figure within
its clause, so the cost per figure is bounded and extraction stays linear. The words are English
(``lexicons/en/clauses.json``); ``read.english`` reads figures with these rules, and German, French
and Spanish figures are read by ``read.generic`` (see ``read.language``).

Limits, on purpose: the subject of a count is the run of content words right after it ("5,294
Albanians", "two forgery detection machines"; ``read.verbs`` adds to a one-word one what the clause
says happened to it: "Albanians returned"); the subject of a change is the noun phrase before
its verb in the same clause ("the number of arrivals fell by 95%"), the object of a transitive
verb ("cut net migration by 100,000") or the phrase after "in" ("a 95% drop in arrivals").
Relative clauses, pronouns and anything across sentences are not resolved here.

One module a family of rules, each with the words only it reads: ``noun_phrases`` (what a figure
counts), ``subjects`` (the noun phrase before its verb), ``changes`` (change verbs, nouns and
comparatives), ``levels`` (level verbs and nouns, magnitudes), ``time_rates`` (rates in time) and
``sources`` (attributions).
"""
