"""INSERT ... ON CONFLICT on either database. PostgreSQL's and SQLite's inserts speak it alike
(`on_conflict_do_nothing`, `on_conflict_do_update`, `excluded`), so a use case asks here for the one
its connection needs instead of branching on the dialect itself."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

Upsert = postgresql.Insert | sqlite.Insert


def upsert_into(table: Any, dialect_name: str) -> Upsert:
    """`table` is a Table or a mapped class."""
    target: Table = getattr(table, "__table__", table)
    return postgresql.insert(target) if dialect_name == "postgresql" else sqlite.insert(target)


async def upsert(session: AsyncSession | AsyncConnection, table: Any) -> Upsert:
    """The insert of `table` for the database behind `session` (or a connection)."""
    connection = await session.connection() if isinstance(session, AsyncSession) else session
    return upsert_into(table, connection.dialect.name)
