"""Mission analytics' flags: one open flag per figure and group (a partial unique index, so two
workers raising the same flag insert it once), and the day each figure was last evaluated.

Revision ID: 0035
Revises: 0034
Create Date: 2026-12-06 21:40
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0035"
down_revision: str | None = "0034"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "analytics_flags",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("figure", sa.String(length=32), nullable=False),
        sa.Column("group_key", sa.String(length=120), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("sex", sa.String(length=16), nullable=True),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("threshold", sa.String(length=16), nullable=False),
        sa.Column("trend", JSON, nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column("raised_at", MOMENT, nullable=False),
        sa.Column("cleared_at", MOMENT, nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["org_units.id"], name=op.f("fk_analytics_flags_unit_id_org_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analytics_flags")),
    )
    with op.batch_alter_table("analytics_flags", schema=None) as batch_op:
        batch_op.create_index(
            "uq_analytics_flags_open",
            ["figure", "group_key"],
            unique=True,
            postgresql_where=sa.text("cleared_at IS NULL"),
            sqlite_where=sa.text("cleared_at IS NULL"),
        )
        batch_op.create_index("ix_analytics_flags_raised_at", ["raised_at"], unique=False)
    op.create_table(
        "analytics_evaluations",
        sa.Column("figure", sa.String(length=32), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        sa.Column("evaluated_at", MOMENT, nullable=False),
        sa.PrimaryKeyConstraint("figure", name=op.f("pk_analytics_evaluations")),
    )


def downgrade() -> None:
    op.drop_table("analytics_evaluations")
    op.drop_table("analytics_flags")
