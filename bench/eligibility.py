"""Promotion eligibility at scale: everyone's standing on five rules, recomputed after a month close,
against one set-based SQL statement over the same data in the same run.

Creates a PostgreSQL database, migrates it and seeds with COPY (bench/credits.py's organisation):
100,000 employees (80% in 1,000 stores, 20% in 20 head-office departments), 20 department heads,
secondments for a third of head-office staff (one or two, never overlapping, 2024-2026), 23 closed
months of scores for everyone (2025-01 to 2026-11, 2.3 million frozen rows) and about 450,000
credit awards. Five rules (frontline time in windows and this year, the performance percentile
best and latest, credits by skill and by category, one rule for department heads only).

1. The product: `eligibility.evaluate_all` for the five rules and everyone (what the worker runs
   after a close), in-process, best of two.
2. The ceiling: one SQL statement answering the same (rule, person) pairs (it may assume what the
   seed guarantees: a person's stays do not overlap).
The two answers are compared pair by pair.

    flock /tmp/frontline-cpu.lock .venv/bin/python bench/eligibility.py [--employees 100000]

Prints e.g. `eligibility.seconds: 12.3 (4.1x of ceiling 3.0 s)` and the eligible counts per rule.
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
from pathlib import Path
from typing import Any

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from bench.clock_in import admin, database_url  # noqa: E402
from bench.credits import COURSES, seed  # noqa: E402
from domain.growth.conditions import months_before  # noqa: E402
from domain.growth.eligibility import evaluate_all  # noqa: E402
from domain.growth.models import EligibilityRule  # noqa: E402
from domain.shared.db import Database  # noqa: E402

TODAY = date(2026, 12, 15)
MONTHS = [f"{2025 + (m // 12)}-{m % 12 + 1:02d}" for m in range(23)]  # 2025-01 .. 2026-11
MANAGEMENT = {"C00", "C06", "C12"}  # the courses that build the `management` skill
RULES: list[dict[str, Any]] = [
    {
        "code": "dept-manager",
        "roles": [],
        "conditions": [
            {"kind": "frontline_time", "min_days": 180, "window_months": 36},
            {"kind": "frontline_performance", "top_percent": 30, "aggregate": "best", "window_months": 36},
            {"kind": "credits", "min_credits": "12", "window_months": 24},
        ],
    },
    {
        "code": "excellent",
        "roles": [],
        "conditions": [
            {"kind": "frontline_time", "min_days": 90, "window_months": 12},
            {"kind": "frontline_performance", "top_percent": 30, "aggregate": "latest", "window_months": 12},
        ],
    },
    {
        "code": "management-credits",
        "roles": [],
        "conditions": [{"kind": "credits", "min_credits": "5", "window_months": 24, "skills": ["management"]}],
    },
    {
        "code": "leaders-30",
        "roles": ["dept_head"],
        "conditions": [{"kind": "frontline_time", "min_days": 30, "this_year": True}],
    },
    {
        "code": "store-track",
        "roles": [],
        "conditions": [
            {"kind": "frontline_time", "min_days": 120, "window_months": 24},
            {"kind": "credits", "min_credits": "8", "window_months": 24, "categories": ["required"]},
        ],
    },
]


async def seed_growth(dsn: str) -> None:
    """Department heads, secondments, closed months of scores and credit awards."""
    rng = random.Random(20)
    now = datetime.now(UTC)
    connection = await asyncpg.connect(dsn)
    try:
        people = await connection.fetch(
            "SELECT e.id, e.home_unit_id, u.kind FROM employees e JOIN org_units u ON u.id = e.home_unit_id "
            "ORDER BY e.employee_no"
        )
        stores = [r["id"] for r in await connection.fetch("SELECT id FROM org_units WHERE kind = 'store'")]
        head_office = [p for p in people if p["kind"] == "department"]
        # a department head per department, with an account and the grant
        heads: dict[uuid.UUID, uuid.UUID] = {}
        for person in head_office:
            heads.setdefault(person["home_unit_id"], person["id"])
        accounts = [(uuid.uuid4(), employee_id) for employee_id in heads.values()]
        await connection.copy_records_to_table(
            "accounts",
            records=[
                (a, e, f"head-{n}@bench.example", "x", True, 0, now, now, now) for n, (a, e) in enumerate(accounts)
            ],
            columns=[
                "id", "employee_id", "email", "password_hash", "is_active", "failed_logins", "password_changed_at",
                "created_at", "updated_at",
            ],
        )  # fmt: skip
        unit_of = {e: unit for unit, e in heads.items()}
        await connection.copy_records_to_table(
            "role_grants",
            records=[(uuid.uuid4(), a, "dept_head", unit_of[e], now) for a, e in accounts],
            columns=["id", "account_id", "role", "org_unit_id", "created_at"],
        )
        # secondments: a third of head office, one or two stays of 30-240 days, never overlapping
        stays = []
        for person in head_office:
            if rng.random() > 1 / 3:
                continue
            start = date(2024, 1, 1) + timedelta(days=rng.randint(0, 900))
            for _ in range(rng.choice((1, 1, 2))):
                length = rng.randint(30, 240)
                end = start + timedelta(days=length)
                stays.append((uuid.uuid4(), person["id"], rng.choice(stores), "secondment", start, end, now, now))
                start = end + timedelta(days=rng.randint(30, 200))
        await connection.copy_records_to_table(
            "assignments",
            records=stays,
            columns=["id", "employee_id", "unit_id", "kind", "valid_from", "valid_to", "created_at", "updated_at"],
        )
        # closed months of scores for everyone
        await connection.copy_records_to_table(
            "performance_periods",
            records=[(m, "closed", 1, now) for m in MONTHS],
            columns=["period", "status", "closings", "changed_at"],
        )
        for month in MONTHS:
            await connection.copy_records_to_table(
                "frozen_scores",
                records=[
                    (month, 1, p["id"], f"{rng.randint(5000, 10000) / 100:.2f}", True, "{}", " bench ", now)
                    for p in people
                ],
                columns=[
                    "period", "closing", "employee_id", "score", "complete", "breakdown", "template_codes", "frozen_at",
                ],
            )  # fmt: skip
        # credit awards: up to 8 a person, over the 23 months
        category = {code: cat for code, cat, *_ in COURSES}
        entries = []
        for person in people:
            for _ in range(rng.randint(0, 8)):
                code = rng.choice(COURSES)[0]
                entries.append(
                    (uuid.uuid4(), person["id"], "award", category[code], code, rng.choice((200, 250, 300)),
                     rng.choice(MONTHS), now)
                )  # fmt: skip
        await connection.copy_records_to_table(
            "credit_entries",
            records=entries,
            columns=[
                "id",
                "employee_id",
                "kind",
                "category",
                "course_code",
                "credits_centi",
                "counts_in",
                "recorded_at",
            ],
        )
        for code in MANAGEMENT:
            await connection.execute("UPDATE courses SET skills = $1 WHERE code = $2", json.dumps(["management"]), code)
        for rule in RULES:
            await connection.execute(
                "INSERT INTO eligibility_rules (code, title, target, applies_to_roles, conditions, active, version, "
                "created_at, updated_at) VALUES ($1, $1, $1, $2::jsonb, $3::jsonb, true, 1, now(), now())",
                rule["code"],
                json.dumps(rule["roles"]),
                json.dumps(rule["conditions"]),
            )
        await connection.execute("VACUUM ANALYZE")
        print(
            f"seeded {len(people)} people, {len(stays)} secondments, {len(people) * len(MONTHS)} frozen scores, "
            f"{len(entries)} credit awards, {len(accounts)} department heads"
        )
    finally:
        await connection.close()


# The ceiling: the five rules in one statement, over what the seed guarantees (stays never overlap,
# home-office people have no other assignments, store staff none at all).
CEILING = """
WITH people AS (
    SELECT e.id, (u.kind IN ('store', 'project')) AS home_frontline
    FROM employees e JOIN org_units u ON u.id = e.home_unit_id WHERE e.status = 'active'
), stays AS (
    SELECT a.employee_id, a.valid_from, a.valid_to
    FROM assignments a JOIN org_units u ON u.id = a.unit_id
    WHERE a.cancelled_at IS NULL AND u.kind IN ('store', 'project')
), windows(name, start) AS (
    VALUES ('36m', $2::date), ('12m', $3::date), ('24m', $4::date), ('year', $5::date)
), days AS (
    SELECT p.id, w.name,
        CASE WHEN p.home_frontline THEN $1::date + 1 - w.start
             ELSE coalesce(sum(greatest(0, least(coalesce(s.valid_to, $1::date + 1), $1::date + 1)
                                           - greatest(s.valid_from, w.start)))
                           FILTER (WHERE s.employee_id IS NOT NULL), 0) END AS days
    FROM people p CROSS JOIN windows w LEFT JOIN stays s ON s.employee_id = p.id
    GROUP BY p.id, p.home_frontline, w.name, w.start
), ranked AS (
    SELECT f.employee_id, f.period,
        CASE WHEN count(*) OVER w > 1
             THEN round(100 * (2 * (rank() OVER w_ordered - 1) + count(*) OVER w_tied - 1)::numeric
                        / (2 * (count(*) OVER w - 1)), 2)
             ELSE 100 END AS percentile
    FROM frozen_scores f JOIN performance_periods pp ON pp.period = f.period AND pp.closings = f.closing
    WHERE pp.status = 'closed' AND f.score IS NOT NULL
    WINDOW w AS (PARTITION BY f.period),
           w_ordered AS (PARTITION BY f.period ORDER BY f.score::numeric),
           w_tied AS (PARTITION BY f.period, f.score::numeric)
), months AS (
    SELECT period, (period || '-01')::date AS first, ((period || '-01')::date + interval '1 month')::date AS after
    FROM performance_periods WHERE status = 'closed'
), stay_months AS (
    SELECT DISTINCT s.employee_id, m.period
    FROM stays s JOIN months m ON s.valid_from < m.after AND coalesce(s.valid_to, 'infinity'::date) > m.first
), frontline_months AS (
    SELECT r.employee_id, r.period, r.percentile
    FROM ranked r JOIN people p ON p.id = r.employee_id
    WHERE p.home_frontline
    UNION ALL
    SELECT r.employee_id, r.period, r.percentile
    FROM ranked r JOIN stay_months sm ON sm.employee_id = r.employee_id AND sm.period = r.period
    JOIN people p ON p.id = r.employee_id
    WHERE NOT p.home_frontline
), best36 AS (
    SELECT employee_id, max(percentile) AS percentile FROM frontline_months WHERE period >= $6 GROUP BY employee_id
), latest12 AS (
    SELECT DISTINCT ON (employee_id) employee_id, percentile FROM frontline_months WHERE period >= $7
    ORDER BY employee_id, period DESC
), credits AS (
    SELECT c.employee_id,
        sum(c.credits_centi) AS all24,
        sum(c.credits_centi) FILTER (WHERE c.category = 'required') AS required24,
        sum(c.credits_centi) FILTER (WHERE c.course_code = ANY($8::text[])) AS management24
    FROM credit_entries c WHERE c.counts_in >= $9 GROUP BY c.employee_id
), heads AS (
    SELECT DISTINCT a.employee_id FROM accounts a JOIN role_grants g ON g.account_id = a.id WHERE g.role = 'dept_head'
)
SELECT 'dept-manager', p.id FROM people p
    JOIN days d ON d.id = p.id AND d.name = '36m' JOIN best36 b ON b.employee_id = p.id
    JOIN credits c ON c.employee_id = p.id
    WHERE d.days >= 180 AND b.percentile >= 70 AND c.all24 >= 1200
UNION ALL
SELECT 'excellent', p.id FROM people p
    JOIN days d ON d.id = p.id AND d.name = '12m' JOIN latest12 l ON l.employee_id = p.id
    WHERE d.days >= 90 AND l.percentile >= 70
UNION ALL
SELECT 'management-credits', c.employee_id FROM credits c JOIN people p ON p.id = c.employee_id
    WHERE c.management24 >= 500
UNION ALL
SELECT 'leaders-30', p.id FROM people p JOIN heads h ON h.employee_id = p.id
    JOIN days d ON d.id = p.id AND d.name = 'year' WHERE d.days >= 30
UNION ALL
SELECT 'store-track', p.id FROM people p
    JOIN days d ON d.id = p.id AND d.name = '24m' JOIN credits c ON c.employee_id = p.id
    WHERE d.days >= 120 AND c.required24 >= 800
"""


async def ceiling(dsn: str) -> tuple[float, set[tuple[str, uuid.UUID]]]:
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute("SET jit = off")
        best, found = float("inf"), set()
        for _ in range(2):
            began = time.perf_counter()
            rows = await connection.fetch(
                CEILING,
                TODAY,
                months_before(TODAY, 36),
                months_before(TODAY, 12),
                months_before(TODAY, 24),
                date(TODAY.year, 1, 1),
                "2024-01",  # 36 months of performance, December 2026 included
                "2026-01",
                sorted(MANAGEMENT),
                "2025-01",
            )
            best = min(best, time.perf_counter() - began)
            found = {(r[0], r[1]) for r in rows}
        return best, found
    finally:
        await connection.close()


async def product(url: str) -> tuple[float, set[tuple[str, uuid.UUID]]]:
    database = Database(url)
    try:
        best, found = float("inf"), set()
        for _ in range(2):
            began = time.perf_counter()
            async with database.session_scope() as session:
                from sqlalchemy import select

                rules = list(await session.scalars(select(EligibilityRule)))
                evaluated = await evaluate_all(session, TODAY, rules)
            best = min(best, time.perf_counter() - began)
            found = {(e.rule.code, e.person.employee_id) for e in evaluated if e.eligible}
        return best, found
    finally:
        await database.dispose()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=100_000)
    args = parser.parse_args()
    name = f"frontline_eligibility_{uuid.uuid4().hex[:8]}"
    await admin(f'CREATE DATABASE "{name}"')
    try:
        await asyncio.to_thread(migrations.upgrade, database_url(name))
        dsn = database_url(name, "postgresql")
        began = time.perf_counter()
        await seed(dsn, args.employees, uuid.uuid4(), uuid.uuid4())
        await seed_growth(dsn)
        print(f"seeded in {time.perf_counter() - began:.0f}s")
        ceiling_s, expected = await ceiling(dsn)
        product_s, found = await product(database_url(name))
        for rule in RULES:
            mine = sum(1 for code, _ in found if code == rule["code"])
            theirs = sum(1 for code, _ in expected if code == rule["code"])
            print(f"eligibility.{rule['code']}: {mine} eligible ({theirs} by the ceiling)")
        print(f"eligibility.check: {len(found ^ expected)} pairs differ")
        print(f"eligibility.seconds: {product_s:.2f} ({product_s / ceiling_s:.1f}x of ceiling {ceiling_s:.2f} s)")
    finally:
        await admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
