"""Employees: `search_text`, the names, number and e-mail lower-cased (apart by U+001F) in one column kept by the
database (generated: stored on PostgreSQL, virtual on SQLite), which `GET /employees?q=` searches
instead of four columns; on PostgreSQL one trigram index on it replaces the four. A search of two
characters (a Chinese given name) cannot use a trigram index and scans: 25 ms over one column on
100,000 people, 136 ms over four.

Revision ID: 0031
Revises: 0030
Create Date: 2026-12-06 07:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from migrations import name_search

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# domain.people.models.SEARCH_TEXT when this revision was written
SEARCH_TEXT = (
    "lower(full_name || '\x1f' || coalesce(local_name, '') || '\x1f' || employee_no || '\x1f' || coalesce(email, ''))"
)


def upgrade() -> None:
    stored = "STORED" if op.get_bind().dialect.name == "postgresql" else "VIRTUAL"
    op.execute(f"ALTER TABLE employees ADD COLUMN search_text TEXT GENERATED ALWAYS AS ({SEARCH_TEXT}) {stored}")
    name_search.drop()
    name_search.create_search_index()


def downgrade() -> None:
    name_search.drop_search_index()
    name_search.create()
    op.execute("ALTER TABLE employees DROP COLUMN search_text")
