"""The audit trail: who changed what, when, and through which request.

Every state-changing service call appends one row in the same transaction as the change. Rows are
never updated or deleted by the application; the database refuses it too (triggers in migrations).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import Index, String, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.access import require_role
from domain.shared.actor import Actor, Role
from domain.shared.clock import Clock
from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.i18n import _
from domain.shared.pagination import DEFAULT_LIMIT, Slice, cursor_int, decode_cursor, encode_cursor


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity_type", "entity_id"),
        Index("ix_audit_log_actor_id", "actor_id"),
        Index("ix_audit_log_occurred_at", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_kind: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[uuid.UUID | None]
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(64))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    request_id: Mapped[str | None] = mapped_column(String(128))


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Fields whose value differs, as {field: {"before": old, "after": new}} in JSON-safe values."""
    keys = sorted(set(before) | set(after))
    return {
        key: {"before": _plain(before.get(key)), "after": _plain(after.get(key))}
        for key in keys
        if _plain(before.get(key)) != _plain(after.get(key))
    }


async def record(
    session: AsyncSession,
    *,
    actor: Actor | None,
    clock: Clock,
    action: str,
    entity_type: str,
    entity_id: uuid.UUID | str,
    changes: dict[str, Any],
) -> None:
    session.add(
        AuditEntry(
            occurred_at=clock.now(),
            actor_kind=actor.kind if actor else "system",
            actor_id=actor.account_id if actor else None,
            action=action,
            entity_type=entity_type,
            entity_id=str(entity_id),
            changes=changes,
            request_id=actor.request_id if actor else None,
        )
    )


class AuditEntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    occurred_at: datetime
    actor_kind: str
    actor_id: uuid.UUID | None
    action: str
    entity_type: str
    entity_id: str
    changes: dict[str, Any]
    request_id: str | None


async def list_entries(
    session: AsyncSession,
    *,
    actor: Actor,
    entity_type: str | None = None,
    entity_id: str | None = None,
    actor_id: uuid.UUID | None = None,
    action: str | None = None,
    occurred_from: datetime | None = None,
    occurred_to: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> Slice[AuditEntry]:
    """Newest first. Only HR and admins read the trail."""
    require_role(actor, Role.HR, Role.ADMIN, refusal=_("Only HR and administrators may read the audit trail."))
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit + 1)
    if entity_type is not None:
        query = query.where(AuditEntry.entity_type == entity_type)
    if entity_id is not None:
        query = query.where(AuditEntry.entity_id == entity_id)
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    if action is not None:
        query = query.where(AuditEntry.action == action)
    if occurred_from is not None:
        query = query.where(AuditEntry.occurred_at >= occurred_from)
    if occurred_to is not None:
        query = query.where(AuditEntry.occurred_at < occurred_to)
    if cursor is not None:
        (last_id,) = decode_cursor(cursor, arity=1)
        query = query.where(AuditEntry.id < cursor_int(last_id))
    rows = list((await session.scalars(query)).all())
    next_cursor = encode_cursor([rows[limit - 1].id]) if len(rows) > limit else None
    return Slice(items=rows[:limit], next_cursor=next_cursor)
