"""extract(): a count whose subject is only the counted noun also records what happened to it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount
from factcheck._extract import extract
from factcheck._extract.read.verbs import what_happened
from factcheck._extract.text.wordindex import WordIndex


def _subjects(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.subject, str(c.period) if c.period else None) for c in extract(text, "en_GB")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2023, 4,100 people were deported.", [("count", "people deported", "2023")]),
        ("Last spring 1,200 people were hurt.", [("count", "people hurt", None)]),
        ("Exactly 5,294 Albanians were returned in 2024.", [("count", "Albanians returned", "2024")]),
        ("Some 600 people died in the storm.", [("count", "people died in the storm", None)]),
        ("Around 40 boats were seized by police.", [("count", "boats seized by police", None)]),
        ("Officials think 4,000 homes were built on farmland.", [("count", "homes built on farmland", None)]),
        ("About 800 residents are feared to have died.", [("count", "residents feared to have died", None)]),
        ("Roughly 2,000 patients will wait.", [("count", "patients wait", None)]),
        ("Some 45,000 migrants crossing the Channel were stopped.", [("count", "migrants crossing the Channel", None)]),
        ("Some 750 pupils reportedly left.", [("count", "pupils left", None)]),
    ],
)
def test_verb_after_a_counted_noun_joins_the_subject(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """The verb after "N people" (auxiliaries dropped, its object or phrase kept) joins the subject."""
    assert expected == _subjects(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2024, 300 claims have not been paid.", [("count", "claims not paid", "2024")]),
        ("In 2024, 9,000 tenants weren't evicted.", [("count", "tenants not evicted", "2024")]),
        ("In 2024, 9,000 tenants were never evicted.", [("count", "tenants never evicted", "2024")]),
    ],
)
def test_negation_is_kept(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """ "were not paid" is "not paid", never the same subject as "paid"."""
    assert expected == _subjects(text)


def test_year_date_and_place_stay_in_their_own_fields() -> None:
    """ "in March 2024" and "in Kent" after the verb are the period and place, not the subject."""
    found = [(c.subject, str(c.period), c.place) for c in extract("In all, 300 pupils were expelled in March 2024.")]
    found += [(c.subject, str(c.period), c.place) for c in extract("In 2023, 750 migrants were detained in Kent.")]
    expected = [("pupils expelled", "2024-03-01/2024-03-31", None), ("migrants detained", "2023", "Kent")]
    assert expected == found


def test_rate_phrase_between_noun_and_verb() -> None:
    """ "5,000 people a month are deported": the rate is read past to its verb."""
    (claim,) = extract("About 5,000 people a month are deported.")
    expected = ("rate", "people deported", Amount.stated("5000", "person / month").unit)
    assert expected == (claim.kind, claim.subject, claim.amount.unit)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The town had 600 people in 2023.", "people"),  # no verb after the noun
        ("Then 600 voters said they would stay at home.", "voters"),  # a verb of saying
        ("Some 2,000 people aged over 65 live alone.", "people"),  # described by another figure
        ("Some 900 people who died were named.", "people"),  # a relative clause, not what was counted
        ("Some 600 people, officials said, died.", "people"),  # the verb is past a comma
        ("Some 5,000 people came from Syria.", "people"),  # a linking verb ("came to £2bn")
        ("Some 52 wanted criminals were arrested.", "wanted criminals"),  # more than the counted noun
    ],
)
def test_no_verb_is_added(text: str, subject: str) -> None:
    """Without a plain verb of its own after a one-word counted noun, the subject stays as it was."""
    expected = [subject]
    assert expected == [c.subject for c in extract(text, "en_GB") if c.kind == "count"][:1]


def test_money_and_changes_keep_their_subjects() -> None:
    """A fund split into parts is still "fund"; a change's subject comes from before its verb."""
    found = [c.subject for c in extract("A £2m fund will be split into £800,000 and £1.2m. Arrivals fell 20%.")]
    expected = ["fund", "fund", "fund", "Arrivals"]
    assert expected == found


def test_what_happened_reads_words_not_offsets() -> None:
    """The verb phrase is the text as written, from the verb to the end of its phrase."""
    words = WordIndex("Some 600 people were treated for burns at the scene in 2023.")
    expected = "treated for burns"
    assert expected == what_happened(words, 2, len(words))


_NOUNS = ("people", "nurses", "Albanians", "households", "vehicles", "cases", "visitors")
_VERBS = ("deported", "hurt", "sent", "killed", "removed", "treated", "rescued", "born")


@given(st.integers(2, 10**7), st.sampled_from(_NOUNS), st.sampled_from(_VERBS), st.sampled_from(("were", "have been")))
def test_any_count_noun_and_participle(count: int, noun: str, verb: str, auxiliary: str) -> None:
    """ "N <noun> were <participle> in 2023." is about "<noun> <participle>" whatever the number."""
    claims = extract(f"In all, {count:,} {noun} {auxiliary} {verb} in 2023.", "en_GB")
    expected = [(f"{noun} {verb}", "2023")]
    assert expected == [(c.subject, str(c.period)) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("35% of the grant goes on rent.", [("share", "grant", None)]),
        ("A fifth of the water comes from wells.", [("share", "water", None)]),
    ],
)
def test_a_subject_ends_before_a_present_verb(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    """ "goes", "comes", "remains" ... end the noun phrase after "of": the grant, not "grant goes"."""
    assert expected == _subjects(text)
