"""The currency of an operand: a symbol or code at a token, and the currency written after the number.

After the number the reader takes a symbol or a code ("5 USD", but not "1 $10 bill"), a scaled
code ("30 MUSD"), a currency's name ("20 dollars", "a one-yen bid"; "7 pounds" of a baby is
mass) or a minor unit ("50p", and "125.8 p" after decimals). :func:`currency_at_token` is also what
the reader asks before the number ("£5", "GBP 5"), and the scale step after an English "m"
("5m USD": money after it keeps it a million).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import units
from factcheck._decimal import scale
from factcheck._extract.scan import measures
from factcheck._extract.scan import money_compound as money
from factcheck._extract.scan.currency import currency_at
from factcheck._extract.scan.figure import Form
from factcheck._extract.text.tokens import NUM

if TYPE_CHECKING:
    from factcheck._extract.scan.operand_record import Operand, ScannerView

__all__ = ["currency_after", "currency_at_token"]


def currency_at_token(sc: ScannerView, k: int) -> tuple[str, int] | None:
    """A currency symbol or code at token ``k``: its ISO code and the token after it."""
    return currency_at(sc.toks, k, sc.tabs.currency)


def _opens_next(sc: ScannerView, k: int, after: int) -> bool:
    """True when the one-token symbol or code at ``k``, spaced from the token before, is glued to the next numeral."""
    toks = sc.toks
    return after == k + 1 and not toks[k].glued and after < len(toks) and toks[after].kind == NUM and toks[after].glued


def currency_after(sc: ScannerView, op: Operand, k: int) -> int:
    toks = sc.toks
    n = len(toks)
    if k >= n:
        return k
    found = currency_at_token(sc, k)
    if found is not None and _opens_next(sc, k, found[1]):
        return k  # "1 $10 bill", "3 USD50 cards": the symbol or code glued to the next number is that number's
    if found is not None:
        op.currency = found[0]
        op.parts.append((k, found[1] - 1))
        return found[1]
    if op.power == 0 and (scaled := money.scaled_code_at(sc, k)) is not None:  # "30 MUSD", "250 kEUR"
        op.currency, op.power = scaled
        op.value = scale(op.value, op.power)
        op.parts.append((k, k))
        return k + 1
    cur = sc.tabs.currency
    start, k = k, money.hyphen_money_at(sc, k)  # "a one-yen bid", "a 12-cent dividend"
    named = cur.name_at(toks, k, min(cur.longest, 5)) if k < len(toks) else None
    if named is not None and named[1] == 1 and measures.pound_is_mass(sc, op, k):  # "the baby weighs 7 pounds"
        op.unit_name = "pound"
        op.parts.append((k, k))
        return k + 1
    if named is not None:
        op.currency, length = named
        op.parts.append((k, k + length - 1))
        return k + length
    tok = toks[k]
    if (
        tok.low in cur.minor
        and (tok.glued or len(tok.low) > 1 or _spaced_letter_minor(sc, op, k))
        and op.form is not Form.FRACTION
    ):
        op.currency = cur.minor[tok.low]
        if units.minor_unit(op.currency) is None:  # no hundredths unit for it: read in the currency
            op.value = scale(op.value, -2)
        else:
            op.minor = True  # "50p" stays 50 pence, as written
        op.parts.append((k, k))
        return k + 1
    return start


def _spaced_letter_minor(sc: ScannerView, op: Operand, k: int) -> bool:
    """A one-letter minor unit after a space counts after decimals: "125.8 p" (a share price), not "5.30 p.m."."""
    exponent = op.value.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= 0 or op.power:
        return False
    toks = sc.toks
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or not (after.glued and after.text == "." and k + 2 < len(toks) and toks[k + 2].glued)
