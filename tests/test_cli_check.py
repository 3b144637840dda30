"""``factcheck check``: formats, exit codes, usage errors and the shipped sample."""

from __future__ import annotations

import io
import json

import pytest

from factcheck.cli import main

REFS = """subject,period,value,unit,source
Albanians returned,2024,5294,person,Sample bulletin
"""


@pytest.fixture
def files(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("There were 4,900 Albanians returned in 2024.\n", encoding="utf-8")
    refs = tmp_path / "refs.csv"
    refs.write_text(REFS, encoding="utf-8")
    return article, refs


def test_inaccurate_figure_exits_1(files, capsys):
    """A figure that disagrees with its reference gives exit code 1 and says so in JSON."""
    article, refs = files
    code = main(["check", str(article), "--references", str(refs), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    expected = (1, ["reference-inaccurate"], "5294")
    actual = (code, [f["code"] for f in data["findings"]], data["findings"][0]["reference"]["amount"]["value"])
    assert expected == actual


def test_fail_on_error_ignores_warnings(tmp_path, capsys):
    """--fail-on error exits 0 when the worst finding is a warning."""
    article = tmp_path / "a.txt"
    article.write_text("A £2m fund will be split into £800,000, £700,000 and £900,000.\n", encoding="utf-8")
    codes = (main(["check", str(article), "--format", "json"]), main(["check", str(article), "--fail-on", "error"]))
    capsys.readouterr()
    expected = (1, 0)
    assert expected == codes


def test_clean_text_exits_0(tmp_path, capsys):
    """A text with nothing wrong exits 0."""
    article = tmp_path / "a.txt"
    article.write_text("The minister visited the port on Tuesday.\n", encoding="utf-8")
    code = main(["check", str(article)])
    expected = (0, "factcheck: 0 claims, 0 findings\n\nNothing to report.\n")
    assert expected == (code, capsys.readouterr().out)


def test_standard_input(monkeypatch, capsys):
    """'-' (or no FILE) reads standard input."""
    monkeypatch.setattr("sys.stdin", io.StringIO("The minister visited the port on Tuesday.\n"))
    code = main(["check", "-", "--format", "json"])
    expected = (0, "factcheck.report/1")
    assert expected == (code, json.loads(capsys.readouterr().out)["schema"])


@pytest.mark.parametrize("fmt", ["text", "json", "html", "claimreview"])
def test_every_format_renders_the_sample(fmt, capsys):
    """Each format renders the shipped sample; the sample has inconsistent figures, so exit 1."""
    code = main(["check", "--sample", "--format", fmt])
    out = capsys.readouterr().out
    starts = {"text": "factcheck: ", "json": "{", "html": '<div class="factcheck-report">', "claimreview": "["}
    expected = (1, True)
    assert expected == (code, out.startswith(starts[fmt]))


def test_sample_shows_the_whole_path(capsys):
    """The sample's report checks figures against each other and against the sample references."""
    main(["check", "--sample", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    codes = {f["code"] for f in data["findings"]}
    expected = {"reference-accurate", "change-consistent", "parts-do-not-add-up"}
    assert expected == expected & codes


def test_missing_file_is_a_usage_error(tmp_path, capsys):
    """A file that does not exist: exit 2 and one line on stderr."""
    code = main(["check", str(tmp_path / "missing.txt")])
    err = capsys.readouterr().err
    expected = (2, 1, True)
    assert expected == (code, err.count("\n"), err.startswith("factcheck: error: cannot read"))


def test_bad_reference_table_is_a_usage_error(files, tmp_path, capsys):
    """A reference table with an unknown unit: exit 2, the file's line named."""
    article, _ = files
    refs = tmp_path / "bad.csv"
    refs.write_text("value,unit\n5294,furlongs of people\n", encoding="utf-8")
    code = main(["check", str(article), "--references", str(refs)])
    err = capsys.readouterr().err
    expected = (2, True)
    assert expected == (code, "bad.csv: line 2" in err)


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "--sample", "some.txt"],
        ["check", "--sample", "--tolerance", "five percent"],
    ],
)
def test_conflicting_or_bad_options(argv, capsys):
    """Contradictory or unreadable options exit 2 with one line on stderr."""
    code = main(argv)
    expected = (2, 1)
    assert expected == (code, capsys.readouterr().err.count("\n"))


def test_unknown_format_is_refused(capsys):
    """argparse refuses an unknown format with exit code 2."""
    with pytest.raises(SystemExit) as info:
        main(["check", "--sample", "--format", "pdf"])
    expected = (2, True)
    assert expected == (info.value.code, capsys.readouterr().err.startswith("factcheck: error:"))


def test_text_that_is_not_utf8(tmp_path, capsys):
    """A file in another encoding: exit 2 with one line naming the problem."""
    article = tmp_path / "latin1.txt"
    article.write_bytes("Caf\xe9 prices rose by 5%.".encode("latin-1"))
    code = main(["check", str(article)])
    err = capsys.readouterr().err
    expected = (2, 1, True)
    assert expected == (code, err.count("\n"), "is not UTF-8 text" in err)


def test_missing_reference_table(files, tmp_path, capsys):
    """A reference table that does not exist: exit 2."""
    article, _ = files
    code = main(["check", str(article), "--references", str(tmp_path / "none.csv")])
    expected = (2, True)
    assert expected == (code, "cannot read the file" in capsys.readouterr().err)


def test_claimreview_options(files, capsys):
    """The ClaimReview options fill the review's author and the reviewed claim's appearance and date."""
    article, refs = files
    argv = ["check", str(article), "--references", str(refs), "--format", "claimreview", "--reviewer", "Desk"]
    argv += ["--claim-url", "https://example.org/story", "--claim-date", "2025-05-15", "--claim-author", "A Paper"]
    main(argv)
    (review,) = json.loads(capsys.readouterr().out)
    expected = (
        {"@type": "Organization", "name": "Desk"},
        {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": "A Paper"},
            "datePublished": "2025-05-15",
            "appearance": {"@type": "CreativeWork", "url": "https://example.org/story"},
        },
    )
    assert expected == (review["author"], review["itemReviewed"])


def test_bad_claim_date(files, capsys):
    """An unreadable --claim-date is a usage error."""
    article, refs = files
    code = main(["check", str(article), "--references", str(refs), "--format", "claimreview", "--claim-date", "May"])
    expected = (2, True)
    assert expected == (code, capsys.readouterr().err.startswith("factcheck: error: --claim-date"))
