"""Clock-in throughput and latency against a ceiling measured in the same run.

Starts PostgreSQL databases of its own, seeds stores, employees and assignments, serves the real app
with uvicorn (2 workers), drives 64 keep-alive connections of distinct valid punches for 20 s, then
does the same against a bare Starlette + asyncpg app doing only the idempotent INSERT, in alternating
slices (both servers up), so a neighbour's load on the shared box weighs on both figures alike.

    .venv/bin/python bench/clock_in.py [--seconds 20] [--connections 64]

Prints one line per figure, e.g. `clock_in.rps: 612 (0.34 of ceiling 1790)`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg
from sqlalchemy import insert
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from bench.loadgen import LoadResult, post, run_load  # noqa: E402
from domain.org.models import OrgUnit, OrgUnitKind  # noqa: E402
from domain.org.rules import child_path  # noqa: E402
from domain.people.models import Employee, EmployeeStatus  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402

ADMIN_URL = os.environ.get("FRONTLINE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SECRET = "bench-signing-key-" + "k" * 40
STORES = 50
EMPLOYEES_PER_STORE = 60
ZONE = ZoneInfo("Asia/Shanghai")


async def admin(statement: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def database_url(name: str, driver: str = "postgresql+asyncpg") -> str:
    return make_url(ADMIN_URL).set(drivername=driver, database=name).render_as_string(hide_password=False)


Rows = tuple[list[dict[str, Any]], list[dict[str, Any]]]
Staff = list[tuple[uuid.UUID, uuid.UUID, float, float]]


def organisation() -> tuple[Rows, Staff]:
    """Stores around Shanghai and their staff: (units, employees) rows and (employee, store, lat, lon)."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    hq_id = uuid.uuid4()
    units: list[dict[str, Any]] = [
        dict(
            id=hq_id,
            code="HQ",
            name="HQ",
            kind=OrgUnitKind.HEADQUARTERS,
            parent_id=None,
            path=child_path(None, hq_id),
            timezone="Asia/Shanghai",
            address=None,
            latitude=None,
            longitude=None,
            geofence_radius_m=None,
            created_at=now,
            updated_at=now,
        )
    ]
    people: list[dict[str, Any]] = []
    staff: list[tuple[uuid.UUID, uuid.UUID, float, float]] = []
    for number in range(STORES):
        store_id = uuid.uuid4()
        lat, lon = 31.2 + rng.uniform(-0.2, 0.2), 121.47 + rng.uniform(-0.2, 0.2)
        units.append(
            dict(
                id=store_id,
                code=f"S{number:03d}",
                name=f"Store {number}",
                kind=OrgUnitKind.STORE,
                parent_id=hq_id,
                path=child_path(units[0]["path"], store_id),
                timezone="Asia/Shanghai",
                address=None,
                latitude=lat,
                longitude=lon,
                geofence_radius_m=150,
                created_at=now,
                updated_at=now,
            )
        )
        for _ in range(EMPLOYEES_PER_STORE):
            employee_id = uuid.uuid4()
            people.append(
                dict(
                    id=employee_id,
                    employee_no=f"E{len(people):06d}",
                    full_name="Bench Person",
                    email=None,
                    phone=None,
                    home_unit_id=store_id,
                    hire_date=date(2024, 1, 1),
                    status=EmployeeStatus.ACTIVE,
                    created_at=now,
                    updated_at=now,
                )
            )
            staff.append((employee_id, store_id, lat, lon))
    return (units, people), staff


async def seed(url: str, organised: tuple[Rows, Staff] | None = None) -> Staff:
    """Writes the organisation (a new one unless given) and returns its staff."""
    (units, people), staff = organised or organisation()
    database = Database(url)
    async with database.session_scope() as session:
        await session.execute(insert(OrgUnit), units[:1])
        await session.execute(insert(OrgUnit), units[1:])
        await session.execute(insert(Employee), people)
    await database.dispose()
    return staff


HISTORY_DAYS = 730
HISTORY_CHUNKS = 10


async def add_history(dsn: str, punches: int) -> None:
    """`punches` punches of the last HISTORY_DAYS days already in the table, as a chain two years
    into the app has them: an in at 09:00 and an out at 17:00 (store time) every day for the bench's
    staff and, to make up the number, for more stores of 60 people each (about 6,850 people for 10
    million), with each person's sequence and count, and ids ordered by time as the app makes them
    (domain/shared/ids.py); plus the idempotency keys of the last 8 days
    (the retention window), one per punch. Written by the server (INSERT ... SELECT) with the
    secondary indexes dropped and built again after (a packed index, as after a REINDEX), then
    VACUUM ANALYZE and a CHECKPOINT, so the load starts on a settled table."""
    connection = await asyncpg.connect(dsn)
    try:
        people = await connection.fetchval("SELECT count(*) FROM employees")
        needed = -(-punches // (2 * HISTORY_DAYS))
        extra_stores = max(0, -(-(needed - people) // EMPLOYEES_PER_STORE))
        await connection.execute(
            """
            WITH hq AS (SELECT id, path FROM org_units WHERE code = 'HQ'), stores AS (
                SELECT gen_random_uuid() AS id, n FROM generate_series(1, $1) AS n
            ), placed AS (
                INSERT INTO org_units (id, code, name, kind, parent_id, path, timezone, latitude, longitude,
                                       geofence_radius_m, created_at, updated_at)
                SELECT s.id, 'H' || lpad(s.n::text, 4, '0'), 'History store ' || s.n, 'store', hq.id,
                       hq.path || replace(s.id::text, '-', '') || '/', 'Asia/Shanghai',
                       31.2 + random() * 0.4 - 0.2, 121.47 + random() * 0.4 - 0.2, 150, now(), now()
                FROM stores s, hq RETURNING id
            )
            INSERT INTO employees (id, employee_no, full_name, home_unit_id, hire_date, status, created_at, updated_at)
            SELECT gen_random_uuid(), 'H' || lpad((row_number() OVER ())::text, 6, '0'), 'History Person', p.id,
                   date '2024-01-01', 'active', now(), now()
            FROM placed p CROSS JOIN generate_series(1, $2)
            """,
            extra_stores,
            EMPLOYEES_PER_STORE,
        )
        indexes = await connection.fetch(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename IN ('clock_ins', 'idempotency_keys')"
            " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexname::regclass)"
        )
        for index in indexes:
            await connection.execute(f'DROP INDEX "{index["indexname"]}"')
        await connection.execute(
            """
            CREATE TEMP TABLE history_people AS
            SELECT e.id, e.home_unit_id, u.latitude, u.longitude, row_number() OVER (ORDER BY e.employee_no) AS n
            FROM employees e JOIN org_units u ON u.id = e.home_unit_id
            """
        )
        today = datetime.now(ZONE).date()
        for chunk in range(HISTORY_CHUNKS):
            await connection.execute(
                """
                WITH punched AS (
                    SELECT p.id AS employee_id, p.home_unit_id, p.latitude, p.longitude, k.kind,
                           (($1::date - d) + k.at) AT TIME ZONE 'Asia/Shanghai' AS at,
                           row_number() OVER (PARTITION BY p.id ORDER BY d DESC, k.at) AS sequence
                    FROM history_people p
                    CROSS JOIN generate_series(1, $2) AS d
                    CROSS JOIN (VALUES ('in', time '09:00'), ('out', time '17:00')) AS k(kind, at)
                    WHERE p.n <= $3 AND p.n % $4 = $5
                ), inserted AS (
                    INSERT INTO clock_ins (id, employee_id, store_id, kind, punched_at, received_at, client_time,
                                           latitude, longitude, accuracy_m, distance_m, method, device_id, flags,
                                           flagged, request_id, sequence)
                    SELECT (lpad(to_hex(floor(extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7'
                            || substr(md5(random()::text), 1, 3) || to_hex(8 + floor(random() * 4)::int)
                            || substr(md5(random()::text), 1, 15))::uuid,
                           employee_id, home_unit_id, kind, at, at, at, latitude + 0.0003,
                           longitude, 12, 33.4, 'gps', 'bench-phone', '[]', false, md5(employee_id::text || at),
                           sequence
                    FROM punched RETURNING employee_id, sequence, received_at
                ), keyed AS (
                    INSERT INTO idempotency_keys (owner_id, key, request_hash, status_code, response, created_at,
                                                  expires_at)
                    SELECT employee_id, md5(employee_id::text || sequence), md5(sequence::text), 201, '{}',
                           received_at, received_at + interval '8 days'
                    FROM inserted WHERE received_at > now() - interval '8 days'
                )
                INSERT INTO clock_in_sequences (employee_id, last_sequence)
                SELECT employee_id, max(sequence) FROM inserted GROUP BY employee_id
                """,
                today,
                HISTORY_DAYS,
                needed,
                HISTORY_CHUNKS,
                chunk,
            )
        for index in indexes:
            await connection.execute(index["indexdef"])
        await connection.execute("VACUUM ANALYZE")
        await connection.execute("CHECKPOINT")
    finally:
        await connection.close()


def serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """uvicorn with 2 workers in its own process group, so stopping it stops its workers too."""
    (ROOT / "var").mkdir(exist_ok=True)  # a fresh clone has none
    log = open(ROOT / "var" / f"bench-{port}.log", "wb")  # noqa: SIM115
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            app,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "2",
            "--no-access-log",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1):
                return process
        except OSError:
            time.sleep(0.3)
    stop(process)
    raise RuntimeError(f"{app} did not start; see var/bench-{port}.log")


def stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def app_environment(url: str) -> dict[str, str]:
    return {
        "FRONTLINE_ENV": "production",
        "FRONTLINE_DATABASE_URL": url,
        "FRONTLINE_JWT_SECRET": SECRET,
        "FRONTLINE_CARE_KEYS": "bench:" + "A" * 43,  # production requires care keys
        "FRONTLINE_LOG_LEVEL": "WARNING",
        "FRONTLINE_DB_POOL_SIZE": "10",
        "FRONTLINE_DB_MAX_OVERFLOW": "10",
    }


def punch_requests(staff: list[tuple[uuid.UUID, uuid.UUID, float, float]]):  # type: ignore[no-untyped-def]
    tokens = JoseTokens(
        key=SECRET,
        issuer="frontline",
        audience="frontline-api",
        access_ttl=timedelta(hours=2),
        refresh_ttl=timedelta(days=1),
        clock=SystemClock(),
    )
    minted = {}
    for employee_id, store_id, _, _ in staff:
        token, _ = tokens.access_token(
            account_id=uuid.uuid4(),
            employee_id=employee_id,
            grants=(Grant(Role.EMPLOYEE, store_id),),
            session_id=uuid.uuid4(),
            now=datetime.now(UTC),
        )
        minted[employee_id] = token
    next_kind: dict[uuid.UUID, str] = {}
    cycle = itertools.cycle(staff)

    def next_request() -> bytes:
        employee_id, store_id, lat, lon = next(cycle)
        kind = next_kind.get(employee_id, "in")
        next_kind[employee_id] = "out" if kind == "in" else "in"
        body = json.dumps(
            {
                "kind": kind,
                "store_id": str(store_id),
                "lat": lat + 0.0003,
                "lon": lon,
                "accuracy_m": 12.0,
                "client_time": datetime.now(UTC).isoformat(),
                "device_id": "bench-phone",
            }
        ).encode()
        return post(
            "/api/v1/clock-ins",
            body,
            {"Authorization": f"Bearer {minted[employee_id]}", "Idempotency-Key": uuid.uuid4().hex},
        )

    return next_request


def report(name: str, result: LoadResult) -> None:
    print(f"{name}.requests: {len(result.latencies_s)} in {result.elapsed_s:.1f}s; statuses {dict(result.statuses)}")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--slices", type=int, default=4, help="alternating load slices per server")
    parser.add_argument(
        "--history",
        type=int,
        default=10_000_000,
        help="punches already in the table of a second app database, served beside the empty one (0: none)",
    )
    args = parser.parse_args()

    (ROOT / "var").mkdir(exist_ok=True)
    suffix = uuid.uuid4().hex[:8]
    app_db, history_db, ceiling_db = (f"frontline_{name}_{suffix}" for name in ("bench", "history", "ceiling"))
    databases = [app_db, ceiling_db] + ([history_db] if args.history else [])
    for name in databases:
        await admin(f'CREATE DATABASE "{name}"')
    processes: list[subprocess.Popen[bytes]] = []
    try:
        organised = organisation()
        staff = organised[1]
        url, history_url = database_url(app_db), database_url(history_db)
        for target in [url] + ([history_url] if args.history else []):
            await asyncio.to_thread(migrations.upgrade, target)
            await seed(target, organised)
        if args.history:
            started = time.perf_counter()
            await add_history(database_url(history_db, "postgresql"), args.history)
            print(f"clock_in.history: {args.history:,} punches written in {time.perf_counter() - started:.0f} s")
        ceiling_dsn = database_url(ceiling_db, "postgresql")
        connection = await asyncpg.connect(ceiling_dsn)
        await connection.execute(
            "CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, owner text NOT NULL, key text NOT NULL, "
            "payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (owner, key))"
        )
        await connection.close()

        processes.append(serve("bench.ceiling_app:app", 8791, {"BENCH_CEILING_DSN": ceiling_dsn}))
        for port, target in [(8792, url)] + ([(8793, history_url)] if args.history else []):
            processes.append(serve("api.asgi:app", port, app_environment(target)))
        # The servers are up; the load alternates between them in slices (ceiling, app, history,
        # then the other way round, ...), so whatever else the shared box is doing weighs on all alike.
        ceiling, product, history = LoadResult(), LoadResult(), LoadResult()
        order = [(8791, punch_requests(staff), ceiling), (8792, punch_requests(staff), product)]
        if args.history:
            order.append((8793, punch_requests(staff), history))
        slice_s = args.seconds / args.slices
        for number in range(args.slices):
            for port, requests, total in order if number % 2 == 0 else reversed(order):
                part = await run_load(
                    "127.0.0.1",
                    port,
                    requests,
                    connections=args.connections,
                    seconds=slice_s,
                    warmup_s=args.warmup if number == 0 else 0.5,
                )
                total.latencies_s.extend(part.latencies_s)
                total.statuses.update(part.statuses)
                total.elapsed_s += part.elapsed_s
        report("ceiling", ceiling)
        report("clock_in", product)
        ratio = product.rps / ceiling.rps if ceiling.rps else float("nan")
        print(f"clock_in.rps: {product.rps:.0f} ({ratio:.2f} of ceiling {ceiling.rps:.0f})")
        print(f"clock_in.p50_ms: {product.percentile_ms(0.50):.1f} (ceiling {ceiling.percentile_ms(0.50):.1f})")
        print(f"clock_in.p99_ms: {product.percentile_ms(0.99):.1f} (ceiling {ceiling.percentile_ms(0.99):.1f})")
        if args.history:
            report("clock_in_history", history)
            print(
                f"clock_in_history.rps: {history.rps:.0f} ({history.rps / product.rps:.2f} of the empty table's,"
                f" {history.rps / ceiling.rps:.2f} of ceiling) with {args.history:,} punches in place"
            )
            print(
                f"clock_in_history.p50_ms: {history.percentile_ms(0.50):.1f}, p99_ms: {history.percentile_ms(0.99):.1f}"
            )
    finally:
        for process in processes:
            stop(process)
        for name in databases:
            await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
