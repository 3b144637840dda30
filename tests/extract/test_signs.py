"""Signs as the text writes them: a minus sign or en dash before digits, brackets in a cell of figures."""

from __future__ import annotations

import pytest

from factcheck import ChangeClaim, extract
from factcheck._decimal import plain
from tests.readings import spanned_kinds as _values


def test_a_cell_of_figures_keeps_its_signs() -> None:
    """ "(14)" alone in a cell is a negative, as accounts write it; so are "–270" and "−3.5"; "11 (12)" is not."""
    text = "Operating costs | 8 | (14) | –270 | −3.5 | 11 (12)"
    expected = [
        ("number", "8", "8", "dimensionless"),
        ("number", "(14)", "-14", "dimensionless"),
        ("number", "–270", "-270", "dimensionless"),
        ("number", "−3.5", "-3.5", "dimensionless"),
        ("number", "11", "11", "dimensionless"),
        ("number", "12", "12", "dimensionless"),
    ]
    assert expected == _values(text)


def test_a_list_of_figures_keeps_its_en_dash_signs() -> None:
    """An en dash glued before digits and after a space or a comma is a minus."""
    expected = [
        ("number", "2.1", "2.1", "dimensionless"),
        ("number", "–0.4", "-0.4", "dimensionless"),
        ("number", "−1.2", "-1.2", "dimensionless"),
    ]
    assert expected == _values("Net margins by year: 2.1, –0.4, −1.2")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The discount rate was -2.70% at the year end.", [("quantity", "-2.70%", "-2.7", "percent")]),
        ("The discount rate was –2.70% at the year end.", [("quantity", "–2.70%", "-2.7", "percent")]),
        ("Inflation was −0.2% in April.", [("quantity", "−0.2%", "-0.2", "percent")]),
        (
            "Discount rates | -1.95% | -1.00%",
            [("quantity", "-1.95%", "-1.95", "percent"), ("quantity", "-1.00%", "-1", "percent")],
        ),
    ],
)
def test_a_signed_level_keeps_its_sign(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """A signed percentage with no change word is a level below zero, not a fall."""
    assert expected == _values(text)


def test_a_change_written_with_a_verb_stays_a_fall_and_a_growth_rate_keeps_its_sign() -> None:
    """ "fell 2.7%" and "fell -2.7%" are falls of 2.7%; "fell by -£3m" a fall of £3m; "grow at -2.3%" is the
    rate the verb goes at, kept with its sign (as the real-news gold reads a signed level), per year a rate."""
    text = "Prices fell 2.7% in May. Rents fell -2.7% in June. Pay will grow at -2.3% a year. Cash fell by -£3m."
    found = [
        (c.kind, plain(c.amount.value), getattr(c, "direction", None) and c.direction.value)
        for c in extract(text, locale="en_GB")
    ]
    expected = [
        ("relative_change", "2.7", "down"),
        ("relative_change", "2.7", "down"),
        ("rate", "-2.3", None),
        ("absolute_change", "3000000", "down"),
    ]
    assert expected == found


def test_accounts_brackets_read_as_a_change_give_its_size() -> None:
    """A bracketed cell read as a change (here by the change word of the next row) keeps its size, never a
    negative magnitude: the brackets are the accounts' sign, the direction is the word's."""
    text = "Receivables | 43 | (19)\n(Decrease) in payables | (108) | (232)"
    changes = [
        (c.span.text if c.span else "", plain(c.amount.value)) for c in extract(text) if isinstance(c, ChangeClaim)
    ]
    expected = [("(19)", "19")]
    assert expected == changes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sizes of 10–12 metres were seen.", [("quantity", "10–12 metres", "11", "metre")]),
        ("Scores ran 10-12 in the final.", [("number", "10-12", "11", "dimensionless")]),
        ("See pages 4-6 of the report.", []),
        ("COVID-19 cases rose to 400.", [("count", "400", "400", "case")]),
        ("In 1990–91 output fell.", []),
        ("The mix was 80%-20% nitrogen.", [("share", "80%", "80", "percent"), ("share", "20%", "20", "percent")]),
        ("It varied by +/-50% around the centre.", [("share", "50%", "50", "percent")]),
        ("Payments (14) were made.", [("number", "14", "14", "dimensionless")]),
        ("The costs – 270 of them – were paid.", [("number", "270", "270", "dimensionless")]),
    ],
)
def test_ranges_hyphens_and_prose_brackets_are_no_signs(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    """A dash glued after a number, a word or a percent sign joins; a spaced dash and brackets in prose are no sign."""
    assert expected == _values(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The FTSE 100 lost 81.5 points on Friday.", [("absolute_change", "81.5", "index_point", "down")]),
        (
            "Labour lost 3 points to 35%.",
            [("points_change", "3", "percentage_point", "down"), ("share", "35", "percent", None)],
        ),
        ("Farmers lose 30,000 hectares a year.", [("rate", "30000", "hectare / year", None)]),
        ("The firm lost £3m last year.", [("money", "3000000", "GBP", None)]),
        ("The charity raised £2bn.", [("money", "2000000000", "GBP", None)]),
    ],
)
def test_level_verbs_of_money_change_points(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """ "lost 81.5 points" is a fall of 81.5 index points (its signed value -81.5); "lost £3m" stays a level."""
    found = [
        (c.kind, plain(c.amount.value), str(c.amount.unit), getattr(c, "direction", None) and c.direction.value)
        for c in extract(text, locale="en_GB")
    ]
    assert expected == found
