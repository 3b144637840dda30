"""factcheck: typed, exact numerical claims from news text, and checks on them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import units
from ._amount import Amount
from ._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    DurationClaim,
    Inferred,
    Modality,
    MoneyClaim,
    NumberClaim,
    Period,
    PointsChangeClaim,
    QuantityClaim,
    RateClaim,
    RatioClaim,
    RelativeChangeClaim,
    ShareClaim,
    Span,
)
from ._interval import Interval
from ._precision import Hedge, PrecisionPolicy, Rounding, TrailingZeros
from ._validity import violations
from .currency import ExchangeRate
from .errors import (
    AmbiguityWarning,
    ArgumentTypeError,
    CurrencyConversionError,
    DimensionError,
    FactcheckError,
    FactcheckWarning,
    LexiconError,
    MissingDependencyError,
    OffsetUnitError,
    ParseError,
    ReferenceTableError,
    TableWarning,
    UnknownCurrencyError,
    UnknownUnitError,
    ValidationError,
)

__all__ = [
    "DEFAULT_CHECKS",
    "AbsoluteChangeClaim",
    "AmbiguityWarning",
    "Amount",
    "ArgumentTypeError",
    "Certainty",
    "ChangeClaim",
    "Check",
    "CheckContext",
    "Claim",
    "CountClaim",
    "CurrencyConversionError",
    "DimensionError",
    "Direction",
    "DocumentClaims",
    "DocumentFailure",
    "DocumentReport",
    "DurationClaim",
    "ExchangeRate",
    "FactcheckError",
    "FactcheckWarning",
    "Facts",
    "Finding",
    "Hedge",
    "Inferred",
    "Interval",
    "LexiconError",
    "Measure",
    "MissingDependencyError",
    "Modality",
    "MoneyClaim",
    "NumberClaim",
    "OffsetUnitError",
    "ParseError",
    "Period",
    "PointsChangeClaim",
    "PrecisionPolicy",
    "PriceIndex",
    "QuantityClaim",
    "RateClaim",
    "RatioClaim",
    "Reading",
    "Reference",
    "ReferenceTableError",
    "RelativeChangeClaim",
    "Report",
    "Rounding",
    "Severity",
    "ShareClaim",
    "Span",
    "TableWarning",
    "TrailingZeros",
    "UnknownCurrencyError",
    "UnknownUnitError",
    "ValidationError",
    "Verdict",
    "check",
    "check_many",
    "claims_to_dataframe",
    "extract",
    "extract_many",
    "findings_to_dataframe",
    "from_json",
    "load_references",
    "make_converter",
    "parse_amount",
    "references_from_dataframe",
    "to_json",
    "units",
    "violations",
]

for _name in __all__:
    _obj = globals().get(_name)
    if isinstance(_obj, type):
        _obj.__module__ = "factcheck"
del _name, _obj


# Names whose modules load on first use: importing factcheck stays cheap (no lexicons, no checks).
_LAZY = {
    "extract": "factcheck._extract",
    "parse_amount": "factcheck._extract",
    "Certainty": "factcheck.checks",
    "Check": "factcheck.checks",
    "CheckContext": "factcheck.checks",
    "DEFAULT_CHECKS": "factcheck.checks",
    "Facts": "factcheck.checks",
    "Finding": "factcheck.checks",
    "Measure": "factcheck.checks",
    "PriceIndex": "factcheck.checks",
    "Reading": "factcheck.checks",
    "Reference": "factcheck.checks",
    "Severity": "factcheck.checks",
    "Verdict": "factcheck.checks",
    "check": "factcheck.report",
    "load_references": "factcheck.checks",
    "Report": "factcheck.report",
    "claims_to_dataframe": "factcheck.dataframe",
    "findings_to_dataframe": "factcheck.dataframe",
    "references_from_dataframe": "factcheck.dataframe",
    "from_json": "factcheck.serialize",
    "make_converter": "factcheck.serialize",
    "to_json": "factcheck.serialize",
    "extract_many": "factcheck.archive",
    "check_many": "factcheck.archive",
    "DocumentClaims": "factcheck.archive",
    "DocumentFailure": "factcheck.archive",
    "DocumentReport": "factcheck.archive",
}

if TYPE_CHECKING:
    from ._extract import extract, parse_amount
    from .archive import DocumentClaims, DocumentFailure, DocumentReport, check_many, extract_many
    from .checks import (
        DEFAULT_CHECKS,
        Certainty,
        Check,
        CheckContext,
        Facts,
        Finding,
        Measure,
        PriceIndex,
        Reading,
        Reference,
        Severity,
        Verdict,
        load_references,
    )
    from .dataframe import claims_to_dataframe, findings_to_dataframe, references_from_dataframe
    from .report import Report, check
    from .serialize import from_json, make_converter, to_json


def __dir__() -> list[str]:
    """The public names (lazy ones included), for tab completion: not the module's own helpers."""
    return sorted({*__all__, "__version__"})


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(_LAZY[name]), name)
        if isinstance(value, type):
            value.__module__ = "factcheck"
        globals()[name] = value
        return value
    if name == "__version__":
        import importlib.metadata  # noqa: PLC0415  (46 ms: only when asked)

        return importlib.metadata.version("factcheck")
    msg = f"module 'factcheck' has no attribute {name!r}"
    raise AttributeError(msg)
