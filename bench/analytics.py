"""Mission analytics on a big tenant: every analytics endpoint at 8 users, beside hand-written SQL.

Uses the big tenant of bench/big_tenant.py (100,000 employees, two years of assignments, a million
tickets, 24 closed months of scores; built once, about 21 minutes, and reused), migrated to this
version, and adds once (marked by `bench_analytics_marker`) what the figures read and the tenant
lacks, with set-based SQL:

- a pulse survey with a wave every 28 days for two years, 3,000 answers each (78,000), spread over
  the head-office departments and the stores, 45 % from women;
- leavers: 6 % of the people, on a day in the two years (status history and status);
- 45 % of the people on the women's late-shift list;
- a late shift template and a published roster every week for two years at 500 stores, two late
  shifts a day among six people of the store (364,000 shifts).

Then it serves the real app (2 uvicorn workers) and loads each endpoint with 8 keep-alive
connections as HR (everything in sight) for `--seconds`, over the last twelve months by month
(collaboration: the last twelve weeks; growth: the last four quarters; the store figures: one
region). For participation, satisfaction, turnover and late shifts it also runs, at 8 connections
straight on asyncpg, one hand-written SQL statement computing the same counts for every period and
group at once: the ceiling. One line per endpoint:

    analytics.participation: p50 310 ms, p99 520 ms, 15.2 req/s; ceiling p99 180 ms (2.9x); goal 2000 ms

    .venv/bin/python bench/analytics.py [--seconds 10] [--only participation,satisfaction]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import urllib.parse
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import asyncpg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.big_tenant import (  # noqa: E402
    DATABASE,
    ORG_ZONE,
    Minter,
    Person,
    Shape,
    app_env,
    bring_up_to_date,
    build_big_tenant,
    connect_url,
    free_port,
    get,
    log,
    marker,
)
from bench.clock_in import serve, stop  # noqa: E402
from bench.loadgen import LoadResult, run_load  # noqa: E402
from domain.shared.actor import Grant, Role  # noqa: E402

USERS = 8
GOAL_MS = 2000.0
ANALYTICS_SPEC = "analytics v1"

SEED_SQL = [
    # a pulse survey and a wave every 28 days for two years, closed a week after opening
    """
    INSERT INTO pulse_surveys (id, title, scales, reasons, cadence_days, open_days, at_end, status, version,
                               created_at, updated_at, activated_at)
    VALUES ('00000000-0000-4000-8000-00000000a001', 'Bench pulse', '[{"key": "overall", "text": "Overall"}]',
            '[{"key": "commute", "text": "Commute"}, {"key": "workload", "text": "Workload"},
              {"key": "family", "text": "Family"}]', 28, 7, true, 'retired', 1, now(), now(), now())
    """,
    """
    INSERT INTO survey_waves (id, survey_id, opened_on, closes_on, invited, closed_at, created_at)
    SELECT gen_random_uuid(), '00000000-0000-4000-8000-00000000a001', d::date, d::date + 6, 4000,
           CASE WHEN d::date + 6 < current_date THEN now() END, now()
    FROM generate_series(current_date - 728, current_date - 1, interval '28 days') AS d
    """,
    # 3,000 answers a wave: home departments and stores picked at random
    """
    WITH departments AS (SELECT array_agg(id) AS ids FROM org_units WHERE kind = 'department'),
         stores AS (SELECT array_agg(id) AS ids FROM org_units WHERE kind = 'store')
    INSERT INTO survey_responses (id, wave_id, stage, home_unit_id, unit_id, woman, score, scores, reason)
    SELECT gen_random_uuid(), w.id, CASE WHEN random() < 0.2 THEN 'end' ELSE 'during' END,
           d.ids[1 + floor(random() * array_length(d.ids, 1))::int],
           s.ids[1 + floor(random() * array_length(s.ids, 1))::int],
           random() < 0.45, score, jsonb_build_object('overall', score),
           (ARRAY['commute', 'workload', 'family', NULL])[1 + floor(random() * 4)::int]
    FROM survey_waves w, departments d, stores s, generate_series(1, 3000) AS n,
         LATERAL (SELECT 1 + floor(random() * 5)::int + 0 * n AS score) AS answer
    """,
    # leavers: 6 % of the people, on a day of the two years after their hire
    """
    CREATE TEMP TABLE bench_leavers AS
    SELECT id, greatest(hire_date + 1, current_date - floor(random() * 720)::int) AS left_on
    FROM employees WHERE status = 'active' AND random() < 0.06
    """,
    """
    INSERT INTO employee_status_changes (employee_id, status, effective_on, recorded_at)
    SELECT id, 'left', left_on, now() FROM bench_leavers
    """,
    "UPDATE employees e SET status = 'left' FROM bench_leavers l WHERE l.id = e.id",
    # the women's late-shift list
    """
    INSERT INTO women_share_members (employee_id)
    SELECT id FROM employees WHERE random() < 0.45 ON CONFLICT DO NOTHING
    """,
    # a late shift at 500 stores, two a day among six of the store's people, published weekly
    """
    CREATE TEMP TABLE bench_stores AS
    SELECT id, row_number() OVER (ORDER BY code) AS n FROM org_units WHERE kind = 'store' ORDER BY code LIMIT 500
    """,
    """
    INSERT INTO shift_templates (id, store_id, code, name, starts, ends, break_minutes, headcount, active, version,
                                 created_at, updated_at)
    SELECT gen_random_uuid(), id, 'BENCH-LATE', 'Late', '15:00', '23:00', 60, '[2,2,2,2,2,2,2]', true, 1, now(), now()
    FROM bench_stores
    """,
    """
    INSERT INTO rosters (id, store_id, week_start, status, version, published_at, created_at, updated_at)
    SELECT gen_random_uuid(), s.id, w::date, 'published', 2, now(), now(), now()
    FROM bench_stores s,
         generate_series(date_trunc('week', current_date) - interval '103 weeks', date_trunc('week', current_date),
                         interval '1 week') AS w
    """,
    """
    WITH crew AS (
        SELECT home_unit_id AS store_id, array_agg(id ORDER BY employee_no) AS ids
        FROM (SELECT e.*, row_number() OVER (PARTITION BY home_unit_id ORDER BY employee_no) AS k
              FROM employees e JOIN bench_stores s ON s.id = e.home_unit_id) people
        WHERE k <= 6 GROUP BY home_unit_id
    )
    INSERT INTO roster_shifts (id, roster_id, employee_id, day, template_id, created_at)
    SELECT gen_random_uuid(), r.id, c.ids[1 + (d + slot + (r.week_start - date '2020-01-06') / 7) % 6],
           r.week_start + d, t.id, now()
    FROM rosters r
    JOIN shift_templates t ON t.store_id = r.store_id AND t.code = 'BENCH-LATE'
    JOIN crew c ON c.store_id = r.store_id, generate_series(0, 6) AS d, generate_series(0, 1) AS slot
    WHERE array_length(c.ids, 1) = 6
    """,
    "CREATE TABLE bench_analytics_marker (spec text NOT NULL, seeded_at timestamptz NOT NULL)",
    f"INSERT INTO bench_analytics_marker VALUES ('{ANALYTICS_SPEC}', now())",
    "ANALYZE",
]

# the same counts as the endpoint, every period and group in one statement ($1 first day, $2 last)
CEILINGS = {
    # both medians per category over the year counted from the tickets in one statement, as the
    # endpoint did before it read closed months from the ticket-wait roll-ups
    "slowest_categories": """
        SELECT category,
               percentile_cont(0.5) WITHIN GROUP
                   (ORDER BY floor(date_part('epoch', first_responded_at - created_at) / 60)),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(date_part('epoch', resolved_at - created_at) / 60))
        FROM tickets
        WHERE created_at >= $1::date::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'
          AND (first_responded_at IS NOT NULL OR resolved_at IS NOT NULL)
        GROUP BY category
    """,
    "participation": """
        WITH months AS (
            SELECT m::date AS first, (m + interval '1 month' - interval '1 day')::date AS last
            FROM generate_series($1::date, $2::date, interval '1 month') AS m
        ), stays AS (
            SELECT m.last, a.employee_id,
                   sum(least(coalesce(a.valid_to, m.last + 1), m.last + 1) - greatest(a.valid_from, m.last - 364))
                       AS days
            FROM months m JOIN assignments a
              ON a.kind = 'secondment' AND a.cancelled_at IS NULL AND a.valid_from <= m.last
             AND (a.valid_to IS NULL OR a.valid_to > m.last - 364)
            JOIN org_units u ON u.id = a.unit_id AND u.kind IN ('store', 'project')
            GROUP BY m.last, a.employee_id
        )
        SELECT m.last, h.path, w.employee_id IS NOT NULL, count(*) FILTER (WHERE s.days >= 20), count(*)
        FROM months m JOIN employees e ON e.hire_date <= m.last AND e.status <> 'left'
        JOIN org_units h ON h.id = e.home_unit_id AND h.kind = 'department'
        LEFT JOIN stays s ON s.last = m.last AND s.employee_id = e.id
        LEFT JOIN women_share_members w ON w.employee_id = e.id
        GROUP BY 1, 2, 3
    """,
    "satisfaction": """
        SELECT date_trunc('month', w.opened_on), h.path, r.woman, count(*) FILTER (WHERE r.score >= 4), count(*)
        FROM survey_responses r JOIN survey_waves w ON w.id = r.wave_id
        JOIN org_units h ON h.id = r.home_unit_id
        WHERE w.closed_at IS NOT NULL AND w.opened_on BETWEEN $1 AND $2
        GROUP BY 1, 2, 3
    """,
    "turnover": """
        WITH months AS (
            SELECT m::date AS first, (m + interval '1 month' - interval '1 day')::date AS last
            FROM generate_series($1::date, $2::date, interval '1 month') AS m
        ), left_on AS (
            SELECT employee_id, min(effective_on) AS day FROM employee_status_changes
            WHERE status = 'left' GROUP BY employee_id
        )
        SELECT m.first, u.path, count(*) FILTER (WHERE l.day BETWEEN m.first AND m.last), count(*)
        FROM months m JOIN employees e ON e.hire_date <= m.last
        JOIN org_units u ON u.id = e.home_unit_id AND u.kind = 'store'
        LEFT JOIN left_on l ON l.employee_id = e.id
        WHERE l.day IS NULL OR l.day >= m.first
        GROUP BY 1, 2
    """,
    "late_shifts": """
        SELECT date_trunc('month', s.day), u.path, count(*) FILTER (WHERE w.employee_id IS NOT NULL), count(*),
               count(DISTINCT s.employee_id)
        FROM roster_shifts s JOIN rosters r ON r.id = s.roster_id AND r.status = 'published'
        JOIN shift_templates t ON t.id = s.template_id AND (t.ends <= t.starts OR t.ends > '22:00')
        JOIN org_units u ON u.id = r.store_id
        LEFT JOIN women_share_members w ON w.employee_id = s.employee_id
        WHERE s.day BETWEEN $1 AND $2
        GROUP BY 1, 2
    """,
}


async def seed(url: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        if await connection.fetchval("SELECT to_regclass('bench_analytics_marker') IS NOT NULL"):
            spec = await connection.fetchval("SELECT spec FROM bench_analytics_marker")
            if spec == ANALYTICS_SPEC:
                log("analytics.seed: reused")
                return
        started = time.perf_counter()
        async with connection.transaction():
            for statement in SEED_SQL:
                await connection.execute(statement)
        log(f"analytics.seed_s: {time.perf_counter() - started:.0f}")
        for table in ("survey_responses", "employee_status_changes", "roster_shifts", "women_share_members"):
            log(f"  {table}: {await connection.fetchval(f'SELECT count(*) FROM {table}'):,}")
    finally:
        await connection.close()


# endpoints whose roll-up is named otherwise
ROLLS = {"slowest_categories": "ticket_waits"}


async def roll_up(url: str, since: date, *, live: bool, only: set[str]) -> None:
    """What the worker keeps for the figures that roll up (domain/analytics/rollup_refresh.py), from
    `since` (the bench's year, not the whole 24 months), timed per figure (those in `only`, when
    given); `live`: none at all."""
    from domain.analytics.rollup_refresh import ROLLED, refresh_rollups
    from domain.shared.clock import SystemClock
    from domain.shared.db import Database

    wanted = {ROLLS.get(name, name) for name in only}
    figures = [figure for figure in ROLLED if not only or figure in wanted]
    connection = await asyncpg.connect(url)
    try:
        await connection.execute(
            "DELETE FROM analytics_rollup_points WHERE rollup_id IN"
            " (SELECT id FROM analytics_rollups WHERE figure = ANY($1::text[]))",
            figures,
        )
        await connection.execute("DELETE FROM analytics_rollups WHERE figure = ANY($1::text[])", figures)
    finally:
        await connection.close()
    if live:
        log("analytics.rollups: none (--live)")
        return
    database = Database(app_env(DATABASE)["FRONTLINE_DATABASE_URL"])
    try:
        for figure in figures:
            started = time.perf_counter()
            written = await refresh_rollups(database, SystemClock(), budget_s=None, since=since, figures=[figure])
            seconds = time.perf_counter() - started
            each = seconds / max(written, 1)
            log(f"analytics.rollup.{figure}: {written} periods in {seconds:.1f} s ({each:.2f} s each)")
    finally:
        await database.dispose()


def endpoints(today: date, region: uuid.UUID) -> dict[str, str]:
    year_ago = (today.replace(day=1) - timedelta(days=335)).replace(day=1)
    months = f"from={year_ago}&to={today}"
    weeks = f"from={today - timedelta(weeks=12)}&to={today}&granularity=week"
    quarters = f"from={year_ago}&to={today}&granularity=quarter"
    return {
        "participation": f"/api/v1/analytics/participation?{months}&group_by=department&group_by=sex",
        "satisfaction": f"/api/v1/analytics/satisfaction?{months}&group_by=department",
        "retention": f"/api/v1/analytics/retention?{months}&group_by=department",
        "turnover": f"/api/v1/analytics/turnover?{months}&group_by=store&unit_id={region}",
        "late_shifts": f"/api/v1/analytics/late-shifts?{months}&group_by=store&unit_id={region}",
        "care_arrangements": f"/api/v1/analytics/care-arrangements?{months}&group_by=department",
        "leader_days": f"/api/v1/analytics/leader-days?year={today.year}",
        "collaboration": f"/api/v1/analytics/collaboration?{weeks}",
        "slowest_categories": f"/api/v1/analytics/slowest-categories?{months}",
        "pool_payouts": f"/api/v1/analytics/pool-payouts?{months}",
        "growth": f"/api/v1/analytics/growth?{quarters}&group_by=department",
        "flags": "/api/v1/analytics/flags",
    }


async def ceiling(url: str, sql: str, first: date, last: date, seconds: float) -> LoadResult:
    result = LoadResult()
    pool = await asyncpg.create_pool(url, min_size=USERS, max_size=USERS)
    assert pool is not None
    started = time.perf_counter()
    deadline = started + seconds

    async def user() -> None:
        async with pool.acquire() as connection:
            while True:
                began = time.perf_counter()
                await connection.fetch(sql, first, last)
                result.latencies_s.append(time.perf_counter() - began)
                result.statuses[200] += 1
                if time.perf_counter() >= deadline:
                    return

    try:
        await asyncio.gather(*(user() for _ in range(USERS)))
    finally:
        await pool.close()
    result.elapsed_s = time.perf_counter() - started
    return result


def cycle(requests: list[bytes]) -> Callable[[], bytes]:
    position = 0

    def next_request() -> bytes:
        nonlocal position
        position += 1
        return requests[position % len(requests)]

    return next_request


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10, help="load per endpoint")
    parser.add_argument("--only", default="", help="comma-separated endpoints (default: all)")
    parser.add_argument("--live", action="store_true", help="drop the roll-ups: every period computed per request")
    args = parser.parse_args()
    shape = Shape(1.0)
    found = await marker(DATABASE)
    if found is None or found["spec"] != shape.spec:
        seconds, _ = await build_big_tenant(shape)
        log(f"analytics.big_tenant_build_s: {seconds:.0f}")
    else:
        await bring_up_to_date()
    url = connect_url(DATABASE)
    await seed(url)
    connection = await asyncpg.connect(url)
    try:
        hq = await connection.fetchval("SELECT id FROM org_units WHERE kind = 'headquarters'")
        region = await connection.fetchval(
            "SELECT u.id FROM org_units u JOIN org_units s ON s.parent_id = u.id AND s.kind = 'store'"
            " JOIN shift_templates t ON t.store_id = s.id AND t.code = 'BENCH-LATE'"
            " WHERE u.kind = 'region' GROUP BY u.id ORDER BY count(*) DESC LIMIT 1"
        )
        people = await connection.fetchval("SELECT count(*) FROM employees")
        await connection.execute("DELETE FROM analytics_evaluations")  # the worker's nightly pass, measured below
    finally:
        await connection.close()
    today = datetime.now(UTC).astimezone(ORG_ZONE).date()
    only = {name.strip() for name in args.only.split(",") if name.strip()}
    await roll_up(url, (today.replace(day=1) - timedelta(days=335)).replace(day=1), live=args.live, only=only)
    hr = Person(uuid.uuid4(), uuid.uuid4(), (Grant(Role.HR, hq),))
    minter = Minter()
    port = free_port()
    process = serve("api.asgi:app", port, app_env(DATABASE))
    log(f"analytics.tenant: {people:,} employees; {USERS} users a figure, {args.seconds:g} s each")
    try:
        for name, path in endpoints(today, region).items():
            if only and name not in only:
                continue
            request = get(path, minter.token(hr))
            result = await run_load(
                "127.0.0.1", port, cycle([request]), connections=USERS, seconds=args.seconds, warmup_s=2
            )
            p50, p99 = result.percentile_ms(0.5), result.percentile_ms(0.99)
            errors = {status: n for status, n in result.statuses.items() if not 200 <= status < 300}
            text = f"analytics.{name}: p50 {p50:.0f} ms, p99 {p99:.0f} ms, {result.rps:.1f} req/s"
            if name in CEILINGS:
                first = (today.replace(day=1) - timedelta(days=335)).replace(day=1)
                bare = await ceiling(url, CEILINGS[name], first, today, args.seconds)
                bare_p99 = bare.percentile_ms(0.99)
                text += f"; ceiling p99 {bare_p99:.0f} ms ({p99 / bare_p99:.1f}x)"
            text += f"; goal {GOAL_MS:.0f} ms" + (" MISSED" if p99 > GOAL_MS else "")
            log(text + (f"; errors {errors}" if errors else "") + f" [{urllib.parse.urlsplit(path).path}]")
    finally:
        stop(process)
    # the worker's nightly evaluation of every flagged figure, once
    from domain.analytics.flags import evaluate_flags
    from domain.shared.clock import SystemClock
    from domain.shared.db import Database

    database = Database(app_env(DATABASE)["FRONTLINE_DATABASE_URL"])
    try:
        started = time.perf_counter()
        changed = await evaluate_flags(database, SystemClock())
        log(f"analytics.evaluate_flags_s: {time.perf_counter() - started:.1f} ({changed} flags changed)")
    finally:
        await database.dispose()


if __name__ == "__main__":
    asyncio.run(main())
