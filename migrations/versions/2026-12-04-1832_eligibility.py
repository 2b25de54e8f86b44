"""Growth: promotion eligibility rules, the notices that tell a person they became eligible (once
per person, rule and version), the worker's watermark of the data eligibility reads, secondments'
mentors and their check-ins and summaries, the organisation's limit of secondees per mentor, the
store manager's feedback on a secondee and the end-of-posting growth reports

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-04 18:32
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0021'
down_revision: str | None = '0020'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    op.create_table('eligibility_rules',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('local_title', sa.String(length=200), nullable=True),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('applies_to_roles', JSON, nullable=False),
    sa.Column('conditions', JSON, nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_eligibility_rules'))
    )
    op.create_table('eligibility_watermarks',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('mark', sa.String(length=400), nullable=False),
    sa.Column('evaluated_at', MOMENT, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_eligibility_watermarks'))
    )
    op.create_table('eligibility_notices',
    sa.Column('rule_code', sa.String(length=32), nullable=False),
    sa.Column('rule_version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('notified_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_eligibility_notices_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['rule_code'], ['eligibility_rules.code'], name=op.f('fk_eligibility_notices_rule_code_eligibility_rules'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('rule_code', 'rule_version', 'employee_id', name=op.f('pk_eligibility_notices'))
    )
    op.create_table('growth_reports',
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('document', JSON, nullable=False),
    sa.Column('written_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_growth_reports_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_growth_reports_transfer_id_transfers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('transfer_id', name=op.f('pk_growth_reports'))
    )
    with op.batch_alter_table('growth_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_growth_reports_employee_id'), ['employee_id'], unique=False)

    op.create_table('mentorships',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('mentee_id', sa.Uuid(), nullable=False),
    sa.Column('mentor_id', sa.Uuid(), nullable=False),
    sa.Column('assigned_by', sa.Uuid(), nullable=True),
    sa.Column('assigned_at', MOMENT, nullable=False),
    sa.Column('mentor_reminded_for', sa.Date(), nullable=True),
    sa.Column('head_reminded_for', sa.Date(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['assigned_by'], ['accounts.id'], name=op.f('fk_mentorships_assigned_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['mentee_id'], ['employees.id'], name=op.f('fk_mentorships_mentee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['employees.id'], name=op.f('fk_mentorships_mentor_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_mentorships_transfer_id_transfers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentorships')),
    sa.UniqueConstraint('transfer_id', name=op.f('uq_mentorships_transfer_id'))
    )
    with op.batch_alter_table('mentorships', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentorships_mentee_id'), ['mentee_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentorships_mentor_id'), ['mentor_id'], unique=False)

    op.create_table('posting_feedback',
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('written_by', sa.Uuid(), nullable=True),
    sa.Column('written_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_posting_feedback_transfer_id_transfers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['written_by'], ['accounts.id'], name=op.f('fk_posting_feedback_written_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('transfer_id', name=op.f('pk_posting_feedback'))
    )
    op.create_table('mentor_check_ins',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('mentorship_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('mentee_state', sa.String(length=16), nullable=False),
    sa.Column('practice_course_code', sa.String(length=32), nullable=True),
    sa.Column('practice_score', sa.Integer(), nullable=True),
    sa.Column('mentee_notes', sa.Text(), nullable=True),
    sa.Column('support_rating', sa.Integer(), nullable=True),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['mentorship_id'], ['mentorships.id'], name=op.f('fk_mentor_check_ins_mentorship_id_mentorships'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['practice_course_code'], ['courses.code'], name=op.f('fk_mentor_check_ins_practice_course_code_courses'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_check_ins'))
    )
    with op.batch_alter_table('mentor_check_ins', schema=None) as batch_op:
        batch_op.create_index('ix_mentor_check_ins_mentorship_id_held_on', ['mentorship_id', 'held_on'], unique=False)

    # plain ADD COLUMN with a default on both dialects: no table copy
    op.add_column('organisation_settings', sa.Column('max_mentees', sa.Integer(), server_default='3', nullable=False))



def downgrade() -> None:
    op.drop_column('organisation_settings', 'max_mentees')

    with op.batch_alter_table('mentor_check_ins', schema=None) as batch_op:
        batch_op.drop_index('ix_mentor_check_ins_mentorship_id_held_on')

    op.drop_table('mentor_check_ins')
    op.drop_table('posting_feedback')
    with op.batch_alter_table('mentorships', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentorships_mentor_id'))
        batch_op.drop_index(batch_op.f('ix_mentorships_mentee_id'))

    op.drop_table('mentorships')
    with op.batch_alter_table('growth_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_growth_reports_employee_id'))

    op.drop_table('growth_reports')
    op.drop_table('eligibility_notices')
    op.drop_table('eligibility_watermarks')
    op.drop_table('eligibility_rules')
