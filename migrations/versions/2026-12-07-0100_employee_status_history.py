"""Employees' status history: a row per change of status, effective from a day, so the retention
and turnover figures can tell who had left by a day and who left within a year of it (the
employee row keeps only the status now, overwritten at each change).

The backfill knows only what the employee rows tell: everyone was active from their hire date
(one row each), and someone not active now (on leave, or left) became so on the day of their
record's last change (`updated_at`, as a date in the organisation's time zone, never before the
hire date). That day is the best that is known, not the true one: any later edit of the record
moved it. The rows written here have no `recorded_by`; their `recorded_at` is the record's
`created_at` (the first row) or `updated_at` (the second).

Revision ID: 0037
Revises: 0036
Create Date: 2026-12-07 01:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0037"
down_revision: str | None = "0036"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
STATUS = sa.Enum(
    "active", "on_leave", "left", name="employee_status", native_enum=False, create_constraint=True, length=16
)
BATCH = 1000


def upgrade() -> None:
    op.create_table(
        "employee_status_changes",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("status", STATUS, nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", MOMENT, nullable=False),
        sa.Column("recorded_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_employee_status_changes_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by"],
            ["accounts.id"],
            name=op.f("fk_employee_status_changes_recorded_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employee_status_changes")),
    )
    op.create_index(
        "ix_employee_status_changes_employee_id_effective_on",
        "employee_status_changes",
        ["employee_id", "effective_on"],
        unique=False,
    )
    # everyone: active from the hire date (one statement, in the database)
    op.execute(
        "INSERT INTO employee_status_changes (employee_id, status, effective_on, recorded_at)"
        " SELECT id, 'active', hire_date, created_at FROM employees"
    )
    _backfill_current_status()


def _backfill_current_status() -> None:
    """Those not active now: their status from the day their record last changed (in the
    organisation's time zone, which SQL cannot convert to on both databases: done here, for the
    few people concerned)."""
    connection = op.get_bind()
    zone = ZoneInfo(
        connection.scalar(
            sa.text(
                "SELECT timezone FROM org_units WHERE parent_id IS NULL AND kind = 'headquarters'"
                " ORDER BY created_at, code LIMIT 1"
            )
        )
        or "UTC"
    )
    employees = sa.table(
        "employees",
        sa.column("id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("hire_date", sa.Date()),
        sa.column("updated_at", MOMENT),
    )
    changes = sa.table(
        "employee_status_changes",
        sa.column("employee_id", sa.Uuid()),
        sa.column("status", sa.String()),
        sa.column("effective_on", sa.Date()),
        sa.column("recorded_at", MOMENT),
    )
    rows = connection.execute(
        sa.select(employees.c.id, employees.c.status, employees.c.hire_date, employees.c.updated_at).where(
            employees.c.status != "active"
        )
    ).all()
    found = [
        {
            "employee_id": employee_id,
            "status": status,
            "effective_on": max(hire_date, _day(updated_at, zone)),
            "recorded_at": updated_at,
        }
        for employee_id, status, hire_date, updated_at in rows
    ]
    for start in range(0, len(found), BATCH):
        connection.execute(changes.insert(), found[start : start + BATCH])


def _day(moment: datetime, zone: ZoneInfo) -> date:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite hands back naive UTC
    return aware.astimezone(zone).date()


def downgrade() -> None:
    op.drop_index("ix_employee_status_changes_employee_id_effective_on", table_name="employee_status_changes")
    op.drop_table("employee_status_changes")
