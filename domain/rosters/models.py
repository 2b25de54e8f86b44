"""Shift templates per store, a roster per store and week with its assignments, HR's overrides of
company rules, shift swaps, and the versioned roster policy."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class ShiftTemplate(Base):
    """A store's shift (早班 07:00-15:00): local start and end (an end at or before the start crosses
    midnight), unpaid break, and the headcount it needs on each weekday (Monday first)."""

    __tablename__ = "shift_templates"
    __table_args__ = (UniqueConstraint("store_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(100))
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    break_minutes: Mapped[int] = mapped_column(Integer, default=0)
    headcount: Mapped[list[int]] = mapped_column(JSON)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RosterStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class Roster(Base):
    """One store's week (in its time zone, starting on the policy's weekday). `version` is the
    compare-and-set every change names, so two managers editing at once get one winner and a 409."""

    __tablename__ = "rosters"
    __table_args__ = (UniqueConstraint("store_id", "week_start"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    week_start: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default=RosterStatus.DRAFT.value)
    version: Mapped[int] = mapped_column(Integer, default=1)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    published_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RosterShift(Base):
    """One person on one shift, starting on `day` (the store's local date)."""

    __tablename__ = "roster_shifts"
    __table_args__ = (
        UniqueConstraint("roster_id", "employee_id", "day", "template_id"),
        Index("ix_roster_shifts_employee_id_day", "employee_id", "day"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    roster_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rosters.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    day: Mapped[date] = mapped_column(Date)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift_templates.id", ondelete="RESTRICT"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RosterOverride(Base):
    """HR waives one company rule (rest, consecutive days) for one person in one roster week, with a
    reason; legal protections and a person's own needs have no override."""

    __tablename__ = "roster_overrides"
    __table_args__ = (UniqueConstraint("roster_id", "employee_id", "rule"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    roster_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("rosters.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    rule: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SwapStatus(enum.StrEnum):
    OFFERED = "offered"
    TAKEN = "taken"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ShiftSwap(Base):
    """An employee offers a published shift, a colleague takes it, the store manager approves: the
    shift then moves to the taker, checked against the same rules."""

    __tablename__ = "shift_swaps"
    __table_args__ = (Index("ix_shift_swaps_store_id_status", "store_id", "status"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    store_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    roster_shift_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("roster_shifts.id", ondelete="SET NULL"))
    day: Mapped[date] = mapped_column(Date)
    template_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shift_templates.id", ondelete="RESTRICT"))
    offered_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    taken_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=SwapStatus.OFFERED.value)
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    comment: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RosterPolicyVersion(Base):
    """A version of the company's roster rules (domain/rosters/policy.py); the highest is in force."""

    __tablename__ = "roster_policies"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
