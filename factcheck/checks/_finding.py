"""Finding, Facts, Severity and Verdict: what a check says about claims, and how strongly.

A check states facts (:class:`Facts`: the figures, the relation, the numbers) and a verdict;
the words come from the table of :mod:`factcheck.checks.wording` (:meth:`Finding.from_facts`).
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

import attrs
from attrs import field, frozen

from factcheck._amount import Amount
from factcheck._claims import Claim
from factcheck._typed import typed_tuple

from . import wording
from ._references import Reference

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["CERTAIN", "Certainty", "Facts", "Finding", "Reading", "Severity", "Verdict"]


class Severity(enum.IntEnum):
    """How much a finding matters; ordered, so ``max(severities)`` is the worst.

    >>> Severity.WARNING > Severity.INFO
    True
    """

    OK = 0
    """Checked and fine: the figures agree."""
    INFO = 1
    """Worth knowing, nothing wrong: cannot be checked, or close within the caller's tolerance."""
    WARNING = 2
    """Holds only under a generous reading (rounded inputs, overlapping groups)."""
    ERROR = 3
    """Cannot be true: invalid on its face, inconsistent with other figures, or inaccurate."""

    @property
    def label(self) -> str:
        """The lower-case name used in reports and JSON: ``"warning"``."""
        return self.name.lower()


class Verdict(enum.Enum):
    """How a figure fares against what it should be; see ``docs/verdicts.md`` for the scale.

    ``rating`` is the ClaimReview rating: 5 best, 1 worst, ``None`` for :attr:`UNCHECKABLE`.

    >>> Verdict.ACCURATE_WITHIN_ROUNDING.rating, Verdict.ACCURATE_WITHIN_ROUNDING.label
    (4, 'accurate within rounding')
    """

    ACCURATE = "accurate"
    """The figure equals what it should be."""
    ACCURATE_WITHIN_ROUNDING = "accurate_within_rounding"
    """What it should be lies within the figure's stated rounding or hedge."""
    CLOSE = "close"
    """Off, but within the relative tolerance the caller set."""
    ONLY_IF_ROUNDED = "only_if_rounded"
    """Holds only if visibly rounded figures ("£2m") are read as widely as their rounding allows."""
    INACCURATE = "inaccurate"
    """Wrong, even under the widest reading of every figure."""
    UNCHECKABLE = "uncheckable"
    """No reference to check against, or units that do not compare."""

    @property
    def rating(self) -> int | None:
        """The ClaimReview ``ratingValue`` (1 worst to 5 best), ``None`` when not checked."""
        return _RATINGS[self]

    @property
    def label(self) -> str:
        """The verdict in words, for people: ``"accurate within rounding"`` (from the English word table)."""
        return wording.verdict_label(self)

    @property
    def severity(self) -> Severity:
        """The severity a finding with this verdict carries."""
        return _SEVERITIES[self]


_RATINGS: dict[Verdict, int | None] = {
    Verdict.ACCURATE: 5,
    Verdict.ACCURATE_WITHIN_ROUNDING: 4,
    Verdict.CLOSE: 3,
    Verdict.ONLY_IF_ROUNDED: 2,
    Verdict.INACCURATE: 1,
    Verdict.UNCHECKABLE: None,
}
_LABELS: dict[Verdict, str] = {
    Verdict.ACCURATE: "accurate",
    Verdict.ACCURATE_WITHIN_ROUNDING: "accurate within rounding",
    Verdict.CLOSE: "close",
    Verdict.ONLY_IF_ROUNDED: "only if rounded",
    Verdict.INACCURATE: "inaccurate",
    Verdict.UNCHECKABLE: "cannot be checked",
}
_SEVERITIES: dict[Verdict, Severity] = {
    Verdict.ACCURATE: Severity.OK,
    Verdict.ACCURATE_WITHIN_ROUNDING: Severity.OK,
    Verdict.CLOSE: Severity.INFO,
    Verdict.ONLY_IF_ROUNDED: Severity.WARNING,
    Verdict.INACCURATE: Severity.ERROR,
    Verdict.UNCHECKABLE: Severity.INFO,
}


class Reading(enum.Enum):
    """A reading a finding rests on, which may be certain or not (see "Certainty" in ``docs/verdicts.md``).

    >>> from factcheck import Reading
    >>> Reading.SUBJECT.value
    'subject'
    """

    LINK = "link"
    """How the figures were put together: explicit syntax ("from X to Y, a fall of Z%", "X, or
    Z%, of Y", "X a month, or Y over a year") is certain; figures paired because they stand near
    each other is not."""
    SUBJECT = "subject"
    """That the figures measure the same thing: certain when the text links them, not when they
    were paired by matching their subjects across clauses or sentences."""
    PERIOD = "period"
    """The period a figure covers: not certain when it was inferred, not stated with the figure."""
    MODALITY = "modality"
    """Whether a figure is an outturn or a forecast, estimate, target, plan or hypothesis."""
    EXHAUSTIVE = "exhaustive"
    """That a total's listed parts are all of it, so that they must reach it: read from a colon or
    a sum word; not certain for a list after a comma, which may name only some of them."""
    DISJOINT = "disjoint"
    """That a total's parts do not overlap, so that they cannot add up to more than it: read from
    the text for money and quantities split by purpose or source, for answers to one question and
    for a gapped list; not certain for groups told apart by predicates or modifiers of their own."""


def _readings(value: Iterable[object]) -> tuple[Reading, ...]:
    """The readings once each, in the order :class:`Reading` lists them."""
    given = set(typed_tuple(value, Reading, "uncertain readings must be Readings"))
    return tuple(r for r in Reading if r in given)


@frozen
class Certainty:
    """Which readings behind a finding are not certain; a finding is certain when none is.

    A check combines the certainty of what it used with ``|``. :meth:`cap` is the one rule of
    severity: an uncertain finding is never an ERROR, at most a WARNING.

    >>> from factcheck import Certainty, Reading, Severity
    >>> link = Certainty({Reading.LINK})
    >>> (Certainty() | link).cap(Severity.ERROR).label, Certainty().cap(Severity.ERROR).label
    ('warning', 'error')
    >>> [r.value for r in (Certainty({Reading.PERIOD}) | link).uncertain]
    ['link', 'period']
    """

    uncertain: tuple[Reading, ...] = field(default=(), converter=_readings)
    """The readings that are not certain, once each, in the order :class:`Reading` lists them."""

    @property
    def certain(self) -> bool:
        """True when every reading behind the finding is certain."""
        return not self.uncertain

    def __or__(self, other: Certainty) -> Certainty:
        """What is uncertain in either."""
        return Certainty((*self.uncertain, *other.uncertain))

    def cap(self, severity: Severity) -> Severity:
        """``severity``, lowered to WARNING when an ERROR rests on an uncertain reading."""
        if severity is Severity.ERROR and not self.certain:
            return Severity.WARNING
        return severity


CERTAIN = Certainty()
"""Every reading certain (the default of :class:`Facts`)."""


def _amounts(value: Iterable[object]) -> tuple[Amount, ...]:
    return typed_tuple(value, Amount, "a finding's figures must be Amounts")


def _texts(value: Iterable[object]) -> tuple[str, ...]:
    if isinstance(value, str):
        msg = f"about is a sequence of texts, got the text {value!r}"
        raise TypeError(msg)
    return typed_tuple(value, str, "about is a sequence of texts")


_opt_amount = attrs.validators.optional(attrs.validators.instance_of(Amount))
_opt_str = attrs.validators.optional(attrs.validators.instance_of(str))


@frozen
class Facts:
    """What a finding states besides its claims, verdict, expected figure and difference.

    Each field is used by the findings that need it; the rest stay empty. The words are made
    from them by the table of :mod:`factcheck.checks.wording`.

    >>> from factcheck import Amount
    >>> Facts(figures=(Amount.exact(18, "person"), Amount.exact(120, "person"))).figures[1].format("en_GB")
    '120 people'
    """

    figures: tuple[Amount, ...] = field(default=(), converter=_amounts)
    """The figures the finding works from, in the order its words name them: a change's before
    and after, a share's part and total, the parts of a total, a rate and the duration it runs
    over, the shares of one whole, two figures that contradict each other."""
    stated: Amount | None = field(default=None, validator=_opt_amount)
    """The judged figure as it was compared: the claim's amount, or a bare number read as what
    a rate counts ("or 240,000 over a year": 240,000 people)."""
    derived: tuple[Amount, ...] = field(default=(), converter=_amounts)
    """Further figures worked out from ``figures``: a change between two percentages in points
    and in percent (``percent-vs-points``); the sum of the shares of one whole."""
    about: tuple[str, ...] = field(default=(), converter=_texts)
    """What the claims are about, for people: subject, period and place ("Albanians returned",
    "2024"), or the whole that shares divide."""
    reason: str | None = field(default=None, validator=_opt_str)
    """Which case of its code a finding is, as a stable key: what could not be recomputed
    (``change``, ``share``, ``parts``), why a reference does not compare (``currency``,
    ``prices``, ``units``), which reading a text mixed up (``points-as-percent``,
    ``percent-as-points``)."""
    detail: str | None = field(default=None, validator=_opt_str)
    """Text the finding quotes from elsewhere: the message of the error that stopped a check,
    or the model's reason a claim is invalid (:class:`factcheck.ValidationError`)."""
    certainty: Certainty = field(default=CERTAIN, validator=attrs.validators.instance_of(Certainty))
    """Which readings behind the finding are not certain (the pairing of its figures, their
    period, their modality); :meth:`Finding.from_facts` lowers an ERROR to a WARNING for any."""


_NO_FACTS = Facts()
"""The facts of a finding that states nothing beyond its other fields (one shared value)."""


def _claims(value: Iterable[object]) -> tuple[Claim, ...]:
    return typed_tuple(value, Claim, "a finding's claims must be Claims")


@frozen
class Finding:
    """What one check found about one or more claims.

    ``code`` is a stable string (listed in ``docs/verdicts.md``); ``message`` says it for people,
    in English with numbers written in the report's locale. ``expected`` is the figure the claim
    should have been (the implied change, the sum of the parts, the reference figure),
    ``difference`` the claim minus ``expected``, ``relative_difference`` that difference over
    ``expected``; ``facts`` holds the other figures and details the finding states.

    The built-in checks make findings with :meth:`from_facts`, which words the message from
    the finding's code and facts with the table of :mod:`factcheck.checks.wording`. A finding
    made directly keeps the message it was given.

    >>> from factcheck import Amount, CountClaim
    >>> claim = CountClaim(Amount.exact(-3, "person"), as_stated=True)
    >>> Finding("negative-count", Severity.ERROR, (claim,), "a count cannot be negative").claim is claim
    True
    """

    code: str = field(validator=attrs.validators.instance_of(str))
    severity: Severity = field(validator=attrs.validators.instance_of(Severity))
    claims: tuple[Claim, ...] = field(converter=_claims)
    message: str = field(validator=attrs.validators.instance_of(str))
    verdict: Verdict | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Verdict))
    )
    check: str = field(default="", kw_only=True, validator=attrs.validators.instance_of(str))
    """The name of the check that found it (its function's ``__name__``)."""
    expected: Amount | None = field(default=None, kw_only=True, validator=_opt_amount)
    difference: Amount | None = field(default=None, kw_only=True, validator=_opt_amount)
    relative_difference: Decimal | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Decimal))
    )
    reference: Reference | None = field(
        default=None, kw_only=True, validator=attrs.validators.optional(attrs.validators.instance_of(Reference))
    )
    facts: Facts = field(default=_NO_FACTS, kw_only=True, validator=attrs.validators.instance_of(Facts))
    """The figures and details the finding states besides the fields above."""

    @classmethod
    def from_facts(
        cls,
        code: str,
        severity: Severity,
        claims: Iterable[Claim],
        facts: Facts | None = None,
        *,
        locale: str = "en_GB",
        template: str | None = None,
        verdict: Verdict | None = None,
        check: str = "",
        expected: Amount | None = None,
        difference: Amount | None = None,
        relative_difference: Decimal | None = None,
        reference: Reference | None = None,
    ) -> Finding:
        """A finding whose message is worded from its code and facts, numbers written in ``locale``.

        ``severity`` is capped by ``facts.certainty`` (:meth:`Certainty.cap`): a finding that
        rests on an uncertain reading is at most a WARNING, and its words say what is uncertain.

        The words are the template for ``code`` in the English table of
        :mod:`factcheck.checks.wording`, or ``template`` (a custom check's own, in the same
        slots). ``KeyError`` when there is neither.

        >>> from factcheck import Amount, CountClaim
        >>> claim = CountClaim(Amount.exact(5294, "person"), subject="returns")
        >>> finding = Finding.from_facts("not-rounded", Severity.INFO, (claim,), template="{claim:labelled} is odd")
        >>> finding.message
        'returns: 5,294 people is odd'
        """
        claim_tuple = _claims(claims)
        facts = _NO_FACTS if facts is None else facts
        severity = facts.certainty.cap(severity)
        draft = _Draft(code, check, claim_tuple, facts, verdict, expected, difference, relative_difference, reference)
        return cls(
            code,
            severity,
            claim_tuple,
            wording.word(draft, locale, template=template),
            verdict=verdict,
            check=check,
            expected=expected,
            difference=difference,
            relative_difference=relative_difference,
            reference=reference,
            facts=facts,
        )

    def __str__(self) -> str:
        """The finding as one line for people: its severity, its code and its message."""
        return f"{self.severity.name} {self.code}: {self.message}"

    @property
    def claim(self) -> Claim:
        """The claim the finding is about first (the stated figure that was judged)."""
        return self.claims[0]

    @property
    def certainty(self) -> Certainty:
        """Which readings behind the finding are not certain (``facts.certainty``)."""
        return self.facts.certainty


class _Draft(NamedTuple):
    """The fields :meth:`Finding.from_facts` words before it makes the finding."""

    code: str
    check: str
    claims: tuple[Claim, ...]
    facts: Facts
    verdict: Verdict | None
    expected: Amount | None
    difference: Amount | None
    relative_difference: Decimal | None
    reference: Reference | None

    @property
    def claim(self) -> Claim:
        """The first claim."""
        return self.claims[0]
