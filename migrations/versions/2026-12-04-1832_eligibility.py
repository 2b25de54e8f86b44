"""Growth: promotion eligibility rules, the notices that tell a person they became eligible (once
per person, rule and version) and the worker's watermark of the data eligibility reads

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


def downgrade() -> None:
    op.drop_table('eligibility_notices')
    op.drop_table('eligibility_watermarks')
    op.drop_table('eligibility_rules')
