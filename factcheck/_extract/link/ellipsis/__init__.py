"""Figures that leave out what they measure, read by their neighbours: the rules of ellipsis, one family a module.

* :mod:`.neighbours`: a figure takes its noun, subject, unit or kind from the figure before it
  ("20,000 people a month, or 300,000 over the year"), or a second mention the subject of the first;
* :mod:`.change_befores`: a change takes its before and after from figures outside its words
  (the sentence ahead, "rose 30 cents to $4.30, up 7.5%");
* :mod:`.member_qualifiers`: members of one list that share a subject take their own qualifiers;
* :mod:`.parallels`: a bare whole number counts what a parallel count counts ("100 thousand in
  London"), and ``parallel_counts`` runs the noun rules in their order: those of
  :mod:`.parts_and_wholes` ("25 of the 202 released"), :mod:`.anaphora` ("the other three",
  "520 remain") and :mod:`.people` ("Three were killed");
* :mod:`.bare_counts`: what the noun rules share.

The relation step (:mod:`factcheck._extract.link.rules`) calls the public rules in its order.
"""
