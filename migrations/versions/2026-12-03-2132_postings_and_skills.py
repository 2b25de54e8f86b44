"""Postings and skills: openings at stores and projects (with the store's coordinates, indexed for
"near me"), the skill catalogue, the skills people hold, and applications to postings

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 21:32
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('skills',
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('local_name', sa.String(length=100), nullable=True),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_skills'))
    )
    op.create_table('employee_skills',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('skill_code', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_employee_skills_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_code'], ['skills.code'], name=op.f('fk_employee_skills_skill_code_skills'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', 'skill_code', name=op.f('pk_employee_skills'))
    )
    op.create_table('postings',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('unit_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('template_ids', sa.JSON(), nullable=False),
    sa.Column('day_shifts_only', sa.Boolean(), nullable=False),
    sa.Column('hours_per_week', sa.Integer(), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('taken', sa.Integer(), nullable=False),
    sa.Column('skills', sa.JSON(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('eligible_unit_ids', sa.JSON(), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=True),
    sa.Column('longitude', sa.Float(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('opened_by', sa.Uuid(), nullable=True),
    sa.Column('opened_at', MOMENT, nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_postings_created_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['opened_by'], ['accounts.id'], name=op.f('fk_postings_opened_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['unit_id'], ['org_units.id'], name=op.f('fk_postings_unit_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_postings'))
    )
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.create_index('ix_postings_status_latitude_longitude', ['status', 'latitude', 'longitude'], unique=False)
    op.create_table('posting_applications',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('posting_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('transfer_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_posting_applications_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['posting_id'], ['postings.id'], name=op.f('fk_posting_applications_posting_id_postings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_posting_applications_transfer_id_transfers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_posting_applications')),
    sa.UniqueConstraint('posting_id', 'employee_id', name=op.f('uq_posting_applications_posting_id_employee_id'))
    )
    with op.batch_alter_table('posting_applications', schema=None) as batch_op:
        batch_op.create_index('ix_posting_applications_transfer_id', ['transfer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('posting_applications', schema=None) as batch_op:
        batch_op.drop_index('ix_posting_applications_transfer_id')

    op.drop_table('posting_applications')
    with op.batch_alter_table('postings', schema=None) as batch_op:
        batch_op.drop_index('ix_postings_status_latitude_longitude')

    op.drop_table('postings')
    op.drop_table('employee_skills')
    op.drop_table('skills')
