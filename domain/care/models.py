"""The care profile (sealed, per consented category), who read it, the protection policy in force,
and flexible arrangements with their approval trail."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, BigIntKey, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class Category(enum.StrEnum):
    """Each part of the profile is consented to, stored, exported and withdrawn on its own. Health
    (pregnancy, nursing) and minors' data (children) are sensitive personal information under PIPL."""

    SEX = "sex"
    HOME = "home"
    CHILDREN = "children"
    PREGNANCY = "pregnancy"
    NURSING = "nursing"
    SAFETY = "safety"
    NOTES = "notes"


class CareRecord(Base):
    """One category of one person's profile, sealed (domain/shared/sealing.py): the column holds
    no plaintext, and the sealed value only opens for this person and category."""

    __tablename__ = "care_records"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    sealed: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CareConsent(Base):
    """The person's consent to keep one category; withdrawing deletes it with the category's data."""

    __tablename__ = "care_consents"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CareAccessEntry(Base):
    """An HR read of someone's care profile: who, when, which categories, and the purpose they gave.
    The person reads their own entries; nothing updates or deletes them."""

    __tablename__ = "care_access_log"
    __table_args__ = (Index("ix_care_access_log_employee_id_id", "employee_id", "id"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    reader_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    reader_name: Mapped[str] = mapped_column(String(200))
    categories: Mapped[list[str]] = mapped_column(JSON)
    purpose: Mapped[str] = mapped_column(Text)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime())
    request_id: Mapped[str | None] = mapped_column(String(64))


class ProtectionPolicyVersion(Base):
    """A version of the protection policy (domain/care/protections.py); the highest is in force.
    None stored: China's defaults hold."""

    __tablename__ = "protection_policies"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class ArrangementStatus(enum.StrEnum):
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class FlexibleArrangement(Base):
    """A person's request for a reduced day, remote days or a daily window, for [start_date,
    end_date]; it changes expected hours and volume targets once approved. It carries no reason: the
    reasons live in the care profile, which approvers other than HR never read."""

    __tablename__ = "flexible_arrangements"
    __table_args__ = (
        Index("ix_flexible_arrangements_employee_id_start_date", "employee_id", "start_date"),
        Index("ix_flexible_arrangements_status_current_step_since", "status", "current_step_since"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    requested_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    reduced_minutes: Mapped[int] = mapped_column(Integer, default=0)
    remote_days_per_week: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[time | None] = mapped_column(Time)
    window_end: Mapped[time | None] = mapped_column(Time)
    status: Mapped[str] = mapped_column(String(16))
    steps: Mapped[list[dict[str, str]]] = mapped_column(JSONDocument)
    current_step: Mapped[int | None] = mapped_column(Integer)
    current_step_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ArrangementTrailEntry(Base):
    """Every step of an arrangement: submitted, approved, rejected, withdrawn; who, when, the comment."""

    __tablename__ = "arrangement_trail"
    __table_args__ = (Index("ix_arrangement_trail_arrangement_id_id", "arrangement_id", "id"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    arrangement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("flexible_arrangements.id", ondelete="CASCADE"))
    step: Mapped[int | None] = mapped_column(Integer)
    step_name: Mapped[str | None] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(16))
    actor_account_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    actor_name: Mapped[str | None] = mapped_column(String(200))
    comment: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())


class ArrangementChain(Base):
    """The configured approval chain for arrangements (one row); absent: dept head, then HR."""

    __tablename__ = "arrangement_chains"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    steps: Mapped[list[dict[str, str]]] = mapped_column(JSONDocument)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class CarePeriod(Base):
    """A constraint the profile earns (domain/care/protections.py `profile_periods`), kept in the
    clear because it carries no reason: rosters, attendance and scores read these rows, never the
    sealed profile. Rewritten whole whenever the profile, a consent or the policy changes."""

    __tablename__ = "care_periods"
    __table_args__ = (Index("ix_care_periods_employee_id_start_date", "employee_id", "start_date"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    basis: Mapped[str] = mapped_column(String(16))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    minutes: Mapped[int | None] = mapped_column(Integer)
    starts: Mapped[time | None] = mapped_column(Time)
    ends: Mapped[time | None] = mapped_column(Time)
    km: Mapped[str | None] = mapped_column(String(16))


class WomenShareMember(Base):
    """A person the women's late-shift share counts (sex recorded as female, or a pregnancy or
    nursing on file), kept in the clear like the constraints: rosters read this row, never the
    sealed profile. Rewritten with the constraints; without the consented facts nobody is counted."""

    __tablename__ = "women_share_members"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
