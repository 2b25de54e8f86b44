"""Need tickets: routing, SLA policies, business hours, tickets, pauses, timeline, attachments,
escalations, notifications

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations import append_only
from sqlalchemy.dialects import postgresql

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('ticket_sla_policies',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('priority', sa.Enum('low', 'normal', 'high', 'urgent', name='sla_priority', native_enum=False, create_constraint=True, length=14), nullable=True),
    sa.Column('first_response_minutes', sa.Integer(), nullable=False),
    sa.Column('resolution_minutes', sa.Integer(), nullable=False),
    sa.Column('business_hours', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_sla_policies')),
    sa.UniqueConstraint('category', 'priority', name=op.f('uq_ticket_sla_policies_category_priority'))
    )
    op.create_table('department_calendars',
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('weekly', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('holidays', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['org_units.id'], name=op.f('fk_department_calendars_department_id_org_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('department_id', name=op.f('pk_department_calendars'))
    )
    op.create_table('ticket_routing_rules',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('region_id', sa.Uuid(), nullable=True),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['org_units.id'], name=op.f('fk_ticket_routing_rules_department_id_org_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['region_id'], ['org_units.id'], name=op.f('fk_ticket_routing_rules_region_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_routing_rules')),
    sa.UniqueConstraint('category', 'region_id', name=op.f('uq_ticket_routing_rules_category_region_id'))
    )
    op.create_table('tickets',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('requester_account_id', sa.Uuid(), nullable=False),
    sa.Column('requester_employee_id', sa.Uuid(), nullable=False),
    sa.Column('store_id', sa.Uuid(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('priority', sa.Enum('low', 'normal', 'high', 'urgent', name='ticket_priority', native_enum=False, create_constraint=True, length=14), nullable=False),
    sa.Column('status', sa.Enum('open', 'acknowledged', 'in_progress', 'waiting_on_requester', 'resolved', 'closed', name='ticket_status', native_enum=False, create_constraint=True, length=28), nullable=False),
    sa.Column('department_id', sa.Uuid(), nullable=False),
    sa.Column('assignee_account_id', sa.Uuid(), nullable=True),
    sa.Column('business_hours', sa.Boolean(), nullable=False),
    sa.Column('calendar_department_id', sa.Uuid(), nullable=True),
    sa.Column('first_response_minutes', sa.Integer(), nullable=False),
    sa.Column('resolution_minutes', sa.Integer(), nullable=False),
    sa.Column('first_response_due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('first_responded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('first_responder_account_id', sa.Uuid(), nullable=True),
    sa.Column('resolution_started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('resolution_due_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paused_since', sa.DateTime(timezone=True), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reopen_count', sa.Integer(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('rating_comment', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assignee_account_id'], ['accounts.id'], name=op.f('fk_tickets_assignee_account_id_accounts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['calendar_department_id'], ['org_units.id'], name=op.f('fk_tickets_calendar_department_id_org_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['department_id'], ['org_units.id'], name=op.f('fk_tickets_department_id_org_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requester_account_id'], ['accounts.id'], name=op.f('fk_tickets_requester_account_id_accounts'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['requester_employee_id'], ['employees.id'], name=op.f('fk_tickets_requester_employee_id_employees'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['store_id'], ['org_units.id'], name=op.f('fk_tickets_store_id_org_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tickets'))
    )
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.create_index('ix_tickets_department_id_status', ['department_id', 'status'], unique=False)
        batch_op.create_index('ix_tickets_requester_account_id_created_at', ['requester_account_id', 'created_at'], unique=False)
        batch_op.create_index('ix_tickets_store_id_created_at', ['store_id', 'created_at'], unique=False)

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

    op.create_table('ticket_attachments',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('uploaded_by', sa.Uuid(), nullable=False),
    sa.Column('blob_key', sa.String(length=64), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_attachments_ticket_id_tickets'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['uploaded_by'], ['accounts.id'], name=op.f('fk_ticket_attachments_uploaded_by_accounts'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_attachments'))
    )
    with op.batch_alter_table('ticket_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_attachments_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('ticket_escalations',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('clock', sa.String(length=16), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('round', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_escalations_ticket_id_tickets'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_escalations')),
    sa.UniqueConstraint('ticket_id', 'clock', 'level', 'round', name=op.f('uq_ticket_escalations_ticket_id_clock_level_round'))
    )
    op.create_table('ticket_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), autoincrement=True, nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.Enum('created', 'reply', 'internal_note', 'status_changed', 'assigned', 'transferred', 'escalated', 'attachment', 'rated', name='ticket_event_kind', native_enum=False, create_constraint=True, length=22), nullable=False),
    sa.Column('internal', sa.Boolean(), nullable=False),
    sa.Column('actor_account_id', sa.Uuid(), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_events_ticket_id_tickets'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_events'))
    )
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_events_ticket_id'), ['ticket_id'], unique=False)

    op.create_table('ticket_pauses',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('ticket_id', sa.Uuid(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['ticket_id'], ['tickets.id'], name=op.f('fk_ticket_pauses_ticket_id_tickets'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket_pauses'))
    )
    with op.batch_alter_table('ticket_pauses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ticket_pauses_ticket_id'), ['ticket_id'], unique=False)
    append_only.guard("ticket_events")

def downgrade() -> None:
    append_only.unguard("ticket_events")
    with op.batch_alter_table('ticket_pauses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_pauses_ticket_id'))

    op.drop_table('ticket_pauses')
    with op.batch_alter_table('ticket_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_events_ticket_id'))

    op.drop_table('ticket_events')
    op.drop_table('ticket_escalations')
    with op.batch_alter_table('ticket_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ticket_attachments_ticket_id'))

    op.drop_table('ticket_attachments')
    with op.batch_alter_table('notifications', schema=None) as batch_op:
        batch_op.drop_index('ix_notifications_account_id_created_at')

    op.drop_table('notifications')
    with op.batch_alter_table('tickets', schema=None) as batch_op:
        batch_op.drop_index('ix_tickets_store_id_created_at')
        batch_op.drop_index('ix_tickets_requester_account_id_created_at')
        batch_op.drop_index('ix_tickets_department_id_status')

    op.drop_table('tickets')
    op.drop_table('ticket_routing_rules')
    op.drop_table('department_calendars')
    op.drop_table('ticket_sla_policies')
