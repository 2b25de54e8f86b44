"""The ticket figures' median is read from minutes counted by the database; it must be the median
of the minutes themselves."""

from __future__ import annotations

import statistics
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from domain.tickets.stats import _median


@given(st.lists(st.integers(min_value=0, max_value=600), min_size=1))
def test_the_median_of_counted_minutes_is_the_median_of_the_minutes(minutes: list[int]) -> None:
    assert _median(Counter(minutes)) == statistics.median(minutes)


def test_no_minutes_have_no_median() -> None:
    assert _median(Counter()) is None
