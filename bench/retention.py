"""Retention on a million rows: the worker's purge of old read notifications (a batch of 5,000 per
pass, each its own transaction) against one whole-table DELETE of the same rows, in the same run.

Starts a PostgreSQL database of its own, loads 1,000,000 notifications read 200 days ago and
100,000 unread ones (COPY), purges them through the worker's retention jobs, reloads the same rows
and deletes them with a single statement (the ceiling). The batched purge is slower in all; what it
buys is the longest transaction: a batch's, against the single DELETE's whole duration.

    .venv/bin/python bench/retention.py [--rows 1000000]

Prints e.g. `retention.rows_per_s: 61234 (0.55 of ceiling 111234)`.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.worker import Worker, retention_jobs  # noqa: E402
from bench.clock_in import admin, database_url  # noqa: E402
from domain.shared.clock import ManualClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402
from domain.shared.retention import PURGE_BATCH, Retention  # noqa: E402

UNREAD = 100_000
COLUMNS = ["id", "account_id", "kind", "subject_type", "subject_id", "params", "created_at", "read_at"]


async def load(url: str, rows: int, now: datetime) -> None:
    """One account, `rows` notifications read 200 days ago, UNREAD unread ones."""
    connection = await asyncpg.connect(url)
    try:
        account = uuid.uuid4()
        await connection.execute(
            "INSERT INTO accounts (id, email, password_hash, is_active, failed_logins, password_changed_at,"
            " created_at, updated_at) VALUES ($1, $2, 'x', true, 0, $3, $3, $3)",
            account,
            f"bench-{account}@example.com",
            now,
        )
        old = now - timedelta(days=200)

        def records() -> Any:
            for n in range(rows + UNREAD):
                read = n < rows
                yield (uuid.uuid4(), account, "ticket.closed", None, None, "{}", old, old if read else None)

        await connection.copy_records_to_table("notifications", columns=COLUMNS, records=records())
        await connection.execute("ANALYZE notifications")
    finally:
        await connection.close()


async def remaining(url: str) -> tuple[int, int]:
    connection = await asyncpg.connect(url)
    try:
        record = await connection.fetchrow(
            "SELECT count(*) FILTER (WHERE read_at IS NOT NULL) AS read,"
            " count(*) FILTER (WHERE read_at IS NULL) AS unread FROM notifications"
        )
        assert record is not None
        return int(record["read"]), int(record["unread"])
    finally:
        await connection.close()


async def purge_through_the_worker(url: str, now: datetime) -> tuple[float, float, int, list[float]]:
    """(seconds in all, longest pass in seconds, passes, each pass's seconds)."""
    database = Database(url.replace("postgresql://", "postgresql+asyncpg://", 1))
    worker = Worker(
        database, clock=ManualClock(now), poll_interval_s=0.01, subscribers=[], jobs=retention_jobs(Retention())
    )
    passes, longest, each = 0, 0.0, []
    started = time.perf_counter()
    while True:
        before = time.perf_counter()
        handled = await worker.run_once()
        each.append(time.perf_counter() - before)
        longest = max(longest, each[-1])
        if not handled:
            break
        passes += 1
    elapsed = time.perf_counter() - started
    await database.dispose()
    return elapsed, longest, passes, each


async def delete_at_once(url: str, now: datetime) -> float:
    connection = await asyncpg.connect(url)
    try:
        started = time.perf_counter()
        await connection.execute("DELETE FROM notifications WHERE read_at < $1", now - Retention().read_notifications)
        return time.perf_counter() - started
    finally:
        await connection.close()


async def main(rows: int) -> None:
    name = f"frontline_bench_retention_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    url = database_url(name, driver="postgresql")
    try:
        await asyncio.to_thread(migrations.upgrade, database_url(name))
        now = datetime.now(UTC)
        await load(url, rows, now)
        batched, longest, passes, each = await purge_through_the_worker(url, now)
        assert await remaining(url) == (0, UNREAD), await remaining(url)
        connection = await asyncpg.connect(url)
        try:
            await connection.execute("DELETE FROM notifications")
            await connection.execute("VACUUM ANALYZE notifications")
        finally:
            await connection.close()
        await load(url, rows, now)
        at_once = await delete_at_once(url, now)
        assert await remaining(url) == (0, UNREAD)
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    rate, ceiling = rows / batched, rows / at_once
    print(f"retention.rows_per_s: {rate:.0f} ({rate / ceiling:.2f} of ceiling {ceiling:.0f})")
    print(
        f"retention.longest_transaction_ms: {longest * 1000:.0f} (batches of {PURGE_BATCH}, {passes} passes;"
        f" one DELETE held its transaction {at_once * 1000:.0f})"
    )
    tenth = max(1, len(each) // 10)
    first, last = sum(each[:tenth]) / tenth, sum(each[-tenth - 1 : -1]) / tenth
    print(f"retention.pass_ms: first tenth {first * 1000:.0f}, last tenth {last * 1000:.0f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    asyncio.run(main(parser.parse_args().rows))
