"""Tickets: on PostgreSQL the indexes on created_at and on (department_id, created_at) also hold the
columns the ticket figures read, so a month of figures is an index-only read (a month's 40,000
rows lay across 30,000 pages of the table on the big tenant: 230 ms for each grouped read; 16 ms
from the index, and a department's month 1 ms). SQLite has no INCLUDE and keeps the plain indexes.

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06 05:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the columns of domain.tickets.models.FIGURES_COLUMNS when this revision was written
FIGURES_COLUMNS = (
    "id",
    "department_id",
    "requester_account_id",
    "first_responder_account_id",
    "assignee_account_id",
    "business_hours",
    "calendar_department_id",
    "first_response_due_at",
    "first_responded_at",
    "first_response_met",
    "first_response_elapsed_minutes",
    "resolution_started_at",
    "resolved_at",
    "resolution_met",
    "resolution_paused_minutes",
    "rating",
)


INDEXES = {
    "ix_tickets_created_at": ["created_at"],
    "ix_tickets_department_id_created_at": ["department_id", "created_at"],
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in INDEXES.items():
        op.drop_index(name, table_name="tickets")
        op.create_index(name, "tickets", columns, postgresql_include=list(FIGURES_COLUMNS))


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, columns in INDEXES.items():
        op.drop_index(name, table_name="tickets")
        op.create_index(name, "tickets", columns)
