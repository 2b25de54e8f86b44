"""Events and notifications: typed events in the outbox (schema version, fanned out once to
subscribers, each with its own queue of tasks), notifications rendered in the reader's language
(kind, subject and values instead of an English message; ordered by seq for the live stream),
per-person mutes and HR's mandatory kinds, and assignments announced the day before they start

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 14:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BIGINT = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql')


def upgrade() -> None:
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('schema_version', sa.Integer(), nullable=False, server_default='1'))
        batch_op.add_column(sa.Column('fanned_out_at', sa.DateTime(timezone=True), nullable=True))
    op.create_table('subscriber_tasks',
    sa.Column('id', BIGINT, autoincrement=True, nullable=False),
    sa.Column('event_id', BIGINT, nullable=False),
    sa.Column('subscriber', sa.String(length=32), nullable=False),
    sa.Column('available_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['outbox_events.id'], name=op.f('fk_subscriber_tasks_event_id_outbox_events'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subscriber_tasks')),
    sa.UniqueConstraint('event_id', 'subscriber', name=op.f('uq_subscriber_tasks_event_id_subscriber'))
    )
    with op.batch_alter_table('subscriber_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_subscriber_tasks_due', ['subscriber', 'done_at', 'available_at'], unique=False)
    # Events delivered before stay delivered; events still waiting go to the webhooks (their old
    # payloads predate the typed events, so no notifications are made of them).
    op.execute("UPDATE outbox_events SET fanned_out_at = coalesce(processed_at, occurred_at)")
    op.execute(
        "INSERT INTO subscriber_tasks (event_id, subscriber, available_at, attempts)"
        " SELECT id, 'webhooks', available_at, 0 FROM outbox_events WHERE processed_at IS NULL"
    )
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_events_due')
        batch_op.create_index('ix_outbox_events_pending', ['fanned_out_at', 'id'], unique=False)
        batch_op.drop_column('available_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('attempts')
        batch_op.drop_column('processed_at')
        batch_op.drop_column('last_error')
        batch_op.alter_column('schema_version', existing_type=sa.Integer(), server_default=None)

    op.rename_table('notifications', 'notifications_before_0014')
    if op.get_bind().dialect.name == 'postgresql':  # constraint names are the schema's, not the table's
        for name in ('pk_notifications', 'fk_notifications_account_id_accounts', 'fk_notifications_ticket_id_tickets'):
            op.execute(f'ALTER TABLE notifications_before_0014 RENAME CONSTRAINT {name} TO {name}_before_0014')
    with op.batch_alter_table('notifications_before_0014', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_account_id_created_at')
    op.create_table('notifications',
    sa.Column('seq', BIGINT, autoincrement=True, nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=48), nullable=False),
    sa.Column('subject_type', sa.String(length=32), nullable=True),
    sa.Column('subject_id', sa.String(length=64), nullable=True),
    sa.Column('params', JSON, nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_notifications_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_notifications')),
    sa.UniqueConstraint('id', name=op.f('uq_notifications_id'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_account_id_seq', ['account_id', 'seq'], unique=False)
    # Older notices keep their English text as a "legacy" notice about their ticket.
    bind = op.get_bind()
    params = (
        "jsonb_build_object('text', message)" if bind.dialect.name == 'postgresql' else "json_object('text', message)"
    )
    op.execute(
        "INSERT INTO notifications (id, account_id, kind, subject_type, subject_id, params, created_at, read_at)"
        f" SELECT id, account_id, 'legacy', CASE WHEN ticket_id IS NULL THEN NULL ELSE 'ticket' END,"
        f" {'CAST(ticket_id AS TEXT)' if bind.dialect.name == 'postgresql' else 'ticket_id'}, {params}, created_at, read_at"
        " FROM notifications_before_0014 ORDER BY created_at, id"
    )
    op.drop_table('notifications_before_0014')

    op.create_table('notification_preferences',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=48), nullable=False),
    sa.Column('muted', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_notification_preferences_account_id_accounts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'kind', name=op.f('pk_notification_preferences'))
    )
    op.create_table('notification_kind_settings',
    sa.Column('kind', sa.String(length=48), nullable=False),
    sa.Column('mandatory', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['accounts.id'], name=op.f('fk_notification_kind_settings_updated_by_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_notification_kind_settings'))
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('starting_announced_at', sa.DateTime(timezone=True), nullable=True))
    # assignments that started already need no "starting tomorrow"
    op.execute("UPDATE assignments SET starting_announced_at = started_announced_at WHERE started_announced_at IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.drop_column('starting_announced_at')
    op.drop_table('notification_kind_settings')
    op.drop_table('notification_preferences')
    op.drop_table('notifications')
    op.create_table('notifications',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('message', sa.String(length=500), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_notifications_account_id_accounts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_notifications_ticket_id_tickets'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notifications'))
    )
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.create_index('ix_notifications_account_id_created_at', ['account_id', 'created_at'], unique=False)
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('available_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('attempts', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('last_error', sa.Text(), nullable=True))
    op.execute("UPDATE outbox_events SET available_at = occurred_at, processed_at = fanned_out_at")
    op.execute(
        "UPDATE outbox_events SET processed_at = NULL WHERE id IN"
        " (SELECT event_id FROM subscriber_tasks WHERE subscriber = 'webhooks' AND done_at IS NULL)"
    )
    op.drop_table('subscriber_tasks')
    with op.batch_alter_table('outbox_events', schema=None) as batch_op:
        batch_op.alter_column('available_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.alter_column('attempts', existing_type=sa.Integer(), server_default=None)
        batch_op.drop_index('ix_outbox_events_pending')
        batch_op.create_index('ix_outbox_events_due', ['processed_at', 'available_at'], unique=False)
        batch_op.drop_column('fanned_out_at')
        batch_op.drop_column('schema_version')
