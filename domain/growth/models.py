"""Growth: promotion eligibility rules HR keeps (a conjunction of conditions over data the system
already has), the notices that tell a person they became eligible (one per person, rule and
version of the rule), the watermark that lets the worker re-evaluate only when data moved, and
secondments' mentors with their check-ins."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class EligibilityRule(Base):
    """What a role or title asks of a person (晋升条件): the conditions, who is evaluated (holders of
    `applies_to_roles`; none: everyone active) and a version that changes with every edit."""

    __tablename__ = "eligibility_rules"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    local_title: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(200))
    applies_to_roles: Mapped[list[str]] = mapped_column(JSONDocument)
    conditions: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EligibilityNotice(Base):
    """A person was told they meet a rule (晋升机会提醒). The key makes the notice once per
    qualification whichever worker finds it first; a changed rule (new version) may tell again."""

    __tablename__ = "eligibility_notices"

    rule_code: Mapped[str] = mapped_column(ForeignKey("eligibility_rules.code", ondelete="CASCADE"), primary_key=True)
    rule_version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EligibilityWatermark(Base):
    """One row: what the data looked like when eligibility was last evaluated (the latest closing,
    credit, assignment change and rule edit, and the day), so a pass with nothing new costs one read."""

    __tablename__ = "eligibility_watermarks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    mark: Mapped[str] = mapped_column(String(400))
    evaluated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Mentorship(Base):
    """A head-office mentor for one secondment (chosen by the mentee's department head or HR), for
    as long as the secondment's assignment lasts (early returns and extensions move it). The
    reminder columns hold the day the check-in gap was counted from when the mentor, then the
    department head, were told it ran over: once per gap."""

    __tablename__ = "mentorships"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"), unique=True)
    mentee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), index=True)
    assigned_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    mentor_reminded_for: Mapped[date | None] = mapped_column(Date)
    head_reminded_for: Mapped[date | None] = mapped_column(Date)
    # the mentor's summary of the posting, for the growth report
    summary: Mapped[str | None] = mapped_column(Text)


class MentorCheckIn(Base):
    """A check-in the mentor logged (the day, notes, how the mentee is doing, optionally a practice
    score that earns practice credits), with the mentee's own notes and rating of the support."""

    __tablename__ = "mentor_check_ins"
    __table_args__ = (Index("ix_mentor_check_ins_mentorship_id_held_on", "mentorship_id", "held_on"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    mentorship_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("mentorships.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text)
    mentee_state: Mapped[str] = mapped_column(String(16))  # thriving | steady | struggling
    practice_course_code: Mapped[str | None] = mapped_column(ForeignKey("courses.code", ondelete="RESTRICT"))
    practice_score: Mapped[int | None] = mapped_column(Integer)
    mentee_notes: Mapped[str | None] = mapped_column(Text)
    support_rating: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PostingFeedback(Base):
    """The receiving store manager's written feedback on a secondee, written during the posting and
    carried into the growth report."""

    __tablename__ = "posting_feedback"

    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    written_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime())


class GrowthReport(Base):
    """The end-of-posting growth report (成长报告), written once by the worker when the secondment has
    ended and its months are closed: the document as the API shows it, kept as written."""

    __tablename__ = "growth_reports"

    transfer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("transfers.id", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), index=True)
    document: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime())
