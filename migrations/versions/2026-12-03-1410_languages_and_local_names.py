"""Languages and local names: each account's language for the texts it reads (zh-CN or en; null: the
organisation's default), and the Chinese names of org units and employees beside the romanised ones

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 14:10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=10), nullable=True))
    with op.batch_alter_table('org_units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('local_name', sa.String(length=200), nullable=True))
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.add_column(sa.Column('local_name', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('employees', schema=None) as batch_op:
        batch_op.drop_column('local_name')
    with op.batch_alter_table('org_units', schema=None) as batch_op:
        batch_op.drop_column('local_name')
    with op.batch_alter_table('accounts', schema=None) as batch_op:
        batch_op.drop_column('language')
