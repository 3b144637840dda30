"""factcheck.dask: a bag of documents to Dask DataFrames, on a local cluster of two processes."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from factcheck import ArgumentTypeError, check, claims_to_dataframe, extract, findings_to_dataframe

dask = pytest.importorskip("dask")
pd = pytest.importorskip("pandas")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from factcheck.dask import (  # noqa: E402  (after the skip)
    CLAIM_FRAME_COLUMNS,
    FAILURE_COLUMNS,
    FINDING_FRAME_COLUMNS,
    check_frames,
    extract_frames,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# distributed may close a worker's socket late on a loaded machine (a ResourceWarning raised in its
# own teardown, seen once while other test runs shared the cores); it says nothing about factcheck.
pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")

DOCUMENTS = [
    ("budget", "The council spent £4.5m on roads, up 12% on the year before."),
    ("tickets", "Ticket sales fell by 50%, from 120 to 90."),
    ("empty", "No figures here."),
    ("broken", 17),
    ("crew", "Of the 40 staff, 25 left, or 80%."),
]
GOOD = [d for d in DOCUMENTS if isinstance(d[1], str)]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _expected_claims() -> pd.DataFrame:
    frames = []
    for document_id, text in GOOD:
        frame = claims_to_dataframe(extract(text))
        frame.insert(0, "document", [document_id] * len(frame))
        frames.append(frame)
    return pd.concat(frames)


def _rows(frame: pd.DataFrame) -> list[list[object]]:
    """Every cell, missing ones as None: compares whole frames whatever their index."""
    return [[None if pd.isna(cell) else cell for cell in row] for row in frame.astype(object).to_numpy().tolist()]


def test_claims_and_findings_on_a_two_process_cluster(client: object) -> None:
    bag = db.from_sequence(DOCUMENTS, npartitions=3)
    frames = check_frames(bag)
    claims, findings, failures = dask.compute(*frames)
    assert (tuple(claims.columns), tuple(findings.columns), tuple(failures.columns)) == (
        CLAIM_FRAME_COLUMNS,
        FINDING_FRAME_COLUMNS,
        FAILURE_COLUMNS,
    )
    assert _rows(claims) == _rows(_expected_claims())
    expected_findings = []
    for document_id, text in GOOD:
        expected_findings += [[document_id, *row] for row in _rows(findings_to_dataframe(check(text)))]
    assert _rows(findings) == expected_findings
    assert _rows(failures) == [["broken", "ArgumentTypeError", "a document's text must be a str, got int 17"]]
    assert claims["value"].tolist()[0] == Decimal(4500000)
    assert str(claims["start"].dtype) == "Int64"


def test_extract_frames_gives_plain_strings_partition_ids(client: object) -> None:
    bag = db.from_sequence([text for _, text in GOOD], npartitions=2)
    claims, failures = dask.compute(*extract_frames(bag))
    assert sorted(set(claims["document"].tolist())) == ["0:0", "0:1", "1:1"]  # 1:0 has no figures
    assert len(failures) == 0


@pytest.mark.parametrize("frames", [extract_frames, check_frames])
def test_only_a_bag_is_taken(frames: Callable[[object], object]) -> None:
    """Anything but a Dask bag is an ArgumentTypeError (a TypeError) naming the function's argument."""
    with pytest.raises(ArgumentTypeError) as caught:
        frames(["Sales rose 5%."])
    expected = (
        f"{frames.__name__}(documents) must be a dask.bag.Bag of documents (dask.bag.from_sequence(...)),"
        " got list ['Sales rose 5%.']"
    )
    assert (expected, True) == (str(caught.value), isinstance(caught.value, TypeError))


def test_without_dask_the_import_names_the_extra() -> None:
    probe = (
        "import sys\n"
        "sys.modules['dask'] = None\n"
        "try:\n"
        "    import factcheck.dask\n"
        "except ImportError as err:\n"
        "    print(type(err).__name__, err)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)  # noqa: S603
    assert result.stdout == "MissingDependencyError dask is not installed: pip install 'factcheck[dask]'\n"


def test_extract_frames_asks_for_bare_numbers_on_request(client: object) -> None:
    """``bare_numbers=True`` reaches the workers: "voted 9 to 4" gives two numbers, by default none."""
    bag = db.from_sequence([("vote", "The board voted 9 to 4.")], npartitions=1)
    default, asked = (dask.compute(*extract_frames(bag, bare_numbers=flag))[0] for flag in (False, True))
    assert (len(default), asked["text"].tolist()) == (0, ["9", "4"])
