"""The ticket list's at_risk and breached filters read only the tickets whose stored due times allow
the flags (clocks.flags_may_hold), then decide on each ticket's clocks. They used to read a
department's whole history in OFFSET batches (83 s at p50 on the big tenant). The reference here
is the old way: every ticket's clocks as the unfiltered list shows them, filtered in Python, at
many moments, on business hours and the wall clock, paused, answered, resolved, and after the
department's hours changed (due times follow the hours in force)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx

from domain.shared.clock import ManualClock
from tests.api.test_tickets import API, move, ok, raise_ticket, reply, route_everything_to, set_hours, set_policies
from tests.conftest import START
from tests.factories import World

FLAGS = [(a, b) for a in (True, False, None) for b in (True, False, None) if (a, b) != (None, None)]


async def listed(client: httpx.AsyncClient, world: World, **params: Any) -> list[dict[str, Any]]:
    answer = await client.get(f"{API}/tickets", params={"limit": 100, **params}, headers=world.headers("hr"))
    assert answer.status_code == 200, answer.text
    assert answer.json()["next_cursor"] is None
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


def flagged(ticket: dict[str, Any], at_risk: bool | None, breached: bool | None) -> bool:
    first, resolution = ticket["first_response"], ticket["resolution"]
    risky, late = first["at_risk"] or resolution["at_risk"], first["breached"] or resolution["breached"]
    return (at_risk is None or risky == at_risk) and (breached is None or late == breached)


async def same_as_reading_every_clock(client: httpx.AsyncClient, world: World, now: datetime) -> None:
    everything = await listed(client, world)
    for ticket in everything:  # what the narrowing relies on: a running clock is late from its due time on
        first = ticket["first_response"]
        if first["met"] is None:  # still running
            assert first["breached"] == (now >= datetime.fromisoformat(first["due_at"])), (now, ticket["title"])
    for at_risk, breached in FLAGS:
        params = {k: str(v).lower() for k, v in (("at_risk", at_risk), ("breached", breached)) if v is not None}
        expected = [t["id"] for t in everything if flagged(t, at_risk, breached)]
        assert [t["id"] for t in await listed(client, world, **params)] == expected, (now, params)


async def test_the_flag_filters_find_what_every_clock_shows_at_every_moment(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    printer = {"category": "printer", "first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    default = {"first_response_minutes": 60, "resolution_minutes": 240, "business_hours": False}
    assert (await set_policies(client, world, printer, default)).status_code == 200
    assert (await set_hours(client, world, "D-OPS")).status_code == 200  # Monday to Friday, 09:00-18:00

    async def at(minutes: int) -> None:
        clock.advance(START + timedelta(minutes=minutes) - clock.now())
        await same_as_reading_every_clock(client, world, clock.now())

    untouched = await raise_ticket(client, world, title="Printer, untouched")
    await raise_ticket(client, world, category="network", title="Network, untouched")
    answered = await raise_ticket(client, world, title="Printer, answered then waiting")
    late = await raise_ticket(client, world, category="network", title="Network, resolved late")
    waiting = await raise_ticket(client, world, title="Printer, waiting on the requester")
    # the wall clock's 240 minutes: one waits from 180 (at risk while it waits), one from 240 (late)
    waits_at_risk = await raise_ticket(client, world, category="network", title="Network, waits at risk")
    waits_late = await raise_ticket(client, world, category="network", title="Network, waits late")
    for minutes in (0, 20):
        await at(minutes)
    await at(30)
    assert (await reply(client, world, answered["id"], "ops_staff")).status_code == 201
    for answered_in_time in (waits_at_risk, waits_late):  # so only their resolution clocks show flags
        assert (await reply(client, world, answered_in_time["id"], "ops_staff")).status_code == 201
    for minutes in (44, 45, 46, 59):
        await at(minutes)
    await at(60)
    assert (await move(client, world, answered["id"], "waiting_on_requester")).status_code == 200
    assert (await move(client, world, waiting["id"], "waiting_on_requester")).status_code == 200
    await at(90)
    await ok(client, world, late["id"], "take", "ops_staff")
    for minutes in (119, 120, 121):
        await at(minutes)
    await at(180)
    assert (await reply(client, world, answered["id"], "staff_s1", "Still jams.")).status_code == 201
    assert (await move(client, world, waits_at_risk["id"], "waiting_on_requester")).status_code == 200
    for minutes in (181, 239):
        await at(minutes)
    await at(240)
    assert (await move(client, world, waits_late["id"], "waiting_on_requester")).status_code == 200
    await at(300)
    assert (await move(client, world, late["id"], "resolved")).status_code == 200
    for minutes in (301, 420, 480, 540, 599, 600, 1440, 1500, 2000, 5760):
        await at(minutes)

    # Longer hours (and Saturdays): the running tickets' due times move to the hours in force.
    before = {t["id"]: t for t in await listed(client, world)}
    weekly = {day: [["08:00", "20:00"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat")}
    assert (await set_hours(client, world, "D-OPS", weekly=weekly)).status_code == 200
    after = {t["id"]: t for t in await listed(client, world)}
    moved = {t["title"] for t in after.values() if t["resolution"]["due_at"] != before[t["id"]]["resolution"]["due_at"]}
    # paused tickets have no due time; the wall clock's and a resolved ticket's do not move
    assert moved == {"Printer, untouched", "Printer, answered then waiting"}, moved
    assert [after[untouched["id"]]["resolution"]["due_at"], after[answered["id"]]["resolution"]["due_at"]] == [
        "2026-03-02T11:00:00Z",  # Monday 19:00 in Shanghai: 600 minutes from 09:00 on the longer hours
        "2026-03-03T01:00:00Z",  # Tuesday 09:00: 60 minutes, two hours paused, 480 on Monday, 60 on Tuesday
    ]
    for minutes in (5800, 7000, 8640, 10080, 12000):
        await at(minutes)
