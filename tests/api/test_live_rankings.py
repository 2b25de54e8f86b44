"""An open month's ranking is read as last ranked: scoring the cohort for every page cost seconds on a
national chain (8.7 s for 90,000 people on the big tenant). The worker ranks the open months anew
every 5 minutes; a reader who finds no ranking under 10 minutes old ranks it; `as_of` says when."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.performance import live_rankings
from domain.performance.live_rankings import refresh_live_rankings
from domain.performance.models import LiveRank, LiveRanking, ScorecardTemplate
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.pagination import decode_cursor, encode_cursor
from tests.api.test_performance_scores import RANKINGS, TARGETS, VALUES, put, setup_scorecards
from tests.factories import World
from tests.support import assert_problem

QUERY = {"period": "2026-02", "template": "support"}  # the clock is in March: February is still open


async def score(client: httpx.AsyncClient, world: World, who: str, value: str) -> None:
    entry = {"metric_code": "hq_kpi", "employee_id": str(world.employees[who]), "period": "2026-02", "value": value}
    assert (await put(client, VALUES, entry, world.headers("hr"))).status_code == 200


async def ranked(client: httpx.AsyncClient, world: World, **params: str) -> dict[str, Any]:
    answer = await client.get(RANKINGS, params={**QUERY, **params}, headers=world.headers("hr"))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def scores(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["employee_no"], e["score"]) for e in body["entries"]]


async def stored(database: Database) -> tuple[int, int, int]:
    """(rankings kept per template, places kept, the places those rankings hold)."""
    async with database.session_scope() as session:
        templates = await session.scalar(select(func.count()).select_from(ScorecardTemplate))
        rankings = await session.scalar(select(func.count()).select_from(LiveRanking))
        ranks = await session.scalar(select(func.count()).select_from(LiveRank))
        held = await session.scalar(select(func.coalesce(func.sum(LiveRanking.cohort), 0)))
    assert templates and rankings is not None and rankings % templates == 0
    return rankings // templates, int(ranks or 0), int(held or 0)


@pytest.fixture
async def month(client: httpx.AsyncClient, world: World) -> None:
    await setup_scorecards(client, world)
    target = {"metric_code": "hq_kpi", "unit_id": str(world.units["HQ"]), "period": "2026-02", "value": "100"}
    await put(client, TARGETS, target, world.headers("hr"))
    for who, value in (("ops_staff", "80"), ("ops_head", "90"), ("hr", "70")):
        await score(client, world, who, value)


@pytest.mark.usefixtures("month")
async def test_readers_page_the_ranking_as_last_ranked(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await ranked(client, world)
    head, staff, hr = (world.employee_numbers[who] for who in ("ops_head", "ops_staff", "hr"))
    assert scores(first) == [(head, "90"), (staff, "80"), (hr, "70")]
    assert first["source"] == "live" and first["as_of"] == clock.now().isoformat().replace("+00:00", "Z")

    # readers after the first score nobody: they page the stored ranking
    with monkeypatch.context() as patched:
        patched.setattr(live_rankings, "month_scores", None)  # calling it fails
        clock.advance(timedelta(minutes=9))
        await score(client, world, "hr", "95")  # not shown until ranked anew
        assert (await ranked(client, world)) == first
        one = await ranked(client, world, limit="1")
        two = await ranked(client, world, limit="1", cursor=one["next_cursor"])
        assert scores(one) + scores(two) == [(head, "90"), (staff, "80")]

    # past 10 minutes with the worker away, the next reader ranks the month again
    clock.advance(timedelta(minutes=2))
    again = await ranked(client, world)
    assert scores(again) == [(hr, "95"), (head, "90"), (staff, "80")]
    assert again["as_of"] > first["as_of"]
    # the cursor of the ranking before still pages it; one of two rankings ago is stale
    three = await ranked(client, world, limit="1", cursor=two["next_cursor"])
    assert scores(three) == [(hr, "70")]
    clock.advance(timedelta(minutes=11))
    await ranked(client, world)
    stale = await client.get(
        RANKINGS, params={**QUERY, "limit": "1", "cursor": two["next_cursor"]}, headers=world.headers("hr")
    )
    assert_problem(stale, 422, "pagination.invalid_cursor")
    rankings, ranks, held = await stored(database)
    assert rankings == 2  # two kept per template, older ones gone with their places
    assert ranks == held

    # a forged cursor is refused, never a 500: a position past any list (positions are 32-bit)
    latest = await ranked(client, world, limit="1")
    _kind, ranking, _position = decode_cursor(latest["next_cursor"], arity=3)
    for position in (2**31, 2**40):
        forged = encode_cursor(["live", ranking, position])
        refused = await client.get(RANKINGS, params={**QUERY, "cursor": forged}, headers=world.headers("hr"))
        assert_problem(refused, 422, "pagination.invalid_cursor")


@pytest.mark.usefixtures("month")
async def test_the_worker_ranks_open_months_every_five_minutes(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
) -> None:
    assert await refresh_live_rankings(database, clock) == 1  # March (nobody scored: empty rankings)
    assert await refresh_live_rankings(database, clock) == 1  # February
    assert await refresh_live_rankings(database, clock) == 0  # both fresh
    before = await ranked(client, world)
    await score(client, world, "hr", "95")
    clock.advance(timedelta(minutes=4))
    assert await refresh_live_rankings(database, clock) == 0
    assert (await ranked(client, world)) == before
    clock.advance(timedelta(minutes=1, seconds=1))
    assert [await refresh_live_rankings(database, clock) for _ in range(3)] == [1, 1, 0]  # one month a pass
    after = await ranked(client, world)
    assert scores(after)[0] == (world.employee_numbers["hr"], "95")
    assert after["as_of"] == clock.now().isoformat().replace("+00:00", "Z")

    # a closed month is not ranked live any more: its frozen ranking is read
    assert (await client.post("/api/v1/performance/periods/2026-02/close", headers=world.headers("hr"))).status_code
    clock.advance(timedelta(minutes=6))
    assert await refresh_live_rankings(database, clock) == 1  # March only
    assert await refresh_live_rankings(database, clock) == 0
    frozen = await ranked(client, world)
    assert frozen["source"] == "frozen" and frozen["as_of"] is None and scores(frozen) == scores(after)


@pytest.mark.usefixtures("month")
async def test_racing_workers_rank_each_month_once(world: World, clock: ManualClock, database: Database) -> None:
    ranked_months = await asyncio.gather(*(refresh_live_rankings(database, clock) for _ in range(4)))
    while await refresh_live_rankings(database, clock):
        pass
    rankings, ranks, held = await stored(database)
    assert sum(ranked_months) <= 2
    assert rankings == 2 and ranks == held  # February and March: each template ranked once for each
