"""Appending many rows inside the current transaction, as fast as each database allows: PostgreSQL
takes them by COPY through the session's own connection, fed while the caller still produces them
(so the server stores while Python computes); SQLite by multi-row INSERTs. JSON columns take their
JSON text on both (a producer that already wrote it pays no second encoding on PostgreSQL). Month-end
freezes 100,000 scores this way: multi-row INSERTs took about 5 s on PostgreSQL, COPY after scoring
about 2 s, streamed COPY mostly hidden behind the scoring. Reading many plain rows likewise skips
SQLAlchemy's per-row work on PostgreSQL (`fetch_rows`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import JSON, Select, Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

INSERT_BATCH = 5_000


async def append_rows(
    session: AsyncSession, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]
) -> int:
    """Appends `rows` (values in `columns`' order) to `table`; returns how many."""
    appended = 0

    def counted() -> Iterator[tuple[Any, ...]]:
        nonlocal appended
        for row in rows:
            appended += 1
            yield row

    connection = await session.connection()
    if connection.dialect.name == "postgresql":
        raw = await connection.get_raw_connection()
        driver: Any = raw.driver_connection
        await driver.copy_records_to_table(table.name, columns=list(columns), records=counted())
        return appended
    json_columns = [i for i, name in enumerate(columns) if isinstance(table.c[name].type, JSON)]
    source = iter(rows)
    while batch := list(islice(source, INSERT_BATCH)):
        values = []
        for row in batch:
            fields = dict(zip(columns, row, strict=True))
            for index in json_columns:
                text = row[index]
                fields[columns[index]] = None if text is None else json.loads(text)
            values.append(fields)
        await session.execute(insert(table), values)
        appended += len(batch)
    return appended


async def fetch_rows(session: AsyncSession, query: Select[*tuple[Any, ...]]) -> Sequence[Any]:
    """The rows of a Core select, read in the session's transaction. On PostgreSQL the compiled
    statement runs through the driver's own `fetch`: a hundred thousand rows come back as asyncpg
    records without SQLAlchemy's per-row result processing, which measured about twice as fast.
    For plain columns and aggregates only (no type needing a result processor).

    The session's pending changes are flushed first, as `session.execute` does (autoflush): the
    driver's `fetch` would not see them, so PostgreSQL would answer from older rows than SQLite."""
    if session.sync_session.autoflush:
        await session.flush()
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        return (await session.execute(query)).all()
    compiled = query.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    parameters = compiled.construct_params()
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    rows: Sequence[Any] = await driver.fetch(str(compiled), *(parameters[name] for name in compiled.positiontup or ()))
    return rows
