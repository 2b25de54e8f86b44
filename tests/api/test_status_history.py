"""Employees' status history over the API, on both databases: a row at hire, one at each change of
status (dated today or on the day given), bad dates refused and nothing written, read by whoever
may read the person."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from domain.shared.audit import AuditEntry
from domain.shared.db import Database
from tests.factories import World
from tests.support import assert_problem


def history_of(employee_id: str) -> str:
    return f"/api/v1/employees/{employee_id}/status-history"


async def hired(client: httpx.AsyncClient, world: World, **change: Any) -> str:
    body = {
        "employee_no": "E0999",
        "full_name": "Zhao Min",
        "home_unit_id": str(world.units["S1"]),
        "hire_date": "2026-01-05",
        **change,
    }
    created = await client.post("/api/v1/employees", json=body, headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def history(client: httpx.AsyncClient, world: World, employee_id: str, who: str = "hr") -> list[tuple[str, str]]:
    answer = await client.get(history_of(employee_id), headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return [(row["status"], row["effective_on"]) for row in answer.json()]


async def patch(client: httpx.AsyncClient, world: World, employee_id: str, **body: Any) -> httpx.Response:
    return await client.patch(f"/api/v1/employees/{employee_id}", json=body, headers=world.headers("hr"))


async def test_a_hire_starts_the_history_and_each_change_of_status_adds_a_row(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    person = await hired(client, world)
    answer = await client.get(history_of(person), headers=world.headers("hr"))
    (first,) = answer.json()
    assert (first["status"], first["effective_on"]) == ("active", "2026-01-05")
    assert first["recorded_by"] == str(world.accounts["hr"]) and first["recorded_at"].startswith("2026-03-02")

    # the clock says 2 March 2026 (09:00 in Shanghai): a change without a date holds from today
    assert (await patch(client, world, person, status="on_leave")).status_code == 200
    # a name change is no change of status: nothing added
    assert (await patch(client, world, person, full_name="Zhao Min Jr")).status_code == 200
    changed = await patch(client, world, person, status="left", status_effective_on="2026-03-31")
    assert changed.status_code == 200 and changed.json()["status"] == "left"
    assert await history(client, world, person) == [
        ("active", "2026-01-05"),
        ("on_leave", "2026-03-02"),
        ("left", "2026-03-31"),
    ]
    # the audit record is kept, and says from which day
    async with database.session_scope() as session:
        entries = (
            await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity_id == person, AuditEntry.action == "employee.updated")
                .order_by(AuditEntry.id)
            )
        ).all()
    assert entries[-1].changes["status"] == {"before": "on_leave", "after": "left"}
    assert entries[-1].changes["status_effective_on"] == {"before": None, "after": "2026-03-31"}


async def test_someone_hired_on_leave_starts_on_leave_and_a_future_hire_changes_from_the_hire_date(
    client: httpx.AsyncClient, world: World
) -> None:
    person = await hired(client, world, status="on_leave", hire_date="2026-04-01")
    assert await history(client, world, person) == [("on_leave", "2026-04-01")]
    # today (2 March) is before the hire date: the change holds from the hire date
    assert (await patch(client, world, person, status="active")).status_code == 200
    assert await history(client, world, person) == [("on_leave", "2026-04-01"), ("active", "2026-04-01")]


async def test_bad_status_dates_are_refused_and_nothing_is_written(client: httpx.AsyncClient, world: World) -> None:
    person = await hired(client, world)
    before_hire = await patch(client, world, person, status="left", status_effective_on="2026-01-04")
    problem = assert_problem(before_hire, 422, "employee.status_before_hire")
    assert problem["errors"][0]["field"] == "body.status_effective_on"
    # a hire date moved in the same request is the one compared with
    moved = await patch(client, world, person, status="left", hire_date="2026-02-01", status_effective_on="2026-01-20")
    assert_problem(moved, 422, "employee.status_before_hire")
    without = await patch(client, world, person, status_effective_on="2026-03-01")
    assert_problem(without, 422, "employee.status_date_without_change")
    same = await patch(client, world, person, status="active", status_effective_on="2026-03-01")
    assert_problem(same, 422, "employee.status_date_without_change")
    assert (await patch(client, world, person, status="on_leave", status_effective_on="2026-02-10")).status_code == 200
    out_of_order = await patch(client, world, person, status="active", status_effective_on="2026-02-09")
    assert_problem(out_of_order, 422, "employee.status_before_last_change")
    assert await history(client, world, person) == [("active", "2026-01-05"), ("on_leave", "2026-02-10")]
    unchanged = await client.get(f"/api/v1/employees/{person}", headers=world.headers("hr"))
    assert unchanged.json()["status"] == "on_leave" and unchanged.json()["hire_date"] == "2026-01-05"


async def test_whoever_may_read_the_person_reads_their_history_and_no_one_else(
    client: httpx.AsyncClient, world: World
) -> None:
    person = await hired(client, world)  # at home in store S1
    for who in ("hr", "leader", "manager_s1", "region_east"):
        assert await history(client, world, person, who) == [("active", "2026-01-05")]
    for who in ("manager_s2", "staff_s1", "ops_head"):
        assert_problem(await client.get(history_of(person), headers=world.headers(who)), 404)
    # people the factories wrote directly have no history: an empty list, not an error
    assert await history(client, world, str(world.employees["staff_s1"]), "staff_s1") == []
    assert_problem(
        await client.get(history_of("00000000-0000-0000-0000-000000000000"), headers=world.headers("hr")), 404
    )
