"""JSON for every public factcheck type, through one cattrs converter; no float ever.

The schema, stable across releases of the same major version:

- a ``Decimal`` is a JSON string of its exact digits (``"12.50"``, ``"1.2E+6"``): trailing zeros
  and exponents are kept, because they say how precisely a figure was stated;
- an :class:`~factcheck.Amount` is ``{"value", "unit", "bounds", "hedge", "exponent"}``, the
  unit as its pint name (``"person"``, ``"GBP / week"``, ``"percentage_point"``);
- an :class:`~factcheck.Interval` is ``{"low", "high", "low_closed", "high_closed"}``, with
  ``null`` for an unbounded end;
- a :class:`~factcheck.Period` is an ISO 8601 interval of dates, ``"2024-01-01/2024-12-31"``;
  a date is ``"2024-12-31"``;
- enums (hedge, direction, severity, verdict) are their values;
- every claim carries its ``kind`` tag (``"count"``, ``"share"``…) first, then every field, so a
  list of mixed claims reads back as the right classes; ``"parts_complete": false`` appears only
  for parts that are some of the whole, and a claim without it has a complete split.

>>> from factcheck import Amount, ShareClaim
>>> text = to_json(ShareClaim(Amount.stated("95", "percent"), whole="voters"))
>>> text[:87]
'{"kind": "share", "amount": {"value": "95", "unit": "percent", "bounds": {"low": "94.5"'
>>> from_json(text, ShareClaim) == ShareClaim(Amount.stated("95", "percent"), whole="voters")
True
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import typing
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override
from cattrs.v import format_exception

from . import units
from ._amount import Amount
from ._claims import CLAIM_KINDS, CLAIM_TYPES, Claim, Period
from ._decimal import to_decimal
from ._interval import Interval
from ._precision import Hedge
from .errors import FactcheckError, ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["from_json", "make_converter", "to_json"]

T = TypeVar("T")

_EXCERPT = 60


def make_converter() -> cattrs.Converter:
    """A new cattrs converter for factcheck's types; customise it freely, it is yours.

    :func:`to_json` and :func:`from_json` use one shared converter built the same way.

    >>> from factcheck import Interval
    >>> make_converter().unstructure(Interval.half_open("94.5", "95.5"))
    {'low': '94.5', 'high': '95.5', 'low_closed': True, 'high_closed': False}
    """
    for cls in (Period, Amount, Interval, Claim, *CLAIM_TYPES):
        _resolve(cls)  # cattrs resolves annotations itself, in the wrong namespace for re-exported classes
    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(Period, _unstructure_period)
    conv.register_structure_hook(Period, _structure_period)
    conv.register_unstructure_hook(Amount, functools.partial(_unstructure_amount, conv))
    conv.register_structure_hook(Amount, functools.partial(_structure_amount, conv))
    claims = _ClaimHooks(conv)
    conv.register_unstructure_hook_func(_is_claim_class, claims.unstructure)
    conv.register_structure_hook_func(_is_claim_class, claims.structure)
    conv.register_unstructure_hook_factory(_is_other_attrs_class, functools.partial(_unstructure_factory, conv))
    conv.register_structure_hook_factory(_is_other_attrs_class, functools.partial(_structure_factory, conv))
    return conv


@functools.cache
def _shared() -> cattrs.Converter:
    return make_converter()


def to_json(obj: object, *, indent: int | None = None) -> str:
    """``obj`` (any factcheck value, or a list or tuple of them) as JSON text.

    >>> from factcheck import Amount
    >>> to_json(Amount.exact("12.50", "GBP"))
    '{"value": "12.50", "unit": "GBP", "bounds": {"low": "12.50", "high": "12.50", "low_closed": true, "high_closed": true}, "hedge": "none", "exponent": null}'
    """  # noqa: E501  (a doctest output is one line)
    return json.dumps(_shared().unstructure(obj), ensure_ascii=False, indent=indent)


@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
@overload
def from_json(text: str | bytes, cls: object = None) -> Any: ...
def from_json(text: str | bytes, cls: object = None) -> Any:
    """The value of type ``cls`` (a class, or a form such as ``list[Claim]``) that ``text`` holds.

    Without ``cls``, claims are read by the ``"kind"`` they carry: a JSON object with a kind is
    a claim of that kind, an array of them a ``list`` of claims, so
    ``from_json(to_json(claims)) == claims``. Anything else needs ``cls``.
    Bad JSON, or JSON that does not fit ``cls``, raises :class:`factcheck.ValidationError` naming
    where it went wrong.

    >>> from factcheck import extract
    >>> claims = extract("Arrivals fell from 8,000 to 390, a drop of 95%.")
    >>> from_json(to_json(claims)) == claims
    True

    >>> from factcheck import Amount
    >>> from_json('{"value": 0.5, "unit": "GBP"}', Amount)
    Traceback (most recent call last):
    ...
    factcheck.ValidationError: json=...: does not fit Amount: ...
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise ValidationError("json", _excerpt(text), f"not JSON: {err}", "json-syntax") from err
    if cls is None:
        cls = _claim_form(data)
        if cls is None:
            reason = "holds no claim kind to read; pass the type, as in from_json(text, Amount)"
            raise ValidationError("json", _excerpt(text), reason, "json-structure")
    try:
        return _shared().structure(data, cls)  # type: ignore[arg-type]
    except cattrs.BaseValidationError as err:
        where = "; ".join(cattrs.transform_error(err, format_exception=_describe))
        raise ValidationError("json", _excerpt(text), f"does not fit {_name(cls)}: {where}", "json-structure") from err
    except (FactcheckError, TypeError, ValueError, KeyError) as err:  # hooks outside a class raise plainly
        raise ValidationError("json", _excerpt(text), f"does not fit {_name(cls)}: {err}", "json-structure") from err


def _claim_form(data: object) -> object:
    """``Claim`` for an object with a ``"kind"``, ``list[Claim]`` for an array of them; else ``None``."""
    if isinstance(data, dict) and "kind" in data:
        return Claim
    if isinstance(data, list) and data and all(isinstance(item, dict) and "kind" in item for item in data):
        return list[Claim]
    return None


# leaves ---------------------------------------------------------------------------------------


def _structure_decimal(value: object, _: object) -> Decimal:
    if not isinstance(value, str | int) or isinstance(value, bool):
        msg = f"a decimal is written as a string of digits, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    return to_decimal(value)


def _structure_date(value: object, _: object) -> dt.date:
    if not isinstance(value, str):
        msg = f"a date is an ISO string such as '2024-12-31', got {value!r}"
        raise TypeError(msg)
    return dt.date.fromisoformat(value)


def _unstructure_period(period: Period) -> str:
    return f"{period.start.isoformat()}/{period.end.isoformat()}"


def _structure_period(value: object, _: object) -> Period:
    if not isinstance(value, str):
        msg = f"a period is an ISO string such as '2024-01-01/2024-12-31', got {value!r}"
        raise TypeError(msg)
    return Period.parse(value)


def _unstructure_amount(conv: cattrs.Converter, amount: Amount) -> dict[str, object]:
    return {
        "value": str(amount.value),
        "unit": str(amount.unit) or "dimensionless",
        "bounds": conv.unstructure(amount.bounds, Interval),
        "hedge": amount.hedge.value,
        "exponent": amount.exponent,
    }


_AMOUNT_KEYS = frozenset({"value", "unit", "bounds", "hedge", "exponent"})


def _structure_amount(conv: cattrs.Converter, data: object, _: object) -> Amount:
    if not isinstance(data, dict) or set(data) != _AMOUNT_KEYS:
        keys = sorted(data) if isinstance(data, dict) else type(data).__name__
        msg = f"an amount is an object with keys {sorted(_AMOUNT_KEYS)}, got {keys}"
        raise TypeError(msg)
    exponent = data["exponent"]
    if exponent is not None and (not isinstance(exponent, int) or isinstance(exponent, bool)):
        msg = f"an amount's exponent is an integer or null, got {exponent!r}"
        raise TypeError(msg)
    if not isinstance(data["unit"], str):
        msg = f"an amount's unit is a unit name, got {data['unit']!r}"
        raise TypeError(msg)
    return Amount(
        _structure_decimal(data["value"], Decimal),
        units.unit(data["unit"]),
        conv.structure(data["bounds"], Interval),
        Hedge(data["hedge"]),
        exponent,
    )


# claims: tagged by kind -------------------------------------------------------------------------


def _is_claim_class(cls: object) -> bool:
    return isinstance(cls, type) and issubclass(cls, Claim)


class _ClaimHooks:
    """Claims of any class, tagged with their ``kind``; the per-class functions built on first use."""

    def __init__(self, conv: cattrs.Converter) -> None:
        self._conv = conv
        self._hooks: dict[type[Claim], tuple[Callable[[Claim], dict[str, Any]], Callable[[Any, Any], Claim]]] = {}

    def _for(self, cls: type[Claim]) -> tuple[Callable[[Claim], dict[str, Any]], Callable[[Any, Any], Claim]]:
        if cls not in self._hooks:
            _resolve(cls)
            self._hooks[cls] = (
                # fields at their defaults (a complete split, no restatement, no explicit link, nothing
                # inferred) are left out, so JSON written before these fields reads the same
                make_dict_unstructure_fn(
                    cls,
                    self._conv,
                    parts_complete=override(omit_if_default=True),
                    inferred=override(omit_if_default=True),
                    restates=override(omit_if_default=True),
                    explicit_link=override(omit_if_default=True),
                ),
                make_dict_structure_fn(cls, self._conv, _cattrs_forbid_extra_keys=True),
            )
        return self._hooks[cls]

    def unstructure(self, claim: Claim) -> dict[str, Any]:
        return {"kind": type(claim).kind, **self._for(type(claim))[0](claim)}

    def structure(self, data: object, cls: type[Claim]) -> Claim:
        if not isinstance(data, dict) or not isinstance(data.get("kind"), str):
            msg = f"a claim is an object with a 'kind' tag ({', '.join(sorted(CLAIM_KINDS))}), got {_excerpt(data)}"
            raise TypeError(msg)
        target = CLAIM_KINDS.get(data["kind"])
        if target is None or not issubclass(target, cls):
            allowed = sorted(c.kind for c in CLAIM_TYPES if issubclass(c, cls))
            msg = f"kind {data['kind']!r} is not one of {allowed}"
            raise ValueError(msg)
        return self._for(target)[1]({k: v for k, v in data.items() if k != "kind"}, target)


# any other attrs class of factcheck (Interval, ExchangeRate, Finding, Report, Reference ...) -------


def _is_other_attrs_class(cls: object) -> bool:
    return isinstance(cls, type) and attrs.has(cls) and not _is_claim_class(cls) and cls is not Amount


def _unstructure_factory(conv: cattrs.Converter, cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
    _resolve(cls)
    return make_dict_unstructure_fn(cls, conv)


def _structure_factory(conv: cattrs.Converter, cls: type[Any]) -> Callable[[Mapping[str, Any], Any], Any]:
    _resolve(cls)
    return make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)


def _resolve(cls: type[Any]) -> None:
    """Resolve string annotations of ``cls``, with names imported only for type checking."""
    attrs.resolve_types(cls, globalns=_namespace(), localns=dict(vars(sys.modules.get(cls.__module__, sys))))


def _namespace() -> dict[str, Any]:
    """Names for annotations: typing's, and every name bound in a loaded factcheck module.

    Re-exported classes say ``__module__ == "factcheck"``, and some modules import names for
    type checking only, so no single module's globals resolve every annotation.
    """
    import pint  # noqa: PLC0415  (only for the annotation of Amount.unit)

    found: dict[str, Any] = {k: v for k, v in vars(typing).items() if not k.startswith("_")}
    found.update({"Decimal": Decimal, "dt": dt, "datetime": dt, "pint": pint})
    for name, module in list(sys.modules.items()):
        if name == "factcheck" or name.startswith("factcheck."):
            found.update((k, v) for k, v in vars(module).items() if not k.startswith("__"))
    return found


def _name(cls: object) -> str:
    return cls.__name__ if isinstance(cls, type) else repr(cls)


def _describe(exc: BaseException, cls: type | None) -> str:
    """What went wrong at one place in the JSON: our own message where we wrote one."""
    if isinstance(exc, FactcheckError | TypeError | ValueError):
        return str(exc)
    return format_exception(exc, cls)


def _excerpt(value: object) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 3] + "..."
