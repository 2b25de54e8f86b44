"""Shift templates and rosters: templates per store, a roster per store and week with its
assignments, HR's overrides of company rules, shift swaps, versioned roster rules, and who the
women's late-shift share counts (derived from the care profile, no reason kept)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 20:23
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')
MOMENT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('shift_templates',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('starts', sa.Time(), nullable=False),
    sa.Column('ends', sa.Time(), nullable=False),
    sa.Column('break_minutes', sa.Integer(), nullable=False),
    sa.Column('headcount', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_shift_templates_store_id_org_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_templates')),
    sa.UniqueConstraint('store_id', 'code', name=op.f('uq_shift_templates_store_id_code'))
    )
    op.create_table('women_share_members',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_women_share_members_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', name=op.f('pk_women_share_members'))
    )
    op.create_table('roster_policies',
    sa.Column('version', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('document', JSON, nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_roster_policies_created_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('version', name=op.f('pk_roster_policies'))
    )
    op.create_table('rosters',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('published_at', MOMENT, nullable=True),
    sa.Column('published_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['published_by'], ['accounts.id'], name=op.f('fk_rosters_published_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_rosters_store_id_org_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rosters')),
    sa.UniqueConstraint('store_id', 'week_start', name=op.f('uq_rosters_store_id_week_start'))
    )
    op.create_table('roster_overrides',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('roster_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('rule', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['accounts.id'], name=op.f('fk_roster_overrides_created_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_roster_overrides_employee_id_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['roster_id'], ['rosters.id'], name=op.f('fk_roster_overrides_roster_id_rosters'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_overrides')),
    sa.UniqueConstraint('roster_id', 'employee_id', 'rule', name=op.f('uq_roster_overrides_roster_id_employee_id_rule'))
    )
    op.create_table('roster_shifts',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('roster_id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_roster_shifts_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['roster_id'], ['rosters.id'], name=op.f('fk_roster_shifts_roster_id_rosters'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['shift_templates.id'], name=op.f('fk_roster_shifts_template_id_shift_templates'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_shifts')),
    sa.UniqueConstraint('roster_id', 'employee_id', 'day', 'template_id', name=op.f('uq_roster_shifts_roster_id_employee_id_day_template_id'))
    )
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.create_index('ix_roster_shifts_employee_id_day', ['employee_id', 'day'], unique=False)

    op.create_table('shift_swaps',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('roster_shift_id', sa.Uuid(), nullable=True),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('offered_by', sa.Uuid(), nullable=False),
    sa.Column('taken_by', sa.Uuid(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decided_by', sa.Uuid(), nullable=True),
    sa.Column('decided_at', MOMENT, nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', MOMENT, nullable=False),
    sa.Column('updated_at', MOMENT, nullable=False),
    sa.ForeignKeyConstraint(['decided_by'], ['accounts.id'], name=op.f('fk_shift_swaps_decided_by_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['offered_by'], ['employees.id'], name=op.f('fk_shift_swaps_offered_by_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['roster_shift_id'], ['roster_shifts.id'], name=op.f('fk_shift_swaps_roster_shift_id_roster_shifts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_shift_swaps_store_id_org_units'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['taken_by'], ['employees.id'], name=op.f('fk_shift_swaps_taken_by_employees'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['shift_templates.id'], name=op.f('fk_shift_swaps_template_id_shift_templates'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_swaps'))
    )
    with op.batch_alter_table('shift_swaps', schema=None) as batch_op:
        batch_op.create_index('ix_shift_swaps_store_id_status', ['store_id', 'status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('shift_swaps', schema=None) as batch_op:
        batch_op.drop_index('ix_shift_swaps_store_id_status')

    op.drop_table('shift_swaps')
    with op.batch_alter_table('roster_shifts', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_shifts_employee_id_day')

    op.drop_table('roster_shifts')
    op.drop_table('roster_overrides')
    op.drop_table('rosters')
    op.drop_table('roster_policies')
    op.drop_table('women_share_members')
    op.drop_table('shift_templates')
