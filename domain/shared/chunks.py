"""Reading by many ids: an IN list of more than 32,767 values is past asyncpg's bind parameter
limit (SQLite's default is 32,766), so reads that name ids by the tens of thousands go in slices."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

# well below either driver's limit, leaving room for the statement's other parameters
IN_LIST_SIZE = 10_000


def slices(values: Iterable[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """`values` in consecutive lists of at most `size` (none for no values)."""
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
