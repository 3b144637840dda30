"""The words of findings: one template per finding code, kept as data and filled from the facts.

Checks give facts, not sentences: a :class:`~factcheck.Finding` carries its code, claims,
verdict, the figure expected, the difference and its :class:`~factcheck.checks.Facts`. This
module puts them into words with the tables of one language's lexicon,
``factcheck/lexicons/<language>/findings.json``, read once by :mod:`factcheck.lexicons` and
cached as :class:`Words`. English is the only language with findings' words so far; a report in
a locale whose language has none (looked up as babel does: en_GB, en, common) is worded in
English, with numbers written in its locale. The tables: one template per finding code
(``finding_templates``; a code with several cases maps ``Facts.reason`` to templates), one
template for every code a check passes on from elsewhere (``check_templates``:
``facial_validity`` reports the model's :class:`~factcheck.ValidationError` codes), the
verdicts in words (``verdict_words``, ``Verdict.label``), words added after a verdict
(``verdict_notes``), a change by its direction (``change_words``) and the small pieces
templates are joined with (``finding_words``).

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
import operator
import string
from decimal import Decimal
from typing import TYPE_CHECKING, Final, Protocol, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from factcheck import units
from factcheck._amount import Amount
from factcheck._claims import ChangeClaim
from factcheck._decimal import CONTEXT, HUNDRED, ONE
from factcheck._interval import Interval
from factcheck._precision import Hedge
from factcheck.errors import LexiconError
from factcheck.lexicons import lexicon

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from factcheck._claims import Claim

    from ._finding import Facts, Finding, Verdict
    from ._references import Reference

__all__ = [
    "DEFAULT_LANGUAGE",
    "Changes",
    "Wordable",
    "Words",
    "message",
    "shown",
    "table",
    "verdict_label",
    "word",
]

DEFAULT_LANGUAGE: Final = "en"
"""The language of ``Finding.message`` and of reports in a language without a table."""

_TEN, _HUNDRED, _MILLION = Decimal(10), Decimal(100), Decimal(1_000_000)
_T = TypeVar("_T")
_F = TypeVar("_F", bound="Callable[..., object]")


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


@frozen
class Changes:
    """A change in words by its direction, its size in ``{0}``: ``up`` is "a rise of {0}"."""

    up: str
    down: str
    none: str
    """No change at all."""
    unspecified: str
    """A stated change without a direction word: just its size."""


def _changes(value: Mapping[str, str] | Changes) -> Changes:
    return value if isinstance(value, Changes) else Changes(**value)


@frozen
class Words:
    """The words of findings in one language, as read from its lexicon (``lexicons/<language>/findings.json``)."""

    language: str
    """The language whose lexicon holds the templates: ``"en"``."""
    findings: Mapping[str, str | Mapping[str, str]]
    """One template per finding code; for a code with several cases, one per ``Facts.reason``."""
    checks: Mapping[str, str]
    """One template for every code a check passes on from elsewhere, by the check's name."""
    verdicts: Mapping[str, str]
    """Each verdict in words, by its value."""
    notes: Mapping[str, str]
    """Words added after some verdicts (``{note}``), by the verdict's value."""
    changes: Changes = field(converter=_changes)
    readings: Mapping[str, str]
    """What is uncertain, by :class:`~factcheck.checks.Reading` value, joined into ``uncertain``."""
    labelled: str
    """A claim with its subject before it: ``{subject}``, ``{claim}``."""
    plus: str
    """What joins figures that add up."""
    comma: str
    """What joins the items of a list."""
    nameless_source: str
    """What a reference is called when it names no source."""
    relative: str
    """The relative difference after the absolute one, in ``{0}``."""
    uncertain: str
    """The sentence added to a finding that rests on uncertain readings (``readings`` in ``{0}``)."""


_TEMPLATES: Final = "finding_templates"
"""The lexicon table of finding templates; the language that has it words findings."""


def _language(locale: str) -> str:
    """The language whose lexicon words findings for ``locale``: en_GB, then en, then English."""
    try:
        chain = lexicon(locale).chain()
    except LexiconError:
        return DEFAULT_LANGUAGE
    return next((lex.language for lex in chain if lex.own(_TEMPLATES) is not None), DEFAULT_LANGUAGE)


@functools.cache
def table(language: str = DEFAULT_LANGUAGE) -> Words:
    """The words of findings in ``language`` (or its nearest parent with templates), read once.

    >>> table().verdicts["only_if_rounded"], table("en_GB").language
    ('only if rounded', 'en')
    """
    owner = lexicon(_language(language))
    pieces = owner.string_map("finding_words")
    return Words(
        owner.language,
        owner.mapping(_TEMPLATES),
        owner.string_map("check_templates"),
        owner.string_map("verdict_words"),
        owner.string_map("verdict_notes"),
        owner.string_map("change_words"),
        owner.string_map("uncertain_readings"),
        **pieces,
    )


def verdict_label(verdict: Verdict, language: str = DEFAULT_LANGUAGE) -> str:
    """A verdict in the words of ``language``; ``Verdict.label`` is this in English."""
    return table(language).verdicts[verdict.value]


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
    worded = "".join([text if fill is None else text + fill(finding, locale, words) for text, fill in parts])
    return worded + _uncertain(finding, words)


_FAULTS: Final = frozenset({"inaccurate", "only_if_rounded"})
"""The verdicts (by value) of a finding that says figures disagree: its uncertain readings are worded."""


def _uncertain(finding: Wordable, words: Words) -> str:
    """What a finding that says figures disagree is not certain of, as a sentence (empty when certain)."""
    readings = finding.facts.certainty.uncertain
    if not readings or finding.verdict is None or finding.verdict.value not in _FAULTS:
        return ""
    return words.uncertain.format(words.comma.join(words.readings[r.value] for r in readings))


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


def _template(finding: Wordable, words: Words) -> str:
    entry = words.findings.get(finding.code)
    if entry is None:
        entry = words.checks.get(finding.check)
    if entry is None:
        msg = f"no words for finding code {finding.code!r}: give the finding a message or a template"
        raise KeyError(msg)
    if isinstance(entry, str):
        return entry
    return entry[finding.facts.reason or ""]


# slots ------------------------------------------------------------------------------------------
# Each slot and each way of writing one is a function; its name after the prefix is the name a
# template uses ("as_stated" is the empty format spec), so the names are written once, here.

_Fill: TypeAlias = "Callable[[Wordable, str, Words], str]"
"""Fills one slot of a template: from a finding, the locale of its numbers and the word table."""


def _named(prefix: str, *functions: _F) -> dict[str, _F]:
    """``functions`` by their names after ``prefix``; ``as_stated`` is the empty format spec."""
    named = {f.__name__.removeprefix(prefix): f for f in functions}
    return {("" if name == "as_stated" else name): f for name, f in named.items()}


def _present(value: _T | None, finding: Wordable, what: str) -> _T:
    if value is None:
        msg = f"finding {finding.code!r} has no {what} to word"
        raise KeyError(msg)
    return value


def _size(amount: Amount) -> Amount:
    return -amount if amount.value < 0 else amount


def _figure_as_stated(amount: Amount, locale: str, _words: Words) -> str:
    return amount.format(locale)


def _figure_shown(amount: Amount, locale: str, _words: Words) -> str:
    return shown(amount, locale)


def _figure_size(amount: Amount, locale: str, _words: Words) -> str:
    return shown(_size(amount), locale)


def _figure_change(amount: Amount, locale: str, words: Words) -> str:
    changes = words.changes
    way = changes.none if amount.value.is_zero() else changes.down if amount.value < 0 else changes.up
    return way.format(shown(_size(amount), locale))


def _claim_as_stated(claim: Claim, locale: str, _words: Words) -> str:
    return claim.span.text if claim.span is not None else claim.amount.format(locale)


def _claim_amount(claim: Claim, locale: str, _words: Words) -> str:
    return claim.amount.format(locale)


def _claim_labelled(claim: Claim, locale: str, words: Words) -> str:
    written = _claim_as_stated(claim, locale, words)
    return words.labelled.format(subject=claim.subject, claim=written) if claim.subject else written


def _claim_change(claim: Claim, locale: str, words: Words) -> str:
    way: str = (
        getattr(words.changes, claim.direction.value) if isinstance(claim, ChangeClaim) else words.changes.unspecified
    )
    return way.format(claim.amount.format(locale))


def _slot_claim(finding: Wordable) -> Claim:
    return finding.claim


def _slot_expected(finding: Wordable) -> Amount:
    return _present(finding.expected, finding, "expected figure")


def _slot_difference(finding: Wordable) -> Amount:
    return _present(finding.difference, finding, "difference")


def _slot_stated(finding: Wordable) -> Amount:
    return finding.facts.stated or finding.claim.amount


def _slot_figures(finding: Wordable) -> tuple[Amount, ...]:
    return finding.facts.figures


def _slot_derived(finding: Wordable) -> tuple[Amount, ...]:
    return finding.facts.derived


def _verdict(finding: Wordable) -> str:
    return "" if finding.verdict is None else finding.verdict.value


def _reference(finding: Wordable) -> Reference:
    return _present(finding.reference, finding, "reference")


def _text_verdict(finding: Wordable, _locale: str, words: Words) -> str:
    return words.verdicts[_verdict(finding)]


def _text_note(finding: Wordable, _locale: str, words: Words) -> str:
    return words.notes.get(_verdict(finding), "")


def _text_relative(finding: Wordable, locale: str, words: Words) -> str:
    relative = finding.relative_difference
    if relative is None:
        return ""
    percent = Amount.exact(CONTEXT.multiply(abs(relative), HUNDRED), units.unit("percent"))
    return words.relative.format(shown(percent, locale))


def _text_about(finding: Wordable, _locale: str, words: Words) -> str:
    return words.comma.join(finding.facts.about)


def _text_detail(finding: Wordable, _locale: str, _words: Words) -> str:
    return _present(finding.facts.detail, finding, "detail")


def _text_reference(finding: Wordable, _locale: str, _words: Words) -> str:
    return _reference(finding).describe()


def _text_source(finding: Wordable, _locale: str, words: Words) -> str:
    return _reference(finding).source or words.nameless_source


def _text_reference_currency(finding: Wordable, _locale: str, _words: Words) -> str:
    return str(_reference(finding).amount.currency)


def _text_claim_currency(finding: Wordable, _locale: str, _words: Words) -> str:
    return str(finding.claim.amount.currency)


def _text_prices(finding: Wordable, _locale: str, _words: Words) -> str:
    return str(_reference(finding).prices)


_FIGURE_SPECS: Final = _named("_figure_", _figure_as_stated, _figure_shown, _figure_size, _figure_change)
_CLAIM_SPECS: Final = _named("_claim_", _claim_as_stated, _claim_amount, _claim_labelled, _claim_change)
_CLAIMS: Final = _named("_slot_", _slot_claim)
_FIGURES: Final = _named("_slot_", _slot_expected, _slot_difference, _slot_stated)
_LISTS: Final = _named("_slot_", _slot_figures, _slot_derived)
_LIST_SUM: Final = "sum"
_TEXTS: Final[dict[str, _Fill]] = _named(
    "_text_",
    _text_verdict,
    _text_note,
    _text_relative,
    _text_about,
    _text_detail,
    _text_reference,
    _text_source,
    _text_reference_currency,
    _text_claim_currency,
    _text_prices,
)
_SLOTS: Final = frozenset({*_CLAIMS, *_FIGURES, *_LISTS, *_TEXTS})
"""The slots a template may name (see the module docstring)."""


@functools.cache
def _compiled(template: str) -> tuple[tuple[str, _Fill | None], ...]:
    """``template`` as its literal texts, each followed by the function that fills the slot after it."""
    return tuple(
        (text, None if name is None else _fill(name, spec or "", template))
        for text, name, spec, _ in string.Formatter().parse(template)
    )


def _fill(field: str, spec: str, template: str) -> _Fill:
    name, bracket, rest = field.partition("[")
    index = int(rest[:-1]) if bracket and rest.endswith("]") and rest[:-1].isdigit() else None
    if name not in _SLOTS or (bracket and (index is None or name not in _LISTS)):
        msg = f"no slot {field!r} in {template!r}; the slots are {sorted(_SLOTS)}"
        raise KeyError(msg)
    if name in _TEXTS:
        return _spec({"": _TEXTS[name]}, spec, field, template)
    if name in _CLAIMS:
        get_claim, write_claim = _CLAIMS[name], _spec(_CLAIM_SPECS, spec, field, template)
        return lambda f, locale, words: write_claim(get_claim(f), locale, words)
    if name in _FIGURES:
        get, write = _FIGURES[name], _spec(_FIGURE_SPECS, spec, field, template)
        return lambda f, locale, words: write(get(f), locale, words)
    items = _LISTS[name]
    if index is None:
        _spec({_LIST_SUM: items}, spec, field, template)
        return lambda f, locale, words: words.plus.join([a.format(locale) for a in items(f)])
    at, write = operator.itemgetter(index), _spec(_FIGURE_SPECS, spec, field, template)
    return lambda f, locale, words: write(at(items(f)), locale, words)


def _spec(allowed: Mapping[str, _T], spec: str, field: str, template: str) -> _T:
    """What ``spec`` picks among ``allowed``; ``ValueError`` naming the choices if it picks none."""
    if spec not in allowed:
        msg = f"{field!r} in {template!r} is written as one of {list(allowed)}, not {spec!r}"
        raise ValueError(msg)
    return allowed[spec]


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
