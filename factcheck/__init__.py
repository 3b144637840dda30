"""factcheck: typed, exact numerical claims from news text, and checks on them."""

from __future__ import annotations

from . import units
from ._amount import Amount
from ._claims import (
    AbsoluteChangeClaim,
    ChangeClaim,
    Claim,
    CountClaim,
    Direction,
    DurationClaim,
    MoneyClaim,
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
    CurrencyConversionError,
    DimensionError,
    FactcheckError,
    FactcheckWarning,
    ParseError,
    ReferenceTableError,
    UnknownCurrencyError,
    UnknownUnitError,
    ValidationError,
)

__all__ = [
    "AbsoluteChangeClaim",
    "AmbiguityWarning",
    "Amount",
    "ChangeClaim",
    "Claim",
    "CountClaim",
    "CurrencyConversionError",
    "DimensionError",
    "Direction",
    "DurationClaim",
    "ExchangeRate",
    "FactcheckError",
    "FactcheckWarning",
    "Hedge",
    "Interval",
    "MoneyClaim",
    "ParseError",
    "Period",
    "PointsChangeClaim",
    "PrecisionPolicy",
    "QuantityClaim",
    "RateClaim",
    "RatioClaim",
    "ReferenceTableError",
    "RelativeChangeClaim",
    "Rounding",
    "ShareClaim",
    "Span",
    "TrailingZeros",
    "UnknownCurrencyError",
    "UnknownUnitError",
    "ValidationError",
    "units",
    "violations",
]

for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        _obj.__module__ = "factcheck"
del _name, _obj


def __getattr__(name: str) -> object:
    if name == "__version__":
        import importlib.metadata  # noqa: PLC0415  (46 ms: only when asked)

        return importlib.metadata.version("factcheck")
    msg = f"module 'factcheck' has no attribute {name!r}"
    raise AttributeError(msg)
