"""Machines as users: integration clients, their secrets and per-client rate windows."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class IntegrationClient(Base):
    """A machine (POS, ERP, HR system) with scopes and, optionally, the org units it may act for."""

    __tablename__ = "integration_clients"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    scopes: Mapped[list[str]] = mapped_column(JSONDocument)
    # None: the whole organisation; else the subtrees of these units.
    unit_ids: Mapped[list[str] | None] = mapped_column(JSONDocument)
    rate_limit_per_minute: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ClientSecret(Base):
    """Only a hash is kept. After a rotation the previous secret works until `expires_at` (grace)."""

    __tablename__ = "integration_client_secrets"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("integration_clients.id", ondelete="CASCADE"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class RateWindow(Base):
    """Requests per client per fixed one-minute window, shared by every replica through the database."""

    __tablename__ = "integration_rate_windows"

    client_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("integration_clients.id", ondelete="CASCADE"), primary_key=True
    )
    window_start: Mapped[datetime] = mapped_column(UTCDateTime(), primary_key=True)
    hits: Mapped[int] = mapped_column(Integer)
