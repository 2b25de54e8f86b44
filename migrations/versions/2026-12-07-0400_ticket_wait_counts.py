"""Ticket waits by month: how many tickets of a category and department waited each whole minute,
and each bucket of minutes, so the slowest categories' medians over a year read tens of thousands of
counts instead of sorting half a million tickets (domain/analytics/ticket_waits.py).

Revision ID: 0040
Revises: 0039
Create Date: 2026-12-07 04:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0040"
down_revision: str | None = "0039"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ticket_wait_counts",
        sa.Column("rollup_id", sa.Uuid(), nullable=False),
        sa.Column("measure", sa.String(length=16), nullable=False),
        sa.Column("coarse", sa.Boolean(), nullable=False),
        sa.Column("category", sa.String(length=64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("tickets", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rollup_id"],
            ["analytics_rollups.id"],
            name=op.f("fk_ticket_wait_counts_rollup_id_analytics_rollups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "rollup_id", "measure", "coarse", "category", "minutes", "department_id", name=op.f("pk_ticket_wait_counts")
        ),
    )


def downgrade() -> None:
    op.drop_table("ticket_wait_counts")
