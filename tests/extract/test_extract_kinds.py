"""extract(): the kind, value and unit each sentence gives, and what is not a claim."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck import Amount, Direction, Period
from factcheck._decimal import plain
from factcheck._extract import extract
from tests.readings import kinds as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crossings were plummeting by 95% at the time.", [("relative_change", "95", "percent")]),
        ("Officials reported a 40% drop in claims.", [("relative_change", "40", "percent")]),
        ("Exports rose 10% last year.", [("relative_change", "10", "percent")]),
        ("Fees have tripled.", [("relative_change", "200", "percent")]),
        ("Support is up 3 percentage points.", [("points_change", "3", "percentage_point")]),
        ("The trust spent £2bn more than planned.", [("absolute_change", "2000000000", "GBP")]),
        ("About 700 nurses join each month.", [("rate", "700", "person / month")]),
        ("Waiting times grew to 18 weeks.", [("duration", "18", "week")]),
        ("Half of the budget went on staff.", [("share", "50", "percent")]),
        ("Two thirds was the figure quoted.", [("ratio", "0.6666666666666666666666666666666667", "dimensionless")]),
        ("The tank holds 40 litres.", [("quantity", "40", "litre")]),
        ("Some 300 households were flooded.", [("count", "300", "household")]),
        ("It rained for 5 days.", [("duration", "5", "day")]),
    ],
)
def test_kinds_in_english(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence gives the listed kind, value and unit."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 1998.",
        "The meeting is on 5 May 2024 at 10:30.",
        "It was the first official visit since 2019.",
        "Call 020 7946 0000 for details.",
        "See section 12 of the act and article 50.",
        "Covid-19 hit the G7 economies; No 10 and the M25 were quiet.",
        "Results are at https://example.org/report?id=305&page=2 online.",
        "Ms Ray proposes an amendment numbered 2210.",
        "She called up amendments numbered 41, as modified.",
        "The clerk reported amendments numbered 2210 through 2212 en bloc.",
        "He offered amendments numbered 512, 513, 514 and 515 together.",
        "Sections 4, 5 and 6 were struck out.",
        "The amendments (Nos. 2210, 2211, and 2212) were agreed to.",
        "As Chart 2.7 shows, borrowing falls in every year.",
        "As set out in chart 3.12 the gap narrows.",
        "The panel hears the minister, 3 p.m., 1539 Longworth.",
        "The panel hears the minister, 11 a.m., 418 Cannon.",
        "The subcommittee meets at 4pm, 2360 RHOB.",
        "The caucus met in 1208 LHOB on Monday.",
        "The Senate agreed to S. Res. 410 without amendment.",
        "The House took up H. Con. Res. 77 and 78.",
        "She was absent for rollcall vote 212.",
        "The rules of P.L. 98-112 apply.",
        "The Senate received the Tax Treaty with Peru (Treaty Doc. 104-7).",
        "The Relief Act (50 U.S.C. App. 520 et seq.) is amended.",
        "Payment goes to the survivor first on the list under 1552(b) of title 10.",
        "Firms in the 8(a) program hire advisers; others save in 403(b) plans.",
        "For details, call Ann Lee at (303) 555-0142 or Bo Chan at (303) 555-7391.",
        "Questions go to the clerk on 555-2318.",
    ],
)
def test_not_claims(text: str) -> None:
    """Years, dates, ordinals, times, phone numbers, labels, names and links give no claim."""
    expected: list[tuple[str, str, str]] = []
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The marchers numbered 4,500 at noon.", [("count", "4500", "person")]),  # marchers are people
        ("Their troops numbered 12,000.", [("count", "12000", "person")]),
        ("Clause 4, 25 people objected and 3 abstained.", [("count", "25", "person"), ("count", "3", "person")]),
        ("Sections 4, 5 and 6 percent were the rates.", [("share", "5", "percent"), ("share", "6", "percent")]),
        ("Section 4, 25 and 30 people came.", [("number", "25", "dimensionless"), ("count", "30", "person")]),
        ("The band topped the chart 3 times.", [("count", "3", "item")]),
        ("At 3 p.m., 250 Marines landed.", [("count", "250", "person")]),
        ("By 11 a.m., 90 people had queued.", [("count", "90", "person")]),
        ("Hi res 12 screens shipped.", [("count", "12", "item")]),  # "res" names a numeral only as "Res."
        ("The doc 5 pages long was sent.", [("count", "5", "item")]),  # "doc" only as "Doc."
        ("Staff costs were 4,512(a) that year.", [("number", "4512", "dimensionless")]),  # a note's mark
        ("Between 300-2000 people came.", [("count", "1150", "person")]),  # a round high end: a range
        ("Some 250-1500 fans gathered.", [("count", "875", "person")]),
    ],
)
def test_numbered_after_no_designator_is_a_figure(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Look-alikes of labels stay figures: "numbered" with no designator, a list with a unit, a count at a time."""
    assert expected == _read(text)


def test_direction_of_changes() -> None:
    """Rises are UP, falls DOWN; halving is a 50% fall."""
    text = "Sales rose 5% while costs fell 2% and staff numbers halved."
    expected = [Direction.UP, Direction.DOWN, Direction.DOWN]
    assert expected == [c.direction for c in extract(text)]  # type: ignore[attr-defined]


def test_year_as_a_count_when_a_count_noun_follows() -> None:
    """ "2024 people" is a count, not a year."""
    expected = [("count", "2024", "person")]
    assert expected == _read("Organisers said 2024 people attended.")


def test_period_from_the_clause_and_not_a_claim() -> None:
    """The year of the clause is the claim's period; the year itself is not a claim."""
    claims = extract("In 2022 the charity helped 1,500 families.")
    assert [("1500", Period.year(2022))] == [(plain(c.amount.value), c.period) for c in claims]


def test_figures_do_not_run_across_paragraphs() -> None:
    """A blank line ends every figure: "one trillion" and "twenty" are two claims."""
    expected = [("number", "1000000000000", "dimensionless"), ("number", "20", "dimensionless")]
    assert expected == _read("one trillion\n\ntwenty")


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        (
            "Die Kosten stiegen auf 1,2 Mio. €, rund 40 %.",
            "de_DE",
            [("money", "1200000", "EUR"), ("share", "40", "percent")],
        ),
        ("Le budget atteint 3,5 milliards d'euros.", "fr_FR", [("money", "3500000000", "EUR")]),
        ("El paro bajó al 12,5 % en 2023.", "es_ES", [("share", "12.5", "percent")]),
        ("Es kamen 5.294 Menschen.", "de_DE", [("count", "5294", "person")]),
        ("It cost $4.5M in 2023.", "en_US", [("money", "4500000", "USD")]),
    ],
)
def test_other_locales_read_digits_currencies_and_percentages(
    text: str, locale: str, expected: list[tuple[str, str, str]]
) -> None:
    """German, French, Spanish and US English separators, currencies and scale words."""
    assert expected == _read(text, locale)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("Die Behörde meldete 5.294 Personen für die Region.", "de_DE", Amount.stated(5294, "person")),
        ("Le rapport recense 2 millions de ménages.", "fr_FR", Amount.stated(Decimal("2E+6"), "household")),
        ("El informe cita 5,3 millones de personas.", "es_ES", Amount.stated(Decimal("5.3E+6"), "person")),
    ],
)
def test_count_words_in_other_languages_give_the_counted_unit(text: str, locale: str, expected: Amount) -> None:
    """The count words factcheck writes in German, French and Spanish are read back as their unit."""
    assert [expected] == [claim.amount for claim in extract(text, locale)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Turnout reached 64 percentage in the ward.", "percent"),
        ("Support fell by 4 percentage points.", "percentage_point"),
    ],
)
def test_percentage_alone_is_percent_and_with_points_is_points(text: str, unit: str) -> None:
    """ "64 percentage" is read as percent; "percentage points" stays points."""
    assert [unit] == [str(claim.amount.unit) for claim in extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a whole the text names stays a share, even one that cannot be true
        ("Some 45% of residents opposed the bypass.", [("share", "45", "percent", None)]),
        ("The plan was backed by 120% of residents.", [("share", "120", "percent", None)]),
        ("Some 130% said they would vote.", [("share", "130", "percent", None)]),
        # a percentage of another quantity is a ratio to it, and may pass 100%
        ("Council debt climbed to 240% of its annual income.", [("ratio", "2.4", "dimensionless", None)]),
        ("Public debt stood at 130% of GDP last year.", [("ratio", "1.3", "dimensionless", None)]),
        # a signed figure with no whole and no change word is a level in percent that keeps its sign
        ("Prices were -0.4% in June.", [("quantity", "-0.4", "percent", None)]),
        ("The real interest rate is -1.25% this year.", [("quantity", "-1.25", "percent", None)]),
        ("Target missed | -7%", [("quantity", "-7", "percent", None)]),
        # over 100% with no whole named: a ratio to a quantity the text leaves unnamed
        ("The debt ratio peaked at 162% in 2009.", [("ratio", "1.62", "dimensionless", None)]),
    ],
)
def test_percentages_that_are_not_shares(text: str, expected: list[tuple[str, str, str, Direction | None]]) -> None:
    """Only a percentage of a named whole is a share; a ratio to another quantity or a signed figure is not."""
    actual = [
        (c.kind, plain(c.amount.value), str(c.amount.unit) or "dimensionless", getattr(c, "direction", None))
        for c in extract(text, "en_GB")
    ]
    assert expected == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The yield fell 1/4 point.", [("absolute_change", "0.25", "dimensionless")]),
        ("Mortgage rates rose three quarters of a point.", [("absolute_change", "0.75", "dimensionless")]),
        ("The bond gained 0.25 point.", [("absolute_change", "0.25", "dimensionless")]),
        ("Prices fell 1/4 last year.", [("relative_change", "25", "percent")]),
        ("Three quarters of the seats went to Labour.", [("share", "75", "percent")]),
    ],
)
def test_a_fraction_of_a_point_is_no_percentage(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A fraction before "point(s)" is a part of a point, as "0.25 point" is; without points it stays a percentage."""
    assert expected == _read(text)
