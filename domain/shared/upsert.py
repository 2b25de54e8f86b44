"""INSERT ... ON CONFLICT on either database. PostgreSQL's and SQLite's inserts speak it alike
(`on_conflict_do_nothing`, `on_conflict_do_update`, `excluded`), so a use case asks here for the one
its connection needs instead of branching on the dialect itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

Upsert = postgresql.Insert | sqlite.Insert
InsertInto = Callable[[Table], Upsert]
Built = TypeVar("Built")

_INSERTS: dict[str, InsertInto] = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}


def upsert_into(table: Any, dialect_name: str) -> Upsert:
    """`table` is a Table or a mapped class."""
    target: Table = getattr(table, "__table__", table)
    return _INSERTS[dialect_name](target)


async def upsert(session: AsyncSession | AsyncConnection, table: Any) -> Upsert:
    """The insert of `table` for the database behind `session` (or a connection)."""
    connection = await session.connection() if isinstance(session, AsyncSession) else session
    return upsert_into(table, connection.dialect.name)


class PerDatabase(Generic[Built]):
    """A statement built once per database at import, for hot paths: SQLAlchemy caches a statement's
    compiled form by the statement object, so building it per call would compile it per call."""

    def __init__(self, build: Callable[[InsertInto], Built]) -> None:
        self._built = {name: build(insert) for name, insert in _INSERTS.items()}

    def on(self, connection: AsyncConnection) -> Built:
        return self._built[connection.dialect.name]
