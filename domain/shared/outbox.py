"""The transactional outbox: events written in the same transaction as the change they announce.

The worker claims due rows in small batches and hands each to the consumers registered for its topic
(webhooks, notifications, arriving with later capabilities). On PostgreSQL rows are claimed with
FOR UPDATE SKIP LOCKED plus a lease, so any number of workers share the queue without double
delivery; on SQLite the BEGIN IMMEDIATE write lock serialises claims.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Index, Integer, String, Text, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.clock import Clock
from domain.shared.db import Base, BigIntKey, Database, JSONDocument, UTCDateTime

log = logging.getLogger("frontline.outbox")

CLAIM_LEASE = timedelta(minutes=2)
MAX_BACKOFF = timedelta(hours=1)


class OutboxEvent(Base):
    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_events_due", "processed_at", "available_at"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    available_at: Mapped[datetime] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)


def append(session: AsyncSession, *, clock: Clock, topic: str, payload: dict[str, Any]) -> None:
    now = clock.now()
    session.add(OutboxEvent(topic=topic, payload=payload, occurred_at=now, available_at=now, attempts=0))


Consumer = Callable[[OutboxEvent], Awaitable[None]]


def consumers_for(topic: str, consumers: Mapping[str, list[Consumer]]) -> list[Consumer]:
    """Consumers registered for the exact topic or a `prefix.*` pattern covering it."""
    found: list[Consumer] = []
    for pattern, handlers in consumers.items():
        if pattern == topic or (pattern.endswith(".*") and topic.startswith(pattern[:-1])) or pattern == "*":
            found.extend(handlers)
    return found


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff, capped (the exponent is capped first so the number stays small)."""
    return min(timedelta(seconds=2 ** min(max(attempts, 0), 20)), MAX_BACKOFF)


async def claim_batch(session: AsyncSession, *, clock: Clock, limit: int) -> list[OutboxEvent]:
    now = clock.now()
    query = (
        select(OutboxEvent)
        .where(
            OutboxEvent.processed_at.is_(None),
            OutboxEvent.available_at <= now,
            or_(OutboxEvent.locked_until.is_(None), OutboxEvent.locked_until < now),
        )
        .order_by(OutboxEvent.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    events = list((await session.scalars(query)).all())
    if events:
        await session.execute(
            update(OutboxEvent).where(OutboxEvent.id.in_([e.id for e in events])).values(locked_until=now + CLAIM_LEASE)
        )
    return events


async def dispatch_once(
    database: Database, *, clock: Clock, consumers: Mapping[str, list[Consumer]], limit: int = 100
) -> int:
    """Claim one batch, run its consumers, record the outcome. Returns how many events were handled."""
    async with database.session_scope() as session:
        events = await claim_batch(session, clock=clock, limit=limit)
        claimed = [(e.id, e) for e in events]
    for event_id, event in claimed:
        error: str | None = None
        try:
            for consumer in consumers_for(event.topic, consumers):
                await consumer(event)
        except Exception as exc:  # a consumer failure must not stop the loop; it is retried later
            log.exception("outbox consumer failed for event %s (%s)", event_id, event.topic)
            error = f"{type(exc).__name__}: {exc}"
        async with database.session_scope() as session:
            now = clock.now()
            if error is None:
                values: dict[str, Any] = {"processed_at": now, "locked_until": None}
            else:
                values = {
                    "attempts": event.attempts + 1,
                    "available_at": now + retry_delay(event.attempts + 1),
                    "locked_until": None,
                    "last_error": error[:2000],
                }
            await session.execute(update(OutboxEvent).where(OutboxEvent.id == event_id).values(**values))
    return len(claimed)
