"""Medians of waiting minutes by buckets then minutes (pure): the same as the plain median of the
minutes, whatever their spread, ties and split between months; buckets tile the minutes, 8 a
doubling, so a year of waits has few of them."""

from __future__ import annotations

import statistics
from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from domain.analytics import ticket_waits, wait_buckets

MINUTES = st.integers(min_value=-5, max_value=2**28)
SPREAD = st.one_of(st.integers(min_value=0, max_value=300), st.integers(min_value=0, max_value=40_000), MINUTES)


def counted(values: list[int]) -> dict[int, int]:
    return wait_buckets.add({}, ((m, 1) for m in values))


@given(st.lists(SPREAD, min_size=1, max_size=300))
def test_the_median_by_buckets_is_the_median_of_the_minutes(values: list[int]) -> None:
    assert wait_buckets.median(counted(values)) == Decimal(str(statistics.median(values)))


@given(st.lists(SPREAD, min_size=1, max_size=200), st.lists(SPREAD, max_size=200))
def test_months_counted_apart_give_the_median_of_them_together(rolled: list[int], live: list[int]) -> None:
    """As a range reads it: the buckets of both parts summed, then the minutes of both parts."""
    buckets = wait_buckets.add({}, ((wait_buckets.bucket_of(m), 1) for m in rolled + live))
    spots = wait_buckets.middles(buckets)
    minutes = wait_buckets.add(counted(rolled), counted(live).items())
    assert wait_buckets.median_at(minutes, spots) == Decimal(str(statistics.median(rolled + live)))


@given(MINUTES)
def test_a_minute_lies_in_its_bucket_and_buckets_follow_each_other(minutes: int) -> None:
    first = wait_buckets.bucket_of(minutes)
    assert first <= max(minutes, 0) < wait_buckets.bucket_end(first)
    assert wait_buckets.bucket_of(first) == first
    assert wait_buckets.bucket_of(wait_buckets.bucket_end(first)) == wait_buckets.bucket_end(first)
    assert wait_buckets.bucket_of(wait_buckets.bucket_end(first) - 1) == first


def test_eight_buckets_a_doubling_from_an_hour() -> None:
    every = {wait_buckets.bucket_of(m) for m in range(0, 2**16)}
    assert len(every) == 8 + 8 * 10  # under 64 minutes: 8 of 8 minutes; then 8 in each of 10 doublings
    assert wait_buckets.bucket_end(960) == 1024 and wait_buckets.bucket_end(56) == 64


def test_a_range_reads_its_whole_closed_months_from_roll_ups() -> None:
    whole, rest = ticket_waits.split(date(2025, 11, 15), date(2026, 3, 31), today=date(2026, 3, 2))
    assert [(p.first, p.last) for p in whole] == [
        (date(2025, 12, 1), date(2025, 12, 31)),
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
    ]
    assert [(p.first, p.last) for p in rest] == [
        (date(2025, 11, 15), date(2025, 11, 30)),
        (date(2026, 3, 1), date(2026, 3, 31)),
    ]
    ended_today = ticket_waits.split(date(2026, 2, 1), date(2026, 2, 28), today=date(2026, 2, 28))
    assert ended_today[0] == []  # the month's last day is still running
