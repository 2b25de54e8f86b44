"""The leaders' day count against a day-by-day count: any stays and punches, each day once."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.analytics.leader_days import frontline_days, prorated

DAYS = st.dates(min_value=date(2025, 12, 1), max_value=date(2026, 2, 28))
STAYS = st.lists(st.tuples(DAYS, st.one_of(st.none(), DAYS)), max_size=5)


@given(STAYS, st.lists(DAYS, max_size=8), DAYS, DAYS)
def test_counts_each_day_at_the_frontline_once(
    stays: list[tuple[date, date | None]], punches: list[date], first: date, last: date
) -> None:
    expected = 0
    day = first
    while day <= last:
        at_store = any(start <= day and (stop is None or day < stop) for start, stop in stays)
        expected += at_store or day in punches
        day += timedelta(days=1)
    assert frontline_days(stays, punches, first, last) == expected


@given(st.integers(0, 366), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_the_prorated_threshold_grows_to_the_full_one_by_new_year_s_eve(threshold: int, day: date) -> None:
    assert 0 <= prorated(threshold, day) <= threshold
    assert prorated(threshold, date(day.year, 12, 31)) == threshold
