"""Alembic migrations: the only way the schema changes, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.set_main_option("file_template", "%%(year)d-%%(month).2d-%%(day).2d-%%(hour).2d%%(minute).2d_%%(slug)s")
    return config


@cache
def history() -> tuple[str, ...]:
    """The revisions of the migration files, newest first (read once per process: they never change
    while it runs, and reading them costs more than building the rest of the app)."""
    return tuple(script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions())


def head_revision() -> str | None:
    return history()[0] if history() else None


def revisions_before(revision: str) -> tuple[str, ...]:
    """The revisions older than `revision`, newest first."""
    known = history()
    return known[known.index(revision) + 1 :]


def schema_serves_this_code(revision: str | None) -> bool:
    """The schema this code needs, or a newer one: migrations expand first and contract a release
    later, so a revision these files do not know comes from a later release and still serves."""
    return revision is not None and (revision == head_revision() or revision not in history())


def upgrade(database_url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(database_url), revision)
