"""Training, the rest of issue 19: the metrics a course should move (the training-effect report),
what the latest raise of a person's course credits added (one statement ingests a batch on
PostgreSQL) and pools that apply the credit modifier to their people's weights

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-04 18:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0020'
down_revision: str | None = '0019'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN with server defaults on both dialects: no table copy (on SQLite a batch copy
    # of `pools` would drop the old table and cascade to its members).
    op.add_column('courses', sa.Column('effect_metrics', sa.JSON(), nullable=False, server_default='[]'))
    op.add_column(
        'course_credits', sa.Column('last_raise_centi', sa.Integer(), nullable=False, server_default='0')
    )
    op.add_column(
        'pools', sa.Column('credit_modifier', sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column('pools', 'credit_modifier')
    op.drop_column('course_credits', 'last_raise_centi')
    op.drop_column('courses', 'effect_metrics')
