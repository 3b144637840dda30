"""The garbage collector's setting for the processes factcheck owns: what they loaded stays, and it runs seldom.

Extraction makes no reference cycles (a collection after it finds next to nothing to free), so
the collector's passes only walk live objects: about 85 ms of 1.35 s on 1.5 MB of news as one
text, with Python's defaults. The ``factcheck`` command's process and an archive's worker
processes (:mod:`factcheck.archive`) call :func:`collect_seldom` once they have loaded what they
need. A library leaves the collector as its program has it: ``extract`` called from a program,
and the program's own process in an archive run, keep the program's setting.
"""

from __future__ import annotations

import gc
from typing import Final

__all__ = ["YOUNG_OBJECTS", "collect_seldom"]

YOUNG_OBJECTS: Final = 500_000
"""Objects allocated (less those freed) between two collections of the youngest generation (3.11's default: 700).

More than one long text holds while it is read (about 30,000 objects a megabyte of news: the
1.5 MB file peaks near 55,000), so a text of 15 MB or so is read without a collection."""


def collect_seldom() -> None:
    """Freeze what the process has loaded and collect the youngest generation every :data:`YOUNG_OBJECTS` objects.

    The modules, pint's registry and babel's data loaded at the start are frozen (``gc.freeze``:
    never walked again), and the youngest generation is collected every 500,000 objects rather
    than every 700 (Python 3.11), which still frees cycles a check or an archive run may leave.
    A collection costs what the young objects refer to, and while a text is read that includes
    its word index (four columns of one entry a word, a million references on 1.5 MB, scattered
    in memory): at 50,000 objects the 1.5 MB file met one collection, of 57-109 ms.
    """
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS)
