"""Performance: a closed month's cohort per scorecard template is ranked once and stored, so the
rankings are read a page at a time in rank order. Closings from before are ranked at their first
reading.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-05 20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0027'
down_revision: str | None = '0026'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'frozen_rankings',
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('closing', sa.Integer(), nullable=False),
        sa.Column('template_code', sa.String(length=64), nullable=False),
        sa.Column('cohort', sa.Integer(), nullable=False),
        sa.Column('ranked_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('period', 'closing', 'template_code', name=op.f('pk_frozen_rankings')),
    )
    op.create_table(
        'frozen_ranks',
        sa.Column('period', sa.String(length=7), nullable=False),
        sa.Column('closing', sa.Integer(), nullable=False),
        sa.Column('template_code', sa.String(length=64), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('employee_id', sa.Uuid(), nullable=False),
        sa.Column('score', sa.String(length=16), nullable=False),
        sa.Column('rank', sa.Integer(), nullable=False),
        sa.Column('percentile', sa.String(length=8), nullable=False),
        sa.ForeignKeyConstraint(
            ['employee_id'], ['employees.id'], name=op.f('fk_frozen_ranks_employee_id_employees'), ondelete='RESTRICT'
        ),
        sa.ForeignKeyConstraint(
            ['period', 'closing', 'template_code'],
            ['frozen_rankings.period', 'frozen_rankings.closing', 'frozen_rankings.template_code'],
            name=op.f('fk_frozen_ranks_period_frozen_rankings'),
            ondelete='CASCADE',
        ),
        sa.PrimaryKeyConstraint('period', 'closing', 'template_code', 'position', name=op.f('pk_frozen_ranks')),
    )


def downgrade() -> None:
    op.drop_table('frozen_ranks')
    op.drop_table('frozen_rankings')
