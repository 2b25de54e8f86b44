"""Frontline postings (openings at a store or project for a period), the skill catalogue HR keeps,
and the skills people hold (recorded by HR or declared by themselves)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, UTCDateTime
from domain.shared.ids import new_id


class PostingStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    FILLED = "filled"
    CLOSED = "closed"


class Posting(Base):
    """An opening at a store or project for [start_date, end_date]: the shift templates it works
    (or day shifts only), hours a week, headcount, skills wanted, tags, who may apply. The store's
    coordinates are copied on, indexed, so "near me" is a bounding-box read before exact distance."""

    __tablename__ = "postings"
    __table_args__ = (Index("ix_postings_status_latitude_longitude", "status", "latitude", "longitude"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    template_ids: Mapped[list[str]] = mapped_column(JSON)
    day_shifts_only: Mapped[bool] = mapped_column(Boolean, default=False)
    hours_per_week: Mapped[int] = mapped_column(Integer)
    headcount: Mapped[int] = mapped_column(Integer)
    taken: Mapped[int] = mapped_column(Integer, default=0)
    skills: Mapped[list[str]] = mapped_column(JSON)
    tags: Mapped[list[str]] = mapped_column(JSON)
    eligible_unit_ids: Mapped[list[str]] = mapped_column(JSON)
    # [{"course_code": ..., "pass_mark": ...}]: courses an applicant must pass before starting
    required_courses: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(16), default=PostingStatus.DRAFT.value)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    opened_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ApplicationStatus(enum.StrEnum):
    PENDING = "pending"
    SHORTLISTED = "shortlisted"
    APPROVED = "approved"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class PostingApplication(Base):
    """One person's application to a posting: the secondment request it made (decided through the
    usual chain) and where it stands. Approval of the request takes a slot of the posting."""

    __tablename__ = "posting_applications"
    __table_args__ = (
        UniqueConstraint("posting_id", "employee_id"),
        Index("ix_posting_applications_transfer_id", "transfer_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    posting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("postings.id", ondelete="CASCADE"))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default=ApplicationStatus.PENDING.value)
    readiness_reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
