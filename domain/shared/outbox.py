"""The transactional outbox: events written in the same transaction as the change they announce.

Rows are written by domain/shared/events.py (the one recorder) and read by
domain/shared/subscribers.py, which fans each event out once to every subscriber that wants it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from sqlalchemy import Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime


class OutboxEvent(Base):
    __tablename__ = "outbox_events"
    __table_args__ = (Index("ix_outbox_events_pending", "fanned_out_at", "id"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    topic: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # set when every subscriber wanting the event has its task (domain/shared/subscribers.py)
    fanned_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


def insert_events_head(*columns: str) -> str:
    """PostgreSQL: `INSERT INTO outbox_events (columns)` for a hot-path statement that records
    events in the statement that makes the change (attendance's STORE_ANSWERS); the names are
    checked against the table here, so a change to the table breaks at import, not in production."""
    table = cast(Table, OutboxEvent.__table__)
    return f"INSERT INTO {table.name} ({', '.join(table.c[name].name for name in columns)})"
