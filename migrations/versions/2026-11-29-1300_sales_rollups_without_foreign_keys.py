"""Sales roll-ups without foreign keys: each cost a lookup and a row lock on the store or employee
per rolled-up row (about a fifth of an ingest batch); a delete guard on stores and employees keeps
their sales history attached instead

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 13:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from migrations import sales_history

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOREIGN_KEYS = (
    ('daily_store_sales', 'fk_daily_store_sales_store_id_org_units', 'org_units', 'store_id'),
    ('daily_employee_sales', 'fk_daily_employee_sales_employee_id_employees', 'employees', 'employee_id'),
    ('daily_employee_sales', 'fk_daily_employee_sales_store_id_org_units', 'org_units', 'store_id'),
)


def upgrade() -> None:
    for table, name, _, _ in FOREIGN_KEYS:
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(name, type_='foreignkey')
    sales_history.guard()


def downgrade() -> None:
    sales_history.unguard()
    for table, name, referred, column in FOREIGN_KEYS:
        with op.batch_alter_table(table) as batch:
            batch.create_foreign_key(name, referred, [column], ['id'], ondelete='RESTRICT')
