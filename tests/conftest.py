"""Test databases: every database test runs on SQLite and on PostgreSQL.

Each run creates its own databases and drops them afterwards. SQLite tests get a fresh copy of a
migrated template file; PostgreSQL tests share one migrated database per run, emptied after each
test. Under CI=true PostgreSQL is required; elsewhere its tests are skipped with one clear reason.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy.engine import make_url

import domain.models  # noqa: F401
import migrations
from api.main import create_app
from api.settings import Settings
from domain.shared.clock import ManualClock
from domain.shared.db import Base, Database
from tests.factories import World, seed_world

POSTGRES_URL = os.environ.get("FRONTLINE_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
TEST_SECRET = "test-signing-key-" + "x" * 48
START = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)  # a Monday, 09:00 in Shanghai

_postgres_problem: str | None = None
T = TypeVar("T")


async def _probe_postgres() -> str | None:
    url = make_url(POSTGRES_URL)
    try:
        connection = await asyncpg.connect(
            host=url.host,
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            database=url.database,
            timeout=3,
        )
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return f"{type(exc).__name__}: {exc}"
    await connection.close()
    return None


def pytest_configure(config: pytest.Config) -> None:
    global _postgres_problem
    for context in CONTEXTS:
        config.addinivalue_line("markers", f"{context}: the tests of domain/{context}")
    _postgres_problem = asyncio.run(_probe_postgres())
    if _postgres_problem and IN_CI:
        raise pytest.UsageError(
            f"CI=true requires PostgreSQL at {POSTGRES_URL} ({_postgres_problem}); "
            "start it or set FRONTLINE_TEST_POSTGRES_URL."
        )


# A test file belongs to the contexts its name speaks of, so `make test-context CONTEXT=attendance`
# (pytest -m attendance) runs one context's tests alone; `make test` still runs everything.
CONTEXT_WORDS = {
    "accounts": "people",
    "assignments": "people",
    "employees": "people",
    "actor": "people",
    "arrangements": "care",
    "care": "care",
    "attendance": "attendance",
    "clock_in": "attendance",
    "geofence": "attendance",
    "punch": "attendance",
    "shift_matching": "attendance",
    "auth": "auth",
    "passwords": "auth",
    "security_tokens": "auth",
    "sign_in": "auth",
    "integration_clients": "auth",
    "growth": "growth",
    "knowledge": "knowledge",
    "recognition": "recognition",
    "stories": "stories",
    "mentors": "growth",
    "ingest": "sales",
    "notification": "notifications",
    "stream": "notifications",
    "subscriber": "notifications",
    "org": "org",
    "performance": "performance",
    "pool": "pools",
    "posting": "postings",
    "roster": "rosters",
    "sync": "sync",
    "ticket": "tickets",
    "sla": "tickets",
    "training": "training",
    "transfer": "transfers",
    "effective_dating": "transfers",
    "webhook": "webhooks",
}
CONTEXTS = sorted(set(CONTEXT_WORDS.values()))


def contexts_of(file_stem: str) -> set[str]:
    return {context for word, context in CONTEXT_WORDS.items() if word in file_stem}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        for context in contexts_of(item.path.stem):
            item.add_marker(getattr(pytest.mark, context))


def pytest_report_header(config: pytest.Config) -> str:
    if _postgres_problem:
        return (
            f"postgresql: NOT reachable at {POSTGRES_URL} ({_postgres_problem}); PostgreSQL tests are skipped "
            "(CI=true makes them required)"
        )
    return f"postgresql: {POSTGRES_URL} (tests run on sqlite and postgresql)"


def run_in_thread(function: Callable[..., T], *args: Any) -> T:
    """Alembic's env runs its own event loop; keep it off the test loop's thread."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(function, *args).result()


async def _admin_execute(statement: str) -> None:
    url = make_url(POSTGRES_URL)
    connection = await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, database=url.database
    )
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "template.db"
    run_in_thread(migrations.upgrade, f"sqlite+aiosqlite:///{path}")
    return path


def postgres_admin(statement: str) -> None:
    run_in_thread(asyncio.run, _admin_execute(statement))


def fresh_postgres_database() -> tuple[str, str]:
    """Creates an empty database of this run's own; returns (name, url)."""
    name = f"frontline_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    postgres_admin(f'CREATE DATABASE "{name}"')
    return name, make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_database_url() -> Iterator[str]:
    name, url = fresh_postgres_database()
    try:
        run_in_thread(migrations.upgrade, url)
        yield url
    finally:
        postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def dialect(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and _postgres_problem:
        pytest.skip(f"PostgreSQL not reachable at {POSTGRES_URL}")
    return str(request.param)


TABLES = [table.name for table in reversed(Base.metadata.sorted_tables)]


@pytest.fixture
async def database_url(dialect: str, request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if dialect == "sqlite":
        path = tmp_path / "frontline.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_database_url")
    yield url
    await _empty_postgres(url)


# Emptying the tables between tests: DELETEs with triggers off (the append-only tables refuse
# deletes otherwise) and sequences set back, in one round trip. A TRUNCATE of every table did the
# same at about fifty times the cost (new files for each table), a third of the PostgreSQL run.
_EMPTY_POSTGRES = "; ".join(
    [
        "SET session_replication_role = replica",
        *(f'DELETE FROM "{table}"' for table in TABLES),
        "SET session_replication_role = DEFAULT",
        "SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'",
    ]
)


async def _empty_postgres(url: str) -> None:
    parsed = make_url(url)
    connection = await asyncpg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        database=parsed.database,
    )
    try:
        await connection.execute(_EMPTY_POSTGRES)
    finally:
        await connection.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


# a fixed key, so a test's sealed values are not tied to a file of its own
TEST_CARE_KEYS = "test1:" + "A" * 43


def make_settings(database_url: str, var_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "env": "test",
        "database_url": database_url,
        "var_dir": var_dir,
        "jwt_secret": TEST_SECRET,
        "care_keys": TEST_CARE_KEYS,
        "password_time_cost": 1,
        "password_memory_kib": 1024,
        "password_parallelism": 1,
        "max_body_bytes": 65_536,
        # the suite reads English details; tests/api/test_languages.py covers the product's default
        "default_language": "en",
        **overrides,
    }
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return make_settings(database_url, tmp_path / "var")


@pytest.fixture
async def app(settings: Settings, clock: ManualClock) -> AsyncIterator[FastAPI]:
    application = create_app(settings, clock=clock)
    yield application
    await application.state.database.dispose()


@pytest.fixture
def database(app: FastAPI) -> Database:
    db: Database = app.state.database
    return db


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield http


@pytest.fixture
async def world(app: FastAPI, clock: ManualClock) -> World:
    return await seed_world(app, clock)
