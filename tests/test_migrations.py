"""Migrations are the only way the schema changes: head matches the models on both dialects, and
downgrade to base works."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

import migrations
from domain.shared.db import Base, Database
from tests.conftest import fresh_postgres_database, postgres_admin, run_in_thread


@pytest.fixture
def empty_database_url(dialect: str, tmp_path: Path):
    if dialect == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
        return
    name, url = fresh_postgres_database()
    try:
        yield url
    finally:
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _tables(url: str) -> set[str]:
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            return set(await connection.run_sync(lambda sync: inspect(sync).get_table_names()))
    finally:
        await database.dispose()


async def test_upgrade_head_has_no_drift_and_downgrades_to_base(empty_database_url: str) -> None:
    config = migrations.alembic_config(empty_database_url)
    run_in_thread(command.upgrade, config, "head")
    assert set(Base.metadata.tables) <= await _tables(empty_database_url)
    run_in_thread(command.check, config)  # raises when the models and the migrated schema differ
    run_in_thread(command.downgrade, config, "base")
    assert await _tables(empty_database_url) <= {"alembic_version"}
    run_in_thread(command.upgrade, config, "head")


def test_revision_files_follow_the_naming_rule() -> None:
    for path in (migrations.MIGRATIONS_DIR / "versions").glob("*.py"):
        if path.name == "__init__.py":
            continue
        stamp, _, slug = path.stem.partition("_")
        assert len(stamp) == len("YYYY-MM-DD-HHMM") and slug, path.name
