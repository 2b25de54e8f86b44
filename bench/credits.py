"""Training credits at scale: completions pushed through the API against COPY, and a year's levels
and allowances for everyone against one hand-written SQL statement, in the same run.

Creates two PostgreSQL databases (the product's and the ceiling's), migrates both and seeds them
with COPY: 100,000 employees (80% in 1,000 stores under 10 regions, 20% in 20 head-office
departments), 20 courses (online, classroom and practice; required, elective and practice), and
2,000,000 completions (every person, every course, dated in 2026), judged by the default rules.

1. Ingest: 200,000 of the completions (10,000 people's) are pushed through
   `POST /api/v1/ingest/training` in batches of 5,000 from four senders to the real app (uvicorn, two
   workers); the ceiling COPYs the same rows into the ceiling database's `training_completions`. The
   other 1,800,000, with their awards in the ledger, are COPYed into the product's database first.
2. Recomputation: the year's levels and allowances for everyone (`allowances.calculate` of
   December, in-process as the endpoint runs it: each active person's balance over the 2,000,000-
   entry ledger, level and allowance, 100,000 lines written) against one INSERT ... SELECT doing the
   same in the ceiling database. The two are compared person by person.

    flock /tmp/frontline-cpu.lock .venv/bin/python bench/credits.py [--employees 100000]

Prints e.g. `credits.ingest_per_s: 21000 (0.12 of ceiling 180000)` and
`credits.recompute_seconds: 4.1 (1.9x of ceiling 2.2 s)`.
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
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import migrations  # noqa: E402
from api.security import JoseTokens  # noqa: E402
from bench.clock_in import SECRET, admin, database_url, serve, stop  # noqa: E402
from bench.month_end import hexpath  # noqa: E402
from domain.performance.months import Month  # noqa: E402
from domain.shared.actor import Actor, Grant, Role  # noqa: E402
from domain.shared.clock import ManualClock, SystemClock  # noqa: E402
from domain.shared.db import Database  # noqa: E402
from domain.training import allowances  # noqa: E402
from domain.training.policy import DEFAULTS  # noqa: E402
from domain.training.rules import CourseTerms, Delivery, Evidence, verdict  # noqa: E402

PORT = 8797
EMPLOYEES_PER_STORE = 80
REGIONS = 10
DEPARTMENTS = 20
PUSHED_PEOPLE = 10_000  # their completions (20 each) go through the API
BATCH = 5_000
DECEMBER = Month(2026, 12)
# code, category, delivery, base credits (hundredths), weight (hundredths), pass mark
COURSES = [
    (f"C{n:02d}", category, delivery, 200 + 100 * (n % 3), (100, 150, 125)[n % 3], 70)
    for n, (category, delivery) in enumerate(
        [("required", "online")] * 6
        + [("elective", "online")] * 6
        + [("required", "classroom")] * 3
        + [("elective", "classroom")] * 2
        + [("practice", "practice")] * 3
    )
]


def evidence(rng: random.Random, delivery: str) -> Evidence:
    if delivery == "online":
        return Evidence(completion_percent=100 if rng.random() < 0.9 else 60, exam_score=rng.randint(50, 100))
    if delivery == "classroom":
        return Evidence(attended=rng.random() < 0.95, exam_score=rng.randint(50, 100))
    return Evidence(mentor_score=rng.randint(5, 10))


async def seed(dsn: str, employees: int, client_id: uuid.UUID, hr_account: uuid.UUID) -> list[str]:
    """The organisation, people, courses, the client and HR's account; returns employee numbers."""
    now = datetime.now(UTC)
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
    stores = []
    for n in range(stores_n):
        store, region = uuid.uuid4(), regions[n % REGIONS]
        stores.append(store)
        unit(f"S{n:04d}", "store", region, hexpath(hq, region, store), store)
    people = []
    numbers = []
    for number in range(employees):
        at_store = number < stores_n * EMPLOYEES_PER_STORE
        home = stores[number % stores_n] if at_store else departments[number % DEPARTMENTS]
        numbers.append(f"E{number:06d}")
        people.append((uuid.uuid4(), numbers[-1], f"Person {number}", home, date(2024, 1, 1), "active", now, now))
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
        await connection.executemany(
            "INSERT INTO courses (code, title, category, delivery, base_credits_centi, weight_centi, pass_mark, "
            "skills, active_from, version, created_at, updated_at) "
            "VALUES ($1, $1, $2, $3, $4, $5, $6, '[]', '2026-01-01', 1, now(), now())",
            COURSES,
        )
        await connection.execute(
            "INSERT INTO accounts (id, email, password_hash, is_active, failed_logins, password_changed_at, "
            "created_at, updated_at) VALUES ($1, 'bench-hr@example.com', 'x', true, 0, now(), now(), now())",
            hr_account,
        )
        await connection.execute(
            "INSERT INTO integration_clients (id, name, scopes, unit_ids, rate_limit_per_minute, created_by, "
            "created_at, updated_at) VALUES ($1, 'Bench LMS', $2::jsonb, NULL, 1000000, $3, now(), now())",
            client_id,
            json.dumps(["ingest:training"]),
            hr_account,
        )
    finally:
        await connection.close()
    return numbers


def completions(numbers: list[str]) -> list[dict[str, Any]]:
    """Every person completes every course once in 2026, in a deterministic random order."""
    rng = random.Random(19)
    lines = []
    for index, number in enumerate(numbers):
        for code, _category, delivery, *_ in COURSES:
            shown = evidence(rng, delivery)
            lines.append(
                {
                    "external_id": f"{number}-{code}",
                    "employee_no": number,
                    "course_code": code,
                    "completed_on": (date(2026, 1, 5) + timedelta(days=(index * 7 + len(lines)) % 320)).isoformat(),
                    **{k: v for k, v in vars_of(shown).items() if v is not None},
                }
            )
    return lines


def vars_of(shown: Evidence) -> dict[str, Any]:
    return {
        "completion_percent": shown.completion_percent,
        "exam_score": shown.exam_score,
        "attended": shown.attended,
        "mentor_score": shown.mentor_score,
    }


async def load_judged(dsn: str, lines: list[dict[str, Any]], recorder: uuid.UUID, *, months: bool) -> tuple[int, int]:
    """COPY completions as the product would have stored them, their awards and course credits;
    (completions, awards). `months`: spread arrivals over 2026's months (else December's)."""
    rules = DEFAULTS.credit_rules
    terms = {
        code: (category, CourseTerms(Delivery(delivery), base, weight, mark))
        for code, category, delivery, base, weight, mark in COURSES
    }
    connection = await asyncpg.connect(dsn)
    try:
        ids = {r["employee_no"]: r["id"] for r in await connection.fetch("SELECT employee_no, id FROM employees")}
        now = datetime.now(UTC)
        rows, awards, counted = [], [], []
        for number, line in enumerate(lines):
            category, course = terms[line["course_code"]]
            shown = Evidence(
                completion_percent=line.get("completion_percent"),
                exam_score=line.get("exam_score"),
                attended=line.get("attended"),
                mentor_score=line.get("mentor_score"),
            )
            judged = verdict(course, shown, rules)
            month = f"2026-{1 + number % 11:02d}" if months else str(DECEMBER)
            completion_id, employee_id = uuid.uuid4(), ids[line["employee_no"]]
            rows.append(
                (
                    completion_id,
                    recorder,
                    "platform",
                    line["external_id"],
                    employee_id,
                    line["course_code"],
                    date.fromisoformat(line["completed_on"]),
                    shown.completion_percent,
                    shown.exam_score,
                    shown.attended,
                    shown.mentor_score,
                    judged.credits_centi,
                    judged.rule,
                    month,
                    now,
                )
            )
            if judged.credits_centi > 0:
                awards.append(
                    (uuid.uuid4(), employee_id, "award", category, line["course_code"], judged.credits_centi,
                     completion_id, judged.rule, month, now, recorder)
                )  # fmt: skip
                counted.append((employee_id, line["course_code"], judged.credits_centi, now))
        await connection.copy_records_to_table(
            "training_completions",
            records=rows,
            columns=[
                "id", "recorded_by", "source", "external_id", "employee_id", "course_code", "completed_on",
                "completion_percent", "exam_score", "attended", "mentor_score", "earned_centi", "rule",
                "counts_in", "received_at",
            ],
        )  # fmt: skip
        await connection.copy_records_to_table(
            "credit_entries",
            records=awards,
            columns=[
                "id", "employee_id", "kind", "category", "course_code", "credits_centi", "completion_id", "rule",
                "counts_in", "recorded_at", "recorded_by",
            ],
        )  # fmt: skip
        await connection.copy_records_to_table(
            "course_credits", records=counted, columns=["employee_id", "course_code", "counted_centi", "updated_at"]
        )
        await connection.execute("VACUUM ANALYZE")
        return len(rows), len(awards)
    finally:
        await connection.close()


async def copy_ceiling(dsn: str, lines: list[dict[str, Any]], recorder: uuid.UUID) -> float:
    """COPY of the pushed completions as stored rows (judged and resolved outside the timing)."""
    rules = DEFAULTS.credit_rules
    terms = {code: CourseTerms(Delivery(d), b, w, m) for code, _c, d, b, w, m in COURSES}
    connection = await asyncpg.connect(dsn)
    try:
        ids = {r["employee_no"]: r["id"] for r in await connection.fetch("SELECT employee_no, id FROM employees")}
        now = datetime.now(UTC)
        rows = []
        for line in lines:
            shown = Evidence(
                completion_percent=line.get("completion_percent"),
                exam_score=line.get("exam_score"),
                attended=line.get("attended"),
                mentor_score=line.get("mentor_score"),
            )
            judged = verdict(terms[line["course_code"]], shown, rules)
            rows.append(
                (uuid.uuid4(), recorder, "platform", line["external_id"], ids[line["employee_no"]],
                 line["course_code"], date.fromisoformat(line["completed_on"]), shown.completion_percent,
                 shown.exam_score, shown.attended, shown.mentor_score, judged.credits_centi, judged.rule,
                 str(DECEMBER), now)
            )  # fmt: skip
        began = time.perf_counter()
        await connection.copy_records_to_table(
            "training_completions",
            records=rows,
            columns=[
                "id", "recorded_by", "source", "external_id", "employee_id", "course_code", "completed_on",
                "completion_percent", "exam_score", "attended", "mentor_score", "earned_centi", "rule",
                "counts_in", "received_at",
            ],
        )  # fmt: skip
        return time.perf_counter() - began
    finally:
        await connection.close()


async def push_all(bodies: list[bytes], token: str, senders: int) -> tuple[float, dict[int, int], int, int]:
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    statuses: dict[int, int] = {}
    accepted = credited = 0

    async def sender() -> None:
        nonlocal accepted, credited
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{PORT}", timeout=300) as http:
            while not queue.empty():
                body = queue.get_nowait()
                answer = await http.post("/api/v1/ingest/training", content=body, headers=headers)
                statuses[answer.status_code] = statuses.get(answer.status_code, 0) + 1
                if answer.status_code == 200:
                    accepted += answer.json()["accepted"]
                    credited += answer.json()["credited"]

    began = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(senders)))
    return time.perf_counter() - began, statuses, accepted, credited


CEILING = """
INSERT INTO allowance_lines (month, employee_id, level, balance_centi, amount_minor, currency)
SELECT $1, employee_id,
       CASE WHEN balance >= $4 THEN 'senior' WHEN balance >= $3 THEN 'intermediate' ELSE 'junior' END,
       balance,
       CASE WHEN balance >= $4 THEN $7::bigint WHEN balance >= $3 THEN $6::bigint ELSE $5::bigint END,
       'CNY'
FROM (
    SELECT c.employee_id, sum(c.credits_centi) AS balance
    FROM credit_entries c JOIN employees e ON e.id = c.employee_id
    WHERE c.counts_in <= $1 AND e.status = 'active'
    GROUP BY c.employee_id
    HAVING sum(c.credits_centi) >= $2
) AS balances
"""


async def ceiling_recompute(dsn: str) -> float:
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute("SET jit = off")
        low, middle, high = DEFAULTS.thresholds_centi
        pay = DEFAULTS.allowances_minor
        best = float("inf")
        for _ in range(2):
            async with connection.transaction():
                await connection.execute("DELETE FROM allowance_months")
                await connection.execute(
                    "INSERT INTO allowance_months (month, status, currency, total_minor, bonus_total_minor, people, "
                    "policy_version, version, calculated_at, updated_at) "
                    "VALUES ($1, 'calculated', 'CNY', 0, 0, 0, 0, 1, now(), now())",
                    str(DECEMBER),
                )
                began = time.perf_counter()
                await connection.execute(CEILING, str(DECEMBER), low, middle, high, *pay)
                best = min(best, time.perf_counter() - began)
        return best
    finally:
        await connection.close()


async def lines_of(dsn: str) -> dict[str, tuple[str, int, int]]:
    connection = await asyncpg.connect(dsn)
    try:
        rows = await connection.fetch(
            "SELECT e.employee_no, l.level, l.balance_centi, l.amount_minor FROM allowance_lines l "
            "JOIN employees e ON e.id = l.employee_id"
        )
        return {r["employee_no"]: (r["level"], r["balance_centi"], r["amount_minor"]) for r in rows}
    finally:
        await connection.close()


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--senders", type=int, default=4)
    args = parser.parse_args()

    (ROOT / "var").mkdir(exist_ok=True)
    suffix = uuid.uuid4().hex[:8]
    app_db, ceiling_db = f"frontline_credits_{suffix}", f"frontline_credits_ceiling_{suffix}"
    await admin(f'CREATE DATABASE "{app_db}"')
    await admin(f'CREATE DATABASE "{ceiling_db}"')
    process = None
    client_id, hr_account = uuid.uuid4(), uuid.uuid4()
    try:
        dsns = {name: database_url(name, "postgresql") for name in (app_db, ceiling_db)}
        numbers: list[str] = []
        for name in (app_db, ceiling_db):
            await asyncio.to_thread(migrations.upgrade, database_url(name))
            numbers = await seed(dsns[name], args.employees, client_id, hr_account)
        lines = completions(numbers)
        pushed_n = min(PUSHED_PEOPLE, len(numbers)) * len(COURSES)
        pushed, loaded = lines[:pushed_n], lines[pushed_n:]
        began = time.perf_counter()
        stored, awards = await load_judged(dsns[app_db], loaded, client_id, months=True)
        await load_judged(dsns[ceiling_db], loaded, client_id, months=True)
        print(
            f"seeded {len(numbers)} people, {stored} completions, {awards} awards in {time.perf_counter() - began:.0f}s"
        )

        ceiling_ingest_s = await copy_ceiling(dsns[ceiling_db], pushed, client_id)
        process = serve(
            "api.asgi:app",
            PORT,
            {
                "FRONTLINE_ENV": "production",
                "FRONTLINE_DATABASE_URL": database_url(app_db),
                "FRONTLINE_JWT_SECRET": SECRET,
                "FRONTLINE_CARE_KEYS": "bench:" + "A" * 43,
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
            client_id=client_id, scopes=("ingest:training",), unit_ids=None, now=datetime.now(UTC)
        )
        bodies = [json.dumps({"completions": pushed[i : i + BATCH]}).encode() for i in range(0, len(pushed), BATCH)]
        elapsed, statuses, accepted, credited = await push_all(bodies, token, args.senders)
        stop(process)
        process = None
        api_rate, ceiling_rate = len(pushed) / elapsed, len(pushed) / ceiling_ingest_s
        print(
            f"credits.ingest: {len(bodies)} batches of {BATCH}; statuses {statuses}; "
            f"accepted {accepted}, credited {credited}"
        )
        print(
            f"credits.ingest_per_s: {api_rate:.0f} ({api_rate / ceiling_rate:.2f} of ceiling COPY {ceiling_rate:.0f})"
        )

        # the ceiling database's ledger gets the pushed completions' awards as the API wrote them
        connection = await asyncpg.connect(dsns[app_db])
        pushed_awards = await connection.fetch(
            "SELECT c.*, e.employee_no FROM credit_entries c JOIN employees e ON e.id = c.employee_id "
            "WHERE c.counts_in = $1",
            str(DECEMBER),
        )
        await connection.close()
        connection = await asyncpg.connect(dsns[ceiling_db])
        ids = {r["employee_no"]: r["id"] for r in await connection.fetch("SELECT employee_no, id FROM employees")}
        await connection.copy_records_to_table(
            "credit_entries",
            records=[
                (
                    uuid.uuid4(),
                    ids[r["employee_no"]],
                    r["kind"],
                    r["category"],
                    r["course_code"],
                    r["credits_centi"],
                    r["counts_in"],
                    r["recorded_at"],
                )
                for r in pushed_awards
            ],
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
        await connection.execute("VACUUM ANALYZE")
        await connection.close()

        ceiling_s = await ceiling_recompute(dsns[ceiling_db])
        database = Database(database_url(app_db))
        hr = Actor(account_id=hr_account, employee_id=None, grants=(Grant(Role.HR, uuid.uuid4()),))
        clock = ManualClock(datetime(2027, 1, 1, 2, 0, tzinfo=UTC))
        try:
            began = time.perf_counter()
            async with database.session_scope() as session:
                month = await allowances.calculate(session, actor=hr, clock=clock, month=DECEMBER)
            product_s = time.perf_counter() - began
        finally:
            await database.dispose()
        mine, theirs = await lines_of(dsns[app_db]), await lines_of(dsns[ceiling_db])
        differ = sum(1 for number, line in mine.items() if theirs.get(number) != line)
        print(
            f"credits.check: {month.people} people paid {month.total} CNY; {len(theirs)} by the ceiling; "
            f"{differ} differ, {len(set(theirs) - set(mine))} only in the ceiling"
        )
        print(f"credits.recompute_seconds: {product_s:.2f} ({product_s / ceiling_s:.1f}x of ceiling {ceiling_s:.2f} s)")
    finally:
        if process is not None:
            stop(process)
        await admin(f'DROP DATABASE IF EXISTS "{app_db}" WITH (FORCE)')
        await admin(f'DROP DATABASE IF EXISTS "{ceiling_db}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
