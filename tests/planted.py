"""Test support: the planted-error benchmark (``benchmarks/bench_planted.py``, ``tests/checks/test_planted.py``).

A *case* is a passage whose figures are related and agree, with one figure named to make wrong.
Two sets, reported apart:

* ``real``: passages of the real news documents in ``tests/data/real_news`` (see its README for
  their attribution). ``tests/data/planted/real.json`` holds no text, only pointers: the
  document id, the character ``span`` of the passage, the ``figure`` span to alter (with its
  text, checked on loading), the ``relation`` and ``why`` the figures agree (the arithmetic);
* ``own``: sentences written for this benchmark, in ``tests/data/planted/own.json``, for the
  relation kinds the real documents hold too few of.

The wrong copy is made by one rule (:func:`planted`): the figure's number is multiplied by 1.5
(``"alter": "down"``: by 0.5) and rounded half-even to the figure's own last digit, written in
its own style (thousands separators when it had them or has five digits or more). "Down" is
used where up would still agree: a total of only some of its parts ("includes"), a share that
would pass 100%, a "more than tripled" after. Each case's ``why`` says why the original agrees;
a change by half (or to half) of any figure of these passages is far beyond their rounding.

Each passage, original and copy, goes alone through ``check(extract(text, locale))``: a copy
counts as caught when any finding on it is an ERROR (and, the weaker figure, a WARNING or
worse); an original counts as unflagged when no finding on it is an ERROR.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import factcheck
from factcheck import FactcheckWarning, Severity
from tests.real_news import documents

DATA = Path(__file__).resolve().parent / "data" / "planted"
RELATIONS = ("change", "share", "parts", "listed-shares", "rate", "fraction")
"""Relation kinds: a change with before, after and stated change; part, total and share; listed
parts with a total; listed shares of one whole; a rate and its total; a fraction word beside its
percentage."""

_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Case:
    """One passage whose figures agree, and the figure to make wrong in its copy."""

    id: str
    origin: str  # "real" or "own"
    relation: str
    text: str
    figure: tuple[int, int]  # the figure's characters in ``text``
    down: bool
    why: str
    locale: str

    @property
    def copy(self) -> str:
        """The passage with its figure made wrong by :func:`planted`."""
        start, end = self.figure
        return self.text[:start] + planted(self.text[start:end], down=self.down) + self.text[end:]


def planted(figure: str, *, down: bool = False) -> str:
    """The figure times 1.5 (``down``: 0.5), rounded half-even to its own last digit.

    >>> planted("60"), planted("1,000"), planted("10.5"), planted("2.8", down=True), planted("9000")
    ('90', '1,500', '15.8', '1.4', '13,500')
    """
    if not _NUMBER.fullmatch(figure):
        msg = f"not a plain number: {figure!r}"
        raise ValueError(msg)
    value = Decimal(figure.replace(",", ""))
    places = Decimal(1).scaleb(value.as_tuple().exponent)  # type: ignore[arg-type]
    new = (value * (Decimal("0.5") if down else Decimal("1.5"))).quantize(places, rounding=ROUND_HALF_EVEN)
    if new == value:
        msg = f"{figure!r} does not change at its own precision"
        raise ValueError(msg)
    grouped = "," in figure or abs(new) >= 10_000
    return f"{new:,}" if grouped else f"{new}"


def real_cases(path: Path = DATA / "real.json") -> list[Case]:
    """The cases that point into the real news documents; a pointer that misses its figure raises."""
    entries = json.loads(path.read_text(encoding="utf-8"))
    wanted = {e["document"] for e in entries}
    docs = {d.id: d for d in documents() if d.id in wanted}
    cases = []
    for n, entry in enumerate(entries):
        doc = docs[entry["document"]]
        start, end = entry["span"]
        fstart, fend = entry["figure"]
        if doc.text[fstart:fend] != entry["figure_text"] or not start <= fstart < fend <= end:
            msg = f"real case {n}: {entry['document']} {entry['figure']} is not {entry['figure_text']!r}"
            raise ValueError(msg)
        cases.append(
            Case(
                f"real-{n}",
                "real",
                entry["relation"],
                doc.text[start:end],
                (fstart - start, fend - start),
                entry.get("alter") == "down",
                entry["why"],
                doc.corpus.locale,
            )
        )
    return cases


def own_cases(path: Path = DATA / "own.json") -> list[Case]:
    """The cases written for this benchmark; the figure is the ``occurrence``-th match of its text."""
    cases = []
    for n, entry in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        text, figure = entry["text"], entry["figure"]
        at = -1
        for _ in range(entry.get("occurrence", 0) + 1):
            at = text.index(figure, at + 1)
        cases.append(
            Case(
                f"own-{n}",
                "own",
                entry["relation"],
                text,
                (at, at + len(figure)),
                entry.get("alter") == "down",
                entry["why"],
                entry.get("locale", "en_GB"),
            )
        )
    return cases


def worst(text: str, locale: str) -> Severity | None:
    """The most severe finding of ``check(extract(text))``, ``None`` when there is none."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FactcheckWarning)
        report = factcheck.check(factcheck.extract(text, locale), locale=locale)
    return max((f.severity for f in report.findings if f.severity > Severity.OK), default=None)


@dataclass(frozen=True)
class Outcome:
    """What the checks said on a case's original and on its copy."""

    case: Case
    original: Severity | None
    copy: Severity | None

    @property
    def caught(self) -> bool:
        return self.copy is Severity.ERROR

    @property
    def warned(self) -> bool:
        return self.copy in (Severity.WARNING, Severity.ERROR)

    @property
    def original_clean(self) -> bool:
        return self.original is not Severity.ERROR


def outcome(case: Case) -> Outcome:
    return Outcome(case, worst(case.text, case.locale), worst(case.copy, case.locale))


@dataclass(frozen=True)
class Score:
    """Recall and specificity of a set of outcomes."""

    cases: int
    caught: int
    warned: int
    clean: int

    @classmethod
    def of(cls, outcomes: list[Outcome]) -> Score:
        return cls(
            len(outcomes),
            sum(o.caught for o in outcomes),
            sum(o.warned for o in outcomes),
            sum(o.original_clean for o in outcomes),
        )

    @property
    def recall(self) -> float:
        return self.caught / self.cases if self.cases else 0.0

    @property
    def recall_warning(self) -> float:
        return self.warned / self.cases if self.cases else 0.0

    @property
    def specificity(self) -> float:
        return self.clean / self.cases if self.cases else 1.0
