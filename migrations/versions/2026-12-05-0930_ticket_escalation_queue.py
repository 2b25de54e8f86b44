"""Tickets: the moment the escalation job must next look at each (so a pass reads the tickets falling
due, not every active ticket), and an index for the automatic close of resolved tickets

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-05 09:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0023'
down_revision: str | None = '0022'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MOMENT = sa.DateTime(timezone=True)
ACTIVE = ('open', 'acknowledged', 'in_progress', 'waiting_on_requester')


def upgrade() -> None:
    op.add_column('tickets', sa.Column('escalation_check_at', MOMENT, nullable=True))
    # Every active ticket is looked at on the first pass (its creation is in the past), which then
    # sets the real moment; inactive tickets never are.
    tickets = sa.table(
        'tickets', sa.column('escalation_check_at', MOMENT), sa.column('created_at', MOMENT), sa.column('status')
    )
    op.execute(
        tickets.update()
        .where(sa.cast(tickets.c.status, sa.String).in_(ACTIVE))
        .values(escalation_check_at=tickets.c.created_at)
    )
    op.create_index(
        'ix_tickets_escalation_check_at',
        'tickets',
        ['escalation_check_at'],
        unique=False,
        postgresql_where=sa.text('escalation_check_at IS NOT NULL'),
        sqlite_where=sa.text('escalation_check_at IS NOT NULL'),
    )
    op.create_index('ix_tickets_status_resolved_at', 'tickets', ['status', 'resolved_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_tickets_status_resolved_at', table_name='tickets')
    op.drop_index(
        'ix_tickets_escalation_check_at',
        table_name='tickets',
        postgresql_where=sa.text('escalation_check_at IS NOT NULL'),
        sqlite_where=sa.text('escalation_check_at IS NOT NULL'),
    )
    op.drop_column('tickets', 'escalation_check_at')
