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


async def admin(statement: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def database_url(name: str, driver: str = "postgresql+asyncpg") -> str:
    return make_url(ADMIN_URL).set(drivername=driver, database=name).render_as_string(hide_password=False)


async def seed(url: str) -> list[tuple[uuid.UUID, uuid.UUID, float, float]]:
    """Stores around Shanghai and their staff; returns (employee, store, lat, lon)."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    database = Database(url)
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
    async with database.session_scope() as session:
        await session.execute(insert(OrgUnit), units[:1])
        await session.execute(insert(OrgUnit), units[1:])
        await session.execute(insert(Employee), people)
    await database.dispose()
    return staff


def serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """uvicorn with 2 workers in its own process group, so stopping it stops its workers too."""
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
    args = parser.parse_args()

    (ROOT / "var").mkdir(exist_ok=True)
    suffix = uuid.uuid4().hex[:8]
    app_db, ceiling_db = f"frontline_bench_{suffix}", f"frontline_ceiling_{suffix}"
    await admin(f'CREATE DATABASE "{app_db}"')
    await admin(f'CREATE DATABASE "{ceiling_db}"')
    processes: list[subprocess.Popen[bytes]] = []
    try:
        url = database_url(app_db)
        await asyncio.to_thread(migrations.upgrade, url)
        staff = await seed(url)
        ceiling_dsn = database_url(ceiling_db, "postgresql")
        connection = await asyncpg.connect(ceiling_dsn)
        await connection.execute(
            "CREATE TABLE bench_ceiling (id bigserial PRIMARY KEY, owner text NOT NULL, key text NOT NULL, "
            "payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (owner, key))"
        )
        await connection.close()

        processes.append(serve("bench.ceiling_app:app", 8791, {"BENCH_CEILING_DSN": ceiling_dsn}))
        processes.append(
            serve(
                "api.asgi:app",
                8792,
                {
                    "FRONTLINE_ENV": "production",
                    "FRONTLINE_DATABASE_URL": url,
                    "FRONTLINE_JWT_SECRET": SECRET,
                    "FRONTLINE_CARE_KEYS": "bench:" + "A" * 43,  # production requires care keys
                    "FRONTLINE_LOG_LEVEL": "WARNING",
                    "FRONTLINE_DB_POOL_SIZE": "10",
                    "FRONTLINE_DB_MAX_OVERFLOW": "10",
                },
            )
        )
        # Both servers are up; the load alternates between them in slices (ceiling, app, app,
        # ceiling, ...), so whatever else the shared box is doing weighs on both alike.
        ceiling, product = LoadResult(), LoadResult()
        ceiling_requests, product_requests = punch_requests(staff), punch_requests(staff)
        slice_s = args.seconds / args.slices
        for number in range(args.slices):
            order = [(8791, ceiling_requests, ceiling), (8792, product_requests, product)]
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
    finally:
        for process in processes:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{app_db}" WITH (FORCE)')
        await admin(f'DROP DATABASE IF EXISTS "{ceiling_db}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
