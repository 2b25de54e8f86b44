"""Transfers: requests, chains, the decision trail, and effective-dated assignments

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations import append_only
from sqlalchemy.dialects import postgresql

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('transfer_chains',
    sa.Column('kind', sa.Enum('secondment', 'permanent', 'early_return', 'extension', name='transfer_chain_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('steps', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_transfer_chains'))
    )
    op.create_table('assignments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('secondment', 'permanent', name='assignment_kind', native_enum=False, create_constraint=True, length=18), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('transfer_id', sa.Uuid(), nullable=True),
    sa.Column('cancelled_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_announced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('ended_announced_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_assignments_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['org_units.id'], name=op.f('fk_assignments_unit_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index('ix_assignments_employee_id_valid_from', ['employee_id', 'valid_from'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignments_transfer_id'), ['transfer_id'], unique=False)
        batch_op.create_index('ix_assignments_unit_id_valid_from', ['unit_id', 'valid_from'], unique=False)

    op.create_table('transfers',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('secondment', 'permanent', 'early_return', 'extension', name='transfer_kind', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('destination_unit_id', sa.Uuid(), nullable=False),
    sa.Column('amends_transfer_id', sa.Uuid(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('in_review', 'returned', 'approved', 'rejected', 'withdrawn', 'cancelled', name='transfer_status', native_enum=False, create_constraint=True, length=17), nullable=False),
    sa.Column('steps', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=True),
    sa.Column('current_step_since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['amends_transfer_id'], ['transfers.id'], name=op.f('fk_transfers_amends_transfer_id_transfers'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['destination_unit_id'], ['org_units.id'], name=op.f('fk_transfers_destination_unit_id_org_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_transfers_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requested_by'], ['accounts.id'], name=op.f('fk_transfers_requested_by_accounts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfers'))
    )
    with op.batch_alter_table('transfers', schema=None) as batch_op:
        batch_op.create_index('ix_transfers_employee_id_start_date', ['employee_id', 'start_date'], unique=False)
        batch_op.create_index('ix_transfers_status_current_step_since', ['status', 'current_step_since'], unique=False)

    op.create_table('transfer_trail',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('action', sa.Enum('submitted', 'approved', 'rejected', 'returned', 'edited', 'resubmitted', 'withdrawn', 'cancelled', name='transfer_trail_action', native_enum=False, create_constraint=True, length=19), nullable=False),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('step_name', sa.String(length=100), nullable=True),
    sa.Column('actor_account_id', sa.Uuid(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_transfer_trail_transfer_id_transfers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_trail'))
    )
    with op.batch_alter_table('transfer_trail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_trail_transfer_id'), ['transfer_id'], unique=False)
    append_only.guard("transfer_trail")

def downgrade() -> None:
    append_only.unguard("transfer_trail")
    with op.batch_alter_table('transfer_trail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_trail_transfer_id'))

    op.drop_table('transfer_trail')
    with op.batch_alter_table('transfers', schema=None) as batch_op:
        batch_op.drop_index('ix_transfers_status_current_step_since')
        batch_op.drop_index('ix_transfers_employee_id_start_date')

    op.drop_table('transfers')
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_index('ix_assignments_unit_id_valid_from')
        batch_op.drop_index(batch_op.f('ix_assignments_transfer_id'))
        batch_op.drop_index('ix_assignments_employee_id_valid_from')

    op.drop_table('assignments')
    op.drop_table('transfer_chains')
