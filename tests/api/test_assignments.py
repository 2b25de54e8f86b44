"""Effective-dated assignments: where a seconded person works on a day, and who sees them then."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from domain.shared.clock import ManualClock
from tests.factories import World


def at(day: str, time: str = "09:00") -> datetime:
    """A moment in the organisation's time zone (Asia/Shanghai)."""
    return datetime.fromisoformat(f"{day}T{time}:00+08:00")


async def request_secondment(
    client: httpx.AsyncClient, world: World, dest: str, start: str, end: str, who: str = "ops_staff"
) -> str:
    body = {
        "kind": "secondment",
        "destination_unit_id": str(world.units[dest]),
        "start_date": start,
        "end_date": end,
        "reason": "Cover the spring relaunch",
    }
    created = await client.post("/api/v1/transfers", json=body, headers=world.headers(who))
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def decide(
    client: httpx.AsyncClient, world: World, tid: str, who: str, step: int, decision: str = "approve"
) -> dict[str, Any]:
    body: dict[str, Any] = {"step": step, "decision": decision}
    if decision != "approve":
        body["comment"] = "Not this time"
    answer = await client.post(f"/api/v1/transfers/{tid}/steps/current/decision", json=body, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    decided: dict[str, Any] = answer.json()
    return decided


async def approved_secondment(
    client: httpx.AsyncClient, world: World, dest: str = "S1", start: str = "2026-03-10", end: str = "2026-03-20"
) -> str:
    """ops_staff (home D-OPS) seconded through the default chain."""
    tid = await request_secondment(client, world, dest, start, end)
    for step, who in enumerate(["ops_head", "hr", "leader"]):
        final = await decide(client, world, tid, who, step)
    assert final["status"] == "approved"
    return tid


async def sees(client: httpx.AsyncClient, world: World, viewer: str, name: str) -> bool:
    answer = await client.get(f"/api/v1/employees/{world.employees[name]}", headers=world.headers(viewer))
    assert answer.status_code in (200, 404), answer.text
    return answer.status_code == 200


async def assignments(
    client: httpx.AsyncClient, world: World, name: str, viewer: str = "hr", on: str | None = None
) -> httpx.Response:
    return await client.get(
        f"/api/v1/employees/{world.employees[name]}/assignments",
        params={"on": on} if on else {},
        headers=world.headers(viewer),
    )


async def members(
    client: httpx.AsyncClient, world: World, unit: str, viewer: str, on: str | None = None
) -> dict[str, dict[str, Any]]:
    """Members by person name."""
    answer = await client.get(
        f"/api/v1/org-units/{world.units[unit]}/members",
        params={"on": on} if on else {},
        headers=world.headers(viewer),
    )
    assert answer.status_code == 200, answer.text
    names = {str(employee_id): name for name, employee_id in world.employees.items()}
    return {names[m["employee"]["id"]]: m for m in answer.json()["items"]}


async def test_the_store_manager_sees_a_seconded_person_from_the_first_to_the_last_day(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await approved_secondment(client, world)
    assert not await sees(client, world, "manager_s1", "ops_staff")
    early = await assignments(client, world, "ops_staff", viewer="manager_s1")
    assert early.status_code == 404

    clock.set(at("2026-03-09", "23:59"))
    assert not await sees(client, world, "manager_s1", "ops_staff")
    assert "ops_staff" not in await members(client, world, "S1", "manager_s1")

    clock.set(at("2026-03-10", "00:30"))
    assert clock.now().astimezone(UTC).day == 9  # still the 9th in UTC, already the 10th in Shanghai
    assert await sees(client, world, "manager_s1", "ops_staff")
    first_day = await assignments(client, world, "ops_staff", viewer="manager_s1")
    assert first_day.status_code == 200, first_day.text
    assert first_day.json()["on"] == "2026-03-10" and first_day.json()["unit_on_date"] == str(world.units["S1"])
    assert (await members(client, world, "S1", "manager_s1"))["ops_staff"]["source"] == "secondment"

    clock.set(at("2026-03-20", "23:59"))
    assert await sees(client, world, "manager_s1", "ops_staff")
    clock.set(at("2026-03-21", "00:00"))
    assert not await sees(client, world, "manager_s1", "ops_staff")
    assert (await assignments(client, world, "ops_staff", viewer="manager_s1")).status_code == 404
    assert "ops_staff" not in await members(client, world, "S1", "manager_s1")


async def test_unit_members_on_a_day_follow_the_secondment(client: httpx.AsyncClient, world: World):
    tid = await approved_secondment(client, world)

    before = await members(client, world, "S1", "manager_s1", on="2026-03-09")
    assert set(before) == {"manager_s1", "staff_s1"}
    assert {m["source"] for m in before.values()} == {"home"}
    for day in ("2026-03-10", "2026-03-20"):
        during = await members(client, world, "S1", "manager_s1", on=day)
        assert set(during) == {"manager_s1", "staff_s1", "ops_staff"}, day
        seconded = during["ops_staff"]
        assert (seconded["source"], seconded["valid_from"], seconded["valid_to"]) == (
            "secondment",
            "2026-03-10",
            "2026-03-21",
        )
        assert seconded["assignment_id"] is not None
    after = await members(client, world, "S1", "manager_s1", on="2026-03-21")
    assert set(after) == {"manager_s1", "staff_s1"}

    home = {"leader", "ops_head", "region_east"}
    assert set(await members(client, world, "D-OPS", "hr", on="2026-03-09")) == home | {"ops_staff"}
    assert set(await members(client, world, "D-OPS", "hr", on="2026-03-12")) == home
    back = await members(client, world, "D-OPS", "hr", on="2026-03-21")
    assert set(back) == home | {"ops_staff"} and back["ops_staff"]["source"] == "home"

    expected = {
        "2026-03-09": "D-OPS",
        "2026-03-10": "S1",
        "2026-03-20": "S1",
        "2026-03-21": "D-OPS",
    }
    for day, unit in expected.items():
        answer = await assignments(client, world, "ops_staff", on=day)
        assert answer.status_code == 200, answer.text
        where = answer.json()
        assert (where["on"], where["unit_on_date"]) == (day, str(world.units[unit])), day
        assert where["home_unit_id"] == str(world.units["D-OPS"])
        assert [(a["transfer_id"], a["kind"]) for a in where["assignments"]] == [(tid, "secondment")]
    record = await client.get(f"/api/v1/employees/{world.employees['ops_staff']}", headers=world.headers("hr"))
    assert record.json()["home_unit_id"] == str(world.units["D-OPS"])


async def test_the_persons_transfer_history_travels_with_them(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    elsewhere = await request_secondment(client, world, "S2", "2026-04-01", "2026-04-10")
    await decide(client, world, elsewhere, "ops_head", 0, "reject")
    clock.advance(timedelta(minutes=5))
    here = await approved_secondment(client, world)

    async def history(viewer: str) -> list[str]:
        answer = await client.get(
            "/api/v1/transfers",
            params={"employee_id": str(world.employees["ops_staff"])},
            headers=world.headers(viewer),
        )
        assert answer.status_code == 200, answer.text
        return [item["id"] for item in answer.json()["items"]]

    # Before the start, the destination's manager knows only the request that concerns their store.
    assert await history("manager_s1") == [here]
    clock.set(at("2026-03-12"))
    assert await history("manager_s1") == [here, elsewhere]  # newest first
    assert await history("manager_s2") == [elsewhere]
    clock.set(at("2026-03-21"))
    assert await history("manager_s1") == [here]


async def test_only_the_people_in_sight_are_shown(client: httpx.AsyncClient, world: World, clock: ManualClock):
    tid = await approved_secondment(client, world)
    clock.set(at("2026-03-12"))

    assert (await client.get(f"/api/v1/transfers/{tid}", headers=world.headers("manager_s2"))).status_code == 404
    hidden = await assignments(client, world, "ops_staff", viewer="manager_s2")
    assert hidden.status_code == 404
    assert hidden.json()["type"] == "/problems/employee.not_found"
    assert (await assignments(client, world, "ops_staff", viewer="staff_s1")).status_code == 404
    assert (await assignments(client, world, "ops_staff", viewer="region_east")).status_code == 200

    own = await assignments(client, world, "ops_staff", viewer="ops_staff")
    assert own.status_code == 200, own.text
    assert own.json()["unit_on_date"] == str(world.units["S1"])
    assert [a["transfer_id"] for a in own.json()["assignments"]] == [tid]
    assert (await assignments(client, world, "staff_s2", viewer="staff_s2")).json()["assignments"] == []

    assert await members(client, world, "S1", "staff_s2") == {}
    assert set(await members(client, world, "S1", "staff_s1")) == {"staff_s1"}
    assert set(await members(client, world, "S1", "ops_staff")) == {"ops_staff"}
    assert set(await members(client, world, "S2", "staff_s2")) == {"staff_s2"}
    assert set(await members(client, world, "S1", "manager_s2")) == set()
    assert set(await members(client, world, "S1", "region_east")) == {"manager_s1", "staff_s1", "ops_staff"}
