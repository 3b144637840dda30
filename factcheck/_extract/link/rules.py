"""Linking the figures of a sentence or passage so the checks can compare them unaided.

* periods: the year or date nearest the figure in its clause, else in its sentence; a change
  whose before and after have periods runs from the first to the second;
* "from X to Y" with a change in the same sentence ("fell from 8,000 in 2021 to 390 in 2023, a
  drop of 95%", "doubled from £3bn to £4.5bn"): the change gets ``before`` and ``after``, and
  X, Y and the change share the subject of the verb; a change after Y in another clause
  ("..., while wages rose 5%") is not taken; German "von X auf Y", French "de X à Y" and
  Spanish "de X a Y" likewise (words in ``read.generic.change_words``), and their multiplier
  words ("verdoppelt", "a doublé", "se duplicó") become changes first; a change a few words
  before a pair with its own verb of the same direction that names again what changed ("by
  £1,000 - the government will increase the allowance from £2,000 to £3,000") is restated by it
  (:mod:`.from_to`);
* "rose to 4.4%, up from 4.2%, a rise of 0.2 points", "rose 14% to 112,000, from 98,000" and
  "fell to 4.6% in October, from 6.7% in September": the same, with the after before the before;
  "climbed 30 cents to $4.30, up 7.5%": the relative change runs from $4.00 to $4.30
  (:mod:`.ellipsis.change_befores`);
* "N of M, or P%", "M staff, of whom N, or a quarter", "M burglaries. Of those, N ..., a rate of
  P%", "30% of the 5,000 firms, or 1,500": the share gets ``part`` N and ``total`` M (rules in
  :mod:`.shares`);
* "61% of voters said yes, 30% said no and 14% were unsure": the shares of a list that names
  its whole once take it (:mod:`.listed_shares`);
* "a £2m fund split into £800,000, £700,000 and £900,000", "£40m, £35m and £25m, £100m in
  total" and "$66bn from Social Security, some $10bn from Medicare, ..., for a total of $154bn":
  the total gets ``parts`` (:mod:`.summed_parts`); so do lists the words make all of their
  total ("The scheme has 4 sections: 3 ... and one ...", "..., giving us 62", "approved 12
  routes and will add 7 bus and 5 tram routes": :mod:`.exhaustive`);
* "240,000 over a year", "£1bn over five years", "£150m a year for four years, a total of
  £600m": the figure gets ``over`` (the duration is not a claim of its own: :mod:`.durations`);
* a change with its new level ("In 2023 they fell by 75% to 390", "It now has 120, a fall of
  20%") takes its before from the sentence ahead when exactly one earlier figure there measures
  the same thing ("Arrivals reached 8,000 in 2022.") (:mod:`.ellipsis.change_befores`);
* the figure right after a change and "to" or "from" is a level even when no rule linked them
  ("shed 95.4 points to 7,612.3"), no bare number in running prose (:mod:`.change_levels`);
* "1.49 children per woman", "2.4 people per household": a ratio, not a count of whole things
  (:mod:`.per_head`);
* figures that leave out what they measure are read by their neighbours (the package
  :mod:`.ellipsis`);
* attribution ("according to the ONS", "official figures show") and place ("in Albania")
  for the figures of their sentence or clause; an opening "In Wales," names the place of the
  whole sentence.

Every rule looks a bounded number of words or figures ahead, so linking is linear.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from factcheck._claims import RateClaim, RatioClaim, ShareClaim
from factcheck._extract.link.change_levels import change_against_figure, change_between_levels, levels_after_changes
from factcheck._extract.link.durations import over, rate_elsewhere
from factcheck._extract.link.ellipsis.change_befores import before_in_sentence_ahead, relative_after_absolute
from factcheck._extract.link.ellipsis.member_qualifiers import list_members
from factcheck._extract.link.ellipsis.neighbours import elliptical, second_mentions
from factcheck._extract.link.ellipsis.parallels import parallel_counts
from factcheck._extract.link.exhaustive import announced_lists, exhaustive_lists
from factcheck._extract.link.from_to import from_to, level_after_change, up_from
from factcheck._extract.link.generic.links import foreign_links
from factcheck._extract.link.listed_parts import appositive_parts, colon_parts
from factcheck._extract.link.listed_shares import listed_shares
from factcheck._extract.link.narrative import narrated_changes
from factcheck._extract.link.per_head import per_head
from factcheck._extract.link.relative_changes import change_on_base, change_to_level, comparisons
from factcheck._extract.link.restatements import restatements
from factcheck._extract.link.shared_unit import shared_unit_lists
from factcheck._extract.link.shares import part_of_total, remaining_share, share_then_part, share_with_total_after
from factcheck._extract.link.summed_parts import split_into, total_after_parts
from factcheck._extract.link.whole_earlier import share_of_all_earlier
from factcheck._extract.read.where_when import assign_periods, assign_sources_and_places

if TYPE_CHECKING:
    from factcheck._extract.read.claim_builder import Reader
    from factcheck._extract.read.draft import Draft
    from factcheck._extract.text.periods import Dated

__all__ = ["link"]


def link(drafts: list[Draft], reader: Reader, periods: list[Dated]) -> None:
    """Fill the relation fields of ``drafts`` (in text order) in place."""
    for previous, draft in itertools.pairwise(drafts):
        if draft.first <= previous.last and previous.cls is RateClaim and draft.cls in (RatioClaim, ShareClaim):
            draft.consumed = True  # "10p a quarter": the fraction is the rate's period
        elif previous.cls is RateClaim and previous.per_last is not None and draft.first <= previous.per_last:
            draft.consumed = True  # "5.2 deaths per 1,000 people": the number is what the rate is per
    per_head(drafts, reader)
    assign_periods(drafts, reader, periods)
    assign_sources_and_places(drafts, reader)  # and the place an opening "In Wales," names
    from_to(drafts, reader)
    up_from(drafts, reader)
    comparisons(drafts, reader)  # "$812.4bn, 18.2% above the previous record of $640.1bn"
    change_to_level(drafts, reader)  # "grew by 700,000 to 7.7 million, an increase of 10%"
    change_on_base(drafts, reader)  # "£540m, up 20% on the £450m of 2019"
    change_between_levels(drafts, reader)  # "a reduction of £10.5bn relative to £72bn, taking it to £61.5bn"
    change_against_figure(drafts, reader)  # "... 8.40. This was a reduction of 0.2 against the 2015-16 figure of 8.6"
    part_of_total(drafts, reader)
    share_then_part(drafts, reader)
    share_with_total_after(drafts, reader)  # "$1,579 pays only 16 percent of total costs of $9,649"
    share_of_all_earlier(drafts, reader)  # "A total of 57,950 homes ... . ..., representing 91% of all homes"
    announced_lists(drafts, reader)  # "has 4 sections: 3 ... and one ...", "In total there are 6 sets, 2 ..."
    colon_parts(drafts, reader)  # "£20m: £9m on roads, £7m on schools and £4m on parks"
    appositive_parts(drafts, reader)  # "a group of 14 individuals, 7 Republicans and 7 Democrats"
    split_into(drafts, reader)
    total_after_parts(drafts, reader)
    exhaustive_lists(drafts, reader)  # "16 drugs ... 8 X and 8 Y drugs", "187 members ..., 11 Senators, 77 ..."
    foreign_links(drafts, reader)  # German, French, Spanish shares, parts and levels
    over(drafts, reader)
    level_after_change(drafts, reader)
    relative_after_absolute(drafts, reader)
    before_in_sentence_ahead(drafts, reader)
    narrated_changes(drafts, reader)  # "In 2003 we had 205 .... In 2004 the number more than tripled to 651"
    elliptical(drafts, reader)
    parallel_counts(drafts, reader)  # "250 thousand protesters in New York, 100 thousand in London"
    second_mentions(drafts, reader)
    list_members(drafts, reader)
    listed_shares(drafts, reader)
    remaining_share(drafts, reader)  # "20% of the grant ...; the remaining 80% ..."
    restatements(drafts, reader)  # "$30 million (£15.8 million)", "nearly a third, some 31%"
    rate_elsewhere(drafts, reader)  # "... 2 million in 6 weeks. ... 100,000 times a day": no rate of its own
    shared_unit_lists(drafts, reader)  # "by 1 or 2 or 3 or 4 votes": the bare numbers take the last one's unit
    levels_after_changes(drafts, reader)  # "shed 95.4 points to 7,612.3": a level, not a bare number; last
