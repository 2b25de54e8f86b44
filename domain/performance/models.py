"""Metric values per subject (a store or an employee) and period, whoever supplied them."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, UTCDateTime
from domain.shared.ids import new_id


class MetricValue(Base):
    """One value of one metric for one subject and period; a later push for the same key replaces it.

    Values are exact: micro-units (value x 1,000,000) in a big integer, shown as decimal strings.
    Until metric definitions exist the code is free text, kept as the source sent it.
    """

    __tablename__ = "metric_values"
    __table_args__ = (
        UniqueConstraint("metric_code", "subject_kind", "subject_id", "period_start", "period_end"),
        Index("ix_metric_values_period", "period_start", "period_end"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    metric_code: Mapped[str] = mapped_column(String(64))
    subject_kind: Mapped[str] = mapped_column(String(16))  # "store" | "employee"
    subject_id: Mapped[uuid.UUID]
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    value_micro: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(16))  # "pushed" | "manual"
    client_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("integration_clients.id", ondelete="SET NULL"))
    entered_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
