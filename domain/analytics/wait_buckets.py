"""Exact medians of waiting minutes from counts, in two passes (pure; domain/analytics/ticket_waits.py
does the reading). A month's tickets are kept twice: how many waited each whole minute, and how many
fell in each coarse bucket (8 a doubling of minutes, so a few dozen buckets span years). The median
is found in the buckets first, then only the minutes of the bucket holding it are read: a year's
medians from about 27,000 counted rows instead of sorting half a million tickets, and still exact."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, SQLColumnExpression, case, literal

STEPS = 8  # buckets a doubling of minutes
FLOOR = 8  # the narrowest bucket: minutes 0-7, 8-15, ... up to 127
SPAN = 26  # doublings bucketed apart (2**27 minutes: 255 years); longer waits take the widest buckets


def _width(minutes: int) -> int:
    """The width of the buckets of the doubling holding `minutes` ([2**d, 2**(d+1)): an eighth of it)."""
    doubling = min(max(minutes, 1).bit_length() - 1, SPAN)
    return max(FLOOR, (1 << doubling) // STEPS)


def bucket_of(minutes: int) -> int:
    """The first minute of the bucket holding `minutes` (a negative wait counts in the first: 0)."""
    minutes = max(minutes, 0)
    width = _width(minutes)
    return minutes // width * width


def bucket_end(first: int) -> int:
    """The first minute after the bucket starting at `first`."""
    return first + _width(first)


def bucket_sql(minutes: SQLColumnExpression[int]) -> ColumnElement[int]:
    """`bucket_of` in SQL, the same on both databases (only non-negative minutes are divided, where
    integer division truncates alike)."""
    whens: list[tuple[ColumnElement[bool], ColumnElement[int]]] = [(minutes < FLOOR, literal(0))]
    doubling = (FLOOR * STEPS).bit_length() - 1  # the first doubling with buckets wider than FLOOR
    whens.append((minutes < (1 << doubling), minutes // FLOOR * FLOOR))
    for d in range(doubling, SPAN):
        width = (1 << d) // STEPS
        whens.append((minutes < (1 << (d + 1)), minutes // width * width))
    widest = (1 << SPAN) // STEPS
    return case(*whens, else_=minutes // widest * widest)


def middle_ranks(n: int) -> tuple[int, int]:
    """The 1-based ranks whose mean is the median of `n` values (the same rank twice when n is odd)."""
    return (n + 1) // 2, (n + 2) // 2


@dataclass(frozen=True)
class Spot:
    """Where a rank falls: the bucket starting at `bucket`, and the rank within it."""

    bucket: int
    rank: int


def locate(counts: Mapping[int, int], rank: int) -> Spot:
    """The bucket (or minute) holding the `rank`-th value of `counts` (first minute -> how many),
    and the value's rank within it."""
    seen = 0
    for first in sorted(counts):
        if seen + counts[first] >= rank:
            return Spot(first, rank - seen)
        seen += counts[first]
    raise ValueError(f"rank {rank} beyond {seen} values")


def middles(buckets: Mapping[int, int]) -> tuple[Spot, Spot]:
    """Where the two middle ranks of the counted values fall among the buckets."""
    low, high = middle_ranks(sum(buckets.values()))
    return locate(buckets, low), locate(buckets, high)


def minute_at(minutes: Mapping[int, int], spot: Spot) -> int:
    """The minute of `spot`, from the counts of (at least) its bucket's minutes."""
    return locate({m: n for m, n in minutes.items() if bucket_of(m) == spot.bucket}, spot.rank).bucket


def median(minutes: Mapping[int, int]) -> Decimal:
    """The median of the whole minutes counted in `minutes` (the mean of the middle two when even),
    found as the two passes find it: in the buckets, then in the minutes of the buckets found."""
    buckets = add({}, ((bucket_of(m), n) for m, n in minutes.items()))
    return median_at(minutes, middles(buckets))


def median_at(minutes: Mapping[int, int], spots: tuple[Spot, Spot]) -> Decimal:
    return (Decimal(minute_at(minutes, spots[0])) + Decimal(minute_at(minutes, spots[1]))) / 2


def add(into: dict[int, int], counts: Iterable[tuple[int, int]]) -> dict[int, int]:
    for key, n in counts:
        into[key] = into.get(key, 0) + n
    return into
