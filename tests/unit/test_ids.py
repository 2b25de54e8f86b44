"""Time-ordered ids (UUIDv7) for rows of tables that only grow: ordered by their moment, unique
within one, and well-formed UUIDs of version 7 and the RFC variant."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.shared.ids import time_ordered_id

MOMENTS = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(9000, 1, 1), timezones=st.just(UTC))


@given(MOMENTS, st.integers(min_value=1, max_value=10**9))
def test_a_later_moment_gives_a_greater_id(at: datetime, later_ms: int) -> None:
    later = at + timedelta(milliseconds=later_ms)
    assert time_ordered_id(at) < time_ordered_id(later)
    assert time_ordered_id(at).bytes < time_ordered_id(later).bytes  # as PostgreSQL compares uuid


@given(MOMENTS)
def test_the_id_carries_its_millisecond_version_and_variant(at: datetime) -> None:
    made = time_ordered_id(at)
    assert (made.version, made.variant) == (7, uuid.RFC_4122)
    assert made.int >> 80 == (at - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(milliseconds=1)


def test_ids_of_one_moment_differ() -> None:
    at = datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    assert len({time_ordered_id(at) for _ in range(10_000)}) == 10_000
