"""Tickets without a store: head-office staff who work at no store that day raise tickets that
name none (tickets.store_id becomes nullable)

On SQLite the column changes by copying the table, and dropping the old copy would cascade to (or
be refused by) the rows that refer to tickets: notifications, events, pauses, attachments and
escalations. So foreign keys are switched off around the copy (SQLite allows that only between
transactions) and checked again before they are switched back on.

The downgrade gives a store-less ticket its requester's home unit, the closest thing the older
schema can hold.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 09:00
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


@contextmanager
def _referenced_table_copy() -> Iterator[None]:
    """On SQLite, foreign keys off while a table others refer to is copied; a no-op elsewhere."""
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        yield
        return
    # The migration runs in one transaction (BEGIN IMMEDIATE); the pragma only works outside one.
    # Earlier revisions of this run are committed here, each with its version stamp.
    bind.exec_driver_sql('COMMIT')
    bind.exec_driver_sql('PRAGMA foreign_keys=OFF')
    bind.exec_driver_sql('BEGIN IMMEDIATE')
    try:
        yield
        broken = bind.exec_driver_sql('PRAGMA foreign_key_check').fetchall()
        if broken:
            raise RuntimeError(f'foreign keys broken by the table copy: {broken[:5]}')
    except BaseException:
        bind.exec_driver_sql('ROLLBACK')
        raise
    else:
        bind.exec_driver_sql('COMMIT')
    finally:
        bind.exec_driver_sql('PRAGMA foreign_keys=ON')
        # Alembic stamps the version and commits in the transaction it believes is still open.
        bind.exec_driver_sql('BEGIN IMMEDIATE')


def upgrade() -> None:
    with _referenced_table_copy(), op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.alter_column('store_id', existing_type=sa.Uuid(), nullable=True)


def downgrade() -> None:
    op.execute(
        'UPDATE tickets SET store_id = (SELECT employees.home_unit_id FROM employees'
        ' WHERE employees.id = tickets.requester_employee_id) WHERE store_id IS NULL'
    )
    with _referenced_table_copy(), op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.alter_column('store_id', existing_type=sa.Uuid(), nullable=False)
