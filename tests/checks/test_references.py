"""Reference figures: loading tables, matching claims, verdicts, currencies and price indices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest

from factcheck import (
    Amount,
    CheckContext,
    CountClaim,
    Direction,
    ExchangeRate,
    Hedge,
    Measure,
    MoneyClaim,
    Period,
    PriceIndex,
    Reference,
    ReferenceTableError,
    RelativeChangeClaim,
    Severity,
    ShareClaim,
    TableWarning,
    Verdict,
    load_references,
)
from factcheck.checks.reference import ReferenceIndex, against_references

# relative errors are computed in factcheck's 34-digit context, not the process's 28 digits

Y2024 = Period.year(2024)
RETURNS = Reference(Amount.stated("5294", "person"), subject="Albanians returned", period=Y2024, source="Home Office")


def returns(value, hedge=Hedge.NONE, subject="Albanians returned", period=Y2024):
    return CountClaim(Amount.stated(value, "person", hedge=hedge), subject=subject, period=period)


def verdicts(claims, references=(RETURNS,), **options):
    ctx = CheckContext(references=references, **options)
    return [(f.code, f.severity, f.verdict) for f in against_references(claims, ctx)]


def test_accurate():
    """The same figure as the reference is accurate."""
    expected = [("reference-accurate", Severity.OK, Verdict.ACCURATE)]
    assert expected == verdicts([returns("5294")])


def test_accurate_within_hedge():
    """ "Around 5,000" holds the reference figure within its hedge."""
    expected = [("reference-accurate-within-rounding", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == verdicts([returns("5000", Hedge.ABOUT)])


def test_accurate_within_rounding():
    """ "5.3 thousand" (stated to the hundred) holds 5,294."""
    claim = CountClaim(Amount.stated(Decimal("5.3E+3"), "person"), subject="Albanians returned", period=Y2024)
    expected = [("reference-accurate-within-rounding", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == verdicts([claim])


def test_close_within_tolerance():
    """5,100 is 3.7% off 5,294: close within the default 5%."""
    expected = [("reference-close", Severity.INFO, Verdict.CLOSE)]
    assert expected == verdicts([returns("5100")])


def test_tolerance_is_the_callers():
    """With a 1% tolerance, 5,100 is inaccurate."""
    expected = [("reference-inaccurate", Severity.ERROR, Verdict.INACCURATE)]
    assert expected == verdicts([returns("5100")], tolerance=Decimal("0.01"))


def test_inaccurate_gives_absolute_and_relative_error():
    """4,000 against 5,294 is off by 1,294 people, 24.4%."""
    (finding,) = against_references([returns("4000")], CheckContext(references=(RETURNS,)))
    expected = (
        Verdict.INACCURATE,
        Amount.exact(-1294, "person"),
        Decimal("-0.2444276539478655081224027200604458"),
        (
            "4,000 people (Albanians returned, 2024): Home Office gives 5,294 people; inaccurate, off by 1,294 people "
            "(24.4%)."
        ),
    )
    actual = (finding.verdict, finding.difference, finding.relative_difference, finding.message)
    assert expected == actual


def test_only_if_the_reference_is_read_as_rounded():
    """A reference of "£2m" (rounded) against a claim of £2.4m agrees only if rounded."""
    ref = Reference(Amount.stated(Decimal("2E+6"), "GBP"), subject="fund")
    claim = MoneyClaim(Amount.stated("2400000", "GBP"), subject="fund")
    expected = [("reference-only-if-rounded", Severity.WARNING, Verdict.ONLY_IF_ROUNDED)]
    assert expected == verdicts([claim], (ref,), tolerance=0)


def test_no_reference():
    """A claim no reference matches cannot be checked."""
    expected = [("no-reference", Severity.INFO, Verdict.UNCHECKABLE)]
    assert expected == verdicts([returns("12", subject="forgery machines")])


def test_no_references_no_findings():
    """Without references the check says nothing."""
    expected = []
    assert expected == verdicts([returns("5294")], ())


def test_units_that_do_not_compare():
    """A share matched by key to a count cannot be checked."""
    ref = Reference(Amount.exact(5294, "person"), key="returns")
    claim = ShareClaim(Amount.stated("95", "percent"), key="returns")
    expected = [("reference-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)]
    assert expected == verdicts([claim], (ref,))


def test_change_compares_signed():
    """ "Fell by 95%" matches a reference change of -95%."""
    ref = Reference(Amount.stated("-95.1", "percent"), subject="arrivals", measure=Measure.CHANGE)
    claim = RelativeChangeClaim(Amount.stated("95", "percent"), direction=Direction.DOWN, subject="arrivals")
    expected = [("reference-accurate-within-rounding", Severity.OK, Verdict.ACCURATE_WITHIN_ROUNDING)]
    assert expected == verdicts([claim], (ref,))


def test_currency_needs_an_explicit_rate():
    """Pounds against a dollar reference: uncheckable without a rate, checked with one."""
    ref = Reference(Amount.exact(1_250_000, "USD"), subject="fund")
    claim = MoneyClaim(Amount.exact(1_000_000, "GBP"), subject="fund")
    rate = ExchangeRate("GBP", "USD", Decimal("1.25"), dt.date(2024, 12, 31), "sample rate")
    expected = (
        [("reference-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)],
        [("reference-accurate", Severity.OK, Verdict.ACCURATE)],
    )
    assert expected == (verdicts([claim], (ref,)), verdicts([claim], (ref,), rates=(rate,)))


def test_real_terms_need_a_price_index():
    """A reference in 2020 prices compares with cash only through the caller's price index."""
    ref = Reference(Amount.exact(800, "GBP"), subject="grant", period=Y2024, prices=Period.year(2020))
    claim = MoneyClaim(Amount.exact(1000, "GBP"), subject="grant", period=Y2024)
    cpi = PriceIndex("sample CPI", {2020: "100", 2024: "125"})
    expected = (
        [("reference-uncheckable", Severity.INFO, Verdict.UNCHECKABLE)],
        [("reference-accurate", Severity.OK, Verdict.ACCURATE)],
    )
    assert expected == (verdicts([claim], (ref,)), verdicts([claim], (ref,), price_index=cpi))


def test_matching_by_key_wins_over_subject():
    """A claim with a key matches the reference with that key, whatever its subject."""
    keyed = Reference(Amount.exact(7, "person"), key="k1")
    claim = CountClaim(Amount.exact(7, "person"), subject="Albanians returned", period=Y2024, key="k1")
    expected = [keyed]
    assert expected == ReferenceIndex([RETURNS, keyed]).candidates(claim)


def test_matching_by_subject_words_period_and_place():
    """Subject words must be contained one way or the other; period and place must be equal."""
    index = ReferenceIndex([RETURNS])
    actual = [
        index.candidates(returns("1", subject="the Albanians returned from the UK")),
        index.candidates(returns("1", subject="Albanians")),
        index.candidates(returns("1", period=Period.year(2023))),
        index.candidates(CountClaim(Amount.exact(1, "person"), subject="Albanians returned", place="UK")),
    ]
    expected = [[RETURNS], [RETURNS], [], []]
    assert expected == actual


def test_looser_match_needs_comparable_units():
    """A share about "Albanians" does not match a count of Albanians returned."""
    claim = ShareClaim(Amount.stated("30", "percent"), subject="Albanians", period=Y2024)
    expected = []
    assert expected == ReferenceIndex([RETURNS]).candidates(claim)


CSV = """# sample references
subject,period,value,unit,source,url,low,high
Albanians returned,2024,5294,person,Home Office,https://example.org/r,,
net migration,2024,728000,person,ONS,,700000,750000
"""


def test_load_csv(tmp_path):
    """A CSV file with comment lines reads into references, ranges included."""
    path = tmp_path / "refs.csv"
    path.write_text(CSV, encoding="utf-8")
    first, second = load_references(str(path))
    expected = (RETURNS.amount, "https://example.org/r", Amount.between(700000, 750000, "person").bounds)
    assert expected == (first.amount, first.url, second.amount.bounds)


def test_load_dataframe_as_text():
    """A DataFrame read as text loads; empty cells become None."""
    frame = pd.DataFrame({"subject": ["Albanians returned"], "period": ["2024"], "value": ["5294"], "unit": ["person"]})
    (ref,) = load_references(frame)
    expected = Reference(Amount.stated("5294", "person"), subject="Albanians returned", period=Y2024)
    assert expected == ref


def test_load_dataframe_with_float_column_is_refused():
    """A float column would lose exactness: the error says how to read the table."""
    frame = pd.DataFrame({"value": [5294.5], "unit": ["person"]})
    with pytest.raises(ReferenceTableError, match="dtype=str"):
        load_references(frame)


def test_load_dataframe_with_integer_column():
    """Integer columns are exact and load."""
    frame = pd.DataFrame({"value": [5294], "unit": ["person"]})
    (ref,) = load_references(frame)
    expected = Amount.stated("5294", "person")
    assert expected == ref.amount


@pytest.mark.parametrize(
    ("rows", "where"),
    [
        ([{"unit": "person"}], "item 1, column value"),
        ([{"value": "x", "unit": "person"}], "item 1"),
        ([{"value": "1", "unit": "flurbs per fortnight"}], "item 1"),
        ([{"value": "1", "unit": "person", "period": "last year"}], "item 1"),
        ([{"value": "1", "unit": "person", "low": "0"}], "item 1"),
        ([42], "item 1"),
    ],
)
def test_bad_rows_name_where(rows, where):
    """Each unreadable row raises ReferenceTableError naming it."""
    with pytest.raises(ReferenceTableError) as info:
        load_references(rows)
    assert where == info.value.where


def test_bad_csv_header(tmp_path):
    """A header with neither a value nor a unit column is refused with the list of known ones."""
    path = tmp_path / "refs.csv"
    path.write_text("figure,amount\n1,person\n", encoding="utf-8")
    with pytest.raises(ReferenceTableError, match="no value or unit column"):
        load_references(path)


def test_csv_is_read_leniently_where_the_meaning_is_clear(tmp_path):
    """Capitals in the header, an unknown column (with a TableWarning) and figures grouped as the locale writes them."""
    path = tmp_path / "refs.csv"
    path.write_text(
        'Subject,Period,Value,UNIT,Notes\nAlbanians returned,2024,"5,294",person,checked\n', encoding="utf-8"
    )
    with pytest.warns(TableWarning, match=r"columns \['Notes'\] are not reference columns"):
        (ref,) = load_references(path)
    german = tmp_path / "de.csv"
    german.write_text('value,unit\n"5.294,5",person\n', encoding="utf-8")
    (ref_de,) = load_references(german, locale="de_DE")
    returns = Reference(Amount.stated("5294", "person"), subject="Albanians returned", period=Y2024)
    expected = (returns, Decimal("5294.5"))
    assert expected == (ref, ref_de.amount.value)


def test_csv_errors_name_the_file_line(tmp_path):
    """Errors say the line of the file, comment lines counted: a bad unit on line 4, an open quote on line 3."""
    path = tmp_path / "refs.csv"
    path.write_text("# a comment\nvalue,unit\n1,person\n2,furlongs of people\n", encoding="utf-8")
    quoted = tmp_path / "quote.csv"
    quoted.write_text('value,unit\n1,person\n"2,person\n3,person\n', encoding="utf-8")
    with pytest.raises(ReferenceTableError) as bad_unit:
        load_references(path)
    with pytest.raises(ReferenceTableError) as open_quote:
        load_references(quoted)
    expected = (f"{path}: line 4", f"{quoted}: line 3", True)
    assert expected == (bad_unit.value.where, open_quote.value.where, "not CSV" in open_quote.value.reason)


def test_a_dotted_figure_in_a_comma_locale_is_flagged(tmp_path):
    """'5.294' in a de_DE table is read as the plain decimal it is, with a TableWarning saying how to write 5294."""
    path = tmp_path / "refs.csv"
    path.write_text("value,unit\n5.294,person\n", encoding="utf-8")
    with pytest.warns(TableWarning, match=r"'5.294' was read as the decimal 5.294.*write 5294"):
        (ref,) = load_references(path, locale="de_DE")
    assert Decimal("5.294") == ref.amount.value


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    """A spreadsheet's UTF-16 export (with its BOM) reads like UTF-8."""
    path = tmp_path / "refs.csv"
    path.write_bytes("value,unit,subject\n5294,person,Albanians returned\n".encode("utf-16"))
    (ref,) = load_references(path)
    assert Reference(Amount.stated("5294", "person"), subject="Albanians returned") == ref


def test_missing_csv(tmp_path):
    """A missing file is a ReferenceTableError, not an OSError."""
    with pytest.raises(ReferenceTableError, match="cannot read the file"):
        load_references(tmp_path / "missing.csv")


def test_not_a_table():
    """A number is not a table."""
    with pytest.raises(ReferenceTableError, match="cannot read a table from int"):
        load_references(42)


def test_relative_difference_is_exact() -> None:
    """4,900 against a reference of 5,000 is off by exactly -0.02 (no -0.0199999... from a rounded reciprocal)."""
    refs = load_references([{"subject": "Albanians returned", "period": "2024", "value": "5000", "unit": "person"}])
    claim = CountClaim(Amount.stated("4900", "person"), subject="Albanians returned", period=Y2024)
    (finding,) = against_references([claim], CheckContext(refs))
    assert Decimal("-0.02") == finding.relative_difference
