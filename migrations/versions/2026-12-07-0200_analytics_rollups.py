"""Analytics roll-ups: each figure's points for a period, every group, computed by the worker and
read back by the analytics endpoints.

Revision ID: 0038
Revises: 0037
Create Date: 2026-12-07 02:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0038"
down_revision: str | None = "0037"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "analytics_rollups",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("figure", sa.String(length=32), nullable=False),
        sa.Column("variant", sa.String(length=400), nullable=False),
        sa.Column("minimum_group", sa.Integer(), nullable=False),
        sa.Column("period_first", sa.Date(), nullable=False),
        sa.Column("period_last", sa.Date(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("computed_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analytics_rollups")),
        sa.UniqueConstraint(
            "figure",
            "variant",
            "minimum_group",
            "period_first",
            "period_last",
            name="uq_analytics_rollups_period",
        ),
    )
    op.create_index("ix_analytics_rollups_computed_on", "analytics_rollups", ["computed_on"])
    op.create_table(
        "analytics_rollup_points",
        sa.Column("rollup_id", sa.Uuid(), nullable=False),
        sa.Column("group_key", sa.String(length=120), nullable=False),
        sa.Column("measure", sa.String(length=48), nullable=False),
        sa.Column("value", sa.String(length=40), nullable=True),
        sa.Column("numerator", sa.BigInteger(), nullable=True),
        sa.Column("denominator", sa.BigInteger(), nullable=True),
        sa.Column("suppressed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rollup_id"],
            ["analytics_rollups.id"],
            name=op.f("fk_analytics_rollup_points_rollup_id_analytics_rollups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rollup_id", "group_key", "measure", name=op.f("pk_analytics_rollup_points")),
    )


def downgrade() -> None:
    op.drop_table("analytics_rollup_points")
    op.drop_index("ix_analytics_rollups_computed_on", table_name="analytics_rollups")
    op.drop_table("analytics_rollups")
