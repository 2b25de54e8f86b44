"""Training: the course catalogue, credit plans, completions as they arrive, the append-only credit
ledger, what each course counts for each person (the row awards lock), and the training policy."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from domain.shared.db import Base, JSONDocument, UTCDateTime
from domain.shared.ids import new_id


class Course(Base):
    """A course of the catalogue: its category, delivery, credits (base x weight, in hundredths),
    exam pass mark, the skills it builds and when it may be taken."""

    __tablename__ = "courses"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    local_title: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))
    delivery: Mapped[str] = mapped_column(String(16))
    base_credits_centi: Mapped[int] = mapped_column(Integer)
    weight_centi: Mapped[int] = mapped_column(Integer)
    pass_mark: Mapped[int] = mapped_column(Integer)
    skills: Mapped[list[str]] = mapped_column(JSON)
    # the performance metrics the course should move: the training-effect report compares them
    effect_metrics: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    active_from: Mapped[date] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CreditPlan(Base):
    """Credits expected of a population in a year, the share per category and each one's minimum."""

    __tablename__ = "credit_plans"

    population: Mapped[str] = mapped_column(String(16), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    total_centi: Mapped[int] = mapped_column(Integer)
    shares: Mapped[dict[str, int]] = mapped_column(JSON)
    minimums_centi: Mapped[dict[str, int]] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class TrainingCompletion(Base):
    """A completion as reported (pushed by the learning platform, a classroom sign-in, a mentor's
    practice score): idempotent per (recorder, external id), judged once by the rule in force on
    arrival, counted in the month it arrived."""

    __tablename__ = "training_completions"
    __table_args__ = (
        UniqueConstraint("recorded_by", "external_id"),
        Index("ix_training_completions_employee_id_course_code", "employee_id", "course_code"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # the account or integration client that recorded it (its id space: one key per recorder)
    recorded_by: Mapped[uuid.UUID] = mapped_column(Uuid)
    source: Mapped[str] = mapped_column(String(16))  # platform | classroom | practice
    external_id: Mapped[str] = mapped_column(String(128))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    course_code: Mapped[str] = mapped_column(ForeignKey("courses.code", ondelete="RESTRICT"))
    completed_on: Mapped[date] = mapped_column(Date)
    completion_percent: Mapped[int | None] = mapped_column(Integer)
    exam_score: Mapped[int | None] = mapped_column(Integer)
    attended: Mapped[bool | None] = mapped_column(Boolean)
    mentor_score: Mapped[int | None] = mapped_column(Integer)
    earned_centi: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200))
    counts_in: Mapped[str] = mapped_column(String(7))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CreditEntry(Base):
    """One line of a person's credit ledger; lines are only ever added. An award names the completion
    and rule behind it; a revocation (HR, with a reason) takes back an award; a correction (HR, with a
    reason) adds or removes credits in a category. `counts_in` is the month the line counts in."""

    __tablename__ = "credit_entries"
    __table_args__ = (
        Index("ix_credit_entries_employee_id_counts_in", "employee_id", "counts_in"),
        Index("ix_credit_entries_counts_in", "counts_in"),
        UniqueConstraint("revokes_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # award | revocation | correction
    category: Mapped[str] = mapped_column(String(16))
    course_code: Mapped[str | None] = mapped_column(ForeignKey("courses.code", ondelete="RESTRICT"))
    credits_centi: Mapped[int] = mapped_column(Integer)
    completion_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("training_completions.id", ondelete="CASCADE"))
    revokes_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("credit_entries.id", ondelete="CASCADE"))
    rule: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    counts_in: Mapped[str] = mapped_column(String(7))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)  # an account or an integration client


class CourseCredit(Base):
    """What one course counts for one person now (the best completion's credits, less what was
    revoked). An award locks this row, so racing completions of one course add up once."""

    __tablename__ = "course_credits"

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    course_code: Mapped[str] = mapped_column(ForeignKey("courses.code", ondelete="RESTRICT"), primary_key=True)
    counted_centi: Mapped[int] = mapped_column(Integer, default=0)
    # what the latest raise added: PostgreSQL's RETURNING shows only new values, so one statement
    # that raises the row under its lock reads the award's amount from here (migration 0020)
    last_raise_centi: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class TrainingPolicyVersion(Base):
    """A version of the training policy (domain/training/policy.py); the highest is in force."""

    __tablename__ = "training_policies"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document: Mapped[dict[str, Any]] = mapped_column(JSONDocument)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class AllowanceMonth(Base):
    """A month's training allowances: calculated by HR from each person's level at the month's end,
    approved by another HR person, then locked (its lines never change and go to payroll)."""

    __tablename__ = "allowance_months"

    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # calculated | approved
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    bonus_total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    people: Mapped[int] = mapped_column(Integer)
    policy_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    calculated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    calculated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    approved_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AllowanceLine(Base):
    """One person's allowance for a month: the level their balance reached by the month's end."""

    __tablename__ = "allowance_lines"
    __table_args__ = (Index("ix_allowance_lines_employee_id_month", "employee_id", "month"),)

    month: Mapped[str] = mapped_column(ForeignKey("allowance_months.month", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))
    balance_centi: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))


class BonusRule(Base):
    """The frontline contribution bonus (一线贡献奖金) of a population: a share of the sales above
    target made while at a store or project (the person's own, or the store's pro-rated by days),
    raised by the year's training credits, capped; paid with the month's allowances."""

    __tablename__ = "bonus_rules"

    population: Mapped[str] = mapped_column(String(16), primary_key=True)
    basis: Mapped[str] = mapped_column(String(16))  # personal | store
    metric_code: Mapped[str] = mapped_column(String(64))  # whose monthly target the sales are measured against
    rate_basis_points: Mapped[int] = mapped_column(Integer)  # 100 = 1 %
    cap_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    modifier_step_percent: Mapped[int] = mapped_column(Integer)  # per 10 credits of the year
    modifier_cap_percent: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class BonusLine(Base):
    """One person's contribution bonus for a month at one store or project, with its working."""

    __tablename__ = "bonus_lines"
    __table_args__ = (Index("ix_bonus_lines_employee_id_month", "employee_id", "month"),)

    month: Mapped[str] = mapped_column(ForeignKey("allowance_months.month", ondelete="CASCADE"), primary_key=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="CASCADE"), primary_key=True)
    population: Mapped[str] = mapped_column(String(16))
    basis: Mapped[str] = mapped_column(String(16))
    days: Mapped[int] = mapped_column(Integer)
    sales_minor: Mapped[int] = mapped_column(BigInteger)
    target_minor: Mapped[int] = mapped_column(BigInteger)
    excess_minor: Mapped[int] = mapped_column(BigInteger)
    modifier_percent: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    capped: Mapped[bool] = mapped_column(Boolean)
    currency: Mapped[str] = mapped_column(String(3))
