"""The worker drains the outbox: each event once, failures retried with backoff, a clean stop."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from api.worker import Worker
from domain.people.models import Assignment, AssignmentKind
from domain.shared import idempotency
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent, append


async def _publish(database: Database, clock: ManualClock, count: int, topic: str = "transfer.approved") -> None:
    async with database.session_scope() as session:
        for number in range(count):
            append(session, clock=clock, topic=topic, payload={"n": number})


async def test_events_reach_their_consumers_once_and_failures_are_retried(database: Database, clock: ManualClock):
    await _publish(database, clock, 3)
    await _publish(database, clock, 1, topic="ticket.created")
    seen: list[int] = []
    failures = {"left": 1}

    async def record(event: OutboxEvent) -> None:
        if event.payload["n"] == 1 and failures["left"]:
            failures["left"] -= 1
            raise RuntimeError("receiver down")
        seen.append(event.payload["n"])

    worker = Worker(database, clock=clock, poll_interval_s=0.01, consumers={"transfer.*": [record]})
    assert await worker.run_once() == 4
    assert sorted(seen) == [0, 2]
    assert await worker.run_once() == 0, "the failed event waits for its backoff"
    clock.advance(timedelta(seconds=5))
    assert await worker.run_once() == 1
    assert sorted(seen) == [0, 1, 2]
    async with database.session_scope() as session:
        pending = await session.scalar(select(func.count()).where(OutboxEvent.processed_at.is_(None)))
        retried = await session.scalar(select(OutboxEvent.attempts).where(OutboxEvent.last_error.is_not(None)))
    assert pending == 0 and retried == 1


async def test_two_workers_deliver_each_event_exactly_once(database: Database, clock: ManualClock):
    await _publish(database, clock, 60)
    delivered: list[int] = []

    async def record(event: OutboxEvent) -> None:
        await asyncio.sleep(0)
        delivered.append(event.payload["n"])

    workers = [Worker(database, clock=clock, poll_interval_s=0.01, consumers={"*": [record]}) for _ in range(2)]
    while sum(await asyncio.gather(*(w.run_once() for w in workers))):
        pass
    assert sorted(delivered) == list(range(60))


async def test_the_loop_stops_gracefully_when_asked(database: Database, clock: ManualClock):
    worker = Worker(database, clock=clock, poll_interval_s=30, consumers={})
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.05)
    worker.stop()
    await asyncio.wait_for(task, timeout=2)
    assert task.done() and task.exception() is None


async def test_started_and_ended_assignments_are_announced_once(world, database: Database, clock: ManualClock):
    """transfer.started on the first day, transfer.ended the day after the last, even with two workers."""
    async with database.session_scope() as session:
        session.add(
            Assignment(
                employee_id=world.employees["ops_staff"],
                unit_id=world.units["S1"],
                kind=AssignmentKind.SECONDMENT,
                valid_from=date(2026, 3, 5),
                valid_to=date(2026, 3, 20),
                transfer_id=uuid.uuid4(),
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )

    async def announced() -> list[str]:
        async with database.session_scope() as session:
            topics = await session.scalars(select(OutboxEvent.topic).order_by(OutboxEvent.id))
            return list(topics.all())

    workers = [Worker(database, clock=clock, poll_interval_s=0.01, consumers={}) for _ in range(2)]
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == []
    clock.set(datetime(2026, 3, 4, 16, 30, tzinfo=UTC))  # 00:30 on 5 March in Shanghai
    await asyncio.gather(*(w.run_once() for w in workers))
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == ["transfer.started"]
    clock.set(datetime(2026, 3, 20, 1, 0, tzinfo=UTC))
    await asyncio.gather(*(w.run_once() for w in workers))
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == ["transfer.started", "transfer.ended"]


async def test_idempotency_keys_are_kept_for_retention_then_forgotten(database: Database, clock: ManualClock):

    async with database.session_scope() as session:
        await idempotency.remember(
            session,
            owner_id=uuid.uuid4(),
            key="k",
            fingerprint="f",
            status_code=201,
            body={},
            now=clock.now(),
        )
    worker = Worker(database, clock=clock, poll_interval_s=0.01, consumers={})
    clock.advance(timedelta(days=7, hours=23))
    await worker.run_once()
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(idempotency.IdempotencyRecord)) == 1
    clock.advance(timedelta(days=1, hours=2))
    await worker.run_once()
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(idempotency.IdempotencyRecord)) == 0
