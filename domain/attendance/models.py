"""Punches (clock-ins and -outs) and the Wi-Fi access points that prove presence indoors."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.attendance.rules import Method, PunchKind
from domain.org.models import enum_column
from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class StoreAccessPoint(Base):
    __tablename__ = "store_access_points"
    __table_args__ = (UniqueConstraint("store_id", "bssid"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    bssid: Mapped[str] = mapped_column(String(17))
    label: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ClockIn(Base):
    """One accepted punch. Refused punches are answered, not stored; flagged ones are stored and
    wait for the store manager's review."""

    __tablename__ = "clock_ins"
    __table_args__ = (
        # "the previous punch": the person's latest at or before a moment, the later-recorded first
        Index("ix_clock_ins_employee_id_punched_at_sequence", "employee_id", "punched_at", "sequence"),
        Index("ix_clock_ins_store_id_punched_at", "store_id", "punched_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    kind: Mapped[PunchKind] = mapped_column(enum_column(PunchKind, "punch_kind"))
    # The time the punch counts at: receipt, or the phone's time for an offline punch.
    punched_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    client_time: Mapped[datetime] = mapped_column(UTCDateTime())
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    accuracy_m: Mapped[float] = mapped_column(Float)
    distance_m: Mapped[float] = mapped_column(Float)
    method: Mapped[Method] = mapped_column(enum_column(Method, "punch_method"))
    device_id: Mapped[str] = mapped_column(String(128))
    wifi_bssid: Mapped[str | None] = mapped_column(String(17))
    qr_window: Mapped[int | None] = mapped_column(Integer)
    flags: Mapped[list[str]] = mapped_column(JSONDocument)
    flagged: Mapped[bool] = mapped_column(Boolean)
    review_status: Mapped[str | None] = mapped_column(String(16))
    reviewed_by: Mapped[uuid.UUID | None]
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_reason: Mapped[str | None] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(String(128))
    # The person's punches numbered in the order they were recorded (1, 2, ...; see ClockInSequence):
    # of two punches at the same instant, the later-recorded one is the later.
    sequence: Mapped[int] = mapped_column(BigInteger)


class ClockInSequence(Base):
    """How many punches a person has recorded: the row concurrent punches of one person
    compare-and-set. A punch is decided on what its read saw (the previous punch, and this number);
    it is written only if the number still is what the read saw, moving it on by one in the same
    statement. Otherwise another punch of the person landed in between: nothing is written and the
    punch is decided again in a transaction that locks this row before reading (as the session path
    always does), so any interleaving ends as some serial order (one open `in`, impossible travel
    judged against the real previous punch), across processes and replicas."""

    __tablename__ = "clock_in_sequences"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(BigInteger)
