"""Clock-in sequences: each person's punches numbered in the order recorded, and a per-person
counter that concurrent punches compare-and-set, so two punches of one person are never decided
on the same previous punch

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 09:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('clock_in_sequences',
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('last_sequence', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_clock_in_sequences_employee_id_employees'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('employee_id', name=op.f('pk_clock_in_sequences'))
    )
    with op.batch_alter_table('clock_ins', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sequence', sa.BigInteger(), nullable=True))
    # Punches recorded so far are numbered in time order (UPDATE ... FROM: PostgreSQL, SQLite >= 3.33).
    op.execute(
        "UPDATE clock_ins SET sequence = numbered.sequence FROM ("
        " SELECT id, row_number() OVER (PARTITION BY employee_id ORDER BY punched_at, received_at, id) AS sequence"
        " FROM clock_ins) AS numbered WHERE clock_ins.id = numbered.id"
    )
    op.execute(
        "INSERT INTO clock_in_sequences (employee_id, last_sequence)"
        " SELECT employee_id, max(sequence) FROM clock_ins GROUP BY employee_id"
    )
    with op.batch_alter_table('clock_ins', schema=None) as batch_op:
        batch_op.alter_column('sequence', existing_type=sa.BigInteger(), nullable=False)
        batch_op.drop_index('ix_clock_ins_employee_id_punched_at')
        batch_op.create_index('ix_clock_ins_employee_id_punched_at_sequence', ['employee_id', 'punched_at', 'sequence'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('clock_ins', schema=None) as batch_op:
        batch_op.drop_index('ix_clock_ins_employee_id_punched_at_sequence')
        batch_op.create_index('ix_clock_ins_employee_id_punched_at', ['employee_id', 'punched_at'], unique=False)
        batch_op.drop_column('sequence')
    op.drop_table('clock_in_sequences')
