"""Lists of parts the text makes all of their total (issue 11, items 4 and 6): parts short of it are wrong too.

Short of it is an ERROR after a colon or a sum word, a WARNING after a comma (the list may name
only some parts: ``Inferred.EXHAUSTIVE``).

Each form has a sentence whose figures agree (the parts read, complete, no ERROR), one with the
total wrong (``parts-do-not-add-up``), and near misses that must stay silent: funnels, subsets,
lists of only some parts. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import factcheck
from factcheck import Amount, Hedge
from tests.quiet import errors, extract_quietly, flagged


def split(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    """Each claim with parts: its text, its parts' values, and whether they are all of it."""
    return [
        (c.span.text if c.span else "", tuple(str(p.value) for p in c.parts), c.parts_complete)
        for c in extract_quietly(text)
        if c.parts
    ]


# a sum word after the parts ties the total to all of them


def test_giving_us_a_total_after_its_parts() -> None:
    text = "Our union had 40 members in Leeds, and another 12 joined in York last spring, giving us 52 members."
    assert split(text) == [("52", ("40", "12"), True)]
    assert errors(text) == []
    assert errors(text.replace("52 members", "70 members")) == ["parts-do-not-add-up"]


@pytest.mark.parametrize(
    ("text", "parts", "right", "wrong"),
    [
        (
            "The club signed 14 players from France, 9 players from Spain, which totals 23 players.",
            ("14", "9"),
            "23",
            "33",
        ),
        (
            "Our farm keeps 300 sheep on the hills, 200 sheep in the valley, a combined 500 sheep.",
            ("300", "200"),
            "500",
            "700",
        ),
        ("The school hired 9 teachers in spring, 4 teachers in autumn, making 13 teachers.", ("9", "4"), "13", "19"),
    ],
)
def test_sum_words_after_a_comma_state_a_total_of_every_figure_before(
    text: str, parts: tuple[str, ...], right: str, wrong: str
) -> None:
    assert split(text) == [(right, parts, True)]
    assert errors(text) == []
    assert errors(text.replace(f" {right} ", f" {wrong} ")) == ["parts-do-not-add-up"]


def test_a_part_of_no_named_kind_is_counted_as_the_total_counts() -> None:
    text = "All 30 Liberals on the council back the plan, and 8 Greens joined them, giving us 38 supporters."
    assert split(text) == [("38", ("30", "8"), True)]
    assert errors(text.replace("38 supporters", "50 supporters")) == ["parts-do-not-add-up"]


def test_a_bound_among_the_parts_widens_their_sum() -> None:
    holds = "Some 300 staff work in Hull, over 200 staff in Leeds, giving us 600 staff."
    assert errors(holds) == []  # more than 200 may be 300
    (total,) = [c for c in extract_quietly(holds) if c.parts]
    assert total.parts == (
        Amount.stated("300", "person", hedge=Hedge.ABOUT),
        Amount.stated("200", "person", hedge=Hedge.MORE_THAN),
    )
    assert errors("Exactly 300 staff work in Hull, over 200 staff in Leeds, giving us 450 staff.") == [
        "parts-do-not-add-up"
    ]


def test_a_sum_word_with_one_figure_before_it_or_after_a_change_links_nothing() -> None:
    assert split("The club signed 14 players in the spring, giving us 30 wins.") == []
    assert split("Sales rose 5% to 300, giving us 62 new outlets.") == []
    assert split("Police arrested 40 people on Friday, 12 on Saturday, giving 3 warnings.") == []


def test_only_some_parts_after_among_them_must_not_exceed_the_total() -> None:
    assert errors("The fund backs 9 projects, among them 3 in Hull and 8 in York.") == ["parts-exceed-total"]


# the total announced with its list: a colon, or a total stated as one before a comma


def test_a_colon_list_closed_by_and_with_a_predicate_after_each_part() -> None:
    text = "The museum has 5 galleries: 3 showing paintings by Dutch masters and 2 holding sculpture."
    assert split(text) == [("5", ("3", "2"), True)]
    assert errors(text) == []
    assert errors(text.replace("5 galleries", "7 galleries")) == ["parts-do-not-add-up"]


def test_a_colon_list_counted_in_words_with_figures_inside_its_items() -> None:
    text = (
        "The trust runs 3 hospitals: two serving the city (both built before 1950, one rebuilt in 2004)"
        " and one in the hills."
    )
    assert split(text) == [("3", ("2", "1"), True)]
    assert errors(text) == []
    assert errors(text.replace("3 hospitals", "5 hospitals")) == ["parts-do-not-add-up"]
    inner = "The scheme has 3 strands: 2 for workers over 50 and one for apprentices."
    assert split(inner) == [("3", ("2", "1"), True)]  # "over 50" stands inside an item
    assert errors(inner) == []


SHORT = [("parts-do-not-add-up", "warning")]
"""A list after a comma may name only some parts: falling short of the total is a WARNING."""


def test_a_total_stated_as_one_then_its_list_after_a_comma() -> None:
    text = "In total there are 9 routes, 5 running through the old town and 4 crossing the river."
    assert split(text) == [("9", ("5", "4"), True)]
    assert errors(text) == []
    assert flagged(text.replace("9 routes", "12 routes")) == SHORT
    assert errors(text.replace("9 routes", "7 routes")) == ["parts-do-not-add-up"]  # parts past it: an ERROR
    after = "There are 12 posts in all, 8 funded by the council and 4 by a charity."
    assert split(after) == [("12", ("8", "4"), True)]
    assert flagged(after.replace("12 posts", "15 posts")) == SHORT
    partial = "In total there were 5,200 returns, 1,000 to Albania and 800 to Vietnam."
    assert flagged(partial) == SHORT  # only some of them, as news often lists
    message = factcheck.check(extract_quietly(partial), locale="en_GB").findings[0].message
    assert message.endswith("Not certain: the list may name only some of the parts.")


@pytest.mark.parametrize(
    "text",
    [
        "There are 9 routes in total: 5 running through the old town and 4 crossing the river.",
        "The city runs a total of 9 routes, 5 running through the old town and 4 crossing the river.",
        "Altogether there are 9 routes, 5 running through the old town and 4 crossing the river.",
    ],
)
def test_a_total_announced_as_one_in_other_words(text: str) -> None:
    assert split(text) == [("9", ("5", "4"), True)]
    assert errors(text) == []
    after_colon = ":" in text
    assert flagged(text.replace("9 routes", "11 routes")) == (
        [("parts-do-not-add-up", "error")] if after_colon else SHORT
    )
    assert errors(text.replace("9 routes", "8 routes")) == ["parts-do-not-add-up"]


def test_a_colon_list_closed_by_or() -> None:
    text = "The agency lists 11 routes: 5 through the old town, 2 along the coast or 4 crossing the river."
    assert split(text) == [("11", ("5", "2", "4"), True)]
    assert errors(text.replace("11 routes", "14 routes")) == ["parts-do-not-add-up"]


def test_a_comparative_adjective_in_a_listed_part_is_no_change() -> None:
    text = "In total there are 7 zones, 3 covering the port and 4 smaller zones around the stations."
    assert split(text) == [("7", ("3", "4"), True)]
    assert flagged(text.replace("7 zones", "10 zones")) == SHORT


@pytest.mark.parametrize(
    "text",
    [
        "The plan names 10 towns: 4 in the north, 3 in the south.",  # no "and": maybe not all
        "A total of 600 people were arrested, 200 were charged and 50 were jailed.",  # a funnel
        "Police arrested 1,000 people, 200 were charged and 50 jailed.",
        "There were 158 new recruits in 2023, 59 were hired from outside and 99 trainees were promoted.",
        "In total there are 40 staff, 10 of them part-time and 5 on leave.",  # subsets
        "In total there are 40 staff, 10 were hired this year and 5 are on leave.",  # clauses of their own
        "The survey had 2 parts: 1,000 adults were asked about jobs and 500 about housing.",  # people, not parts
        "The council has 40 staff: 10 were hired this year and 5 left.",
    ],
)
def test_lists_not_announced_as_all_of_a_total_are_not_read_as_all_of_it(text: str) -> None:
    assert [complete for *_, complete in split(text)] in ([], [False])
    assert errors(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund has 9 projects, including 3 in Hull and 2 in York.",
        "The fund backs 9 projects, such as 3 in Hull and 2 in York.",
        "The fund has 9 projects, of which 3 are in Hull and 2 in York.",
        "The fund backs 9 projects, among them 3 in Hull and 2 in York.",
    ],
)
def test_lists_of_only_some_parts_stay_partial(text: str) -> None:
    assert split(text) == [("9", ("3", "2"), False)]
    assert errors(text) == []


# parts that name the total's noun again with modifiers of their own


def test_parts_naming_the_totals_noun_again_are_all_of_it() -> None:
    text = "Plans for 12 new routes were approved on Monday and will create 7 bus and 5 tram routes in the city."
    assert split(text) == [("12", ("7", "5"), True)]
    assert errors(text) == []
    assert errors(text.replace("12 new", "18 new")) == ["parts-do-not-add-up"]


@pytest.mark.parametrize(
    "text",
    [
        "The lab tested 12 samples, and 7 blood and 3 urine samples failed.",  # a clause of its own: a subset
        "The lab tested 12 samples and the team found 7 blood and 3 urine samples spoiled.",  # another subject
        "The lab tested 12 samples and will keep 7 samples and 3 samples.",  # no modifiers to tell them apart
        "The council has 40 buses and will buy 12 electric and 8 hybrid buses.",  # new ones, not its split
        "The hospital has 400 beds, with 20 intensive and 30 maternity beds.",  # maybe only some
        "The hospital has 400 beds with 20 intensive and 30 maternity beds on the top floor.",
    ],
)
def test_a_subset_naming_the_noun_again_is_not_read_as_all_of_it(text: str) -> None:
    assert split(text) == []
    assert errors(text) == []


# an appositive list of bare noun phrases after the total's clause


def test_an_appositive_list_of_groups_after_the_totals_clause() -> None:
    text = (
        "212 delegates and observers attended the summit, 90 European delegates, 50 African delegates and 72 observers."
    )
    assert split(text) == [("212", ("90", "50", "72"), True)]
    assert errors(text) == []
    assert errors(text.replace("212 delegates", "260 delegates")) == ["parts-do-not-add-up"]
    unjoined = (
        "212 delegates and observers attended the summit this week,"
        " 90 European delegates, 50 African delegates, 72 observers."
    )
    assert split(unjoined) == [("212", ("90", "50", "72"), True)]
    opened = (
        "Chair, 212 delegates and observers attended, 90 European delegates, 50 African delegates and 72 observers."
    )
    assert split(opened) == [("212", ("90", "50", "72"), True)]  # a comma after an opening with no figure


@pytest.mark.parametrize(
    "text",
    [
        "1,000 people were arrested, 200 women, 300 children.",  # nothing says they make up the 1,000
        "1,000 people were arrested, 200 people faced charges, 50 people went to jail.",  # predicates: a funnel
        "The quake damaged 143 buildings including 70 schools, 40 houses, seven clinics and ten shops.",
        "She won two Gold Crosses, the Star of Merit, three Service Medals, two Silver Hearts and four Bronze Stars.",
    ],
)
def test_appositive_near_misses_are_not_all_of_a_total(text: str) -> None:
    assert [complete for *_, complete in split(text)] in ([], [False])
    assert errors(text) == []


def test_a_sum_verb_in_a_clause_of_its_own_is_no_total() -> None:
    """ "with Root making 88" after "246 in 64 overs": the verb has its own subject, so 88 sums nothing."""
    assert split("England were bowled out for 246 in 64.3 overs, with Root making 88.") == []
    assert split("The firm sold 300 cars and 200 vans, making 500 vehicles.") == [("500", ("300", "200"), True)]


def test_items_each_above_the_total_are_alternatives_not_parts() -> None:
    """ "Tickets cost £20: £25 for adults and £15 for children": prices beside a price, no split."""
    assert split("Tickets cost £20: £25 for adults and £15 for children.") == []
    assert split("Tours run for 3 hours: 4 at weekends and 2 on weekdays.") == []
    assert errors("The £12m fund: £6m on roads, £5m on schools and £4m on parks.") == ["parts-do-not-add-up"]
