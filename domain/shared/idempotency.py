"""Idempotency keys: a client that retries (phones on weak networks, ERP/POS pushes) gets the first
answer again instead of a second effect.

Answer-first: a request does its work, then stores its key with its answer in the same transaction
as the effect. Only one row per key can exist: a retry, or a twin racing the first attempt, finds the
key taken (on PostgreSQL its insert waits for the first one's commit; on SQLite the write lock
serialises them), rolls its own effect back and replays the stored answer. Keys are scoped to the
caller and kept for the retention period (at least 7 days, for offline queues).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Integer, String, Table, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.clock import Clock
from domain.shared.db import Base, Database, DriverStatement, JSONDocument, UTCDateTime, driver_value
from domain.shared.errors import InvalidInput
from domain.shared.i18n import _
from domain.shared.retention import purge_batch
from domain.shared.upsert import PerDatabase

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


keys = cast(Table, IdempotencyRecord.__table__)
LOOKUP = select(keys.c.request_hash, keys.c.status_code, keys.c.response).where(
    keys.c.owner_id == bindparam("owner_id"), keys.c.key == bindparam("key")
)
_REMEMBER = PerDatabase(
    lambda insert: insert(keys).on_conflict_do_nothing(index_elements=["owner_id", "key"]).returning(keys.c.key)
)

LOOKUP_DIRECT = DriverStatement(LOOKUP)
KEY_COLUMNS: tuple[str, ...] = tuple(column.name for column in keys.columns)


def insert_answers_from(source: str) -> str:
    """PostgreSQL: the INSERT storing the answers a hot-path statement selects from `source` (a CTE
    with the key columns, typed as `driver_array_type` sends them), for statements that write their
    effect with their key in one go (attendance's STORE_ANSWERS). Keys go in key order, so two such
    statements never wait for each other's keys in a cycle; a key already taken stores nothing.
    Returns the (owner_id, key) of each answer stored."""
    values = ", ".join(driver_value(keys.c[name]) for name in KEY_COLUMNS)
    # the table's own names; `source` is a CTE name of the caller's constant statement
    return (
        f"INSERT INTO {keys.name} ({', '.join(KEY_COLUMNS)}) SELECT {values} FROM {source} "  # noqa: S608
        f"ORDER BY {keys.c.owner_id.name}, {keys.c.key.name} "
        f"ON CONFLICT ({keys.c.owner_id.name}, {keys.c.key.name}) DO NOTHING "
        f"RETURNING {keys.c.owner_id.name}, {keys.c.key.name}"
    )


@dataclass(frozen=True, slots=True)
class AnswerToStore:
    """An answer to store under its key (PostgreSQL's one-statement path, see run_once_direct)."""

    owner_id: uuid.UUID
    key: str
    fingerprint: str
    status_code: int
    body_json: str
    now: datetime
    retention: timedelta = DEFAULT_RETENTION

    def values(self) -> dict[str, Any]:
        """The key row's values by column (`insert_answers_from`), JSON as text."""
        return {
            "owner_id": self.owner_id,
            "key": self.key,
            "request_hash": self.fingerprint,
            "status_code": self.status_code,
            "response": self.body_json,
            "created_at": self.now,
            "expires_at": self.now + self.retention,
        }


def request_fingerprint(operation: str, body: Any) -> str:
    canonical = json.dumps([operation, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    status_code: int
    body: Any


async def lookup(session: AsyncSession, *, owner_id: uuid.UUID, key: str, fingerprint: str) -> StoredAnswer | None:
    """The answer already given to this key, or None. The same key with another body is refused."""
    connection = await session.connection()
    row = (await connection.execute(LOOKUP, {"owner_id": owner_id, "key": key})).first()
    if row is None or row.status_code is None:
        return None
    _check_fingerprint(row.request_hash, fingerprint)
    return StoredAnswer(row.status_code, row.response)


def _check_fingerprint(stored: str, fingerprint: str) -> None:
    if stored != fingerprint:
        raise InvalidInput(
            _("This Idempotency-Key was already used with a different request; use a new key for a new request."),
            slug="idempotency.mismatch",
        )


async def remember(
    session: AsyncSession,
    *,
    owner_id: uuid.UUID,
    key: str,
    fingerprint: str,
    status_code: int,
    body: Any,
    now: datetime,
    retention: timedelta = DEFAULT_RETENTION,
) -> bool:
    """Stores the answer; False when another request stored one for this key first."""
    connection = await session.connection()
    statement = _REMEMBER.on(connection)
    inserted = await connection.execute(
        statement,
        {
            "owner_id": owner_id,
            "key": key,
            "request_hash": fingerprint,
            "status_code": status_code,
            "response": body,
            "created_at": now,
            "expires_at": now + retention,
        },
    )
    return inserted.first() is not None


async def lookup_direct(connection: Any, *, owner_id: uuid.UUID, key: str, fingerprint: str) -> tuple[int, str] | None:
    """`lookup` on a bare asyncpg connection (PostgreSQL): (status, the answer as JSON text), so a
    replay is sent as stored without being decoded and encoded again."""
    row = await connection.fetchrow(LOOKUP_DIRECT.sql, *LOOKUP_DIRECT.args({"owner_id": owner_id, "key": key}))
    if row is None or row["status_code"] is None:
        return None
    _check_fingerprint(row["request_hash"], fingerprint)
    return row["status_code"], row["response"]


async def purge_expired(database: Database, clock: Clock) -> int:
    """Worker job: forgets a batch of keys past their retention."""
    keys = (IdempotencyRecord.owner_id, IdempotencyRecord.key)
    return await purge_batch(database, keys, IdempotencyRecord.expires_at < clock.now())
