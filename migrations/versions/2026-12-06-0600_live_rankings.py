"""Performance: an open month's rankings as last ranked (live_rankings, live_ranks), refreshed by
the worker, so a page of a live ranking reads the stored order instead of scoring the cohort.

Revision ID: 0030
Revises: 0029
Create Date: 2026-12-06 06:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030"
down_revision: str | None = "0029"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "live_rankings",
        sa.Column("id", KEY, autoincrement=True, nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("template_code", sa.String(length=64), nullable=False),
        sa.Column("cohort", sa.Integer(), nullable=False),
        sa.Column("ranked_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_rankings")),
    )
    op.create_index(
        "ix_live_rankings_period_template_code_ranked_at",
        "live_rankings",
        ["period", "template_code", "ranked_at"],
        unique=False,
    )
    op.create_table(
        "live_ranks",
        sa.Column("ranking_id", KEY, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("score", sa.String(length=16), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("percentile", sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employees.id"], name=op.f("fk_live_ranks_employee_id_employees"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ranking_id"], ["live_rankings.id"], name=op.f("fk_live_ranks_ranking_id_live_rankings"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("ranking_id", "position", name=op.f("pk_live_ranks")),
    )


def downgrade() -> None:
    op.drop_table("live_ranks")
    op.drop_index("ix_live_rankings_period_template_code_ranked_at", table_name="live_rankings")
    op.drop_table("live_rankings")
