"""Roll-ups over the API, on both databases: every rolled-up figure reads the same from the worker's
roll-ups as computed for the request, says since when (`as_of`), follows a change once the worker
refreshes the period, never serves a roll-up made under another minimum group, rule or number of
frontline days, and two
workers refreshing at once write each period once. The clock says 2 March 2026."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.analytics import participation, rollups, rules, ticket_waits
from domain.analytics.models import AnalyticsRollup
from domain.analytics.rollup_refresh import ROLLED, refresh_rollups
from domain.analytics.settings import Settings
from domain.care.models import ArrangementStatus
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_analytics import operations_of_ten
from tests.api.test_analytics_care import (
    arrangement,
    five_on_late_shifts_at_s1,
    operations_staff,
    protection,
    store_staff,
)
from tests.api.test_analytics_growth import organisation, rule
from tests.api.test_analytics_retention import leave, postings_of_q3
from tests.api.test_analytics_settings import SAVED
from tests.factories import World

SETTINGS = {**SAVED, "frontline_days": 20, "participation_below": "0.2", "version": 0}

ANALYTICS = "/api/v1/analytics"
MONTHS = {"from": "2025-07-01", "to": "2026-03-02"}  # March to date
QUARTERS = {"from": "2025-01-01", "to": "2026-03-02", "granularity": "quarter"}
YEARS = {"from": "2025-01-01", "to": "2026-03-02", "granularity": "year"}
WEEKS = {"from": "2025-12-29", "to": "2026-03-02", "granularity": "week"}  # Mondays; the last week to date


async def care(database: Database, world: World) -> None:
    staff = await operations_staff(database, world, 12)
    january = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
    for name in staff[:6]:
        await arrangement(database, world, name, ArrangementStatus.APPROVED, january)
    for name in staff[6:11]:
        await arrangement(database, world, name, ArrangementStatus.REJECTED, january)
    for name in staff[:5]:
        await protection(database, world, name, "no_night_work", date(2026, 1, 1), date(2026, 6, 30))


async def late_shifts(database: Database, world: World) -> None:
    await five_on_late_shifts_at_s1(database, world)


async def growth(database: Database, world: World) -> None:
    await organisation(database, world)


Setup = Callable[[Database, World], Awaitable[None]]
CASES: dict[str, tuple[Setup, str, list[str]]] = {
    "participation": (operations_of_ten, "participation", ["department", "sex"]),
    "turnover": (postings_of_q3, "turnover", ["store", "sex"]),
    "retention": (postings_of_q3, "retention", ["department", "sex"]),
    "late_shifts": (late_shifts, "late-shifts", ["store", "region"]),
    "care_arrangements": (care, "care-arrangements", ["department", "store"]),
    "growth": (growth, "growth", ["department", "sex"]),
}


async def series(client: httpx.AsyncClient, world: World, path: str, params: dict[str, Any]) -> dict[str, Any]:
    answer = await client.get(f"{ANALYTICS}/{path}", params=params, headers=world.headers("hr"))
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_every_rolled_up_figure_is_tested_here() -> None:
    # the ticket waits keep counts, not points: tests/api/test_analytics_ticket_waits.py
    assert set(CASES) | {ticket_waits.FIGURE} == set(ROLLED)


@pytest.mark.parametrize("figure", sorted(CASES))
async def test_a_figure_reads_the_same_from_its_roll_ups_as_computed_for_the_request(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, figure: str
) -> None:
    setup, path, groupings = CASES[figure]
    await setup(database, world)
    every = (MONTHS, QUARTERS, YEARS) if figure == "growth" else (WEEKS, MONTHS, QUARTERS, YEARS)
    asked = [
        {**params, "group_by": grouping} for params in every for grouping in ([], *([g] for g in groupings), groupings)
    ]
    live = [await series(client, world, path, params) for params in asked]
    assert all(s["as_of"] is None for s in live)
    assert await refresh_rollups(database, clock, budget_s=None, since=date(2025, 1, 1), figures=[figure]) > 0
    clock.advance(timedelta(minutes=5))
    rolled = [await series(client, world, path, params) for params in asked]
    for before, after in zip(live, rolled, strict=True):
        assert moment(after["as_of"]) == clock.now() - timedelta(minutes=5)
        assert after["points"] == before["points"]
    assert any(p["numerator"] for s in rolled for p in s["points"])  # the case counts someone
    # a range cut mid-month is not rolled up: computed for the request
    cut = await series(client, world, path, {"from": "2026-01-15", "to": "2026-01-31"})
    assert cut["as_of"] is None


def turnover_of(found: dict[str, Any], period: str, code: str | None = None) -> tuple[Any, ...]:
    (point,) = [
        p
        for p in found["points"]
        if p["period"] == period and p["group"]["unit_code"] == code and p["group"]["sex"] is None
    ]
    return point["numerator"], point["denominator"]


async def test_a_change_shows_once_the_worker_refreshes_the_period(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """A leaver recorded late, dated in January: the January roll-up keeps the count it was made with
    until the worker's next day recomputes the periods of the last 92 days; March to date is
    read from its roll-up on the day it was made only."""
    crew = await store_staff(database, world, "S2", 6)
    params = {"from": "2026-01-01", "to": "2026-03-02"}
    await refresh_rollups(database, clock, budget_s=None, figures=["turnover"])
    first = await series(client, world, "turnover", params)
    assert first["as_of"] is not None
    january = turnover_of(first, "2026-01")
    await leave(database, world, crew[0], date(2026, 1, 20))
    assert turnover_of(await series(client, world, "turnover", params), "2026-01") == january  # as rolled up

    clock.advance(timedelta(days=1))
    params["to"] = "2026-03-03"
    next_day = await series(client, world, "turnover", params)
    assert turnover_of(next_day, "2026-01") == january  # still yesterday's roll-up
    assert moment(next_day["as_of"]) == moment(first["as_of"])
    only_march = await series(client, world, "turnover", {"from": "2026-03-01", "to": "2026-03-03"})
    assert only_march["as_of"] is None  # March to date: computed for the request, not yesterday's

    assert await refresh_rollups(database, clock, budget_s=None, figures=["turnover"]) > 0
    refreshed = await series(client, world, "turnover", params)
    assert moment(refreshed["as_of"]) == clock.now()
    assert turnover_of(refreshed, "2026-01") == (january[0] + 1, january[1])
    async with database.session_scope() as session:  # yesterday's March to date is gone
        stale = await session.scalar(
            select(func.count()).where(
                AnalyticsRollup.period_last == date(2026, 3, 2), AnalyticsRollup.period_first == date(2026, 3, 1)
            )
        )
    assert stale == 0


async def test_roll_ups_of_another_minimum_group_or_rule_are_not_read(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await organisation(database, world)
    params = {"from": "2026-01-01", "to": "2026-02-28", "group_by": "department"}
    await refresh_rollups(database, clock, budget_s=None, figures=["growth"])
    assert (await series(client, world, "growth", params))["as_of"] is not None
    hr = world.headers("hr")
    saved = await client.put(f"{ANALYTICS}/settings", json={**SETTINGS, "minimum_group": 3}, headers=hr)
    assert saved.status_code == 200, saved.text
    smaller = await series(client, world, "growth", params)
    assert smaller["as_of"] is None and smaller["minimum_group"] == 3
    await refresh_rollups(database, clock, budget_s=None, figures=["growth"])
    assert (await series(client, world, "growth", params))["points"] == smaller["points"]

    await rule(database, world, code="SHORT-STAY", min_days=10)  # another active rule
    changed = await series(client, world, "growth", params)
    assert changed["as_of"] is None
    await refresh_rollups(database, clock, budget_s=None, figures=["growth"])
    again = await series(client, world, "growth", params)
    assert again["as_of"] is not None and again["points"] == changed["points"]
    async with database.session_scope() as session:  # the roll-ups of the old rule and minimum are gone
        variants = set(await session.scalars(select(AnalyticsRollup.variant).distinct()))
        minimums = set(await session.scalars(select(AnalyticsRollup.minimum_group).distinct()))
    assert len(variants) == 1 and minimums == {3}


async def test_two_workers_refreshing_at_once_write_each_period_once(
    world: World, database: Database, clock: ManualClock
) -> None:
    await postings_of_q3(database, world)
    await asyncio.gather(*(refresh_rollups(database, clock, budget_s=None, figures=["turnover"]) for _ in range(2)))
    today = date(2026, 3, 2)
    async with database.session_scope() as session:
        kept = (
            await session.execute(
                select(AnalyticsRollup.period_first, AnalyticsRollup.period_last, func.count()).group_by(
                    AnalyticsRollup.period_first, AnalyticsRollup.period_last
                )
            )
        ).all()
    expected = rollups.expected(today, rollups.horizon(today))
    assert sorted((first, last) for first, last, _n in kept) == sorted((p.first, p.last) for p in expected)
    assert {n for _first, _last, n in kept} == {1}
    assert await refresh_rollups(database, clock, budget_s=None, figures=["turnover"]) == 0  # nothing due


async def test_a_worker_pass_stops_starting_periods_once_its_budget_is_spent(
    world: World, database: Database, clock: ManualClock
) -> None:
    await postings_of_q3(database, world)
    assert await refresh_rollups(database, clock, budget_s=0, figures=["turnover"]) == 1
    async with database.session_scope() as session:
        (first, last) = (await session.execute(select(AnalyticsRollup.period_first, AnalyticsRollup.period_last))).one()
    assert (first, last) == (date(2026, 3, 2), date(2026, 3, 2))  # newest first: this week to date (a Monday)


async def test_participation_rolled_up_under_other_frontline_days_is_not_read(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await operations_of_ten(database, world)
    params = {"from": "2026-01-01", "to": "2026-02-28"}
    await refresh_rollups(database, clock, budget_s=None, figures=["participation"])
    twenty = await series(client, world, "participation", params)
    assert twenty["as_of"] is not None
    assert [p["numerator"] for p in twenty["points"]] == [2, 3]
    ten_days = {**SETTINGS, "minimum_group": 5, "frontline_days": 10}
    saved = await client.put(f"{ANALYTICS}/settings", json=ten_days, headers=world.headers("hr"))
    assert saved.status_code == 200, saved.text
    ten = await series(client, world, "participation", params)
    assert ten["as_of"] is None and [p["numerator"] for p in ten["points"]] == [3, 3]  # ops_a's 12 days count


async def test_a_roll_up_is_computed_with_the_settings_its_variant_was_named_from(
    world: World, database: Database
) -> None:
    """The worker names a participation roll-up by the frontline days it read, then computes it: the
    computation uses those days, not a second read that HR's save in between could change."""
    await operations_of_ten(database, world)
    ten_days = Settings(frontline_days=10)
    january = rules.Period("2026-01", date(2026, 1, 1), date(2026, 1, 31))
    async with database.session_scope() as session:
        assert await participation.variant(session, ten_days) == "days:10"
        found = await participation.computed(session, january, date(2026, 3, 2), ten_days)
    (whole,) = [p for p in found if p.group == "all"]
    assert (whole.numerator, whole.denominator) == (3, 22)  # ops_a's 12 days count at 10 (HR's 20: 2)
