"""Currencies: ISO 4217 codes as babel knows them, symbols per locale, explicit exchange rates."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs
from attrs import field, frozen

from . import units
from ._decimal import CONTEXT, to_decimal
from .errors import CurrencyConversionError, UnknownCurrencyError, ValidationError

if TYPE_CHECKING:
    from ._amount import Amount

__all__ = ["ExchangeRate", "check_currency", "currency_codes"]


@functools.cache
def currency_codes() -> frozenset[str]:
    """Every ISO 4217 code babel knows (current and historic: 307 in babel 2.17)."""
    import babel.numbers  # noqa: PLC0415

    return frozenset(babel.numbers.list_currencies())


def check_currency(code: str) -> str:
    """``code`` upper-cased if it is ISO 4217, else :class:`UnknownCurrencyError`.

    >>> check_currency("gbp")
    'GBP'
    """
    upper = code.strip().upper()
    if upper not in currency_codes():
        raise UnknownCurrencyError(code)
    return upper


def _positive(_instance: object, attribute: attrs.Attribute[Decimal], value: Decimal) -> None:
    if value <= 0:
        raise ValidationError(attribute.name, value, "an exchange rate must be positive", "rate-not-positive")


@frozen
class ExchangeRate:
    """One unit of ``base`` buys ``rate`` units of ``quote``, as published by ``source`` on ``on``.

    Currency never converts without one of these:

    >>> import datetime as dt
    >>> from decimal import Decimal
    >>> from factcheck import Amount
    >>> usd = ExchangeRate("GBP", "USD", Decimal("1.25"), dt.date(2024, 12, 31), "Bank of England")
    >>> usd.convert(Amount.exact(1_000_000, "GBP")).value
    Decimal('1250000.00')
    """

    base: str = field(converter=check_currency)
    quote: str = field(converter=check_currency)
    rate: Decimal = field(converter=to_decimal, validator=_positive)
    on: dt.date = field(validator=attrs.validators.instance_of(dt.date))
    source: str = field(validator=attrs.validators.instance_of(str))

    def inverse(self) -> ExchangeRate:
        """The rate from ``quote`` back to ``base``."""
        return ExchangeRate(self.quote, self.base, CONTEXT.divide(Decimal(1), self.rate), self.on, self.source)

    def convert(self, amount: Amount) -> Amount:
        """``amount`` (in ``base``, or ``base`` per something) expressed in ``quote``."""
        code = units.currency_code(amount.unit)
        if code == self.quote:
            return self.inverse().convert(amount)
        if code != self.base:
            raise CurrencyConversionError(
                "convert", str(amount.unit), self.quote, f"this rate converts {self.base} to {self.quote}"
            )
        amount = amount.to(units.in_major_currency(amount.unit))  # 50p is £0.50 before it is converted
        new_unit = amount.unit * units.unit(self.quote) / units.unit(self.base)
        bounds = amount.bounds * self.rate
        return attrs.evolve(
            amount, value=CONTEXT.multiply(amount.value, self.rate), unit=new_unit, bounds=bounds, exponent=None
        )
