"""Writing amounts for people with babel: digits as stated, the locale's separators and symbols."""

from __future__ import annotations

import enum
import functools
from decimal import Decimal, localcontext  # Decimal: used at run time by babel calls
from typing import TYPE_CHECKING, Any, ClassVar, Final, Protocol, runtime_checkable

import attrs

from . import units
from ._compact import compact_number, compact_power
from ._decimal import CONTEXT, HUNDRED, WIDE, significant_exponent
from ._locale import babel_name
from ._precision import Hedge
from ._wording import (
    MILLIONS,
    cldr_units,
    count_words,
    hedge_words,
    minor_words,
    per_unit_pattern,
    per_words,
    scale_links,
)
from .lexicons import LANGUAGES, lexicon

if TYPE_CHECKING:
    import pint
    from babel import Locale

    from ._interval import Interval

__all__ = ["amount_html", "claim_html", "format_amount", "format_number"]


@runtime_checkable
class _AmountLike(Protocol):
    """What this module reads of an amount: :class:`factcheck.Amount` lives a layer above and calls it."""

    @property
    def value(self) -> Decimal: ...
    @property
    def unit(self) -> pint.Unit: ...
    @property
    def bounds(self) -> Interval: ...
    @property
    def hedge(self) -> Hedge: ...
    @property
    def exponent(self) -> int | None: ...
    def __hash__(self) -> int: ...  # format_amount caches by amount


@functools.lru_cache(maxsize=64)
def _locale(name: str) -> Locale:
    from babel import Locale  # noqa: PLC0415

    return Locale.parse(babel_name(name))


_ENGLISH: Final = "en"
"""The words of a language that has none of its own."""

_DERIVED_DIGITS: Final = 12
"""A value with no stated precision and more significant digits than this was computed, not written:
it is shown to :data:`_SHOWN_DIGITS` significant digits ("8,333.33", not 34 digits of 100,000 / 12)."""
_SHOWN_DIGITS: Final = 6


def _shown_exponent(amount: _AmountLike) -> int | None:
    """The stated exponent, or the one a computed value's bounds make meaningful.

    For "a third" (33.33…, bounds [30, 36.67]) that is the power of ten of half the bounds'
    width, so it shows as "33%".
    """
    if amount.exponent is not None:
        return amount.exponent
    low, high = amount.bounds.low, amount.bounds.high
    if low is None or high is None or high <= low:
        return None
    if len(amount.value.normalize(CONTEXT).as_tuple().digits) <= _DERIVED_DIGITS:
        return None
    return CONTEXT.divide(high - low, 2).adjusted()


def _fraction_digits(value: Decimal, exponent: int | None) -> int:
    if exponent is not None:
        return max(0, -exponent)
    normal = value.normalize(CONTEXT)
    exp = normal.as_tuple().exponent
    assert isinstance(exp, int)  # noqa: S101
    if len(normal.as_tuple().digits) > _DERIVED_DIGITS:
        return max(0, _SHOWN_DIGITS - 1 - normal.adjusted())
    return max(0, -exp)


def _pattern(base: str, digits: int) -> str:
    """The locale's pattern with exactly ``digits`` fraction digits."""
    number = "#,##0" + ("." + "0" * digits if digits else "")
    for old in ("#,##0.00", "#,##,##0.00", "#,##0.###", "#,##,##0", "#,##0", "0.00"):
        if old in base:
            return base.replace(old, number, 1)
    return number


def format_number(value: Decimal, locale: str, *, exponent: int | None = None) -> str:
    """A plain number in ``locale``, with the stated fraction digits.

    >>> format_number(Decimal("5294.5"), "de_DE")
    '5.294,5'
    """
    from babel.numbers import format_decimal  # noqa: PLC0415

    digits = _fraction_digits(value, exponent)
    with localcontext(WIDE):  # babel rounds in the thread's context
        return format_decimal(value, format=_pattern("#,##0", digits), locale=_locale(locale))


def _number_with_unit(amount: _AmountLike, value: Decimal, locale: str, *, compact: bool | None) -> str:
    """``value`` in ``amount``'s unit; a rate ("person / year") is the level plus "a year"."""
    per = units.time_denominator(amount.unit) or _one_denominator(amount.unit)
    if per is None:
        return _level(amount, amount.unit, value, locale, compact=compact)
    text = _level(amount, amount.unit * per, value, locale, compact=compact)
    return _per_time(text, units.name(per), locale)


def _one_denominator(u: pint.Unit) -> pint.Unit | None:
    """The one unit a rate is per ("146p per litre", "US$60 per barrel"), else ``None``.

    Not a count of so many things ("thousand_person"): that stays written as its unit.
    """
    per = [name for name, power in u._units.items() if power == -1]  # noqa: SLF001
    if len(per) != 1 or len(u._units) > 2:  # noqa: SLF001, PLR2004
        return None
    denominator = units.unit(per[0])
    scaled = units.is_counted(denominator) and per[0] not in units.COUNT_UNITS
    return None if scaled else denominator


def _per_time(text: str, per: str, locale: str) -> str:
    """``text`` followed by "a year", "pro Jahr", "par an", "al año" and so on."""
    lang = locale.split("_", 1)[0]
    pattern = per_words(lang).get(per)
    if pattern is not None:
        return pattern.format(text)
    cldr = cldr_units().get(per)
    if cldr is None:
        written = per_unit_pattern(lang) or per_unit_pattern(_ENGLISH) if lang in LANGUAGES else None
        if written is None:
            return f"{text} / {per}"
        # a count is per one of its things in the language's word ("par personne", "pro Haushalt")
        return written.format(text, unit_label(units.unit(per), locale, plural=False))
    from babel.units import format_compound_unit  # noqa: PLC0415

    result = format_compound_unit(text, denominator_unit=cldr, length="long", locale=_locale(locale))
    return result if result is not None else f"{text} / {per}"


def _compact_text(
    amount: _AmountLike, value: Decimal, loc: Locale, currency: str | None, *, forced: bool
) -> tuple[str, int] | None:
    """The compact form and its power of ten, when the figure was stated to thousands or coarser, or when ``forced``."""
    exponent = amount.exponent
    if forced and value.adjusted() >= 3:  # noqa: PLR2004  (show the digits that are not zero)
        exponent = min(significant_exponent(value), value.adjusted() // 3 * 3)
    if exponent is None or exponent < 3:  # noqa: PLR2004
        return None
    power = compact_power(value, exponent)
    text = None if power is None else compact_number(value, exponent, power, loc, currency=currency)
    return None if text is None or power is None else (text, power)


def _level(amount: _AmountLike, unit: pint.Unit, value: Decimal, locale: str, *, compact: bool | None) -> str:
    from babel import numbers  # noqa: PLC0415

    loc = _locale(locale)
    if units.is_minor_currency(unit):  # "50p", "30 cents": hundredths stay as written
        forms = minor_words(loc.language) or minor_words(_ENGLISH)
        words = forms["penny" if units.name(unit) == "penny" else "cent"]
        number = format_number(value, locale, exponent=_shown_exponent(amount))
        return number + words[0 if loc.plural_form(value) == "one" else 1]
    code = units.currency_code(unit)
    is_money = code is not None and units.is_currency(unit)
    if compact is not False and (is_money or units.is_count(unit)):
        found = _compact_text(amount, value, loc, code if is_money else None, forced=compact is True)
        if found is not None and is_money:
            return found[0]
        if found is not None:
            number, power = found
            label = unit_label(unit, locale, plural=True)
            # millions and up take "de" in French and Spanish, and so does the noun "millier"
            if label and (power >= MILLIONS or number.endswith(("millier", "milliers"))):
                plain_link, vowel_link = scale_links(loc.language) or ("", "")
                label = (vowel_link if label[:1].lower() in "aeiouéèêâîôû" else plain_link) + label
            return f"{number} {label}" if label else number
    if code is not None and is_money:
        base = loc.currency_formats["standard"].pattern
        return numbers.format_currency(
            value,
            code,
            format=_pattern(base, _fraction_digits(value, _shown_exponent(amount))),
            locale=loc,
            currency_digits=False,
        )
    if unit == units.unit("percent"):
        base = loc.percent_formats[None].pattern
        digits = _fraction_digits(value, _shown_exponent(amount))
        return numbers.format_decimal(CONTEXT.divide(value, HUNDRED), format=_pattern(base, digits), locale=loc)
    plural = loc.plural_form(value) != "one"
    name = units.name(unit)
    cldr = cldr_units()
    if name in cldr and name not in count_words(loc.language):
        from babel.units import format_unit  # noqa: PLC0415

        pattern = _pattern("#,##0", _fraction_digits(value, _shown_exponent(amount)))
        formatted = format_unit(value, cldr[name], length="long", format=pattern, locale=loc)
        if formatted:
            return formatted
    number = format_number(value, locale, exponent=_shown_exponent(amount))
    label = unit_label(unit, locale, plural=plural)
    return f"{number} {label}" if label else number


def unit_label(u: pint.Unit, locale: str, *, plural: bool = True) -> str:
    """The name of ``u`` in ``locale`` where CLDR (babel) or our word list has it, else pint's name.

    >>> unit_label(units.unit("person"), "fr_FR"), unit_label(units.unit("day"), "de_DE", plural=False)
    ('personnes', 'Tag')
    """
    name = units.name(u)
    if not name or name == "dimensionless":
        return ""
    lang = locale.split("_", 1)[0]
    words = count_words(lang) or count_words(_ENGLISH)
    if name in words:
        return words[name][1 if plural else 0]
    cldr = cldr_units()
    if name in cldr:
        from babel.units import format_unit, get_unit_name  # noqa: PLC0415

        loc = _locale(locale)
        label = (
            get_unit_name(cldr[name], length="long", locale=loc)
            if plural
            else format_unit("", cldr[name], length="long", locale=loc).strip()  # the "one" form
        )
        if label:
            return str(label)
    return name.replace("_", " ")


_SEPARATORS: Final = frozenset(".,'’ \xa0\u202f")


def _range_text(low: str, high: str, language: str = _ENGLISH) -> str:
    """Join a range's ends: "5–10 million people", not "5 million people–10 million people"; "£1m–£2m" stays.

    The ends' words may differ in number only ("1–2 people a year", not "1 person a year–2 people
    a year"), and words both ends finish with are written once ("£1–£2 a month").

    >>> _range_text("5 million people", "10 million people"), _range_text("£1m", "£2m")
    ('5–10 million people', '£1m–£2m')
    >>> _range_text("1 person a year", "2 people a year"), _range_text("£1 a month", "£2 a month")
    ('1–2 people a year', '£1–£2 a month')
    """
    i = _numeral_end(low)
    tail = low[i:]
    if i and tail and (high.endswith(tail) or _same_words(tail, high[_numeral_end(high) :], language)):
        return f"{low[:i]}\u2013{high}"
    shared = _shared_words_at_end(low, high)
    if shared:
        return f"{low[: -len(shared)]}\u2013{high}"
    return f"{low}\u2013{high}"


def _numeral_end(text: str) -> int:
    """Where the numeral at the start of ``text`` ends: digits, and separators between digits."""
    i = 0
    while i < len(text) and (
        text[i].isdigit() or (text[i] in _SEPARATORS and i + 1 < len(text) and text[i + 1].isdigit())
    ):
        i += 1
    return i


def _shared_words_at_end(low: str, high: str) -> str:
    """The words both ends finish with, from a space on, when each end has a number before them."""
    k = 0
    while k < min(len(low), len(high)) and low[-1 - k] == high[-1 - k]:
        k += 1
    shared = low[len(low) - k :]
    cut = shared.find(" ")
    shared = shared[cut:] if cut >= 0 else ""
    heads = (low[: len(low) - len(shared)], high[: len(high) - len(shared)])
    if shared.strip() and all(any(c.isdigit() for c in head) for head in heads):
        return shared
    return ""


def _same_words(a: str, b: str, language: str) -> bool:
    """True when ``a`` and ``b`` are the same words but for the number of a unit or counted noun."""
    left, right = a.split(), b.split()
    if len(left) != len(right):
        return False
    forms = _unit_forms(language)
    return all(
        x == y or (x.lower() in forms and forms[x.lower()] == forms.get(y.lower()))
        for x, y in zip(left, right, strict=True)
    )


@functools.cache
def _unit_forms(language: str) -> dict[str, str]:
    """Each singular and plural a unit or counted noun is written with, in ``language``, and its unit."""
    forms: dict[str, str] = {}
    for unit, pair in count_words(language).items():
        forms.update(dict.fromkeys((word.lower() for word in pair), unit))
    lex = lexicon(language) if language in LANGUAGES else lexicon(_ENGLISH)
    for unit, words in lex.mapping("duration_words").items():
        forms.update(dict.fromkeys((word.lower() for word in words), unit))
    return forms


@functools.lru_cache(maxsize=8192)  # amounts are frozen and hashable; reports format each several times
def format_amount(amount: _AmountLike, locale: str = "en_GB", *, compact: bool | None = None) -> str:
    """``amount`` as a person would write it in ``locale``; see :meth:`Amount.format`.

    >>> from factcheck import Amount
    >>> format_amount(Amount.stated("1E+30", "person"), "en_GB", compact=False)
    '1,000,000,000,000,000,000,000,000,000,000 people'
    """
    with localcontext(WIDE):  # babel rounds in the thread's context: give it room for 34-digit values
        if amount.hedge is Hedge.RANGE and amount.bounds.low is not None and amount.bounds.high is not None:
            low = _number_with_unit(amount, amount.bounds.low, locale, compact=compact)
            high = _number_with_unit(amount, amount.bounds.high, locale, compact=compact)
            return _range_text(low, high, locale.split("_", 1)[0])
        text = _number_with_unit(amount, amount.value, locale, compact=compact)
    words = hedge_words(locale.split("_", 1)[0]) or hedge_words(_ENGLISH)
    word = words.get(amount.hedge)
    return f"{word} {text}" if word else text


def amount_html(amount: _AmountLike, locale: str = "en_GB") -> str:
    """``amount`` as an escaped HTML ``<span>``, its bounds and unit in the tooltip.

    >>> from factcheck import Amount
    >>> amount_html(Amount.stated("95", "percent"))
    '<span class="factcheck-amount" title="[94.5, 95.5) percent">95%</span>'
    """
    from html import escape  # noqa: PLC0415

    title = f"{amount.bounds} {amount.unit!s}".strip()
    return f'<span class="factcheck-amount" title="{escape(title)}">{escape(format_amount(amount, locale))}</span>'


class _ClaimLike(Protocol):
    """What :func:`claim_html` reads of a claim (claims live a layer above this module)."""

    kind: ClassVar[str]
    __attrs_attrs__: ClassVar[Any]

    @property
    def amount(self) -> _AmountLike: ...


def claim_html(claim: _ClaimLike, locale: str = "en_GB") -> str:
    """``claim`` as an escaped two-column HTML table: kind, amount, then each field that is set."""
    from html import escape  # noqa: PLC0415

    rows = [("kind", escape(claim.kind)), ("amount", amount_html(claim.amount, locale))]
    for a in attrs.fields(type(claim))[1:]:
        current: object = getattr(claim, a.name)
        if current == a.default:
            continue
        if isinstance(current, tuple):
            text = ", ".join(_html_value(item, locale) for item in current)
        else:
            text = _html_value(current, locale)
        rows.append((escape(a.name), text))
    body = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    return f'<table class="factcheck-claim">{body}</table>'


def _html_value(value: object, locale: str) -> str:
    from html import escape  # noqa: PLC0415

    if isinstance(value, _AmountLike):
        return amount_html(value, locale)
    if isinstance(value, enum.Enum):
        return escape(str(value.value))
    return escape(str(value))
