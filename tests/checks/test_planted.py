"""The planted-error benchmark (``benchmarks/bench_planted.py``): its cases, its rule, and the floor it reaches.

The bar of issue 11 is recall >= 90% (wrong copies flagged ERROR) and originals unflagged >= 98%.
The floors below are what the library measured when they were last raised; a change that lowers
one fails here. Measured (``python benchmarks/bench_planted.py``):

* real passages (30): recall 90.0% (27; 93.3%, 28, at WARNING or worse), originals unflagged 100%
  (30); 73.3% (22) before lists made exhaustive by their words (below); 63.3% (19) before a change
  between the two levels its words name ("a net reduction ... of £10.5 billion relative to ...
  £72.0 billion, taking ... to £61.5 billion") and "This was a reduction of 0.2 days against the
  2015-16 figure of 8.6" after the sentence giving 8.40 were read; before the five readings of
  issue 11 item 6 below, 46.7% (14); when the benchmark was
  added: 16.7% (5) and 93.3% (28). Since severity follows certainty (merged from main) a
  ``contradiction`` is a WARNING, which unflagged ``real-26`` and took the
  ERROR off its copy (caught by that contradiction, not by its share). "will be doubled from
  15 hours to 30 hours" was a WARNING while "doubled" was read as an outturn beside its modal
  before and after; the word now takes its clause's modality, and the relation is certain. A
  share with its whole's figure after it ("$1,579 pays only 16 percent of total costs of
  $9,649") is read as part, share and total, and "including" after a comma may follow a longer
  phrase ("£17 billion of measures that will reduce the deficit, including £12 billion"); a figure
  in a labelled bracket ("£2.8 million (2015-16: £3.1 million) includes ...") is a comparative;
  "more than halved as a percentage of GDP from its post-war peak of 10.2% to reach 4.9%" is a
  change with its before and after; "a group of 14 individuals, 7 Republicans and 7 Democrats,"
  is a complete split. Item 6 read: the last of only some parts after ", and" and up to eight
  words ("including £2m for the junction in Cornwall, and £1.5m for ..."), "the remaining 80%"
  as the rest of the whole split before it, a change restated by a from/to pair with its own
  verb ("by £1,000 - the government will increase the allowance from £2,000 to £3,000"), ",
  for a total of $154bn" after far-apart parts, and shares after a gapped verb's argument
  ("5% of the profits ... to education, 10% to water projects, and 85% to a reserve");
* own sentences (40): recall 97.5% (39), originals unflagged 100%; when added: 57.5% (23).
  Listed shares whose later predicates are opposite answers to the first's question ("said it
  was better", "said it was worse") or no answer ("had no view") are one split again (38 -> 39).
  A before taken from the sentence ahead is an uncertain link (``Inferred.LINK``), so ``real-27``
  ("... In 2004 the number more than tripled to 326") was a WARNING (15 -> 14); it is certain again
  (real 21 -> 22) since a story told period by period ("In 2003 ... 205 .... In 2004 the number")
  is read as the text's own link; listed shares whose
  later members have predicates of their own may answer different questions ("64% own a car and
  52% own a bicycle"), so they are a WARNING, not one split of their whole (own 39 -> 38).
  "Out of N, A were ... and B were not" is a whole split, a fronted total's part followed by a
  verb ("180 work full time") counts the total's things, and shares listed after a fronted whole
  ("Of the votes cast, 48% ...") or with a gapped verb ("..., gas 38% and nuclear 20%") are one list,
  and "make up 35% of the hospital's 2,000 staff, or 700 people" is a share with total and part.

Lists the words make all of their total (``factcheck._extract.link.exhaustive``) catch four real
copies whose total was made larger: "giving us 62" after its parts, "has 4 sections: 3 providing
... and one providing ...", "16 different drugs ... will see 8 generally prescription and 8
illicit drugs added", and an appositive list "..., 11 Senators, 77 Representatives, 99
congressional staff members,". A fifth, "In total there are 6 sets ..., 2 covering ... and 4
smaller ...", was an ERROR (28 of 30) until lists after a comma were read as maybe naming only
some parts (``Inferred.EXHAUSTIVE``): "In total there were 5,200 returns, 1,000 to Albania and
800 to Vietnam" is how news lists, and its shortfall is no error; ``real-14`` is now a WARNING.
A share "of all" a whole taking the one total its paragraph stated for that whole and period
("..., representing 91% of all affordable homes provided in 2011-12") is a certain link, which
catches ``real-26``.

The three real misses: ``real-6`` is a list with a predicate after each part that cannot be told
from a funnel ("1,000 were arrested, 200 charged and 50 jailed"), ``real-11``'s parts are "over
15,000" and "some 10,000", whose sum may reach any larger total, and ``real-14`` (above, a
WARNING); see docs/benchmarks.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.planted import RELATIONS, Score, outcome, own_cases, planted, real_cases

if TYPE_CHECKING:
    from collections.abc import Callable

    from tests.planted import Case

FLOORS = {
    # set: (cases, recall at ERROR, originals without an ERROR)
    "real": (30, 27, 30),
    "own": (40, 39, 40),
}


def test_the_rule_moves_a_figure_by_half_at_its_own_precision() -> None:
    assert [planted("60"), planted("1,000"), planted("10.5"), planted("2.8", down=True), planted("9000")] == [
        "90",
        "1,500",
        "15.8",
        "1.4",
        "13,500",
    ]


def test_a_figure_the_rule_cannot_move_is_refused() -> None:
    with pytest.raises(ValueError, match="does not change"):
        planted("0")
    with pytest.raises(ValueError, match="not a plain number"):
        planted("a third")


@pytest.mark.parametrize("cases", [real_cases, own_cases], ids=["real", "own"])
def test_every_case_names_a_known_relation_and_a_figure_that_changes(cases: Callable[[], list[Case]]) -> None:
    for case in cases():
        start, _ = case.figure
        assert case.relation in RELATIONS
        assert case.copy != case.text
        assert case.copy[:start] == case.text[:start]
        assert case.why


@pytest.mark.parametrize(("name", "cases"), [("real", real_cases), ("own", own_cases)])
def test_recall_and_specificity_do_not_fall_below_the_floor(name: str, cases: Callable[[], list[Case]]) -> None:
    score = Score.of([outcome(case) for case in cases()])
    count, caught, clean = FLOORS[name]
    assert score.cases == count
    assert score.caught >= caught, f"{name}: {score.caught} of {score.cases} copies flagged ERROR, floor {caught}"
    assert score.clean >= clean, f"{name}: {score.clean} of {score.cases} originals unflagged, floor {clean}"
