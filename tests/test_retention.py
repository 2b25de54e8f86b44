"""Retention: the worker drops finished records past their configured age (read notifications,
finished webhook deliveries with their attempts, handled outbox events, expired idempotency keys), a
batch per pass, and keeps everything still in use: unread notifications, deliveries still being
retried, anything younger than its age."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.worker import Worker, retention_jobs
from domain.notifications.models import Notification
from domain.shared import retention
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.idempotency import IdempotencyRecord
from domain.webhooks.models import WebhookAttempt, WebhookDelivery
from tests.api.test_webhooks import subscribe, webhook_client
from tests.conftest import make_settings
from tests.factories import World

DAY = timedelta(days=1)


async def count(session: AsyncSession, model: Any, *where: Any) -> int:
    return int(await session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


async def add_notifications(database: Database, world: World, clock: ManualClock, **ages: int) -> None:
    """`read=3` adds three notifications read now, `unread=2` two unread ones."""
    account = world.accounts["staff_s1"]
    rows = [
        {
            "id": uuid.uuid4(),
            "account_id": account,
            "kind": "ticket.closed",
            "params": {"title": f"{state} {n}"},
            "created_at": clock.now(),
            "read_at": clock.now() if state == "read" else None,
        }
        for state, how_many in ages.items()
        for n in range(how_many)
    ]
    async with database.session_scope() as session:
        await session.execute(insert(Notification), rows)


def worker_with(database: Database, clock: ManualClock, tmp_path: Any, **settings: Any) -> Worker:
    configured = make_settings(database.url, tmp_path / "worker", **settings)
    jobs = retention_jobs(configured.retention())
    return Worker(database, clock=clock, poll_interval_s=0.01, subscribers=[], jobs=jobs)


async def drain(worker: Worker) -> int:
    passes = 0
    while await worker.run_once():
        passes += 1
    return passes


async def test_read_notifications_go_after_their_age_in_batches_and_unread_ones_stay(
    database: Database, world: World, clock: ManualClock, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(retention, "PURGE_BATCH", 4)
    await add_notifications(database, world, clock, read=10, unread=3)
    clock.advance(29 * DAY)
    await add_notifications(database, world, clock, read=2)  # read 1 day before the others' 30th
    clock.advance(DAY + timedelta(seconds=1))
    worker = worker_with(database, clock, tmp_path, retention_read_notifications_days=30)
    assert await worker.run_once() == 4  # one batch per pass
    assert await drain(worker) == 2  # 4 + 2 more, then nothing
    async with database.session_scope() as session:
        assert await count(session, Notification, Notification.read_at.is_(None)) == 3
        assert await count(session, Notification, Notification.read_at.is_not(None)) == 2


async def test_finished_webhook_deliveries_go_with_their_attempts_and_pending_ones_stay(
    client: httpx.AsyncClient, database: Database, world: World, clock: ManualClock, tmp_path: Any
):
    bot = await webhook_client(client, world)
    subscription = uuid.UUID((await subscribe(client, bot))["id"])

    def delivery(status: str) -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "subscription_id": subscription,
            "event_id": uuid.uuid4().hex,
            "event_type": "ticket.closed",
            "payload": {},
            "status": status,
            "attempts": 1,
            "next_attempt_at": clock.now(),
            "created_at": clock.now(),
        }

    old = [delivery("delivered"), delivery("failed"), delivery("pending")]
    async with database.session_scope() as session:
        await session.execute(insert(WebhookDelivery), old)
        await session.execute(
            insert(WebhookAttempt),
            [{"delivery_id": d["id"], "attempted_at": clock.now(), "duration_ms": 5} for d in old],
        )
    clock.advance(8 * DAY)
    async with database.session_scope() as session:
        await session.execute(insert(WebhookDelivery), [delivery("delivered")])
    clock.advance(timedelta(seconds=1))
    await drain(worker_with(database, clock, tmp_path, retention_webhook_deliveries_days=8))
    async with database.session_scope() as session:
        left = sorted((await session.execute(select(WebhookDelivery.status))).scalars())
        attempts = await count(session, WebhookAttempt)
    assert left == ["delivered", "pending"]  # the young delivered one and the one still retried
    assert attempts == 1  # the pending one's


async def test_expired_idempotency_keys_go_a_batch_at_a_time(
    database: Database, clock: ManualClock, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
):
    monkeypatch.setattr(retention, "PURGE_BATCH", 5)
    owner = uuid.uuid4()
    rows = [
        {
            "owner_id": owner,
            "key": f"k{n}",
            "request_hash": "h",
            "status_code": 201,
            "response": {},
            "created_at": clock.now(),
            "expires_at": clock.now() + (DAY if n < 12 else 10 * DAY),
        }
        for n in range(14)
    ]
    async with database.session_scope() as session:
        await session.execute(insert(IdempotencyRecord), rows)
    clock.advance(2 * DAY)
    worker = worker_with(database, clock, tmp_path)
    assert await worker.run_once() == 5
    await drain(worker)
    async with database.session_scope() as session:
        assert sorted((await session.execute(select(IdempotencyRecord.key))).scalars()) == ["k12", "k13"]


def test_retention_ages_come_from_the_settings(tmp_path: Any):
    configured = make_settings(
        "sqlite+aiosqlite:///unused.db",
        tmp_path,
        retention_handled_events_days=3,
        retention_webhook_deliveries_days=14,
        retention_read_notifications_days=90,
    ).retention()
    assert configured == retention.Retention(
        handled_events=3 * DAY, finished_webhook_deliveries=14 * DAY, read_notifications=90 * DAY
    )
