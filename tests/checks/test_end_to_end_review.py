"""check(extract(text)) on news-style passages: consistent ones raise nothing, planted errors are found."""

from __future__ import annotations

import pytest

from factcheck import Severity, check
from factcheck._extract import extract

CONSISTENT = {
    "migration-drop": "Net migration fell from 745,000 in 2022 to 431,000 in 2024, a drop of 42%.",
    "hedged-ends": "Net migration fell from around 745,000 in 2022 to about 430,000 in 2024, a drop of 42%.",
    "budget-rise": "The council's budget rose from £120m in 2023 to £132m in 2024, an increase of 10%.",
    "turnout-points": "Turnout climbed from 62% in 2019 to 67% in 2024, a rise of five percentage points.",
    "homes-share": "Of the 400 homes built, 100, or 25%, were classed as affordable.",
    "patients-rate": "The hospital treated 1,200 patients a month, or 14,400 over the year.",
    "fund-split": "A £10m housing fund will be split into £4m, £3.5m and £2.5m.",
    "of-those-next-sentence": "Police recorded 5,000 burglaries in 2023. Of those, 1,000 were solved, a rate of 20%.",
    "waiting-list": "Waiting lists grew from 6 million in 2022 to 7.5 million in 2024, an increase of 25%.",
    "rent-rate-ends": "Rents rose by around 9% last year, from £1,100 to £1,200 a month.",
    "halved": "Arrivals by small boat halved, from 46,000 in 2022 to 23,000 in 2023.",
    "of-whom-a-quarter": "The trust employs 8,000 staff, of whom 2,000, or a quarter, are nurses.",
    "a-quarter-is-a-rounded-share": "The trust employs 8,000 staff, of whom 2,100, or a quarter, are nurses.",
    "absolute-fall-in-offences": "Crime fell from 120,000 offences in 2022 to 96,000 in 2023, a fall of 24,000.",
    "up-from-points": "Unemployment rose to 4.4%, up from 4.2%, an increase of 0.2 percentage points.",
    "up-from-hedged-level": "More than 1,000 people were arrested, up from 800 the year before, a rise of 25%.",
    "predicate-then-or": "Of the 1,500 applications, 300 were approved, or 20%.",
    "to-level-from-a-year-earlier": "Homeless households rose by 14% to 112,000, from 98,000 a year earlier.",
    "package-comprises": "The £12m package comprises £5m for schools, £4m for roads and £3m for parks.",
    "by-change-to-level": "The population grew by 700,000 to 68.3 million, up from 67.6 million.",
    "other-clause-change": "Prices rose from £2 to £3, while wages rose 5%.",
    "other-clause-after-up-from": "Turnout rose to 67%, up from 62%, while support for the party fell 3 points.",
    "other-sentence-total-in-money": "The 2,000 homes built cost £500m. Of those, 400 were social housing, or 20%.",
    "of-which-beds": "The hospital has 900 beds, of which 90, or 10%, are for children.",
    "grant-over-years": "The grant of £5m a year will total £25m over five years.",
    "different-years": "In 2023, 52,000 people crossed the Channel. In 2024, 37,000 people crossed the Channel.",
    "total-then-rate": "The minister promised 1.5 million homes over five years, or 300,000 a year.",
    "of-them-next-sentence": "The trust has 2,000 beds. About 200 of them, or 10%, were closed over the winter.",
    "hedged-share-after-comma": "The NHS employs 1.5 million people. About 350,000 of them are nurses, roughly 23%.",
    "share-of-another-whole": "Of the 400 homes, 100 were affordable, around 10% of the borough total.",
    "up-from-then-other-clause": "Arrests rose to 900 in 2024, up from 800 in 2023, while charges rose 5%.",
    "from-to-then-other-clause": "Spending rose from £10bn to £12bn, and the deficit fell 5%.",
    "fraction-change": "Deaths fell by a quarter, from 800 to 600.",
    "comparison-not-share": "Of the 400 homes, 100 were affordable, or half as many as last year.",
    "fraction-of-money": "The £2bn fund, of which £500m, or a quarter, goes to schools.",
    "irregular-verb-after-part": "Of 2,000 staff, 300 left in 2023, a rate of 15%.",
    "same-noun-other-verb": "In 2023, 600 people died in fires. In 2023, 1,200 people were injured in fires.",
    "same-noun-other-actor": "Labour won 411 seats in 2024. Reform won 5 seats in 2024.",
    "shares-of-one-whole-other-verbs": "About 40% of voters backed the plan in 2023, and 45% of voters opposed it.",
    "plan-against-outturn": "The council plans to build 500 homes a year. It built 450 homes in 2023.",
    "down-from-money": "The firm made a profit of £3.5m, down from £4.2m, a fall of 17%.",
    "one-in-five-of-them": "The county has 1.2 million residents. Some 240,000 of them, or one in five, are over 65.",
    "period-first-then-rate": "Over three years, the programme will cost £900m, or £300m a year.",
    "less-than-a-year": "The government will spend £22bn over 25 years. That works out at less than £1bn a year.",
    "each-quarter": "Some 3,000 nurses left the service each quarter, around 12,000 over the year.",
    "down-from-pence": "The share price fell 20% to 80p, down from 100p.",
    "up-from-then-and": "Cases rose 10% to 330, up from 300 last year, and deaths fell 5%.",
    "absolute-cut-to-from": "The deficit fell to £120bn, from £150bn the year before, a cut of £30bn.",
    "about-one-in-ten": "Of 900 schools, 90 closed early, or about one in ten.",
    "survey-shares": "A survey of 2,000 adults found that 56% supported the policy, while 31% opposed it.",
    "across-sentences": "Visitors numbered 52,000 in 2021. In 2022 they rose by 20% to 62,400.",
    "across-sentences-other-quantity": "Exports were worth £30bn in 2021. In 2022 imports rose by 10% to £33bn.",
    "across-sentences-other-noun": "In 2020 the ward had 400 beds. In 2023 waiting lists rose by 20% to 6,000.",
    "across-sentences-two-candidates": "In 2021, 900 homes were built and 300 sold. In 2022 building fell 10% to 810.",
    "two-counts-two-verbs": "In 2022, 8,000 people crossed and 2,000 were returned.",
}

PLANTED = {
    "a-quarter-that-is-a-fifth": (
        "The trust employs 8,000 staff, of whom 1,600, or a quarter, are nurses.",
        ["share-inconsistent"],
    ),
    "migration-drop-wrong": (
        "Net migration fell from 745,000 in 2022 to 431,000 in 2024, a drop of 52%.",
        ["change-inconsistent"],
    ),
    "turnout-percent-for-points": (
        "Turnout climbed from 62% in 2019 to 67% in 2024, a rise of 5%.",
        ["percent-vs-points"],
    ),
    "homes-share-wrong": ("Of the 400 homes built, 100, or 40%, were classed as affordable.", ["share-inconsistent"]),
    "patients-rate-wrong": (
        "The hospital treated 1,200 patients a month, or 12,000 over the year.",
        ["rate-total-mismatch"],
    ),
    "fund-split-wrong": ("A £10m housing fund will be split into £4m, £4.5m and £2.5m.", ["parts-do-not-add-up"]),
    "of-those-next-sentence-wrong": (
        "Police recorded 5,000 burglaries in 2023. Of those, 1,000 were solved, a rate of 30%.",
        ["share-inconsistent"],
    ),
    "rent-rate-ends-wrong": ("Rents rose by 20% last year, from £1,100 to £1,200 a month.", ["change-inconsistent"]),
    "knife-crime-two-figures": (
        "In 2024, police recorded 46,000 knife offences. Ministers said 52,000 knife offences were recorded in 2024.",
        ["contradiction"],
    ),
    "doubled-wrong": ("The NHS budget doubled from £100bn in 2010 to £150bn in 2020.", ["change-inconsistent"]),
    "of-whom-a-third-wrong": (
        "The trust employs 8,000 staff, of whom 2,000, or a third, are nurses.",
        ["share-inconsistent"],
    ),
    "absolute-fall-wrong": (
        "Crime fell from 120,000 offences in 2022 to 96,000 in 2023, a fall of 30,000.",
        ["change-inconsistent"],
    ),
    "up-from-points-wrong": (
        "Unemployment rose to 4.4%, up from 4.2%, an increase of 2 percentage points.",
        ["change-inconsistent"],
    ),
    "to-level-from-wrong": (
        "The number of homeless households rose by 24% to 112,000, from 98,000 a year earlier.",
        ["change-inconsistent"],
    ),
    "up-from-level-wrong": ("Arrests rose 10% to 11,000, up from 9,000.", ["change-inconsistent"]),
    "package-comprises-wrong": (
        "The £12m package comprises £5m for schools, £4m for roads and £4m for parks.",
        ["parts-do-not-add-up"],
    ),
    "by-change-to-level-wrong": (
        "The population grew by 900,000 to 68.3 million, up from 67.6 million.",
        ["change-inconsistent"],
    ),
    "vote-share-percent-for-points": (
        "Its share of the vote fell from 43.6% to 23.7%, a drop of almost 20%.",
        ["percent-vs-points"],
    ),
    "deficit-two-figures": (
        "The deficit was £50bn in 2023. The chancellor said the deficit was £70bn in 2023.",
        ["contradiction"],
    ),
    "total-then-rate-wrong": (
        "The minister promised 1.5 million homes over five years, or 370,000 a year.",
        ["rate-total-mismatch"],
    ),
    "of-them-next-sentence-wrong": (
        "The trust has 2,000 beds. About 200 of them, or 20%, were closed over the winter.",
        ["share-inconsistent"],
    ),
    "hedged-share-after-comma-wrong": (
        "The NHS employs 1.5 million people. About 350,000 of them are nurses, roughly 40%.",
        ["share-inconsistent"],
    ),
    "fraction-change-wrong": ("Deaths fell by a third, from 800 to 600.", ["change-inconsistent"]),
    "out-of-share-wrong": ("Out of 500 patients, 150, or 20%, waited more than four hours.", ["share-inconsistent"]),
    "irregular-verb-after-part-wrong": ("Of 2,000 staff, 300 left in 2023, a rate of 25%.", ["share-inconsistent"]),
    "down-from-money-wrong": (
        "The firm made a profit of £3.5m, down from £4.2m, a fall of 27%.",
        ["change-inconsistent"],
    ),
    "one-in-four-of-them-wrong": (
        "The county has 1.2 million residents. Some 240,000 of them, or one in four, are over 65.",
        ["share-inconsistent"],
    ),
    "period-first-then-rate-wrong": (
        "Over three years, the programme will cost £900m, or £400m a year.",
        ["rate-total-mismatch"],
    ),
    "each-quarter-wrong": (
        "Some 3,000 nurses left the service each quarter, or 20,000 over the year.",
        ["rate-total-mismatch"],
    ),
    "absolute-cut-to-from-wrong": (
        "The deficit fell to £120bn, from £150bn the year before, a cut of £20bn.",
        ["change-inconsistent"],
    ),
    "grant-over-years-wrong": ("The budget of £40m a year is equal to £240m over five years.", ["rate-total-mismatch"]),
    "across-sentences-wrong": (
        "Arrivals reached 8,000 in 2022. In 2023 they fell by 75% to 390.",
        ["change-inconsistent"],
    ),
    "same-count-twice-wrong": (
        "In 2023, 4,100 people were deported. Officials later said 5,600 people were deported in 2023.",
        ["contradiction"],
    ),
}


def problems(text: str) -> list[str]:
    """The codes of the findings at warning or above, in report order."""
    return [f.code for f in check(extract(text), text=text).findings if f.severity >= Severity.WARNING]


@pytest.mark.parametrize("text", CONSISTENT.values(), ids=CONSISTENT.keys())
def test_consistent_passage_raises_nothing(text: str) -> None:
    """A correct passage gets no warning and no error."""
    expected: list[str] = []
    assert expected == problems(text)


@pytest.mark.parametrize(("text", "codes"), PLANTED.values(), ids=PLANTED.keys())
def test_planted_error_is_found(text: str, codes: list[str]) -> None:
    """A passage with one planted error gets exactly the expected finding."""
    assert codes == problems(text)


def verdicts(text: str) -> list[tuple[str, Severity, str | None]]:
    """Code, severity and verdict of every finding."""
    return [(f.code, f.severity, f.verdict.value if f.verdict else None) for f in check(extract(text)).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Spending rose from £2bn in 2020 to £3bn in 2024, an increase of 60%.",
        "Spending rose from more than £2bn to £3bn, an increase of 60%.",
        "Exports rose 10% to £50bn, from £45bn.",
    ],
)
def test_rounded_inputs_only_if_rounded(text: str) -> None:
    """A change that holds only under the wide reading of rounded figures is a warning, never accurate."""
    expected = [("change-inconsistent", Severity.WARNING, "only_if_rounded")]
    assert expected == verdicts(text)


def test_hedged_inputs_are_within_rounding_not_accurate() -> None:
    """ "From around £2bn to about £3bn, an increase of 60%" holds within the hedges, not exactly."""
    expected = [("change-consistent", Severity.OK, "accurate_within_rounding")]
    assert expected == verdicts("Spending rose from around £2bn to about £3bn, an increase of 60%.")
