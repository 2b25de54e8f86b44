"""The SLA escalation job with 200,000 open tickets: what a pass costs when a few tickets fall due,
against what the job used to read on every pass (every active ticket and its pauses), in the same run.

Starts a PostgreSQL database of its own and loads 200,000 open tickets (COPY) whose 7-day
resolution clocks started over the last 5 days. The first passes learn each ticket's next moment (a
one-time cost after the upgrade, reported); then the clock moves on by the worker's poll interval,
and by ten minutes, and a pass reads only the tickets whose level came in between. Last, two workers
race over an hour's worth of due tickets: the tickets they read add up to the due count (no ticket
read twice).

    .venv/bin/python bench/escalation.py [--tickets 200000]

Prints e.g. `escalation.pass_ms: 4 after 2 s (0 due), 31 after 10 min (198 due); the old full read: 2900`.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from bench.clock_in import admin, database_url  # noqa: E402
from domain.shared.clock import ManualClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402
from domain.tickets import rules, sla  # noqa: E402
from domain.tickets.clocks import load_context  # noqa: E402
from domain.tickets.escalation import EscalationPass, run_escalations  # noqa: E402
from domain.tickets.models import LOOK_NOW, Ticket  # noqa: E402

RESOLUTION = timedelta(days=7)
# Clocks started over the last 5.25 days and an hour: a few reached 75% in the last hour, a few more
# reach it every minute from now on.
SPREAD = RESOLUTION * 3 / 4 + timedelta(hours=1)
COLUMNS = [
    "id", "requester_account_id", "requester_employee_id", "category", "title", "description", "priority",
    "status", "department_id", "business_hours", "first_response_minutes", "resolution_minutes",
    "first_response_due_at", "first_responded_at", "resolution_started_at", "resolution_due_at", "reopen_count",
    "version", "created_at", "updated_at", "escalation_check_at",
]  # fmt: skip


async def load(url: str, tickets: int, now: datetime) -> None:
    """One department, one requester, `tickets` answered tickets whose resolution clocks started
    uniformly over SPREAD (so every level is still to come for most of them)."""
    connection = await asyncpg.connect(url)
    try:
        department, employee, account = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        await connection.execute(
            "INSERT INTO org_units (id, code, name, kind, path, timezone, created_at, updated_at)"
            " VALUES ($1, 'D-BENCH', 'Bench department', 'department', $2, 'Asia/Shanghai', $3, $3)",
            department,
            f"/{department}/",
            now,
        )
        await connection.execute(
            "INSERT INTO employees (id, employee_no, full_name, home_unit_id, hire_date, status, created_at,"
            " updated_at) VALUES ($1, 'B1', 'Bench requester', $2, $3, 'active', $4, $4)",
            employee,
            department,
            date(2020, 1, 1),
            now,
        )
        await connection.execute(
            "INSERT INTO accounts (id, employee_id, email, password_hash, is_active, failed_logins,"
            " password_changed_at, created_at, updated_at) VALUES ($1, $2, $3, 'x', true, 0, $4, $4, $4)",
            account,
            employee,
            f"bench-{account}@example.com",
            now,
        )
        rng = random.Random(7)

        def records() -> Any:
            for _ in range(tickets):
                started = now - timedelta(seconds=rng.uniform(0, SPREAD.total_seconds()))
                yield (
                    uuid.uuid4(), account, employee, "printer", "Printer jams", "On every receipt.", "normal",
                    "in_progress", department, False, 120, int(RESOLUTION.total_seconds() // 60),
                    started + timedelta(hours=2), started + timedelta(minutes=5), started, started + RESOLUTION,
                    0, 1, started, started, LOOK_NOW,
                )  # fmt: skip

        await connection.copy_records_to_table("tickets", columns=COLUMNS, records=records())
        await connection.execute("ANALYZE tickets")
    finally:
        await connection.close()


async def old_full_read(database: Database, now: datetime) -> float:
    """What every pass of the previous job read and computed: every active ticket, its pauses and
    calendar, and both clocks' levels. Seconds."""
    started = time.perf_counter()
    async with database.session_scope() as session:
        active = (await session.scalars(select(Ticket).where(Ticket.status.in_(rules.ACTIVE)))).all()
        context = await load_context(session, active)
        for ticket in active:
            calendar = context.calendar_of(ticket)
            spent = sla.elapsed(ticket.resolution_started_at, now, calendar, context.pauses[ticket.id])
            sla.reached_levels(spent, timedelta(minutes=ticket.resolution_minutes))
    return time.perf_counter() - started


async def due_count(url: str, now: datetime) -> int:
    connection = await asyncpg.connect(url)
    try:
        return int(await connection.fetchval("SELECT count(*) FROM tickets WHERE escalation_check_at <= $1", now))
    finally:
        await connection.close()


async def timed_pass(database: Database, clock: ManualClock) -> tuple[float, EscalationPass]:
    started = time.perf_counter()
    done = await run_escalations(database, clock)
    return time.perf_counter() - started, done


async def measure(url: str, tickets: int) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    await load(url, tickets, now)
    database = Database(url.replace("postgresql://", "postgresql+asyncpg://", 1))
    clock = ManualClock(now)
    try:
        started, settling = time.perf_counter(), EscalationPass()
        while (done := await run_escalations(database, clock)).examined:
            settling += done
        settle_s = time.perf_counter() - started

        clock.set(now + timedelta(seconds=2))
        quiet_s, quiet = await timed_pass(database, clock)
        clock.set(now + timedelta(minutes=10))
        busy_s, busy = await timed_pass(database, clock)
        old_s = await old_full_read(database, clock.now())

        clock.set(now + timedelta(minutes=70))
        due = await due_count(url, clock.now())
        racing = await asyncio.gather(*(run_escalations(database, clock, batch=100) for _ in range(2)))
    finally:
        await database.dispose()

    print(
        f"escalation.pass_ms: {quiet_s * 1000:.0f} after 2 s ({quiet.examined} due),"
        f" {busy_s * 1000:.0f} after 10 min ({busy.examined} due, {busy.escalated} escalated);"
        f" the old full read of {tickets} active tickets: {old_s * 1000:.0f}"
        f" ({busy_s / old_s:.3f} of it)"
    )
    print(
        f"escalation.first_passes_s: {settle_s:.1f} to learn {settling.examined} tickets' next moments"
        f" ({settling.escalated} escalations already due), once after the upgrade"
    )
    examined = [one.examined for one in racing]
    print(f"escalation.two_workers: read {examined} of {due} due tickets (sum {sum(examined)}: none read twice)")


async def main(tickets: int) -> None:
    name = f"frontline_bench_escalation_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    try:
        await asyncio.to_thread(migrations.upgrade, database_url(name))
        await measure(database_url(name, driver="postgresql"), tickets)
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=200_000)
    asyncio.run(main(parser.parse_args().tickets))
