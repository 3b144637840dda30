"""Red-team sentences of politics, courts, health, sport, weather, transport, schools and local news.

Each correct sentence gives no ERROR; where the relation is read, a copy with one figure made
wrong still gives its ERROR.
"""

from __future__ import annotations

from factcheck import Severity
from factcheck._extract import extract
from tests.quiet import found


def test_group_ratio_restated_after_the_group_size_agrees() -> None:
    """ "Of 800 voters, three in four, or 75%": the fraction is restated, not a part of 800."""
    expected = [("restatement-agrees", Severity.OK)]
    assert expected == found("A poll of 800 voters found that three in four, or 75%, wanted a new bypass.")


def test_group_ratio_restated_wrongly_after_the_group_size() -> None:
    """The same sentence with the percentage made wrong is an ERROR of the restatement."""
    expected = [("restatement-disagrees", Severity.ERROR)]
    assert expected == found("A poll of 800 voters found that three in four, or 65%, wanted a new bypass.")


def test_bare_group_ratio_restated_as_a_percentage() -> None:
    """ "one in five, or 20%" with no group size: the percentage restates the fraction."""
    expected = [("restatement-agrees", Severity.OK)]
    assert expected == found("The inspectors said one in five, or 20%, of the ward beds were unsafe.")


def test_bare_group_ratio_restated_wrongly_as_a_percentage() -> None:
    """The same with the percentage made wrong."""
    expected = [("restatement-disagrees", Severity.ERROR)]
    assert expected == found("The inspectors said one in five, or 30%, of the ward beds were unsafe.")


def test_share_up_from_its_earlier_level_is_not_a_second_group() -> None:
    """ "62% of pupils ..., up from 60% a year earlier": one share at two times, not 122% of pupils."""
    expected: list[tuple[str, Severity]] = []
    assert expected == found("Some 62% of pupils met the expected standard, up from 60% a year earlier.")


def test_share_down_from_its_earlier_level_is_not_a_second_group() -> None:
    """ "reservoirs at 45% of capacity, down from 78%": the same whole a year apart."""
    expected: list[tuple[str, Severity]] = []
    assert expected == found("The dry spring has left reservoirs at 45% of capacity, down from 78% a year ago.")


def test_listed_shares_of_one_whole_still_exceed_it() -> None:
    """Shares listed of one whole at one time are still summed."""
    expected = [("shares-exceed-whole", Severity.ERROR)]
    assert expected == found("Of the ballots cast, 58% went to the mayor and 47% to her rival.")


def test_change_in_cents_of_a_price_per_gallon() -> None:
    """ "$3.12 a gallon, down from $3.47, a drop of 35 cents": the change is in cents a gallon."""
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("Diesel averaged $3.12 a gallon, down from $3.47 a year ago, a drop of 35 cents.")


def test_wrong_change_in_cents_of_a_price_per_gallon() -> None:
    """The same with the drop made wrong is an ERROR of the change."""
    expected = [("change-inconsistent", Severity.ERROR)]
    assert expected == found("Diesel averaged $3.12 a gallon, down from $3.47 a year ago, a drop of 45 cents.")


def test_bare_after_of_a_duration_takes_its_unit() -> None:
    """ "from 40 minutes to 30, a cut of a quarter": the 30 is minutes too."""
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("The new timetable cuts the trip from 40 minutes to 30, a cut of a quarter.")


def test_bare_after_of_a_duration_with_a_wrong_change() -> None:
    """The same with the cut made wrong is an ERROR of the change, not of the units."""
    expected = [("change-inconsistent", Severity.ERROR)]
    assert expected == found("The new timetable cuts the trip from 40 minutes to 30, a cut of a third.")


def test_bare_after_of_a_length_takes_its_unit() -> None:
    """ "from 3.8 metres to 2.6, a fall of 1.2 metres": the after is in metres."""
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("The flood water fell from 3.8 metres to 2.6 overnight, a fall of 1.2 metres.")


def test_share_after_from_is_the_earlier_level() -> None:
    """ "rose to 96% of GDP, from 84%": the before of the rise, not a second share of GDP."""
    expected: list[tuple[str, Severity]] = []
    assert expected == found("Public debt rose to 96% of GDP, from 84% before the crisis.")


def test_before_after_from_is_not_dated_by_the_after() -> None:
    """ "rose to 2,150 in 2024 from 410 the year before": 2024 is the after's year, not the before's."""
    expected: list[tuple[str, Severity]] = []
    assert expected == found("Reported cases of mumps rose to 2,150 in 2024 from 410 the year before.")


def test_before_after_from_keeps_its_own_year() -> None:
    """ "from 410 in 2023": the before's own year is still read."""
    claims = extract("Reported cases of mumps rose to 2,150 in 2024, from 410 in 2023.")
    expected = ["2024", "2023"]
    assert expected == [str(c.period) for c in claims]


def test_change_per_litre_with_bare_price_levels() -> None:
    """ "fell by 4p a litre, to 139p, from 143p": the levels are the prices a litre the change is of."""
    expected = [("change-consistent", Severity.OK)]
    assert expected == found("Diesel fell by 4p a litre in June, to 139p, from 143p.")


def test_wrong_change_per_litre_with_bare_price_levels() -> None:
    """The same with the fall made wrong is an ERROR of the change, not of its unit."""
    expected = [("change-inconsistent", Severity.ERROR)]
    assert expected == found("Diesel fell by 6p a litre in June, to 139p, from 143p.")
