"""Subscribers consume the outbox: each handles each event exactly once, in any number of workers.

Two steps, each its own short transaction:
- fan-out: events not yet fanned out are claimed (FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite's
  BEGIN IMMEDIATE serialises) and get one task per subscriber that wants their topic, and are marked;
- handling: a subscriber claims its own due tasks the same way and, in the same transaction, handles
  each (inside a savepoint) and marks it done. The handler's writes and the mark commit together, so
  a crash between handling and acknowledging loses neither and repeats nothing. A failing handler's
  savepoint is rolled back, its task retried later with backoff; other tasks and other subscribers
  go on (each subscriber has its own queue).
Handlers with effects outside the database (webhooks) only write rows here; their own delivery job
sends them, with its own retries.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.clock import Clock
from domain.shared.db import Base, BigIntKey, Database, UTCDateTime
from domain.shared.outbox import OutboxEvent
from domain.shared.retention import Retention, purge_batch

log = logging.getLogger("frontline.subscribers")

MAX_BACKOFF = timedelta(hours=1)


class SubscriberTask(Base):
    """One event for one subscriber: pending until handled (`done_at`)."""

    __tablename__ = "subscriber_tasks"
    __table_args__ = (
        UniqueConstraint("event_id", "subscriber"),
        Index("ix_subscriber_tasks_due", "subscriber", "done_at", "available_at"),
    )

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), ForeignKey("outbox_events.id", ondelete="CASCADE")
    )
    subscriber: Mapped[str] = mapped_column(String(32))
    available_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)


@dataclass(frozen=True, slots=True)
class Delivered:
    """An event as a handler gets it."""

    id: int
    topic: str
    version: int
    occurred_at: datetime
    data: dict[str, Any]


class Subscriber(Protocol):
    """`name` is stable (it keys the queue); `wants` picks topics; `handle` writes in `session`."""

    name: str

    def wants(self, topic: str) -> bool: ...

    async def handle(self, session: AsyncSession, event: Delivered, *, clock: Clock) -> None: ...


def retry_delay(attempts: int) -> timedelta:
    """2 s, 4 s, 8 s ... doubling, capped at an hour (the exponent is capped first)."""
    return min(timedelta(seconds=2 ** min(max(attempts, 1), 20)), MAX_BACKOFF)


async def fan_out_once(database: Database, subscribers: Sequence[Subscriber], *, clock: Clock, limit: int = 500) -> int:
    """Gives a batch of new events their tasks; returns how many events were fanned out."""
    async with database.session_scope() as session:
        events = (
            await session.execute(
                select(OutboxEvent.id, OutboxEvent.topic)
                .where(OutboxEvent.fanned_out_at.is_(None))
                .order_by(OutboxEvent.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
        ).all()
        if not events:
            return 0
        now = clock.now()
        tasks = [
            {"event_id": event_id, "subscriber": subscriber.name, "available_at": now, "attempts": 0}
            for event_id, topic in events
            for subscriber in subscribers
            if subscriber.wants(topic)
        ]
        if tasks:
            await session.execute(insert(SubscriberTask), tasks)
        await session.execute(
            update(OutboxEvent).where(OutboxEvent.id.in_([row.id for row in events])).values(fanned_out_at=now)
        )
    return len(events)


async def handle_once(database: Database, subscriber: Subscriber, *, clock: Clock, limit: int = 100) -> int:
    """Handles a batch of this subscriber's due tasks; returns how many were handled or failed."""
    async with database.session_scope() as session:
        now = clock.now()
        rows = (
            await session.execute(
                select(SubscriberTask, OutboxEvent)
                .join(OutboxEvent, OutboxEvent.id == SubscriberTask.event_id)
                .where(
                    SubscriberTask.subscriber == subscriber.name,
                    SubscriberTask.done_at.is_(None),
                    SubscriberTask.available_at <= now,
                )
                .order_by(SubscriberTask.id)
                .limit(limit)
                .with_for_update(skip_locked=True, of=SubscriberTask)
            )
        ).all()
        for task, event in rows:
            delivered = Delivered(event.id, event.topic, event.schema_version, event.occurred_at, event.payload)
            task.attempts += 1
            try:
                async with session.begin_nested():
                    await subscriber.handle(session, delivered, clock=clock)
            except Exception as exc:  # one failing event must not stop the others; it is retried
                log.exception("subscriber %s failed on event %s (%s)", subscriber.name, event.id, event.topic)
                task.available_at = now + retry_delay(task.attempts)
                task.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            else:
                task.done_at = now
                task.last_error = None
    return len(rows)


async def deliver(
    database: Database,
    subscribers: Sequence[Subscriber],
    *,
    clock: Clock,
    everyone: Sequence[Subscriber] | None = None,
) -> int:
    """One pass: fan out to `everyone` (every subscriber the system has, so a worker running only
    some of them loses no event for the others), then handle the queues of `subscribers`.
    Returns the work done (0 when idle)."""
    work = await fan_out_once(database, everyone if everyone is not None else subscribers, clock=clock)
    for subscriber in subscribers:
        work += await handle_once(database, subscriber, clock=clock)
    return work


async def forget_done(database: Database, clock: Clock, keep: timedelta = Retention.handled_events) -> int:
    """Worker job: drops a batch of events `keep` after their fan-out once every subscriber handled
    them (their tasks go with them)."""
    pending = select(SubscriberTask.id).where(
        SubscriberTask.event_id == OutboxEvent.id, SubscriberTask.done_at.is_(None)
    )
    return await purge_batch(
        database, (OutboxEvent.id,), OutboxEvent.fanned_out_at < clock.now() - keep, ~pending.exists()
    )


@dataclass(frozen=True, slots=True)
class Backlog:
    """What waits: events not yet fanned out, and per subscriber how long its oldest pending event
    has waited (0 when it has none), for the worker's metrics."""

    outbox_depth: int
    lag_s: dict[str, float]


async def backlog(database: Database, clock: Clock, subscribers: Sequence[str]) -> Backlog:
    now = clock.now()
    async with database.session_scope() as session:
        depth = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.fanned_out_at.is_(None))
        )
        oldest = await session.execute(
            select(SubscriberTask.subscriber, func.min(OutboxEvent.occurred_at))
            .join(OutboxEvent, OutboxEvent.id == SubscriberTask.event_id)
            .where(SubscriberTask.done_at.is_(None))
            .group_by(SubscriberTask.subscriber)
        )
        waiting = {name: (now - since).total_seconds() for name, since in oldest if since is not None}
    return Backlog(outbox_depth=int(depth or 0), lag_s={name: max(0.0, waiting.get(name, 0.0)) for name in subscribers})
