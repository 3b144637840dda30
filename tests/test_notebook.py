"""The notebook under docs/ runs end to end in a Jupyter kernel and shows factcheck's HTML."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from factcheck import Amount, check, extract
from factcheck.report.html import amount_html, render

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "notebooks" / "tour.ipynb"
KERNEL = "python3"


@pytest.fixture(scope="module")
def executed() -> Any:
    """The tour notebook after running every cell (once for this module)."""
    import nbformat  # noqa: PLC0415  (test extra; loaded only here)
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel  # noqa: PLC0415
    from nbclient import NotebookClient  # noqa: PLC0415

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        pytest.skip(f"no {KERNEL!r} Jupyter kernel here: pip install ipykernel")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name=KERNEL, resources={"metadata": {"path": NOTEBOOK.parent}}
    )
    client.execute()
    return notebook


def _code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def _html(cell: Any) -> str | None:
    for output in cell.outputs:
        if output.output_type == "execute_result":
            html: str | None = output.data.get("text/html")
            return html
    return None


def test_every_cell_runs(executed: Any) -> None:
    """Every code cell ran, in order, and none raised."""
    cells = _code_cells(executed)
    assert list(range(1, len(cells) + 1)) == [cell.execution_count for cell in cells]
    assert [o.ename for cell in cells for o in cell.outputs if o.output_type == "error"] == []


def test_amount_shows_as_html(executed: Any) -> None:
    """The first cell's result is the amount's HTML, the same as in this process."""
    assert amount_html(Amount.stated(Decimal("1.2E+6"), "GBP")) == _html(_code_cells(executed)[0])


def test_report_shows_as_html(executed: Any) -> None:
    """The report cell shows the HTML report of the same text, checked here."""
    text = (
        "Support for the plan rose from 30% to 33%, an increase of 3%. "
        "The council put £2m into a fund split into £800,000, £700,000 and £900,000."
    )
    report_cells = [cell for cell in _code_cells(executed) if cell.source.startswith("report = check(")]
    assert [render(check(extract(text, locale="en_GB"), text=text))] == [_html(cell) for cell in report_cells]


def test_json_round_trip_cell(executed: Any) -> None:
    """The last cell reads the stored claims back equal."""
    (result,) = [o for o in _code_cells(executed)[-1].outputs if o.output_type == "execute_result"]
    assert result.data["text/plain"] == "True"
