"""Month-end: closing a month (every active employee's score frozen) and ranking its cohorts, as the
product runs it, against one hand-written SQL statement computing the same weighted scores.

Creates a PostgreSQL database of its own, migrates it and seeds, with COPY: 100,000 employees (80% in
1,000 stores under 10 regions, 20% in 20 head-office departments), 30% of head-office staff seconded
to a store for part of the month and 3% of store staff moving store mid-month (so months are cut into
parts and pro-rated), 14 metric definitions (target, banded and rating rules; manual, pushed and
sales sources), the three scorecard templates (store staff, seconded, support), targets at the root,
the regions, some departments and some people, 10 metric values per employee (1% missing), store
values and daily store sales. Then, in-process with an HR actor (the domain services the HTTP
endpoints call, each in its own transaction as a request would run it):

- `periods.ranking` of an open month for each template (live scores, the bulk scorer);
- `periods.close_period` (scores computed and frozen, each template's cohort ranked and stored, committed);
- `periods.ranking` of the closed month for each template (the first page of the stored ranking);

and, as the ceiling, one SQL statement computing every active employee's weighted, pro-rated score
(the best of two runs). The product's frozen scores are compared with the ceiling's, person by person.

    flock /tmp/frontline-cpu.lock .venv/bin/python bench/month_end.py [--employees 100000] [--profile]

Prints e.g. `month_end.seconds: 7.9 (2.4x of ceiling 3.3 s)`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from bench.clock_in import admin, database_url  # noqa: E402
from domain.performance import periods  # noqa: E402
from domain.performance.scoring import Month  # noqa: E402
from domain.shared.actor import Actor, Grant, Role  # noqa: E402
from domain.shared.clock import SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402

MONTH = Month(2026, 10)
EMPLOYEES_PER_STORE = 80
REGIONS = 10
DEPARTMENTS = 20

RATING = {"method": "rating", "scale_min": "1", "scale_max": "5"}
RATING_10 = {"method": "rating", "scale_min": "1", "scale_max": "10"}
TARGET = {"method": "target", "cap": "120"}
TARGET_150 = {"method": "target", "cap": "150"}
LATE_BANDS = {
    "method": "bands",
    "cap": "100",
    "bands": [
        {"threshold": "0", "points": "100"},
        {"threshold": "15", "points": "80"},
        {"threshold": "45", "points": "50"},
        {"threshold": "90", "points": "20"},
    ],
}
SCORE_BANDS = {
    "method": "bands",
    "cap": "110",
    "bands": [
        {"threshold": "50", "points": "40"},
        {"threshold": "70", "points": "70"},
        {"threshold": "85", "points": "90"},
        {"threshold": "95", "points": "110"},
    ],
}
COUNT_BANDS = {
    "method": "bands",
    "cap": "100",
    "bands": [
        {"threshold": "1", "points": "50"},
        {"threshold": "5", "points": "80"},
        {"threshold": "10", "points": "100"},
    ],
}

# code: (side, source, direction, scoring, value generator)
METRICS: dict[str, tuple[str, str, str, dict[str, Any], Any]] = {
    "store_sales": ("store", "sales", "higher", TARGET, None),
    "store_csat": ("store", "pushed", "higher", RATING, None),
    "service_rating": ("store", "manual", "higher", RATING, lambda r: Decimal(r.randint(2, 10)) / 2),
    "upsell_rate": ("store", "pushed", "higher", TARGET, lambda r: Decimal(r.randint(0, 300)) / 10),
    "shrinkage_rate": ("store", "pushed", "lower", TARGET_150, lambda r: Decimal(r.randint(5, 300)) / 100),
    "late_minutes": ("store", "pushed", "lower", LATE_BANDS, lambda r: Decimal(r.choice([0] * 5 + list(range(120))))),
    "checklist": ("store", "manual", "higher", SCORE_BANDS, lambda r: Decimal(r.randint(40, 100))),
    "store_efficiency": ("store", "manual", "higher", TARGET, lambda r: Decimal(r.randint(60, 130))),
    "attendance_rate": ("store", "pushed", "higher", TARGET, lambda r: Decimal(r.randint(850, 1000)) / 10),
    "product_knowledge": ("store", "manual", "higher", RATING, lambda r: Decimal(r.randint(1, 5))),
    "compliments": ("store", "pushed", "higher", COUNT_BANDS, lambda r: Decimal(r.randint(0, 20))),
    "safety_score": ("store", "manual", "higher", RATING_10, lambda r: Decimal(r.randint(1, 10))),
    "frontline_satisfaction": ("support", "pushed", "higher", RATING, lambda r: Decimal(r.randint(10, 50)) / 10),
    "hq_kpi": ("hq", "manual", "higher", TARGET, lambda r: Decimal(r.randint(50, 130))),
    "project_delivery": ("hq", "manual", "higher", SCORE_BANDS, lambda r: Decimal(r.randint(40, 100))),
    "hq_quality": ("hq", "pushed", "higher", RATING, lambda r: Decimal(r.randint(10, 50)) / 10),
    "knowledge_sharing": ("hq", "manual", "higher", RATING, lambda r: Decimal(r.randint(1, 5))),
    "budget_adherence": ("hq", "pushed", "lower", TARGET, lambda r: Decimal(r.randint(800, 1200)) / 10),
    "process_compliance": ("hq", "pushed", "higher", SCORE_BANDS, lambda r: Decimal(r.randint(40, 100))),
    "mentoring": ("hq", "manual", "higher", RATING, lambda r: Decimal(r.randint(1, 5))),
    "innovation": ("hq", "manual", "higher", RATING, lambda r: Decimal(r.randint(1, 5))),
    "hq_attendance": ("hq", "pushed", "higher", TARGET, lambda r: Decimal(r.randint(850, 1000)) / 10),
}
STORE_PERSONAL = [
    "service_rating",
    "upsell_rate",
    "shrinkage_rate",
    "late_minutes",
    "checklist",
    "store_efficiency",
    "attendance_rate",
    "product_knowledge",
    "compliments",
    "safety_score",
]
HQ_PERSONAL = [
    "frontline_satisfaction",
    "hq_kpi",
    "project_delivery",
    "hq_quality",
    "knowledge_sharing",
    "budget_adherence",
    "process_compliance",
    "mentoring",
    "innovation",
    "hq_attendance",
]
TEMPLATES = {
    "store-staff": ("store", [("store_sales", "10"), ("store_csat", "10")] + [(c, "8") for c in STORE_PERSONAL]),
    "hq-seconded": (
        "seconded",
        [("store_csat", "20"), ("store_sales", "20"), ("hq_kpi", "30"), ("project_delivery", "30")],
    ),
    "hq-support": (
        "support",
        [
            ("frontline_satisfaction", "25"),
            ("hq_kpi", "15"),
            ("project_delivery", "10"),
            ("hq_quality", "10"),
            ("knowledge_sharing", "10"),
            ("budget_adherence", "10"),
            ("process_compliance", "5"),
            ("mentoring", "5"),
            ("innovation", "5"),
            ("hq_attendance", "5"),
        ],
    ),
}


def micro(value: Decimal) -> int:
    return int(value * 1_000_000)


def hexpath(*ids: uuid.UUID) -> str:
    return "/" + "".join(f"{i.hex}/" for i in ids)


async def seed(dsn: str, employees: int) -> uuid.UUID:
    """Seeds the organisation and the month; returns the HR account's id."""
    rng = random.Random(2026)
    now = datetime.now(UTC)
    first, last = MONTH.first, MONTH.last
    stores_n = max(1, employees * 8 // 10 // EMPLOYEES_PER_STORE)
    units: list[tuple[Any, ...]] = []

    def unit(code: str, kind: str, parent: uuid.UUID | None, path: str, unit_id: uuid.UUID) -> None:
        units.append((unit_id, code, code.title(), kind, parent, path, "Asia/Shanghai", now, now))

    hq = uuid.uuid4()
    unit("HQ", "headquarters", None, hexpath(hq), hq)
    regions = [uuid.uuid4() for _ in range(REGIONS)]
    for n, region in enumerate(regions):
        unit(f"R{n:02d}", "region", hq, hexpath(hq, region), region)
    departments = [uuid.uuid4() for _ in range(DEPARTMENTS)]
    for n, department in enumerate(departments):
        unit(f"D{n:02d}", "department", hq, hexpath(hq, department), department)
    stores: list[uuid.UUID] = []
    store_region: dict[uuid.UUID, uuid.UUID] = {}
    for n in range(stores_n):
        store, region = uuid.uuid4(), regions[n % REGIONS]
        stores.append(store)
        store_region[store] = region
        unit(f"S{n:04d}", "store", region, hexpath(hq, region, store), store)

    people: list[tuple[Any, ...]] = []
    stays: list[tuple[Any, ...]] = []
    values: list[tuple[Any, ...]] = []
    targets: list[tuple[Any, ...]] = []
    for number in range(employees):
        employee = uuid.uuid4()
        at_store = number < stores_n * EMPLOYEES_PER_STORE
        home = stores[number % stores_n] if at_store else departments[number % DEPARTMENTS]
        people.append((employee, f"E{number:06d}", f"Person {number}", home, date(2024, 1, 1), "active", now, now))
        if at_store and rng.random() < 0.03:  # moves store mid-month for good
            start = first + timedelta(days=rng.randint(5, 25))
            stays.append((uuid.uuid4(), employee, rng.choice(stores), "permanent", start, None, now, now))
        if not at_store:
            if rng.random() < 0.30:  # seconded to a store for one to four weeks from mid-month
                start = first + timedelta(days=rng.randint(5, 20))
                end = start + timedelta(days=rng.randint(7, 30))
                stays.append((uuid.uuid4(), employee, rng.choice(stores), "secondment", start, end, now, now))
            elif rng.random() < 0.02:  # a secondment that ended last month
                start = first - timedelta(days=40)
                stays.append((uuid.uuid4(), employee, rng.choice(stores), "secondment", start, first, now, now))
            if rng.random() < 0.05:
                target = micro(Decimal(rng.randint(80, 120)))
                targets.append((uuid.uuid4(), "hq_kpi", "employee", employee, first, target, now))
        for code in STORE_PERSONAL if at_store else HQ_PERSONAL:
            if rng.random() < 0.01:
                continue  # not entered yet: the score is over the metrics that have values
            value = METRICS[code][4](rng)
            values.append((uuid.uuid4(), code, "employee", employee, first, last, micro(value), "pushed", now))
    for store in stores:
        csat = Decimal(rng.randint(250, 500)) / 100
        values.append((uuid.uuid4(), "store_csat", "store", store, first, last, micro(csat), "pushed", now))
    sales: list[tuple[Any, ...]] = []
    for store in stores:
        for day in range(last.day):
            amount = rng.randint(2_000_000, 8_000_000)  # minor units (CNY fen) a day
            sales.append((store, first + timedelta(days=day), "CNY", amount, amount // 5000, amount // 9000))

    root_targets = {"attendance_rate": "98", "hq_kpi": "100", "budget_adherence": "100", "hq_attendance": "98"}
    for code, value in root_targets.items():
        targets.append((uuid.uuid4(), code, "unit", hq, first, micro(Decimal(value)), now))
    for n, region in enumerate(regions):
        regional = {"store_sales": "1500000", "upsell_rate": "15", "shrinkage_rate": "1"}
        if n != 3:  # region R03 has no efficiency target yet: "no target set"
            regional["store_efficiency"] = "100"
        if n % 2 == 0:
            regional["attendance_rate"] = "97.5"
        for code, value in regional.items():
            targets.append((uuid.uuid4(), code, "unit", region, first, micro(Decimal(value)), now))
    for department in departments[:5]:
        targets.append((uuid.uuid4(), "hq_kpi", "unit", department, first, micro(Decimal(90)), now))

    account = uuid.uuid4()
    connection = await asyncpg.connect(dsn)
    try:
        await connection.copy_records_to_table(
            "org_units",
            records=units,
            columns=["id", "code", "name", "kind", "parent_id", "path", "timezone", "created_at", "updated_at"],
        )
        await connection.copy_records_to_table(
            "employees",
            records=people,
            columns=[
                "id",
                "employee_no",
                "full_name",
                "home_unit_id",
                "hire_date",
                "status",
                "created_at",
                "updated_at",
            ],
        )
        await connection.copy_records_to_table(
            "assignments",
            records=stays,
            columns=["id", "employee_id", "unit_id", "kind", "valid_from", "valid_to", "created_at", "updated_at"],
        )
        await connection.executemany(
            "INSERT INTO metric_definitions (id, code, name, unit, side, source, direction, scoring, active, "
            "created_at, updated_at) VALUES ($1, $2, $3, 'x', $4, $5, $6, $7::jsonb, true, $8, $8)",
            [
                (uuid.uuid4(), code, code.replace("_", " "), side, source, direction, json.dumps(scoring), now)
                for code, (side, source, direction, scoring, _) in METRICS.items()
            ],
        )
        await connection.executemany(
            "INSERT INTO scorecard_templates (id, code, name, population, lines, active, created_at, updated_at) "
            "VALUES ($1, $2, $2, $3, $4::jsonb, true, $5, $5)",
            [
                (uuid.uuid4(), code, population, json.dumps([{"metric_code": m, "weight": w} for m, w in lines]), now)
                for code, (population, lines) in TEMPLATES.items()
            ],
        )
        await connection.copy_records_to_table(
            "metric_targets",
            records=targets,
            columns=["id", "metric_code", "subject_kind", "subject_id", "period_start", "value_micro", "updated_at"],
        )
        await connection.copy_records_to_table(
            "metric_values",
            records=values,
            columns=[
                "id",
                "metric_code",
                "subject_kind",
                "subject_id",
                "period_start",
                "period_end",
                "value_micro",
                "source",
                "updated_at",
            ],
        )
        await connection.copy_records_to_table(
            "daily_store_sales",
            records=sales,
            columns=["store_id", "business_date", "currency", "amount_minor", "quantity", "lines"],
        )
        await connection.execute(
            "INSERT INTO accounts (id, email, password_hash, is_active, failed_logins, password_changed_at, "
            "created_at, updated_at) VALUES ($1, 'bench-hr@example.com', 'x', true, 0, now(), now(), now())",
            account,
        )
        await connection.execute("VACUUM ANALYZE")
    finally:
        await connection.close()
    print(
        f"seeded {employees} employees ({len(stays)} assignments), {len(units)} units, "
        f"{len(values)} metric values, {len(targets)} targets, {len(sales)} daily store sales",
        flush=True,
    )
    return account


# One statement: the same weighted, pro-rated scores the product computes, for what this bench seeds
# (manual, pushed and store-side sales sources in one currency; target, banded and rating rules).
CEILING = """
WITH month AS (SELECT $1::date AS first, $2::date AS last, ($2::date - $1::date + 1) AS n),
people AS (SELECT e.id, e.home_unit_id FROM employees e WHERE e.status = 'active'),
stays AS (
    SELECT a.employee_id, a.unit_id, a.valid_from, a.created_at,
           greatest(a.valid_from, m.first) AS d0, least(coalesce(a.valid_to, m.last + 1), m.last + 1) AS d1
    FROM assignments a JOIN people p ON p.id = a.employee_id, month m
    WHERE a.cancelled_at IS NULL AND a.valid_from <= m.last AND (a.valid_to IS NULL OR a.valid_to > m.first)
),
stay_days AS (  -- the later-starting assignment covering a day wins it
    SELECT DISTINCT ON (s.employee_id, d.day) s.employee_id, d.day, s.unit_id
    FROM stays s, generate_series(s.d0, s.d1 - 1, interval '1 day') AS d(day)
    ORDER BY s.employee_id, d.day, s.valid_from DESC, s.created_at DESC
),
stay_parts AS (SELECT employee_id, unit_id, count(*)::int AS days FROM stay_days GROUP BY 1, 2),
covered AS (SELECT employee_id, sum(days)::int AS days FROM stay_parts GROUP BY 1),
parts AS (
    SELECT employee_id, unit_id, days FROM stay_parts
    UNION ALL
    SELECT p.id, p.home_unit_id, m.n - coalesce(c.days, 0)
    FROM people p CROSS JOIN month m LEFT JOIN covered c ON c.employee_id = p.id
    WHERE m.n - coalesce(c.days, 0) > 0
),
templates AS MATERIALIZED (
    SELECT DISTINCT ON (population) population, code, lines
    FROM scorecard_templates WHERE active ORDER BY population, code
),
lines AS MATERIALIZED (
    SELECT t.population, l.value->>'metric_code' AS metric_code, (l.value->>'weight')::numeric AS weight,
           md.side, md.source, md.direction, md.scoring->>'method' AS method,
           coalesce((md.scoring->>'cap')::numeric,
                    CASE md.scoring->>'method' WHEN 'bands' THEN 100 ELSE 120 END) AS cap,
           coalesce((md.scoring->>'scale_min')::numeric, 1) AS scale_min,
           coalesce((md.scoring->>'scale_max')::numeric, 5) AS scale_max
    FROM templates t CROSS JOIN jsonb_array_elements(t.lines) l
    JOIN metric_definitions md ON md.code = l.value->>'metric_code'
),
bands AS MATERIALIZED (  -- bands as ranges: [threshold, next) for higher, (previous, threshold] for lower
    SELECT md.code AS metric_code, (b->>'points')::numeric AS points, (b->>'threshold')::numeric AS threshold,
           lag((b->>'threshold')::numeric) OVER w AS previous, lead((b->>'threshold')::numeric) OVER w AS next
    FROM metric_definitions md CROSS JOIN jsonb_array_elements(md.scoring->'bands') b
    WHERE md.scoring->>'method' = 'bands'
    WINDOW w AS (PARTITION BY md.code ORDER BY (b->>'threshold')::numeric)
),
unit_targets AS MATERIALIZED (  -- the nearest target up from each unit
    SELECT DISTINCT ON (u.id, t.metric_code) u.id AS unit_id, t.metric_code, t.value_micro
    FROM org_units u JOIN org_units tu ON u.path LIKE tu.path || '%'
    JOIN metric_targets t ON t.subject_kind = 'unit' AND t.subject_id = tu.id, month m
    WHERE t.period_start = m.first
    ORDER BY u.id, t.metric_code, length(tu.path) DESC
),
store_sales AS MATERIALIZED (
    SELECT s.store_id, sum(s.amount_minor) / 100.0 AS amount
    FROM daily_store_sales s, month m WHERE s.business_date BETWEEN m.first AND m.last
    GROUP BY s.store_id HAVING count(DISTINCT s.currency) = 1
),
valued AS (
    SELECT pt.employee_id, pt.unit_id, pt.days, l.weight, l.method, l.direction, l.cap, l.scale_min, l.scale_max,
           l.metric_code,
           CASE WHEN l.source IN ('manual', 'pushed')
                THEN coalesce(ev.value_micro, CASE WHEN l.side = 'store' THEN sv.value_micro END) / 1000000.0
                WHEN l.source = 'sales' AND l.side = 'store' THEN ss.amount END AS value,
           coalesce(et.value_micro, ut.value_micro) / 1000000.0 AS target
    FROM parts pt
    JOIN employees e ON e.id = pt.employee_id
    JOIN org_units u ON u.id = pt.unit_id
    JOIN org_units hu ON hu.id = e.home_unit_id
    JOIN lines l ON l.population = CASE WHEN u.kind IN ('store', 'project')
                                        THEN CASE WHEN hu.kind = 'store' THEN 'store' ELSE 'seconded' END
                                        ELSE 'support' END
    CROSS JOIN month m
    LEFT JOIN metric_values ev ON ev.metric_code = l.metric_code AND ev.subject_kind = 'employee'
        AND ev.subject_id = pt.employee_id AND ev.period_start = m.first AND ev.period_end = m.last
    LEFT JOIN metric_values sv ON sv.metric_code = l.metric_code AND sv.subject_kind = 'store'
        AND sv.subject_id = pt.unit_id AND sv.period_start = m.first AND sv.period_end = m.last
    LEFT JOIN metric_targets et ON et.metric_code = l.metric_code AND et.subject_kind = 'employee'
        AND et.subject_id = pt.employee_id AND et.period_start = m.first
    LEFT JOIN unit_targets ut ON ut.unit_id = pt.unit_id AND ut.metric_code = l.metric_code
    LEFT JOIN store_sales ss ON ss.store_id = pt.unit_id
),
pointed AS (
    SELECT v.employee_id, v.unit_id, v.days, v.weight,
           CASE WHEN v.value IS NULL THEN NULL
                WHEN v.method = 'target' THEN
                    CASE WHEN v.target IS NULL OR v.target <= 0 THEN NULL
                         WHEN v.direction = 'higher' THEN greatest(0, least(v.cap, 100 * v.value / v.target))
                         WHEN v.value <= 0 THEN v.cap
                         ELSE greatest(0, least(v.cap, 100 * v.target / v.value)) END
                WHEN v.method = 'rating' THEN
                    greatest(0, least(100, 100 * (CASE WHEN v.direction = 'higher' THEN v.value - v.scale_min
                                                       ELSE v.scale_max - v.value END) / (v.scale_max - v.scale_min)))
                ELSE coalesce(b.points, 0) END AS points
    FROM valued v
    LEFT JOIN bands b ON v.method = 'bands' AND b.metric_code = v.metric_code
        AND CASE WHEN v.direction = 'higher' THEN v.value >= b.threshold AND (b.next IS NULL OR v.value < b.next)
                 ELSE v.value <= b.threshold AND (b.previous IS NULL OR v.value > b.previous) END
),
part_scores AS (
    SELECT employee_id, unit_id, days,
           round(sum(weight * points) FILTER (WHERE points IS NOT NULL)
                 / nullif(sum(weight) FILTER (WHERE points IS NOT NULL), 0), 2) AS score
    FROM pointed GROUP BY employee_id, unit_id, days
)
SELECT employee_id, round(sum(days * score) / sum(days), 2) AS score
FROM part_scores WHERE score IS NOT NULL GROUP BY employee_id
"""


async def ceiling(dsn: str) -> tuple[float, dict[uuid.UUID, Decimal]]:
    connection = await asyncpg.connect(dsn)
    try:
        # the statement at its best: no JIT compile (seconds for a one-off query), sorts in memory
        await connection.execute("SET jit = off; SET work_mem = '256MB'")
        best = float("inf")
        rows: list[Any] = []
        for _ in range(2):
            began = time.perf_counter()
            rows = await connection.fetch(CEILING, MONTH.first, MONTH.last)
            best = min(best, time.perf_counter() - began)
        return best, {row["employee_id"]: row["score"] for row in rows}
    finally:
        await connection.close()


async def product(url: str, account: uuid.UUID, profile: bool) -> tuple[float, float, float, list[str]]:
    """(live ranking seconds, close seconds, closed ranking seconds, report lines)."""
    database = Database(url)
    hr = Actor(account_id=account, employee_id=None, grants=(Grant(Role.HR, uuid.uuid4()),))
    clock = SystemClock()
    notes: list[str] = []
    try:
        began = time.perf_counter()
        for template in TEMPLATES:
            async with database.session_scope() as session:
                live = await periods.ranking(
                    session, actor=hr, clock=clock, period=str(MONTH), template=template, limit=50, cursor=None
                )
            notes.append(f"live {template}: cohort {live.cohort}")
        live_s = time.perf_counter() - began

        profiler = None
        if profile:
            from pyinstrument import Profiler

            profiler = Profiler(async_mode="enabled")
            profiler.start()
        began = time.perf_counter()
        async with database.session_scope() as session:
            closed = await periods.close_period(session, actor=hr, clock=clock, period=str(MONTH))
        close_s = time.perf_counter() - began
        if profiler is not None:
            profiler.stop()
            print(profiler.output_text(unicode=False, color=False, show_all=False)[:12000])
        notes.append(f"closed: {closed.frozen_scores} scores frozen")

        began = time.perf_counter()
        for template in TEMPLATES:
            async with database.session_scope() as session:
                ranked = await periods.ranking(
                    session, actor=hr, clock=clock, period=str(MONTH), template=template, limit=50, cursor=None
                )
            top = ranked.entries[0] if ranked.entries else None
            notes.append(
                f"frozen {template}: cohort {ranked.cohort}"
                + (f", top {top.score} (rank {top.rank}, percentile {top.percentile})" if top else "")
            )
        rank_s = time.perf_counter() - began
        return live_s, close_s, rank_s, notes
    finally:
        await database.dispose()


async def frozen_scores(dsn: str) -> dict[uuid.UUID, Decimal | None]:
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch("SELECT employee_id, score FROM frozen_scores WHERE period = $1", str(MONTH))
        return {row["employee_id"]: Decimal(row["score"]) if row["score"] is not None else None for row in rows}
    finally:
        await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of the close")
    args = parser.parse_args()

    name = f"frontline_month_end_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    try:
        url, dsn = database_url(name), database_url(name, "postgresql")
        await asyncio.to_thread(migrations.upgrade, url)
        began = time.perf_counter()
        account = await seed(dsn, args.employees)
        print(f"seeding took {time.perf_counter() - began:.1f}s", flush=True)

        ceiling_s, expected = await ceiling(dsn)
        live_s, close_s, rank_s, notes = await product(url, account, args.profile)
        for note in notes:
            print(f"month_end.{note}")
        frozen = await frozen_scores(dsn)
        scored = {employee: score for employee, score in frozen.items() if score is not None}
        differ = sum(1 for employee, score in scored.items() if expected.get(employee) != score)
        only_ceiling = len(set(expected) - set(scored))
        print(
            f"month_end.check: {len(scored)} scores frozen, {len(expected)} from the ceiling; "
            f"{differ} differ, {only_ceiling} only in the ceiling"
        )
        total = close_s + rank_s
        print(f"month_end.close_seconds: {close_s:.1f}")
        print(f"month_end.ranking_seconds: {rank_s:.1f} (frozen, {len(TEMPLATES)} templates)")
        print(f"month_end.live_ranking_seconds: {live_s:.1f} (open month, {len(TEMPLATES)} templates)")
        print(f"month_end.seconds: {total:.1f} ({total / ceiling_s:.1f}x of ceiling {ceiling_s:.1f} s)")
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
