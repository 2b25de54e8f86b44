"""Pools: the standing members read (the latest computation of a pool, its summary and each
member's lines), recomputed for draft pools by the worker, so opening one's pools reads one's own
lines instead of computing the pool's whole scope.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06 02:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON_DOCUMENT = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "pool_standings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("pool_id", sa.Uuid(), nullable=False),
        sa.Column("pool_version", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("summary", JSON_DOCUMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["pool_id"], ["pools.id"], name=op.f("fk_pool_standings_pool_id_pools"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pool_standings")),
        sa.UniqueConstraint(
            "pool_id", "pool_version", "computed_at", name=op.f("uq_pool_standings_pool_id_pool_version_computed_at")
        ),
    )
    op.create_table(
        "pool_standing_lines",
        sa.Column("standing_id", sa.Uuid(), nullable=False),
        sa.Column("employee_id", sa.Uuid(), nullable=False),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("line", JSON_DOCUMENT, nullable=False),
        sa.ForeignKeyConstraint(
            ["standing_id"],
            ["pool_standings.id"],
            name=op.f("fk_pool_standing_lines_standing_id_pool_standings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("standing_id", "employee_id", "side", name=op.f("pk_pool_standing_lines")),
    )


def downgrade() -> None:
    op.drop_table("pool_standing_lines")
    op.drop_table("pool_standings")
