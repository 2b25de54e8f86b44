"""Roll-ups' pure rules: which periods the worker keeps, which kept roll-up a reader may use, and
which the worker recomputes."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from domain.analytics import rollups, rules
from domain.analytics.models import AnalyticsRollup
from domain.analytics.rules import Granularity

TODAY = date(2026, 3, 2)


def kept(first: date, last: date, computed_on: date) -> AnalyticsRollup:
    return AnalyticsRollup(
        id=uuid.uuid4(),
        figure="turnover",
        variant="",
        minimum_group=5,
        period_first=first,
        period_last=last,
        computed_on=computed_on,
        computed_at=datetime.combine(computed_on, datetime.min.time(), tzinfo=UTC),
    )


def test_the_horizon_is_the_month_two_years_back() -> None:
    assert rollups.horizon(TODAY) == date(2024, 3, 1)
    assert rollups.horizon(date(2026, 1, 31)) == date(2024, 1, 1)
    # from 1 January 2025, a Wednesday: the ISO week holding it began on 30 December
    assert rollups.earliest(date(2027, 1, 15)) == date(2024, 12, 30)
    assert min(p.first for p in rollups.expected(date(2027, 1, 15), date(2025, 1, 1))) == date(2024, 12, 30)


def test_the_worker_keeps_weeks_months_quarters_and_years_and_those_to_date_newest_first() -> None:
    periods = rollups.expected(TODAY, date(2025, 11, 15))
    spans = [(p.first, p.last) for p in periods]
    assert spans[:2] == [(TODAY, TODAY), (date(2026, 3, 1), TODAY)]  # this week and March to date
    assert (date(2026, 1, 1), TODAY) in spans  # the first quarter and the year to date: once
    assert spans.count((date(2026, 1, 1), TODAY)) == 1
    assert (date(2025, 11, 1), date(2025, 11, 30)) in spans
    assert (date(2025, 10, 1), date(2025, 12, 31)) in spans  # the quarter holding 15 November
    assert (date(2025, 1, 1), date(2025, 12, 31)) in spans
    assert (date(2025, 10, 1), date(2025, 10, 31)) not in spans  # before the month of `since`
    assert (date(2025, 11, 10), date(2025, 11, 16)) in spans  # the ISO week holding 15 November
    assert (date(2025, 11, 3), date(2025, 11, 9)) not in spans
    months_only = rollups.expected(TODAY, date(2025, 11, 15), (Granularity.MONTH,))
    assert [(p.first, p.last) for p in months_only][:2] == [
        (date(2026, 3, 1), TODAY),
        (date(2026, 2, 1), date(2026, 2, 28)),
    ]
    assert spans == sorted(spans, key=lambda s: (s[1], s[0]), reverse=True)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 800))
def test_every_kept_period_is_a_whole_calendar_period_or_one_to_date(today: date, back: int) -> None:
    since = today - timedelta(days=back)
    periods = rollups.expected(today, since)
    assert len({(p.first, p.last) for p in periods}) == len(periods)
    monday = since - timedelta(days=since.weekday())
    whole = {
        (p.first, p.last)
        for granularity in rollups.GRANULARITIES
        for p in rules.periods(min(monday, date(since.year, 1, 1)), today, granularity)
        if granularity is Granularity.WEEK or p.first.day == 1
    }
    for period in periods:
        assert period.last <= today and (period.first, period.last) in whole
        assert period.first >= rollups.earliest(today) or since < rollups.horizon(today)
    assert any(p.first == monday for p in periods)  # the week holding `since`
    assert any(p.first == since.replace(day=1) for p in periods)  # its month


def test_a_roll_up_is_read_after_its_period_ended_or_on_the_day_of_a_period_to_date() -> None:
    january = (date(2026, 1, 1), date(2026, 1, 31))
    assert rollups.usable(kept(*january, date(2026, 2, 1)), TODAY)
    assert not rollups.usable(kept(*january, date(2026, 1, 20)), TODAY)  # January to date, on the 20th
    march = (date(2026, 3, 1), TODAY)
    assert rollups.usable(kept(*march, TODAY), TODAY)
    assert not rollups.usable(kept(*march, TODAY), TODAY + timedelta(days=1))
    assert not rollups.usable(kept(*january, TODAY + timedelta(days=1)), TODAY)  # computed "tomorrow"


def test_the_worker_recomputes_recent_periods_daily_and_every_other_within_28_days() -> None:
    def period(first: date, last: date) -> rules.Period:
        return rules.Period("p", first, last)

    january = (date(2026, 1, 1), date(2026, 1, 31))
    assert rollups.due(period(*january), None, TODAY, 92)  # missing
    assert not rollups.due(period(*january), kept(*january, TODAY), TODAY, 92)  # done today
    assert rollups.due(period(*january), kept(*january, TODAY - timedelta(days=1)), TODAY, 92)  # recent
    old = (date(2025, 1, 1), date(2025, 1, 31))
    assert not rollups.due(period(*old), kept(*old, TODAY - timedelta(days=27)), TODAY, 92)
    assert rollups.due(period(*old), kept(*old, TODAY - timedelta(days=28)), TODAY, 92)  # the sweep
    assert rollups.due(period(*old), kept(*old, TODAY - timedelta(days=1)), TODAY, 457)  # retention settles
    to_date = (date(2025, 1, 1), date(2025, 1, 20))
    assert rollups.due(period(*to_date), kept(*to_date, date(2025, 1, 20)), TODAY, 92)  # was to date
