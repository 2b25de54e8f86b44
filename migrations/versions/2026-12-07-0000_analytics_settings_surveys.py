"""Analytics settings (HR's thresholds), flags about one person (a leader's frontline days), and
pulse surveys: HR's questionnaires, their waves, who was invited to each, and the answers, which
are kept without any link to the person who gave them.

Revision ID: 0036
Revises: 0035
Create Date: 2026-12-07 00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0036"
down_revision: str | None = "0035"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("analytics_flags", schema=None) as batch_op:
        batch_op.add_column(sa.Column("employee_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_analytics_flags_employee_id_employees"),
            "employees",
            ["employee_id"],
            ["id"],
            ondelete="CASCADE",
        )
    op.create_table(
        "analytics_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("minimum_group", sa.Integer(), nullable=False),
        sa.Column("frontline_days", sa.Integer(), nullable=False),
        sa.Column("participation_below", sa.String(length=8), nullable=False),
        sa.Column("satisfaction_below", sa.String(length=8), nullable=False),
        sa.Column("attrition_above", sa.String(length=8), nullable=False),
        sa.Column("turnover_above", sa.String(length=8), nullable=False),
        sa.Column("late_shift_share_above", sa.String(length=8), nullable=False),
        sa.Column("leader_days_below", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", MOMENT, nullable=False),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["updated_by"],
            ["accounts.id"],
            name=op.f("fk_analytics_settings_updated_by_accounts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analytics_settings")),
    )


def downgrade() -> None:
    op.drop_table("analytics_settings")
    with op.batch_alter_table("analytics_flags", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_analytics_flags_employee_id_employees"), type_="foreignkey")
        batch_op.drop_column("employee_id")
