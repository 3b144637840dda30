"""The ``factcheck`` command as a whole: version, usage, locales, tolerances and closed pipes."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from factcheck import extract, parse_amount
from factcheck.cli import main

if TYPE_CHECKING:
    from pathlib import Path

UNSUPPORTED = (
    "factcheck: error: unsupported locale 'ja_JP': factcheck reads English, German, French and Spanish; "
    "try en_GB, en_US, de_DE, fr_FR or es_ES\n"
)


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the installed version and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    expected = (0, f"factcheck {importlib.metadata.version('factcheck')}\n")
    assert expected == (exited.value.code, capsys.readouterr().out)


def test_no_arguments_print_the_usage(capsys: pytest.CaptureFixture[str]) -> None:
    """Bare `factcheck` shows the usage, the commands and where to look next, on stderr, exit 2."""
    code = main([])
    err = capsys.readouterr().err
    expected = (2, True, True, True)
    assert expected == (
        code,
        err.startswith("usage: factcheck [-h] [--version] COMMAND ..."),
        "extract   list every figure in a text as a typed claim" in err,
        "run 'factcheck extract --help' or 'factcheck check --help'" in err,
    )


@pytest.mark.parametrize("command", ["extract", "check"])
def test_an_unsupported_locale_is_refused_alike(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A locale babel knows but factcheck does not read: exit 2 and the same line from both commands."""
    source = tmp_path / "a.txt"
    source.write_text("5 cats", encoding="utf-8")
    code = main([command, str(source), "--locale", "ja_JP"])
    expected = (2, "", UNSUPPORTED)
    assert expected == (code, *capsys.readouterr())


@pytest.mark.parametrize("command", ["extract", "check"])
def test_the_bcp47_spelling_is_accepted(command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--locale de-DE reads the text exactly as de_DE does."""
    source = tmp_path / "a.txt"
    source.write_text("Die Zahl stieg von 1.200 auf 1.500 Personen, ein Plus von 25 %.", encoding="utf-8")
    hyphen = (main([command, str(source), "--locale", "de-DE"]), capsys.readouterr())
    underscore = (main([command, str(source), "--locale", "de_DE"]), capsys.readouterr())
    assert underscore == hyphen


def test_the_library_accepts_the_bcp47_spelling() -> None:
    """extract, parse_amount and Amount.format read "de-DE" and "en-GB" as babel's names."""
    text = "Sales rose from £2m to £3m, a rise of 50%."
    amount = parse_amount("1,2 Mio. €", "de-DE")
    expected = (extract(text, "en_GB"), parse_amount("1,2 Mio. €", "de_DE"), amount.format("de_DE"))
    assert expected == (extract(text, "en-GB"), amount, amount.format("de-DE"))


@pytest.mark.parametrize(
    ("tolerance", "message"),
    [
        ("5", "--tolerance 5 (500 %) is not a fraction between 0 and 1, such as 0.05 for 5 %"),
        ("-1", "--tolerance -1 is not a fraction between 0 and 1, such as 0.05 for 5 %"),
    ],
)
def test_a_tolerance_outside_0_to_1_is_refused(
    tolerance: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tolerance is a fraction: 5 (500 %) and -1 are usage errors that say so, without a repr."""
    code = main(["check", "--sample", "--tolerance", tolerance])
    expected = (2, f"factcheck: error: {message}\n")
    assert expected == (code, capsys.readouterr().err)


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`factcheck extract big.txt | head -1`: no BrokenPipeError traceback when the reader stops."""
    big = tmp_path / "big.txt"
    big.write_text("Sales rose 5% to £3m in 2024.\n" * 5000, encoding="utf-8")
    command = [sys.executable, "-m", "factcheck", "extract", str(big), "--format", "jsonl"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:  # noqa: S603
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        err = process.stderr.read().decode()
        code = process.wait(timeout=120)
    expected = (b'{"text": "5%"', 1, "")
    assert expected == (first[:13], code, err)


_LEAN_START = """
import sys
from factcheck.cli import run
sys.argv = ["factcheck", "extract", "-", "--format", "jsonl"]
sys.stdin = __import__("io").StringIO("Sales rose 5% to £3.2m.")
code = run()
import pint.compat
print(code, "numpy" in sys.modules, pint.compat.HAS_NUMPY, __import__("numpy").__name__, file=sys.stderr)
"""


def test_the_command_starts_pint_without_numpy_which_stays_importable() -> None:
    """``factcheck`` (``cli.run``) builds the registry with numpy hidden; numpy imports afterwards."""
    pytest.importorskip("numpy")
    done = subprocess.run([sys.executable, "-c", _LEAN_START], capture_output=True, text=True, check=True)  # noqa: S603
    assert '"value": "5"' in done.stdout
    assert done.stderr.split() == ["0", "False", "False", "numpy"]


def test_main_from_a_program_leaves_pint_as_the_program_has_it() -> None:
    """``cli.main`` in a program's own process does not hide numpy from pint."""
    pytest.importorskip("numpy")
    program = "import sys, io\nfrom factcheck.cli import main\nsys.stdin = io.StringIO('5 people')\n"
    program += "main(['extract', '-'])\nimport pint.compat\nprint(pint.compat.HAS_NUMPY, file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stderr.split() == ["True"]


_COLLECTOR = """
import gc, io, sys
from factcheck.cli import run
sys.argv = ["factcheck", "extract", "-", "--format", "jsonl"]
sys.stdin = io.StringIO("Sales rose 5% to £3.2m.")
default = gc.get_threshold()
code = run()
after = gc.get_threshold()
print(code, after[0], after[1:] == default[1:], gc.get_freeze_count() > 0, file=sys.stderr)
"""


def test_the_command_collects_garbage_seldom_and_a_program_keeps_its_collector() -> None:
    """``cli.run`` (the command's own process) freezes what it loaded and collects every 500,000 objects."""
    done = subprocess.run([sys.executable, "-c", _COLLECTOR], capture_output=True, text=True, check=True)  # noqa: S603
    assert '"value": "5"' in done.stdout
    assert done.stderr.split() == ["0", "500000", "True", "True"]
    program = "import gc, sys, io\nfrom factcheck.cli import main\nsys.stdin = io.StringIO('5 people')\n"
    program += "default = gc.get_threshold()\nmain(['extract', '-'])\n"
    program += "print(gc.get_threshold() == default, gc.get_freeze_count(), file=sys.stderr)"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)  # noqa: S603
    assert done.stderr.split() == ["True", "0"]
