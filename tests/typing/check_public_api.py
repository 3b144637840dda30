"""Static types of the core API, checked with ``mypy tests/typing`` (assert_type is a no-op at run time)."""

from __future__ import annotations

from decimal import Decimal

import pint
from typing_extensions import assert_type

from factcheck import Amount, CountClaim, Hedge, Interval, PrecisionPolicy, ValidationError, units, violations

fund = Amount.stated(Decimal("1.2E+6"), "GBP")
assert_type(fund, Amount)
assert_type(fund.value, Decimal)
assert_type(fund.unit, pint.Unit)
assert_type(fund.bounds, Interval)
assert_type(fund.low, Decimal | None)
assert_type(fund.currency, str | None)
assert_type(fund.hedge, Hedge)
assert_type(fund + fund, Amount)
assert_type(fund * 2, Amount)
assert_type(fund / Decimal(3), Amount)
assert_type(fund.to("GBP"), Amount)
assert_type(fund.consistent_with(Decimal(1)), bool)
assert_type(fund.format("de_DE"), str)
assert_type(Interval.closed(1, 2) + 1, Interval)
assert_type(Interval.closed(1, 2).intersection(Interval.point(3)), Interval | None)
assert_type(PrecisionPolicy().about, Decimal)
assert_type(units.unit("person"), pint.Unit)
assert_type(violations(CountClaim(Amount.exact(1, "person"))), tuple[ValidationError, ...])
assert_type(CountClaim(Amount.exact(1, "person")).evolve(subject="people"), CountClaim)
