"""Sales as POS/ERP systems push them, and their daily roll-ups per store and per seller."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, UTCDateTime


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
