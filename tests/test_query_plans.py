"""The plans of the daily screens on a tenant big enough for PostgreSQL's planner to choose as it
would on a big one: every statement a screen runs is explained with its own parameters, and none
reads the tickets or the people by a sequential scan (a department's queue newest first, its
flag filters, a month's ticket figures, finding a person by part of a name or number, a store
manager's members, attendance and people, whose visibility rule is part of each statement).
PostgreSQL only: plans are PostgreSQL's."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import asyncpg
import httpx
import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import make_url

from domain.org.models import OrgUnit
from domain.shared.db import Database
from tests.conftest import START
from tests.factories import World

API = "/api/v1"
DEPARTMENTS = 30
PEOPLE = 100_000
STORES = 2_000
TICKETS = 100_000
BIG_TABLES = ("tickets", "employees")


@contextmanager
def recorded(database: Database) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


async def connect(database: Database) -> asyncpg.Connection:
    url = make_url(database.engine.url.render_as_string(hide_password=False))
    return await asyncpg.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, database=url.database
    )


async def grow(database: Database, world: World) -> None:
    """30 more departments, 2,000 more stores in the West region with 100,000 people, 100,000 tickets
    over two years spread over the departments (a fifth still open), then VACUUM ANALYZE."""
    async with database.session_scope() as session:
        hq_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == world.units["HQ"]))
        west_path = await session.scalar(select(OrgUnit.path).where(OrgUnit.id == world.units["R-WEST"]))
    connection = await connect(database)
    try:
        await connection.execute(
            """
            INSERT INTO org_units (id, code, name, kind, parent_id, path, timezone, created_at, updated_at)
            SELECT u, 'D-X' || g, 'Department ' || g, 'department', $1::uuid,
                   $2 || replace(u::text, '-', '') || '/', 'Asia/Shanghai', $3, $3
            FROM (SELECT g, gen_random_uuid() AS u FROM generate_series(1, $4) g) units
            """,
            world.units["HQ"],
            hq_path,
            START,
            DEPARTMENTS,
        )
        await connection.execute(
            """
            INSERT INTO org_units (id, code, name, kind, parent_id, path, timezone, latitude, longitude,
                                   geofence_radius_m, created_at, updated_at)
            SELECT u, 'S-X' || g, 'Store ' || g, 'store', $1::uuid, $2 || replace(u::text, '-', '') || '/',
                   'Asia/Urumqi', 43.77, 87.62, 150, $3, $3
            FROM (SELECT g, gen_random_uuid() AS u FROM generate_series(1, $4) g) units
            """,
            world.units["R-WEST"],
            west_path,
            START,
            STORES,
        )
        await connection.execute(
            """
            WITH stores AS (SELECT array_agg(id ORDER BY code) AS ids FROM org_units WHERE code LIKE 'S-X%')
            INSERT INTO employees (id, employee_no, full_name, local_name, email, home_unit_id, hire_date, status,
                                   created_at, updated_at)
            SELECT gen_random_uuid(), 'P' || lpad(g::text, 6, '0'),
                   initcap(substr(md5(g::text), 1, 6)) || ' ' || initcap(substr(md5((g * 7)::text), 1, 7)),
                   chr(19968 + (g * 37) % 3000) || chr(19968 + (g * 101) % 3000) || chr(19968 + (g * 13) % 3000),
                   'p' || g || '@big.example',
                   s.ids[1 + g % array_length(s.ids, 1)], DATE '2024-01-01', 'active', $1, $1
            FROM generate_series(1, $2) g, stores s
            """,
            START,
            PEOPLE,
        )
        await connection.execute(
            """
            WITH departments AS (
                SELECT array_agg(id ORDER BY code) AS ids FROM org_units WHERE code LIKE 'D-X%' OR code = 'D-OPS'
            )
            INSERT INTO tickets (id, requester_account_id, requester_employee_id, store_id, category, title,
                                 description, priority, status, department_id, business_hours, first_response_minutes,
                                 resolution_minutes, first_response_due_at, first_responded_at, resolution_started_at,
                                 resolution_due_at, resolved_at, reopen_count, version, created_at, updated_at,
                                 escalation_check_at)
            SELECT gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, 'printer', 'Ticket ' || g, 'Jams.', 'normal',
                   CASE WHEN g % 5 = 0 THEN 'open' ELSE 'resolved' END,
                   d.ids[1 + g % array_length(d.ids, 1)], false, 120, 1440,
                   t.at + interval '2 hours', CASE WHEN g % 5 = 0 THEN NULL ELSE t.at + interval '1 hour' END,
                   t.at, t.at + interval '1 day', CASE WHEN g % 5 = 0 THEN NULL ELSE t.at + interval '3 hours' END,
                   0, 1, t.at, t.at, CASE WHEN g % 5 = 0 THEN t.at + interval '90 minutes' END
            FROM generate_series(1, $5) g, departments d,
                 LATERAL (SELECT $4::timestamptz - g * interval '10 minutes' AS at) t
            """,
            world.accounts["staff_s1"],
            world.employees["staff_s1"],
            world.units["S1"],
            START,
            TICKETS,
        )
        await connection.execute("VACUUM ANALYZE")  # as autovacuum leaves a table (GIN pending lists flushed)
    finally:
        await connection.close()


async def first_person(database: Database) -> Any:
    connection = await connect(database)
    try:
        return await connection.fetchrow("SELECT full_name, local_name FROM employees WHERE employee_no = 'P012345'")
    finally:
        await connection.close()


async def explained(database: Database, statements: list[tuple[str, Any]]) -> list[tuple[str, str]]:
    connection = await connect(database)
    try:
        plans = []
        for statement, parameters in statements:
            rows = await connection.fetch("EXPLAIN " + statement, *(parameters or ()))
            plans.append((statement, "\n".join(row[0] for row in rows)))
        return plans
    finally:
        await connection.close()


async def test_the_daily_screens_read_tickets_and_people_by_index_on_a_big_tenant(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    if database.engine.dialect.name != "postgresql":
        pytest.skip("plans are PostgreSQL's")
    await grow(database, world)
    one = dict(await first_person(database))
    month = {"from": "2026-01-01T00:00:00+08:00", "to": "2026-02-01T00:00:00+08:00"}
    screens = [
        ("ops_head", "/tickets", {"scope": "queue"}),
        ("ops_staff", "/tickets", {"scope": "queue"}),
        ("ops_head", "/tickets", {"scope": "queue", "at_risk": "true"}),
        ("ops_head", "/tickets", {"scope": "queue", "breached": "false"}),
        ("ops_head", "/tickets/stats", {**month, "department": str(world.units["D-OPS"])}),
        ("hr", "/tickets/stats", month),
        ("hr", "/employees", {"q": one["full_name"][2:9]}),  # part of a name
        ("hr", "/employees", {"q": "P01234"}),
        ("hr", "/employees", {"q": one["local_name"]}),  # a name in characters (three: one trigram)
        # a store manager's screens of her own (small) store, among 100,000 people
        ("manager_s2", f"/org-units/{world.units['S2']}/members", {}),
        ("manager_s2", f"/stores/{world.units['S2']}/attendance", {}),
        ("manager_s2", "/employees", {}),
        ("manager_s2", "/employees", {"q": "Staff"}),
        ("ops_head", "/employees", {}),
    ]
    for who, path, params in screens:
        with recorded(database) as statements:
            answer = await client.get(f"{API}{path}", params=params, headers=world.headers(who))
        assert answer.status_code == 200, answer.text
        for statement, plan in await explained(database, statements):
            scans = [table for table in BIG_TABLES if f"Seq Scan on {table} " in plan + " "]
            assert not scans, f"{who} {path} {params}: {statement[:400]}\n{plan[:3000]}"
    found = await client.get(f"{API}/employees", params={"q": one["full_name"]}, headers=world.headers("hr"))
    assert "P012345" in [e["employee_no"] for e in found.json()["items"]]
