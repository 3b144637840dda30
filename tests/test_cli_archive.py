"""``factcheck extract|check PATH...`` on folders, JSON Lines corpora and several files."""

from __future__ import annotations

import gzip
import io
import json
import re
from typing import TYPE_CHECKING

import pytest

from factcheck import check, extract
from factcheck.cli import main
from factcheck.cli.corpus import Progress, documents
from factcheck.cli.extract_cmd import claim_record
from factcheck.report.json import report_dict

if TYPE_CHECKING:
    from pathlib import Path

ONE = "The library lent 2,400 books in 2023."
TWO = "Ticket sales fell by 50%, from 120 to 90."
THREE = "Some 35 volunteers joined."
SUMMARY = re.compile(r"factcheck: (.*), \d+\.\d s\n")


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "news" / "b").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "news" / "b" / "c.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "news" / "notes.md").write_text(THREE, encoding="utf-8")
    return tmp_path / "news"


def _records(document: str, text: str) -> list[dict[str, object]]:
    return [{"document": document, **claim_record(c)} for c in extract(text)]


def _summary(err: str) -> str:
    match = SUMMARY.fullmatch(err.splitlines(keepends=True)[-1])
    assert match is not None, err
    return match.group(1)


def test_a_folder_is_walked_in_sorted_order_and_each_record_names_its_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    code = main(["extract", str(folder), "--format", "jsonl"])
    out, err = capsys.readouterr()
    expected = _records(f"{folder.as_posix()}/a.txt", ONE) + _records(f"{folder.as_posix()}/b/c.txt", TWO)
    assert (code, [json.loads(line) for line in out.splitlines()]) == (0, expected)
    assert _summary(err) == "2 documents, 4 claims, 0 errors"


def test_glob_picks_the_files_of_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    code = main(["extract", str(folder), "--glob", "*.md", "--format", "json"])
    out, _ = capsys.readouterr()
    assert (code, json.loads(out)) == (0, _records(f"{folder.as_posix()}/notes.md", THREE))


def test_a_json_lines_corpus_takes_its_text_and_id_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl.gz"
    lines = [{"slug": "lib", "body": ONE}, {"body": THREE}]
    with gzip.open(corpus, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line) + "\n" for line in lines)
    code = main(["extract", str(corpus), "--text-field", "body", "--id-field", "slug", "--format", "jsonl"])
    out, _ = capsys.readouterr()
    expected = _records("lib", ONE) + _records(f"{corpus}:2", THREE)
    assert (code, [json.loads(line) for line in out.splitlines()]) == (0, expected)


def test_documents_that_cannot_be_read_are_reported_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text('{"id": "x", "text": "Some 35 volunteers joined."}\nnot json\n{"id": "y"}\n', encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfe")
    code = main(["extract", str(corpus), str(broken), str(tmp_path / "missing.txt"), "--format", "jsonl", "-j", "2"])
    out, err = capsys.readouterr()
    assert (code, [json.loads(line) for line in out.splitlines()]) == (2, _records("x", THREE))
    assert err.splitlines()[:-1] == [
        f"factcheck: error: {corpus}:2: not a JSON line: Expecting value at column 1 (JSONDecodeError)",
        "factcheck: error: y: no 'text' field: not a text (--text-field) (ValueError)",
        f"factcheck: error: {broken}: not UTF-8 text (byte 0) (UnicodeDecodeError)",
        f"factcheck: error: {tmp_path / 'missing.txt'}: cannot read it: No such file or directory (FileNotFoundError)",
    ]
    assert _summary(err) == "5 documents, 1 claim, 4 errors"


def test_two_workers_write_what_one_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    outputs = []
    for jobs in ("1", "2"):
        assert main(["extract", str(folder), str(folder / "a.txt"), "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith(f"==> {folder.as_posix()}/a.txt <==\nkind ")


def test_one_corpus_file_is_shared_out_by_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A single JSON Lines path splits into its records: --jobs 2 reads them on two processes."""
    corpus = tmp_path / "corpus.jsonl"
    texts = [ONE, TWO, THREE] * 20
    corpus.write_text("".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)), "utf-8")
    outputs = []
    for jobs in ("1", "2"):
        assert main(["extract", str(corpus), "--format", "jsonl", "--jobs", jobs]) == 0
        outputs.append([json.loads(line) for line in capsys.readouterr().out.splitlines()])
    assert outputs[0] == outputs[1] == [r for i, t in enumerate(texts) for r in _records(f"r{i}", t)]


def test_one_plain_text_file_is_one_document_whatever_jobs_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"{ONE} {TWO}", encoding="utf-8")
    assert main(["extract", str(article), "--format", "jsonl", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    assert [json.loads(line) for line in out.splitlines()] == [claim_record(c) for c in extract(f"{ONE} {TWO}")]


def test_check_on_a_folder_writes_a_report_per_document_and_fails_on_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path)
    code = main(["check", str(folder), "--format", "json"])
    out, err = capsys.readouterr()
    expected = [
        {"document": f"{folder.as_posix()}/a.txt", **report_dict(check(ONE))},
        {"document": f"{folder.as_posix()}/b/c.txt", **report_dict(check(TWO))},
    ]
    assert (code, [json.loads(line) for line in out.splitlines()]) == (1, expected)
    assert _summary(err) == "2 documents, 4 claims, 1 finding, 0 errors"
    code = main(["check", str(folder / "a.txt"), str(folder / "notes.md")])
    out, _ = capsys.readouterr()
    assert code == 0
    first, second = f"==> {folder / 'a.txt'} <==\n", f"\n==> {folder / 'notes.md'} <==\n"
    assert out == first + check(ONE).to_text() + second + check(THREE).to_text()


@pytest.mark.parametrize(
    "argv", [["check", "--format", "html"], ["check", "--jobs", "-1"], ["extract", "--jobs", "-1"]]
)
def test_usage_errors_on_an_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    code = main([*argv, str(_folder(tmp_path))])
    out, err = capsys.readouterr()
    assert (code, out, len(err.splitlines())) == (2, "", 1)


def test_a_single_file_writes_what_it_always_did(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.txt"
    path.write_text(ONE, encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert ([json.loads(line) for line in out.splitlines()], err) == ([claim_record(c) for c in extract(ONE)], "")


def test_documents_reads_lazily_in_order(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert list(documents([str(folder)])) == [
        (f"{folder.as_posix()}/a.txt", ONE),
        (f"{folder.as_posix()}/b/c.txt", TWO),
    ]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_only_on_a_terminal_and_clears_itself() -> None:
    quiet = io.StringIO()
    progress = Progress(quiet)
    assert list(progress.track(range(3))) == [0, 1, 2]
    assert (quiet.getvalue(), progress.documents) == ("", 3)
    terminal = _Terminal()
    progress = Progress(terminal)
    assert list(progress.track(range(3))) == [0, 1, 2]
    assert progress.documents == 3
    assert "documents" in terminal.getvalue()
