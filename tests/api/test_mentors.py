"""A head-office mentor for every secondment: suggestions, the choice and its limits, weekly
check-ins (a practice score earns credits), the mentee's side, and the worker's reminders."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import select

from domain.growth.mentors import remind_check_ins
from domain.notifications.models import Notification
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from tests.api.test_transfers import decide, submit
from tests.factories import World, deliver_events, leader_only_chain
from tests.support import assert_problem

API = "/api/v1"


async def approved_secondment(client: httpx.AsyncClient, world: World, who: str = "ops_staff") -> str:
    created = await submit(client, world, who, start="2026-03-10", end="2026-05-10")
    approved = await decide(client, world, created["id"], "leader", 0)
    assert approved.status_code == 200, approved.text
    return str(created["id"])


async def choose(
    client: httpx.AsyncClient, world: World, tid: str, mentor: str, who: str = "ops_head"
) -> httpx.Response:
    return await client.put(
        f"{API}/transfers/{tid}/mentor", json={"mentor_id": str(world.employees[mentor])}, headers=world.headers(who)
    )


async def test_the_department_head_chooses_a_head_office_mentor_within_the_limit(
    client: httpx.AsyncClient, world: World
) -> None:
    await leader_only_chain(client, world)
    tid = await approved_secondment(client, world)
    suggested = await client.get(f"{API}/transfers/{tid}/mentor-suggestions", headers=world.headers("ops_head"))
    assert suggested.status_code == 200, suggested.text
    people = suggested.json()
    numbers = [p["employee_no"] for p in people]
    assert world.employee_numbers["ops_staff"] not in numbers  # never the secondee
    assert not {world.employee_numbers[s] for s in ("staff_s1", "manager_s1", "staff_s2")} & set(numbers)
    assert [p["same_department"] for p in people[:3]] == [True, True, True]  # D-OPS first
    assert not any(p["same_department"] for p in people[3:])
    assert_problem(
        await client.get(f"{API}/transfers/{tid}/mentor-suggestions", headers=world.headers("manager_s1")), 404
    )

    assert_problem(await choose(client, world, tid, "staff_s1"), 422, "mentor.not_head_office")
    assert_problem(await choose(client, world, tid, "ops_staff"), 422, "mentor.is_mentee")
    chosen = await choose(client, world, tid, "ops_head")
    assert chosen.status_code == 200, chosen.text
    body = chosen.json()
    assert (body["mentor_name"], body["starts_on"], body["ends_on"], body["next_check_in_due"]) == (
        "Ops Head",
        "2026-03-10",
        "2026-05-10",
        "2026-03-10",
    )
    await deliver_events(world.app)
    inbox = (await client.get(f"{API}/me/notifications", headers=world.headers("ops_staff"))).json()["items"]
    assert [n["kind"] for n in inbox if n["kind"] == "growth.mentor_assigned"] == ["growth.mentor_assigned"]

    # one secondee each at most: a second secondment cannot take the same mentor
    limit = await client.put(f"{API}/organisation/settings", json={"max_mentees": 1}, headers=world.headers("admin"))
    assert limit.status_code == 200 and limit.json()["max_mentees"] == 1, limit.text
    other = await approved_secondment(client, world, "region_east")
    assert_problem(await choose(client, world, other, "ops_head", who="hr"), 409, "mentor.at_capacity")
    suggestions = (await client.get(f"{API}/transfers/{other}/mentor-suggestions", headers=world.headers("hr"))).json()
    assert world.employee_numbers["ops_head"] not in [p["employee_no"] for p in suggestions]
    assert (await choose(client, world, other, "leader", who="hr")).status_code == 200
    # choosing the same mentor again takes no new place
    assert (await choose(client, world, tid, "ops_head")).status_code == 200


async def test_check_ins_by_the_mentor_the_menteess_side_and_reminders_when_late(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
) -> None:
    await leader_only_chain(client, world)
    tid = await approved_secondment(client, world)
    mentorship = (await choose(client, world, tid, "ops_head")).json()
    url = f"{API}/mentorships/{mentorship['id']}/check-ins"
    practice = {
        "title": "Fresh produce on the floor",
        "category": "practice",
        "delivery": "practice",
        "base_credits": "3",
        "active_from": "2026-01-01",
    }
    assert (await client.put(f"{API}/courses/FRESH-P", json=practice, headers=world.headers("hr"))).status_code == 200
    clock.set(datetime(2026, 3, 20, 2, tzinfo=UTC))

    def check_in(held_on: str, **extra: Any) -> dict[str, Any]:
        return {
            "held_on": held_on,
            "notes": "Settling in; learning the fresh counter.",
            "mentee_state": "steady",
            **extra,
        }

    future = await client.post(url, json=check_in("2026-03-25"), headers=world.headers("ops_head"))
    assert_problem(future, 422, "check_in.future")
    before = await client.post(url, json=check_in("2026-03-05"), headers=world.headers("ops_head"))
    assert_problem(before, 422, "check_in.outside_posting")
    assert before.json()["errors"][0]["field"] == "body.held_on"
    assert_problem(await client.post(url, json=check_in("2026-03-17"), headers=world.headers("ops_staff")), 403)
    assert_problem(await client.post(url, json=check_in("2026-03-17"), headers=world.headers("manager_s2")), 404)
    logged = await client.post(
        url,
        json=check_in("2026-03-17", practice={"course_code": "FRESH-P", "score": 9}),
        headers=world.headers("ops_head"),
    )
    assert logged.status_code == 201, logged.text
    [entry] = logged.json()["check_ins"]
    assert logged.json()["next_check_in_due"] == "2026-03-24"
    credits = (await client.get(f"{API}/me/credits", headers=world.headers("ops_staff"))).json()
    assert credits["balance"] == "3"  # a practice score of 9 earns the practice credits

    part = f"{url}/{entry['id']}"
    mine = await client.patch(
        part,
        json={"mentee_notes": "The morning delivery is the hard part.", "support_rating": 5},
        headers=world.headers("ops_staff"),
    )
    assert mine.status_code == 200, mine.text
    assert (mine.json()["check_ins"][0]["support_rating"], mine.json()["check_ins"][0]["notes"]) == (
        5,
        "Settling in; learning the fresh counter.",
    )
    assert_problem(await client.patch(part, json={"support_rating": 1}, headers=world.headers("ops_head")), 403)
    assert_problem(await client.patch(part, json={"support_rating": 6}, headers=world.headers("ops_staff")), 422)

    # the last check-in was on the 17th: on the 25th the mentor hears, on 1 April the department head
    clock.set(datetime(2026, 3, 25, 2, tzinfo=UTC))
    assert await remind_check_ins(database, clock) == 1
    assert await remind_check_ins(database, clock) == 0  # once per gap
    clock.set(datetime(2026, 4, 1, 2, tzinfo=UTC))
    assert await remind_check_ins(database, clock) == 1
    await deliver_events(world.app)
    async with database.session_scope() as session:
        kinds = list(
            await session.scalars(select(Notification.account_id).where(Notification.kind == "growth.check_in_overdue"))
        )
    assert kinds == [world.accounts["ops_head"], world.accounts["ops_head"]]  # the mentor, then as department head
    seen = await client.get(f"{API}/mentorships/{mentorship['id']}", headers=world.headers("ops_staff"))
    assert seen.status_code == 200 and len(seen.json()["check_ins"]) == 1
    assert [m["id"] for m in (await client.get(f"{API}/me/mentorships", headers=world.headers("ops_head"))).json()] == [
        mentorship["id"]
    ]
