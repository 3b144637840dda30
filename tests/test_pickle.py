"""Every public value pickles and unpickles to an equal value: claims and reports cross processes.

Worker processes (``extract_many``, Dask, Spark) send documents' results back by pickle, so each
public type is drawn from the package's own strategies and must come back equal, at every
pickle protocol. A new public type fails :func:`test_every_public_type_is_drawn_here` until it
gets a strategy below.
"""

from __future__ import annotations

import enum
import pickle
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import (
    DEFAULT_CHECKS,
    Certainty,
    CheckContext,
    DocumentClaims,
    DocumentFailure,
    DocumentReport,
    PrecisionPolicy,
    PriceIndex,
    check,
)
from factcheck import strategies as fs
from factcheck.checks.strategies import references
from factcheck.report import Summary
from factcheck.report.strategies import findings, reports

ENUM_NAMES = (
    "Direction",
    "Hedge",
    "Inferred",
    "Measure",
    "Modality",
    "Reading",
    "Rounding",
    "Severity",
    "TrailingZeros",
    "Verdict",
)
ENUMS = {name: getattr(factcheck, name) for name in ENUM_NAMES}

STRATEGIES: dict[str, st.SearchStrategy[object]] = {
    "Amount": fs.amounts(),
    "Interval": fs.intervals(),
    "Period": fs.periods(),
    "Span": fs.spans(),
    "ExchangeRate": fs.exchange_rates(),
    "Claim": fs.claims(),
    "texts_with_claims": fs.texts_with_claims(),
    "Reference": references(),
    "Report": reports(),
    "Finding": findings(),
    "Facts": findings().map(lambda f: f.facts),
    "Summary": reports().map(lambda r: r.summary),
    "Summary(built)": st.builds(
        Summary,
        st.integers(0, 9),
        st.integers(0, 9),
        st.just(dict.fromkeys(factcheck.Severity, 1)),
        st.just(dict.fromkeys(factcheck.Verdict, 0)),
    ),
    "Check": st.sampled_from(DEFAULT_CHECKS),
    "Certainty": st.builds(Certainty, st.lists(st.sampled_from(factcheck.Reading), max_size=3)),
    "CheckContext": st.builds(
        CheckContext,
        references=st.lists(references(), max_size=2),
        locale=st.sampled_from(["en_GB", "en_US", "de_DE"]),
        tolerance=st.decimals(0, 1, places=3),
        rates=st.lists(fs.exchange_rates(), max_size=2),
    ),
    "PriceIndex": st.builds(
        PriceIndex,
        st.text(max_size=8),
        st.dictionaries(st.integers(1990, 2030), st.decimals(1, 500, places=1), min_size=1, max_size=4),
    ),
    "PrecisionPolicy": st.builds(
        PrecisionPolicy,
        rounding=st.sampled_from(factcheck.Rounding),
        trailing_zeros=st.sampled_from(factcheck.TrailingZeros),
        counts_exact=st.booleans(),
    ),
    "DocumentClaims": st.builds(DocumentClaims, st.text(max_size=12), st.lists(fs.claims(), max_size=3)),
    "DocumentReport": st.builds(DocumentReport, st.text(max_size=12), reports()),
    "DocumentFailure": st.builds(DocumentFailure, st.text(max_size=12), st.text(max_size=12), st.text(max_size=40)),
    **{name: st.sampled_from(members) for name, members in ENUMS.items()},
}

# Subclasses of Claim are drawn by fs.claims(); the test below checks that every kind is.
CLAIM_TYPES = {name for name in factcheck.__all__ if name.endswith("Claim")}


@pytest.mark.parametrize("name", sorted(STRATEGIES))
@settings(max_examples=25)  # 26 types: a few hundred values in all; the strategies' own tests go further
@given(data=st.data())
def test_a_public_value_pickles_to_an_equal_value(name: str, data: st.DataObject) -> None:
    value = data.draw(STRATEGIES[name], label=name)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(value, protocol=protocol)) == value  # noqa: S301  (our own bytes)


@given(fs.claims())
def test_every_claim_kind_is_drawn(claim: factcheck.Claim) -> None:
    assert type(claim).__name__ in CLAIM_TYPES


def test_every_public_type_is_drawn_here() -> None:
    public = {
        name
        for name in factcheck.__all__
        if isinstance(getattr(factcheck, name), type) and not issubclass(getattr(factcheck, name), BaseException)
    }
    missing = public - set(STRATEGIES) - CLAIM_TYPES
    assert missing == set()
    assert all(issubclass(e, enum.Enum) for e in ENUMS.values())


@pytest.mark.parametrize(
    "error",
    [
        factcheck.ParseError("5 apples and", 8, "no figure here", ("5 apples",)),
        factcheck.ValidationError("amount", Decimal(-3), "a count cannot be negative", "negative"),
        factcheck.UnknownCurrencyError("XYZ"),
        factcheck.ArgumentTypeError("extract(text)", "a str", 5),
        factcheck.MissingDependencyError("dask", "dask"),
        factcheck.DimensionError("add", "GBP", "USD", "convert with an ExchangeRate"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_an_error_pickles_with_its_fields_and_message(error: factcheck.FactcheckError) -> None:
    again = pickle.loads(pickle.dumps(error))  # noqa: S301  (our own bytes)
    assert (type(again), again.args, str(again), vars(again)) == (type(error), error.args, str(error), vars(error))


UNPICKLE = """
import pickle, sys
from factcheck import check
report = pickle.loads(sys.stdin.buffer.read())
print(report == check(report.text, locale=report.locale), report.claims[0].amount.unit)
"""


def test_a_report_unpickles_in_a_fresh_process() -> None:
    """A new interpreter has its own unit registry: the units must be rebuilt by name, not by identity."""
    report = check("Of the 40 staff, 25 left, or 80%. Sales rose 5% to £3m.")
    result = subprocess.run(  # noqa: S603  (our own interpreter and script)
        [sys.executable, "-c", UNPICKLE], input=pickle.dumps(report), capture_output=True, check=True
    )
    assert result.stdout.decode() == "True person\n"
