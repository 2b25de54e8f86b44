"""Sales ingest throughput through the HTTP API against COPY of the same rows, in the same run.

Starts PostgreSQL databases of its own, seeds stores and staff and an integration client, serves the
real app with uvicorn (2 workers), and pushes 1,000,000 sales lines in batches of 5,000 through
`POST /api/v1/ingest/sales` from a few concurrent senders. The ceiling loads the same rows into the
same (migrated, indexed) `sales_lines` table of a second database with one COPY.

    .venv/bin/python bench/ingest.py [--lines 1000000] [--batch 5000] [--senders 4]

Prints e.g. `ingest.lines_per_s: 61234 (0.15 of ceiling 401234)`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import asyncpg
import httpx
from sqlalchemy import insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from bench.clock_in import SECRET, admin, database_url, seed, serve, stop  # noqa: E402
from domain.auth.client_models import ClientSecret, IntegrationClient  # noqa: E402
from domain.people.models import Account  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402

PORT = 8793
SHANGHAI = ZoneInfo("Asia/Shanghai")


async def create_client(url: str) -> uuid.UUID:
    """An integration client with ingest:sales (and an admin account that created it)."""
    now = datetime.now(UTC)
    client_id, account_id = uuid.uuid4(), uuid.uuid4()
    database = Database(url)
    async with database.session_scope() as session:
        await session.execute(
            insert(Account),
            [
                dict(
                    id=account_id,
                    employee_id=None,
                    email="bench-admin@example.com",
                    password_hash="x",
                    is_active=True,
                    failed_logins=0,
                    password_changed_at=now,
                    created_at=now,
                    updated_at=now,
                )
            ],
        )
        await session.execute(
            insert(IntegrationClient),
            [
                dict(
                    id=client_id,
                    name="Bench POS",
                    scopes=["ingest:sales"],
                    unit_ids=None,
                    rate_limit_per_minute=100_000,
                    created_by=account_id,
                    created_at=now,
                    updated_at=now,
                )
            ],
        )
        await session.execute(
            insert(ClientSecret),
            [dict(id=uuid.uuid4(), client_id=client_id, secret_hash="0" * 64, created_at=now, expires_at=None)],
        )
    await database.dispose()
    return client_id


def make_lines(count: int, stores: list[str], employees: list[str]) -> list[dict[str, object]]:
    rng = random.Random(11)
    start = datetime.now(UTC) - timedelta(days=30)
    lines = []
    for number in range(count):
        sold_at = start + timedelta(seconds=rng.randrange(30 * 86400))
        lines.append(
            {
                "external_id": f"L{number:09d}",
                "store_code": rng.choice(stores),
                "employee_no": rng.choice(employees) if rng.random() < 0.8 else None,
                "sku": f"SKU-{rng.randrange(5000):05d}",
                "quantity": rng.randint(1, 5),
                "amount": f"{rng.randrange(100, 100000) / 100:.2f}",
                "currency": "CNY",
                "sold_at": sold_at.astimezone(SHANGHAI).isoformat(),
            }
        )
    return lines


async def push_all(bodies: list[bytes], token: str, senders: int) -> tuple[float, dict[int, int], int]:
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    statuses: dict[int, int] = {}
    accepted = 0

    async def sender() -> None:
        nonlocal accepted
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}", timeout=120) as http:
            while not queue.empty():
                body = queue.get_nowait()
                answer = await http.post("/api/v1/ingest/sales", content=body, headers=headers)
                statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
                if answer.status_code == 200:
                    accepted += answer.json()["accepted"]

    began = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(senders)))
    return time.perf_counter() - began, statuses, accepted


async def copy_ceiling(dsn: str, client_id: uuid.UUID, rows: list[tuple[object, ...]]) -> float:
    connection = await asyncpg.connect(dsn)
    try:
        began = time.perf_counter()
        await connection.copy_records_to_table(
            "sales_lines",
            records=rows,
            columns=[
                "client_id",
                "external_id",
                "store_id",
                "employee_id",
                "sku",
                "quantity",
                "amount_minor",
                "currency",
                "sold_at",
                "business_date",
                "received_at",
            ],
        )
        return time.perf_counter() - began
    finally:
        await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--senders", type=int, default=4)
    args = parser.parse_args()

    (ROOT / "var").mkdir(exist_ok=True)
    suffix = uuid.uuid4().hex[:8]
    app_db, ceiling_db = f"frontline_ingest_{suffix}", f"frontline_ingest_ceiling_{suffix}"
    await admin(f'CREATE DATABASE "{app_db}"')
    await admin(f'CREATE DATABASE "{ceiling_db}"')
    process = None
    try:
        urls = {name: database_url(name) for name in (app_db, ceiling_db)}
        staff_by_db = {}
        clients = {}
        for name, url in urls.items():
            await asyncio.to_thread(migrations.upgrade, url)
            staff_by_db[name] = await seed(url)
            clients[name] = await create_client(url)
        print(f"seeded; building {args.lines} lines", flush=True)

        # Same codes in both databases (seed is deterministic in codes and numbers, not in ids).
        stores = [f"S{n:03d}" for n in range(50)]
        employees = [f"E{n:06d}" for n in range(len(staff_by_db[app_db]))]
        lines = make_lines(args.lines, stores, employees)
        bodies = [json.dumps({"lines": lines[i : i + args.batch]}).encode() for i in range(0, len(lines), args.batch)]

        # The ceiling's rows: what the API would store, resolved outside the timing.
        connection = await asyncpg.connect(database_url(ceiling_db, "postgresql"))
        store_ids = {r["code"]: r["id"] for r in await connection.fetch("SELECT code, id FROM org_units")}
        employee_ids = {
            r["employee_no"]: r["id"] for r in await connection.fetch("SELECT employee_no, id FROM employees")
        }
        await connection.close()
        now = datetime.now(UTC)
        rows = []
        for line in lines:
            sold_at = datetime.fromisoformat(str(line["sold_at"]))
            amount = str(line["amount"]).replace(".", "")
            rows.append(
                (
                    clients[ceiling_db],
                    line["external_id"],
                    store_ids[line["store_code"]],
                    employee_ids.get(str(line["employee_no"])),
                    line["sku"],
                    line["quantity"],
                    int(amount),
                    "CNY",
                    sold_at,
                    sold_at.date(),
                    now,
                )
            )
        ceiling_s = await copy_ceiling(database_url(ceiling_db, "postgresql"), clients[ceiling_db], rows)

        process = serve(
            "api.asgi:app",
            PORT,
            {
                "FRONTLINE_ENV": "production",
                "FRONTLINE_DATABASE_URL": urls[app_db],
                "FRONTLINE_JWT_SECRET": SECRET,
                "FRONTLINE_CARE_KEYS": "bench:" + "A" * 43,  # production requires care keys
                "FRONTLINE_LOG_LEVEL": "WARNING",
            },
        )
        tokens = JoseTokens(
            key=SECRET,
            issuer="frontline",
            audience="frontline-api",
            access_ttl=timedelta(hours=2),
            refresh_ttl=timedelta(days=1),
            clock=SystemClock(),
        )
        token, _ = tokens.client_access_token(
            client_id=clients[app_db], scopes=("ingest:sales",), unit_ids=None, now=datetime.now(UTC)
        )
        elapsed, statuses, accepted = await push_all(bodies, token, args.senders)
        api_rate = args.lines / elapsed
        ceiling_rate = args.lines / ceiling_s
        print(f"ingest.requests: {len(bodies)} batches of {args.batch}; statuses {statuses}; accepted {accepted}")
        print(f"ingest.seconds: {elapsed:.1f} (ceiling COPY {ceiling_s:.1f})")
        print(f"ingest.lines_per_s: {api_rate:.0f} ({api_rate / ceiling_rate:.2f} of ceiling {ceiling_rate:.0f})")
    finally:
        if process is not None:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{app_db}" WITH (FORCE)')
        await admin(f'DROP DATABASE IF EXISTS "{ceiling_db}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
