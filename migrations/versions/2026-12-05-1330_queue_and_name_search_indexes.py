"""Indexes for the big tenant's daily screens: a department's ticket queue newest first and a
month's tickets (the queue read a department's tickets through its status index and sorted them),
the running clocks by due time (the at_risk filter),
and trigram indexes for finding people by part of a name, number or e-mail on PostgreSQL

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-05 13:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations import name_search

revision: str = '0024'
down_revision: str | None = '0023'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# the at_risk filter's candidates: tickets whose clock still runs, by its due time
RUNNING = [
    ('ix_tickets_first_response_running', 'first_response_due_at', 'first_responded_at'),
    ('ix_tickets_resolution_running', 'resolution_due_at', 'resolved_at'),
]


def upgrade() -> None:
    op.create_index('ix_tickets_department_id_created_at', 'tickets', ['department_id', 'created_at'], unique=False)
    op.create_index('ix_tickets_created_at', 'tickets', ['created_at'], unique=False)
    for name, column, running in RUNNING:
        where = sa.text(f'{running} IS NULL')
        op.create_index(name, 'tickets', [column], unique=False, postgresql_where=where, sqlite_where=where)
    name_search.create()


def downgrade() -> None:
    name_search.drop()
    for name, _, running in RUNNING:
        where = sa.text(f'{running} IS NULL')
        op.drop_index(name, table_name='tickets', postgresql_where=where, sqlite_where=where)
    op.drop_index('ix_tickets_created_at', table_name='tickets')
    op.drop_index('ix_tickets_department_id_created_at', table_name='tickets')
