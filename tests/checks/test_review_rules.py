"""Single rules found by the second review: restated rates, totals over a duration, per-head ratios, places."""

from __future__ import annotations

from factcheck import check
from factcheck._extract import extract


def kinds(text: str) -> list[tuple[str, str, str, str | None]]:
    """Kind, value, unit and ``over`` of every claim."""
    return [
        (c.kind, str(c.amount.value), str(c.amount.unit), None if c.over is None else c.over.format("en_GB"))
        for c in extract(text)
    ]


def test_restated_rate_is_a_total_over_its_period() -> None:
    """ "250 patients a week, or 13,000 a year": the second figure is 13,000 people over one year."""
    expected = [("rate", "250", "person / week", None), ("count", "13000", "person", "1 year")]
    assert expected == kinds("The clinic sees 250 patients a week, or 13,000 a year.")


def test_total_after_a_rate_for_a_duration() -> None:
    """ "£150m a year for four years, a total of £600m": the duration is the total's, not a claim."""
    expected = [("rate", "1.50E+8", "GBP / year", None), ("money", "6.00E+8", "GBP", "4 years")]
    assert expected == kinds("Councils will receive £150m a year for four years, a total of £600m.")


def test_per_head_figures_are_rates() -> None:
    """ "From 1.61 to 1.49 children per woman": rates of children per woman, not fractional counts of people.

    Children and women both count in ``person``, so the unit cancels; the two nouns say what the rate is.
    """
    expected = [("rate", "1.61", "child", "woman"), ("rate", "1.49", "child", "woman")]
    claims = extract("The fertility rate dropped from 1.61 to 1.49 children per woman.")
    assert expected == [
        (c.kind, str(c.amount.value), getattr(c, "counted", None), getattr(c, "per", None)) for c in claims
    ]


def messages(text: str) -> list[str]:
    """The message of every finding."""
    return [f.message for f in check(extract(text)).findings]


def test_year_reckoned_as_52_weeks() -> None:
    """A weekly rate against a yearly total is judged with the 52-week year writers use."""
    expected = ["250 people a week over 52 weeks is 13,000 people; the text says 13,000 people: accurate."]
    assert expected == messages("The clinic sees 250 patients a week, or 13,000 a year.")


def test_relative_change_after_absolute_change_and_level() -> None:
    """ "Climbed 30 cents to $4.30, up 12%": the before is $4.00, so the rise is 7.5%."""
    expected = ["From US$4 to US$4.30 is a rise of 7.5%, not a rise of 12% (off by 4.5 percentage points)."]
    assert expected == [m for m in messages("The stock climbed 30 cents to $4.30, up 12%.") if "cannot" not in m]


def test_opening_place_keeps_regions_apart() -> None:
    """ "In Wales, ..." and "In Scotland, ..." name different places: no contradiction."""
    expected = [("Wales", "homes built"), ("Scotland", "homes built")]
    text = "In Wales, 3,000 homes were built in 2023. In Scotland, 18,000 homes were built in 2023."
    assert expected == [(c.place, c.subject) for c in extract(text)]
