"""Separation of duties in settlement and comments on manual values: who calculated a pool and who
last closed a month (neither approves the pools concerned), the organisation's setting that turns
the rule on (the default) or off, and the comment a manager writes with a rating

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 09:20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('organisation_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('separation_of_duties', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_organisation_settings_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_settings'))
    )
    # Plain ADD COLUMN on both dialects: no table copy (on SQLite a batch copy of `pools` would drop
    # the old table, and with foreign keys on that cascades to pool_members and pool_adjustments).
    op.add_column('pools', sa.Column('calculated_by', sa.Uuid(), nullable=True))
    op.add_column('metric_values', sa.Column('comment', sa.Text(), nullable=True))
    # performance_periods is referenced by nothing and has no triggers: SQLite may copy it
    with op.batch_alter_table('performance_periods') as batch:
        batch.add_column(sa.Column('closed_by', sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            batch.f('fk_performance_periods_closed_by_accounts'), 'accounts', ['closed_by'], ['id'], ondelete='SET NULL'
        )


def downgrade() -> None:
    with op.batch_alter_table('performance_periods') as batch:
        batch.drop_constraint(batch.f('fk_performance_periods_closed_by_accounts'), type_='foreignkey')
        batch.drop_column('closed_by')
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch copy, for the reason given above
    op.execute('ALTER TABLE metric_values DROP COLUMN comment')
    op.execute('ALTER TABLE pools DROP COLUMN calculated_by')
    op.drop_table('organisation_settings')
