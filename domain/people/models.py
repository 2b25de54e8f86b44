"""Employees, the accounts they sign in with, and the role grants that scope what they see."""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Computed,
    Date,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from domain.org.models import enum_column
from domain.shared.actor import Role
from domain.shared.db import Base, BigIntKey, UTCDateTime
from domain.shared.ids import new_id


class EmployeeStatus(enum.StrEnum):
    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    LEFT = "left"


# the names, number and e-mail in lower case, apart by the unit separator (U+001F: a search holding
# it matches nothing, so none spans two; not a line break, which SQLite's reflection of the column,
# and so Alembic's batch mode, cannot read); lower() folds what each database folds, the search too
SEARCH_SEPARATOR = "\x1f"
SEARCH_TEXT = (
    "lower(full_name || '\x1f' || coalesce(local_name, '') || '\x1f' || employee_no || '\x1f' || coalesce(email, ''))"
)


class Employee(Base):
    __tablename__ = "employees"
    __table_args__ = (
        Index("ix_employees_home_unit_id_employee_no", "home_unit_id", "employee_no"),
        Index("ix_employees_change_seq_id", "change_seq", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # the name in Chinese characters (李娜) beside the romanised `full_name` (Li Na)
    local_name: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    # The unit the person belongs to (an HQ department or a store); secondments never rewrite it.
    home_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    hire_date: Mapped[date] = mapped_column(Date)
    status: Mapped[EmployeeStatus] = mapped_column(enum_column(EmployeeStatus, "employee_status"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # position in the change feed (HR sync); set by a database trigger on every insert and update
    change_seq: Mapped[int | None] = mapped_column(BigInteger, FetchedValue(), deferred=True)
    # what `GET /employees?q=` looks in, kept by the database: one column read instead of four (a
    # search too short for the trigram index scans it: 25 ms on 100,000 people, the four 136 ms),
    # and on PostgreSQL one trigram index (migrations/name_search.py, which also says how a batch
    # migration of this table runs on SQLite: search_text_set_aside)
    search_text: Mapped[str | None] = mapped_column(Text, Computed(SEARCH_TEXT), deferred=True)


class EmployeeStatusChange(Base):
    """A person's status from a day on: the first row at hire, one more at each change of status,
    so "who had left by day D" and "who left within a year of D" are read from it (the employee row
    holds only the status now). Effective-dated like assignments: a row holds from `effective_on`
    until the next one's; written by people.commands alone."""

    __tablename__ = "employee_status_changes"
    __table_args__ = (Index("ix_employee_status_changes_employee_id_effective_on", "employee_id", "effective_on"),)

    id: Mapped[int] = mapped_column(BigIntKey, primary_key=True, autoincrement=True)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="CASCADE"))
    status: Mapped[EmployeeStatus] = mapped_column(enum_column(EmployeeStatus, "employee_status"))
    effective_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("accounts.id", ondelete="SET NULL"))


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"), unique=True)
    # Sign-in e-mail, stored lower-case; people may also sign in with their employee number.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # 'zh-CN' or 'en': the language texts are written in for this person; None = the organisation's default
    language: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RoleGrant(Base):
    """A role held over an org unit and its whole subtree."""

    __tablename__ = "role_grants"
    __table_args__ = (UniqueConstraint("account_id", "role", "org_unit_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    org_unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AssignmentKind(enum.StrEnum):
    SECONDMENT = "secondment"
    PERMANENT = "permanent"


class Assignment(Base):
    """Where a person works, effective-dated: the row holds for days in [valid_from, valid_to).

    "Where is X on day D" and "who works at S on day D" are queries over these rows (the newest
    assignment covering D wins; with none, the home unit). Nothing is kept in sync by a job: a
    secondment ends on its date because the query says so. Early returns and extensions move
    valid_to (audited); cancelled rows stay, marked, so history is never lost.
    """

    __tablename__ = "assignments"
    __table_args__ = (
        Index("ix_assignments_employee_id_valid_from", "employee_id", "valid_from"),
        Index("ix_assignments_unit_id_valid_from", "unit_id", "valid_from"),
        Index("ix_assignments_change_seq_id", "change_seq", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id", ondelete="RESTRICT"))
    unit_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("org_units.id", ondelete="RESTRICT"))
    kind: Mapped[AssignmentKind] = mapped_column(enum_column(AssignmentKind, "assignment_kind"))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    transfer_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    starting_announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # position in the change feed (HR sync); set by a database trigger on every insert and update
    change_seq: Mapped[int | None] = mapped_column(BigInteger, FetchedValue(), deferred=True)
