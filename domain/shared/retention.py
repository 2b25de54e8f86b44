"""How long finished records are kept, and the one way they go: one batch per worker pass, each in a
short transaction of its own. The worker passes again at once while a job handled something, so a
backlog of a million rows drains in batches with the other jobs running between them, and no purge
holds a long transaction or a long lock."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, delete, select, tuple_

from domain.shared.db import Database

PURGE_BATCH = 5_000


@dataclass(frozen=True)
class Retention:
    """Ages past which finished records are dropped (configured in the worker's settings)."""

    handled_events: timedelta = timedelta(days=7)  # outbox events every subscriber has handled
    finished_webhook_deliveries: timedelta = timedelta(days=30)  # delivered or given up
    read_notifications: timedelta = timedelta(days=180)


async def purge_batch(
    database: Database, keys: tuple[Any, ...], *conditions: ColumnElement[bool], batch: int | None = None
) -> int:
    """Deletes up to `batch` (default PURGE_BATCH) rows that meet `conditions` from the table whose
    primary key columns `keys` are; returns how many (fewer than a batch: nothing is left for now)."""
    table = keys[0].table
    key = keys[0] if len(keys) == 1 else tuple_(*keys)
    chosen = select(*keys).where(*conditions).limit(batch or PURGE_BATCH)
    async with database.session_scope() as session:
        result = await session.execute(delete(table).where(key.in_(chosen)))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
