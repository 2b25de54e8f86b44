"""Collaboration pools: pools, named project members, HR adjustments and the append-only
allocation ledger

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 12:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations import append_only

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('pools',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('scope_unit_id', sa.Uuid(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('funding', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('conditions', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('frontline_percent', sa.String(length=16), nullable=False),
    sa.Column('linked_rule', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('calculation', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('calculated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_by', sa.Uuid(), nullable=True),
    sa.Column('locked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('locked_by', sa.Uuid(), nullable=True),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['accounts.id'], name=op.f('fk_pools_approved_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_pools_created_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['locked_by'], ['accounts.id'], name=op.f('fk_pools_locked_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['scope_unit_id'], ['org_units.id'], name=op.f('fk_pools_scope_unit_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pools'))
    )
    with op.batch_alter_table('pools', schema=None) as batch_op:
        batch_op.create_index('ix_pools_created_at_id', ['created_at', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pools_scope_unit_id'), ['scope_unit_id'], unique=False)

    op.create_table('pool_adjustments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('pool_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('side', sa.String(length=16), nullable=False),
    sa.Column('weight_delta', sa.String(length=24), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_pool_adjustments_created_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_pool_adjustments_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pool_id'], ['pools.id'], name=op.f('fk_pool_adjustments_pool_id_pools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pool_adjustments'))
    )
    with op.batch_alter_table('pool_adjustments', schema=None) as batch_op:
        batch_op.create_index('ix_pool_adjustments_pool_id_created_at', ['pool_id', 'created_at'], unique=False)

    op.create_table('pool_ledger',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('pool_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('side', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('reverses_id', sa.BigInteger(), nullable=True),
    sa.Column('correction_id', sa.Uuid(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('recorded_by', sa.Uuid(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_pool_ledger_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pool_id'], ['pools.id'], name=op.f('fk_pool_ledger_pool_id_pools'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pool_ledger'))
    )
    with op.batch_alter_table('pool_ledger', schema=None) as batch_op:
        batch_op.create_index('ix_pool_ledger_pool_id_employee_id', ['pool_id', 'employee_id'], unique=False)

    op.create_table('pool_members',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('pool_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('weight', sa.String(length=24), nullable=False),
    sa.Column('added_by', sa.Uuid(), nullable=True),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['added_by'], ['accounts.id'], name=op.f('fk_pool_members_added_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_pool_members_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['pool_id'], ['pools.id'], name=op.f('fk_pool_members_pool_id_pools'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pool_members')),
    sa.UniqueConstraint('pool_id', 'employee_id', name=op.f('uq_pool_members_pool_id_employee_id'))
    )
    append_only.guard('pool_ledger')


def downgrade() -> None:
    append_only.unguard('pool_ledger')
    op.drop_table('pool_members')
    with op.batch_alter_table('pool_ledger', schema=None) as batch_op:
        batch_op.drop_index('ix_pool_ledger_pool_id_employee_id')

    op.drop_table('pool_ledger')
    with op.batch_alter_table('pool_adjustments', schema=None) as batch_op:
        batch_op.drop_index('ix_pool_adjustments_pool_id_created_at')

    op.drop_table('pool_adjustments')
    with op.batch_alter_table('pools', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pools_scope_unit_id'))
        batch_op.drop_index('ix_pools_created_at_id')

    op.drop_table('pools')
