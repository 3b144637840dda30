"""Relations that went unread, and so unchecked (issue 11, item 4): each read, and checked, in our own words.

Each form has a sentence whose figures agree (no ERROR, the relation read) and one where a
figure is wrong (the ERROR it must raise).
"""

from __future__ import annotations

import factcheck
from factcheck import Amount, Hedge
from tests.quiet import errors, extract_quietly


def change_of(text: str) -> tuple[str, Amount | None, Amount | None]:
    """The relative change's text and its before and after."""
    (change,) = [c for c in extract_quietly(text) if isinstance(c, factcheck.RelativeChangeClaim)]
    assert change.span is not None
    return change.span.text, change.before, change.after


def test_a_comparison_with_a_previous_figure_is_a_change_from_it() -> None:
    text = "Sales hit £540m, 20% above the previous record of £450m."
    assert change_of(text) == ("20%", Amount.stated("450E+6", "GBP"), Amount.stated("540E+6", "GBP"))
    assert errors(text) == []
    assert errors("Sales hit £540m, 30% above the previous record of £450m.") == ["change-inconsistent"]
    assert errors("Output fell to 800 tonnes, 20% below the 1,000 tonnes of 2019.") == []
    assert errors("Output fell to 800 tonnes, 30% below the 1,000 tonnes of 2019.") == ["change-inconsistent"]


def test_a_total_before_a_colon_has_the_parts_after_it() -> None:
    text = "The council will spend £20m: £9m on roads, £7m on schools and £4m on parks."
    (total, *_) = extract_quietly(text)
    assert total.parts == (Amount.stated("9E+6", "GBP"), Amount.stated("7E+6", "GBP"), Amount.stated("4E+6", "GBP"))
    assert errors(text) == []
    assert errors("The council will spend £20m: £9m on roads, £8m on schools and £7m on parks.") == [
        "parts-do-not-add-up"
    ]


def test_a_change_by_an_amount_to_a_level_with_its_relative_change() -> None:
    text = "The population grew by 700,000 to 7.7 million, an increase of 10%."
    assert errors(text) == []
    assert errors("The population grew by 300,000 to 4.3 million, an increase of 20%.") == ["change-inconsistent"]
    assert errors("Revenue was £5,940 million, a fall of £60 million (1%) on last year.") == []
    assert errors("Revenue was £5,940 million, a fall of £60 million (3%) on last year.") == ["change-inconsistent"]


def test_a_share_price_move_with_its_new_level() -> None:
    text = "Shares in the firm closed up 25p, or 5%, at 525p."
    assert errors(text) == []
    assert errors("Shares in the firm closed up 25p, or 8%, at 525p.") == ["change-inconsistent"]


def test_up_from_the_same_period_of_an_earlier_year() -> None:
    text = (
        "Visitors reached 13,260 in the first half of 2024, up from 10,200 in the same period of 2023, a rise of 30%."
    )
    assert change_of(text)[1:] == (Amount.stated("10200", "person"), Amount.stated("13260", "person"))
    assert errors(text) == []
    wrong = (
        "Visitors reached 13,260 in the first half of 2024, up from 10,200 in the same period of 2023, a rise of 40%."
    )
    assert errors(wrong) == ["change-inconsistent"]


def test_two_conversions_in_one_text_imply_one_exchange_rate() -> None:
    text = "The deal is worth $50 million (£40 million). A second contract is worth $10 million (£8 million)."
    assert errors(text) == []
    wrong = "The deal is worth $50 million (£40 million). A second contract is worth $10 million (£12 million)."
    assert errors(wrong) == ["conversions-disagree"]


def test_number_words_for_part_and_total() -> None:
    assert errors("Three of the twelve trustees stood down, or 25%.") == []
    assert errors("Three of the twelve trustees stood down, or 35%.") == ["share-inconsistent"]


def test_a_share_in_brackets_after_its_part() -> None:
    assert errors("Of 1,600 patients, 400 (25%) were readmitted.") == []
    assert errors("Of 1,600 patients, 400 (35%) were readmitted.") == ["share-inconsistent"]


def test_a_hedged_part_of_a_total() -> None:
    assert errors("Some 960 of 2,000 adults, or 48%, said they vote.") == []
    assert errors("Some 960 of 2,000 adults, or 58%, said they vote.") == ["share-inconsistent"]


def test_a_fraction_word_for_the_share_of_a_part() -> None:
    assert errors("Only 200 of the 800 entrants, a quarter, finished the race.") == []
    assert errors("Only 200 of the 800 entrants, a third, finished the race.") == ["share-inconsistent"]


def test_a_fraction_word_beside_its_percentage() -> None:
    assert errors("Almost half of the staff, some 48%, work from home.") == []
    assert errors("Almost half of the staff, some 68%, work from home.") == ["restatement-disagrees"]


def test_a_rate_and_its_yearly_total() -> None:
    assert errors("The mint strikes 5 million coins a day, or 1.8 billion a year.") == []
    assert errors("The mint strikes 5 million coins a day, or 2.7 billion a year.") == ["rate-total-mismatch"]


def test_shares_listed_of_one_whole_must_not_pass_100_percent() -> None:
    assert errors("About 55% of the members voted to stay and 45% to leave.") == []
    assert errors("About 55% of the members voted to stay and 65% to leave.") == ["shares-exceed-whole"]
    assert errors("The fund put 70 percent of its budget into grants and only 30 percent into loans.") == []
    assert errors("The fund put 70 percent of its budget into grants and only 50 percent into loans.") == [
        "shares-exceed-whole"
    ]


def test_a_part_out_of_a_total_restated_as_a_percentage() -> None:
    assert errors("Some 45 out of 300 flights, or 15%, were delayed.") == []
    assert errors("Some 45 out of 300 flights, or 22%, were delayed.") == ["restatement-disagrees"]


def test_a_level_with_its_noun_then_the_change() -> None:
    assert errors("The agency recorded £4,950 million of fees, a fall of £50 million (1%) on last year.") == []
    assert errors("The agency recorded £4,950 million of fees, a fall of £50 million (2%) on last year.") == [
        "change-inconsistent"
    ]


def test_a_from_to_pair_shares_the_scale_word_of_its_second_end() -> None:
    text = "Fines rose by nearly 50 percent, from $6 to $8.9 billion."
    assert change_of(text)[1:] == (Amount.stated("6E+9", "USD", exponent=9), Amount.stated("8.9E+9", "USD"))
    assert errors(text) == []
    assert errors("Fines rose by nearly 80 percent, from $6 to $8.9 billion.") == ["change-inconsistent"]


def test_a_rate_restated_per_another_time() -> None:
    assert errors("The helpline took 300 calls a day, some 9,000 a month.") == []
    assert errors("The helpline took 300 calls a day, some 13,500 a month.") == ["restatement-disagrees"]


def test_from_a_figure_to_reach_another() -> None:
    assert errors("Inflation rose from 2.1% to reach 3.4%, up 1.3 points.") == []
    assert errors("Inflation rose from 2.1% to reach 3.4%, up 2.3 points.") == ["change-inconsistent"]


def test_shares_of_one_whole_stated_apart_are_not_one_list() -> None:
    """Two lists of one whole in one text, or shares with their parts, may overlap: a WARNING at most."""
    two_lists = "In May, 60% of members voted yes and 40% no. In June, 55% of members voted yes and 45% no."
    assert errors(two_lists) == []
    apart = "Of 120 members, 72, or 60%, voted. Of 120 members, 60, or 50%, stayed home."
    assert errors(apart) == []


def test_a_change_on_a_base_figure() -> None:
    assert errors("Sales were £540m, up 20% on the £450m of 2019.") == []
    assert errors("Sales were £540m, up 30% on the £450m of 2019.") == ["change-inconsistent"]
    ahead = "In 2023 the port handled 7,600 ships. This is a fall of 5% on the 8,000 ships of 2022."
    assert errors(ahead) == []
    assert errors(ahead.replace("5%", "9%")) == ["change-inconsistent"]


def test_a_part_paying_a_share_of_a_whole_stated_after_it() -> None:
    """ "£450 covers 30% of the fee of £1,500": part, verb, share, then the whole's figure."""
    right = "The grant of £450 covers 30% of the course fee of £1,500."
    wrong = "The grant of £450 covers 45% of the course fee of £1,500."
    dashed = "A bursary of £600 paid only 20% of the yearly cost of a place at the school--£3,000--in 2010."
    dashed_wrong = dashed.replace("20%", "30%")
    (share,) = [c for c in extract_quietly(right) if isinstance(c, factcheck.ShareClaim)]
    expected = (
        Amount.stated(450, "GBP"),
        Amount.stated(1500, "GBP"),
        [],
        ["share-inconsistent"],
        [],
        ["share-inconsistent"],
    )
    assert expected == (share.part, share.total, errors(right), errors(wrong), errors(dashed), errors(dashed_wrong))


def test_a_share_with_a_figure_after_it_needs_a_verb_of_share_before() -> None:
    """ "£450 rose 30% ... of £1,500" is no part and share; nor a figure of another unit after it."""
    texts = (
        "By 2020 the £450 fund held 30% of the course fee of £1,500.",
        "The grant of £450 covers 30% of the course fee of 1,500 students.",
    )
    expected: list[tuple[Amount | None, Amount | None]] = [(None, None), (None, None)]
    found = [next((c.part, c.total) for c in extract_quietly(t) if isinstance(c, factcheck.ShareClaim)) for t in texts]
    assert expected == found


def test_a_before_named_by_a_short_phrase_after_from() -> None:
    """ "from its record high of 12.4% to 5.8%": the before is named ("its record high of") before its figure."""
    assert errors("The levy fell from the old rate of 0.40% to 0.30%, a cut of 25%.") == []
    assert errors("The levy fell from the old rate of 0.40% to 0.30%, a cut of 50%.") == ["change-inconsistent"]


def test_a_multiplier_word_reaches_its_pair_past_what_it_is_measured_as() -> None:
    """ "more than halved as a share of income from ... to ...": the pair is what halved."""
    right = "Household debt was more than halved as a share of income from its record high of 12.4% to 5.8%."
    wrong = "Household debt was more than halved as a share of income from its record high of 12.4% to 7.8%."
    assert (errors(right), errors(wrong)) == ([], ["change-inconsistent"])
    assert change_of(right) == ("more than halved", Amount.stated("12.4", "percent"), Amount.stated("5.8", "percent"))


def test_make_up_a_share_of_a_possessed_total_with_its_part() -> None:
    """ "make up 40% of the county's 5,000 staff, or 2,000": a share (not a rise), its total and part."""
    right = "Teachers make up 40% of the county's 5,000 staff, or 2,000 people."
    wrong = "Teachers make up 60% of the county's 5,000 staff, or 2,000 people."
    kinds = [c.kind for c in extract_quietly("Pensioners made up 18% of the town.")]
    assert (kinds, errors(right), errors(wrong)) == (["share"], [], ["share-inconsistent"])


def test_a_group_of_people_and_the_named_groups_it_is_made_of() -> None:
    """ "a panel of 12 judges, 5 Democrats and 7 Republicans,": an apposition that lists the whole."""
    right = "The case went to a panel of 12 judges, 5 Democrats and 7 Republicans, on Monday."
    wrong = "The case went to a panel of 18 judges, 5 Democrats and 7 Republicans, on Monday."
    assert (errors(right), errors(wrong)) == ([], ["parts-do-not-add-up"])
    counted = [getattr(c, "counted", None) for c in extract_quietly(right)]
    assert counted == ["judge", "democrat", "republican"]  # each group its own counted noun


def test_a_bare_named_group_counts_its_group() -> None:
    """ "14 members, 7 Greens and 7 Liberals,": the last part, read bare, still names what it counts."""
    text = "She chaired a committee of 14 members, 7 Greens and 7 Liberals, of which she was one."
    assert [(c.span.text if c.span else "", getattr(c, "counted", None)) for c in extract_quietly(text)][:3] == [
        ("14", "member"),
        ("7", "green"),
        ("7", "liberal"),
    ]


def test_an_apposition_of_lower_case_things_or_without_and_is_no_split() -> None:
    """Lower-case nouns may be other quantities ("400 staff, 120 engineers and 80 vans"); no "and", no list end."""
    texts = (
        "The depot has 400 staff, 120 engineers and 80 managers.",
        "The depot has 400 staff, 120 Britons, 80 Poles.",
    )
    assert [[c.parts for c in extract_quietly(t) if c.parts] for t in texts] == [[], []]


def test_a_change_restated_by_a_from_to_pair_takes_its_before_and_after() -> None:
    text = "Raising the weekly carer's grant by £20 - ministers will raise the weekly grant from £80 to £100 in April."
    changes = [c for c in extract_quietly(text) if isinstance(c, factcheck.AbsoluteChangeClaim)]
    expected = [("£20", Amount.stated("80", "GBP"), Amount.stated("100", "GBP"), factcheck.Modality.FORECAST)]
    assert expected == [(c.span.text if c.span else "", c.before, c.after, c.modality) for c in changes]
    assert errors(text) == []
    wrong = "Raising the weekly carer's grant by £30 - ministers will raise the weekly grant from £80 to £100 in April."
    assert errors(wrong) == ["change-inconsistent"]


def test_a_from_to_pair_of_another_thing_or_direction_restates_no_change() -> None:
    for text in (
        "Raising the weekly carer's grant by £30 - ministers will raise the fuel allowance from £80 to £100.",
        "Raising the weekly carer's grant by £30 - ministers will cut the weekly grant from £100 to £80.",
    ):
        assert errors(text) == []


def test_a_total_of_after_far_apart_parts_has_them_all() -> None:
    text = (
        "The trust took £12m from its reserves, a further £5m from the sale of old clinics,"
        " some £3m from a national fund for community hospitals, for a total of £20m."
    )
    (*_, total) = extract_quietly(text)
    expected = (
        Amount.stated("12E+6", "GBP"),
        Amount.stated("5E+6", "GBP"),
        Amount.stated("3E+6", "GBP", hedge=Hedge.ABOUT),
    )
    assert expected == total.parts
    assert errors(text) == []
    assert errors(text.replace("£20m", "£30m")) == ["parts-do-not-add-up"]


def test_far_figures_that_end_a_change_are_not_parts_of_a_total() -> None:
    text = "Fees rose from £12m in 2020, then to £15m last year, while grants brought £5m, for a total of £20m."
    (*_, total) = extract_quietly(text)
    assert total.parts == ()


def test_a_bare_fraction_restated_as_a_percentage_is_a_share() -> None:
    """ "Nearly a third, some 31%, said no": the fraction names no whole, but its restatement is a share."""
    assert errors("Nearly a third, some 31%, said no.") == []
    assert errors("Nearly a third, some 45%, said no.") == ["restatement-disagrees"]
    assert errors("Only one in five, or 25%, of the homes passed the test.") == ["restatement-disagrees"]
    kinds = [(c.kind, str(c.amount.value)) for c in extract_quietly("Half, or 50%, said yes.")]
    assert kinds == [("share", "50.00"), ("share", "50")]
    assert errors("It was a third, or 20% of the total.") == []  # no apposition: "20% of the total" goes on
