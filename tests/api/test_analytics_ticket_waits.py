"""The slowest categories from the worker's month roll-ups of ticket waits, on both databases: the
medians are exact (those of the minutes the test drew, by `statistics.median`) whether a month is
read from its roll-up or counted from the tickets, for HR and a department head, for ranges of
whole months, ranges cut mid-month and ranges to date; a late answer shows once the worker
refreshes the month; only closed months are rolled up, once each. The clock says 2 March 2026."""

from __future__ import annotations

import asyncio
import random
import statistics
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
from sqlalchemy import func, literal, select, update

from domain.analytics import ticket_waits, wait_buckets
from domain.analytics.models import AnalyticsRollup, TicketWaitCount
from domain.analytics.rollup_refresh import refresh_rollups
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets.models import Ticket
from tests.api.test_analytics_collaboration import ticket
from tests.factories import World

SLOWEST = "/api/v1/analytics/slowest-categories"
DEPARTMENTS = {"printer": "D-OPS", "stock": "D-OPS", "payroll": "D-HR", "network": "D-IT"}
SHANGHAI = timedelta(hours=8)


def drawn_waits() -> list[tuple[str, datetime, int | None, int | None]]:
    """Tickets from 10 November 2025 to 2 March 2026 (the clock's morning): per category, a spread
    of answers (0 to 3,000 minutes, ties common) and resolutions (up to 3 weeks), some never."""
    draw = random.Random(22)
    found = []
    start = datetime(2025, 11, 10, 1, tzinfo=UTC)
    for n in range(240):
        category = list(DEPARTMENTS)[n % 4]
        created = start + timedelta(hours=draw.randrange(0, 112 * 24))
        if n % 17 == 0:  # near midnight in Shanghai on a month's last day
            created = datetime(2026, 1, 31, 15, 30, tzinfo=UTC) + timedelta(minutes=draw.randrange(0, 60))
        answered = None if n % 9 == 0 else draw.choice([0, 5, 5, 60, 61, 130]) + int(draw.paretovariate(1.2) * 40)
        resolved = None if n % 5 == 0 else (answered or 0) + draw.randrange(0, 30_000)
        found.append((category, created, answered, resolved))
    return found


async def seed(database: Database, world: World) -> list[tuple[str, datetime, int | None, int | None]]:
    waits = drawn_waits()
    for category, created, answered, resolved in waits:
        await ticket(
            database, world, DEPARTMENTS[category], created, category=category, answered=answered, resolved=resolved
        )
    return waits


def expected(
    waits: list[tuple[str, datetime, int | None, int | None]], first: date, last: date, categories: set[str]
) -> dict[str, list[tuple[str, int, float]]]:
    """Each measure's categories, slowest first, by the medians of the drawn minutes."""
    found: dict[str, list[tuple[str, int, float]]] = {}
    for measure in ("first_response", "resolution"):
        rows = []
        for category in sorted(categories):
            minutes = [
                m
                for kind, created, answered, resolved in waits
                if kind == category
                and first <= (created + SHANGHAI).date() <= last
                and (m := answered if measure == "first_response" else resolved) is not None
            ]
            if minutes:
                middle = Decimal(str(statistics.median(minutes))).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                rows.append((category, len(minutes), float(middle)))
        found[measure] = sorted(rows, key=lambda r: (-r[2], r[0]))
    return found


def shown(body: dict[str, Any]) -> dict[str, list[tuple[str, int, float]]]:
    return {
        measure: [(c["category"], c["tickets"], c["median_minutes"]) for c in body[measure]]
        for measure in ("first_response", "resolution")
    }


RANGES = [  # first, last, whether a whole closed month is in it
    (date(2025, 11, 1), date(2026, 2, 28), True),
    (date(2025, 11, 15), date(2026, 2, 10), True),  # cut mid-month at both ends
    (date(2025, 12, 1), date(2026, 3, 2), True),  # to date: March counted from the tickets
    (date(2026, 1, 1), date(2026, 1, 31), True),
    (date(2026, 2, 1), date(2026, 2, 1), False),  # one day
    (date(2026, 2, 1), date(2026, 3, 31), True),  # February from its roll-up, March from the tickets
]
READERS = [("hr", None, set(DEPARTMENTS)), ("ops_head", None, {"printer", "stock"}), ("hr", "D-IT", {"network"})]


async def slowest(
    client: httpx.AsyncClient, world: World, who: str, unit: str | None, first: date, last: date
) -> dict[str, Any]:
    params: dict[str, Any] = {"from": str(first), "to": str(last), "limit": 10}
    if unit:
        params["unit_id"] = str(world.units[unit])
    answer = await client.get(SLOWEST, params=params, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


async def test_the_medians_are_exact_from_roll_ups_and_from_the_tickets_alike(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    waits = await seed(database, world)
    asked = [
        (who, unit, categories, first, last, whole)
        for who, unit, categories in READERS
        for first, last, whole in RANGES
    ]
    live = [await slowest(client, world, who, unit, first, last) for who, unit, _c, first, last, _w in asked]
    for (_who, _unit, categories, first, last, _w), body in zip(asked, live, strict=True):
        assert body["as_of"] is None
        assert shown(body) == expected(waits, first, last, categories)

    written = await refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE])
    assert written == 24  # the closed months of the 24-month horizon; not March to date
    clock.advance(timedelta(minutes=5))
    rolled = [await slowest(client, world, who, unit, first, last) for who, unit, _c, first, last, _w in asked]
    for (*_asked, whole), before, after in zip(asked, live, rolled, strict=True):
        assert shown(after) == shown(before)
        assert (after["as_of"] is not None) == whole
    assert any(len(b["resolution"]) == 4 and b["resolution"][0]["tickets"] > 30 for b in rolled)


async def test_an_answer_given_after_the_roll_up_shows_once_the_worker_refreshes_its_month(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """Five payroll tickets in January, answered after 10 to 50 minutes (median 30); a sixth,
    unanswered when January was rolled up, is answered after 400 minutes: the median becomes 35 once
    the worker's next day recomputes January (closed within the last 92 days)."""
    for n in range(5):
        await ticket(
            database, world, "D-HR", datetime(2026, 1, 5 + n, 2, tzinfo=UTC), category="payroll", answered=10 * (n + 1)
        )
    late = datetime(2026, 1, 20, 2, tzinfo=UTC)
    await ticket(database, world, "D-HR", late, category="payroll", answered=None, resolved=None)
    await refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE])
    january = (date(2026, 1, 1), date(2026, 1, 31))
    before = await slowest(client, world, "hr", None, *january)
    assert before["first_response"] == [{"category": "payroll", "tickets": 5, "median_minutes": 30.0}]
    async with database.session_scope() as session:
        await session.execute(
            update(Ticket).where(Ticket.created_at == late).values(first_responded_at=late + timedelta(minutes=400))
        )
    assert (await slowest(client, world, "hr", None, *january))["first_response"] == before["first_response"]

    clock.advance(timedelta(days=1))
    assert await refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE]) > 0
    after = await slowest(client, world, "hr", None, *january)
    assert after["first_response"] == [{"category": "payroll", "tickets": 6, "median_minutes": 35.0}]
    assert after["as_of"] is not None and datetime.fromisoformat(after["as_of"]) == clock.now()


async def test_two_workers_roll_up_each_closed_month_once(world: World, database: Database, clock: ManualClock) -> None:
    await ticket(database, world, "D-IT", datetime(2026, 2, 3, 2, tzinfo=UTC), category="network")
    workers = [refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE]) for _ in range(2)]
    await asyncio.gather(*workers)
    async with database.session_scope() as session:
        months = (
            await session.execute(
                select(AnalyticsRollup.period_first, AnalyticsRollup.period_last, func.count())
                .where(AnalyticsRollup.figure == ticket_waits.FIGURE)
                .group_by(AnalyticsRollup.period_first, AnalyticsRollup.period_last)
            )
        ).all()
        february = await session.scalar(
            select(AnalyticsRollup.id).where(
                AnalyticsRollup.figure == ticket_waits.FIGURE, AnalyticsRollup.period_first == date(2026, 2, 1)
            )
        )
        counts = (
            await session.execute(
                select(
                    TicketWaitCount.measure, TicketWaitCount.coarse, TicketWaitCount.minutes, TicketWaitCount.tickets
                )
                .where(TicketWaitCount.rollup_id == february)
                .order_by(TicketWaitCount.measure, TicketWaitCount.coarse)
            )
        ).all()
    assert len(months) == 24 and {n for *_period, n in months} == {1}
    assert max(last for _first, last, _n in months) == date(2026, 2, 28)  # March is still running
    assert counts == [
        ("first_response", False, 10, 1),
        ("first_response", True, 8, 1),
        ("resolution", False, 60, 1),
        ("resolution", True, 56, 1),
    ]
    assert await refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE]) == 0


async def test_the_buckets_are_the_same_in_the_database_as_in_python(database: Database) -> None:
    minutes = [0, 7, 8, 63, 64, 71, 127, 128, 255, 256, 1000, 4095, 4096, 10**6, 2**26 - 1, 2**26, 2**30]
    async with database.session_scope() as session:
        found = [await session.scalar(select(wait_buckets.bucket_sql(literal(m)))) for m in minutes]
    assert found == [wait_buckets.bucket_of(m) for m in minutes]


def test_the_drawn_tickets_spread_over_many_buckets() -> None:
    """The first test means something only if medians fall inside wide buckets, among ties."""
    resolutions = [w[3] for w in drawn_waits() if w[3] is not None]
    assert len({wait_buckets.bucket_of(m) for m in resolutions}) > 20
    assert max(resolutions) > 20_000


async def test_medians_on_the_first_and_last_minutes_of_buckets(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """January, read from its roll-up. Answers: printer 63, 63, 64, 127, 200 (median 64, the first
    minute of the bucket 64-71); payroll 100, 127, 127, 128 (127, the last of 120-127); network 0,
    0, 7, 8 (3.5: 0 and 7, the first bucket's ends). Resolutions: printer 255, 255, 256, 300, 300
    (256); payroll 287, 287, 288, 288 (287.5, across two buckets)."""
    answers = {"printer": [63, 63, 64, 127, 200], "payroll": [100, 127, 127, 128], "network": [0, 0, 7, 8]}
    resolutions = {"printer": [255, 255, 256, 300, 300], "payroll": [287, 287, 288, 288], "network": [500] * 4}
    for category, minutes in answers.items():
        for n, (answered, resolved) in enumerate(zip(minutes, resolutions[category], strict=False)):
            created = datetime(2026, 1, 3 + n, 2, tzinfo=UTC)
            await ticket(
                database, world, DEPARTMENTS[category], created, category=category, answered=answered, resolved=resolved
            )
    await refresh_rollups(database, clock, budget_s=None, figures=[ticket_waits.FIGURE])
    body = await slowest(client, world, "hr", None, date(2026, 1, 1), date(2026, 1, 31))
    assert body["as_of"] is not None
    assert shown(body) == {
        "first_response": [("payroll", 4, 127.0), ("printer", 5, 64.0), ("network", 4, 3.5)],
        "resolution": [("network", 4, 500.0), ("payroll", 4, 287.5), ("printer", 5, 256.0)],
    }
