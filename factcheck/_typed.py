"""Typed tuples for value types' fields: any iterable in, a tuple out, items of the wrong type refused."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["typed_tuple"]

T = TypeVar("T")


def typed_tuple(value: Iterable[object], kind: type[T], rule: str) -> tuple[T, ...]:
    """``value`` as a tuple of ``kind``; a ``TypeError`` saying ``rule`` for any other item.

    >>> typed_tuple([1, 2], int, "counts must be ints")
    (1, 2)
    >>> typed_tuple([1, "2"], int, "counts must be ints")
    Traceback (most recent call last):
    TypeError: counts must be ints, got str
    """
    result = tuple(value)
    for item in result:
        if not isinstance(item, kind):
            msg = f"{rule}, got {type(item).__name__}"
            raise TypeError(msg)
    return result  # type: ignore[return-value]  # every item is checked above
