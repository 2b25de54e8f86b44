"""Clock-ins: punches, store access points, idempotency keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('idempotency_keys',
    sa.Column('owner_id', sa.Uuid(), nullable=False),
    sa.Column('key', sa.String(length=255), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('status_code', sa.Integer(), nullable=True),
    sa.Column('response', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('owner_id', 'key', name=op.f('pk_idempotency_keys'))
    )
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idempotency_keys_expires_at'), ['expires_at'], unique=False)

    op.create_table('store_access_points',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('bssid', sa.String(length=17), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_store_access_points_store_id_org_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_store_access_points')),
    sa.UniqueConstraint('store_id', 'bssid', name=op.f('uq_store_access_points_store_id_bssid'))
    )
    op.create_table('clock_ins',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('employee_id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('in', 'out', name='punch_kind', native_enum=False, create_constraint=True, length=11), nullable=False),
    sa.Column('punched_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('client_time', sa.DateTime(timezone=True), nullable=False),
    sa.Column('latitude', sa.Float(), nullable=False),
    sa.Column('longitude', sa.Float(), nullable=False),
    sa.Column('accuracy_m', sa.Float(), nullable=False),
    sa.Column('distance_m', sa.Float(), nullable=False),
    sa.Column('method', sa.Enum('gps', 'wifi', 'qr', name='punch_method', native_enum=False, create_constraint=True, length=12), nullable=False),
    sa.Column('device_id', sa.String(length=128), nullable=False),
    sa.Column('wifi_bssid', sa.String(length=17), nullable=True),
    sa.Column('qr_window', sa.Integer(), nullable=True),
    sa.Column('flags', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('flagged', sa.Boolean(), nullable=False),
    sa.Column('review_status', sa.String(length=16), nullable=True),
    sa.Column('reviewed_by', sa.Uuid(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('review_reason', sa.Text(), nullable=True),
    sa.Column('request_id', sa.String(length=128), nullable=True),
    sa.ForeignKeyConstraint(['employee_id'], ['employees.id'], name=op.f('fk_clock_ins_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_clock_ins_store_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clock_ins'))
    )
    with op.batch_alter_table('clock_ins', schema=None) as batch_op:
        batch_op.create_index('ix_clock_ins_employee_id_punched_at', ['employee_id', 'punched_at'], unique=False)
        batch_op.create_index('ix_clock_ins_store_id_punched_at', ['store_id', 'punched_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('clock_ins', schema=None) as batch_op:
        batch_op.drop_index('ix_clock_ins_store_id_punched_at')
        batch_op.drop_index('ix_clock_ins_employee_id_punched_at')

    op.drop_table('clock_ins')
    op.drop_table('store_access_points')
    with op.batch_alter_table('idempotency_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_idempotency_keys_expires_at'))

    op.drop_table('idempotency_keys')
