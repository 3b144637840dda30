"""Red-team sentences for the readings of ages, partitives, occasions, rates and names (issue 10).

Sentences of our own whose figures agree give no ERROR; a copy with one figure made wrong still
gives its ERROR; figures that were lost or read in the wrong unit are read as written.
"""

from __future__ import annotations

from factcheck.cli.extract_cmd import claim_record
from tests.quiet import extract_quietly, flagged


def figures(text: str, locale: str = "en_GB") -> list[tuple[str, str, str, str]]:
    """(text, kind, value, unit) of every claim, in order."""
    records = [claim_record(claim) for claim in extract_quietly(text, locale, bare_numbers=True)]
    return [(r["text"], r["kind"], r["value"], r["unit"]) for r in records]


def test_a_percentage_of_a_monthly_average_is_a_ratio() -> None:
    """ "150% of the monthly average": the whole after "monthly" is an average, so no share."""
    assert flagged("Rainfall in March was 150% of the monthly average.") == []
    expected = [("180%", "ratio", "1.8", "dimensionless")]
    assert expected == figures("Rainfall in August was 180% of the long-term average.")


def test_a_percentage_of_voters_over_100_is_still_out_of_range() -> None:
    expected = [("share-out-of-range", "error")]
    assert expected == flagged("Turnout was 120% of registered voters in the ward.")


def test_prices_joined_by_or_without_a_comma_are_two_offers() -> None:
    """A yearly plan priced apart from the monthly one is no restatement of it."""
    assert flagged("The app costs £8.99 a month or £89.99 a year.") == []


def test_a_restated_price_after_a_comma_is_still_checked() -> None:
    expected = [("rate-total-mismatch", "error")]
    assert expected == flagged("Carers earn £2,000 a month, or £30,000 a year.")


def test_a_daily_rate_over_a_working_week() -> None:
    """ "40 patients a day, or about 200 a week": a week of five working days."""
    assert flagged("The clinic sees 40 patients a day, or about 200 a week.") == []
    assert flagged("The clinic sees 40 patients a day, or about 280 a week.") == []


def test_a_daily_rate_over_a_week_matching_neither_reckoning_is_an_error() -> None:
    expected = [("rate-total-mismatch", "error")]
    assert expected == flagged("The clinic sees 40 patients a day, or about 350 a week.")


def test_occasions_after_a_designator_are_read() -> None:
    """ "the World Series 27 times": occasions, not "Series 27" naming a thing."""
    expected = [("27 times", "count", "27", "item")]
    assert expected == figures("The Yankees have won the World Series 27 times.")


def test_a_designator_without_times_stays_a_name() -> None:
    assert figures("The court heard the case under section 18 of the act.") == []


def test_every_age_of_a_list_after_an_age_lead_is_in_years() -> None:
    expected = [
        ("19", "duration", "19", "year"),
        ("21", "duration", "21", "year"),
        ("24", "duration", "24", "year"),
    ]
    assert expected == figures("The suspects, aged 19, 21 and 24, were charged with burglary.", "en_US")


def test_ages_joined_by_and_after_an_age_lead() -> None:
    expected = [
        ("Two", "count", "2", "person"),
        ("34", "duration", "34", "year"),
        ("36", "duration", "36", "year"),
    ]
    assert expected == figures("Two men, aged 34 and 36, were arrested at the scene.")


def test_a_number_word_after_an_age_list_is_no_age() -> None:
    """ "aged 13, and seven others": a count of people after the list of ages, not an age."""
    expected = [("13", "duration", "13", "year"), ("seven", "count", "7", "person")]
    assert expected == figures("Her son aged 13 and seven others died.")


def test_a_list_of_numbers_without_an_age_lead_is_no_age() -> None:
    """ "Sales were 34, 36 and 40 units": no ages; the list shares its last figure's unit, its subject before it."""
    expected = [
        ("34", "count", "34", "item"),
        ("36", "count", "36", "item"),
        ("40", "count", "40", "item"),
    ]
    assert expected == figures("Sales were 34, 36 and 40 units.")
    # a pair with a comma joins two clauses: the first stays a number
    assert figures("Sales were 34, and 40 units were sold.") == [
        ("34", "number", "34", "dimensionless"),
        ("40", "count", "40", "item"),
    ]


def test_young_animals_and_birds_are_animals() -> None:
    expected = [("12", "count", "12", "animal"), ("15", "count", "15", "animal")]
    assert expected == figures("The pride numbered 12 lions, including 15 cubs.")
    assert flagged("The pride numbered 12 lions, including 15 cubs.") == [("parts-exceed-total", "error")]


def test_schoolgirls_are_people() -> None:
    expected = [("276", "count", "276", "person")]
    assert expected == figures("Gunmen kidnapped 276 schoolgirls from the village.")


def test_an_age_range_after_a_fronted_whole_is_no_part() -> None:
    """ "aged 15 to 60" is a range of ages (its midpoint 37.5 is no whole number), not people."""
    text = "Of the 50 people arrested, aged 15 to 60, 38 were men."
    expected = [
        ("50", "count", "50", "person"),
        ("15 to 60", "duration", "37.5", "year"),
        ("38", "number", "38", "dimensionless"),
    ]
    assert expected == figures(text, "en_US")
    assert flagged(text, "en_US") == []


def test_an_age_range_with_a_half_midpoint_is_in_years() -> None:
    expected = [("25 to 34", "duration", "29.5", "year")]
    assert expected == figures("Workers aged 25 to 34 were asked.")


def test_percentages_of_normal_and_of_flood_stage_are_ratios() -> None:
    assert flagged("Rainfall was 120% of normal in July.", "en_US") == []
    assert flagged("The river crested at 150% of flood stage.", "en_US") == []


def test_a_measure_then_a_scaled_count_after_to_is_no_range() -> None:
    """ "winds of 80mph to 1.2 million homes": the speed, then how many homes, not one range."""
    expected = [("80mph", "quantity", "80", "mile_per_hour"), ("1.2 million", "count", "1200000", "item")]
    assert expected == figures("The storm brought winds of 80mph to 1.2 million homes.")


def test_a_range_of_a_measure_still_reads() -> None:
    expected = [("60 to 70 mph", "quantity", "65", "mile_per_hour")]
    assert expected == figures("Gusts of 60 to 70 mph are forecast.")


def test_a_multiplier_repeated_by_an_occasion_count_is_no_single_change() -> None:
    """ "doubled twice, from £1 to £4": four times, so no one doubling to hold against £1 to £4."""
    assert flagged("The fare has doubled twice since 2010, from £1 to £4.") == []


def test_a_single_doubling_is_still_checked() -> None:
    expected = [("change-inconsistent", "error")]
    assert expected == flagged("The fare has doubled since 2010, from £1 to £3.")
