"""Training credits: the course catalogue, credit plans, completions as reported, the append-only
credit ledger, what each course counts for each person, the training policy; monthly allowances
and frontline contribution bonuses (their rules, a month's calculation and its lines); postings'
required courses and the readiness reminder of applications

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-04 15:23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0019'
down_revision: str | None = '0018'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table('courses',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('local_title', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('delivery', sa.String(length=16), nullable=False),
    sa.Column('base_credits_centi', sa.Integer(), nullable=False),
    sa.Column('weight_centi', sa.Integer(), nullable=False),
    sa.Column('pass_mark', sa.Integer(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=False),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_courses'))
    )
    op.create_table('course_credits',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('course_code', sa.String(length=32), nullable=False),
    sa.Column('counted_centi', sa.Integer(), nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['course_code'], ['courses.code'], name=op.f('fk_course_credits_course_code_courses'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_course_credits_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', 'course_code', name=op.f('pk_course_credits'))
    )
    op.create_table('credit_plans',
    sa.Column('population', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('total_centi', sa.Integer(), nullable=False),
    sa.Column('shares', sa.JSON(), nullable=False),
    sa.Column('minimums_centi', sa.JSON(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_credit_plans_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('population', 'year', name=op.f('pk_credit_plans'))
    )
    op.create_table('training_completions',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('recorded_by', sa.Uuid(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('external_id', sa.String(length=128), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('course_code', sa.String(length=32), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=False),
    sa.Column('completion_percent', sa.Integer(), nullable=True),
    sa.Column('exam_score', sa.Integer(), nullable=True),
    sa.Column('attended', sa.Boolean(), nullable=True),
    sa.Column('mentor_score', sa.Integer(), nullable=True),
    sa.Column('earned_centi', sa.Integer(), nullable=False),
    sa.Column('rule', sa.String(length=200), nullable=False),
    sa.Column('counts_in', sa.String(length=7), nullable=False),
    sa.Column('received_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['course_code'], ['courses.code'], name=op.f('fk_training_completions_course_code_courses'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_training_completions_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_completions')),
    sa.UniqueConstraint('recorded_by', 'external_id', name=op.f('uq_training_completions_recorded_by_external_id'))
    )
    with op.batch_alter_table('training_completions', schema=None) as batch_op:
        batch_op.create_index('ix_training_completions_employee_id_course_code', ['employee_id', 'course_code'], unique=False)

    op.create_table('training_policies',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('document', JSON, nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_training_policies_created_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_training_policies'))
    )
    op.create_table('credit_entries',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('course_code', sa.String(length=32), nullable=True),
    sa.Column('credits_centi', sa.Integer(), nullable=False),
    sa.Column('completion_id', sa.Uuid(), nullable=True),
    sa.Column('revokes_id', sa.Uuid(), nullable=True),
    sa.Column('rule', sa.String(length=200), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('counts_in', sa.String(length=7), nullable=False),
    sa.Column('recorded_at', MOMENT, nullable=False),
    sa.Column('recorded_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['completion_id'], ['training_completions.id'], name=op.f('fk_credit_entries_completion_id_training_completions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['course_code'], ['courses.code'], name=op.f('fk_credit_entries_course_code_courses'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_credit_entries_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['revokes_id'], ['credit_entries.id'], name=op.f('fk_credit_entries_revokes_id_credit_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_entries')),
    sa.UniqueConstraint('revokes_id', name=op.f('uq_credit_entries_revokes_id'))
    )
    with op.batch_alter_table('credit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_credit_entries_counts_in', ['counts_in'], unique=False)
        batch_op.create_index('ix_credit_entries_employee_id_counts_in', ['employee_id', 'counts_in'], unique=False)
    op.create_table('allowance_months',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total_minor', sa.BigInteger(), nullable=False),
    sa.Column('bonus_total_minor', sa.BigInteger(), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('policy_version', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('calculated_at', MOMENT, nullable=False),
    sa.Column('calculated_by', sa.Uuid(), nullable=True),
    sa.Column('approved_at', MOMENT, nullable=True),
    sa.Column('approved_by', sa.Uuid(), nullable=True),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['approved_by'], ['accounts.id'], name=op.f('fk_allowance_months_approved_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['calculated_by'], ['accounts.id'], name=op.f('fk_allowance_months_calculated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_allowance_months'))
    )
    op.create_table('allowance_lines',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('balance_centi', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_allowance_lines_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['month'], ['allowance_months.month'], name=op.f('fk_allowance_lines_month_allowance_months'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('month', 'employee_id', name=op.f('pk_allowance_lines'))
    )
    with op.batch_alter_table('allowance_lines', schema=None) as batch_op:
        batch_op.create_index('ix_allowance_lines_employee_id_month', ['employee_id', 'month'], unique=False)
    op.create_table('bonus_rules',
    sa.Column('population', sa.String(length=16), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('metric_code', sa.String(length=64), nullable=False),
    sa.Column('rate_basis_points', sa.Integer(), nullable=False),
    sa.Column('cap_minor', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('modifier_step_percent', sa.Integer(), nullable=False),
    sa.Column('modifier_cap_percent', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_bonus_rules_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('population', name=op.f('pk_bonus_rules'))
    )
    op.create_table('bonus_lines',
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('population', sa.String(length=16), nullable=False),
    sa.Column('basis', sa.String(length=16), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('sales_minor', sa.BigInteger(), nullable=False),
    sa.Column('target_minor', sa.BigInteger(), nullable=False),
    sa.Column('excess_minor', sa.BigInteger(), nullable=False),
    sa.Column('modifier_percent', sa.Integer(), nullable=False),
    sa.Column('amount_minor', sa.BigInteger(), nullable=False),
    sa.Column('capped', sa.Boolean(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_bonus_lines_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['month'], ['allowance_months.month'], name=op.f('fk_bonus_lines_month_allowance_months'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['org_units.id'], name=op.f('fk_bonus_lines_unit_id_org_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('month', 'employee_id', 'unit_id', name=op.f('pk_bonus_lines'))
    )
    with op.batch_alter_table('bonus_lines', schema=None) as batch_op:
        batch_op.create_index('ix_bonus_lines_employee_id_month', ['employee_id', 'month'], unique=False)
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('required_courses', sa.JSON(), nullable=False, server_default='[]'))
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.alter_column('required_courses', existing_type=sa.JSON(), server_default=None)
    with op.batch_alter_table('posting_applications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('readiness_reminded_at', MOMENT, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('bonus_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_bonus_lines_employee_id_month')

    op.drop_table('bonus_lines')
    op.drop_table('bonus_rules')
    with op.batch_alter_table('posting_applications', schema=None) as batch_op:
        batch_op.drop_column('readiness_reminded_at')
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.drop_column('required_courses')
    with op.batch_alter_table('allowance_lines', schema=None) as batch_op:
        batch_op.drop_index('ix_allowance_lines_employee_id_month')

    op.drop_table('allowance_lines')
    op.drop_table('allowance_months')
    with op.batch_alter_table('credit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_credit_entries_employee_id_counts_in')
        batch_op.drop_index('ix_credit_entries_counts_in')

    op.drop_table('credit_entries')
    op.drop_table('training_policies')
    with op.batch_alter_table('training_completions', schema=None) as batch_op:
        batch_op.drop_index('ix_training_completions_employee_id_course_code')

    op.drop_table('training_completions')
    op.drop_table('credit_plans')
    op.drop_table('course_credits')
    op.drop_table('courses')
