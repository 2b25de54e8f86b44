"""Weighted performance: metric definitions, scorecard templates, targets, scoring settings,
periods and frozen (append-only) scores

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 13:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations import append_only

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('metric_definitions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=32), nullable=False),
    sa.Column('side', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('scoring', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_definitions')),
    sa.UniqueConstraint('code', name=op.f('uq_metric_definitions_code'))
    )
    op.create_table('scorecard_templates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('population', sa.String(length=16), nullable=False),
    sa.Column('lines', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scorecard_templates')),
    sa.UniqueConstraint('code', name=op.f('uq_scorecard_templates_code'))
    )
    op.create_table('frozen_scores',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('closing', sa.Integer(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('score', sa.String(length=16), nullable=True),
    sa.Column('complete', sa.Boolean(), nullable=False),
    sa.Column('breakdown', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('frozen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_frozen_scores_employee_id_employees'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_frozen_scores')),
    sa.UniqueConstraint('period', 'closing', 'employee_id', name=op.f('uq_frozen_scores_period_closing_employee_id'))
    )
    op.create_table('metric_targets',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('metric_code', sa.String(length=64), nullable=False),
    sa.Column('subject_kind', sa.String(length=16), nullable=False),
    sa.Column('subject_id', sa.Uuid(), nullable=False),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('value_micro', sa.BigInteger(), nullable=False),
    sa.Column('set_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['set_by'], ['accounts.id'], name=op.f('fk_metric_targets_set_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_targets')),
    sa.UniqueConstraint('metric_code', 'subject_kind', 'subject_id', 'period_start', name=op.f('uq_metric_targets_metric_code_subject_kind_subject_id_period_start'))
    )
    op.create_table('performance_periods',
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('closings', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changed_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['changed_by'], ['accounts.id'], name=op.f('fk_performance_periods_changed_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('period', name=op.f('pk_performance_periods'))
    )
    op.create_table('scoring_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rules', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_scoring_settings_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scoring_settings'))
    )
    append_only.guard('frozen_scores')


def downgrade() -> None:
    append_only.unguard('frozen_scores')
    op.drop_table('scoring_settings')
    op.drop_table('performance_periods')
    op.drop_table('metric_targets')
    op.drop_table('frozen_scores')
    op.drop_table('scorecard_templates')
    op.drop_table('metric_definitions')
