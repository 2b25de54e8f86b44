"""Tickets: how each clock went, recorded when it stops (first response met and its working
minutes; resolution met and the working minutes its waits spared), so the ticket figures add them
up in SQL. Earlier rows keep NULL and the figures read their clocks as before.

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 14:10
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0025'
down_revision: str | None = '0024'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = [
    ('first_response_met', sa.Boolean()),
    ('first_response_elapsed_minutes', sa.Integer()),
    ('resolution_met', sa.Boolean()),
    ('resolution_paused_minutes', sa.Integer()),
]


def upgrade() -> None:
    for name, kind in COLUMNS:
        op.add_column('tickets', sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    for name, _ in reversed(COLUMNS):
        op.drop_column('tickets', name)
