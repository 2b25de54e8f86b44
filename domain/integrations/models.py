"""Machines as users: integration clients and their secrets, per-client rate windows, ingested
sales with their daily roll-ups, and outgoing webhooks with their delivery log."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
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


class SalesLine(Base):
    """One sales line as a POS/ERP sent it; (client, external_id) makes a re-sent line count once.

    The highest-volume table: no foreign keys (each would cost a lookup per row, more than the
    insert itself). Ids come from the client's token and from codes resolved in the same
    transaction, and stores, employees and clients are never deleted, only closed or revoked.
    """

    __tablename__ = "sales_lines"
    __table_args__ = (
        UniqueConstraint("client_id", "external_id"),
        Index("ix_sales_lines_store_id_business_date", "store_id", "business_date"),
    )

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    client_id: Mapped[uuid.UUID]
    external_id: Mapped[str] = mapped_column(String(128))
    store_id: Mapped[uuid.UUID]
    employee_id: Mapped[uuid.UUID | None]
    sku: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    sold_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # the store's local calendar day of sold_at: what daily roll-ups and periods count by
    business_date: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DailyStoreSales(Base):
    """A store's sales of one local day and currency, added to as lines arrive (late ones included).

    Like sales lines, the roll-ups have no foreign keys: each would cost a lookup and a row lock on
    the store or employee per rolled-up row, about a fifth of a batch's time (bench/ingest.py). Ids
    are resolved from codes in the same transaction, and a database guard refuses to delete a store
    or an employee with sales history (migrations/sales_history.py), as the foreign keys did.
    """

    __tablename__ = "daily_store_sales"

    store_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    quantity: Mapped[int] = mapped_column(BigInteger)
    lines: Mapped[int] = mapped_column(Integer)


class DailyEmployeeSales(Base):
    """An employee's sales at one store, local day and currency (commission credit); no foreign
    keys, for the reason given on DailyStoreSales."""

    __tablename__ = "daily_employee_sales"

    employee_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    store_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    business_date: Mapped[date] = mapped_column(Date, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    quantity: Mapped[int] = mapped_column(BigInteger)
    lines: Mapped[int] = mapped_column(Integer)


class WebhookSubscription(Base):
    """Where a client wants events delivered. The secret signs deliveries, so it is kept (it is ours,
    generated per subscription, shown once, and rotated by replacing the subscription's secret)."""

    __tablename__ = "webhook_subscriptions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("integration_clients.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    events: Mapped[list[str]] = mapped_column(JSONDocument)
    secret: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # set at the first failed attempt of a failing streak, cleared by a success
    failing_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WebhookDelivery(Base):
    """One event for one subscription: retried with backoff until delivered or 24 hours have passed."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id"),
        Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    subscription_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"), index=True
    )
    # the outbox event id (a manual redelivery makes a new delivery with a new event id suffix)
    event_id: Mapped[str] = mapped_column(String(64))
    event_type: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_status_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class WebhookAttempt(Base):
    """The delivery log: every attempt with its outcome."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    delivery_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True)
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer)


class ChangeFeedCounter(Base):
    """SQLite only: the last change_seq handed out per synced table. A counter that never goes back
    (not max()+1), so deleting the newest row cannot make a number come round twice."""

    __tablename__ = "change_feed_counters"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
