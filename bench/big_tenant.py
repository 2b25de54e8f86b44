"""A big tenant on one PostgreSQL, and what the screens people open daily cost on it beside the demo.

Builds (once; reused while its marker says it is complete and of this spec) the PostgreSQL database
`frontline_big_tenant`: `frontline db upgrade`, `frontline demo` (so the demo accounts sign in with
the demo password and sit inside the tenant), then grows it with set-based SQL run on the server:

- 2,000 stores under 20 regions in Asia/Shanghai, Asia/Urumqi, Asia/Tokyo (and the demo's Hong Kong),
  20 head-office departments (the demo's six among them), two Wi-Fi access points per store;
- 100,000 employees (about 10,000 in head office, the rest at the stores), an account each (the demo
  employee's password hash, so anyone signs in with the demo password) with the employee grant, a
  store manager per store, a head per department, HR staff, a leader per region;
- two years of assignments: a permanent row from hire for everyone; about 10 % of head office with
  1-3 past secondments to stores and a few thousand current ones, each with its approved transfer
  and trail; a few thousand requests in review at every step (the approvals inbox), some returned,
  rejected or withdrawn;
- 10,000,000 punches (in/out pairs on working days, early, middle or late shifts in the store's zone;
  GPS, Wi-Fi and QR; offline, mock-location and missing-out flags, reviews; each person's `sequence`
  and `clock_in_sequences`). Every store staffer punching every working day for two years would be
  about 90 million punches; so stores took up the app over the two years (the demo's stores from the
  start, the others on a curve fitted to the target), the punches grow towards today, and every
  store punches daily now: a month of one person and a day of one store look as they would;
- 1,000,000 tickets over the two years routed to the head-office departments, about 200,000 still
  active, with their timelines, pauses, escalations, ratings and automatic closes;
- 24 closed months of frozen scores for everyone, and an open collaboration pool per region.

The sync feeds' `change_seq` comes from the tables' own triggers (rows are written in many
transactions, as the app would have). Not seeded: audit rows, outbox events, notifications and the
punches' idempotency keys (none of the measured screens reads them). The permanent rows from hire
are what an HR import would hold; the app itself writes permanent rows only for approved moves.
Build time (about 21 minutes on the 2-core box) and row counts are printed; `--rebuild` starts over.

On the demo most people have no account: their requests carry tokens minted for their employee
with a stand-in account id (tokens are self-contained), and every demo store gets a stand-in manager.

Then it serves the real app (`serve()` from bench/clock_in.py, 2 uvicorn workers) on the big tenant
and on a fresh demo-only database built in the same run (dropped at the end), and measures each
daily screen under `--connections` (16) keep-alive connections for `--seconds` (10) each, with
tokens of real accounts spread over many people, stores and departments. One line per screen:

    big_tenant.my_attendance: p50 12 ms, p99 48 ms, 310.0 req/s, alone 9 ms (demo p50 5 ms, p99 20 ms,
        900.0 req/s; p99 2.4x); 0 errors

`alone` is the median of three requests sent one at a time before the load (after a first, cold one):
what the screen costs without queueing behind 15 others on a 2-core box. Non-2xx answers are
counted (and the first ones printed with their body); a p99 over 200 ms is marked SLOW.

    .venv/bin/python bench/big_tenant.py [--rebuild] [--seconds 10] [--connections 16] [--only a,b]

`--scale 0.05` builds a small copy of the same shape (development only; it is recorded in the
marker, so the next full run rebuilds).
"""

# The seeded texts are Chinese as well as English: their full-width punctuation is meant.
# ruff: noqa: RUF001

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import domain.models  # noqa: E402, F401  (every table known to the mapper, for the worker's job)
from api.demo_data import GIVEN, SURNAMES  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from bench.clock_in import ADMIN_URL, SECRET, admin, database_url, serve, stop  # noqa: E402
from bench.loadgen import LoadResult, run_load  # noqa: E402
from domain.performance.live_rankings import refresh_live_rankings  # noqa: E402
from domain.pools.standings import refresh_standings  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402
from domain.shared.pagination import encode_cursor  # noqa: E402
from domain.transfers.rules import DEFAULT_CHAIN  # noqa: E402

DATABASE = "frontline_big_tenant"
# Bump when the shape changes: a database built to another spec is rebuilt.
SPEC_VERSION = 1
CARE_KEYS = "bench:" + "A" * 43  # the same key every run: the tenant's care profiles stay readable
DEMO_PASSWORD = "frontline-demo"
ORG_ZONE = ZoneInfo("Asia/Shanghai")
HISTORY_DAYS = 730

EMPLOYEES = 100_000
HEAD_OFFICE = 10_000
STORES = 2_000
PUNCHES = 10_000_000
TICKETS = 1_000_000
ACTIVE_TICKETS = 200_000
CURRENT_SECONDMENTS = 3_000
IN_REVIEW = 3_000
PAST_SECONDED_SHARE = 0.10
CLOSED_MONTHS = 24
HR_STAFF = 30

# code, name, local name, headcount weight; the demo's six departments come first
DEPARTMENTS: list[tuple[str, str, str, float]] = [
    ("OPS", "Operations", "运营部", 12),
    ("CS", "Customer Service", "客户服务部", 10),
    ("IT", "Information Technology", "信息技术部", 8),
    ("MER", "Merchandising", "商品部", 6),
    ("FIN", "Finance", "财务部", 5),
    ("HR", "Human Resources", "人力资源部", 5),
    ("LOG", "Logistics", "物流部", 8),
    ("LEG", "Legal", "法务部", 2),
    ("MKT", "Marketing", "市场部", 6),
    ("PUR", "Purchasing", "采购部", 6),
    ("QA", "Quality Assurance", "质量管理部", 5),
    ("SEC", "Security", "安全保卫部", 3),
    ("FAC", "Facilities", "工程设施部", 4),
    ("TRN", "Training", "培训部", 4),
    ("EC", "E-commerce", "电子商务部", 7),
    ("DATA", "Data and Analytics", "数据分析部", 4),
    ("AUD", "Internal Audit", "审计部", 2),
    ("PR", "Public Relations", "公共关系部", 2),
    ("RD", "Product Development", "产品研发部", 5),
    ("STR", "Strategy", "战略发展部", 2),
]
# code, name, local name, city code, city, city in Chinese characters, zone, latitude, longitude
REGIONS: list[tuple[str, str, str, str, str, str, str, float, float]] = [
    ("R-NORTH", "North China", "华北区", "BJ", "Beijing", "北京", "Asia/Shanghai", 39.9042, 116.4074),
    ("R-NE", "Northeast China", "东北区", "SY", "Shenyang", "沈阳", "Asia/Shanghai", 41.8057, 123.4315),
    ("R-CENTRAL", "Central China", "华中区", "WH", "Wuhan", "武汉", "Asia/Shanghai", 30.5928, 114.3055),
    ("R-HUNAN", "Hunan", "湖南区", "CSH", "Changsha", "长沙", "Asia/Shanghai", 28.2282, 112.9388),
    ("R-SHANDONG", "Shandong", "山东区", "JN", "Jinan", "济南", "Asia/Shanghai", 36.6512, 117.1201),
    ("R-HENAN", "Henan", "河南区", "ZZ", "Zhengzhou", "郑州", "Asia/Shanghai", 34.7466, 113.6254),
    ("R-FUJIAN", "Fujian", "福建区", "FZ", "Fuzhou", "福州", "Asia/Shanghai", 26.0745, 119.2965),
    ("R-YUNNAN", "Yunnan", "云南区", "KM", "Kunming", "昆明", "Asia/Shanghai", 25.0389, 102.7183),
    ("R-GUANGXI", "Guangxi", "广西区", "NN", "Nanning", "南宁", "Asia/Shanghai", 22.8170, 108.3665),
    ("R-HEBEI", "Hebei", "河北区", "SJZ", "Shijiazhuang", "石家庄", "Asia/Shanghai", 38.0428, 114.5149),
    ("R-ANHUI", "Anhui", "安徽区", "HF", "Hefei", "合肥", "Asia/Shanghai", 31.8206, 117.2272),
    ("R-XJ-NORTH", "Northern Xinjiang", "北疆区", "URQ", "Urumqi", "乌鲁木齐", "Asia/Urumqi", 43.8256, 87.6168),
    ("R-XJ-SOUTH", "Southern Xinjiang", "南疆区", "KSH", "Kashgar", "喀什", "Asia/Urumqi", 39.4704, 75.9898),
    ("R-KANTO", "Japan Kanto", "日本关东区", "TYO", "Tokyo", "东京", "Asia/Tokyo", 35.6762, 139.6503),
    ("R-KANSAI", "Japan Kansai", "日本关西区", "OSA", "Osaka", "大阪", "Asia/Tokyo", 34.6937, 135.5023),
    ("R-KYUSHU", "Japan Kyushu", "日本九州区", "FUK", "Fukuoka", "福冈", "Asia/Tokyo", 33.5902, 130.4017),
    ("R-CHUBU", "Japan Chubu", "日本中部区", "NGO", "Nagoya", "名古屋", "Asia/Tokyo", 35.1815, 136.9066),
]
# ticket category, owning department, share of tickets; the demo's routes come first ("*" is its
# default queue, reached here by "other")
CATEGORIES: list[tuple[str, str, float]] = [
    ("other", "CS", 6),
    ("stock-system", "IT", 7),
    ("pos", "IT", 8),
    ("merchandise", "MER", 6),
    ("pricing", "MER", 5),
    ("customer-complaint", "CS", 8),
    ("staffing", "OPS", 7),
    ("payroll", "FIN", 5),
    ("hr-question", "HR", 4),
    ("logistics", "LOG", 6),
    ("delivery", "LOG", 4),
    ("legal", "LEG", 1),
    ("promotion", "MKT", 4),
    ("purchasing", "PUR", 3),
    ("food-safety", "QA", 3),
    ("security", "SEC", 2),
    ("maintenance", "FAC", 5),
    ("training", "TRN", 2),
    ("online-orders", "EC", 4),
    ("data-report", "DATA", 2),
    ("audit", "AUD", 1),
    ("media", "PR", 1),
    ("product", "RD", 2),
]
DEMO_ROUTED = {"stock-system", "pos", "merchandise", "pricing", "customer-complaint", "staffing", "payroll"}
TICKET_TITLES = [
    ("The shelf scanner keeps losing its connection", "扫码枪频繁断开连接"),
    ("Register 3 prints blank receipts", "3号收银机小票打印空白"),
    ("Stock count differs from the system by 40 units", "盘点数量与系统差40件"),
    ("Price tags for the weekend promotion are missing", "周末促销价签缺失"),
    ("Customer asks for a refund without a receipt", "顾客无小票要求退款"),
    ("Two people short on the late shift this week", "本周晚班缺两人"),
    ("Overtime of last month is missing from my payslip", "上月加班未计入工资单"),
    ("Delivery arrived two hours late and half short", "到货晚两小时且少一半"),
    ("Cold room temperature alarm went off at night", "冷库夜间温度报警"),
    ("Back door lock is broken", "后门门锁损坏"),
    ("Online orders are not showing on the pick list", "线上订单未出现在拣货单"),
    ("Need the monthly sales report by category", "需要按品类的月度销售报表"),
]
REPLIES = [
    "已收到，我们正在处理。",
    "Thanks, we are looking into it and will update you today.",
    "请提供一张现场照片，谢谢。",
    "We have arranged a technician for tomorrow morning.",
    "已安排同事跟进，预计明天解决。",
]
REQUESTER_REPLIES = ["照片已上传。", "Still happening this morning.", "谢谢，已经好了。", "Any news?"]
RATING_COMMENTS = ["处理很及时", "Quick and helpful", "问题解决了，但等了比较久", "Fixed, thanks"]
TRANSFER_REASONS = [
    "Support the store through the season's peak",
    "Learn the store from the floor",
    "支援新店开业",
    "Cover the store manager's leave",
    "一线轮岗锻炼",
]


def log(message: str) -> None:
    print(message, flush=True)


@dataclass
class Shape:
    """The tenant's sizes, scaled together (`--scale` for development)."""

    scale: float = 1.0

    def count(self, full: int) -> int:
        return max(1, round(full * self.scale))

    @property
    def spec(self) -> str:
        return f"big-tenant v{SPEC_VERSION} scale {self.scale:g}"


def connect_url(name: str) -> str:
    return database_url(name, driver="postgresql")


def cli_env(name: str) -> dict[str, str]:
    """What `frontline db upgrade` and `frontline demo` need: this database, the bench's keys."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env.update(
        {
            "FRONTLINE_DATABASE_URL": database_url(name),
            "FRONTLINE_ENV": "development",
            "FRONTLINE_JWT_SECRET": SECRET,
            "FRONTLINE_CARE_KEYS": CARE_KEYS,
            "FRONTLINE_DEMO_PASSWORD": DEMO_PASSWORD,
            "FRONTLINE_LOG_LEVEL": "WARNING",
        }
    )
    return env


def frontline(name: str, *arguments: str) -> None:
    command = [str(Path(sys.executable).with_name("frontline")), *arguments]
    done = subprocess.run(command, cwd=ROOT, env=cli_env(name), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed: {done.stdout}{done.stderr}")


async def database_exists(name: str) -> bool:
    connection = await asyncpg.connect(ADMIN_URL)
    try:
        return bool(await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name))
    finally:
        await connection.close()


async def marker(name: str) -> dict[str, Any] | None:
    """The completed build's marker, or None (no database, no marker: never finished)."""
    if not await database_exists(name):
        return None
    connection = await asyncpg.connect(connect_url(name))
    try:
        if not await connection.fetchval("SELECT to_regclass('bench_big_tenant_marker') IS NOT NULL"):
            return None
        row = await connection.fetchrow(
            "SELECT spec, built_at, build_seconds, today, counts FROM bench_big_tenant_marker"
        )
        return dict(row) if row else None
    finally:
        await connection.close()


# ---------------------------------------------------------------------------------------------
# The build: set-based SQL on the server, in steps (each its own transaction or a few).
# ---------------------------------------------------------------------------------------------

HELPERS = [
    # md5 text -> the k-th of its four 32-bit words as a uniform number in [0, 1)
    """CREATE FUNCTION pg_temp.part(h text, k int) RETURNS double precision LANGUAGE sql IMMUTABLE AS
       $$ SELECT ('x' || substr(h, 1 + 8 * k, 8))::bit(32)::bigint / 4294967296.0 $$""",
    """CREATE FUNCTION pg_temp.u(t text) RETURNS double precision LANGUAGE sql IMMUTABLE AS
       $$ SELECT ('x' || substr(md5(t), 1, 8))::bit(32)::bigint / 4294967296.0 $$""",
    # domain.shared.geo.haversine_m, the same formula and radius
    """CREATE FUNCTION pg_temp.haversine(lat1 float8, lon1 float8, lat2 float8, lon2 float8)
       RETURNS double precision LANGUAGE sql IMMUTABLE AS
       $$ SELECT 2 * 6371008.8 * asin(least(1.0, sqrt(
            sin((radians(lat2) - radians(lat1)) / 2) ^ 2
            + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ^ 2))) $$""",
    """CREATE FUNCTION pg_temp.hex(id uuid) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT replace(id::text, '-', '') $$""",
    """CREATE FUNCTION pg_temp.mac(h text) RETURNS text LANGUAGE sql IMMUTABLE AS
       $$ SELECT substr(h, 1, 2) || ':' || substr(h, 3, 2) || ':' || substr(h, 5, 2) || ':' || substr(h, 7, 2)
                 || ':' || substr(h, 9, 2) || ':' || substr(h, 11, 2) $$""",
]


def literal(value: Any) -> str:
    """A value of the bench's own as an SQL literal."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime):
        return f"'{value.isoformat()}'::timestamptz"
    if isinstance(value, date):
        return f"'{value.isoformat()}'::date"
    if isinstance(value, uuid.UUID):
        return f"'{value}'::uuid"
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, list | tuple):
        return "ARRAY[" + ", ".join(literal(item) for item in value) + "]"
    raise TypeError(f"no literal for {value!r}")


@dataclass
class Build:
    connection: asyncpg.Connection
    shape: Shape
    now: datetime
    today: date
    steps: list[tuple[str, float]] = field(default_factory=list)

    @property
    def start(self) -> date:
        return self.today - timedelta(days=HISTORY_DAYS)

    async def step(self, name: str, work: Callable[[], Awaitable[None]]) -> None:
        started = time.perf_counter()
        await work()
        elapsed = time.perf_counter() - started
        self.steps.append((name, elapsed))
        log(f"  {name}: {elapsed:.1f} s")

    async def script(self, sql: str, *args: Any) -> str:
        """Runs one or more statements, the arguments written in as literals (`$n`): the simple
        protocol runs scripts and CREATE TABLE AS, which take no bound parameters."""

        def written(found: re.Match[str]) -> str:
            number = int(found[1])
            return literal(args[number - 1]) if number <= len(args) else found[0]

        # one pass: a literal written in (a password hash holds "$1") is not read again
        return str(await self.connection.execute(re.sub(r"\$(\d+)", written, sql)))

    async def run_in_batches(self, sql: str, batches: int, *args: Any) -> None:
        """`sql` with $1 = the batch number (0..batches-1) and $2 = batches, each its own transaction:
        rows of the synced tables get the change_seq of their own transaction, as over years of use."""
        for batch in range(batches):
            async with self.connection.transaction():
                await self.script(sql, batch, batches, *args)


async def grow(connection: asyncpg.Connection, shape: Shape, now: datetime) -> list[tuple[str, float]]:
    today = now.astimezone(ORG_ZONE).date()
    build = Build(connection, shape, now, today)
    for statement in HELPERS:
        await connection.execute(statement)
    await connection.execute("SET work_mem = '256MB'")
    await connection.execute("SET maintenance_work_mem = '1GB'")
    await connection.execute("SET synchronous_commit = off")
    await build.step("org units", lambda: org_units(build))
    await build.step("employees", lambda: employees(build))
    await build.step("accounts and grants", lambda: accounts(build))
    await build.step("assignments and transfers", lambda: transfers(build))
    async with without_indexes(connection, ["clock_ins"]):
        await build.step("punches", lambda: punches(build))
    async with without_indexes(connection, ["tickets", "ticket_events", "ticket_pauses", "ticket_escalations"]):
        await build.step("tickets", lambda: tickets(build))
    async with without_indexes(connection, ["frozen_scores"]):
        await build.step("scores", lambda: scores(build))
    await build.step("pools", lambda: pools(build))
    await build.step("analyze", lambda: analyze(build))
    return build.steps


class without_indexes:
    """Drops the tables' indexes and the constraints that need one (primary keys, unique keys, and
    foreign keys from and to them) for a bulk load, and puts back exactly the same definitions
    after: building an index once is far cheaper than keeping it up to date row by row."""

    def __init__(self, connection: asyncpg.Connection, tables: list[str]) -> None:
        self.connection = connection
        self.tables = tables
        self.constraints: list[tuple[str, str, str]] = []  # (table, name, definition), keys before foreign keys
        self.indexes: list[str] = []

    async def __aenter__(self) -> None:
        rows = await self.connection.fetch(
            """
            SELECT c.conrelid::regclass::text AS tab, c.conname, pg_get_constraintdef(c.oid) AS def, c.contype
            FROM pg_constraint c
            WHERE c.contype IN ('p', 'u', 'f')
              AND (c.conrelid::regclass::text = ANY($1) OR (c.contype = 'f' AND c.confrelid::regclass::text = ANY($1)))
            """,
            self.tables,
        )
        keys = [(r["tab"], r["conname"], r["def"]) for r in rows if r["contype"] != "f"]
        foreign = [(r["tab"], r["conname"], r["def"]) for r in rows if r["contype"] == "f"]
        self.constraints = keys + foreign
        self.indexes = [
            r["indexdef"]
            for r in await self.connection.fetch(
                """
                SELECT i.indexdef FROM pg_indexes i
                WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                """,
                self.tables,
            )
        ]
        for table, name, _ in reversed(self.constraints):
            await self.connection.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        for definition in self.indexes:
            name = definition.split(" INDEX ", 1)[1].split(" ON ", 1)[0]
            await self.connection.execute(f"DROP INDEX {name}")

    async def __aexit__(self, *exc: object) -> None:
        if exc[0] is not None:
            return
        started = time.perf_counter()
        for table, name, definition in self.constraints[: len(self.constraints)]:
            if not definition.startswith("FOREIGN KEY"):
                await self.connection.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        for definition in self.indexes:
            await self.connection.execute(definition)
        for table, name, definition in self.constraints:
            if definition.startswith("FOREIGN KEY"):
                await self.connection.execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        log(f"  indexes and keys of {', '.join(self.tables)}: {time.perf_counter() - started:.1f} s")


async def org_units(build: Build) -> None:
    """The demo's headquarters gains 14 departments; 17 regions join the demo's three, with stores
    enough for STORES in all, each with two Wi-Fi access points (the demo's stores too)."""
    c = build.connection
    created = datetime.combine(build.start, datetime.min.time(), tzinfo=ORG_ZONE)
    await build.script(
        """
        CREATE TEMP TABLE demo_units AS SELECT id, kind FROM org_units;
        CREATE TEMP TABLE region_defs (
            ord int, code text, name text, local_name text, city text, city_name text, city_local text,
            tz text, lat float8, lon float8, id uuid DEFAULT gen_random_uuid(), stores int)
        """
    )
    new_departments = DEPARTMENTS[6:]
    await build.script(
        """
        INSERT INTO org_units (id, code, name, local_name, kind, parent_id, path, timezone, created_at, updated_at)
        SELECT d.id, 'D-' || d.code, d.name, d.local_name, 'department', hq.id, hq.path || pg_temp.hex(d.id) || '/',
               'Asia/Shanghai', $4, $4
        FROM (SELECT gen_random_uuid() AS id, *
              FROM unnest($1::text[], $2::text[], $3::text[]) AS x(code, name, local_name)) d
        CROSS JOIN org_units hq WHERE hq.code = 'FL-HQ'
        """,
        [d[0] for d in new_departments],
        [d[1] for d in new_departments],
        [d[2] for d in new_departments],
        created,
    )
    demo_stores = await c.fetchval("SELECT count(*) FROM org_units WHERE kind = 'store'")
    new_stores = max(len(REGIONS), build.shape.count(STORES) - demo_stores)
    per_region = [new_stores // len(REGIONS) + (1 if i < new_stores % len(REGIONS) else 0) for i in range(len(REGIONS))]
    await c.executemany(
        "INSERT INTO region_defs (ord, code, name, local_name, city, city_name, city_local, tz, lat, lon, stores)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        [(i, *region, per_region[i]) for i, region in enumerate(REGIONS)],
    )
    await build.script(
        """
        INSERT INTO org_units (id, code, name, local_name, kind, parent_id, path, timezone, created_at, updated_at)
        SELECT r.id, r.code, r.name, r.local_name, 'region', hq.id, hq.path || pg_temp.hex(r.id) || '/', r.tz, $1, $1
        FROM region_defs r CROSS JOIN org_units hq WHERE hq.code = 'FL-HQ'
        """,
        created,
    )
    await build.script(
        """
        INSERT INTO org_units (id, code, name, local_name, kind, parent_id, path, timezone, address,
                               latitude, longitude, geofence_radius_m, created_at, updated_at)
        SELECT s.id, r.city || '-' || lpad(s.n::text, 4, '0'), r.city_name || ' No. ' || s.n || ' store',
               r.city_local || s.n || '号店', 'store', r.id, ru.path || pg_temp.hex(s.id) || '/', r.tz,
               s.n || ' Central Road, ' || r.city_name,
               round((r.lat + (pg_temp.part(s.h, 0) - 0.5) * 0.5)::numeric, 6)::float8,
               round((r.lon + (pg_temp.part(s.h, 1) - 0.5) * 0.6)::numeric, 6)::float8,
               (ARRAY[100, 150, 200, 250])[1 + floor(pg_temp.part(s.h, 2) * 4)::int], $1, $1
        FROM region_defs r
        JOIN org_units ru ON ru.id = r.id
        CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id, n, md5(r.code || '/' || n) AS h
                            FROM generate_series(1, r.stores) AS n) s
        """,
        created,
    )
    await build.script(
        """
        INSERT INTO store_access_points (id, store_id, bssid, label, created_at)
        SELECT gen_random_uuid(), u.id, pg_temp.mac(md5(u.id::text || k)), 'AP ' || k, u.created_at
        FROM org_units u CROSS JOIN generate_series(1, 2) AS k
        WHERE u.kind = 'store'
        """
    )
    await build.script(
        """
        CREATE TEMP TABLE stores AS
        SELECT row_number() OVER (ORDER BY u.code) - 1 AS i, u.id, u.parent_id AS region_id, u.timezone AS tz,
               u.latitude AS lat, u.longitude AS lon, u.geofence_radius_m AS radius,
               EXISTS (SELECT 1 FROM demo_units d WHERE d.id = u.id) AS pilot
        FROM org_units u WHERE u.kind = 'store';
        CREATE UNIQUE INDEX ON stores (i);
        CREATE UNIQUE INDEX ON stores (id);
        ANALYZE stores
        """
    )


def allocate(total: int, weights: list[float]) -> list[int]:
    """`total` split by weight, largest remainder first, so the parts sum to the total."""
    exact = [total * w / sum(weights) for w in weights]
    parts = [math.floor(x) for x in exact]
    for i in sorted(range(len(weights)), key=lambda i: parts[i] - exact[i])[: total - sum(parts)]:
        parts[i] += 1
    return parts


async def employees(build: Build) -> None:
    """Head office grows to HEAD_OFFICE people over the 20 departments, the new stores get the rest
    (27 to 63 each); names drawn like the demo's, numbers E200001 on, hired over eleven years."""
    c = build.connection
    rng = random.Random(25)
    departments = {
        r["code"]: r["id"] for r in await c.fetch("SELECT code, id FROM org_units WHERE kind = 'department'")
    }
    existing_hq, existing_store = await c.fetchrow(
        "SELECT count(*) FILTER (WHERE u.kind = 'department'), count(*) FILTER (WHERE u.kind <> 'department')"
        " FROM employees e JOIN org_units u ON u.id = e.home_unit_id"
    )
    hq_total = build.shape.count(HEAD_OFFICE)
    hq_parts = allocate(hq_total - existing_hq, [w for *_, w in DEPARTMENTS])
    new_stores = [r["id"] for r in await c.fetch("SELECT id FROM stores WHERE NOT pilot ORDER BY i")]
    store_total = build.shape.count(EMPLOYEES) - hq_total - existing_store
    store_parts = allocate(store_total, [rng.uniform(0.6, 1.4) for _ in new_stores])
    units = [departments[f"D-{code}"] for code, *_ in DEPARTMENTS] + new_stores
    await build.script("CREATE TEMP TABLE people (no int, home uuid, kind text, employee_id uuid, account_id uuid)")
    await build.script(
        """
        INSERT INTO people
        SELECT (200000 + row_number() OVER (ORDER BY a.ord, g))::int, a.unit, a.kind,
               gen_random_uuid(), gen_random_uuid()
        FROM unnest($1::uuid[], $2::int[], $3::text[]) WITH ORDINALITY AS a(unit, n, kind, ord)
        CROSS JOIN LATERAL generate_series(1, a.n) AS g
        """,
        units,
        hq_parts + store_parts,
        ["hq"] * len(hq_parts) + ["store"] * len(store_parts),
    )
    await build.script("CREATE UNIQUE INDEX ON people (employee_id); ANALYZE people")
    await build.run_in_batches(
        """
        INSERT INTO employees (id, employee_no, full_name, local_name, email, phone, home_unit_id, hire_date, status,
                               created_at, updated_at)
        SELECT p.employee_id, 'E' || p.no,
               s.name || ' ' || g1.name || CASE WHEN x.two THEN lower(g2.name) ELSE '' END,
               s.zh || g1.zh || CASE WHEN x.two THEN g2.zh ELSE '' END,
               'e' || p.no || '@staff.demo.example',
               CASE WHEN u.timezone = 'Asia/Tokyo' THEN '+81 90 '
                    ELSE '+86 13' || floor(pg_temp.part(x.h2, 2) * 10) || ' ' END
                   || lpad(floor(pg_temp.part(x.h2, 0) * 10000)::text, 4, '0') || ' '
                   || lpad(floor(pg_temp.part(x.h2, 1) * 10000)::text, 4, '0'),
               p.home, x.hired, CASE WHEN pg_temp.part(x.h2, 3) < 0.02 THEN 'on_leave' ELSE 'active' END,
               x.created, x.created
        FROM people p
        JOIN org_units u ON u.id = p.home
        CROSS JOIN LATERAL (
            SELECT md5('person/' || p.no) AS h, md5('person2/' || p.no) AS h2,
                   pg_temp.part(md5('person/' || p.no), 3) < 1 / 3.0 AS two,
                   $4::date - (30 + floor(pg_temp.u('hired/' || p.no) * 3970))::int AS hired
        ) x0
        CROSS JOIN LATERAL (
            SELECT x0.*, (greatest(x0.hired, $3::date) + time '09:00') AT TIME ZONE 'Asia/Shanghai' AS created
        ) x
        JOIN unnest($5::text[], $6::text[]) WITH ORDINALITY AS s(name, zh, i)
          ON s.i = 1 + floor(pg_temp.part(x.h, 0) * cardinality($5::text[]))
        JOIN unnest($7::text[], $8::text[]) WITH ORDINALITY AS g1(name, zh, i)
          ON g1.i = 1 + floor(pg_temp.part(x.h, 1) * cardinality($7::text[]))
        JOIN unnest($7::text[], $8::text[]) WITH ORDINALITY AS g2(name, zh, i)
          ON g2.i = 1 + floor(pg_temp.part(x.h, 2) * cardinality($7::text[]))
        WHERE p.no % $2 = $1
        """,
        10,
        build.start,
        build.today,
        [s for s, _ in SURNAMES],
        [z for _, z in SURNAMES],
        [g for g, _ in GIVEN],
        [z for _, z in GIVEN],
    )


async def accounts(build: Build) -> None:
    """An account for everyone who has none (the demo employee's password hash, so anyone signs in
    with the demo password) and the employee grant on the home unit; then a store manager per store,
    a head per department, HR staff and a leader per region, taken from the staff of each."""
    c = build.connection
    password_hash = await c.fetchval("SELECT password_hash FROM accounts WHERE email = 'employee@demo.example'")
    await build.run_in_batches(
        """
        INSERT INTO accounts (id, employee_id, email, password_hash, is_active, failed_logins, password_changed_at,
                              created_at, updated_at)
        SELECT coalesce(p.account_id, gen_random_uuid()), e.id, lower(e.email), $3, true, 0, e.created_at,
               e.created_at, e.created_at
        FROM employees e LEFT JOIN people p ON p.employee_id = e.id
        WHERE NOT EXISTS (SELECT 1 FROM accounts a WHERE a.employee_id = e.id)
          AND abs(hashtext(e.id::text)) % $2 = $1
        """,
        4,
        password_hash,
    )
    await build.script(
        """
        INSERT INTO role_grants (id, account_id, role, org_unit_id, created_at)
        SELECT gen_random_uuid(), a.id, 'employee', e.home_unit_id, a.created_at
        FROM accounts a JOIN employees e ON e.id = a.employee_id
        WHERE NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id)
        """
    )
    # staff who may take a role: not the demo's named accounts
    await build.script(
        """
        CREATE TEMP TABLE staff AS
        SELECT e.id AS employee_id, a.id AS account_id, e.home_unit_id AS home, e.employee_no, a.created_at,
               row_number() OVER (PARTITION BY e.home_unit_id ORDER BY e.employee_no) AS rank
        FROM employees e JOIN accounts a ON a.employee_id = e.id
        WHERE e.status = 'active' AND a.email NOT LIKE '%@demo.example';
        CREATE INDEX ON staff (home, rank);
        ANALYZE staff
        """
    )
    await build.script(
        """
        INSERT INTO role_grants (id, account_id, role, org_unit_id, created_at)
        SELECT gen_random_uuid(), s.account_id, 'store_manager', s.home, s.created_at
        FROM staff s JOIN org_units u ON u.id = s.home
        WHERE s.rank = 1 AND u.kind = 'store'
          AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.org_unit_id = u.id AND g.role = 'store_manager');
        INSERT INTO role_grants (id, account_id, role, org_unit_id, created_at)
        SELECT gen_random_uuid(), s.account_id, 'dept_head', s.home, s.created_at
        FROM staff s JOIN org_units u ON u.id = s.home
        WHERE s.rank = 1 AND u.kind = 'department'
          AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.org_unit_id = u.id AND g.role = 'dept_head')
        """
    )
    await build.script(
        """
        INSERT INTO role_grants (id, account_id, role, org_unit_id, created_at)
        SELECT gen_random_uuid(), s.account_id, 'hr', hq.id, s.created_at
        FROM staff s JOIN org_units d ON d.id = s.home AND d.code = 'D-HR'
        CROSS JOIN org_units hq
        WHERE hq.code = 'FL-HQ' AND s.rank BETWEEN 2 AND $1 + 1
        """,
        HR_STAFF,
    )
    await build.script(
        """
        INSERT INTO role_grants (id, account_id, role, org_unit_id, created_at)
        SELECT gen_random_uuid(), s.account_id, 'leader', r.id, s.created_at
        FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM org_units WHERE kind = 'region') r
        JOIN org_units d ON d.code = 'D-OPS'
        JOIN staff s ON s.home = d.id AND s.rank = r.n + 1
        WHERE NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.org_unit_id = r.id AND g.role = 'leader')
        """
    )
    # who decides, reviews and answers: read by the later steps
    await build.script(
        """
        CREATE TEMP TABLE managers AS
        SELECT DISTINCT ON (g.org_unit_id) g.org_unit_id AS store_id, g.account_id
        FROM role_grants g WHERE g.role = 'store_manager' ORDER BY g.org_unit_id, g.created_at;
        CREATE TEMP TABLE heads AS
        SELECT DISTINCT ON (g.org_unit_id) g.org_unit_id AS department_id, g.account_id
        FROM role_grants g WHERE g.role = 'dept_head' ORDER BY g.org_unit_id, g.created_at;
        CREATE TEMP TABLE hrs AS
        SELECT row_number() OVER (ORDER BY g.account_id) - 1 AS i, g.account_id
        FROM role_grants g JOIN accounts a ON a.id = g.account_id
        WHERE g.role = 'hr' AND a.email NOT LIKE '%@demo.example';
        CREATE TEMP TABLE leaders AS
        SELECT DISTINCT ON (g.org_unit_id) g.org_unit_id AS region_id, g.account_id
        FROM role_grants g WHERE g.role = 'leader' ORDER BY g.org_unit_id, g.created_at;
        ANALYZE managers; ANALYZE heads; ANALYZE hrs; ANALYZE leaders
        """
    )


async def transfers(build: Build) -> None:
    """A permanent assignment from hire for everyone; head-office secondments to stores as the app
    writes them on final approval (transfer, trail, assignment): past ones for PAST_SECONDED_SHARE of
    head office (1-3 each, never overlapping), CURRENT_SECONDMENTS running, IN_REVIEW waiting at
    each step of the default chain (a few returned), and some rejected and withdrawn."""
    c = build.connection
    await build.run_in_batches(
        """
        INSERT INTO assignments (id, employee_id, unit_id, kind, valid_from, valid_to, transfer_id,
                                 started_announced_at, created_at, updated_at)
        SELECT gen_random_uuid(), e.id, e.home_unit_id, 'permanent', e.hire_date, NULL, NULL,
               e.created_at, e.created_at, e.created_at
        FROM employees e
        WHERE abs(hashtext(e.id::text)) % $2 = $1
          AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.employee_id = e.id AND a.kind = 'permanent')
        """,
        10,
    )
    await build.script(
        """
        CREATE TEMP TABLE hq AS
        SELECT e.id AS employee_id, a.id AS account_id, e.home_unit_id AS department_id,
               md5('stay/' || e.employee_no) AS h
        FROM people p JOIN employees e ON e.id = p.employee_id JOIN accounts a ON a.employee_id = e.id
        WHERE p.kind = 'hq' AND e.status = 'active'
          AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.account_id = a.id AND g.role <> 'employee')
        """
    )
    head_office = await c.fetchval("SELECT count(*) FROM hq")
    current = min(0.9, build.shape.count(CURRENT_SECONDMENTS) / (head_office * (1 - PAST_SECONDED_SHARE)))
    review = min(0.9, build.shape.count(IN_REVIEW) / (head_office * (1 - PAST_SECONDED_SHARE) * (1 - current)))
    segment = (HISTORY_DAYS - 150) // 3
    stores_n = await c.fetchval("SELECT count(*) FROM stores")
    await build.script(
        """
        CREATE TEMP TABLE stays AS
        WITH kinds AS (
            SELECT hq.*, CASE WHEN pg_temp.part(h, 0) < $1 THEN 'past'
                              WHEN pg_temp.part(h, 1) < $2 THEN 'current'
                              WHEN pg_temp.part(h, 2) < $3 THEN 'review' END AS kind
            FROM hq
        ), raw AS (
            SELECT k.*, j, md5(k.h || '/' || j) AS hj,
                   $7::date + (j - 1) * $4 AS segment_start, 30 + floor(pg_temp.u(k.h || 'len' || j) * 90)::int AS days
            FROM kinds k CROSS JOIN LATERAL generate_series(1, 1 + floor(pg_temp.part(k.h, 3) * 3)::int) AS j
            WHERE k.kind = 'past'
            UNION ALL
            SELECT k.*, 1, md5(k.h || '/1'), NULL, NULL FROM kinds k WHERE k.kind IN ('current', 'review')
            UNION ALL  -- requests turned down or withdrawn over the two years, by anyone in head office
            SELECT k.*, 9, md5(k.h || '/9'), NULL, NULL FROM kinds k WHERE pg_temp.u(k.h || 'no') < 0.03
        )
        SELECT gen_random_uuid() AS transfer_id, r.employee_id, r.account_id, r.department_id, r.hj AS h,
               CASE WHEN r.j = 9 THEN CASE WHEN pg_temp.part(r.hj, 0) < 0.7 THEN 'rejected' ELSE 'withdrawn' END
                    WHEN r.kind = 'review' AND pg_temp.part(r.hj, 0) < 0.03 THEN 'returned'
                    ELSE r.kind END AS kind,
               s.id AS store_id, s.region_id,
               CASE WHEN r.j = 9 THEN $7::date + 20 + floor(pg_temp.part(r.hj, 1) * ($8 - 80))::int
                    WHEN r.kind = 'past' THEN r.segment_start + floor(pg_temp.part(r.hj, 1) * ($4 - r.days))::int
                    WHEN r.kind = 'current' THEN $6::date - floor(pg_temp.part(r.hj, 1) * 120)::int
                    ELSE $6::date + 14 + floor(pg_temp.part(r.hj, 1) * 60)::int END AS start_date,
               CASE WHEN r.kind = 'past' AND r.j < 9 THEN r.days
                    WHEN r.kind = 'current' AND r.j < 9 THEN 0
                    ELSE 30 + floor(pg_temp.part(r.hj, 3) * 150)::int END AS days,
               CASE WHEN pg_temp.part(r.hj, 2) < 0.8 THEN r.account_id
                    ELSE (SELECT account_id FROM hrs
                          WHERE hrs.i = floor(pg_temp.u(r.hj || 'hr') * (SELECT count(*) FROM hrs)))
               END AS requested_by,
               least(2, floor(pg_temp.u(r.hj || 'step') * 2.5)::int) AS step
        FROM raw r JOIN stores s ON s.i = floor(pg_temp.u(r.hj || 'store') * $5)::int
        """,
        PAST_SECONDED_SHARE,
        current,
        review,
        segment,
        stores_n,
        build.today,
        build.start,
        HISTORY_DAYS,
    )
    await build.script(
        """
        ALTER TABLE stays ADD COLUMN last_day date, ADD COLUMN submitted_at timestamptz, ADD COLUMN t1 timestamptz,
            ADD COLUMN t2 timestamptz, ADD COLUMN t3 timestamptz;
        UPDATE stays SET last_day = CASE WHEN kind = 'current' THEN $1::date + 14 + floor(pg_temp.part(h, 3) * 120)::int
                                         ELSE start_date + days - 1 END;
        -- approved ones were asked for 2-6 weeks ahead and decided step by step within days
        UPDATE stays SET
            submitted_at = (start_date - 14 - floor(pg_temp.u(h || 'ask') * 26)::int + time '10:00')
                               AT TIME ZONE 'Asia/Shanghai'
                           + pg_temp.u(h || 'hour') * interval '8 hours'
        WHERE kind NOT IN ('review', 'returned');
        UPDATE stays SET submitted_at = $2::timestamptz - interval '1 hour' - pg_temp.u(h || 'ask') * interval '20 days'
        WHERE kind IN ('review', 'returned');
        UPDATE stays SET
            t1 = submitted_at + interval '2 hours' + pg_temp.u(h || 'd1') * interval '3 days',
            t2 = submitted_at + interval '4 hours' + pg_temp.u(h || 'd1') * interval '3 days'
                 + pg_temp.u(h || 'd2') * interval '3 days',
            t3 = submitted_at + interval '6 hours' + pg_temp.u(h || 'd1') * interval '3 days'
                 + pg_temp.u(h || 'd2') * interval '3 days'
                 + pg_temp.u(h || 'd3') * interval '2 days'
        WHERE kind NOT IN ('review', 'returned');
        -- waiting ones moved step by step between their submission and now
        UPDATE stays SET
            t1 = submitted_at + ($2::timestamptz - submitted_at) * (1.0 / (step + 2)),
            t2 = submitted_at + ($2::timestamptz - submitted_at) * (2.0 / (step + 2)),
            t3 = submitted_at + ($2::timestamptz - submitted_at) * (3.0 / (step + 2))
        WHERE kind IN ('review', 'returned');
        ANALYZE stays
        """,
        build.today,
        build.now,
    )
    chain = json.dumps(DEFAULT_CHAIN)
    names = [step["name"] for step in DEFAULT_CHAIN]
    # final position of each request: (status, current_step, decided_at, last change, version)
    await build.run_in_batches(
        """
        INSERT INTO transfers (id, employee_id, requested_by, kind, destination_unit_id, amends_transfer_id, start_date,
                               end_date, reason, notes, status, steps, current_step, current_step_since, version,
                               submitted_at, decided_at, created_at, updated_at)
        SELECT s.transfer_id, s.employee_id, s.requested_by, 'secondment', s.store_id, NULL, s.start_date, s.last_day,
               ($3::text[])[1 + floor(pg_temp.u(s.h || 'why') * cardinality($3::text[]))::int],
               CASE WHEN pg_temp.u(s.h || 'note') < 0.2 THEN '已与门店店长沟通' END,
               CASE WHEN s.kind IN ('past', 'current') THEN 'approved'
                    WHEN s.kind = 'review' THEN 'in_review' ELSE s.kind END,
               $4::jsonb,
               CASE WHEN s.kind IN ('review', 'returned') THEN s.step END,
               CASE s.kind WHEN 'review' THEN (ARRAY[s.submitted_at, s.t1, s.t2])[s.step + 1]
                           WHEN 'returned' THEN (ARRAY[s.t1, s.t2, s.t3])[s.step + 1] END,
               CASE s.kind WHEN 'review' THEN 1 + s.step WHEN 'returned' THEN 2 + s.step
                           WHEN 'rejected' THEN 2 + least(s.step, 1) WHEN 'withdrawn' THEN 2 ELSE 4 END,
               s.submitted_at,
               CASE s.kind WHEN 'rejected' THEN (ARRAY[s.t1, s.t2])[least(s.step, 1) + 1]
                           WHEN 'withdrawn' THEN s.t1 WHEN 'review' THEN NULL WHEN 'returned' THEN NULL ELSE s.t3 END,
               s.submitted_at,
               CASE s.kind WHEN 'review' THEN (ARRAY[s.submitted_at, s.t1, s.t2])[s.step + 1]
                           WHEN 'returned' THEN (ARRAY[s.t1, s.t2, s.t3])[s.step + 1]
                           WHEN 'rejected' THEN (ARRAY[s.t1, s.t2])[least(s.step, 1) + 1]
                           WHEN 'withdrawn' THEN s.t1 ELSE s.t3 END
        FROM stays s WHERE abs(hashtext(s.transfer_id::text)) % $2 = $1
        """,
        5,
        TRANSFER_REASONS,
        chain,
    )
    # the trail, in the order things happened (its ids follow time, as the app's do)
    await build.script(
        """
        CREATE TEMP TABLE trail AS
        WITH s AS (
            SELECT s.*, h.account_id AS head, l.account_id AS leader,
                   (SELECT account_id FROM hrs
                    WHERE hrs.i = floor(pg_temp.u(s.h || 'hrstep') * (SELECT count(*) FROM hrs))) AS hr
            FROM stays s
            LEFT JOIN heads h ON h.department_id = s.department_id
            LEFT JOIN leaders l ON l.region_id = s.region_id
        ), steps AS (  -- how many steps each request saw approved, and what ended it
            SELECT s.*, CASE s.kind WHEN 'review' THEN s.step WHEN 'returned' THEN s.step
                                    WHEN 'rejected' THEN least(s.step, 1) WHEN 'withdrawn' THEN 0 ELSE 3 END AS approved
            FROM s
        )
        SELECT transfer_id, 'submitted' AS action, NULL::int AS step, NULL AS step_name, requested_by AS actor,
               NULL AS comment, submitted_at AS occurred_at FROM steps
        UNION ALL
        SELECT transfer_id, 'approved', k, ($1::text[])[k + 1],
               CASE k WHEN 0 THEN coalesce(head, hr) WHEN 1 THEN hr ELSE coalesce(leader, hr) END,
               CASE WHEN pg_temp.u(h || 'ok' || k) < 0.3 THEN '同意' END,
               (ARRAY[t1, t2, t3])[k + 1]
        FROM steps CROSS JOIN LATERAL generate_series(0, approved - 1) AS k
        UNION ALL
        SELECT transfer_id, CASE kind WHEN 'rejected' THEN 'rejected' ELSE 'returned' END, approved,
               ($1::text[])[approved + 1],
               CASE approved WHEN 0 THEN coalesce(head, hr) WHEN 1 THEN hr ELSE coalesce(leader, hr) END,
               CASE kind WHEN 'rejected' THEN 'The department cannot spare her this quarter'
                         ELSE 'Please shorten the period to eight weeks' END,
               (ARRAY[t1, t2, t3])[approved + 1]
        FROM steps WHERE kind IN ('rejected', 'returned')
        UNION ALL
        SELECT transfer_id, 'withdrawn', NULL, NULL, account_id, 'Plans changed', t1 FROM steps WHERE kind = 'withdrawn'
        """,
        names,
    )
    await build.script(
        """
        INSERT INTO transfer_trail (id, transfer_id, action, step, step_name, actor_account_id, comment, occurred_at)
        SELECT (SELECT coalesce(max(id), 0) FROM transfer_trail)
                   + row_number() OVER (ORDER BY occurred_at, transfer_id, step),
               transfer_id, action, step, step_name, actor, comment, occurred_at
        FROM trail;
        SELECT setval('transfer_trail_id_seq', (SELECT max(id) FROM transfer_trail))
        """
    )
    await build.run_in_batches(
        """
        INSERT INTO assignments (id, employee_id, unit_id, kind, valid_from, valid_to, transfer_id,
                                 starting_announced_at, started_announced_at, ended_announced_at,
                                 created_at, updated_at)
        SELECT gen_random_uuid(), s.employee_id, s.store_id, 'secondment', s.start_date, s.last_day + 1, s.transfer_id,
               (s.start_date - 1 + time '00:00:03') AT TIME ZONE 'Asia/Shanghai',
               CASE WHEN s.start_date <= $3 THEN (s.start_date + time '00:00:05') AT TIME ZONE 'Asia/Shanghai' END,
               CASE WHEN s.last_day + 1 <= $3 THEN (s.last_day + 1 + time '00:00:07') AT TIME ZONE 'Asia/Shanghai' END,
               s.t3, s.t3
        FROM stays s WHERE s.kind IN ('past', 'current') AND abs(hashtext(s.transfer_id::text)) % $2 = $1
        """,
        5,
        build.today,
    )


WORK_SHARE = 5 / 7 * 0.97  # five days a week, 3 % of them off sick or on leave
PUNCH_CHUNKS = 16


def go_live_curve(
    stores: list[tuple[uuid.UUID, bool]], stints: list[tuple[uuid.UUID, date, date]], today: date, target: int
) -> dict[uuid.UUID, date]:
    """When each store started punching: the demo's stores two years ago, the others on a curve
    today - HISTORY_DAYS * r^k (r the store's place in a fixed order, 0 to 1), with k such that the
    expected punches (two per working day of each stint at a store, from the later of its start and
    the store's start) come to `target`. So the app spreads over the two years, faster at the end."""
    order = sorted(
        (store for store, pilot in stores if not pilot), key=lambda s: uuid.uuid5(uuid.NAMESPACE_OID, str(s))
    )
    rank = {store: (i + 1) / len(order) for i, store in enumerate(order)}
    pilots = {store for store, pilot in stores if pilot}

    def curve(k: float) -> dict[uuid.UUID, date]:
        start = today - timedelta(days=HISTORY_DAYS)
        found = {store: start for store in pilots}
        found.update({store: today - timedelta(days=round(HISTORY_DAYS * r**k)) for store, r in rank.items()})
        return found

    def expected(k: float) -> float:
        live = curve(k)
        days = sum(max(0, (last - max(first, live[store])).days + 1) for store, first, last in stints if store in live)
        return 2 * WORK_SHARE * days

    low, high = 0.01, 500.0
    if expected(low) <= target:
        return curve(low)
    for _ in range(60):
        middle = math.sqrt(low * high)
        low, high = (middle, high) if expected(middle) > target else (low, middle)
    return curve(high)


async def punches(build: Build) -> None:
    """PUNCHES punches as the API writes them (domain/attendance/verdict.py): store staff at their
    store and secondees at theirs, an in and an out each working day (a shift of 8 hours starting at
    07:00, 11:00 or 15:00 local, the same all week), punched by the phone a little early or late.
    Online punches count at receipt; 1 % were offline (the phone's time, received minutes to hours
    later, flagged); 0.05 % mock a location; 0.4 % of outs never came, so the next `in` closed the day
    as missing its out. GPS fixes inside the fence, Wi-Fi on a store access point, QR with its
    30-second window. Flagged punches older than three days were mostly reviewed by the store's
    manager (mock locations rejected). `sequence` numbers each person's punches in the order
    received, and clock_in_sequences holds each person's count."""
    c = build.connection
    stores = [(r["id"], r["pilot"]) for r in await c.fetch("SELECT id, pilot FROM stores")]
    store_ids = {store for store, _ in stores}
    stints: list[tuple[uuid.UUID, date, date]] = []
    for row in await c.fetch(
        "SELECT e.home_unit_id, e.hire_date, e.status FROM employees e JOIN stores s ON s.id = e.home_unit_id"
    ):
        last = build.today - timedelta(days=30) if row["status"] == "on_leave" else build.today
        stints.append((row["home_unit_id"], row["hire_date"], last))
    for row in await c.fetch(
        "SELECT unit_id, valid_from, valid_to FROM assignments WHERE kind = 'secondment' AND cancelled_at IS NULL"
    ):
        if row["unit_id"] in store_ids:
            last = min(build.today, row["valid_to"] - timedelta(days=1)) if row["valid_to"] else build.today
            stints.append((row["unit_id"], row["valid_from"], last))
    live = go_live_curve(stores, stints, build.today, build.shape.count(PUNCHES))
    await build.script("CREATE TEMP TABLE go_live (store_id uuid PRIMARY KEY, day date)")
    await c.executemany("INSERT INTO go_live VALUES ($1, $2)", list(live.items()))
    await build.script(
        """
        CREATE TEMP TABLE work AS
        SELECT x.employee_id, x.store_id, greatest(x.first, g.day) AS from_day, x.last AS to_day,
               abs(hashtext(x.employee_id::text)) % $2 AS chunk,
               floor(pg_temp.u(x.employee_id::text || 'rest') * 7)::int AS rest
        FROM (
            SELECT e.id AS employee_id, e.home_unit_id AS store_id, e.hire_date AS first,
                   CASE WHEN e.status = 'on_leave' THEN $1::date - 30 ELSE $1::date END AS last
            FROM employees e JOIN stores s ON s.id = e.home_unit_id
            UNION ALL
            SELECT a.employee_id, a.unit_id, a.valid_from, least($1::date, coalesce(a.valid_to - 1, $1::date))
            FROM assignments a JOIN stores s ON s.id = a.unit_id
            WHERE a.kind = 'secondment' AND a.cancelled_at IS NULL
        ) x JOIN go_live g ON g.store_id = x.store_id
        WHERE greatest(x.first, g.day) <= x.last;
        CREATE TEMP TABLE access AS
        SELECT store_id, min(bssid) AS ap1, max(bssid) AS ap2 FROM store_access_points GROUP BY store_id;
        CREATE TEMP TABLE reviewers AS
        SELECT m.store_id, m.account_id, a.employee_id FROM managers m JOIN accounts a ON a.id = m.account_id;
        ANALYZE work; ANALYZE access; ANALYZE reviewers
        """,
        build.today,
        PUNCH_CHUNKS,
    )
    for chunk in range(PUNCH_CHUNKS):
        async with c.transaction():
            await build.script(PUNCH_SQL, chunk, build.now)
        log(f"    punches chunk {chunk + 1}/{PUNCH_CHUNKS}")


PUNCH_SQL = """
WITH w AS (
    SELECT w.*, s.tz, s.lat, s.lon, s.radius, ap.ap1, ap.ap2,
           rv.account_id AS reviewer, rv.employee_id AS reviewer_employee,
           CASE WHEN pg_temp.u(w.employee_id::text || 'os') < 0.55 THEN 'android-' ELSE 'ios-' END
               || substr(md5(w.employee_id::text || 'device'), 1, 16) AS device
    FROM work w JOIN stores s ON s.id = w.store_id
    LEFT JOIN access ap ON ap.store_id = w.store_id
    LEFT JOIN reviewers rv ON rv.store_id = w.store_id
    WHERE w.chunk = $1
), shifts AS (
    SELECT w.*, d::date AS day, md5(w.employee_id::text || d::date) AS h,
           (ARRAY[time '07:00', time '11:00', time '15:00'])[
               1 + floor(pg_temp.u(w.employee_id::text || date_trunc('week', d)::date) * 3)::int] AS begins
    FROM w CROSS JOIN LATERAL generate_series(w.from_day::timestamp, w.to_day::timestamp, interval '1 day') AS d
    WHERE ((d::date - date '2000-01-03') + w.rest) % 7 < 5
), punches AS (
    SELECT k.kind, s.*, md5(s.h || k.kind) AS hk,
           ((s.day + s.begins)
            + CASE k.kind WHEN 'in' THEN interval '-12 minutes' + pg_temp.part(s.h, 1) * interval '16 minutes'
                                 ELSE interval '7 hours 56 minutes' + pg_temp.part(s.h, 2) * interval '30 minutes' END)
               AT TIME ZONE s.tz AS planned
    FROM shifts s CROSS JOIN (VALUES ('in'), ('out')) AS k(kind)
    WHERE pg_temp.part(s.h, 0) >= 0.03 AND (k.kind = 'in' OR pg_temp.part(s.h, 3) >= 0.004)
), how AS (
    SELECT p.*, md5(p.hk) AS hk2, pg_temp.part(p.hk, 0) < 0.01 AS offline, pg_temp.part(p.hk, 0) > 0.9995 AS mock,
           pg_temp.part(p.hk, 1) AS m
    FROM punches p
), timed AS (
    SELECT h.*,
           CASE WHEN offline THEN planned + interval '5 minutes' + pg_temp.part(hk2, 0) * interval '175 minutes'
                ELSE planned END AS received,
           CASE WHEN m < 0.15 THEN 'wifi' WHEN m < 0.20 AND NOT offline THEN 'qr' ELSE 'gps' END AS method
    FROM how h
), placed AS (
    SELECT t.*,
           CASE method WHEN 'gps' THEN radius * 0.75 * sqrt(pg_temp.part(hk2, 1))
                       ELSE 10 + 140 * pg_temp.part(hk2, 1) END AS off_m,
           2 * pi() * pg_temp.part(hk2, 2) AS bearing,
           CASE method WHEN 'gps' THEN 4 + round(30 * pg_temp.part(hk2, 3))
                       WHEN 'wifi' THEN 20 + round(150 * pg_temp.part(hk2, 3))
                       ELSE 30 + round(400 * pg_temp.part(hk2, 3)) END::float8 AS accuracy
    FROM timed t WHERE t.received <= $2
), located AS (
    SELECT p.*,
           round((lat + off_m * cos(bearing) / 111320)::numeric, 7)::float8 AS plat,
           round((lon + off_m * sin(bearing) / (111320 * cos(radians(lat))))::numeric, 7)::float8 AS plon
    FROM placed p
), ordered AS (
    SELECT l.*, row_number() OVER (PARTITION BY employee_id ORDER BY received, kind) AS sequence,
           lead(kind) OVER (PARTITION BY employee_id ORDER BY planned, kind) AS next_kind
    FROM located l
), flagged AS (
    SELECT o.*, array_remove(ARRAY[CASE WHEN mock THEN 'mock_location' END, CASE WHEN offline THEN 'offline' END,
                                   CASE WHEN kind = 'in' AND next_kind = 'in' THEN 'missing_out' END], NULL) AS flags
    FROM ordered o
), reviewed AS (
    SELECT f.*, cardinality(flags) > 0 AND received < $2 - interval '3 days' AND pg_temp.part(hk, 3) < 0.7
                AND reviewer IS NOT NULL AND reviewer_employee <> employee_id AS is_reviewed
    FROM flagged f
), inserted AS (
    INSERT INTO clock_ins (id, employee_id, store_id, kind, punched_at, received_at, client_time, latitude, longitude,
                           accuracy_m, distance_m, method, device_id, wifi_bssid, qr_window, flags, flagged,
                           review_status, reviewed_by, reviewed_at, review_reason, request_id, sequence)
    SELECT gen_random_uuid(), employee_id, store_id, kind,
           CASE WHEN offline THEN planned ELSE received END, received,
           CASE WHEN offline THEN planned ELSE received - pg_temp.part(hk2, 0) * interval '2 seconds' END,
           plat, plon, accuracy, pg_temp.haversine(lat, lon, plat, plon), method, device,
           CASE WHEN method = 'wifi' THEN CASE WHEN pg_temp.part(hk, 2) < 0.5 THEN ap1 ELSE ap2 END END,
           CASE WHEN method = 'qr' THEN floor(extract(epoch FROM received) / 30)::int END,
           to_jsonb(flags), cardinality(flags) > 0,
           CASE WHEN is_reviewed THEN CASE WHEN mock THEN 'rejected' ELSE 'confirmed' END END,
           CASE WHEN is_reviewed THEN reviewer END,
           CASE WHEN is_reviewed THEN received + interval '20 hours' + pg_temp.part(hk2, 3) * interval '30 hours' END,
           CASE WHEN NOT is_reviewed THEN NULL
                WHEN mock THEN '定位异常，已驳回'
                WHEN 'missing_out' = ANY(flags) THEN 'Forgot to punch out; hours confirmed with the shift lead'
                ELSE '网络中断，补打卡属实' END,
           md5(hk2 || 'request'), sequence
    FROM reviewed
    RETURNING employee_id, sequence
)
INSERT INTO clock_in_sequences (employee_id, last_sequence)
SELECT employee_id, max(sequence) FROM inserted GROUP BY employee_id
"""


async def tickets(build: Build) -> None:
    """TICKETS tickets over the two years, routed by category to the head-office departments (the
    demo's routes plus one per new department), about ACTIVE_TICKETS still active (the younger a
    ticket, the likelier it is still open), each with the timeline the app writes: created, taken
    (assigned and in progress), the first reply, waits on the requester with their pauses, replies,
    resolution, a rating for about half, the automatic close 7 days later, transfers between
    departments, and the escalations its clocks reached (75 %, 100 %, 150 % of each target)."""
    c = build.connection
    departments = {
        r["code"]: r["id"] for r in await c.fetch("SELECT code, id FROM org_units WHERE kind = 'department'")
    }
    created = datetime.combine(build.start, datetime.min.time(), tzinfo=ORG_ZONE)
    await c.executemany(
        "INSERT INTO ticket_routing_rules (id, category, region_id, department_id, created_at)"
        " VALUES (gen_random_uuid(), $1, NULL, $2, $3)",
        [
            (category, departments[f"D-{code}"], created)
            for category, code, _ in CATEGORIES
            if category not in DEMO_ROUTED and category != "other"
        ],
    )
    total = sum(w for *_, w in CATEGORIES)
    cumulative, bounds = 0.0, []
    for category, code, weight in CATEGORIES:
        bounds.append((category, departments[f"D-{code}"], cumulative / total, (cumulative + weight) / total))
        cumulative += weight
    await build.script(
        """
        CREATE TEMP TABLE cats (i int, category text, department_id uuid, lo float8, hi float8);
        CREATE TEMP TABLE store_requesters AS
        SELECT row_number() OVER (ORDER BY e.employee_no) - 1 AS i, a.id AS account_id, e.id AS employee_id,
               e.home_unit_id AS store_id
        FROM employees e JOIN accounts a ON a.employee_id = e.id JOIN stores s ON s.id = e.home_unit_id
        WHERE e.hire_date <= $1 AND e.status = 'active';
        CREATE TEMP TABLE hq_requesters AS
        SELECT row_number() OVER (ORDER BY e.employee_no) - 1 AS i, a.id AS account_id, e.id AS employee_id
        FROM employees e JOIN accounts a ON a.employee_id = e.id JOIN org_units u ON u.id = e.home_unit_id
        WHERE u.kind = 'department' AND e.hire_date <= $1 AND e.status = 'active';
        CREATE TEMP TABLE members AS
        SELECT e.home_unit_id AS department_id,
               row_number() OVER (PARTITION BY e.home_unit_id ORDER BY e.employee_no) - 1 AS i,
               count(*) OVER (PARTITION BY e.home_unit_id) AS n, a.id AS account_id
        FROM employees e JOIN accounts a ON a.employee_id = e.id JOIN org_units u ON u.id = e.home_unit_id
        WHERE u.kind = 'department' AND e.status = 'active';
        CREATE UNIQUE INDEX ON store_requesters (i); CREATE UNIQUE INDEX ON hq_requesters (i);
        CREATE UNIQUE INDEX ON members (department_id, i);
        ANALYZE store_requesters; ANALYZE hq_requesters; ANALYZE members
        """,
        build.start,
    )
    await c.executemany("INSERT INTO cats VALUES ($1, $2, $3, $4, $5)", [(i, *bound) for i, bound in enumerate(bounds)])
    n_store = await c.fetchval("SELECT count(*) FROM store_requesters")
    n_hq = await c.fetchval("SELECT count(*) FROM hq_requesters")
    count = build.shape.count(TICKETS)
    # P(active | age a days) = exp(-a / tau): tau such that about ACTIVE_TICKETS stay active
    tau = build.shape.count(ACTIVE_TICKETS) / count * HISTORY_DAYS
    await build.script(TICKET_BASE_SQL, count, HISTORY_DAYS, build.now, tau, n_store, n_hq, len(CATEGORIES))
    log("    tickets drawn")
    await build.script(TICKET_LIFE_SQL, build.now)
    log("    lifecycles worked out")
    await build.script(
        TICKET_INSERT_SQL,
        [t for t, _ in TICKET_TITLES],
        [z for _, z in TICKET_TITLES],
        REPLIES,
        REQUESTER_REPLIES,
        RATING_COMMENTS,
    )
    log("    tickets, pauses and escalations written")
    await build.script(TICKET_EVENTS_SQL, REPLIES, REQUESTER_REPLIES)
    log("    timelines written")
    await build.script(TICKET_OUTCOMES_SQL)
    log("    clock outcomes recorded")


# How each stopped clock went, as the app records it when the clock stops (tickets.clocks.record_*):
# every seeded ticket runs on the wall clock, so working time is elapsed time less the waits.
TICKET_OUTCOMES_SQL = """
UPDATE tickets SET first_response_elapsed_minutes = floor(extract(epoch FROM first_responded_at - created_at) / 60),
                   first_response_met = first_responded_at - created_at <= first_response_minutes * interval '1 minute'
WHERE first_responded_at IS NOT NULL AND first_response_met IS NULL AND NOT business_hours;
WITH waits AS (
    SELECT k.id,
           coalesce(sum(least(p.ended_at, k.resolved_at) - greatest(p.started_at, k.resolution_started_at))
                    FILTER (WHERE p.ended_at > k.resolution_started_at AND p.started_at < k.resolved_at),
                    interval '0') AS paused,
           coalesce(sum(p.ended_at - p.started_at) FILTER (WHERE p.ended_at > k.resolution_started_at),
                    interval '0') AS spared
    FROM tickets k LEFT JOIN ticket_pauses p ON p.ticket_id = k.id
    WHERE k.resolved_at IS NOT NULL AND k.resolution_met IS NULL AND NOT k.business_hours
    GROUP BY k.id
)
UPDATE tickets k SET resolution_met = k.resolved_at - k.resolution_started_at - w.paused
                                      <= k.resolution_minutes * interval '1 minute',
                     resolution_paused_minutes = floor(extract(epoch FROM w.spared) / 60)
FROM waits w WHERE w.id = k.id;
WITH waited AS (
    SELECT k.id,
           coalesce(sum(p.ended_at - greatest(p.started_at, k.resolution_started_at))
                    FILTER (WHERE p.ended_at > k.resolution_started_at), interval '0') AS paused
    FROM tickets k LEFT JOIN ticket_pauses p ON p.ticket_id = k.id AND p.ended_at IS NOT NULL
    WHERE k.paused_since IS NOT NULL AND k.resolved_at IS NULL AND k.resolution_spent_minutes IS NULL
          AND NOT k.business_hours
    GROUP BY k.id
)
UPDATE tickets k
SET resolution_spent_minutes = floor(extract(epoch FROM k.paused_since - k.resolution_started_at - w.paused) / 60)
FROM waited w WHERE w.id = k.id
"""

TICKET_BASE_SQL = """
CREATE TEMP TABLE tk AS
WITH base AS (
    SELECT g AS n, gen_random_uuid() AS id, md5('ticket/' || g) AS h, md5('ticket2/' || g) AS h2,
           md5('ticket3/' || g) AS h3, md5('ticket4/' || g) AS h4, md5('ticket5/' || g) AS h5,
           pg_temp.part(md5('ticket/' || g), 0) * $2 AS age
    FROM generate_series(1, $1) AS g
), placed AS (
    SELECT b.*, ((($3::timestamptz AT TIME ZONE 'Asia/Shanghai')::date - floor(b.age)::int) + time '08:00'
                 + pg_temp.part(b.h, 1) * interval '14 hours') AT TIME ZONE 'Asia/Shanghai' AS c0
    FROM base b
)
SELECT p.n, p.id, p.h, p.h2, p.h3, p.h4, p.h5,
       CASE WHEN p.c0 > $3 - interval '5 minutes' THEN p.c0 - interval '1 day' ELSE p.c0 END AS created_at,
       pg_temp.part(p.h, 2) < exp(-p.age / $4) AS active,
       cat.category, cat.department_id,
       CASE WHEN pg_temp.part(p.h2, 3) < 0.03 THEN orig.department_id END AS transferred_from,
       CASE WHEN pg_temp.part(p.h2, 0) < 0.9 THEN sr.account_id ELSE hr.account_id END AS requester,
       CASE WHEN pg_temp.part(p.h2, 0) < 0.9 THEN sr.employee_id ELSE hr.employee_id END AS requester_employee,
       CASE WHEN pg_temp.part(p.h2, 0) < 0.9 THEN sr.store_id END AS store_id,
       CASE WHEN pg_temp.part(p.h2, 2) < 0.15 THEN 'low' WHEN pg_temp.part(p.h2, 2) < 0.75 THEN 'normal'
            WHEN pg_temp.part(p.h2, 2) < 0.95 THEN 'high' ELSE 'urgent' END AS priority
FROM placed p
JOIN cats cat ON pg_temp.part(p.h, 3) >= cat.lo AND pg_temp.part(p.h, 3) < cat.hi
JOIN cats orig ON orig.i = (cat.i + 1 + floor(pg_temp.part(p.h3, 0) * ($7 - 1))::int) % $7
LEFT JOIN store_requesters sr ON sr.i = floor(pg_temp.part(p.h2, 1) * $5)::int
LEFT JOIN hq_requesters hr ON hr.i = floor(pg_temp.part(p.h2, 1) * $6)::int;
UPDATE tk SET transferred_from = NULL WHERE transferred_from = department_id;
ANALYZE tk
"""

# Offsets in seconds from creation; `stop_*` where each clock stopped (or now, for a running one).
TICKET_LIFE_SQL = """
CREATE TEMP TABLE life AS
WITH sla AS (
    SELECT tk.*,
           CASE WHEN priority = 'urgent' THEN 60 ELSE 120 END AS fr_min,
           CASE WHEN priority = 'urgent' THEN 480 ELSE 1440 END AS res_min,
           extract(epoch FROM $1 - tk.created_at) AS available,
           CASE WHEN NOT active THEN 'done' WHEN pg_temp.part(h5, 0) < 0.15 THEN 'open'
                WHEN pg_temp.part(h5, 0) < 0.25 THEN 'acknowledged' WHEN pg_temp.part(h5, 0) < 0.80 THEN 'in_progress'
                ELSE 'waiting_on_requester' END AS state
    FROM tk
), picked AS (
    SELECT s.*, CASE WHEN m.account_id = s.requester THEN m2.account_id ELSE m.account_id END AS worker,
           t.account_id AS transferrer
    FROM sla s
    JOIN members m ON m.department_id = s.department_id AND m.i = floor(pg_temp.part(s.h3, 1) * m.n)::int
    JOIN members m2 ON m2.department_id = s.department_id AND m2.i = (m.i + 1) % m.n
    LEFT JOIN members t ON t.department_id = s.transferred_from AND t.i = 0
), raw AS (
    SELECT p.*,
           p.fr_min * 60 * (0.05 + 1.3 * pg_temp.part(p.h3, 2) ^ 2) AS o_resp0,
           p.res_min * 60 * (0.1 + 1.4 * pg_temp.part(p.h3, 3) ^ 2) AS work,
           state = 'done' AND pg_temp.part(p.h4, 0) < 0.12 OR state = 'waiting_on_requester' AS paused,
           1800 + pg_temp.part(p.h4, 2) * 172800 AS pause_len
    FROM picked p
), done AS (  -- finished tickets: everything squeezed to have happened by now
    SELECT r.*,
           least(1.0, (r.available - 60) / (r.o_resp0 + r.work + CASE WHEN r.paused THEN r.pause_len ELSE 0 END)) AS f
    FROM raw r
)
SELECT d.*,
       CASE WHEN state = 'done' THEN o_resp0 * f WHEN state = 'open' THEN NULL
            ELSE least(o_resp0, available * 0.6) END AS o_resp,
       CASE WHEN state = 'done' THEN (o_resp0 + res_min * 12 * pg_temp.part(h4, 1)) * f
            WHEN state = 'waiting_on_requester' THEN least(o_resp0, available * 0.6)
                 + (available - least(o_resp0, available * 0.6)) * pg_temp.part(h4, 1) END AS o_pause,
       CASE WHEN state = 'done' AND paused
            THEN (o_resp0 + res_min * 12 * pg_temp.part(h4, 1) + pause_len) * f END AS o_pause_end,
       CASE WHEN state = 'done'
            THEN (o_resp0 + work + CASE WHEN paused THEN pause_len ELSE 0 END) * f END AS o_resolved,
       pg_temp.part(h4, 3) < 0.45 AS rates,
       1 + floor(5 * (1 - pg_temp.part(h5, 1) ^ 2.2))::int AS score
FROM done d;
ALTER TABLE life ADD COLUMN o_take float8, ADD COLUMN o_rated float8, ADD COLUMN o_closed float8,
    ADD COLUMN o_reply float8;
UPDATE life SET
    o_take = CASE WHEN state IN ('done', 'in_progress', 'waiting_on_requester') THEN o_resp * 0.6 END,
    o_rated = CASE WHEN state = 'done' AND rates
                        AND o_resolved + 3600 + pg_temp.part(h5, 2) * 259200 < available
                   THEN o_resolved + 3600 + pg_temp.part(h5, 2) * 259200 END,
    o_closed = CASE WHEN state = 'done' AND o_resolved + 604800 + 120 < available
                    THEN o_resolved + 604800 + pg_temp.part(h5, 3) * 120 END,
    o_reply = CASE WHEN state = 'done' AND NOT paused AND pg_temp.part(h4, 1) < 0.2 THEN (o_resp + o_resolved) / 2 END;
ANALYZE life
"""

TICKET_INSERT_SQL = """
INSERT INTO tickets (id, requester_account_id, requester_employee_id, store_id, category, title, description, priority,
                     status, department_id, assignee_account_id, business_hours, calendar_department_id,
                     first_response_minutes, resolution_minutes, first_response_due_at, first_responded_at,
                     first_responder_account_id, resolution_started_at, resolution_due_at, paused_since, resolved_at,
                     closed_at, reopen_count, rating, rating_comment, version, created_at, updated_at,
                     escalation_check_at)
SELECT l.id, l.requester, l.requester_employee, l.store_id, l.category,
       CASE WHEN pg_temp.part(l.h5, 2) < 0.5 THEN ($1::text[])[1 + l.n % cardinality($1::text[])]
            ELSE ($2::text[])[1 + l.n % cardinality($2::text[])] END,
       CASE WHEN pg_temp.part(l.h5, 2) < 0.5 THEN ($1::text[])[1 + l.n % cardinality($1::text[])]
                 || '. It started this morning and customers are waiting; please help.'
            ELSE ($2::text[])[1 + l.n % cardinality($2::text[])] || '，今天早上开始的，顾客在等，请尽快处理。' END,
       l.priority,
       CASE WHEN l.state <> 'done' THEN l.state WHEN l.o_closed IS NOT NULL THEN 'closed' ELSE 'resolved' END,
       l.department_id,
       CASE WHEN l.o_take IS NOT NULL THEN l.worker END,
       false, NULL, l.fr_min, l.res_min,
       l.created_at + l.fr_min * interval '1 minute',
       l.created_at + l.o_resp * interval '1 second',
       CASE WHEN l.o_resp IS NOT NULL THEN l.worker END,
       l.created_at,
       CASE WHEN l.state = 'waiting_on_requester' THEN NULL
            ELSE l.created_at + l.res_min * interval '1 minute'
                 + coalesce(l.o_pause_end - l.o_pause, 0) * interval '1 second' END,
       CASE WHEN l.state = 'waiting_on_requester' THEN l.created_at + l.o_pause * interval '1 second' END,
       l.created_at + l.o_resolved * interval '1 second',
       l.created_at + l.o_closed * interval '1 second',
       0,
       CASE WHEN l.o_rated IS NOT NULL THEN l.score END,
       CASE WHEN l.o_rated IS NOT NULL AND pg_temp.part(l.h5, 3) < 0.3
            THEN ($5::text[])[1 + l.n % cardinality($5::text[])] END,
       1 + (l.transferred_from IS NOT NULL AND l.o_take IS NOT NULL)::int + (l.state = 'acknowledged')::int
         + (l.o_take IS NOT NULL)::int + (l.o_take IS NOT NULL)::int + (l.o_pause IS NOT NULL)::int
         + (l.o_pause_end IS NOT NULL)::int + (l.o_reply IS NOT NULL)::int + (l.o_resolved IS NOT NULL)::int
         + (l.o_rated IS NOT NULL)::int + (l.o_closed IS NOT NULL)::int,
       l.created_at,
       l.created_at + greatest(0, l.o_resp, l.o_pause, l.o_pause_end, l.o_reply, l.o_resolved, l.o_rated, l.o_closed)
                      * interval '1 second',
       CASE WHEN l.state = 'done' THEN NULL ELSE (
           SELECT min(l.created_at + level / 100.0 * target * interval '1 minute')
           FROM (VALUES (75), (100), (150)) AS v(level)
           CROSS JOIN LATERAL (VALUES ('first', l.fr_min), ('resolution', l.res_min)) AS k(clock, target)
           WHERE level / 100.0 * target * 60 > l.available
             AND ((k.clock = 'first' AND l.o_resp IS NULL)
                  OR (k.clock = 'resolution' AND l.state <> 'waiting_on_requester'))
       ) END
FROM life l;

INSERT INTO ticket_pauses (id, ticket_id, started_at, ended_at)
SELECT gen_random_uuid(), l.id, l.created_at + l.o_pause * interval '1 second',
       l.created_at + l.o_pause_end * interval '1 second'
FROM life l WHERE l.o_pause IS NOT NULL AND (l.state = 'waiting_on_requester' OR l.o_pause_end IS NOT NULL);

CREATE TEMP TABLE escalations AS
SELECT l.id AS ticket_id, k.clock, v.level,
       l.created_at + (k.at + 0.2 + pg_temp.part(l.h5, 3) * 1.8) * interval '1 second' AS occurred_at
FROM life l
CROSS JOIN (VALUES (75), (100), (150)) AS v(level)
CROSS JOIN LATERAL (
    VALUES ('first_response', v.level / 100.0 * l.fr_min * 60,
            coalesce(l.o_resp, l.available)),
           ('resolution',
            CASE WHEN l.o_pause IS NULL OR v.level / 100.0 * l.res_min * 60 <= l.o_pause
                 THEN v.level / 100.0 * l.res_min * 60
                 WHEN l.o_pause_end IS NOT NULL THEN v.level / 100.0 * l.res_min * 60 + (l.o_pause_end - l.o_pause) END,
            coalesce(l.o_resolved, l.available))
) AS k(clock, at, stop)
WHERE k.at IS NOT NULL AND k.at + 2 < k.stop;

INSERT INTO ticket_escalations (id, ticket_id, clock, level, round, occurred_at)
SELECT gen_random_uuid(), ticket_id, clock, level, 0, occurred_at FROM escalations
"""

# Each entry as app code writes it (domain/tickets/commands.py, escalation.py); ids follow time.
TICKET_EVENTS_SQL = """
CREATE TEMP TABLE timeline AS
SELECT id AS ticket_id, 0 AS ord, 'created' AS kind, false AS internal, requester AS actor,
       NULL::text AS body, '{}'::jsonb AS data, created_at AS at
FROM life
UNION ALL
SELECT l.id, 1, 'transferred', false, l.transferrer, 'This belongs to ' || d.name,
       jsonb_build_object('before', l.transferred_from::text, 'after', l.department_id::text),
       l.created_at + greatest(1, l.o_take - 300) * interval '1 second'
FROM life l JOIN org_units d ON d.id = l.department_id
WHERE l.transferred_from IS NOT NULL AND l.o_take IS NOT NULL
UNION ALL
SELECT id, 2, 'status_changed', false, worker, NULL, '{"before": "open", "after": "acknowledged"}',
       created_at + o_resp * interval '1 second'
FROM life WHERE state = 'acknowledged'
UNION ALL
SELECT id, 3, 'assigned', false, worker, NULL, jsonb_build_object('before', NULL, 'after', worker::text),
       created_at + o_take * interval '1 second'
FROM life WHERE o_take IS NOT NULL
UNION ALL
SELECT id, 4, 'status_changed', false, worker, NULL, '{"before": "open", "after": "in_progress"}',
       created_at + o_take * interval '1 second'
FROM life WHERE o_take IS NOT NULL
UNION ALL
SELECT id, 5, 'reply', false, worker, ($1::text[])[1 + n % cardinality($1::text[])], '{}',
       created_at + o_resp * interval '1 second'
FROM life WHERE o_take IS NOT NULL
UNION ALL
SELECT id, 6, 'status_changed', false, worker, 'Please send a photo of it, thanks.',
       '{"before": "in_progress", "after": "waiting_on_requester"}', created_at + o_pause * interval '1 second'
FROM life WHERE o_pause IS NOT NULL
UNION ALL
SELECT id, 7, 'reply', false, requester, ($2::text[])[1 + n % cardinality($2::text[])], '{}',
       created_at + coalesce(o_pause_end, o_reply) * interval '1 second'
FROM life WHERE o_pause_end IS NOT NULL OR o_reply IS NOT NULL
UNION ALL
SELECT id, 8, 'status_changed', false, worker, CASE WHEN n % 3 = 0 THEN '已处理完毕' END,
       '{"before": "in_progress", "after": "resolved"}', created_at + o_resolved * interval '1 second'
FROM life WHERE o_resolved IS NOT NULL
UNION ALL
SELECT id, 9, 'rated', false, requester, NULL, jsonb_build_object('score', score),
       created_at + o_rated * interval '1 second'
FROM life WHERE o_rated IS NOT NULL
UNION ALL
SELECT id, 10, 'status_changed', false, NULL, NULL, '{"before": "resolved", "after": "closed", "automatic": true}',
       created_at + o_closed * interval '1 second'
FROM life WHERE o_closed IS NOT NULL
UNION ALL
SELECT ticket_id, 11, 'escalated', true, NULL, NULL, jsonb_build_object('clock_name', clock, 'level', level),
       occurred_at
FROM escalations;

UPDATE timeline t SET body = k.description FROM tickets k WHERE t.kind = 'created' AND k.id = t.ticket_id;
UPDATE timeline t SET body = k.rating_comment FROM tickets k WHERE t.kind = 'rated' AND k.id = t.ticket_id;

INSERT INTO ticket_events (id, ticket_id, kind, internal, actor_account_id, body, data, occurred_at)
SELECT (SELECT coalesce(max(id), 0) FROM ticket_events) + row_number() OVER (ORDER BY at, ticket_id, ord),
       ticket_id, kind, internal, actor, body, data, at
FROM timeline;
SELECT setval('ticket_events_id_seq', (SELECT max(id) FROM ticket_events))
"""


async def scores(build: Build) -> None:
    """CLOSED_MONTHS closed months before this one, each with everyone hired by its end frozen once
    (closing 1), as `close_period` writes them: score, complete, the breakdown (one part at the home
    unit, scored with its population's scorecard) and the template codes the rankings read."""
    c = build.connection
    this_month = build.today.replace(day=1)
    hr = await c.fetchval("SELECT account_id FROM hrs ORDER BY i LIMIT 1")
    templates = {
        r["code"]: json.loads(r["lines"])
        for r in await c.fetch("SELECT code, lines::text AS lines FROM scorecard_templates")
    }
    metrics = {
        r["code"]: (r["name"], r["side"], r["source"])
        for r in await c.fetch("SELECT code, name, side, source FROM metric_definitions")
    }
    targets = {"customer_satisfaction": 90, "store_efficiency": 95, "store_sales": 1500000, "hq_sales": 100}
    month = this_month
    for _ in range(CLOSED_MONTHS):
        month = (month - timedelta(days=1)).replace(day=1)
        end = (month + timedelta(days=32)).replace(day=1)
        frozen_at = datetime.combine(end + timedelta(days=2), datetime.min.time(), tzinfo=ORG_ZONE) + timedelta(
            hours=10
        )
        await build.script(
            "INSERT INTO performance_periods (period, status, closings, changed_at, changed_by, closed_by)"
            " VALUES ($1, 'closed', 1, $2, $3, $3)",
            f"{month:%Y-%m}",
            frozen_at,
            hr,
        )
        for population, template in (("store", "store"), ("support", "support")):
            lines = templates[template]
            parts = []
            for k, line in enumerate(lines):
                code = line["metric_code"]
                name, side, source = metrics[code]
                points = f"round((60 + 55 * pg_temp.part(x.h, {k % 4}))::numeric, 2)"
                target = targets.get(code)
                value = (
                    f"round(({target} * (60 + 55 * pg_temp.part(x.h, {k % 4})) / 100)::numeric, 2)::text"
                    if target
                    else f"round((1 + 4 * pg_temp.part(x.h, {k % 4}))::numeric, 1)::text"
                )
                parts.append(
                    f"json_build_object('metric_code', {literal(code)}, 'metric_name', {literal(name)},"
                    f" 'side', {literal(side)}, 'source', {literal(source)}, 'weight', {literal(line['weight'])},"
                    f" 'value', {value}, 'target', {literal(str(target) if target else None)},"
                    f" 'points', {points}::text, 'note', NULL)"
                )
            score = " + ".join(
                f"{line['weight']} * round((60 + 55 * pg_temp.part(x0.h, {k % 4}))::numeric, 2) / 100"
                for k, line in enumerate(lines)
            )
            kind = "store" if population == "store" else "department"
            await build.script(
                f"""
                INSERT INTO frozen_scores (period, closing, employee_id, score, complete, breakdown, template_codes,
                                           frozen_at)
                SELECT $1, 1, e.id, x.score::text, true,
                       json_build_object('employee_id', e.id, 'employee_no', e.employee_no, 'full_name', e.full_name,
                           'period', $1, 'score', x.score::text, 'complete', true,
                           'parts', json_build_array(json_build_object(
                               'unit_id', u.id, 'unit_code', u.code, 'unit_name', u.name, 'days', $4 - $3,
                               'population', {literal(population)}, 'template_code', {literal(template)},
                               'score', x.score::text, 'metrics', json_build_array({", ".join(parts)}),
                               'missing', json_build_array()))),
                       {literal(f" {template} ")}, $2
                FROM employees e JOIN org_units u ON u.id = e.home_unit_id
                CROSS JOIN LATERAL (SELECT md5(e.id::text || $1) AS h) x0
                CROSS JOIN LATERAL (SELECT x0.h, round(({score})::numeric, 2) AS score) x
                WHERE u.kind = {literal(kind)} AND e.hire_date < $4
                """,
                f"{month:%Y-%m}",
                frozen_at,
                month,
                end,
            )
        log(f"    {month:%Y-%m} frozen")


async def pools(build: Build) -> None:
    """An open (draft) collaboration pool for this month in every region, on the demo pool's terms."""
    await build.script(
        """
        INSERT INTO pools (id, name, scope_unit_id, period, currency, funding, conditions, frontline_percent,
                           linked_rule,
                           status, version, created_by, created_at, updated_at, credit_modifier)
        SELECT gen_random_uuid(), r.name || ' collaboration pool', r.id, p.period, p.currency, p.funding, p.conditions,
               p.frontline_percent, p.linked_rule, 'draft', 1, (SELECT account_id FROM hrs ORDER BY i LIMIT 1),
               $1, $1, p.credit_modifier
        FROM org_units r CROSS JOIN (SELECT * FROM pools ORDER BY created_at LIMIT 1) p
        WHERE r.kind = 'region' AND NOT EXISTS (SELECT 1 FROM pools x WHERE x.scope_unit_id = r.id)
        """,
        build.now,
    )


async def analyze(build: Build) -> None:
    await build.connection.execute("VACUUM ANALYZE")


COUNTED = [
    "org_units",
    "employees",
    "accounts",
    "role_grants",
    "assignments",
    "transfers",
    "transfer_trail",
    "clock_ins",
    "clock_in_sequences",
    "tickets",
    "ticket_events",
    "ticket_pauses",
    "ticket_escalations",
    "frozen_scores",
    "pools",
]


async def row_counts(url: str) -> dict[str, int]:
    connection = await asyncpg.connect(url)
    try:
        return {table: int(await connection.fetchval(f"SELECT count(*) FROM {table}")) for table in COUNTED}
    finally:
        await connection.close()


async def bring_up_to_date() -> None:
    """A tenant built by an earlier version of the app: its schema migrated to this one, and what the
    migrations leave for the app to record (the tickets' clock outcomes) recorded as the build does."""
    await asyncio.to_thread(frontline, DATABASE, "db", "upgrade")
    connection = await asyncpg.connect(connect_url(DATABASE))
    try:
        await connection.execute(TICKET_OUTCOMES_SQL)
    finally:
        await connection.close()


async def build_big_tenant(shape: Shape) -> tuple[float, dict[str, int]]:
    """Drops and builds DATABASE; returns (seconds, row counts) and leaves the marker."""
    started = time.perf_counter()
    await admin(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    await admin(f'CREATE DATABASE "{DATABASE}"')
    log(f"building {DATABASE} ({shape.spec})")
    await asyncio.to_thread(frontline, DATABASE, "db", "upgrade")
    await asyncio.to_thread(frontline, DATABASE, "demo")
    log(f"  migrated and demo loaded: {time.perf_counter() - started:.1f} s")
    connection = await asyncpg.connect(connect_url(DATABASE))
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        await grow(connection, shape, now)
    finally:
        await connection.close()
    counts = await row_counts(connect_url(DATABASE))
    seconds = time.perf_counter() - started
    connection = await asyncpg.connect(connect_url(DATABASE))
    try:
        await connection.execute(
            "CREATE TABLE bench_big_tenant_marker (spec text NOT NULL, built_at timestamptz NOT NULL,"
            " build_seconds float8 NOT NULL, today date NOT NULL, counts jsonb NOT NULL)"
        )
        await connection.execute(
            "INSERT INTO bench_big_tenant_marker VALUES ($1, $2, $3, $4, $5)",
            shape.spec,
            now,
            seconds,
            now.astimezone(ORG_ZONE).date(),
            json.dumps(counts),
        )
    finally:
        await connection.close()
    return seconds, counts


# ---------------------------------------------------------------------------------------------
# The measurement: daily screens under load, on the big tenant and on the demo alone.
# ---------------------------------------------------------------------------------------------

SLOW_P99_MS = 200.0


@dataclass(frozen=True)
class Person:
    """Who sends a request: an account (or, on the demo where most people have none, a stand-in
    account id) with its employee and grants, as an access token carries them."""

    account_id: uuid.UUID
    employee_id: uuid.UUID | None
    grants: tuple[Grant, ...]
    unit_id: uuid.UUID | None = None  # the store or department the screen is about


@dataclass
class Screen:
    name: str
    paths: list[tuple[Person, str]]
    note: str = ""


@dataclass
class Figures:
    result: LoadResult
    errors: dict[int, int]

    @property
    def ok(self) -> bool:
        return bool(self.result.latencies_s)


def get(path: str, token: str) -> bytes:
    return (
        f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\nAccept: application/json\r\n\r\n"
    ).encode()


class Minter:
    def __init__(self) -> None:
        self.tokens = JoseTokens(
            key=SECRET,
            issuer="frontline",
            audience="frontline-api",
            access_ttl=timedelta(hours=6),
            refresh_ttl=timedelta(days=1),
            clock=SystemClock(),
        )
        self.minted: dict[uuid.UUID, str] = {}

    def token(self, person: Person) -> str:
        if person.account_id not in self.minted:
            self.minted[person.account_id], _ = self.tokens.access_token(
                account_id=person.account_id,
                employee_id=person.employee_id,
                grants=person.grants,
                session_id=uuid.uuid4(),
                now=datetime.now(UTC),
            )
        return self.minted[person.account_id]


def month_bounds(today: date) -> tuple[date, date]:
    """The last full month: (first day, last day)."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


class Cast:
    """The people of one tenant who open the screens, read from its database."""

    def __init__(self, connection: asyncpg.Connection, demo: bool) -> None:
        self.connection = connection
        self.demo = demo

    async def grants(self, account_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[Grant, ...]]:
        rows = await self.connection.fetch(
            "SELECT account_id, role, org_unit_id FROM role_grants WHERE account_id = ANY($1::uuid[])", account_ids
        )
        found: dict[uuid.UUID, list[Grant]] = {a: [] for a in account_ids}
        for row in rows:
            found[row["account_id"]].append(Grant(Role(row["role"]), row["org_unit_id"]))
        return {a: tuple(g) for a, g in found.items()}

    async def people(self, sql: str, *args: Any, limit: int = 300) -> list[Person]:
        """Rows (account_id or NULL, employee_id, unit_id): real accounts with their grants; on the demo,
        an employee without an account gets a stand-in account and the employee grant on the unit."""
        rows = await self.connection.fetch(sql + f" LIMIT {limit}", *args)
        grants = await self.grants([r["account_id"] for r in rows if r["account_id"] is not None])
        people = []
        for row in rows:
            if row["account_id"] is not None:
                people.append(Person(row["account_id"], row["employee_id"], grants[row["account_id"]], row["unit_id"]))
            else:
                stand_in = (Grant(Role(row["role"]), row["unit_id"]),) if row.get("role") else ()
                home = (Grant(Role.EMPLOYEE, row["home"]),) if row.get("home") and row.get("role") != "employee" else ()
                people.append(Person(uuid.uuid4(), row["employee_id"], stand_in + home, row["unit_id"]))
        return people

    async def store_staff(self) -> list[Person]:
        """Store staff who punched in the last 30 days (the demo has no punches: its store staff)."""
        recent = (
            ""
            if self.demo
            else (
                " AND EXISTS (SELECT 1 FROM clock_ins c WHERE c.employee_id = e.id"
                " AND c.punched_at > now() - interval '30 days')"
            )
        )
        return await self.people(
            "SELECT a.id AS account_id, e.id AS employee_id, e.home_unit_id AS unit_id, e.home_unit_id AS home,"
            " 'employee' AS role FROM employees e JOIN org_units u ON u.id = e.home_unit_id AND u.kind = 'store'"
            " LEFT JOIN accounts a ON a.employee_id = e.id"
            " WHERE e.status = 'active' AND coalesce(a.email, '') NOT LIKE '%@demo.example'"
            + recent
            + " ORDER BY md5(e.id::text)"
        )

    async def everyone(self) -> list[Person]:
        return await self.people(
            "SELECT a.id AS account_id, e.id AS employee_id, e.home_unit_id AS unit_id, e.home_unit_id AS home,"
            " 'employee' AS role FROM employees e LEFT JOIN accounts a ON a.employee_id = e.id"
            " WHERE e.status = 'active' ORDER BY md5(e.id::text || 'all')"
        )

    async def store_managers(self) -> list[Person]:
        """Each store's manager; on the demo (one store manager) a stand-in for each other store."""
        real = await self.people(
            "SELECT g.account_id, a.employee_id, g.org_unit_id AS unit_id FROM role_grants g"
            " JOIN accounts a ON a.id = g.account_id WHERE g.role = 'store_manager' ORDER BY md5(g.org_unit_id::text)"
        )
        if not self.demo:
            return real
        stand_ins = await self.people(
            "SELECT DISTINCT ON (u.id) NULL::uuid AS account_id, e.id AS employee_id, u.id AS unit_id,"
            " u.id AS home, 'store_manager' AS role FROM org_units u JOIN employees e ON e.home_unit_id = u.id"
            " WHERE u.kind = 'store' AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.org_unit_id = u.id"
            " AND g.role = 'store_manager') ORDER BY u.id, e.employee_no"
        )
        return real + stand_ins

    async def department_staff(self) -> list[Person]:
        """Head-office staff and heads of the departments that own tickets, spread over them."""
        return await self.people(
            "SELECT a.id AS account_id, e.id AS employee_id, e.home_unit_id AS unit_id, e.home_unit_id AS home,"
            " 'employee' AS role FROM employees e JOIN org_units u ON u.id = e.home_unit_id AND u.kind = 'department'"
            " LEFT JOIN accounts a ON a.employee_id = e.id"
            " WHERE e.status = 'active' AND EXISTS (SELECT 1 FROM ticket_routing_rules r WHERE r.department_id = u.id)"
            " ORDER BY md5(e.id::text || 'queue')"
        )

    async def role(self, role: str) -> list[Person]:
        return await self.people(
            "SELECT g.account_id, a.employee_id, g.org_unit_id AS unit_id FROM role_grants g"
            " JOIN accounts a ON a.id = g.account_id WHERE g.role = $1 ORDER BY md5(g.account_id::text)",
            role,
        )

    async def cursors(self, table: str, count: int = 40) -> list[str]:
        """Cursors of the feed at positions around its middle."""
        total = await self.connection.fetchval(f"SELECT count(*) FROM {table} WHERE change_seq IS NOT NULL")
        rows = await self.connection.fetch(
            f"SELECT change_seq, id FROM {table} WHERE change_seq IS NOT NULL ORDER BY change_seq, id"
            f" OFFSET {max(0, total // 2 - count * 7)} LIMIT {count * 14}"
        )
        return [encode_cursor([row["change_seq"], str(row["id"])]) for row in rows[::14]] or [""]


async def screens(url: str, demo: bool, today: date) -> list[Screen]:
    connection = await asyncpg.connect(url)
    try:
        cast = Cast(connection, demo)
        staff, everyone = await cast.store_staff(), await cast.everyone()
        managers, department = await cast.store_managers(), await cast.department_staff()
        heads, hr, leaders = await cast.role("dept_head"), await cast.role("hr"), await cast.role("leader")
        first, last = month_bounds(today)
        month = f"{first:%Y-%m}"
        this_month = f"{today:%Y-%m}"
        zone = "%2B08:00"
        ticket_month = f"from={first}T00:00:00{zone}&to={last + timedelta(days=1)}T00:00:00{zone}"
        names = [
            r["full_name"].split(" ")[0 if i % 3 else 1][:5] if i % 2 else r["full_name"]
            for i, r in enumerate(
                await connection.fetch("SELECT full_name FROM employees ORDER BY md5(id::text) LIMIT 40")
            )
        ]
        numbers = [
            r["employee_no"][: 4 + i % 4]
            for i, r in enumerate(
                await connection.fetch("SELECT employee_no FROM employees ORDER BY md5(id::text || 'no') LIMIT 40")
            )
        ]
        queries = [urllib.parse.quote(q) for pair in zip(names, numbers, strict=False) for q in pair]
        feeds = {table: await cast.cursors(table) for table in ("employees", "assignments", "transfers")}
        has_scores = bool(await connection.fetchval("SELECT count(*) FROM performance_periods WHERE status = 'closed'"))
    finally:
        await connection.close()

    def spread(people: list[Person], make: Callable[[Person, int], str]) -> list[tuple[Person, str]]:
        return [(person, make(person, i)) for i, person in enumerate(people)]

    approvers = heads + hr + leaders
    found = [
        Screen("my_attendance", spread(staff, lambda p, i: f"/api/v1/me/attendance?from={first}&to={last}")),
        Screen("store_attendance_today", spread(managers, lambda p, i: f"/api/v1/stores/{p.unit_id}/attendance")),
        Screen("store_members", spread(managers, lambda p, i: f"/api/v1/org-units/{p.unit_id}/members")),
        Screen("ticket_queue", spread(department + heads, lambda p, i: "/api/v1/tickets?scope=queue")),
        Screen(
            "ticket_queue_at_risk", spread(department + heads, lambda p, i: "/api/v1/tickets?scope=queue&at_risk=true")
        ),
        Screen(
            "ticket_queue_breached",
            spread(department + heads, lambda p, i: "/api/v1/tickets?scope=queue&breached=true"),
        ),
        Screen("ticket_stats", spread(hr, lambda p, i: f"/api/v1/tickets/stats?{ticket_month}"), "HR, all departments"),
        Screen(
            "ticket_stats_department",
            spread(heads, lambda p, i: f"/api/v1/tickets/stats?{ticket_month}&department={p.unit_id}"),
            "a department head, hers",
        ),
        Screen("approvals_inbox", spread(approvers, lambda p, i: "/api/v1/approvals/inbox")),
        Screen("transfer_stats", spread(hr, lambda p, i: f"/api/v1/transfers/stats?from={first}&to={last}")),
        Screen("my_performance", spread(everyone, lambda p, i: f"/api/v1/me/performance?period={this_month}")),
        Screen("my_pools", spread(staff, lambda p, i: "/api/v1/me/pools")),
        Screen("employee_search", spread(hr, lambda p, i: f"/api/v1/employees?q={queries[i % len(queries)]}")),
    ]
    for table, cursors in feeds.items():
        found.append(
            Screen(
                f"sync_{table}",
                spread(hr, lambda p, i, c=cursors, t=table: f"/api/v1/sync/{t}?cursor={c[i % len(c)]}"),  # type: ignore[misc]
                "from a cursor in the middle",
            )
        )
    found.append(
        Screen(
            "rankings_closed_month",
            spread(
                hr, lambda p, i: f"/api/v1/performance/rankings?period={month}&template={('store', 'support')[i % 2]}"
            ),
            "closed month" if has_scores else "no closed month here: ranked live",
        )
    )
    found.append(
        Screen(
            "rankings_open_month",
            spread(
                hr,
                lambda p, i: f"/api/v1/performance/rankings?period={this_month}&template={('store', 'support')[i % 2]}",
            ),
            "the month in progress, as the worker last ranked it",
        )
    )
    for screen in found:  # enough distinct requests to spread over people, stores and departments
        while screen.paths and len(screen.paths) < 64:
            screen.paths = screen.paths * 2
    return found


def fetch(port: int, path: str, token: str | None = None, body: bytes | None = None) -> tuple[int, bytes, float]:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if body is not None:
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body, headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, answer.read(), time.perf_counter() - started
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), time.perf_counter() - started


def sign_in(port: int, username: str) -> tuple[int, str]:
    status, body, _ = fetch(
        port,
        "/api/v1/auth/token",
        body=json.dumps({"grant_type": "password", "username": username, "password": DEMO_PASSWORD}).encode(),
    )
    return status, body.decode()[:200]


def check(port: int, screen: Screen, minter: Minter, tenant: str) -> list[float]:
    """Opens the screen as a few of its people, one at a time (also warms the caches); prints any
    answer that is not 2xx with the start of its body. Returns the latencies (s)."""
    seen = []
    for person, path in screen.paths[:4]:
        status, body, elapsed = fetch(port, path, minter.token(person))
        seen.append(elapsed)
        if not 200 <= status < 300:
            log(f"  {tenant}.{screen.name}: {status} for {path}: {body.decode(errors='replace')[:300]}")
    return seen


async def measure(port: int, screen: Screen, minter: Minter, seconds: float, connections: int) -> Figures:
    requests = [get(path, minter.token(person)) for person, path in screen.paths]
    position = 0

    def next_request() -> bytes:
        nonlocal position
        position += 1
        return requests[position % len(requests)]

    result = await run_load("127.0.0.1", port, next_request, connections=connections, seconds=seconds, warmup_s=0)
    errors = {status: n for status, n in result.statuses.items() if not 200 <= status < 300}
    return Figures(result, errors)


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def app_env(name: str) -> dict[str, str]:
    return {
        "FRONTLINE_ENV": "production",
        "FRONTLINE_DATABASE_URL": database_url(name),
        "FRONTLINE_JWT_SECRET": SECRET,
        "FRONTLINE_CARE_KEYS": CARE_KEYS,
        "FRONTLINE_LOG_LEVEL": "WARNING",
        "FRONTLINE_DB_POOL_SIZE": "10",
        "FRONTLINE_DB_MAX_OVERFLOW": "10",
    }


def line(name: str, big: Figures, demo: Figures | None, note: str, alone: list[float]) -> str:
    if not big.ok:
        text = f"big_tenant.{name}: no answer in time"
    else:
        p50, p99 = big.result.percentile_ms(0.5), big.result.percentile_ms(0.99)
        text = f"big_tenant.{name}: p50 {p50:.0f} ms, p99 {p99:.0f} ms, {big.result.rps:.1f} req/s"
        if alone:
            text += f", alone {sorted(alone)[len(alone) // 2] * 1000:.0f} ms"
        if demo is not None and demo.ok:
            demo_p99 = demo.result.percentile_ms(0.99)
            text += (
                f" (demo p50 {demo.result.percentile_ms(0.5):.0f} ms, p99 {demo_p99:.0f} ms,"
                f" {demo.result.rps:.1f} req/s; p99 {p99 / demo_p99:.1f}x)"
            )
        if p99 > SLOW_P99_MS:
            text += f" SLOW (p99 over {SLOW_P99_MS:.0f} ms)"
    errors = sum(big.errors.values())
    text += f"; {errors} errors" + (f" {big.errors}" if errors else "")
    if demo is not None and demo.errors:
        text += f" (demo errors {demo.errors})"
    return text + (f" [{note}]" if note else "")


async def build_demo() -> str:
    name = f"frontline_big_tenant_demo_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    await asyncio.to_thread(frontline, name, "db", "upgrade")
    await asyncio.to_thread(frontline, name, "demo")
    connection = await asyncpg.connect(connect_url(name))
    try:
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    return name


async def warm_worker_reads(name: str) -> None:
    """What the worker keeps ready (it is not running here): each draft pool's standing and the
    open months' rankings, so that my_pools and rankings_open_month read them as people do (without
    it, the first reader of each computes it)."""
    database = Database(database_url(name))
    try:
        for job, what in ((refresh_standings, "draft pools' standings"), (refresh_live_rankings, "open months ranked")):
            started, done = time.perf_counter(), 0
            while await job(database, SystemClock()):
                done += 1
            log(f"{name}: the worker's {what}: {done} ({time.perf_counter() - started:.1f} s)")
    finally:
        await database.dispose()


async def compare(today: date, seconds: float, connections: int, only: set[str]) -> None:
    demo_name = await build_demo()
    processes = []
    try:
        big_port, demo_port = free_port(), free_port()
        processes.append(serve("api.asgi:app", big_port, app_env(DATABASE)))
        processes.append(serve("api.asgi:app", demo_port, app_env(demo_name)))
        for port, tenant, who in (
            (big_port, "big_tenant", "admin@demo.example"),
            (demo_port, "demo", "admin@demo.example"),
        ):
            status, body = await asyncio.to_thread(sign_in, port, who)
            log(f"{tenant}.sign_in {who}: {status}" + ("" if status == 200 else f" {body}"))
        connection = await asyncpg.connect(connect_url(DATABASE))
        try:
            number = await connection.fetchval(
                "SELECT e.employee_no FROM employees e JOIN org_units u ON u.id = e.home_unit_id"
                " WHERE u.kind = 'store' AND e.status = 'active' AND e.employee_no LIKE 'E2%'"
                " ORDER BY e.employee_no LIMIT 1"
            )
        finally:
            await connection.close()
        status, body = await asyncio.to_thread(sign_in, big_port, number)
        log(
            f"big_tenant.sign_in {number} (a store employee of the grown tenant): {status}"
            + ("" if status == 200 else f" {body}")
        )
        for name in (DATABASE, demo_name):
            await warm_worker_reads(name)
        big_screens = await screens(connect_url(DATABASE), False, today)
        demo_screens = {s.name: s for s in await screens(connect_url(demo_name), True, today)}
        minter = Minter()
        for number, screen in enumerate(big_screens):
            if only and screen.name not in only:
                continue
            demo_screen = demo_screens[screen.name]
            alone = await asyncio.to_thread(check, big_port, screen, minter, "big_tenant")
            await asyncio.to_thread(check, demo_port, demo_screen, minter, "demo")
            order = [("big", big_port, screen), ("demo", demo_port, demo_screen)]
            figures: dict[str, Figures] = {}
            for tenant, port, which in order if number % 2 == 0 else reversed(order):
                figures[tenant] = await measure(port, which, minter, seconds, connections)
            note = screen.note if screen.note == demo_screen.note else f"{screen.note}; demo: {demo_screen.note}"
            log(line(screen.name, figures["big"], figures["demo"], note, alone[1:]))
    finally:
        for process in processes:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{demo_name}" WITH (FORCE)')


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rebuild", action="store_true", help="drop and build the big tenant again")
    parser.add_argument("--seconds", type=float, default=10, help="load per screen and tenant")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--only", default="", help="comma-separated screens (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument("--build-only", action="store_true", help="build (or reuse) the tenant and stop")
    args = parser.parse_args()
    shape = Shape(args.scale)
    found = None if args.rebuild else await marker(DATABASE)
    if found is not None and found["spec"] == shape.spec:
        log(
            f"big_tenant.build: reused {DATABASE} built {found['built_at']:%Y-%m-%d %H:%M} UTC in"
            f" {found['build_seconds']:.0f} s ({shape.spec})"
        )
        counts = json.loads(found["counts"])
        await bring_up_to_date()
        if found["today"] != datetime.now(UTC).astimezone(ORG_ZONE).date():
            log(
                f"  (built on {found['today']}: its punches and tickets stop there, so today's screens show"
                " less than they would; --rebuild brings them to today)"
            )
    else:
        if found is not None:
            log(f"{DATABASE} was built as {found['spec']!r}; rebuilding as {shape.spec!r}")
        seconds, counts = await build_big_tenant(shape)
        log(f"big_tenant.build_seconds: {seconds:.0f}")
    log("big_tenant.rows: " + ", ".join(f"{table} {counts[table]:,}" for table in COUNTED if table in counts))
    if args.build_only:
        return
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    await compare(datetime.now(UTC).astimezone(ORG_ZONE).date(), args.seconds, args.connections, only)


if __name__ == "__main__":
    asyncio.run(main())
