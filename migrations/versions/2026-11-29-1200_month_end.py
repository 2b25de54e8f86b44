"""Month-end: frozen scores keep the scorecard templates they used, so a closed month's ranking reads
one short column instead of parsing every frozen breakdown; on PostgreSQL the breakdowns become
`json` (kept as written: they are never queried inside, and jsonb's parsing was a third of the
time of freezing 100,000 of them) compressed with lz4 where the server has it

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 12:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations import append_only

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: scores frozen before this revision have no codes (the append-only guard forbids a
    # backfill); rankings read those from their breakdown instead.
    with op.batch_alter_table('frozen_scores') as batch:
        batch.add_column(sa.Column('template_codes', sa.String(length=256), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE frozen_scores ALTER COLUMN breakdown TYPE json USING breakdown::json')
        if _has_lz4():
            op.execute('ALTER TABLE frozen_scores ALTER COLUMN breakdown SET COMPRESSION lz4')


def _has_lz4() -> bool:
    enumvals = op.get_bind().scalar(
        sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")
    )
    return 'lz4' in (enumvals or [])


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE frozen_scores ALTER COLUMN breakdown SET COMPRESSION default')
        op.execute('ALTER TABLE frozen_scores ALTER COLUMN breakdown TYPE jsonb USING breakdown::jsonb')
    # SQLite drops a column by copying the table, which loses its triggers: guard it again after.
    append_only.unguard('frozen_scores')
    with op.batch_alter_table('frozen_scores') as batch:
        batch.drop_column('template_codes')
    append_only.guard('frozen_scores')
