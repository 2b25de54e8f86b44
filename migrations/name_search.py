"""Trigram indexes for finding people by any part of a name, number or e-mail (`GET /employees?q=`,
a case-insensitive "contains"): PostgreSQL's pg_trgm serves LIKE '%...%' from a GIN index, Chinese
names included (any three characters make a trigram). PostgreSQL only: the models, shared by both
dialects, do not declare them, so env.py leaves them out of the drift check. SQLite scans, which
at its sizes is what it does well."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import op

from domain.people.models import SEARCH_TEXT

# index name -> (table, column); gin_trgm_ops serves ILIKE, which icontains() renders on PostgreSQL
INDEXES = {
    "ix_employees_full_name_trgm": ("employees", "full_name"),
    "ix_employees_local_name_trgm": ("employees", "local_name"),
    "ix_employees_employee_no_trgm": ("employees", "employee_no"),
    "ix_employees_email_trgm": ("employees", "email"),
}


# since migration 0031: one index on employees.search_text (the four columns above, lower-cased)
SEARCH_INDEX = "ix_employees_search_text_trgm"


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


def create_search_index() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(f"CREATE INDEX {SEARCH_INDEX} ON employees USING gin (search_text gin_trgm_ops)")


def drop_search_index() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {SEARCH_INDEX}")


@contextmanager
def search_text_set_aside() -> Iterator[None]:
    """For a batch change of `employees` on SQLite: Alembic's batch mode copies every column into the
    rebuilt table, and SQLite refuses a value for a generated column ("cannot INSERT into generated
    column"), so the column is dropped first and added back after (it is virtual: nothing is lost).
    PostgreSQL alters the table in place and needs nothing.

        with name_search.search_text_set_aside(), op.batch_alter_table("employees") as batch: ...
    """
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("ALTER TABLE employees DROP COLUMN search_text")
    yield
    if sqlite:
        op.execute(f"ALTER TABLE employees ADD COLUMN search_text TEXT GENERATED ALWAYS AS ({SEARCH_TEXT}) VIRTUAL")
