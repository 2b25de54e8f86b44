"""Idempotency keys: a client that retries (phones on weak networks, ERP/POS pushes) gets the first
answer again instead of a second effect.

The key row is inserted in the same transaction as the effect. A concurrent retry with the same key
blocks on the unique key (PostgreSQL) or on the write lock (SQLite) until the first commits, then
finds the stored answer and replays it; if the first rolled back, the retry does the work itself.
Keys are scoped to the caller and kept for the retention period (at least 7 days for offline queues).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, String, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.errors import Conflict, InvalidInput

DEFAULT_RETENTION = timedelta(days=8)


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_keys"

    owner_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int | None] = mapped_column(Integer)
    response: Mapped[Any | None] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


def request_fingerprint(operation: str, body: Any) -> str:
    canonical = json.dumps([operation, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    status_code: int
    body: Any


async def claim(
    session: AsyncSession,
    *,
    owner_id: uuid.UUID,
    key: str,
    fingerprint: str,
    now: datetime,
    retention: timedelta = DEFAULT_RETENTION,
) -> StoredAnswer | None:
    """Claims the key for this request (None: go ahead) or returns the answer already given."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    statement = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(IdempotencyRecord).values(
        owner_id=owner_id, key=key, request_hash=fingerprint, created_at=now, expires_at=now + retention
    )
    claimed = await session.execute(
        statement.on_conflict_do_nothing(index_elements=["owner_id", "key"]).returning(IdempotencyRecord.key)
    )
    if claimed.first() is not None:
        return None
    existing = (
        await session.execute(
            select(IdempotencyRecord.request_hash, IdempotencyRecord.status_code, IdempotencyRecord.response).where(
                IdempotencyRecord.owner_id == owner_id, IdempotencyRecord.key == key
            )
        )
    ).first()
    if existing is None:  # expired and purged between the two statements: treat as new
        await session.execute(
            insert(IdempotencyRecord).values(
                owner_id=owner_id, key=key, request_hash=fingerprint, created_at=now, expires_at=now + retention
            )
        )
        return None
    if existing.request_hash != fingerprint:
        raise InvalidInput(
            "This Idempotency-Key was already used with a different request; use a new key for a new request.",
            slug="idempotency.mismatch",
        )
    if existing.status_code is None:
        raise Conflict(
            "A request with this Idempotency-Key is still being processed; retry shortly.",
            slug="idempotency.in_progress",
            retry_after_s=1,
        )
    return StoredAnswer(existing.status_code, existing.response)


async def complete(session: AsyncSession, *, owner_id: uuid.UUID, key: str, status_code: int, body: Any) -> None:
    await session.execute(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.owner_id == owner_id, IdempotencyRecord.key == key)
        .values(status_code=status_code, response=body)
    )


async def purge_expired(session: AsyncSession, *, now: datetime) -> int:
    result = await session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at < now))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
