"""Concurrent punches of one person are decided as if one came after the other: whatever the
interleaving (one app, two app instances on one database, the offline batch beside the phone's
lane), exactly one `in` stays open, every earlier `in` is closed as `missing_out` (announced once),
and impossible travel is judged against the punch that really came before.

On PostgreSQL the punches race for real (concurrent statements on separate connections); on SQLite
the write lock serialises them, and the same outcomes must hold."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import date, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from api.main import create_app
from api.settings import Settings
from domain.attendance.punching import answer_row, decide_punch_direct, store_answers
from domain.attendance.schemas import PunchCreate
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.idempotency import AnswerToStore
from tests.api.test_clock_ins import batch_item, my_punches, punch, punch_body, send_batch
from tests.factories import World, assign

MISSING_OUT = "missing_out"


async def missing_out_announcements(database: Database) -> list[str]:
    """Ids of punches announced (clock_in.flagged) as missing their `out`, one entry per event."""
    async with database.session_scope() as session:
        rows = (await session.execute(text("SELECT payload FROM outbox_events WHERE topic = 'clock_in.flagged'"))).all()
    payloads = [json.loads(payload) if isinstance(payload, str) else payload for (payload,) in rows]
    return [p["clock_in_id"] for p in payloads if MISSING_OUT in p["flags"]]


async def assert_one_open_in_and_every_other_closed_once(
    client: httpx.AsyncClient, world: World, database: Database, who: str, count: int
) -> None:
    stored = await my_punches(client, world, who)
    assert len(stored) == count
    ins = [p for p in stored if p["kind"] == "in"]
    still_open = [p["id"] for p in ins if MISSING_OUT not in p["flags"]]
    assert len(still_open) == 1, f"{len(still_open)} of {len(ins)} ins left open"
    closed = sorted(p["id"] for p in ins if MISSING_OUT in p["flags"])
    assert sorted(await missing_out_announcements(database)) == closed  # each close announced exactly once


async def test_100_concurrent_ins_of_one_person_leave_exactly_one_open(
    client: httpx.AsyncClient, world: World, database: Database
):
    answers = await asyncio.gather(*(punch(client, world, "staff_s1", f"in-{n}") for n in range(100)))
    assert {a.status_code for a in answers} == {201}, {a.text for a in answers if a.status_code != 201}
    await assert_one_open_in_and_every_other_closed_once(client, world, database, "staff_s1", 100)
    # each answer is the punch as recorded: only the open one is shown unflagged to the phone too
    assert all(a.json()["flags"] == [] for a in answers)


async def test_a_double_tap_leaves_one_open_in_every_time(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    for attempt in range(10):
        clock.advance(timedelta(hours=1))
        taps = await asyncio.gather(
            punch(client, world, "staff_s1", f"tap-{attempt}-a"), punch(client, world, "staff_s1", f"tap-{attempt}-b")
        )
        assert [t.status_code for t in taps] == [201, 201], [t.text for t in taps]
        await assert_one_open_in_and_every_other_closed_once(client, world, database, "staff_s1", 2 * attempt + 2)


async def test_impossible_travel_is_judged_against_the_punch_that_really_came_before(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """An `out` in Shanghai and one in Urumqi (3,300 km apart) at the same moment: whichever is
    recorded second is impossible travel after the first, so exactly one of the two is flagged."""
    await assign(database, world, "staff_s1", "S3", date(2026, 3, 2))
    for attempt in range(5):
        clock.advance(timedelta(days=2))  # 3,300 km in two days is a flight, not a flag
        pair = await asyncio.gather(
            punch(client, world, "staff_s1", f"s1-{attempt}", "S1", kind="out"),
            punch(client, world, "staff_s1", f"s3-{attempt}", "S3", kind="out"),
        )
        assert [p.status_code for p in pair] == [201, 201], [p.text for p in pair]
        assert sorted(p.json()["flags"] for p in pair) == [[], ["impossible_travel"]], attempt


@pytest.fixture
async def second_app(settings: Settings, clock: ManualClock) -> AsyncIterator[FastAPI]:
    """Another instance of the service on the same database (a second replica or worker process):
    its own engine, driver pool and statement queues; nothing shared with the first but the database."""
    application = create_app(settings, clock=clock)
    yield application
    await application.state.database.dispose()


async def test_punches_through_two_app_instances_on_one_database_are_serialised_too(
    client: httpx.AsyncClient, world: World, database: Database, second_app: FastAPI
):
    transport = httpx.ASGITransport(app=second_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        answers = await asyncio.gather(
            *(punch(client if n % 2 else other, world, "staff_s1", f"in-{n}") for n in range(60)),
            *(punch(client if n % 2 else other, world, "staff_s2", f"in-{n}", "S2") for n in range(20)),
        )
    assert {a.status_code for a in answers} == {201}, {a.text for a in answers if a.status_code != 201}
    stored = await my_punches(client, world, "staff_s1")
    assert len(stored) == 60 and sum(MISSING_OUT not in p["flags"] for p in stored) == 1
    stored = await my_punches(client, world, "staff_s2")
    assert len(stored) == 20 and sum(MISSING_OUT not in p["flags"] for p in stored) == 1
    assert len(await missing_out_announcements(database)) == 59 + 19


async def test_an_offline_batch_racing_the_phones_own_punches_is_serialised_with_them(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """The batch endpoint records through the request's session (the plain path), the single punches
    through the lane (on PostgreSQL the fast path): both take their turn per person."""
    clock.advance(timedelta(minutes=30))
    items: list[dict[str, Any]] = [batch_item(world, f"b-{n}") for n in range(10)]
    answers = await asyncio.gather(
        send_batch(client, world, "staff_s1", items), *(punch(client, world, "staff_s1", f"in-{n}") for n in range(20))
    )
    batch, singles = answers[0], answers[1:]
    assert batch.status_code == 200, batch.text
    assert {r["status"] for r in batch.json()["results"]} == {201}
    assert {a.status_code for a in singles} == {201}
    await assert_one_open_in_and_every_other_closed_once(client, world, database, "staff_s1", 30)


async def test_two_punches_decided_on_the_same_read_are_never_both_written(
    dialect: str, app: FastAPI, client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """The write statement itself (PostgreSQL's fast path), without the in-process turns: of two
    punches of one person decided on the same read, in one statement or in two concurrent ones,
    one is written and the other is stale (nothing of it written) until decided again."""
    if dialect != "postgresql":
        pytest.skip("the coalesced write statement is PostgreSQL's")
    actor = app.state.tokens.actor_from_access_token(world.token("staff_s1"), request_id=None)

    async def decided(device: str) -> Any:
        data = PunchCreate.model_validate(punch_body(world, device_id=device))
        return await decide_punch_direct(database, actor=actor, clock=clock, policy=app.state.punch_policy, data=data)

    def row(key: str, decision: Any) -> tuple[Any, ...]:
        answer = AnswerToStore(
            owner_id=actor.account_id, key=key, fingerprint="f", status_code=201, body_json="{}", now=clock.now()
        )
        return answer_row(answer, decision)

    first, second = await decided("phone-1"), await decided("phone-2")
    assert first.missing_out is None and second.missing_out is None  # both read: no punch before
    assert await store_answers(database, [row("a", first), row("b", second)]) == [True, None]
    again = await decided("phone-2")
    assert again.missing_out is not None and again.missing_out[0] == first.row["id"]
    assert await store_answers(database, [row("b", again)]) == [True]

    third, fourth = await decided("phone-3"), await decided("phone-4")
    outcomes = await asyncio.gather(
        store_answers(database, [row("c", third)]), store_answers(database, [row("d", fourth)])
    )
    assert sorted(outcomes, key=str) == [[None], [True]]
    await assert_one_open_in_and_every_other_closed_once(client, world, database, "staff_s1", 3)
