"""``factcheck extract``: formats, input from a file or standard input, usage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from typing import TYPE_CHECKING

from factcheck import extract
from factcheck.cli import main
from factcheck.cli.extract_cmd import claim_record

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

_TEXT = "Arrivals fell from 8,000 in 2021 to 390 in 2023, a drop of 95%.\n"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_jsonl_has_one_object_per_claim(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """jsonl writes every field of every claim, decimals as plain strings."""
    source = tmp_path / "article.txt"
    source.write_text(_TEXT, encoding="utf-8")
    code = main(["extract", str(source), "--format", "jsonl"])
    out = capsys.readouterr().out
    records = [json.loads(line) for line in out.splitlines()]
    expected = [
        ("count", "8,000", 19, 24, "8000", "8000", "8000", "person", None, "Arrivals", "2021", None),
        ("count", "390", 36, 39, "390", "390", "390", "person", None, "Arrivals", "2023", None),
        ("relative_change", "95%", 59, 62, "95", "94.5", "95.5", "percent", None, "Arrivals", "2021-2023", "down"),
    ]
    fields = (
        "kind",
        "text",
        "start",
        "end",
        "value",
        "low",
        "high",
        "unit",
        "currency",
        "subject",
        "period",
        "direction",
    )
    assert (0, expected) == (code, [tuple(r.get(f) for f in fields) for r in records])


def test_jsonl_lines_are_json_dumps_of_each_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each jsonl line is ``json.dumps(claim_record(claim), ensure_ascii=False)``: the shared encoder's."""
    text = (
        "Le prix a augmenté de 5\u00a0% à 1\u202f200\u00a0€ en 2023 ; «\u00a0£3m\u00a0» was spent on 4 café tables.\n"
    )
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    code = main(["extract", str(source), "--format", "jsonl"])
    lines = capsys.readouterr().out.splitlines()
    expected = [json.dumps(claim_record(c), ensure_ascii=False) for c in extract(text)]
    assert (0, True, expected) == (code, bool(expected), lines)


def test_jsonl_says_modality_and_what_was_inferred(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every jsonl object has the claim's modality and the readings extraction inferred."""
    _stdin(monkeypatch, b"Members numbered 6,000 in 2021. In 2022 they will fall by 60% to 2,400.")
    code = main(["extract", "-", "--format", "jsonl"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    expected = (0, [("6,000", "outturn", []), ("60%", "forecast", ["link"]), ("2,400", "forecast", [])])
    assert expected == (code, [(r["text"], r["modality"], r["inferred"]) for r in records])


def test_json_is_an_array_of_the_same_objects(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """json writes the jsonl objects as one array; '-' reads standard input."""
    _stdin(monkeypatch, "The fund paid out £1.2m.".encode())
    code = main(["extract", "-", "--format", "json"])
    records = json.loads(capsys.readouterr().out)
    expected = (0, [("money", "£1.2m", "1200000", "1150000", "1250000", "GBP", "GBP")])
    fields = ("kind", "text", "value", "low", "high", "unit", "currency")
    assert expected == (code, [tuple(r[f] for f in fields) for r in records])


def test_table_is_aligned_and_formats_numbers_in_the_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table writes the figure as the locale writes numbers, in aligned columns."""
    _stdin(monkeypatch, "Die Kosten lagen bei 5.294,5 €.".encode())
    code = main(["extract", "--locale", "de_DE"])
    lines = capsys.readouterr().out.splitlines()
    expected = [
        "kind   change  figure     bounds              subject  period  text",
        "money          5.294,5\xa0€  [5294.45, 5294.55)                   5.294,5 €",
    ]
    assert (0, expected) == (code, lines)


def test_no_figures_table_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A text without figures gives the header and a note, and exit code 0."""
    _stdin(monkeypatch, b"Nothing to count here.")
    code = main(["extract"])
    expected = (0, ["kind  change  figure  bounds  subject  period  text", "(no figures found)"])
    assert expected == (code, capsys.readouterr().out.splitlines())


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that does not exist: exit 2, one line on stderr, nothing on stdout."""
    code = main(["extract", str(tmp_path / "absent.txt")])
    captured = capsys.readouterr()
    expected = (2, "", 1)
    assert expected == (code, captured.out, len(captured.err.splitlines()))


def test_unknown_locale_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown locale: exit 2 and a one-line message naming it."""
    source = tmp_path / "a.txt"
    source.write_text("5 cats", encoding="utf-8")
    code = main(["extract", str(source), "--locale", "xx_NOPE"])
    captured = capsys.readouterr()
    expected = (2, "factcheck: error: unknown locale 'xx_NOPE'; try en_GB, en_US, de_DE, fr_FR or es_ES\n")
    assert expected == (code, captured.err)


def test_text_that_is_not_utf8_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8: exit 2 with the offending byte's offset."""
    source = tmp_path / "latin1.txt"
    source.write_bytes("Co\xfbt: 5 \xa3".encode("latin-1"))
    code = main(["extract", str(source)])
    assert (2, f"factcheck: error: {source} is not UTF-8 text (byte 2)\n") == (code, capsys.readouterr().err)


def test_bad_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --format: argparse's message on one line, exit 2."""
    try:
        main(["extract", "--format", "xml"])
    except SystemExit as exit_:
        code = exit_.code
    captured = capsys.readouterr()
    expected = (2, 1)
    assert expected == (code, len(captured.err.splitlines()))


def test_kind_keeps_only_those_claims(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """--kind, repeated, keeps the claims of the kinds named, in text order."""
    _stdin(monkeypatch, b"A fund of 2m pounds grew 5% in a year and 300 people joined it.")
    code = main(["extract", "-", "--format", "jsonl", "--kind", "count", "--kind", "money"])
    kinds = [json.loads(line)["kind"] for line in capsys.readouterr().out.splitlines()]
    assert (code, kinds) == (0, ["money", "count"])


def test_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --kind: one line on standard error naming the choices, exit 2."""
    try:
        main(["extract", "--kind", "moneys"])
    except SystemExit as exit_:
        code = exit_.code
    err = capsys.readouterr().err
    assert (code, len(err.splitlines()), "money" in err) == (2, 1, True)


def test_extract_of_one_text_loads_no_checks(tmp_path: Path) -> None:
    """``factcheck extract FILE`` imports neither the checks, the reports nor the archive runner (faster start)."""
    source = tmp_path / "a.txt"
    source.write_text("Prices rose 5% to £3.50.", encoding="utf-8")
    probe = (
        "import sys\nfrom factcheck.cli import main\n"
        f"code = main(['extract', {str(source)!r}, '--format', 'jsonl'])\n"
        "print(sorted(m for m in ('factcheck.archive', 'factcheck.checks', 'factcheck.report') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout.splitlines()[-1] == "[]"
