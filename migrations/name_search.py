"""Trigram indexes for finding people by any part of a name, number or e-mail (`GET /employees?q=`,
a case-insensitive "contains"): PostgreSQL's pg_trgm serves LIKE '%...%' from a GIN index, Chinese
names included (any three characters make a trigram). PostgreSQL only: the models, shared by both
dialects, do not declare them, so env.py leaves them out of the drift check. SQLite scans, which
at its sizes is what it does well."""

from __future__ import annotations

from alembic import op

# index name -> (table, column); gin_trgm_ops serves ILIKE, which icontains() renders on PostgreSQL
INDEXES = {
    "ix_employees_full_name_trgm": ("employees", "full_name"),
    "ix_employees_local_name_trgm": ("employees", "local_name"),
    "ix_employees_employee_no_trgm": ("employees", "employee_no"),
    "ix_employees_email_trgm": ("employees", "email"),
}


def create() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, (table, column) in INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")


def drop() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in INDEXES:
        op.execute(f"DROP INDEX IF EXISTS {name}")
