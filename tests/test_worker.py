"""The worker: every subscriber handles every event it wants exactly once, with any number of
workers and across a crash; a failing subscriber retries with backoff and blocks nobody; periodic
jobs (milestones, forgetting) run; a clean stop."""

from __future__ import annotations

import asyncio
import os
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api import cli
from api.worker import RollUps, Worker, default_jobs, default_subscribers
from domain.analytics.models import AnalyticsRollup
from domain.people.models import Assignment, AssignmentKind
from domain.shared import idempotency
from domain.shared.audit import AuditEntry
from domain.shared.clock import Clock, ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from domain.shared.subscribers import Delivered, SubscriberTask, deliver, forget_done, handle_once


async def _publish(database: Database, clock: ManualClock, count: int, topic: str = "transfer.approved") -> None:
    async with database.session_scope() as session:
        for number in range(count):
            session.add(OutboxEvent(topic=topic, schema_version=1, payload={"n": number}, occurred_at=clock.now()))


class Recorder:
    """A subscriber that writes an audit row per event (so its writes share the task's transaction)
    and remembers what it saw; it can fail on chosen events or hang (to be cut off mid-batch)."""

    def __init__(self, name: str, prefix: str = "", fail_on: set[int] | None = None) -> None:
        self.name = name
        self.prefix = prefix
        self.fail_on = fail_on or set()
        self.seen: list[int] = []
        self.hang_on: int | None = None
        self.hanging = asyncio.Event()

    def wants(self, topic: str) -> bool:
        return topic.startswith(self.prefix)

    async def handle(self, session: AsyncSession, event: Delivered, *, clock: Clock) -> None:
        number = int(event.data["n"])
        session.add(
            AuditEntry(
                occurred_at=clock.now(),
                actor_kind="system",
                actor_id=None,
                action=f"handled.{self.name}",
                entity_type="event",
                entity_id=str(number),
                changes={},
                request_id=None,
            )
        )
        await session.flush()
        if number == self.hang_on:
            self.hanging.set()
            await asyncio.Event().wait()  # the process dies here
        if number in self.fail_on:
            self.fail_on.discard(number)
            raise RuntimeError("receiver down")
        await asyncio.sleep(0)
        self.seen.append(number)


async def _handled(database: Database, name: str) -> Counter[str]:
    async with database.session_scope() as session:
        rows = await session.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == f"handled.{name}"))
        return Counter(rows.all())


async def test_each_subscriber_gets_the_events_it_wants_and_a_failure_blocks_nobody(
    database: Database, clock: ManualClock
):
    await _publish(database, clock, 3)
    await _publish(database, clock, 1, topic="ticket.created")
    flaky = Recorder("flaky", prefix="transfer.", fail_on={1})
    steady = Recorder("steady")
    worker = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[flaky, steady], jobs=[])

    await worker.run_once()
    assert sorted(flaky.seen) == [0, 2], "the failing event waits; the others go on"
    assert sorted(steady.seen) == [0, 0, 1, 2], "the other subscriber is not held up (ticket.created is n=0)"
    assert await worker.run_once() == 0, "the failed event waits for its backoff"
    async with database.session_scope() as session:
        (attempts, error) = (
            await session.execute(
                select(SubscriberTask.attempts, SubscriberTask.last_error).where(
                    SubscriberTask.subscriber == "flaky", SubscriberTask.done_at.is_(None)
                )
            )
        ).one()
    assert attempts == 1 and error == "RuntimeError: receiver down"
    assert (await _handled(database, "flaky"))["1"] == 0, "a failed handler's writes are rolled back"

    clock.advance(timedelta(seconds=5))
    assert await worker.run_once() == 1
    assert sorted(flaky.seen) == [0, 1, 2]
    assert await _handled(database, "flaky") == Counter({"0": 1, "1": 1, "2": 1})


async def test_two_workers_handle_each_event_exactly_once_per_subscriber(database: Database, clock: ManualClock):
    await _publish(database, clock, 60)
    mine, theirs = Recorder("a"), Recorder("b")
    workers = [
        Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[mine, theirs], jobs=[]),
        Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[mine, theirs], jobs=[]),
    ]
    while sum(await asyncio.gather(*(w.run_once() for w in workers))):
        pass
    assert sorted(mine.seen) == list(range(60))
    assert sorted(theirs.seen) == list(range(60))
    assert set((await _handled(database, "a")).values()) == {1}


async def test_a_crash_between_handling_and_acknowledging_repeats_nothing_and_loses_nothing(
    database: Database, clock: ManualClock
):
    """The worker dies while its batch is open: event 0 was handled (its row written, its task marked
    done, uncommitted), event 1 hangs. Nothing of the batch survives, and the next worker handles
    both exactly once."""
    await _publish(database, clock, 2)
    doomed = Recorder("r")
    doomed.hang_on = 1
    first = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[doomed], jobs=[])
    running = asyncio.create_task(first.run_once())
    await asyncio.wait_for(doomed.hanging.wait(), timeout=10)
    assert doomed.seen == [0]
    running.cancel()
    with pytest.raises(asyncio.CancelledError):
        await running
    assert await _handled(database, "r") == Counter()

    survivor = Recorder("r")
    second = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[survivor], jobs=[])
    while await second.run_once():
        pass
    assert sorted(survivor.seen) == [0, 1]
    assert await _handled(database, "r") == Counter({"0": 1, "1": 1})


async def test_handled_events_are_forgotten_after_a_week_but_pending_ones_are_kept(
    database: Database, clock: ManualClock
):
    await _publish(database, clock, 2)
    done, stuck = Recorder("done"), Recorder("stuck", fail_on={1})
    await deliver(database, [done, stuck], clock=clock)
    clock.advance(timedelta(days=8))
    stuck.fail_on = {1}
    await handle_once(database, stuck, clock=clock)  # fails again: event 1 stays pending for "stuck"
    assert await forget_done(database, clock) == 1
    async with database.session_scope() as session:
        left = (await session.scalars(select(OutboxEvent.payload))).all()
    assert [payload["n"] for payload in left] == [1]


async def test_the_loop_stops_gracefully_when_asked(database: Database, clock: ManualClock):
    worker = Worker(database, clock=clock, poll_interval_s=30, subscribers=[])
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.05)
    worker.stop()
    await asyncio.wait_for(task, timeout=2)
    assert task.done() and task.exception() is None


async def test_the_roll_ups_run_in_a_worker_of_their_own_when_asked(world, database: Database, clock: ManualClock):
    """`frontline worker --roll-ups only` rolls up and handles no subscriber's queue (it still fans
    events out); `--roll-ups without` does everything else and no roll-up."""
    assert cli.build_parser().parse_args(["worker", "--roll-ups", "only"]).roll_ups == "only"
    await _publish(database, clock, 1, topic="transfer.approved")
    without = Worker(
        database,
        clock=clock,
        poll_interval_s=30,
        subscribers=default_subscribers(RollUps.WITHOUT),
        jobs=default_jobs(roll_ups=RollUps.WITHOUT),
    )
    await without.run_once()
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(AnalyticsRollup)) == 0
        handled = await session.scalar(select(func.count()).where(SubscriberTask.done_at.is_not(None)))
    assert handled and handled > 0

    await _publish(database, clock, 1, topic="transfer.approved")
    only = Worker(
        database,
        clock=clock,
        poll_interval_s=30,
        subscribers=default_subscribers(RollUps.ONLY),
        jobs=default_jobs(roll_ups=RollUps.ONLY),
    )
    assert await only.run_once() > 0
    async with database.session_scope() as session:
        rolled = await session.scalar(select(func.count()).select_from(AnalyticsRollup))
        waiting = await session.scalar(select(func.count()).where(SubscriberTask.done_at.is_(None)))
        unfanned = await session.scalar(select(func.count()).where(OutboxEvent.fanned_out_at.is_(None)))
    assert rolled and rolled > 0
    assert waiting and waiting > 0  # the new event's tasks wait for a worker with subscribers
    assert unfanned == 0


async def test_the_loop_keeps_a_heartbeat_the_liveness_check_reads(
    database: Database, clock: ManualClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    heartbeat = tmp_path / "worker.alive"
    monkeypatch.setenv("FRONTLINE_WORKER_HEARTBEAT_FILE", str(heartbeat))
    monkeypatch.setenv("FRONTLINE_VAR_DIR", str(tmp_path / "var"))
    assert cli.main(["worker-alive"]) == 1  # not started yet
    worker = Worker(database, clock=clock, poll_interval_s=30, subscribers=[], jobs=[], heartbeat=heartbeat)
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.05)
    worker.stop()
    await asyncio.wait_for(task, timeout=2)
    assert cli.main(["worker-alive", "--max-age", "60"]) == 0
    stale = time.time() - 120
    os.utime(heartbeat, (stale, stale))  # a loop that stopped turning two minutes ago
    assert cli.main(["worker-alive", "--max-age", "60"]) == 1


async def test_starting_started_and_ended_assignments_are_announced_once(world, database: Database, clock: ManualClock):
    """assignment.starting the day before, transfer.started on the first day, transfer.ended the day
    after the last, each once even with two workers."""
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
        """The assignment's milestones (the worker's other jobs announce their own: flags on figures)."""
        async with database.session_scope() as session:
            topics = await session.scalars(
                select(OutboxEvent.topic)
                .where(OutboxEvent.topic.in_(["assignment.starting", "transfer.started", "transfer.ended"]))
                .order_by(OutboxEvent.id)
            )
            return list(topics.all())

    jobs = default_jobs(roll_ups=RollUps.WITHOUT)  # the roll-ups' passes are tested on their own
    workers = [Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[], jobs=jobs) for _ in range(2)]
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == []
    clock.set(datetime(2026, 3, 3, 16, 30, tzinfo=UTC))  # 00:30 on 4 March in Shanghai
    await asyncio.gather(*(w.run_once() for w in workers))
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == ["assignment.starting"]
    clock.set(datetime(2026, 3, 4, 16, 30, tzinfo=UTC))  # 00:30 on 5 March in Shanghai
    await asyncio.gather(*(w.run_once() for w in workers))
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == ["assignment.starting", "transfer.started"]
    clock.set(datetime(2026, 3, 20, 1, 0, tzinfo=UTC))
    await asyncio.gather(*(w.run_once() for w in workers))
    await asyncio.gather(*(w.run_once() for w in workers))
    assert await announced() == ["assignment.starting", "transfer.started", "transfer.ended"]


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
    worker = Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[])
    clock.advance(timedelta(days=7, hours=23))
    await worker.run_once()
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(idempotency.IdempotencyRecord)) == 1
    clock.advance(timedelta(days=1, hours=2))
    await worker.run_once()
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(idempotency.IdempotencyRecord)) == 0
