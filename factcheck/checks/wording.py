"""The words of findings: one template per finding code, kept as data and filled from the facts.

Checks give facts, not sentences: a :class:`~factcheck.Finding` carries its code, claims,
verdict, the figure expected, the difference and its :class:`~factcheck.checks.Facts`. This
module puts them into words with the table of one language, ``factcheck/checks/words/<language>.json``,
read once and cached. English (``en.json``) is the only table so far; a report in a locale
whose language has no table is worded in English, with numbers written in its locale. A table
holds:

============ ===========================================================================================
``findings`` one template per finding code; a code with several cases maps ``Facts.reason`` to templates
``checks``   one template for every code a check passes on from elsewhere (``facial_validity``
             reports the model's :class:`~factcheck.ValidationError` codes)
``verdicts`` each :class:`~factcheck.Verdict` in words (``Verdict.label``)
``notes``    words added after a verdict (``{note}``)
``changes``  a change by its direction: ``"a rise of {0}"``
``words``    the small pieces that templates are joined with
============ ===========================================================================================

A template is a :meth:`str.format` string over these slots; the format spec after ``:`` picks
how a figure is written:

====================== ====================================================================================
``claim``              the first claim as written (its span's text, else its amount); ``{claim:amount}``
                       its amount, ``{claim:labelled}`` with its subject before it, ``{claim:change}``
                       its amount as a change in its direction ("a fall of 95%")
``figures``            ``Facts.figures``: ``{figures[0]}`` as stated, ``{figures:sum}`` joined with " + "
``derived``            ``Facts.derived``, each written as ``expected`` can be
``expected``           ``Finding.expected``: ``{expected:shown}`` rounded for reading (:func:`shown`),
                       ``{expected:size}`` without its sign, ``{expected:change}`` as a rise or a fall
``difference``         ``Finding.difference``, written as ``expected`` can be
``stated``             the judged figure as stated (``Facts.stated``, else the claim's amount)
``verdict``, ``note``  the verdict in words; the note its verdict adds, if any
``relative``           the relative difference in percent, in brackets, when known
``about``              ``Facts.about`` joined with ", "
``detail``             ``Facts.detail``
``reference``          what the reference figure measures, when and where (``Reference.describe()``)
``source``             who published it, else "the reference"
``reference_currency`` the reference's currency; ``claim_currency`` the claim's; ``prices`` the
                       period whose prices the reference is in
====================== ====================================================================================

>>> from factcheck import Amount, CountClaim, Finding, Severity
>>> from factcheck.checks import Facts
>>> claim = CountClaim(Amount.exact(-3, "person"), subject="arrivals", as_stated=True)
>>> finding = Finding.from_facts("negative-count", Severity.ERROR, (claim,), Facts(detail="a count cannot be negative"),
...                              check="facial_validity")
>>> word(finding, "de_DE")
'arrivals: -3 Personen: a count cannot be negative'

This module sits in the checks layer, below :class:`~factcheck.Finding`, so that a finding can
word its own ``message``; it imports nothing else of the checks. The report formats call
:func:`message`.
"""

from __future__ import annotations

import functools
import json
import operator
import string
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeAlias, TypeVar

import attrs

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import ChangeClaim
from factcheck._decimal import CONTEXT, HUNDRED, ONE
from factcheck._interval import Interval
from factcheck._precision import Hedge

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from factcheck._claims import Claim

    from ._finding import Facts, Finding, Verdict
    from ._references import Reference

__all__ = ["DEFAULT_LANGUAGE", "Wordable", "languages", "message", "shown", "table", "verdict_label", "word"]

DEFAULT_LANGUAGE: Final = "en"
"""The language of ``Finding.message`` and of reports in a language without a table."""

_TEN, _HUNDRED, _MILLION = Decimal(10), Decimal(100), Decimal(1_000_000)
_T = TypeVar("_T")


class Wordable(Protocol):
    """What the words of a finding are made from; a :class:`~factcheck.Finding` has all of it."""

    @property
    def code(self) -> str: ...  # noqa: D102
    @property
    def check(self) -> str: ...  # noqa: D102
    @property
    def claim(self) -> Claim: ...  # noqa: D102
    @property
    def facts(self) -> Facts: ...  # noqa: D102
    @property
    def verdict(self) -> Verdict | None: ...  # noqa: D102
    @property
    def expected(self) -> Amount | None: ...  # noqa: D102
    @property
    def difference(self) -> Amount | None: ...  # noqa: D102
    @property
    def relative_difference(self) -> Decimal | None: ...  # noqa: D102
    @property
    def reference(self) -> Reference | None: ...  # noqa: D102


@functools.cache
def languages() -> frozenset[str]:
    """The languages with a word table: ``frozenset({'en'})``."""
    folder = resources.files(__package__).joinpath("words")
    return frozenset(item.name.removesuffix(".json") for item in folder.iterdir() if item.name.endswith(".json"))


@functools.cache
def table(language: str = DEFAULT_LANGUAGE) -> Mapping[str, Any]:
    """The word table of ``language`` (one of :func:`languages`), read once.

    >>> table()["verdicts"]["only_if_rounded"]
    'only if rounded'
    """
    if language not in languages():
        msg = f"no word table for {language!r}; there are tables for {sorted(languages())}"
        raise ValueError(msg)
    text = resources.files(__package__).joinpath("words").joinpath(f"{language}.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def _language(locale: str) -> str:
    """The language whose table words a report in ``locale``: en_GB, then en, then English."""
    parts = locale.replace("-", "_").split("_")
    for n in range(len(parts), 0, -1):
        candidate = "_".join(parts[:n])
        if candidate in languages():
            return candidate
    return DEFAULT_LANGUAGE


def verdict_label(verdict: Verdict, language: str = DEFAULT_LANGUAGE) -> str:
    """A verdict in the words of ``language``; ``Verdict.label`` is this in English."""
    label: str = table(language)["verdicts"][verdict.value]
    return label


def word(
    finding: Wordable, locale: str = "en_GB", *, language: str = DEFAULT_LANGUAGE, template: str | None = None
) -> str:
    """``finding`` in the words of ``language``'s table (or of ``template``), numbers written in ``locale``.

    Raises ``KeyError`` when the table has no template for the finding's code (nor for its
    check) and no ``template`` is given, or when the template names a slot the finding has no
    value for; ``ValueError`` for a template that names no slot or a format the slot lacks.
    """
    words = table(language)
    parts = _compiled(template if template is not None else _template(finding, words))
    return "".join([text if fill is None else text + fill(finding, locale, words) for text, fill in parts])


def message(finding: Finding, locale: str) -> str:
    """What a report in ``locale`` says for ``finding``: its ``message``, or its words in the locale's language.

    A finding's ``message`` is in English, worded when it was made. A report in a language with a
    table of its own words each finding whose code the table has in that language.
    """
    language = _language(locale)
    if language == DEFAULT_LANGUAGE:
        return finding.message
    try:
        return word(finding, locale, language=language)
    except KeyError:
        return finding.message


def _template(finding: Wordable, words: Mapping[str, Any]) -> str:
    entry = words["findings"].get(finding.code)
    if entry is None:
        entry = words["checks"].get(finding.check)
    if entry is None:
        msg = f"no words for finding code {finding.code!r}: give the finding a message or a template"
        raise KeyError(msg)
    if isinstance(entry, dict):
        entry = entry[finding.facts.reason]
    result: str = entry
    return result


_Fill: TypeAlias = "Callable[[Wordable, str, Mapping[str, Any]], str]"
"""Fills one slot: from a finding, the locale of its numbers and the word table."""


def _size(amount: Amount) -> Amount:
    return -amount if amount.value < 0 else amount


def _present(value: _T | None, finding: Wordable, what: str) -> _T:
    if value is None:
        msg = f"finding {finding.code!r} has no {what} to word"
        raise KeyError(msg)
    return value


def _figure(amount: Amount, spec: str, locale: str, words: Mapping[str, Any]) -> str:
    """An amount as stated (no spec), ``shown``, by its ``size`` or as a ``change``."""
    if not spec:
        return amount.format(locale)
    if spec == "shown":
        return shown(amount, locale)
    size = shown(_size(amount), locale)
    if spec == "size":
        return size
    change: str = words["changes"]["none" if amount.value.is_zero() else "down" if amount.value < 0 else "up"]
    return change.format(size)


def _claim(claim: Claim, spec: str, locale: str, words: Mapping[str, Any]) -> str:
    """A claim as written (no spec), its ``amount``, ``labelled`` with its subject, or as a ``change``."""
    if spec == "amount":
        return claim.amount.format(locale)
    if spec == "change":
        change: str = words["changes"][claim.direction.value if isinstance(claim, ChangeClaim) else "unspecified"]
        return change.format(claim.amount.format(locale))
    written = claim.span.text if claim.span is not None else claim.amount.format(locale)
    if spec == "labelled" and claim.subject:
        labelled: str = words["words"]["labelled"]
        return labelled.format(subject=claim.subject, claim=written)
    return written


def _relative(finding: Wordable, locale: str, words: Mapping[str, Any]) -> str:
    relative = finding.relative_difference
    if relative is None:
        return ""
    percent = Amount.exact(CONTEXT.multiply(abs(relative), HUNDRED), units.unit("percent"))
    text: str = words["words"]["relative"]
    return text.format(shown(percent, locale))


def _verdict(finding: Wordable) -> str:
    return "" if finding.verdict is None else finding.verdict.value


def _reference(finding: Wordable) -> Reference:
    return _present(finding.reference, finding, "reference")


_FIGURES: Final[dict[str, Callable[[Wordable], Amount | None]]] = {
    "expected": operator.attrgetter("expected"),
    "difference": operator.attrgetter("difference"),
    "stated": lambda f: f.facts.stated or f.claim.amount,
}
_LISTS: Final[dict[str, Callable[[Wordable], tuple[Amount, ...]]]] = {
    "figures": operator.attrgetter("facts.figures"),
    "derived": operator.attrgetter("facts.derived"),
}
_TEXTS: Final[dict[str, _Fill]] = {
    "verdict": lambda f, _, w: w["verdicts"][_verdict(f)],
    "note": lambda f, _, w: w["notes"].get(_verdict(f), ""),
    "relative": _relative,
    "about": lambda f, _, w: w["words"]["list"].join(f.facts.about),
    "detail": lambda f, _, __: _present(f.facts.detail, f, "detail"),
    "reference": lambda f, _, __: _reference(f).describe(),
    "source": lambda f, _, w: _reference(f).source or w["words"]["the reference"],
    "reference_currency": lambda f, _, __: str(_reference(f).amount.currency),
    "claim_currency": lambda f, _, __: str(f.claim.amount.currency),
    "prices": lambda f, _, __: str(_reference(f).prices),
}
_SLOTS: Final = frozenset({"claim", *_FIGURES, *_LISTS, *_TEXTS})
"""The slots a template may name (see the module docstring)."""
_SPECS: Final = {"claim": ("", "amount", "labelled", "change"), "figure": ("", "shown", "size", "change")}


@functools.cache
def _compiled(template: str) -> tuple[tuple[str, _Fill | None], ...]:
    """``template`` as its literal texts, each followed by the function that fills the slot after it."""
    return tuple(
        (text, None if name is None else _fill(name, spec or "", template))
        for text, name, spec, _ in string.Formatter().parse(template)
    )


def _fill(field: str, spec: str, template: str) -> _Fill:
    name, bracket, rest = field.partition("[")
    index = int(rest.removesuffix("]")) if bracket and rest.removesuffix("]").isdigit() else None
    if name not in _SLOTS or (bracket and (index is None or name not in _LISTS)):
        msg = f"no slot {field!r} in {template!r}; the slots are {sorted(_SLOTS)}"
        raise KeyError(msg)
    kind = "claim" if name == "claim" else "figure" if name in _FIGURES or index is not None else name
    allowed = _SPECS.get(kind, ("sum",) if name in _LISTS else ("",))
    if spec not in allowed:
        msg = f"{field!r} in {template!r} is written as one of {list(allowed)}, not {spec!r}"
        raise ValueError(msg)
    if name == "claim":
        return lambda f, locale, words: _claim(f.claim, spec, locale, words)
    if name in _FIGURES:
        get = _FIGURES[name]
        return lambda f, locale, words: _figure(_present(get(f), f, name), spec, locale, words)
    items = _LISTS.get(name)
    if items is None:
        return _TEXTS[name]
    if index is None:
        return lambda f, locale, words: words["words"]["plus"].join([a.format(locale) for a in items(f)])
    at = operator.itemgetter(index)
    if not spec:
        return lambda f, locale, _: at(items(f)).format(locale)
    return lambda f, locale, words: _figure(at(items(f)), spec, locale, words)


def shown(amount: Amount, locale: str) -> str:
    """An amount written for a message: stated figures as stated, computed ones rounded sensibly.

    Computed figures keep whole numbers whole (millions and more with at most three significant
    digits in the compact form, "£2.4m"); otherwise one decimal from 10 up, two below.

    >>> shown(Amount.exact("95.125", "percent"), "en_GB"), shown(Amount.exact(2_400_000, "GBP"), "en_GB")
    ('95.1%', '£2.4m')
    """
    if amount.hedge is not Hedge.DERIVED and amount.exponent is not None:
        return amount.format(locale)
    value = amount.value
    if value != value.to_integral_value():
        places = ONE if abs(value) >= _HUNDRED else Decimal("0.1") if abs(value) >= _TEN else Decimal("0.01")
        value = value.quantize(places, context=CONTEXT)
        exponent = None
    else:
        value = value.quantize(ONE, context=CONTEXT)
        normal = value.normalize(CONTEXT)
        digits, power = len(normal.as_tuple().digits), normal.as_tuple().exponent
        compact = abs(value) >= _MILLION and digits <= 3  # noqa: PLR2004
        exponent = power if compact and isinstance(power, int) else None
        value = normal if compact else value
    clean = attrs.evolve(amount, value=value, bounds=Interval.point(value), hedge=Hedge.NONE, exponent=exponent)
    return clean.format(locale, compact=exponent is not None)
