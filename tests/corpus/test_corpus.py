"""The corpus of news-style sentences: each case's claims, field by field, in text order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import tomllib

from factcheck import Claim, violations
from factcheck._decimal import plain
from factcheck._extract import extract

_CORPUS = Path(__file__).with_name("news_en.toml")
_CORE = ("kind", "text", "value", "unit", "subject", "period")


def _cases(*, known_gaps: bool = True) -> list[Any]:
    data = tomllib.loads(_CORPUS.read_text(encoding="utf-8"))
    params = []
    for case in data["case"]:
        gap = known_gaps and "xfail" in case
        marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if gap else []
        params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _amount_value(claim: Claim, name: str) -> object:
    amount = getattr(claim, name, None)
    return None if amount is None else plain(amount.value)


def _optional(claim: Claim, key: str) -> object:
    if key in ("before", "after", "part", "total"):
        return _amount_value(claim, key)
    if key == "parts":
        return [plain(p.value) for p in claim.parts]
    if key == "over":
        return None if claim.over is None else f"{plain(claim.over.value)} {claim.over.unit}"
    if key in ("low", "high"):
        bound = getattr(claim.amount, key)
        return None if bound is None else plain(bound)
    if key == "direction":
        return claim.direction.value  # type: ignore[attr-defined]
    if key == "violations":
        return [v.code for v in violations(claim)]
    return getattr(claim, key)


def _project(claim: Claim, keys: list[str]) -> dict[str, object]:
    """The claim's fields named by ``keys``, as the corpus writes them ("" for None)."""
    assert claim.span is not None
    core: dict[str, object] = {
        "kind": claim.kind,
        "text": claim.span.text,
        "value": plain(claim.amount.value),
        "unit": str(claim.amount.unit) or "dimensionless",
        "subject": claim.subject or "",
        "period": "" if claim.period is None else str(claim.period),
    }
    for key in keys:
        if key not in core:
            found = _optional(claim, key)
            core[key] = "" if found is None else found
    return core


@pytest.mark.parametrize("case", _cases())
def test_corpus_case(case: dict[str, Any]) -> None:
    """The sentence yields exactly the listed claims with the listed fields."""
    claims = extract(case["text"], case.get("locale", "en_GB"))
    expected = case["claims"]
    actual = [_project(c, list(e)) for c, e in zip(claims, expected, strict=False)]
    actual += [_project(c, list(_CORE)) for c in claims[len(expected) :]]
    assert expected == actual


@pytest.mark.parametrize("case", _cases(known_gaps=False))
def test_corpus_spans_point_into_the_text(case: dict[str, Any]) -> None:
    """Every claim's span is the text at its offsets."""
    text = case["text"]
    spans = [c.span for c in extract(text, case.get("locale", "en_GB")) if c.span is not None]
    assert [s.text for s in spans] == [text[s.start : s.end] for s in spans]
