"""Database plumbing shared by every context: metadata, column types and the engine.

One code base runs on SQLite (embedded default) and PostgreSQL (production). SQLite needs help to
be a safe default: WAL for concurrent readers, foreign keys on, a busy timeout, and every
transaction begun with BEGIN IMMEDIATE so check-then-insert logic cannot race between connections.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import asyncpg
from sqlalchemy import JSON, BigInteger, Column, DateTime, Integer, MetaData, String, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.pool import NullPool
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
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


class DriverStatement:
    """A Core statement compiled once for asyncpg: its SQL text and its parameters in order, so a hot
    path can run the one statement definition on a bare driver connection. Values go to the driver
    as they are (no SQLAlchemy type processing): pass aware datetimes, strings for enums."""

    _dialect: Dialect = asyncpg_dialect()  # type: ignore[no-untyped-call]

    def __init__(self, statement: ClauseElement) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=self._dialect))
        self.sql = compiled.string
        self._names = list(compiled.positiontup or ())
        self._defaults = {name: bind.value for bind, name in compiled.bind_names.items() if bind.value is not None}

    def args(self, params: Mapping[str, Any]) -> list[Any]:
        return [params[name] if name in params else self._defaults[name] for name in self._names]


def driver_array_type(column: Column[Any]) -> str:
    """PostgreSQL: the array type a hot-path statement takes a column's values in, from the table's
    own definition. Texts go as `text` (a cast to varchar(n) would cut a long value short instead of
    refusing it), JSON as its text (cast back with `driver_value`)."""
    if isinstance(column.type, (JSON, String)):
        return "text[]"
    return f"{column.type.compile(dialect=DriverStatement._dialect)}[]"


def driver_value(column: Column[Any], source: str | None = None) -> str:
    """The expression reading a column's value back from an array-fed source (see `driver_array_type`)."""
    name = f"{source}.{column.name}" if source else column.name
    return f"{name}::jsonb" if isinstance(column.type, JSON) else name


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


async def keep_session(connection: Any) -> None:
    """An asyncpg pool `reset` for connections whose users change no session state (no SET, LISTEN,
    advisory locks or cursors): the default reset costs a round trip per release. The pool still
    rolls back a transaction left open."""


def _thrown_away(connection: Any, cause: Exception) -> Exception:
    """A driver connection whose protocol is out of step with its socket, terminated so that nothing
    uses it again; answered as a lost connection (callers retry those, the edge answers 503).

    The case met in production: on a restart the server sends each session a FATAL message, then
    closes the socket. A connection idle in the pool reads the message (its protocol now waits for
    the end of an "operation") a moment before it reads the socket's end, and in between it looks
    open: the pool handed it out and every statement on it failed with InternalClientError ("another
    operation is in progress"), and it went back to the pool to fail again. Whatever the driver calls
    an internal error leaves its connection in a state nobody can vouch for, so it never goes back."""
    connection.terminate()
    lost: Exception = asyncpg.exceptions.ConnectionDoesNotExistError(f"driver connection thrown away: {cause}")
    return lost


# URL options SQLAlchemy's asyncpg adaptor consumes itself; asyncpg.connect does not know them.
_ADAPTOR_OPTIONS = ("prepared_statement_cache_size", "prepared_statement_name_func", "async_fallback")

# Behind a transaction-mode pooler: the driver keeps no statement cache and SQLAlchemy's adaptor
# prepares every statement unnamed (the name ""), so nothing prepared outlives its transaction on a
# server connection another client may use next (named statements collided there: "prepared
# statement __asyncpg_stmt_1__ already exists"). SQLAlchemy runs every statement in a transaction,
# its pre-ping included; the driver pool's connections do too (`driver_connection`).
_POOLER_OPTIONS: dict[str, Any] = {
    "statement_cache_size": 0,
    "prepared_statement_cache_size": 0,
    "prepared_statement_name_func": lambda: "",
}


class Database:
    """An engine and its session factory; one per process (per app or worker)."""

    def __init__(
        self,
        url: str,
        *,
        pool_size: int = 10,
        max_overflow: int = 10,
        pool_timeout_s: float = 5.0,
        driver_pool_size: int | None = None,
        transaction_pooler: bool = False,
        sqlite_busy_timeout_ms: int = 10_000,
        echo: bool = False,
        null_pool: bool = False,
    ) -> None:
        """`null_pool` opens a connection per use: for callers that hop between event loops.
        `driver_pool_size` bounds the hot paths' bare connections (default: `pool_size`).
        `transaction_pooler`: the URL reaches PostgreSQL through PgBouncer (or the like) in
        transaction mode, where consecutive transactions of one client connection may run on
        different server connections and one server connection serves many clients, so nothing
        may outlive a transaction: no startup settings, no named prepared statements, every
        statement inside a transaction (see `_POOLER_OPTIONS`)."""
        self.url = url
        self.is_sqlite = is_sqlite_url(url)
        self.transaction_pooler = transaction_pooler and not self.is_sqlite
        self._null_pool = null_pool
        self._pool_size = driver_pool_size or pool_size
        self._pool_timeout_s = pool_timeout_s
        self._driver_pool: Any = None
        self._driver_pool_lock = asyncio.Lock()
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
            connect_args = _POOLER_OPTIONS if self.transaction_pooler else {}
            self.engine = create_async_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args, **pooling)
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

    def _driver_arguments(self) -> dict[str, Any]:
        """The engine's own connect arguments (host, credentials and URL options such as `ssl`), so
        the driver pool reaches the server exactly as the engine does."""
        _, options = self.engine.dialect.create_connect_args(self.engine.url)
        for adaptor_only in _ADAPTOR_OPTIONS:
            options.pop(adaptor_only, None)
        if self.transaction_pooler:  # a pooler refuses startup settings it does not know
            return {**options, "statement_cache_size": 0}
        # Hot-path statements are prepared once per connection and written so one plan fits
        # every call (batches through LATERAL): never pay for planning again.
        settings = {**options.pop("server_settings", {}), "plan_cache_mode": "force_generic_plan"}
        return {**options, "server_settings": settings}

    def driver_connect_arguments(self) -> dict[str, Any]:
        """PostgreSQL only: keyword arguments for `asyncpg.connect`, for a connection held apart from
        every pool (the live stream's one LISTEN connection per process)."""
        if self.is_sqlite:
            raise RuntimeError("driver connections are a PostgreSQL facility")
        return self._driver_arguments()

    @asynccontextmanager
    async def driver_connection(self) -> AsyncIterator[Any]:
        """PostgreSQL only: a bare asyncpg connection in autocommit, for hot paths that do their work
        in one statement (no BEGIN/COMMIT round trips, no pre-ping: a connection the server closed
        is noticed by the event loop and replaced by the pool; callers retry a statement that meets
        a dead one). Waiting longer than the pool timeout raises the engine pool's TimeoutError."""
        if self.is_sqlite:
            raise RuntimeError("driver connections are a PostgreSQL facility")
        if self._null_pool:  # callers that hop between event loops: a connection per use
            connection = await asyncpg.connect(**self._driver_arguments(), timeout=self._pool_timeout_s)
            try:
                async with self._in_use(connection):
                    yield connection
            finally:
                await connection.close()
            return
        if self._driver_pool is None:
            async with self._driver_pool_lock:
                if self._driver_pool is None:
                    self._driver_pool = await asyncpg.create_pool(
                        **self._driver_arguments(), min_size=1, max_size=self._pool_size, reset=keep_session
                    )
        pool = self._driver_pool
        if pool.get_idle_size():  # one is free: taken at once, without arming a timeout
            connection = await pool.acquire()
        else:
            try:
                connection = await pool.acquire(timeout=self._pool_timeout_s)
            except TimeoutError as exc:
                raise PoolTimeout(f"no driver connection within {self._pool_timeout_s} s") from exc
        try:
            async with self._in_use(connection):
                yield connection
        finally:
            await pool.release(connection)  # a connection thrown away was released when it closed

    @asynccontextmanager
    async def _in_use(self, connection: Any) -> AsyncIterator[None]:
        try:
            if self.transaction_pooler:
                # an unnamed statement is parsed, then bound, in two round trips: one transaction
                # keeps both on the server connection the pooler lent for it
                async with connection.transaction():
                    yield
            else:
                yield
        except asyncpg.exceptions.InternalClientError as exc:
            raise _thrown_away(connection, exc) from exc

    async def dispose(self) -> None:
        if self._driver_pool is not None:
            pool, self._driver_pool = self._driver_pool, None
            await pool.close()
        await self.engine.dispose()
