"""Collaboration pools over the API, on both databases: funding from each rule, qualifying
conditions that say which failed and by how much, frontline members joining mid-month through a
secondment, the back office weighted by tickets, the linked rule and its cap, settlement racing,
ledger corrections, statements and payroll, and who sees which line."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import delete, event, func, select, update
from sqlalchemy.exc import DBAPIError

from domain.pools import preview as pool_preview
from domain.pools.models import PoolLedgerEntry, PoolStanding
from domain.pools.standings import refresh_standings
from domain.sales.models import DailyStoreSales
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.factories import Machine, World, assign, machine
from tests.support import assert_problem

API = "/api/v1"
POOLS = f"{API}/pools"
MARCH = "2026-03"
AFTER_MARCH = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)  # 09:00 on 1 April in Shanghai: March has ended
# who takes each settlement step: whoever calculated a pool does not approve it (separation of duties)
STEPS = {"calculate": "hr", "approve": "admin", "lock": "hr"}


def sale(ref: str, store: str, employee_no: str | None, amount: str, day: str = "2026-03-01", currency: str = "CNY"):
    line: dict[str, Any] = {
        "external_id": ref,
        "store_code": store,
        "sku": "A",
        "quantity": 1,
        "amount": amount,
        "currency": currency,
        "sold_at": f"{day}T12:00:00+08:00",
    }
    if employee_no is not None:
        line["employee_no"] = employee_no
    return line


async def push_sales(client: httpx.AsyncClient, pos: Machine, *lines: dict[str, Any]) -> None:
    pushed = await client.post(f"{API}/ingest/sales", json={"lines": list(lines)}, headers=pos.headers)
    assert pushed.status_code in (200, 201, 202), pushed.text
    assert pushed.json()["accepted"] == len(lines), pushed.text


async def march_sales(client: httpx.AsyncClient, world: World) -> Machine:
    """S1 sells 15,000.55 CNY in March (10,000.00 by staff_s1, 5,000.55 by manager_s1); nothing else
    counts: S2's sale, S1's February sale and S1's USD sale are outside the pool."""
    pos = await machine(client, world, "ingest:sales", "ingest:metrics")
    await push_sales(
        client,
        pos,
        sale("a", "S1", "E0102", "10000.00"),
        sale("b", "S1", "E0101", "5000.55"),
        sale("c", "S2", "E0202", "9999.00"),
        sale("d", "S1", "E0102", "777.00", day="2026-02-27"),
        sale("e", "S1", "E0102", "50.00", currency="USD"),
    )
    return pos


async def set_target(client: httpx.AsyncClient, world: World, code: str, unit: str, value: str) -> None:
    hr = world.headers("hr")
    metric = {
        "code": code,
        "name": code,
        "unit": "CNY",
        "side": "store",
        "source": "sales",
        "direction": "higher",
        "scoring": {"method": "target", "cap": "120"},
    }
    created = await client.post(f"{API}/performance/metrics", json=metric, headers=hr)
    assert created.status_code in (201, 409), created.text
    target = {"metric_code": code, "unit_id": str(world.units[unit]), "period": MARCH, "value": value}
    answer = await client.put(f"{API}/performance/targets", json=target, headers=hr)
    assert answer.status_code == 200, answer.text


async def create_pool(client: httpx.AsyncClient, world: World, **change: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "S1 March pool",
        "scope_unit_id": str(world.units["S1"]),
        "period": MARCH,
        "currency": "CNY",
        "funding": [{"kind": "fixed", "amount": "1000.00"}],
        **change,
    }
    created = await client.post(POOLS, json=body, headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    pool: dict[str, Any] = created.json()
    return pool


async def preview(client: httpx.AsyncClient, world: World, pool_id: str, who: str = "hr") -> dict[str, Any]:
    answer = await client.get(f"{POOLS}/{pool_id}/preview", headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def amounts(body: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(m["employee_no"], m["side"]): m["projected_amount"] for m in body["members"]}


async def resolved_ticket(client: httpx.AsyncClient, world: World, rating: int | None) -> str:
    """staff_s1 raises a ticket for S1; ops_staff takes and resolves it at once (within any SLA)."""
    hr, admin = world.headers("hr"), world.headers("admin")
    await client.post(
        f"{API}/ticket-routing-rules", json={"category": "*", "department_id": str(world.units["D-OPS"])}, headers=admin
    )
    del hr
    raised = await client.post(
        f"{API}/tickets",
        json={"category": "printer", "title": "Printer jams", "description": "Every receipt."},
        headers=world.headers("staff_s1"),
    )
    assert raised.status_code == 201, raised.text
    tid = str(raised.json()["id"])
    for action, body in (("take", None), ("status", {"status": "resolved"})):
        answer = await client.post(f"{API}/tickets/{tid}/{action}", json=body, headers=world.headers("ops_staff"))
        assert answer.status_code == 200, answer.text
    if rating is not None:
        rated = await client.post(
            f"{API}/tickets/{tid}/rating", json={"score": rating}, headers=world.headers("staff_s1")
        )
        assert rated.status_code == 200, rated.text
    return tid


async def define_metric(
    client: httpx.AsyncClient, world: World, code: str, source: str, *, active: bool = True
) -> None:
    body = {"code": code, "name": code, "unit": "CNY", "side": "store", "source": source, "direction": "higher",
            "scoring": {"method": "target", "cap": "120"}}  # fmt: skip
    created = await client.post(f"{API}/performance/metrics", json=body, headers=world.headers("hr"))
    assert created.status_code == 201, created.text
    if not active:
        retired = await client.patch(
            f"{API}/performance/metrics/{created.json()['id']}", json={"active": False}, headers=world.headers("hr")
        )
        assert retired.status_code == 200, retired.text


async def test_funding_from_each_rule_adds_up_rounded_down_per_rule(client: httpx.AsyncClient, world: World) -> None:
    pos = await march_sales(client, world)
    await define_metric(client, world, "profit", "pushed")
    profit = {"metric_code": "profit", "store_code": "S1", "period": MARCH, "value": "4321.555"}
    loss = {"metric_code": "profit", "store_code": "S2", "period": MARCH, "value": "-100000"}
    pushed = await client.post(f"{API}/ingest/metric-values", json={"values": [profit, loss]}, headers=pos.headers)
    assert pushed.status_code == 200 and pushed.json()["created"] == 2, pushed.text
    pool = await create_pool(
        client,
        world,
        funding=[
            {"kind": "fixed", "amount": "1000.00"},
            {"kind": "sales_percent", "percent": "2"},
            {"kind": "profit_percent", "percent": "10"},
            {"kind": "commission_share", "commission_percent": "3", "share_percent": "12"},
        ],
    )
    assert (pool["status"], pool["frontline_percent"], pool["back_office_percent"]) == ("draft", "70", "30")
    body = await preview(client, world, pool["id"])
    assert [(f["kind"], f["base"], f["amount"]) for f in body["funding"]] == [
        ("fixed", None, "1000.00"),
        ("sales_percent", "15000.55", "300.01"),  # 300.011
        ("profit_percent", "4321.55", "432.15"),  # 432.1555 (S2's loss is outside the scope)
        ("commission_share", "15000.55", "54.00"),  # 15000.55 x 3% x 12% = 54.00198
    ]
    assert (body["funded_amount"], body["qualified"], body["pool_amount"]) == ("1786.16", True, "1786.16")
    # nobody served S1 from the back office: the frontline takes the whole pool, split evenly
    # (no scores yet: both count as 100 x 31 days)
    assert (body["frontline_amount"], body["back_office_amount"]) == ("1786.16", "0.00")
    assert amounts(body) == {("E0101", "frontline"): "893.08", ("E0102", "frontline"): "893.08"}
    line = body["members"][0]
    assert line["details"] == {"days": "31", "score": "none yet, counted as 100"}
    assert line["contribution"] == "3100"


async def test_an_unqualified_pool_pays_nothing_and_says_which_condition_failed_by_how_much(
    client: httpx.AsyncClient, world: World
) -> None:
    await march_sales(client, world)
    await set_target(client, world, "sales", "R-EAST", "20000")  # found on the region above S1
    pool = await create_pool(
        client,
        world,
        conditions=[
            {"measure": "sales", "threshold": "120", "of_target": True},
            {"measure": "sales", "threshold": "15000"},
            {"measure": "ticket_satisfaction", "threshold": "90"},
        ],
    )
    body = await preview(client, world, pool["id"])
    sales_vs_target, sales, satisfaction = body["conditions"]
    assert (sales_vs_target["value"], sales_vs_target["target"], sales_vs_target["compared"]) == (
        "15000.55",
        "20000",
        "75",
    )
    assert (sales_vs_target["passed"], sales_vs_target["shortfall"]) == (False, "45")
    assert "120% of target" in sales_vs_target["description"]
    assert (sales["passed"], sales["shortfall"]) == (True, None)
    assert (satisfaction["passed"], satisfaction["note"]) == (False, "no value for the period")
    assert (body["qualified"], body["funded_amount"], body["pool_amount"]) == (False, "1000.00", "0.00")
    assert set(amounts(body).values()) == {"0.00"}

    # a rated ticket gives satisfaction a value: 4 stars is 80% of 5, 10 points short of 90
    await resolved_ticket(client, world, rating=4)
    satisfaction = (await preview(client, world, pool["id"]))["conditions"][2]
    assert (satisfaction["value"], satisfaction["passed"], satisfaction["shortfall"]) == ("80", False, "10")


async def test_a_mid_month_secondment_joins_the_frontline_and_the_back_office_is_weighted_by_tickets(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    # region_east (home: Operations) works at S1 from 15 March: 17 days in the scope
    await assign(database, world, "region_east", "S1", date(2026, 3, 15), date(2026, 4, 1))
    # and staff_s2 only in April: not in the March pool
    await assign(database, world, "staff_s2", "S1", date(2026, 4, 1), date(2026, 4, 10))
    await resolved_ticket(client, world, rating=5)
    pool = await create_pool(client, world)
    named = await client.put(
        f"{POOLS}/{pool['id']}/members/{world.employees['ops_head']}", json={"weight": "1"}, headers=world.headers("hr")
    )
    assert named.status_code == 200, named.text
    body = await preview(client, world, pool["id"])
    assert (body["frontline_amount"], body["back_office_amount"]) == ("700.00", "300.00")
    lines = {(m["employee_no"], m["side"]): m for m in body["members"]}
    seconded = lines[("E0301", "frontline")]
    assert (seconded["details"]["days"], seconded["contribution"]) == ("17", "1700")
    # 70,000 minor units by 3100 : 3100 : 1700; the one left-over unit goes to the tie on the lower
    # employee number (E0101 before E0102)
    assert amounts(body) == {
        ("E0101", "frontline"): "274.69",
        ("E0102", "frontline"): "274.68",
        ("E0301", "frontline"): "150.63",
        ("E0005", "back_office"): "180.00",  # one ticket within SLA, rated 5: (1 + 0.5) x 5/5 = 1.5
        ("E0004", "back_office"): "120.00",  # named project member, weight 1
    }
    resolver = lines[("E0005", "back_office")]
    assert resolver["details"] == {"tickets_resolved": "1", "sla_met": "1", "rated": "1"}
    assert resolver["contribution"] == "1.5"
    assert "(1 + 0.5 if SLA met)" in resolver["rule"]
    assert ("E0202", "frontline") not in lines

    # HR's adjustment is audited and changes the weight, never below zero
    adjusted = await client.post(
        f"{POOLS}/{pool['id']}/adjustments",
        headers=world.headers("hr"),
        json={
            "employee_id": str(world.employees["ops_head"]),
            "side": "back_office",
            "weight_delta": "-5",
            "reason": "Left the project in week one",
        },
    )
    assert adjusted.status_code == 201, adjusted.text
    body = await preview(client, world, pool["id"])
    assert amounts(body)[("E0004", "back_office")] == "0.00"
    assert amounts(body)[("E0005", "back_office")] == "300.00"
    trail = await client.get(f"{API}/audit", params={"entity_type": "pool"}, headers=world.headers("admin"))
    assert [e["action"] for e in trail.json()["items"]][:2] == ["pool.adjusted", "pool.member_set"]
    assert trail.json()["items"][0]["changes"]["reason"] == "Left the project in week one"


async def test_the_linked_rule_grows_the_back_office_share_up_to_its_cap(
    client: httpx.AsyncClient, world: World
) -> None:
    await march_sales(client, world)
    await set_target(client, world, "sales", "S1", "12500")  # 15,000.55 is 120% of it: 20 points above
    await resolved_ticket(client, world, rating=None)
    linked = {"target_metric_code": "sales", "points_per_percent": "0.5", "cap_points": "25"}
    pool = await create_pool(client, world, linked_rule=linked, funding=[{"kind": "fixed", "amount": "100.00"}])
    body = await preview(client, world, pool["id"])
    assert body["linked"] == {"achievement": "120", "bonus_points": "10", "capped": False}
    assert (body["frontline_percent"], body["back_office_percent"]) == ("60", "40")
    assert (body["frontline_amount"], body["back_office_amount"]) == ("60.00", "40.00")

    changed = await client.patch(
        f"{POOLS}/{pool['id']}", json={"linked_rule": {**linked, "cap_points": "4"}}, headers=world.headers("hr")
    )
    assert changed.status_code == 200, changed.text
    body = await preview(client, world, pool["id"])
    assert body["linked"] == {"achievement": "120", "bonus_points": "4", "capped": True}
    assert (body["frontline_percent"], body["back_office_percent"]) == ("66", "34")


async def test_a_project_pool_defaults_to_sixty_forty(client: httpx.AsyncClient, world: World) -> None:
    project = await client.post(
        f"{API}/org-units",
        headers=world.headers("admin"),
        json={
            "code": "P-LAUNCH",
            "name": "Launch project",
            "kind": "project",
            "parent_id": str(world.units["R-EAST"]),
            "timezone": "Asia/Shanghai",
            "latitude": 31.2,
            "longitude": 121.4,
            "geofence_radius_m": 200,
        },
    )
    assert project.status_code == 201, project.text
    pool = await create_pool(client, world, scope_unit_id=project.json()["id"])
    assert (pool["frontline_percent"], pool["back_office_percent"]) == ("60", "40")


async def settle(client: httpx.AsyncClient, world: World, pool_id: str, *steps: str) -> None:
    for step in steps:
        answer = await client.post(f"{POOLS}/{pool_id}/{step}", headers=world.headers(STEPS[step]))
        assert answer.status_code == 200, answer.text


async def test_racing_approvals_and_locks_one_wins_the_other_gets_409(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await march_sales(client, world)
    pool = await create_pool(client, world, funding=[{"kind": "fixed", "amount": "1000.01"}])
    pool_id = pool["id"]
    assert_problem(
        await client.post(f"{POOLS}/{pool_id}/approve", headers=world.headers("admin")), 409, "pool.wrong_status"
    )
    await settle(client, world, pool_id, "calculate")
    hr, admin = world.headers("hr"), world.headers("admin")
    approvals = await asyncio.gather(*(client.post(f"{POOLS}/{pool_id}/approve", headers=admin) for _ in range(2)))
    assert sorted(a.status_code for a in approvals) == [200, 409]
    edit = await client.patch(f"{POOLS}/{pool_id}", json={"name": "Changed"}, headers=hr)
    assert_problem(edit, 409, "pool.not_editable")
    clock.set(AFTER_MARCH)
    hr = world.headers("hr")
    locks = await asyncio.gather(*(client.post(f"{POOLS}/{pool_id}/lock", headers=hr) for _ in range(2)))
    assert sorted(a.status_code for a in locks) == [200, 409]
    assert (await client.get(f"{POOLS}/{pool_id}", headers=hr)).json()["status"] == "locked"

    async with database.session_scope() as session:
        entries = (await session.scalars(select(PoolLedgerEntry).order_by(PoolLedgerEntry.id))).all()
        events = (await session.scalars(select(OutboxEvent).where(OutboxEvent.topic == "pool.settled"))).all()
    # allocated once, exactly the pool: 1000.01 split 500.01 / 500.00 by employee number
    assert [(e.kind, e.amount_minor) for e in entries] == [("allocation", 50001), ("allocation", 50000)]
    assert len(events) == 1
    assert (events[0].payload["amount"], events[0].payload["allocations"]) == ("1000.01", 2)
    with pytest.raises(DBAPIError):  # the ledger is append-only in the database itself
        async with database.session_scope() as session:
            await session.execute(update(PoolLedgerEntry).values(amount_minor=1))
    with pytest.raises(DBAPIError):
        async with database.session_scope() as session:
            await session.execute(delete(PoolLedgerEntry))
    trail = await client.get(f"{API}/audit", params={"entity_type": "pool"}, headers=world.headers("admin"))
    actions = [e["action"] for e in trail.json()["items"]]
    assert actions[:3] == ["pool.locked", "pool.approved", "pool.calculated"]


async def test_corrections_after_locking_are_reversals_and_new_allocations(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await march_sales(client, world)
    pool = await create_pool(client, world, name="=S1 March pool")
    pool_id, hr = pool["id"], world.headers("hr")
    staff = str(world.employees["staff_s1"])
    line = {"employee_id": staff, "side": "frontline", "amount": "450.00"}
    fix: dict[str, Any] = {"reason": "Sales of 31 March were booked twice", "lines": [line]}
    assert_problem(await client.post(f"{POOLS}/{pool_id}/corrections", json=fix, headers=hr), 409, "pool.wrong_status")
    await settle(client, world, pool_id, "calculate", "approve")
    clock.set(AFTER_MARCH)
    hr = world.headers("hr")
    await settle(client, world, pool_id, "lock")

    corrected = await client.post(f"{POOLS}/{pool_id}/corrections", json=fix, headers=hr)
    assert corrected.status_code == 201, corrected.text
    body = corrected.json()
    assert [(e["kind"], e["amount"]) for e in body["entries"]] == [("reversal", "-500.00"), ("allocation", "450.00")]
    assert body["pool_total"] == "950.00"
    again = await client.post(f"{POOLS}/{pool_id}/corrections", json=fix, headers=hr)
    assert_problem(again, 422, "pool.nothing_to_correct")
    # correcting again reverses the standing allocation, not the original one
    second = {**fix, "lines": [{**line, "amount": "480.00"}]}
    answer = (await client.post(f"{POOLS}/{pool_id}/corrections", json=second, headers=hr)).json()
    assert [(e["kind"], e["amount"]) for e in answer["entries"]] == [("reversal", "-450.00"), ("allocation", "480.00")]
    assert answer["entries"][0]["reverses_id"] == body["entries"][1]["id"]

    mine = await client.get(f"{POOLS}/{pool_id}/statements/{staff}", headers=world.headers("staff_s1"))
    assert mine.status_code == 200, mine.text
    statement = mine.json()
    assert [e["amount"] for e in statement["entries"]] == ["500.00", "-500.00", "450.00", "-450.00", "480.00"]
    assert statement["total"] == "480.00"
    assert statement["lines"][0]["projected_amount"] == "500.00"  # as calculated, before corrections

    payroll = await client.get(f"{POOLS}/{pool_id}/payroll", headers=hr)
    assert payroll.status_code == 200 and payroll.headers["content-type"].startswith("text/csv")
    assert payroll.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as every export (one CSV writer)
    rows = list(csv.DictReader(io.StringIO(payroll.content.decode("utf-8-sig"), newline="")))
    assert [(r["employee_no"], r["amount"], r["currency"], r["period"]) for r in rows] == [
        ("E0101", "500.00", "CNY", MARCH),
        ("E0102", "480.00", "CNY", MARCH),
    ]
    # a name a spreadsheet would run as a formula is quoted
    assert {r["pool_name"] for r in rows} == {"'=S1 March pool"}
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(PoolLedgerEntry)) == 6
    mine_list = (await client.get(f"{API}/me/pools", headers=world.headers("staff_s1"))).json()["items"]
    assert [(p["status"], p["settled_amount"]) for p in mine_list] == [("locked", "480.00")]


async def test_members_see_only_their_own_line_hr_sees_all_others_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    await march_sales(client, world)
    pool = await create_pool(client, world)
    pool_id = pool["id"]
    full = await preview(client, world, pool_id, "hr")
    assert len(full["members"]) == 2
    assert len((await preview(client, world, pool_id, "leader"))["members"]) == 2
    own = await preview(client, world, pool_id, "staff_s1")
    assert [(m["employee_no"], m["projected_amount"]) for m in own["members"]] == [("E0102", "500.00")]
    assert own["pool_amount"] == "1000.00"
    mine = (await client.get(f"{API}/me/pools", headers=world.headers("staff_s1"))).json()["items"]
    assert [(p["pool_id"], [line["employee_no"] for line in p["lines"]]) for p in mine] == [(pool_id, ["E0102"])]
    assert mine[0]["lines"][0]["rule"] == "score none yet, counted as 100 x 31 days in the scope"
    assert (await client.get(f"{API}/me/pools", headers=world.headers("staff_s2"))).json()["items"] == []

    manager = str(world.employees["manager_s1"])
    for who in ("manager_s2", "staff_s2", "ops_staff"):
        assert_problem(
            await client.get(f"{POOLS}/{pool_id}/preview", headers=world.headers(who)), 404, "pool.not_found"
        )
        assert_problem(await client.get(f"{POOLS}/{pool_id}", headers=world.headers(who)), 404)
        assert_problem(await client.post(f"{POOLS}/{pool_id}/approve", headers=world.headers(who)), 404)
    # a member may read the pool (not a colleague's adjustment) but not run it, nor read a colleague's statement
    adjustment = {"employee_id": manager, "side": "frontline", "weight_delta": "10", "reason": "Covered nights"}
    added = await client.post(f"{POOLS}/{pool_id}/adjustments", json=adjustment, headers=world.headers("hr"))
    assert len(added.json()["adjustments"]) == 1
    seen = await client.get(f"{POOLS}/{pool_id}", headers=world.headers("staff_s1"))
    assert seen.status_code == 200 and seen.json()["adjustments"] == []
    assert_problem(
        await client.post(f"{POOLS}/{pool_id}/calculate", headers=world.headers("staff_s1")), 403, "pool.hr_only"
    )
    colleague = await client.get(f"{POOLS}/{pool_id}/statements/{manager}", headers=world.headers("staff_s1"))
    assert_problem(colleague, 404)
    assert (await client.get(f"{POOLS}/{pool_id}/statements/{manager}", headers=world.headers("hr"))).status_code == 200
    assert_problem(await client.get(POOLS, headers=world.headers("staff_s1")), 403)
    listed = await client.get(POOLS, params={"period": MARCH}, headers=world.headers("hr"))
    assert [p["id"] for p in listed.json()["items"]] == [pool_id]
    assert_problem(await client.get(f"{POOLS}/{pool_id}/payroll", headers=world.headers("hr")), 409, "pool.not_locked")
    assert_problem(await client.post(POOLS, json={}, headers=world.headers("manager_s1")), 422)
    denied = await client.post(
        POOLS,
        headers=world.headers("manager_s1"),
        json={
            "name": "Mine",
            "scope_unit_id": str(world.units["S1"]),
            "period": MARCH,
            "currency": "CNY",
            "funding": [{"kind": "fixed", "amount": "1"}],
        },
    )
    assert_problem(denied, 403, "pool.hr_only")


async def test_frontline_weight_is_the_performance_score_times_days(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    metric = {
        "code": "store_efficiency",
        "name": "Efficiency",
        "unit": "%",
        "side": "store",
        "source": "manual",
        "direction": "higher",
        "scoring": {"method": "target", "cap": "120"},
    }
    assert (await client.post(f"{API}/performance/metrics", json=metric, headers=hr)).status_code == 201
    template = {
        "code": "store",
        "name": "Store staff",
        "population": "store",
        "lines": [{"metric_code": "store_efficiency", "weight": "100"}],
    }
    created = await client.post(f"{API}/performance/templates", json=template, headers=hr)
    assert created.status_code == 201, created.text
    target = {"metric_code": "store_efficiency", "unit_id": str(world.units["S1"]), "period": MARCH, "value": "100"}
    assert (await client.put(f"{API}/performance/targets", json=target, headers=hr)).status_code == 200
    value = {
        "metric_code": "store_efficiency",
        "employee_id": str(world.employees["staff_s1"]),
        "period": MARCH,
        "value": "80",
    }
    assert (await client.put(f"{API}/performance/values", json=value, headers=hr)).status_code == 200
    pool = await create_pool(client, world)
    body = await preview(client, world, pool["id"])
    lines = {m["employee_no"]: m for m in body["members"]}
    assert (lines["E0102"]["details"], lines["E0102"]["contribution"]) == ({"days": "31", "score": "80"}, "2480")
    # the manager has no value yet: no score, counted as 100
    assert lines["E0101"]["contribution"] == "3100"
    # 100,000 minor units by 2480 : 3100 -> 44,444.44 and 55,555.55; the left-over unit to the larger remainder
    assert amounts(body) == {("E0101", "frontline"): "555.56", ("E0102", "frontline"): "444.44"}


async def test_a_pool_may_raise_weights_by_the_years_training_credits(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    course = {
        "title": "工业互联网应用",
        "category": "required",
        "delivery": "online",
        "base_credits": "20",
        "weight": "1.5",
        "active_from": "2026-01-01",
    }
    assert (await client.put(f"{API}/courses/IIOT-101", json=course, headers=hr)).status_code == 200
    bot = await machine(client, world, "ingest:training")
    line = {
        "external_id": "c-1",
        "employee_no": world.employee_numbers["staff_s1"],
        "course_code": "IIOT-101",
        "completed_on": "2026-03-01",
        "completion_percent": 100,
        "exam_score": 90,
    }
    pushed = await client.post(f"{API}/ingest/training", json={"completions": [line]}, headers=bot.headers)
    assert pushed.json()["credited"] == 1  # 30 credits this year: +3 % by the default policy
    pool = await create_pool(client, world)
    assert pool["credit_modifier"] is False
    plain = await preview(client, world, pool["id"])
    assert amounts(plain) == {("E0101", "frontline"): "500.00", ("E0102", "frontline"): "500.00"}
    changed = await client.patch(f"{POOLS}/{pool['id']}", json={"credit_modifier": True}, headers=hr)
    assert changed.status_code == 200 and changed.json()["credit_modifier"] is True, changed.text
    body = await preview(client, world, pool["id"])
    lines = {m["employee_no"]: m for m in body["members"]}
    assert (lines["E0102"]["contribution"], lines["E0102"]["details"]["credit_modifier_percent"]) == ("3193", "3")
    assert "training credits of the year +3%" in lines["E0102"]["rule"]
    assert lines["E0101"]["contribution"] == "3100"
    # 100,000 minor units by 3193 : 3100, to the last cent
    assert amounts(body) == {("E0101", "frontline"): "492.61", ("E0102", "frontline"): "507.39"}


async def test_a_fixed_amount_must_fit_the_currency(client: httpx.AsyncClient, world: World) -> None:
    body = {
        "name": "Yen pool",
        "scope_unit_id": str(world.units["S1"]),
        "period": MARCH,
        "currency": "JPY",
        "funding": [{"kind": "fixed", "amount": "1000.50"}],
    }
    refused = assert_problem(await client.post(POOLS, json=body, headers=world.headers("hr")), 422, "amount.invalid")
    assert refused["errors"][0]["field"] == "body.funding.0.amount"
    unknown = {**body, "funding": [{"kind": "fixed", "amount": "1000"}], "scope_unit_id": str(world.employees["hr"])}
    assert_problem(await client.post(POOLS, json=unknown, headers=world.headers("hr")), 422, "pool.scope_not_found")


async def test_changing_a_calculated_pool_sends_it_back_to_draft(client: httpx.AsyncClient, world: World) -> None:
    hr = world.headers("hr")
    pool = await create_pool(client, world)
    pool_id = pool["id"]
    ops_head = str(world.employees["ops_head"])
    named = await client.put(f"{POOLS}/{pool_id}/members/{ops_head}", json={"weight": "2.5"}, headers=hr)
    assert [(m["employee_no"], m["weight"]) for m in named.json()["members"]] == [("E0004", "2.5")]
    calculated = await client.post(f"{POOLS}/{pool_id}/calculate", headers=hr)
    assert (calculated.json()["status"], calculated.json()["source"]) == ("calculated", "calculated")
    assert amounts(calculated.json())[("E0004", "back_office")] == "300.00"
    seen = (await client.get(f"{POOLS}/{pool_id}", headers=hr)).json()
    assert (seen["status"], seen["version"]) == ("calculated", 3)

    removed = await client.delete(f"{POOLS}/{pool_id}/members/{ops_head}", headers=hr)
    assert removed.status_code == 200, removed.text
    assert (removed.json()["status"], removed.json()["members"], removed.json()["calculated_at"]) == ("draft", [], None)
    assert_problem(await client.post(f"{POOLS}/{pool_id}/approve", headers=hr), 409, "pool.wrong_status")
    assert_problem(
        await client.delete(f"{POOLS}/{pool_id}/members/{ops_head}", headers=hr), 404, "pool.member_not_found"
    )
    # with nobody on the back office, the frontline takes the whole pool
    body = await preview(client, world, pool_id)
    assert (body["frontline_amount"], body["back_office_amount"]) == ("1000.00", "0.00")
    assert (
        await client.get(f"{API}/me/pools", params={"period": "2026-04"}, headers=world.headers("staff_s1"))
    ).json()["items"] == []


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """The SQL statements run meanwhile (a request's count must not grow with the rows it reads)."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


async def test_listing_pools_reads_members_and_adjustments_in_a_fixed_number_of_queries(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    hr, ops = world.headers("hr"), str(world.employees["ops_staff"])

    async def staffed_pool(name: str) -> str:
        pool_id = str((await create_pool(client, world, name=name))["id"])
        named = await client.put(f"{POOLS}/{pool_id}/members/{ops}", json={"weight": "2"}, headers=hr)
        assert named.status_code == 200, named.text
        adjustment = {"employee_id": ops, "side": "back_office", "weight_delta": "1", "reason": "Launch week"}
        added = await client.post(f"{POOLS}/{pool_id}/adjustments", json=adjustment, headers=hr)
        assert added.status_code == 201, added.text
        return pool_id

    await staffed_pool("First")
    with statements(database) as one:
        assert (await client.get(POOLS, headers=hr)).status_code == 200
    for name in ("Second", "Third", "Fourth"):
        await staffed_pool(name)
    with statements(database) as four:
        listed = await client.get(POOLS, headers=hr)
    items = listed.json()["items"]
    assert sorted(p["name"] for p in items) == ["First", "Fourth", "Second", "Third"]
    assert all(len(p["members"]) == 1 and len(p["adjustments"]) == 1 for p in items)
    assert {p["scope_code"] for p in items} == {"S1"}
    assert len(four) == len(one)


async def test_a_pool_is_computed_once_per_read_for_members_and_outsiders(
    client: httpx.AsyncClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    await march_sales(client, world)
    pool_id = (await create_pool(client, world))["id"]
    staff = str(world.employees["staff_s1"])
    computed = 0
    compute = pool_preview.compute

    async def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal computed
        computed += 1
        return await compute(*args, **kwargs)

    monkeypatch.setattr(pool_preview, "compute", counting)
    mine = await client.get(f"{POOLS}/{pool_id}/statements/{staff}", headers=world.headers("staff_s1"))
    assert mine.status_code == 200, mine.text
    assert [line["projected_amount"] for line in mine.json()["lines"]] == ["500.00"]
    assert computed == 1
    computed = 0
    outsider = await client.get(f"{POOLS}/{pool_id}/preview", headers=world.headers("staff_s2"))
    assert_problem(outsider, 404, "pool.not_found")
    assert computed == 1


async def test_a_pool_too_large_to_pay_is_refused_not_a_server_error(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    hr, big = world.headers("hr"), {"kind": "fixed", "amount": "9999999999999.99"}
    body = {
        "name": "Huge",
        "scope_unit_id": str(world.units["S1"]),
        "period": MARCH,
        "currency": "CNY",
        "funding": [big, big, big],
    }
    assert_problem(await client.post(POOLS, json=body, headers=hr), 422, "amount.invalid")
    pool_id = (await create_pool(client, world, funding=[{"kind": "sales_percent", "percent": "100"}]))["id"]
    assert_problem(await client.patch(f"{POOLS}/{pool_id}", json={"funding": [big, big]}, headers=hr), 422)
    async with database.session_scope() as session:  # more sales than any amount can hold
        session.add(
            DailyStoreSales(
                store_id=world.units["S1"],
                business_date=date(2026, 3, 2),
                currency="CNY",
                amount_minor=3 * 10**15,
                quantity=1,
                lines=1,
            )
        )
    assert_problem(await client.get(f"{POOLS}/{pool_id}/preview", headers=hr), 422, "pool.too_large")
    assert_problem(await client.post(f"{POOLS}/{pool_id}/calculate", headers=hr), 422, "pool.too_large")


async def test_conditions_and_linked_rules_name_metrics_that_exist_and_fit(
    client: httpx.AsyncClient, world: World
) -> None:
    """A condition or linked rule naming a metric nobody can give a value or target for would keep the
    pool from ever qualifying (the demo pool did): refused on create and on change, with the field."""
    hr = world.headers("hr")
    for code, source in (("sales", "sales"), ("profit", "pushed"), ("frontline_satisfaction", "tickets")):
        await define_metric(client, world, code, source)
    await define_metric(client, world, "old_profit", "pushed", active=False)
    await define_metric(client, world, "manager_rating", "manual")
    base = {"name": "S1 March pool", "scope_unit_id": str(world.units["S1"]), "period": MARCH, "currency": "CNY",
            "funding": [{"kind": "fixed", "amount": "1000.00"}]}  # fmt: skip
    sales_of_target = {"measure": "sales", "threshold": "100", "of_target": True}
    linked = {"target_metric_code": "sales", "points_per_percent": "0.5", "cap_points": "10"}
    refused: list[tuple[dict[str, Any], str, str]] = [
        ({"conditions": [{"measure": "metric", "metric_code": "proft", "threshold": "1"}]},
         "body.conditions.0.metric_code", "metric.not_found"),
        ({"conditions": [sales_of_target, {"measure": "metric", "metric_code": "old_profit", "threshold": "1"}]},
         "body.conditions.1.metric_code", "metric.not_found"),
        ({"conditions": [{"measure": "metric", "metric_code": "manager_rating", "threshold": "1"}]},
         "body.conditions.0.metric_code", "metric.unsuitable"),
        ({"conditions": [{**sales_of_target, "metric_code": "profit"}]},
         "body.conditions.0.metric_code", "metric.unsuitable"),
        ({"conditions": [{"measure": "ticket_satisfaction", "threshold": "90", "metric_code": "sales",
                          "of_target": True}]},
         "body.conditions.0.metric_code", "metric.unsuitable"),
        ({"linked_rule": {**linked, "target_metric_code": "profit"}},
         "body.linked_rule.target_metric_code", "metric.unsuitable"),
        ({"linked_rule": {**linked, "target_metric_code": "salse"}},
         "body.linked_rule.target_metric_code", "metric.not_found"),
        ({"funding": [{"kind": "profit_percent", "percent": "10", "metric_code": "sales"}]},
         "body.funding.0.metric_code", "metric.unsuitable"),
    ]  # fmt: skip
    for change, field, slug in refused:
        problem = assert_problem(await client.post(POOLS, json={**base, **change}, headers=hr), 422, slug)
        assert problem["errors"][0]["field"] == field, (change, problem)
    # the default codes count too: no `sales` metric, no sales target to compare with
    fine = {
        "conditions": [
            sales_of_target,
            {"measure": "metric", "metric_code": "profit", "threshold": "1"},
            {"measure": "ticket_satisfaction", "threshold": "90", "of_target": True},
            {"measure": "sales", "threshold": "15000"},
        ],
        "linked_rule": linked,
        "funding": [{"kind": "profit_percent", "percent": "10"}],
    }
    created = await client.post(POOLS, json={**base, **fine}, headers=hr)
    assert created.status_code == 201, created.text
    pool_id = created.json()["id"]
    changed = await client.patch(
        f"{POOLS}/{pool_id}", json={"conditions": [{**sales_of_target, "metric_code": "proft"}]}, headers=hr
    )
    problem = assert_problem(changed, 422, "metric.not_found")
    assert problem["errors"][0]["field"] == "body.conditions.0.metric_code"
    patched = await client.patch(f"{POOLS}/{pool_id}", json={"linked_rule": {**linked, "cap_points": "5"}}, headers=hr)
    assert patched.status_code == 200, patched.text
    assert (await client.get(f"{POOLS}/{pool_id}", headers=hr)).json()["conditions"][0]["metric_code"] is None


async def test_a_pool_locks_only_after_its_month_has_ended_or_early_with_a_reason(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    """Locking pays the pool: not on 2 March for March, unless HR locks early with a written reason."""
    pool_id = (await create_pool(client, world))["id"]
    await settle(client, world, pool_id, "calculate", "approve")
    hr, url = world.headers("hr"), f"{POOLS}/{pool_id}/lock"
    early = assert_problem(await client.post(url, headers=hr), 409, "pool.period_not_ended")
    assert early["ends_on"] == "2026-03-31" and "Mar 31, 2026" in early["detail"] and "Asia/Shanghai" in early["detail"]
    assert_problem(await client.post(url, json={"early": True}, headers=hr), 422, "period.reason_required")
    # 23:59 on 31 March in Shanghai is not yet the end of the organisation's March
    clock.set(datetime(2026, 3, 31, 15, 59, tzinfo=UTC))
    assert_problem(await client.post(url, headers=world.headers("hr")), 409, "pool.period_not_ended")
    reason = "The S1 team leaves on 31 March; HR pays them with the last payroll run."
    locked = await client.post(url, json={"early": True, "reason": reason}, headers=world.headers("hr"))
    assert locked.status_code == 200, locked.text
    assert locked.json()["status"] == "locked"
    trail = await client.get(f"{API}/audit", params={"entity_type": "pool"}, headers=world.headers("admin"))
    entry = trail.json()["items"][0]
    assert (entry["action"], entry["changes"]["early"], entry["changes"]["reason"]) == ("pool.locked", True, reason)


async def test_my_pools_computes_only_the_pools_i_may_be_in(
    client: httpx.AsyncClient, world: World, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each draft pool is a live computation over its whole scope: opening my pools computed every
    draft pool of the organisation (minutes on a big tenant). Only the pools I live, work or was
    posted in, resolved tickets for, am named or adjusted in are computed; the answers are the same."""
    hr, ops = world.headers("hr"), str(world.employees["ops_staff"])
    s1 = str((await create_pool(client, world))["id"])
    s2 = str((await create_pool(client, world, name="S2 March pool", scope_unit_id=str(world.units["S2"])))["id"])
    await resolved_ticket(client, world, rating=5)  # ops_staff resolves for S1 in March
    named = await client.put(f"{POOLS}/{s2}/members/{ops}", json={"weight": "2"}, headers=hr)
    assert named.status_code == 200, named.text
    computed: list[str] = []
    compute = pool_preview.compute

    async def counted(session: Any, pool: Any, now: datetime) -> Any:
        computed.append(str(pool.id))
        return await compute(session, pool, now)

    monkeypatch.setattr(pool_preview, "compute", counted)
    for who, expected in (("staff_s1", [s1]), ("staff_s2", [s2]), ("ops_staff", [s1, s2]), ("hr", [])):
        computed.clear()
        async with database.session_scope() as session:  # as if no one had read them yet
            await session.execute(delete(PoolStanding))
        answer = await client.get(f"{API}/me/pools", headers=world.headers(who))
        assert answer.status_code == 200, answer.text
        assert [p["pool_id"] for p in answer.json()["items"]] == expected, who
        assert computed == expected, who
    mine = (await client.get(f"{API}/me/pools", headers=world.headers("ops_staff"))).json()["items"]
    assert [[(line["side"], line["details"]) for line in p["lines"]] for p in mine] == [
        [("back_office", {"tickets_resolved": "1", "sla_met": "1", "rated": "1"})],
        [("back_office", {"named_weight": "2"})],
    ]


async def test_members_read_a_draft_pool_as_last_computed_for_them(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft pool is a computation over its whole scope (seconds for a region on a big tenant) and
    every member opening their pools computed it again. Members now read their lines as last computed:
    by the first of them, then by the worker every 5 minutes; a change to the pool shows at once,
    other news (a resolved ticket) at the worker's next computation, and `as_of` says when."""
    pool_id = str((await create_pool(client, world))["id"])
    computed: list[str] = []
    compute = pool_preview.compute

    async def counted(session: Any, pool: Any, now: datetime) -> Any:
        computed.append(str(pool.id))
        return await compute(session, pool, now)

    monkeypatch.setattr(pool_preview, "compute", counted)

    async def mine(who: str) -> dict[str, Any]:
        answer = await client.get(f"{API}/me/pools", headers=world.headers(who))
        assert answer.status_code == 200, answer.text
        (pool,) = answer.json()["items"]
        return pool  # type: ignore[no-any-return]

    def as_of(pool: dict[str, Any]) -> datetime:
        return datetime.fromisoformat(pool["as_of"])

    opened = clock.now()
    first = await mine("staff_s1")
    assert (first["lines"][0]["projected_amount"], as_of(first), computed) == ("500.00", opened, [pool_id])
    computed.clear()
    clock.advance(timedelta(minutes=3))
    for who in ("staff_s1", "manager_s1"):
        assert (as_of(await mine(who)), computed) == (opened, []), who
    assert (await client.get(f"{POOLS}/{pool_id}", headers=world.headers("manager_s1"))).status_code == 200
    assert computed == []

    changed = await client.patch(
        f"{POOLS}/{pool_id}", json={"funding": [{"kind": "fixed", "amount": "2000.00"}]}, headers=world.headers("hr")
    )
    assert changed.status_code == 200, changed.text
    after_change = await mine("staff_s1")
    assert (after_change["lines"][0]["projected_amount"], as_of(after_change)) == ("1000.00", clock.now())
    assert computed == [pool_id]
    computed.clear()

    await resolved_ticket(client, world, rating=5)  # the back office now has a share of S1's pool
    assert (await mine("staff_s1"))["lines"][0]["projected_amount"] == "1000.00"
    clock.advance(timedelta(minutes=5))
    refreshed_at = clock.now()
    assert await refresh_standings(database, clock) == 1
    assert await refresh_standings(database, clock) == 0, "a fresh standing is not computed again"
    assert computed == [pool_id]
    computed.clear()
    news = await mine("staff_s1")
    everyone = {
        (m["employee_no"], m["side"]): m["projected_amount"] for m in (await preview(client, world, pool_id))["members"]
    }
    computed.clear()
    assert everyone[("E0102", "frontline")] != "1000.00"
    assert (news["lines"][0]["projected_amount"], as_of(news)) == (everyone[("E0102", "frontline")], refreshed_at)

    clock.advance(timedelta(minutes=10, seconds=1))  # the worker is away: the first member computes it
    late = await mine("staff_s1")
    assert (as_of(late), computed) == (clock.now(), [pool_id])
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(PoolStanding)) == 1, "older standings go"


async def test_two_workers_compute_each_stale_pool_once(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    """Racing workers each take a different pool (the one being computed is skipped), and nothing
    is computed twice."""
    for store in ("S1", "S2"):
        await create_pool(client, world, name=f"{store} March pool", scope_unit_id=str(world.units[store]))
    assert sum(await asyncio.gather(*(refresh_standings(database, clock) for _ in range(3)))) <= 2
    while await refresh_standings(database, clock):
        pass
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(PoolStanding)) == 2
