"""Care profiles and flexible arrangements: each person's sealed care records per consented category,
the HR access log, the derived constraints (no reasons), versioned protection policies, flexible
arrangements with their trail and chain, and the volume flag on metric definitions

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 17:20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('care_consents',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('given_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_care_consents_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', 'category', name=op.f('pk_care_consents'))
    )
    op.create_table('care_periods',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('starts', sa.Time(), nullable=True),
    sa.Column('ends', sa.Time(), nullable=True),
    sa.Column('km', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_care_periods_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_periods'))
    )
    with op.batch_alter_table('care_periods', schema=None) as batch_op:
        batch_op.create_index('ix_care_periods_employee_id_start_date', ['employee_id', 'start_date'], unique=False)

    op.create_table('care_records',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('sealed', sa.Text(), nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_care_records_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', 'category', name=op.f('pk_care_records'))
    )
    op.create_table('arrangement_chains',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('steps', JSON, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_arrangement_chains_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrangement_chains'))
    )
    op.create_table('care_access_log',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('reader_account_id', sa.Uuid(), nullable=True),
    sa.Column('reader_name', sa.String(length=200), nullable=False),
    sa.Column('categories', sa.JSON(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('read_at', MOMENT, nullable=False),
    sa.Column('request_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_care_access_log_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reader_account_id'], ['accounts.id'], name=op.f('fk_care_access_log_reader_account_id_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_access_log'))
    )
    with op.batch_alter_table('care_access_log', schema=None) as batch_op:
        batch_op.create_index('ix_care_access_log_employee_id_id', ['employee_id', 'id'], unique=False)

    op.create_table('flexible_arrangements',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('requested_by', sa.Uuid(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('reduced_minutes', sa.Integer(), nullable=False),
    sa.Column('remote_days_per_week', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.Time(), nullable=True),
    sa.Column('window_end', sa.Time(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('steps', JSON, nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=True),
    sa.Column('current_step_since', MOMENT, nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.Column('decided_at', MOMENT, nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_flexible_arrangements_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requested_by'], ['accounts.id'], name=op.f('fk_flexible_arrangements_requested_by_accounts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flexible_arrangements'))
    )
    with op.batch_alter_table('flexible_arrangements', schema=None) as batch_op:
        batch_op.create_index('ix_flexible_arrangements_employee_id_start_date', ['employee_id', 'start_date'], unique=False)
        batch_op.create_index('ix_flexible_arrangements_status_current_step_since', ['status', 'current_step_since'], unique=False)

    op.create_table('protection_policies',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('document', JSON, nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_protection_policies_created_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_protection_policies'))
    )
    op.create_table('arrangement_trail',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('arrangement_id', sa.Uuid(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=True),
    sa.Column('step_name', sa.String(length=100), nullable=True),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('actor_account_id', sa.Uuid(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['actor_account_id'], ['accounts.id'], name=op.f('fk_arrangement_trail_actor_account_id_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['arrangement_id'], ['flexible_arrangements.id'], name=op.f('fk_arrangement_trail_arrangement_id_flexible_arrangements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrangement_trail'))
    )
    with op.batch_alter_table('arrangement_trail', schema=None) as batch_op:
        batch_op.create_index('ix_arrangement_trail_arrangement_id_id', ['arrangement_id', 'id'], unique=False)

    with op.batch_alter_table('metric_definitions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('volume_based', sa.Boolean(), server_default=sa.false(), nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('metric_definitions', schema=None) as batch_op:
        batch_op.drop_column('volume_based')

    with op.batch_alter_table('arrangement_trail', schema=None) as batch_op:
        batch_op.drop_index('ix_arrangement_trail_arrangement_id_id')

    op.drop_table('arrangement_trail')
    op.drop_table('protection_policies')
    with op.batch_alter_table('flexible_arrangements', schema=None) as batch_op:
        batch_op.drop_index('ix_flexible_arrangements_status_current_step_since')
        batch_op.drop_index('ix_flexible_arrangements_employee_id_start_date')

    op.drop_table('flexible_arrangements')
    with op.batch_alter_table('care_access_log', schema=None) as batch_op:
        batch_op.drop_index('ix_care_access_log_employee_id_id')

    op.drop_table('care_access_log')
    op.drop_table('arrangement_chains')
    op.drop_table('care_records')
    with op.batch_alter_table('care_periods', schema=None) as batch_op:
        batch_op.drop_index('ix_care_periods_employee_id_start_date')

    op.drop_table('care_periods')
    op.drop_table('care_consents')
