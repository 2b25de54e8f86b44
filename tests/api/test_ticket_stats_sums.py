"""Ticket figures add up in SQL the outcomes recorded when each clock stopped, instead of reading
every ticket's clocks in Python (2.4 s for a month of HR's figures on the big tenant, 36 s at p50
under load). The reference is the old way, which stays for rows without recorded outcomes: with
every row read that way, the figures must come out the same, at several moments, on business
hours and the wall clock, answered late, in time and near the target, paused, reopened, rated,
self-handled."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, true

from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets import stats
from domain.tickets.models import Ticket
from tests.api.test_tickets import API, move, ok, raise_ticket, reply, route_everything_to, set_hours, set_policies
from tests.conftest import START
from tests.factories import World, insert_ticket

PERIOD = {"from": (START - timedelta(hours=1)).isoformat(), "to": (START + timedelta(days=3)).isoformat()}


async def figures(client: httpx.AsyncClient, world: World, who: str = "hr", **params: Any) -> dict[str, Any]:
    answer = await client.get(f"{API}/tickets/stats", params={**PERIOD, **params}, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


async def as_read_clock_by_clock(client: httpx.AsyncClient, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures equal those of every row read clock by clock (the old way, kept for rows without
    recorded outcomes)."""
    ops = {"department": str(world.units["D-OPS"])}
    summed = [await figures(client, world), await figures(client, world, **ops)]
    with monkeypatch.context() as patched:
        patched.setattr(stats, "_read_live", true)
        read = [await figures(client, world), await figures(client, world, **ops)]
    assert summed == read


async def test_the_figures_summed_in_sql_are_those_read_clock_by_clock(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    await route_everything_to(client, world)
    printer = {"category": "printer", "first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    default = {"first_response_minutes": 60, "resolution_minutes": 240, "business_hours": False}
    assert (await set_policies(client, world, printer, default)).status_code == 200
    assert (await set_hours(client, world, "D-OPS")).status_code == 200

    def at(minutes: int) -> None:
        clock.advance(START + timedelta(minutes=minutes) - clock.now())

    in_time = await raise_ticket(client, world, title="Printer, answered in time")
    near = await raise_ticket(client, world, title="Printer, answered near its target")
    late = await raise_ticket(client, world, category="network", title="Network, answered late")
    waits = await raise_ticket(client, world, title="Printer, waits on the store")
    reopened = await raise_ticket(client, world, category="network", title="Network, resolved then reopened")
    await raise_ticket(client, world, category="network", title="Network, never answered")
    await raise_ticket(client, world, who="staff_s2", title="Printer, from the other store")
    # older rows handled by their own requesters, with and without recorded outcomes
    for recorded in (False, True):
        await insert_ticket(
            database, world, requester="ops_staff", department="D-OPS", store="S1", created_at=START,
            first_responder="ops_staff", resolved_at=START + timedelta(hours=1), rating=5, recorded=recorded,
        )  # fmt: skip
    await insert_ticket(
        database, world, requester="staff_s1", department="D-OPS", store="S1", created_at=START,
        first_responder="ops_head", assignee="ops_staff", resolved_at=START + timedelta(hours=3), rating=2,
    )  # fmt: skip
    at(30)
    assert (await reply(client, world, in_time["id"], "ops_staff")).status_code == 201
    await ok(client, world, reopened["id"], "take", "ops_head")
    at(45)
    assert (await move(client, world, waits["id"], "waiting_on_requester", who="ops_head")).status_code == 200
    # a wait before its resolution: after reopening, it spares nothing of the new clock
    assert (await move(client, world, reopened["id"], "waiting_on_requester", who="ops_head")).status_code == 200
    await as_read_clock_by_clock(client, world, monkeypatch)
    at(90)
    await ok(client, world, late["id"], "take", "ops_staff")
    assert (await move(client, world, reopened["id"], "resolved", who="ops_head")).status_code == 200
    await ok(client, world, reopened["id"], "rating", "staff_s1", {"score": 3})
    at(100)
    assert (await reply(client, world, near["id"], "ops_head")).status_code == 201
    at(150)
    assert (await reply(client, world, waits["id"], "staff_s1", "Photo attached.")).status_code == 201
    await as_read_clock_by_clock(client, world, monkeypatch)
    at(200)
    await ok(client, world, reopened["id"], "reopen", "staff_s1", {"reason": "Down again."})
    assert (await move(client, world, waits["id"], "waiting_on_requester", who="ops_head")).status_code == 200
    await as_read_clock_by_clock(client, world, monkeypatch)
    at(400)
    assert (await move(client, world, in_time["id"], "resolved")).status_code == 200
    await ok(client, world, in_time["id"], "rating", "staff_s1", {"score": 5})
    assert (await move(client, world, late["id"], "resolved")).status_code == 200
    assert (await move(client, world, reopened["id"], "resolved", who="ops_head")).status_code == 200
    for minutes in (401, 900, 2000):
        at(minutes)
        await as_read_clock_by_clock(client, world, monkeypatch)

    async with database.session_scope() as session:  # the stopped clocks' outcomes were recorded
        recorded = await session.scalar(select(func.count()).where(Ticket.resolution_met.is_not(None)))
    assert recorded == 4
    [ops] = (await figures(client, world))["departments"]
    assert (ops["tickets"], ops["ratings"], ops["average_rating"]) == (10, 3, 3.33)
