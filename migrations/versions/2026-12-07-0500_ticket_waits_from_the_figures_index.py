"""Tickets: the ticket figures' indexes on created_at and on (department_id, created_at) also hold
the category on PostgreSQL, so the analytics' ticket waits (domain/analytics/ticket_waits.py) read a
month, or a range's days, from the index alone as the other ticket figures do; the index on
(category, created_at) of revision 0039, made for medians sorted by category that are no longer
taken, goes (one index fewer to keep on every ticket write).

Revision ID: 0041
Revises: 0040
Create Date: 2026-12-07 05:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0041"
down_revision: str | None = "0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the columns of domain.tickets.models.FIGURES_COLUMNS when this revision was written
FIGURES_COLUMNS = (
    "id",
    "category",
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
BEFORE = tuple(c for c in FIGURES_COLUMNS if c != "category")

INDEXES = {
    "ix_tickets_created_at": ["created_at"],
    "ix_tickets_department_id_created_at": ["department_id", "created_at"],
}


def _figures_indexes(include: Sequence[str]) -> None:
    for name, columns in INDEXES.items():
        op.drop_index(name, table_name="tickets")
        op.create_index(name, "tickets", columns, postgresql_include=list(include))


def upgrade() -> None:
    op.drop_index("ix_tickets_category_created_at", table_name="tickets")
    if op.get_bind().dialect.name == "postgresql":
        _figures_indexes(FIGURES_COLUMNS)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _figures_indexes(BEFORE)
    op.create_index(
        "ix_tickets_category_created_at",
        "tickets",
        ["category", "created_at"],
        postgresql_include=["department_id", "first_responded_at", "resolved_at"],
    )
