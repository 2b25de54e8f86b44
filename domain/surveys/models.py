"""Tables of the pulse surveys context (only this context writes them).

Anonymity by design: an answer (`SurveyResponse`) holds no person, no account and no time finer
than its wave, and its id is random; the fact of having answered lives on the invitation (for
reminders and "one answer per person and wave"). The figures read answers only of closed waves,
so no count moves while a wave is open (a count moving by one as one person answers would show
that person's answer)."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from domain.org.models import enum_column
from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class SurveyStatus(enum.StrEnum):
    DRAFT = "draft"  # HR is writing it; nothing is sent
    ACTIVE = "active"  # waves go out (one survey at a time); its questions are frozen
    RETIRED = "retired"  # no more waves; its answers stay in the figures


class Stage(enum.StrEnum):
    DURING = "during"  # on a posting when the wave opened
    END = "end"  # the posting ended since the last wave


class PulseSurvey(Base):
    """`scales`: [{"key", "text", "local_text"}], each answered 1 to 5; the first is the headline
    question the satisfaction figure counts. `reasons`: the single-choice options of "what weighs
    most on your posting". `comment_prompt`: the optional free-text question (none: no comment)."""

    __tablename__ = "pulse_surveys"
    __table_args__ = (
        Index(
            "uq_pulse_surveys_active",
            "status",
            unique=True,
            postgresql_where=text("status = 'active'"),
            sqlite_where=text("status = 'active'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    local_title: Mapped[str | None] = mapped_column(String(200))
    scales: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSONDocument)
    comment_prompt: Mapped[str | None] = mapped_column(Text)
    cadence_days: Mapped[int] = mapped_column(Integer)
    open_days: Mapped[int] = mapped_column(Integer)
    at_end: Mapped[bool] = mapped_column(Boolean)
    status: Mapped[SurveyStatus] = mapped_column(enum_column(SurveyStatus, "survey_status"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class SurveyWave(Base):
    """One round of a survey: opened on `opened_on` for everyone then on a posting (and those whose
    posting ended since the last round), answered up to `closes_on` inclusive, closed by the worker
    the day after. The unique (survey, day) lets only one of two racing workers open it."""

    __tablename__ = "survey_waves"
    __table_args__ = (UniqueConstraint("survey_id", "opened_on"), Index("ix_survey_waves_closes_on", "closes_on"))

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    survey_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("pulse_surveys.id", ondelete="CASCADE"))
    opened_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    invited: Mapped[int] = mapped_column(Integer)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SurveyInvitation(Base):
    """Who was asked in a wave, and whether they answered (not what). The primary key makes "one
    answer per person and wave" a compare-and-set on `answered_at`."""

    __tablename__ = "survey_invitations"
    __table_args__ = (Index("ix_survey_invitations_employee_id", "employee_id"),)

    wave_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_waves.id", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage, "survey_stage"))
    # the store or project of the posting the invitation is about
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SurveyResponse(Base):
    """One answer, with only what the figures cut it by, as it was when given: the wave, the stage,
    the person's home unit, the posting's unit, and whether the person is counted among women (a
    care profile shared by consent). `score` is the headline question's answer (1 to 5); `scores`
    every scale's, by key."""

    __tablename__ = "survey_responses"
    __table_args__ = (Index("ix_survey_responses_wave_id", "wave_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    wave_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("survey_waves.id", ondelete="CASCADE"))
    stage: Mapped[Stage] = mapped_column(enum_column(Stage, "survey_stage"))
    home_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"))
    woman: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[int] = mapped_column(SmallInteger)
    scores: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    reason: Mapped[str | None] = mapped_column(String(40))
    comment: Mapped[str | None] = mapped_column(Text)
