"""The words of findings: one table of templates, filled from each finding's facts."""

from __future__ import annotations

import string
from collections.abc import Mapping
from decimal import Decimal

import attrs
import pytest

from factcheck import (
    Amount,
    Certainty,
    CountClaim,
    Facts,
    Finding,
    Period,
    Reading,
    Reference,
    Severity,
    Verdict,
    check,
)
from factcheck.checks import wording
from factcheck.lexicons import lexicon
from factcheck.report import text

RETURNS = (
    CountClaim(Amount.stated("4100", "person"), subject="people deported", period=Period.year(2023), place="UK"),
    CountClaim(Amount.stated("5600", "person"), subject="people deported", period=Period.year(2023), place="UK"),
)
UNCERTAIN = " Not certain: the figures are paired by matching what they are about, not linked by the text."
"""What a contradiction adds: its figures are paired by subject (:class:`factcheck.Reading`)."""


def _fields(template: str) -> set[str]:
    return {name.split("[")[0].split(".")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _templates(entry: object) -> list[str]:
    return list(entry.values()) if isinstance(entry, Mapping) else [str(entry)]


def test_every_template_names_known_slots():
    """Every template of the English table uses only the slots the wording module fills."""
    table = wording.table()
    templates = [t for entry in (*table.findings.values(), *table.checks.values()) for t in _templates(entry)]
    expected: set[str] = set()
    assert expected == set().union(*map(_fields, templates)) - set(wording._SLOTS)


def test_a_check_states_facts_and_the_table_words_them():
    """A contradiction carries its figures and what they are about; its message comes from the template."""
    (finding,) = check(RETURNS).findings
    expected = (
        Facts(
            figures=(RETURNS[0].amount, RETURNS[1].amount),
            about=("people deported", "2023", "UK"),
            certainty=Certainty({Reading.SUBJECT}),
        ),
        "people deported, 2023, UK: 4,100 people and 5,600 people cannot both be true." + UNCERTAIN,
    )
    assert expected == (finding.facts, finding.message)


def test_numbers_follow_the_locale_and_words_stay_english():
    """Checked in de_DE, the message is English with German numbers, as before."""
    (finding,) = check(RETURNS, locale="de_DE").findings
    assert (
        finding.message
        == "people deported, 2023, UK: 4.100 Personen and 5.600 Personen cannot both be true." + UNCERTAIN
    )


def test_a_custom_template_uses_the_same_slots():
    """A custom check can give its own template; the slots are those of the table."""
    claim = CountClaim(Amount.stated("5294", "person"), subject="returns")
    finding = Finding.from_facts(
        "count-not-rounded",
        Severity.INFO,
        (claim,),
        locale="fr_FR",
        expected=Amount.exact(5300, "person"),
        template="{claim:labelled}: house style says {expected}",
    )
    written = (claim.amount.format("fr_FR"), Amount.exact(5300, "person").format("fr_FR"))
    assert finding.message == f"returns: {written[0]}: house style says {written[1]}"


def test_a_code_without_words_needs_a_message_or_template():
    """from_facts refuses a code the table does not word, naming what to do."""
    with pytest.raises(KeyError, match="give the finding a message or a template"):
        Finding.from_facts("count-not-rounded", Severity.INFO, RETURNS[:1])


def test_a_finding_made_directly_keeps_its_message():
    """The constructor still takes a finished message, as custom checks written before facts do."""
    finding = Finding("count-not-rounded", Severity.INFO, RETURNS[:1], "not rounded")
    assert (finding.message, finding.facts) == ("not rounded", Facts())


def test_verdict_labels_come_from_the_table():
    """Verdict.label is the English table's word for the verdict."""
    assert [v.label for v in Verdict] == [wording.table().verdicts[v.value] for v in Verdict]


def test_a_report_in_a_language_with_templates_is_worded_in_it(monkeypatch: pytest.MonkeyPatch):
    """Reports word each finding in their locale's language when its lexicon has the code's template."""
    english = wording.table()
    dutch = attrs.evolve(english, language="nl", findings={"contradiction": "{about}: {figures[0]} ≠ {figures[1]}"})
    monkeypatch.setattr(wording, "_language", lambda locale: "nl" if locale.startswith("nl") else "en")
    monkeypatch.setattr(wording, "table", lambda language="en": dutch if language == "nl" else english)
    negative = CountClaim(Amount.exact(-3, "person"), as_stated=True)
    report = check([*RETURNS, negative], locale="nl_NL")
    messages = [wording.message(f, report.locale) for f in report.findings]
    figures = [c.amount.format("nl_NL") for c in RETURNS]
    assert messages == [
        f"people deported, 2023, UK: {figures[0]} ≠ {figures[1]}{UNCERTAIN}",
        report.findings[1].message,
    ]
    assert f"{figures[0]} ≠ {figures[1]}" in text.render(report)


def test_the_language_falls_back_like_babel():
    """en_GB and en use the English templates; a language without templates, or no language, falls back to them."""
    assert [wording._language(loc) for loc in ("en_GB", "en", "de_DE", "pt-BR", "??")] == ["en"] * 5


def test_the_templates_are_a_lexicon_table():
    """The English templates are read from the en lexicon, which says where they come from."""
    lex = lexicon("en_GB")
    expected = ("en/findings.json", lex.mapping("finding_templates"))
    assert expected == (lex.source("finding_templates"), wording.table("en_GB").findings)


def test_a_template_with_an_unknown_slot_says_so():
    """A misspelt slot is a KeyError naming it."""
    with pytest.raises(KeyError, match="no slot 'claimm'"):
        Finding.from_facts("x", Severity.INFO, RETURNS[:1], template="{claimm}")


def test_relative_difference_is_worded_only_when_known():
    """An inaccurate reference check words the relative error when the reference is not zero."""
    finding = Finding.from_facts(
        "reference-inaccurate",
        Severity.ERROR,
        RETURNS[:1],
        verdict=Verdict.INACCURATE,
        expected=Amount.exact(4000, "person"),
        difference=Amount.exact(100, "person"),
        relative_difference=Decimal("0.025"),
        reference=Reference(Amount.exact(4000, "person"), subject="people deported"),
    )
    expected = "4,100 people (people deported): the reference gives 4,000 people; inaccurate, off by 100 people (2.5%)."
    assert expected == finding.message
