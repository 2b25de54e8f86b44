"""Tickets: while one waits on the requester, the working minutes its resolution clock had used
when the wait began, so the list's at_risk and breached filters need not read waiting tickets'
clocks. Tickets waiting since before keep NULL (the filters read their clocks).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-05 14:15
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0026'
down_revision: str | None = '0025'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('tickets', sa.Column('resolution_spent_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column('tickets', 'resolution_spent_minutes')
