"""Every ERROR that check(extract(text)) raises on the real news corpus is in the hand review.

The corpus is ``tests/data/real_news`` (936 documents); the review is
``tests/data/real_news/errors_reviewed.json``. The test fails when an ERROR is raised that the
review does not list, or when one the review marks ``real`` is no longer raised. Bring the file
in step with ``python benchmarks/bench_alarms.py --update-review``, then review what it added.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import pytest

from tests.real_news import (
    REVIEW_PATH,
    Alarm,
    Comparison,
    compare,
    documents,
    dumps_review,
    load_review,
    review_problems,
    run,
    successors,
    updated_review,
)

if TYPE_CHECKING:
    from pathlib import Path

HOW_TO_UPDATE = f"""
To bring {REVIEW_PATH.name} in step, from the project's root:
    python benchmarks/bench_alarms.py --update-review
It adds the new ERRORs as "unreviewed", drops listed ones no longer raised (unless marked "real"),
keeps every verdict and carries one over when only a span moved. Then read each new entry's
sentence and set "verdict" to "real" (with the arithmetic in "why") or "false" (with the reason
class first in "why", e.g. "different time points paired: ..."). A real ERROR that is no longer
raised is a lost catch: fix the regression, or delete its entry if the text really holds."""


SHOWN = 60


def failure_message(comparison: Comparison, alarms: list[Alarm]) -> str:
    lines = []
    if comparison.new:
        lines.append(f"{len(comparison.new)} ERROR(s) raised on real news and not in {REVIEW_PATH.name}:")
        lines += [
            f"  {a.document} {a.code} {[list(s) for s in a.spans]}\n      {a.sentence[:160]}"
            for a in comparison.new[:SHOWN]
        ]
        if len(comparison.new) > SHOWN:
            lines.append(f"  ... and {len(comparison.new) - SHOWN} more (--update-review adds them all to the file)")
    if comparison.vanished_real:
        lines.append(f"{len(comparison.vanished_real)} ERROR(s) marked real in {REVIEW_PATH.name} no longer raised:")
        for entry in comparison.vanished_real:
            lines.append(f"  {entry['document']} {entry['code']} {entry['spans']}: {entry['why']}")
            lines += [f"      now raised at {[list(s) for s in a.spans]}" for a in successors(entry, alarms)]
    return "\n".join(lines) + "\n" + HOW_TO_UPDATE


def test_every_error_on_real_news_is_reviewed() -> None:
    alarms = [alarm for document in documents() for alarm in run(document).alarms]
    comparison = compare(alarms, load_review())
    if not comparison.ok:
        pytest.fail(failure_message(comparison, alarms), pytrace=False)


def test_the_corpus_is_complete() -> None:
    counts: dict[str, int] = {}
    for document in documents():
        counts[document.corpus.label] = counts.get(document.corpus.label, 0) + 1
        assert document.licence
        assert document.url_or_path.startswith("https://")
    assert counts == {"GOV.UK": 238, "Wikinews": 293, "Congressional Record": 405}


# --- the update, on made-up alarms -----------------------------------------------------------------

DOC = "govuk:html_publication/best-practice-HC-paper"  # a real id, so the entries sort


def alarm(code: str, *spans: tuple[int, int, str]) -> Alarm:
    return Alarm(DOC, code, tuple(spans), "message", "sentence")


def entry(code: str, verdict: str, why: str, *spans: tuple[int, int, str]) -> dict[str, Any]:
    return {"document": DOC, "code": code, "spans": [list(s) for s in spans], "verdict": verdict, "why": why}


def test_update_adds_new_drops_vanished_and_keeps_real() -> None:
    review = [
        entry("contradiction", "false", "different time points paired: 2019 and 2020", (1, 3, "£5"), (9, 11, "£6")),
        entry("change-inconsistent", "real", "arithmetic: 8 to 11.8 is +47.5%", (20, 25, "50 pc")),
        entry("negative-count", "unreviewed", "", (30, 32, "-3")),
        entry("fractional-count", "false", "typing: a rate read as a count", (40, 43, "1.5")),
    ]
    alarms = [
        alarm("contradiction", (1, 3, "£5"), (9, 11, "£6")),  # kept as it is
        alarm("share-out-of-range", (50, 54, "140%")),  # new
        alarm("fractional-count", (38, 43, "a 1.5")),  # the span grew: the verdict moves with it
    ]
    comparison = compare(alarms, review)
    assert [a.code for a in comparison.new] == ["share-out-of-range", "fractional-count"]
    assert [e["code"] for e in comparison.vanished_real] == ["change-inconsistent"]
    assert not comparison.ok
    message = failure_message(comparison, alarms)
    assert "share-out-of-range" in message
    assert "no longer raised" in message
    assert "--update-review" in message

    entries, counts = updated_review(alarms, review)
    by_code = {e["code"]: e for e in entries}
    assert set(by_code) == {"contradiction", "change-inconsistent", "share-out-of-range", "fractional-count"}
    assert by_code["contradiction"] == review[0]
    assert by_code["change-inconsistent"] == review[1]  # a real one is kept until someone looks
    assert by_code["share-out-of-range"]["verdict"] == "unreviewed"
    moved = by_code["fractional-count"]
    assert (moved["verdict"], moved["spans"], moved["carried_from"]) == (
        "false",
        [[38, 43, "a 1.5"]],
        [[40, 43, "1.5"]],
    )
    assert counts == {
        "added as unreviewed": 1,
        "carried to new spans": 1,
        "dropped": 1,
        "real kept although not raised": 1,
    }
    after = compare(alarms, entries)
    assert not after.new
    assert [e["code"] for e in after.vanished_real] == ["change-inconsistent"]


def test_the_file_round_trips(tmp_path: Path) -> None:
    review = [entry("contradiction", "false", "part against total: «£6.8m» of £11.4m", (1, 3, "£5"))]
    path = tmp_path / "review.json"
    path.write_text(dumps_review(review), encoding="utf-8")
    assert load_review(path) == review
    assert json.loads(path.read_text(encoding="utf-8")) == review


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"verdict": "maybe"}, "verdict must be"),
        ({"verdict": "false", "why": ""}, "needs its 'why'"),
        ({"verdict": "real", "why": "the fall is wrong"}, "shows its arithmetic"),
    ],
)
def test_a_malformed_review_is_refused(tmp_path: Path, change: dict[str, str], problem: str) -> None:
    path = tmp_path / "review.json"
    path.write_text(dumps_review([{**entry("contradiction", "unreviewed", "", (1, 3, "£5")), **change}]))
    with pytest.raises(ValueError, match=problem):
        load_review(path)


def test_a_review_that_is_no_list_is_refused(tmp_path: Path) -> None:
    """The shipped file is read by load_review() in test_every_error_on_real_news_is_reviewed: it must be a list."""
    path = tmp_path / "review.json"
    path.write_text(json.dumps({"entries": []}), encoding="utf-8")
    with pytest.raises(ValueError, match=r"^review\.json: holds a JSON dict, not a list of entries$"):
        load_review(path)


def test_a_repeated_entry_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "review.json"
    path.write_text(dumps_review([entry("contradiction", "unreviewed", "", (1, 3, "£5"))] * 2))
    with pytest.raises(ValueError, match="listed twice"):
        load_review(path)


def test_review_problems_lists_each_problem_once() -> None:
    good = entry("change-inconsistent", "real", "arithmetic: 190,329 - 189,733 = 596", (1, 3, "£600"))
    no_sums = entry("change-inconsistent", "real", "the fall is wrong", (5, 9, "£600"))
    assert review_problems([good]) == []
    assert review_problems([good, no_sums, good]) == [
        f"{(DOC, 'change-inconsistent', ((5, 9, '£600'),))}: a real ERROR shows its arithmetic in 'why'",
        f"{(DOC, 'change-inconsistent', ((1, 3, '£600'),))} is listed twice",
    ]
