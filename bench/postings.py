"""Posting matches for a person against the plain "near here" list, in the same run, on the same data.

Creates a PostgreSQL database of its own (upgraded to head), seeds an organisation around Shanghai
(HQ, a region, 20 departments, 2,000 stores within ±0.3° with an early and a late shift template
each), 100,000 employees with accounts and a sealed care profile (home for everyone, children with
schools for ~40 %, consents given) and 5,000 open postings, then serves the real app with uvicorn
(2 workers). 32 keep-alive connections, each a distinct sampled employee with their own token, ask
`GET /api/v1/me/posting-matches` (the care profile opened, the care rules, assignments, skills and
shifts read, ranked) and, as the ceiling, `GET /api/v1/postings?near=<home>&radius_km=3` (the same
indexed bounding box and exact distance, around home only, and nothing else), in alternating slices
so a neighbour's load on the shared box weighs on both alike.

    flock /tmp/frontline-cpu.lock .venv/bin/python bench/postings.py [--employees 100000] [--postings 5000]
        [--seconds 20] [--connections 32] [--keep] [--rebuild]

`--keep` names the database after its size and leaves it for the next `--keep` run (which reuses it
unless `--rebuild`). Prints e.g. `postings.matches.p99_ms: 95.0 (ceiling 40.1; 2.37x)`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import migrations
from api.security import JoseTokens
from bench.loadgen import LoadResult, _connection
from domain.care.models import CareRecord, Category
from domain.care.profile import seal, unseal
from domain.care.schemas import Child, Home
from domain.org.models import OrgUnitKind
from domain.org.rules import child_path
from domain.shared.actor import Grant, Role
from domain.shared.clock import SystemClock
from domain.shared.sealing import Sealer

ROOT = Path(__file__).resolve().parents[1]
ADMIN_URL = os.environ.get("FRONTLINE_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
SECRET = "bench-signing-key-" + "k" * 40
CARE_KEYS = "bench:" + "A" * 43  # the server opens with the same key text the seeder sealed with
CENTRE = (31.23, 121.47)
SPREAD = 0.3
STORES = 2000
DEPARTMENTS = 20
BATCH = 20_000
TAG = "commute_time_flexible"


# admin, database_url, serve and stop are bench/clock_in.py's, repeated here because mypy --strict on a
# file follows its imports, and clock_in.py does not pass it (two untyped lines in its seed).


async def admin(statement: str) -> None:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


def database_url(name: str, driver: str = "postgresql+asyncpg") -> str:
    return make_url(ADMIN_URL).set(drivername=driver, database=name).render_as_string(hide_password=False)


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


def jitter(rng: random.Random, centre: tuple[float, float], spread: float) -> tuple[float, float]:
    return round(centre[0] + rng.uniform(-spread, spread), 6), round(centre[1] + rng.uniform(-spread, spread), 6)


async def copy(connection: asyncpg.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """COPY in batches, columns named after the first row's keys."""
    if not rows:
        return
    columns = list(rows[0])
    for start in range(0, len(rows), BATCH):
        records = [tuple(row[c] for c in columns) for row in rows[start : start + BATCH]]
        await connection.copy_records_to_table(table, records=records, columns=columns)


def unit(code: str, kind: OrgUnitKind, parent: dict[str, Any] | None, now: datetime, **place: Any) -> dict[str, Any]:
    unit_id = uuid.uuid4()
    return dict(
        id=unit_id,
        code=code,
        name=code,
        kind=kind.value,
        parent_id=parent["id"] if parent else None,
        path=child_path(parent["path"] if parent else None, unit_id),
        timezone="Asia/Shanghai",
        latitude=place.get("latitude"),
        longitude=place.get("longitude"),
        geofence_radius_m=150 if place else None,
        created_at=now,
        updated_at=now,
    )


async def seed(dsn: str, *, employees: int, postings: int, sealer: Sealer) -> None:
    """The organisation, its people with sealed homes (and children's schools), and open postings."""
    rng = random.Random(18)
    now = datetime.now(UTC)
    today = now.date()
    hq = unit("HQ", OrgUnitKind.HEADQUARTERS, None, now)
    region = unit("R-SH", OrgUnitKind.REGION, hq, now)
    departments = [unit(f"D{n:02d}", OrgUnitKind.DEPARTMENT, hq, now) for n in range(DEPARTMENTS)]
    stores = []
    for n in range(STORES):
        lat, lon = jitter(rng, CENTRE, SPREAD)
        stores.append(unit(f"S{n:04d}", OrgUnitKind.STORE, region, now, latitude=lat, longitude=lon))
    templates: dict[uuid.UUID, list[str]] = {}
    template_rows = []
    for store in stores:
        for code, name, starts, ends in (("EARLY", "早班", 7, 15), ("LATE", "晚班", 15, 23)):
            template_id = uuid.uuid4()
            templates.setdefault(store["id"], []).append(str(template_id))
            template_rows.append(
                dict(
                    id=template_id,
                    store_id=store["id"],
                    code=code,
                    name=name,
                    starts=clock_time(starts),
                    ends=clock_time(ends),
                    break_minutes=30,
                    headcount=json.dumps([3] * 7),
                    active=True,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
    people, accounts, records, consents = [], [], [], []
    for n in range(employees):
        employee_id = uuid.uuid4()
        home_unit = rng.choice(departments) if rng.random() < 0.05 else rng.choice(stores)
        people.append(
            dict(
                id=employee_id,
                employee_no=f"B{n:06d}",
                full_name="Bench Person",
                home_unit_id=home_unit["id"],
                hire_date=date(2024, 1, 1),
                status="active",
                created_at=now,
                updated_at=now,
            )
        )
        accounts.append(
            dict(
                id=uuid.uuid4(),
                employee_id=employee_id,
                password_hash="!bench",  # nobody signs in: the bench mints tokens
                is_active=True,
                failed_logins=0,
                password_changed_at=now,
                created_at=now,
                updated_at=now,
            )
        )
        lat, lon = jitter(rng, CENTRE, SPREAD)
        values: list[tuple[Category, Any]] = [(Category.HOME, Home(address="上海市", latitude=lat, longitude=lon))]
        if rng.random() < 0.4:
            children = [
                Child(
                    birth_month=f"{rng.randint(2012, 2022)}-{rng.randint(1, 12):02d}",
                    school_name="School",
                    school_latitude=round(lat + rng.uniform(-0.02, 0.02), 6),
                    school_longitude=round(lon + rng.uniform(-0.02, 0.02), 6),
                )
                for _ in range(rng.choice((1, 1, 2)))
            ]
            values.append((Category.CHILDREN, children))
        for category, value in values:
            records.append(
                dict(
                    employee_id=employee_id,
                    category=category.value,
                    sealed=seal(sealer, employee_id, category, value),
                    updated_at=now,
                )
            )
            consents.append(dict(employee_id=employee_id, category=category.value, given_at=now))
    opened = []
    for n in range(postings):
        store = rng.choice(stores)
        start = today + timedelta(days=rng.randint(0, 60))
        at = now - timedelta(minutes=rng.randint(1, 60 * 24 * 14))
        opened.append(
            dict(
                id=uuid.uuid4(),
                unit_id=store["id"],
                title=f"Posting {n}",
                description="",
                start_date=start,
                end_date=min(start + timedelta(days=rng.randint(7, 60)), today + timedelta(days=90)),
                template_ids=json.dumps(rng.sample(templates[store["id"]], rng.choice((1, 2)))),
                day_shifts_only=False,
                hours_per_week=40,
                headcount=2,
                taken=0,
                skills="[]",
                tags=json.dumps([TAG] if rng.random() < 0.3 else []),
                eligible_unit_ids="[]",
                latitude=store["latitude"],
                longitude=store["longitude"],
                status="open",
                opened_at=at,
                version=2,
                created_at=at,
                updated_at=at,
            )
        )
    connection = await asyncpg.connect(dsn)
    try:
        async with connection.transaction():
            await copy(connection, "org_units", [hq, region])
            await copy(connection, "org_units", departments + stores)
            await copy(connection, "shift_templates", template_rows)
            await copy(connection, "employees", people)
            await copy(connection, "accounts", accounts)
            await copy(connection, "care_consents", consents)
            await copy(connection, "care_records", records)
            await copy(connection, "postings", opened)
        await connection.execute("ANALYZE")
    finally:
        await connection.close()


@dataclass(frozen=True)
class User:
    employee_id: uuid.UUID
    account_id: uuid.UUID
    home_unit_id: uuid.UUID
    home: tuple[float, float]
    token: str


async def sample_users(dsn: str, count: int, sealer: Sealer) -> list[User]:
    """Distinct employees picked at random, each with a token of their own and their home (for the ceiling)."""
    connection = await asyncpg.connect(dsn)
    try:
        total = await connection.fetchval("SELECT count(*) FROM employees")
        numbers = [f"B{n:06d}" for n in random.Random(32).sample(range(total), min(count, total))]
        rows = await connection.fetch(
            "SELECT e.id, e.home_unit_id, a.id AS account_id, c.sealed FROM employees e "
            "JOIN accounts a ON a.employee_id = e.id "
            "JOIN care_records c ON c.employee_id = e.id AND c.category = 'home' "
            "WHERE e.employee_no = ANY($1::text[])",
            numbers,
        )
    finally:
        await connection.close()
    tokens = JoseTokens(
        key=SECRET,
        issuer="frontline",
        audience="frontline-api",
        access_ttl=timedelta(hours=2),
        refresh_ttl=timedelta(days=1),
        clock=SystemClock(),
    )
    users = []
    for row in rows:
        home = unseal(sealer, CareRecord(employee_id=row["id"], category=Category.HOME.value, sealed=row["sealed"]))
        token, _ = tokens.access_token(
            account_id=row["account_id"],
            employee_id=row["id"],
            grants=(Grant(Role.EMPLOYEE, row["home_unit_id"]),),
            session_id=uuid.uuid4(),
            now=datetime.now(UTC),
        )
        users.append(User(row["id"], row["account_id"], row["home_unit_id"], (home.latitude, home.longitude), token))
    return users


def matches_path(user: User) -> str:
    return "/api/v1/me/posting-matches?radius_km=3"


def ceiling_path(user: User) -> str:
    return f"/api/v1/postings?near={user.home[0]},{user.home[1]}&radius_km=3"


def get(path: str, token: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\n".encode()


async def drive(port: int, requests: Sequence[Callable[[], bytes]], *, seconds: float, warmup_s: float) -> LoadResult:
    """bench.loadgen's closed loop, one connection per user (each asks as themselves only)."""
    if warmup_s:
        deadline = time.perf_counter() + warmup_s
        await asyncio.gather(*(_connection("127.0.0.1", port, r, deadline, LoadResult(), False) for r in requests))
    result = LoadResult()
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(*(_connection("127.0.0.1", port, r, deadline, result, True) for r in requests))
    result.elapsed_s = time.perf_counter() - started
    return result


def found(port: int, users: Iterable[User], path: Callable[[User], str], key: str) -> list[int]:
    """How many postings each user's answer holds (read once, outside the timing)."""
    counts = []
    for user in users:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}{path(user)}", headers={"Authorization": f"Bearer {user.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            counts.append(len(json.load(response)[key]))
    return counts


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


async def database_ready(name: str, employees: int, postings: int) -> bool:
    """A kept database is reused when it exists and holds the size asked for."""
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
    finally:
        await connection.close()
    if not exists:
        return False
    connection = await asyncpg.connect(database_url(name, "postgresql"))
    try:
        held = await connection.fetchval(
            "SELECT (SELECT count(*) FROM employees) = $1 AND "
            "(SELECT count(*) FROM postings WHERE status = 'open' AND end_date >= current_date) = $2",
            employees,
            postings,
        )
        return bool(held)
    except asyncpg.PostgresError:
        return False
    finally:
        await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--postings", type=int, default=5_000)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--slices", type=int, default=4, help="alternating load slices per endpoint")
    parser.add_argument("--keep", action="store_true", help="keep the seeded database and reuse it next time")
    parser.add_argument("--rebuild", action="store_true", help="with --keep: seed afresh even if a database is kept")
    args = parser.parse_args()

    (ROOT / "var").mkdir(exist_ok=True)
    name = (
        f"frontline_pbench_{args.employees}_{args.postings}"
        if args.keep
        else f"frontline_pbench_{uuid.uuid4().hex[:8]}"
    )
    sealer = Sealer.parse(CARE_KEYS)
    process: subprocess.Popen[bytes] | None = None
    try:
        began = time.perf_counter()
        if args.keep and not args.rebuild and await database_ready(name, args.employees, args.postings):
            print(f"postings.seed: reused {name}")
        else:
            await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin(f'CREATE DATABASE "{name}"')
            await asyncio.to_thread(migrations.upgrade, database_url(name))
            upgraded = time.perf_counter()
            await seed(
                database_url(name, "postgresql"), employees=args.employees, postings=args.postings, sealer=sealer
            )
            print(
                f"postings.seed: {args.employees} employees, {STORES} stores, {args.postings} open postings "
                f"in {time.perf_counter() - began:.1f}s (upgrade {upgraded - began:.1f}s)"
            )
        users = await sample_users(database_url(name, "postgresql"), args.connections, sealer)
        port = free_port()
        process = serve(
            "api.asgi:app",
            port,
            {
                "FRONTLINE_ENV": "production",
                "FRONTLINE_DATABASE_URL": database_url(name),
                "FRONTLINE_JWT_SECRET": SECRET,
                "FRONTLINE_CARE_KEYS": CARE_KEYS,
                "FRONTLINE_LOG_LEVEL": "WARNING",
                "FRONTLINE_DB_POOL_SIZE": "10",
                "FRONTLINE_DB_MAX_OVERFLOW": "10",
            },
        )
        matched = found(port, users, matches_path, "matches")
        listed = found(port, users, ceiling_path, "items")
        print(
            f"postings.found: {sum(matched) / len(matched):.1f} matches per user "
            f"(ceiling {sum(listed) / len(listed):.1f} listed within 3 km of home), {len(users)} users"
        )
        product, ceiling = LoadResult(), LoadResult()
        slice_s = args.seconds / args.slices
        for number in range(args.slices):
            order = [(ceiling_path, ceiling), (matches_path, product)]
            for path, total in order if number % 2 == 0 else reversed(order):
                requests = [lambda user=user, path=path: get(path(user), user.token) for user in users]
                part = await drive(port, requests, seconds=slice_s, warmup_s=args.warmup if number == 0 else 0.5)
                total.latencies_s.extend(part.latencies_s)
                total.statuses.update(part.statuses)
                total.elapsed_s += part.elapsed_s
        for label, result in (("ceiling", ceiling), ("matches", product)):
            print(
                f"postings.{label}.requests: {len(result.latencies_s)} in {result.elapsed_s:.1f}s; "
                f"statuses {dict(result.statuses)}"
            )
        p50, c50 = product.percentile_ms(0.50), ceiling.percentile_ms(0.50)
        p99, c99 = product.percentile_ms(0.99), ceiling.percentile_ms(0.99)
        print(f"postings.matches.p50_ms: {p50:.1f} (ceiling {c50:.1f}; {p50 / c50:.2f}x)")
        print(f"postings.matches.p99_ms: {p99:.1f} (ceiling {c99:.1f}; {p99 / c99:.2f}x)")
        print(f"postings.matches.rps: {product.rps:.0f} ({product.rps / ceiling.rps:.2f} of ceiling {ceiling.rps:.0f})")
    finally:
        if process is not None:
            stop(process)
        if not args.keep:
            await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
