"""extract(): a bare number in running prose is no claim unless asked for; a level, a table cell
or an endpoint of a change stays one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck import ArgumentTypeError, NumberClaim, extract, extract_many
from factcheck.cli import main


def _spans(text: str, *, bare_numbers: bool = False) -> list[tuple[str, str]]:
    return [(c.kind, c.span.text) for c in extract(text, bare_numbers=bare_numbers) if c.span is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Pupils in key stages 1 and 2 will sit new tests.",
        "The team won 9 and drew 4 on the road.",
        "Write to the office at 48008 Bilbao for a form.",
        "The rules are in section 7 (2) of the order.",
        "He still keeps 6 on the old server.",
        "The median house on plot 9 sold.",  # a level noun, but not right before the number
        "An average of them, Form 4, was filed.",
        "Only one of 12 was late, and 3 of them left.",
        "The gap between 2 and 3 closed.",  # a range after a noun that names no level
        "Tables of 4 were set out.",  # a plural noun before "of" that names no level
    ],
)
def test_a_bare_number_in_prose_is_no_claim_by_default(text: str) -> None:
    """Nothing says what these numbers count or measure: by default they are left out, and asked
    for they come back as numbers."""
    assert _spans(text) == []
    assert _spans(text, bare_numbers=True)
    assert all(kind == "number" for kind, _ in _spans(text, bare_numbers=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level verb before it: what it measures comes first
        ("The share index closed at 8,114.2 on Monday.", [("quantity", "8,114.2")]),  # in index points
        ("The peso was trading at 43.305 against the euro.", [("number", "43.305")]),
        # the level a noun names before "of"
        ("Capital had an elasticity of 0.8 in the model.", [("number", "0.8")]),
        # the level a change reaches or started from
        ("Sales rose 5% to 1,200.", [("relative_change", "5%"), ("number", "1,200")]),
        ("The FTSE 100 shed 81.5 points to 7,020.4.", [("absolute_change", "81.5 points"), ("quantity", "7,020.4")]),
        # a noun naming a level right before it, or before "of" and it
        ("A quake of magnitude 5.8 hit the coast.", [("number", "5.8")]),
        ("The second tremor had a magnitude of 4.1.", [("number", "4.1")]),
        ("Estimates of the ratio lie in the range 6-9 in most studies.", [("number", "6-9")]),
        ("Sam ended the season with a batting average of .352.", [("number", ".352")]),
        # the noun in the plural, and right before a range opened with "between"
        ("Measles and mumps have R0 values of about 12.", [("number", "about 12")]),
        ("Aim for a body mass index between 19 and 24.", [("number", "between 19 and 24")]),
        # a level verb in -ing
        ("Output grew, reaching 4.6 million last year.", [("number", "4.6 million")]),
        # a total over a span
        (
            "Applications arrived at 12,000 a month. That is 150,000 over a year.",
            [("rate", "12,000 a month"), ("number", "150,000")],
        ),
    ],
)
def test_a_level_stays_a_claim(text: str, expected: list[tuple[str, str]]) -> None:
    assert expected == _spans(text)


def test_a_language_with_no_lexicon_of_its_own_leaves_out_bare_numbers() -> None:
    """Italian has no lexicon: its reader falls back to English words, and nothing raises."""
    text = "Sales rose 5% to 1,200."
    assert [(c.kind, c.span.text if c.span else "") for c in extract(text, "it_IT")] == [("share", "5%")]
    assert [(c.kind, c.span.text if c.span else "") for c in extract(text, "it_IT", bare_numbers=True)] == [
        ("share", "5%"),
        ("number", "1,200"),
    ]


def test_a_number_alone_in_a_table_cell_stays_a_claim() -> None:
    """A table's unit is in its header, which is not read: the cells are figures all the same."""
    text = "Item | 2023 | 2024\nTotal spending | 137.9 | 123.9\n"
    assert _spans(text) == [("number", "137.9"), ("number", "123.9")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accounts: a negative in brackets, a minus sign, last year's figure in brackets beside this year's
        ("Creditors due | 8 | (14) | (21)", ["8", "(14)", "(21)"]),
        ("Relief on loans | 0 | –270 | –235", ["0", "–270", "–235"]),
        ("Jo Smith, Chair | 11 (12) | 3 (4)", ["11", "12", "3", "4"]),
        ("Useful life of vans | 3 - 15", ["3", "15"]),
    ],
)
def test_a_number_in_a_cell_of_figures_stays_a_claim(text: str, expected: list[str]) -> None:
    """A cell holding only figures, signs and brackets is a table's figure, like a number alone in a cell."""
    assert [("number", n) for n in expected] == _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Refunds in note (14) were paid late | yes",  # words in the cell: prose that happens to sit in a table
        "Refunds (14) were paid late.",  # brackets in running prose, no table
        "Counts 8 (14) and 9 (2) were dropped.",
    ],
)
def test_a_bracketed_number_in_prose_is_still_bare(text: str) -> None:
    assert _spans(text) == []
    assert _spans(text, bare_numbers=True)


def test_the_bare_number_audit_is_well_formed() -> None:
    """benchmarks/data/bare_audit.json: 150 dropped and 100 kept numbers, each with a class and a reason."""
    audit = json.loads((Path(__file__).parents[2] / "benchmarks" / "data" / "bare_audit.json").read_text("utf-8"))
    sizes = {name: len(audit[name]) for name in ("dropped", "kept")}
    assert sizes == {"dropped": 150, "kept": 100}
    entries = [*audit["dropped"].values(), *audit["kept"].values()]
    assert all(e["class"] in {"a", "b", "c"} and e["why"] and e["text"] for e in entries)


def test_numbers_with_units_or_nouns_are_unaffected() -> None:
    """Only bare numbers go: counts, money and unit words stay."""
    text = "In 2023, 5,294 people were returned at a cost of £1m, and he hit 0.5 WAR."
    assert _spans(text) == _spans(text, bare_numbers=True)
    assert [c.unit_word for c in extract(text) if isinstance(c, NumberClaim)] == ["WAR"]


def test_extract_many_passes_bare_numbers_on() -> None:
    docs = [("a", "The club won 9 and drew 4.")]
    default = [len(r.claims) for r in extract_many(docs, workers=1)]  # type: ignore[union-attr]
    asked = [len(r.claims) for r in extract_many(docs, workers=1, bare_numbers=True)]  # type: ignore[union-attr]
    assert (default, asked) == ([0], [2])


def test_bare_numbers_must_be_a_bool() -> None:
    with pytest.raises(ArgumentTypeError, match=r"extract\(bare_numbers=\) must be True or False"):
        extract("x", bare_numbers="yes")  # type: ignore[arg-type]
    with pytest.raises(ArgumentTypeError, match=r"extract_many\(bare_numbers=\) must be True or False"):
        extract_many([], bare_numbers=1)  # type: ignore[arg-type]


def test_the_command_asks_for_bare_numbers_with_an_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``factcheck extract --bare-numbers`` writes them, on one text and on a folder alike."""
    (tmp_path / "a.txt").write_text("The club won 9 and drew 4, and 30 staff left.", encoding="utf-8")
    found = []
    for argv in (
        [str(tmp_path / "a.txt")],
        [str(tmp_path / "a.txt"), "--bare-numbers"],
        [str(tmp_path), "--bare-numbers"],
    ):
        assert main(["extract", *argv, "--format", "jsonl"]) == 0
        found.append([json.loads(line)["text"] for line in capsys.readouterr().out.splitlines()])
    assert found == [["30"], ["9", "4", "30"], ["9", "4", "30"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The roads closed after the 5.0 earthquake.", [("number", "5.0")]),
        ("Villagers slept outside after a 4.8 tremor.", [("number", "4.8")]),
        (
            "The agency put the quake's magnitude at 6.1; a second agency reported 6.4.",
            [("number", "6.1"), ("number", "6.4")],
        ),
        ("Since the 5.6, the region has felt many aftershocks.", [("number", "5.6")]),
    ],
)
def test_a_decimal_in_a_sentence_about_an_earthquake_is_its_magnitude(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A decimal from 1 to 10 where the sentence names an earthquake or its magnitude is a level
    (``magnitude_words``), kept like "magnitude 5.8"."""
    assert expected == _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials counted 12 quakes in the night.",  # a whole number: no magnitude
        "The report on the earthquake is in chapter 14.5 of the review.",  # out of 1 to 10
        "Crates of 3.5 were stacked by the end of the day.",  # no earthquake in the sentence
    ],
)
def test_other_bare_numbers_near_earthquakes_stay_out(text: str) -> None:
    assert [kind for kind, _ in _spans(text) if kind == "number"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The islands have a total population of about 2.3 million.", [("count", "2300000", "person", "person")]),
        ("In 1890, with a population of 4,200, the town got its charter.", [("count", "4200", "person", "person")]),
        # a noun of its own after the number, or a population too small to be read so
        (
            "The firm is the size of the population of Leeds, and there are 3,100 more shops.",
            [("absolute_change", "3100", "item", "shop")],
        ),
        ("The village has a population of 400.", [("number", "400", "dimensionless", None)]),
    ],
)
def test_a_population_level_counts_people(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    """A bare number of 1,000 or more that a population is at counts people (``people_level_nouns``)."""
    assert expected == [
        (c.kind, format(c.amount.value, "f"), str(c.amount.unit), getattr(c, "counted", None)) for c in extract(text)
    ]
