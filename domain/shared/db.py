"""Database plumbing shared by every context: metadata, column types and the engine.

One code base runs on SQLite (embedded default) and PostgreSQL (production). SQLite needs help to
be a safe default: WAL for concurrent readers, foreign keys on, a busy timeout, and every
transaction begun with BEGIN IMMEDIATE so check-then-insert logic cannot race between connections.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, MetaData, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import NullPool
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC timestamp on both dialects (SQLite would otherwise hand back naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are refused: pass an aware UTC datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# JSON documents: JSONB on PostgreSQL, JSON text on SQLite.
JSONDocument = JSON().with_variant(JSONB(), "postgresql")
# Monotonic integer keys (audit, outbox): SQLite only autoincrements INTEGER PRIMARY KEY.
BigIntKey = BigInteger().with_variant(Integer(), "sqlite")


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _prepare_sqlite_file(url: str) -> None:
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def _install_sqlite_hooks(engine: AsyncEngine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take BEGIN out of the driver's hands so we can emit BEGIN IMMEDIATE ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """An engine and its session factory; one per process (per app or worker)."""

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 10,
        max_overflow: int = 10,
        pool_timeout_s: float = 5.0,
        sqlite_busy_timeout_ms: int = 10_000,
        echo: bool = False,
        null_pool: bool = False,
    ) -> None:
        """`null_pool` opens a connection per use: for callers that hop between event loops."""
        self.url = url
        self.is_sqlite = is_sqlite_url(url)
        pooling: dict[str, Any] = (
            {"poolclass": NullPool}
            if null_pool
            else {"pool_size": pool_size, "max_overflow": max_overflow, "pool_timeout": pool_timeout_s}
        )
        if self.is_sqlite:
            _prepare_sqlite_file(url)
            self.engine = create_async_engine(url, echo=echo, **pooling)
            _install_sqlite_hooks(self.engine, sqlite_busy_timeout_ms)
        else:
            self.engine = create_async_engine(url, echo=echo, pool_pre_ping=True, **pooling)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

    @asynccontextmanager
    async def session_scope(self) -> AsyncIterator[AsyncSession]:
        """A unit of work for code outside a request (worker, CLI): commit on success, else roll back."""
        async with self.sessionmaker() as session:
            try:
                yield session
                await session.commit()
            except BaseException:
                await session.rollback()
                raise

    async def dispose(self) -> None:
        await self.engine.dispose()
