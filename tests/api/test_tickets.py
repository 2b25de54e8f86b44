"""Need tickets over the API: routing, SLA clocks on a moved clock, the status machine, reopening,
ratings, who sees what, lists, notifications, and who may change the ticket settings."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, select

from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.conftest import START
from tests.factories import World, assign, deliver_events
from tests.support import assert_problem

API = "/api/v1"
WEEKDAYS = {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


def when(text: str | None) -> datetime:
    assert text is not None
    return datetime.fromisoformat(text)


# --- settings ------------------------------------------------------------------------------------


async def add_route(
    client: httpx.AsyncClient, world: World, category: str, dept: str, region: str | None = None, who: str = "admin"
) -> httpx.Response:
    body: dict[str, Any] = {"category": category, "department_id": str(world.units[dept])}
    if region is not None:
        body["region_id"] = str(world.units[region])
    return await client.post(f"{API}/ticket-routing-rules", json=body, headers=world.headers(who))


async def route(client: httpx.AsyncClient, world: World, category: str, dept: str, region: str | None = None) -> None:
    response = await add_route(client, world, category, dept, region)
    assert response.status_code == 201, response.text


async def route_everything_to(client: httpx.AsyncClient, world: World, dept: str = "D-OPS") -> None:
    await route(client, world, "*", dept)


async def set_policies(
    client: httpx.AsyncClient, world: World, *policies: dict[str, Any], who: str = "admin"
) -> httpx.Response:
    return await client.put(f"{API}/sla-policies", json={"policies": list(policies)}, headers=world.headers(who))


async def set_hours(
    client: httpx.AsyncClient,
    world: World,
    dept: str = "D-OPS",
    who: str = "admin",
    weekly: dict[str, Any] | None = None,
    holidays: list[str] | None = None,
) -> httpx.Response:
    body = {"weekly": WEEKDAYS if weekly is None else weekly, "holidays": holidays or []}
    return await client.put(
        f"{API}/departments/{world.units[dept]}/business-hours", json=body, headers=world.headers(who)
    )


# --- tickets -------------------------------------------------------------------------------------


async def create(client: httpx.AsyncClient, world: World, who: str = "staff_s1", **change: Any) -> httpx.Response:
    body: dict[str, Any] = {
        "category": "printer",
        "title": "Receipt printer jams",
        "description": "The till 2 printer jams on every receipt since this morning.",
        **change,
    }
    return await client.post(f"{API}/tickets", json=body, headers=world.headers(who))


async def raise_ticket(client: httpx.AsyncClient, world: World, who: str = "staff_s1", **change: Any) -> dict[str, Any]:
    response = await create(client, world, who, **change)
    assert response.status_code == 201, response.text
    ticket: dict[str, Any] = response.json()
    return ticket


async def fetch(client: httpx.AsyncClient, world: World, tid: str, who: str) -> httpx.Response:
    return await client.get(f"{API}/tickets/{tid}", headers=world.headers(who))


async def view(client: httpx.AsyncClient, world: World, tid: str, who: str = "ops_staff") -> dict[str, Any]:
    response = await fetch(client, world, tid, who)
    assert response.status_code == 200, response.text
    seen: dict[str, Any] = response.json()
    return seen


async def act(
    client: httpx.AsyncClient, world: World, tid: str, action: str, who: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    return await client.post(f"{API}/tickets/{tid}/{action}", json=body, headers=world.headers(who))


async def ok(
    client: httpx.AsyncClient, world: World, tid: str, action: str, who: str, body: dict[str, Any] | None = None
) -> dict[str, Any]:
    response = await act(client, world, tid, action, who, body)
    assert response.status_code in (200, 201), response.text
    answer: dict[str, Any] = response.json()
    return answer


async def move(
    client: httpx.AsyncClient, world: World, tid: str, status: str, who: str = "ops_staff"
) -> httpx.Response:
    return await act(client, world, tid, "status", who, {"status": status})


async def reply(
    client: httpx.AsyncClient, world: World, tid: str, who: str, body: str = "On it.", internal: bool = False
) -> httpx.Response:
    return await act(client, world, tid, "replies", who, {"body": body, "internal": internal})


async def resolve(client: httpx.AsyncClient, world: World, tid: str) -> dict[str, Any]:
    response = await move(client, world, tid, "resolved")
    assert response.status_code == 200, response.text
    resolved: dict[str, Any] = response.json()
    assert resolved["status"] == "resolved"
    return resolved


async def timeline_kinds(client: httpx.AsyncClient, world: World, tid: str, who: str) -> list[str]:
    response = await client.get(f"{API}/tickets/{tid}/timeline", headers=world.headers(who))
    assert response.status_code == 200, response.text
    return [e["kind"] for e in response.json()["items"]]


async def listing(client: httpx.AsyncClient, world: World, who: str, **params: Any) -> list[str]:
    response = await client.get(f"{API}/tickets", params=params, headers=world.headers(who))
    assert response.status_code == 200, response.text
    assert response.json()["next_cursor"] is None
    return [t["id"] for t in response.json()["items"]]


async def inbox(client: httpx.AsyncClient, world: World, who: str, unread_only: bool = False) -> list[dict[str, Any]]:
    await deliver_events(world.app)
    response = await client.get(
        f"{API}/me/notifications",
        params={"unread_only": "true" if unread_only else "false"},
        headers=world.headers(who),
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def about(notices: list[dict[str, Any]], tid: str) -> list[str]:
    return [n["kind"] for n in notices if n["subject_type"] == "ticket" and n["subject_id"] == tid]


# --- routing ---------------------------------------------------------------------------------------


async def test_default_queue_takes_every_category_for_the_requesters_store(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world, "D-OPS")

    ticket = await raise_ticket(client, world, "staff_s1", category="printer")

    assert ticket["department_id"] == str(world.units["D-OPS"])
    assert ticket["store_id"] == str(world.units["S1"])
    assert ticket["requester_employee_id"] == str(world.employees["staff_s1"])
    assert (ticket["status"], ticket["priority"], ticket["assignee_account_id"]) == ("open", "normal", None)
    other = await raise_ticket(client, world, "staff_s2", category="cleaning")
    assert other["department_id"] == str(world.units["D-OPS"])
    assert other["store_id"] == str(world.units["S2"])


async def test_a_category_rule_beats_the_default_queue(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world, "D-OPS")
    await route(client, world, "stock-system", "D-IT")

    stock = await raise_ticket(client, world, category="stock-system")
    printer = await raise_ticket(client, world, category="printer")

    assert stock["department_id"] == str(world.units["D-IT"])
    assert printer["department_id"] == str(world.units["D-OPS"])


async def test_a_region_rule_wins_only_for_stores_in_that_region(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world, "D-OPS")
    await route(client, world, "stock-system", "D-HR")
    await route(client, world, "stock-system", "D-IT", region="R-WEST")

    west = await raise_ticket(client, world, "staff_s3", category="stock-system")
    east = await raise_ticket(client, world, "staff_s1", category="stock-system")
    west_other = await raise_ticket(client, world, "staff_s3", category="printer")

    assert west["store_id"] == str(world.units["S3"])
    assert west["department_id"] == str(world.units["D-IT"])
    assert east["department_id"] == str(world.units["D-HR"])
    assert west_other["department_id"] == str(world.units["D-OPS"])


async def test_without_routing_rules_a_ticket_has_nowhere_to_go(client: httpx.AsyncClient, world: World) -> None:
    assert_problem(await create(client, world, category="printer"), 422, "ticket.no_route")

    await route(client, world, "stock-system", "D-IT")
    assert_problem(await create(client, world, category="printer"), 422, "ticket.no_route")
    assert (await raise_ticket(client, world, category="stock-system"))["department_id"] == str(world.units["D-IT"])
    assert len(await listing(client, world, "staff_s1", scope="mine")) == 1


async def test_the_store_is_where_the_requester_works_and_never_one_she_does_not(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world)

    named = await raise_ticket(client, world, "staff_s1", store_id=str(world.units["S1"]))
    assert named["store_id"] == str(world.units["S1"])
    other = await create(client, world, "staff_s1", store_id=str(world.units["S2"]))
    assert_problem(other, 422, "ticket.store_not_yours")
    assert other.json()["errors"][0]["field"] == "body.store_id"

    department = await create(client, world, "staff_s1", store_id=str(world.units["D-OPS"]))
    assert_problem(department, 422, "ticket.not_a_store")
    region = await create(client, world, "staff_s1", store_id=str(world.units["R-EAST"]))
    assert_problem(region, 422, "ticket.not_a_store")
    assert_problem(await create(client, world, "staff_s1", store_id=str(uuid.uuid4())), 422, "ticket.not_a_store")
    # Head-office staff work at no store today: their tickets have none, and they may name none.
    hq = await raise_ticket(client, world, "ops_staff", category="stock-system")
    assert (hq["store_id"], hq["department_id"]) == (None, str(world.units["D-OPS"]))
    assert_problem(
        await create(client, world, "ops_staff", store_id=str(world.units["S1"])), 422, "ticket.store_not_yours"
    )


async def test_a_seconded_requester_raises_for_the_store_they_work_at_today(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
) -> None:
    await route_everything_to(client, world)
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 3), date(2026, 3, 6))

    monday = await raise_ticket(client, world, "staff_s1")
    clock.advance(timedelta(hours=16))  # 2026-03-02T17:00Z is already Tuesday 01:00 in Shanghai
    tuesday = await raise_ticket(client, world, "staff_s1")
    clock.advance(timedelta(days=3))  # Friday 01:00 local: the secondment has ended
    friday = await raise_ticket(client, world, "staff_s1")

    assert monday["store_id"] == str(world.units["S1"])
    assert tuesday["store_id"] == str(world.units["S2"])
    assert friday["store_id"] == str(world.units["S1"])
    assert await listing(client, world, "manager_s2", scope="stores") == [tuesday["id"]]


# --- SLA clocks ------------------------------------------------------------------------------------


async def test_first_response_is_due_two_hours_after_creation_and_warns_then_breaches(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    ticket = await raise_ticket(client, world)
    tid = ticket["id"]

    first = ticket["first_response"]
    assert first["target_minutes"] == 120
    assert when(first["due_at"]) == START + timedelta(hours=2)
    assert (first["met"], first["at_risk"], first["breached"], first["paused"]) == (None, False, False, False)
    assert ticket["resolution"]["target_minutes"] == 24 * 60
    assert when(ticket["resolution"]["due_at"]) == START + timedelta(hours=24)

    clock.advance(timedelta(minutes=89))
    first = (await view(client, world, tid))["first_response"]
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"]) == (89, False, False)

    clock.advance(timedelta(minutes=1))
    first = (await view(client, world, tid))["first_response"]
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"]) == (90, True, False)

    clock.advance(timedelta(minutes=30))
    seen = await view(client, world, tid, "staff_s1")
    first = seen["first_response"]
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"], first["met"]) == (120, False, True, None)
    assert (seen["resolution"]["at_risk"], seen["resolution"]["breached"]) == (False, False)


async def test_a_public_reply_in_time_meets_the_first_response_and_stops_its_clock(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    clock.advance(timedelta(minutes=30))
    assert (await reply(client, world, tid, "ops_staff", "Sending a technician at 11.")).status_code == 201
    clock.advance(timedelta(hours=5))

    first = (await view(client, world, tid))["first_response"]
    assert (first["met"], first["breached"], first["at_risk"], first["elapsed_minutes"]) == (True, False, False, 30)


async def test_a_late_acknowledgement_misses_the_first_response(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    clock.advance(timedelta(minutes=150))
    acknowledged = await ok(client, world, tid, "acknowledge", "ops_staff")

    assert acknowledged["status"] == "acknowledged"
    first = acknowledged["first_response"]
    assert (first["met"], first["breached"], first["at_risk"], first["elapsed_minutes"]) == (False, True, False, 150)
    clock.advance(timedelta(hours=1))
    assert (await view(client, world, tid))["first_response"]["elapsed_minutes"] == 150


async def test_notes_and_the_requesters_own_replies_are_not_a_first_response(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    clock.advance(timedelta(minutes=20))
    assert (await reply(client, world, tid, "ops_staff", "Probably the paper roll.", internal=True)).status_code == 201
    assert (await reply(client, world, tid, "staff_s1", "Still jammed, please hurry.")).status_code == 201
    clock.advance(timedelta(minutes=80))

    first = (await view(client, world, tid))["first_response"]
    assert (first["met"], first["at_risk"], first["elapsed_minutes"]) == (None, True, 100)

    assert (await reply(client, world, tid, "ops_staff", "Technician on the way.")).status_code == 201
    first = (await view(client, world, tid))["first_response"]
    assert (first["met"], first["at_risk"], first["breached"]) == (True, False, False)


async def test_an_urgent_policy_sets_shorter_targets(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    policy = {"priority": "urgent", "first_response_minutes": 15, "resolution_minutes": 240}
    response = await set_policies(client, world, policy)
    assert response.status_code == 200, response.text
    assert response.json() == [{**policy, "category": None, "business_hours": False}]

    urgent = await raise_ticket(client, world, priority="urgent")
    normal = await raise_ticket(client, world, priority="normal")

    assert urgent["first_response"]["target_minutes"] == 15
    assert when(urgent["first_response"]["due_at"]) == START + timedelta(minutes=15)
    assert when(urgent["resolution"]["due_at"]) == START + timedelta(hours=4)
    assert when(normal["first_response"]["due_at"]) == START + timedelta(hours=2)
    clock.advance(timedelta(minutes=12))
    assert (await view(client, world, urgent["id"]))["first_response"]["at_risk"] is True
    assert (await view(client, world, normal["id"]))["first_response"]["at_risk"] is False


async def test_business_hours_skip_the_weekend_and_a_holiday(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    policy = {"first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    assert (await set_policies(client, world, policy)).status_code == 200
    hours = await set_hours(client, world, "D-OPS", holidays=["2026-03-09"])
    assert hours.status_code == 200, hours.text
    assert hours.json()["timezone"] == "Asia/Shanghai"
    assert hours.json()["holidays"] == ["2026-03-09"]

    clock.advance(when("2026-03-06T09:00:00Z") - START)  # Friday 17:00 in Shanghai
    ticket = await raise_ticket(client, world)

    assert ticket["business_hours"] is True
    # One working hour on Friday, none over the weekend or on Monday's holiday, one on Tuesday.
    assert when(ticket["first_response"]["due_at"]) == when("2026-03-10T02:00:00Z")
    # 600 minutes: Friday's last hour and all of Tuesday, 09:00-18:00.
    assert when(ticket["resolution"]["due_at"]) == when("2026-03-10T10:00:00Z")

    clock.advance(when("2026-03-09T09:00:00Z") - clock.now())  # the holiday, 17:00 local
    first = (await view(client, world, ticket["id"]))["first_response"]
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"]) == (60, False, False)

    clock.advance(when("2026-03-10T01:45:00Z") - clock.now())  # Tuesday 09:45 local
    first = (await view(client, world, ticket["id"]))["first_response"]
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"]) == (105, True, False)


async def test_waiting_on_the_requester_pauses_the_resolution_clock_until_they_reply(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    clock.advance(timedelta(minutes=60))
    waiting = await move(client, world, tid, "waiting_on_requester")
    assert waiting.status_code == 200, waiting.text
    resolution = waiting.json()["resolution"]
    assert (resolution["paused"], resolution["due_at"], resolution["elapsed_minutes"]) == (True, None, 60)

    clock.advance(timedelta(minutes=180))
    paused = await view(client, world, tid, "staff_s1")
    assert paused["status"] == "waiting_on_requester"
    assert (paused["resolution"]["paused"], paused["resolution"]["due_at"]) == (True, None)
    assert paused["resolution"]["elapsed_minutes"] == 60
    assert paused["paused_minutes"] == 180

    assert (await reply(client, world, tid, "staff_s1", "Here is the photo you asked for.")).status_code == 201
    resumed = await view(client, world, tid, "staff_s1")
    assert resumed["status"] == "in_progress"
    assert resumed["resolution"]["paused"] is False
    assert when(resumed["resolution"]["due_at"]) == START + timedelta(hours=24, minutes=180)
    assert resumed["paused_minutes"] == 180

    clock.advance(timedelta(minutes=30))
    later = await view(client, world, tid)
    assert later["resolution"]["elapsed_minutes"] == 90
    assert later["paused_minutes"] == 180


async def test_the_requesters_reply_ending_a_wait_is_a_status_change_like_any_other(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
) -> None:
    """Her reply moves the ticket back to in_progress: the timeline shows the move after her reply,
    and the typed event (webhook topic ticket.in_progress) is recorded once, as for the owning side."""
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    assert (await move(client, world, tid, "waiting_on_requester")).status_code == 200
    clock.advance(timedelta(minutes=30))

    assert (await reply(client, world, tid, "staff_s1", "Here is the photo you asked for.")).status_code == 201

    response = await client.get(f"{API}/tickets/{tid}/timeline", headers=world.headers("ops_staff"))
    assert response.status_code == 200, response.text
    entries = response.json()["items"]
    assert [e["kind"] for e in entries] == ["created", "status_changed", "reply", "status_changed"]
    moved = entries[-1]
    assert moved["data"] == {"before": "waiting_on_requester", "after": "in_progress"}
    assert moved["actor_account_id"] == str(world.accounts["staff_s1"])
    async with database.session_scope() as session:
        published = (await session.scalars(select(OutboxEvent).where(OutboxEvent.topic == "ticket.in_progress"))).all()
    assert [(e.payload["ticket_id"], e.payload["previous_status"], e.payload["status"]) for e in published] == [
        (tid, "waiting_on_requester", "in_progress")
    ]
    assert "ticket.replied" in about(await inbox(client, world, "ops_staff"), tid)
    assert about(await inbox(client, world, "staff_s1"), tid) == ["ticket.waiting_on_requester"]


async def test_the_owning_side_ending_a_wait_resumes_the_clock_too(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    assert (await move(client, world, tid, "waiting_on_requester")).status_code == 200

    clock.advance(timedelta(minutes=45))
    resumed = await move(client, world, tid, "in_progress")

    assert resumed.status_code == 200, resumed.text
    assert resumed.json()["resolution"]["paused"] is False
    assert when(resumed.json()["resolution"]["due_at"]) == START + timedelta(hours=24, minutes=45)
    assert resumed.json()["paused_minutes"] == 45


# --- status machine --------------------------------------------------------------------------------


async def test_the_owning_side_moves_a_ticket_to_resolved(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    states = []
    for status in ("in_progress", "waiting_on_requester", "resolved"):
        clock.advance(timedelta(minutes=10))
        response = await move(client, world, tid, status)
        assert response.status_code == 200, response.text
        states.append(response.json()["status"])

    assert states == ["in_progress", "waiting_on_requester", "resolved"]
    final = await view(client, world, tid, "staff_s1")
    assert final["status"] == "resolved"
    assert when(final["resolved_at"]) == START + timedelta(minutes=30)
    assert (final["resolution"]["met"], final["resolution"]["paused"]) == (True, False)
    kinds = await timeline_kinds(client, world, tid, "staff_s1")
    assert kinds == ["created", "status_changed", "status_changed", "status_changed"]


async def test_moves_the_machine_does_not_allow_are_conflicts(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    assert (await move(client, world, tid, "in_progress")).status_code == 200
    assert_problem(await move(client, world, tid, "in_progress"), 409, "ticket.invalid_state")
    assert_problem(await act(client, world, tid, "acknowledge", "ops_staff"), 409, "ticket.invalid_state")
    await resolve(client, world, tid)
    assert_problem(await move(client, world, tid, "in_progress"), 409, "ticket.invalid_state")
    assert_problem(await move(client, world, tid, "resolved"), 409, "ticket.invalid_state")
    assert_problem(await move(client, world, tid, "waiting_on_requester"), 409, "ticket.invalid_state")
    assert_problem(await move(client, world, tid, "closed"), 422, "validation.failed")
    assert (await view(client, world, tid))["status"] == "resolved"


async def test_only_the_owning_side_changes_the_status(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    for outsider in ("staff_s1", "manager_s1", "hr"):
        assert_problem(await move(client, world, tid, "in_progress", who=outsider), 403, "ticket.not_owner")
    assert_problem(await act(client, world, tid, "acknowledge", "staff_s1"), 403, "ticket.not_owner")
    assert_problem(await act(client, world, tid, "take", "hr"), 403, "ticket.not_owner")
    assert_problem(await move(client, world, tid, "in_progress", who="staff_s2"), 404, "ticket.not_found")

    assert (await view(client, world, tid))["status"] == "open"


async def test_a_member_takes_a_ticket_and_a_second_taker_is_refused(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    taken = await ok(client, world, tid, "take", "ops_staff")
    assert taken["assignee_account_id"] == str(world.accounts["ops_staff"])
    assert taken["status"] == "in_progress"

    assert_problem(await act(client, world, tid, "take", "region_east"), 409, "ticket.already_assigned")
    assert_problem(await act(client, world, tid, "take", "ops_head"), 409, "ticket.already_assigned")
    again = await ok(client, world, tid, "take", "ops_staff")
    assert again["assignee_account_id"] == str(world.accounts["ops_staff"])
    assert (await view(client, world, tid, "staff_s1"))["assignee_account_id"] == str(world.accounts["ops_staff"])


async def test_the_department_head_assigns_and_reassigns_within_the_department(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    assigned = await ok(
        client, world, tid, "assign", "ops_head", {"assignee_account_id": str(world.accounts["ops_staff"])}
    )
    assert assigned["assignee_account_id"] == str(world.accounts["ops_staff"])
    clock.advance(timedelta(minutes=5))
    reassigned = await ok(
        client, world, tid, "assign", "ops_head", {"assignee_account_id": str(world.accounts["region_east"])}
    )
    assert reassigned["assignee_account_id"] == str(world.accounts["region_east"])

    plain = await act(
        client, world, tid, "assign", "ops_staff", {"assignee_account_id": str(world.accounts["ops_staff"])}
    )
    assert_problem(plain, 403, "ticket.not_head")
    for outsider in ("staff_s1", "hr"):
        outside = await act(
            client, world, tid, "assign", "ops_head", {"assignee_account_id": str(world.accounts[outsider])}
        )
        assert_problem(outside, 422, "ticket.assignee_not_member")
    assert (await view(client, world, tid))["assignee_account_id"] == str(world.accounts["region_east"])
    assert "ticket.assigned" in about(await inbox(client, world, "ops_staff"), tid)
    assert "ticket.assigned" in about(await inbox(client, world, "region_east"), tid)


async def test_a_transfer_hands_the_ticket_to_another_department(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    await ok(client, world, tid, "take", "ops_staff")
    assert tid not in await listing(client, world, "admin", scope="queue")

    to_store = await act(
        client, world, tid, "transfer", "ops_staff", {"department_id": str(world.units["S1"]), "reason": "x"}
    )
    assert_problem(to_store, 422, "ticket.invalid_unit")
    no_reason = await act(client, world, tid, "transfer", "ops_staff", {"department_id": str(world.units["D-IT"])})
    assert_problem(no_reason, 422, "validation.failed")
    assert_problem(
        await act(
            client, world, tid, "transfer", "staff_s1", {"department_id": str(world.units["D-IT"]), "reason": "x"}
        ),
        403,
        "ticket.not_owner",
    )

    moved = await ok(
        client,
        world,
        tid,
        "transfer",
        "ops_staff",
        {"department_id": str(world.units["D-IT"]), "reason": "Scanner fault"},
    )
    assert moved["department_id"] == str(world.units["D-IT"])
    assert moved["assignee_account_id"] is None

    assert tid in await listing(client, world, "admin", scope="queue")
    assert "ticket.transferred" in about(await inbox(client, world, "admin"), tid)
    assert_problem(await fetch(client, world, tid, "ops_staff"), 404, "ticket.not_found")
    assert_problem(await fetch(client, world, tid, "ops_head"), 404, "ticket.not_found")
    assert tid not in await listing(client, world, "ops_head", scope="queue")
    assert (await view(client, world, tid, "staff_s1"))["department_id"] == str(world.units["D-IT"])
    assert "transferred" in await timeline_kinds(client, world, tid, "staff_s1")


# --- reopening -------------------------------------------------------------------------------------


async def test_the_requester_reopens_within_seven_days_and_the_resolution_clock_restarts(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    clock.advance(timedelta(hours=3))
    await resolve(client, world, tid)

    clock.advance(timedelta(days=6, hours=23))
    reopened = await ok(client, world, tid, "reopen", "staff_s1", {"reason": "It jams again."})

    assert reopened["status"] == "in_progress"
    assert reopened["reopen_count"] == 1
    assert reopened["resolved_at"] is None
    resolution = reopened["resolution"]
    assert (resolution["elapsed_minutes"], resolution["met"], resolution["breached"]) == (0, None, False)
    assert when(resolution["due_at"]) == clock.now() + timedelta(hours=24)
    assert "ticket.reopened" in about(await inbox(client, world, "ops_staff"), tid)

    clock.advance(timedelta(hours=2))
    assert (await view(client, world, tid))["resolution"]["elapsed_minutes"] == 120


async def test_a_ticket_resolved_more_than_seven_days_ago_cannot_be_reopened(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    await resolve(client, world, tid)

    clock.advance(timedelta(days=7, minutes=1))
    refused = await act(client, world, tid, "reopen", "staff_s1", {"reason": "It jams again."})

    assert_problem(refused, 409, "ticket.not_reopenable")
    seen = await view(client, world, tid, "staff_s1")
    assert (seen["status"], seen["reopen_count"]) == ("resolved", 0)


async def test_only_the_requester_reopens_and_only_a_resolved_ticket(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    assert_problem(await act(client, world, tid, "reopen", "staff_s1", {"reason": "x"}), 409, "ticket.not_reopenable")
    await resolve(client, world, tid)

    for other in ("ops_staff", "manager_s1", "ops_head"):
        assert_problem(await act(client, world, tid, "reopen", other, {"reason": "x"}), 403, "ticket.not_requester")
    assert (await view(client, world, tid))["status"] == "resolved"


# --- ratings ---------------------------------------------------------------------------------------


async def test_the_requester_rates_a_resolved_ticket_once(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    await ok(client, world, tid, "take", "ops_staff")

    assert_problem(await act(client, world, tid, "rating", "staff_s1", {"score": 4}), 409, "ticket.invalid_state")
    await resolve(client, world, tid)
    for score in (0, 6, "4"):
        assert_problem(await act(client, world, tid, "rating", "staff_s1", {"score": score}), 422, "validation.failed")
    assert_problem(await act(client, world, tid, "rating", "ops_staff", {"score": 5}), 403, "ticket.not_requester")

    rated = await ok(client, world, tid, "rating", "staff_s1", {"score": 4, "comment": "Quick and friendly."})
    assert (rated["rating"], rated["rating_comment"]) == (4, "Quick and friendly.")
    assert_problem(await act(client, world, tid, "rating", "staff_s1", {"score": 5}), 409, "ticket.already_rated")
    assert (await view(client, world, tid))["rating"] == 4
    assert "ticket.rated" in about(await inbox(client, world, "ops_head"), tid)
    assert "ticket.rated" in about(await inbox(client, world, "ops_staff"), tid)


# --- visibility ------------------------------------------------------------------------------------


async def test_store_managers_see_their_stores_tickets_and_nobody_elses(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world, "staff_s1"))["id"]
    s2 = (await raise_ticket(client, world, "staff_s2"))["id"]

    assert (await view(client, world, tid, "manager_s1"))["id"] == tid
    assert await listing(client, world, "manager_s1", scope="stores") == [tid]
    assert await listing(client, world, "manager_s2", scope="stores") == [s2]
    assert set(await listing(client, world, "region_east", scope="stores")) == {tid, s2}
    for stranger in ("manager_s2", "staff_s2", "staff_s3"):
        assert_problem(await fetch(client, world, tid, stranger), 404, "ticket.not_found")
    assert await listing(client, world, "staff_s2") == [s2]


async def test_the_owning_department_its_head_and_hr_see_a_ticket(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    await route(client, world, "stock-system", "D-IT")
    ops = (await raise_ticket(client, world))["id"]
    it = (await raise_ticket(client, world, category="stock-system"))["id"]

    for member in ("ops_staff", "ops_head"):
        assert (await view(client, world, ops, member))["id"] == ops
        assert await listing(client, world, member, scope="queue") == [ops]
        assert_problem(await fetch(client, world, it, member), 404, "ticket.not_found")
    assert (await view(client, world, it, "hr"))["id"] == it
    assert set(await listing(client, world, "hr")) == {ops, it}
    assert await listing(client, world, "hr", scope="queue") == []
    assert await listing(client, world, "admin", scope="queue") == [it]


async def test_internal_notes_stay_on_the_owning_side(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    assert (await reply(client, world, tid, "ops_staff", "Vendor says firmware bug.", internal=True)).status_code == 201
    assert (await reply(client, world, tid, "ops_staff", "We are on it.")).status_code == 201

    assert await timeline_kinds(client, world, tid, "ops_staff") == ["created", "internal_note", "reply"]
    assert await timeline_kinds(client, world, tid, "ops_head") == ["created", "internal_note", "reply"]
    for outsider in ("staff_s1", "manager_s1", "hr"):
        assert await timeline_kinds(client, world, tid, outsider) == ["created", "reply"]
    response = await client.get(f"{API}/tickets/{tid}/timeline", headers=world.headers("staff_s1"))
    assert all("firmware" not in (e["body"] or "") for e in response.json()["items"])

    assert_problem(await reply(client, world, tid, "staff_s1", "psst", internal=True), 403, "ticket.not_owner")
    assert_problem(await reply(client, world, tid, "manager_s1", "Any news?"), 403, "ticket.not_a_participant")
    assert_problem(
        await client.get(f"{API}/tickets/{tid}/timeline", headers=world.headers("staff_s2")), 404, "ticket.not_found"
    )


# --- lists -----------------------------------------------------------------------------------------


async def test_scope_mine_lists_my_tickets_newest_first(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    first = (await raise_ticket(client, world, "staff_s1"))["id"]
    clock.advance(timedelta(minutes=1))
    await raise_ticket(client, world, "staff_s2")
    clock.advance(timedelta(minutes=1))
    second = (await raise_ticket(client, world, "staff_s1"))["id"]

    assert await listing(client, world, "staff_s1", scope="mine") == [second, first]
    assert await listing(client, world, "ops_staff", scope="mine") == []
    assert len(await listing(client, world, "ops_staff", scope="queue")) == 3


async def test_the_queue_filters_by_status_and_priority(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    normal = (await raise_ticket(client, world))["id"]
    clock.advance(timedelta(minutes=1))
    high = (await raise_ticket(client, world, priority="high"))["id"]
    clock.advance(timedelta(minutes=1))
    urgent = (await raise_ticket(client, world, "staff_s2", priority="urgent"))["id"]
    await ok(client, world, high, "take", "ops_staff")

    assert await listing(client, world, "ops_head", scope="queue", status="in_progress") == [high]
    assert await listing(client, world, "ops_head", scope="queue", status="open") == [urgent, normal]
    assert await listing(client, world, "ops_head", scope="queue", priority="urgent") == [urgent]
    assert await listing(client, world, "ops_head", scope="queue", priority="high", status="open") == []
    assert await listing(client, world, "ops_head", scope="queue", status="resolved") == []


async def test_the_queue_filters_tickets_at_risk_and_breached(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    old = (await raise_ticket(client, world))["id"]
    clock.advance(timedelta(minutes=60))
    young = (await raise_ticket(client, world))["id"]
    clock.advance(timedelta(minutes=40))  # old at 100 minutes, young at 40
    answered = (await raise_ticket(client, world, "staff_s2"))["id"]
    assert (await reply(client, world, answered, "ops_staff")).status_code == 201

    assert await listing(client, world, "ops_staff", scope="queue", at_risk="true") == [old]
    assert await listing(client, world, "ops_staff", scope="queue", breached="true") == []

    clock.advance(timedelta(minutes=50))  # old at 150 (breached), young at 90 (at risk)
    assert await listing(client, world, "ops_staff", scope="queue", breached="true") == [old]
    assert await listing(client, world, "ops_staff", scope="queue", at_risk="true") == [young]
    assert await listing(client, world, "ops_staff", scope="queue", breached="false") == [answered, young]
    assert await listing(client, world, "ops_staff", scope="queue", at_risk="false", breached="false") == [answered]


async def test_pages_of_two_walk_every_ticket_once(client: httpx.AsyncClient, world: World, clock: ManualClock) -> None:
    await route_everything_to(client, world)
    created = []
    for index in range(5):
        created.append((await raise_ticket(client, world, "staff_s1", title=f"Problem {index}"))["id"])
        if index % 2:  # pairs share a creation instant, so the id breaks ties
            clock.advance(timedelta(minutes=1))

    seen: list[str] = []
    pages: list[int] = []
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"scope": "queue", "limit": 2}
        if cursor is not None:
            params["cursor"] = cursor
        response = await client.get(f"{API}/tickets", params=params, headers=world.headers("ops_staff"))
        assert response.status_code == 200, response.text
        page = response.json()
        seen.extend(t["id"] for t in page["items"])
        pages.append(len(page["items"]))
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert len(pages) < 5

    assert pages == [2, 2, 1]
    assert len(seen) == len(set(seen)) == 5
    assert set(seen) == set(created)
    everything = await listing(client, world, "ops_staff", scope="queue")
    assert seen == everything


# --- notifications ---------------------------------------------------------------------------------


async def test_a_new_ticket_notifies_the_owning_queue(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    for member in ("ops_staff", "ops_head"):
        notices = await inbox(client, world, member, unread_only=True)
        assert about(notices, tid) == ["ticket.created"]
        assert notices[0]["title"] == "New ticket for your team"
        assert notices[0]["body"].startswith("People's Square store: ")
    for other in ("staff_s1", "manager_s1", "hr"):
        assert about(await inbox(client, world, other), tid) == []


async def test_the_requester_hears_of_replies_and_status_changes_but_not_notes(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]

    clock.advance(timedelta(minutes=1))
    assert (await reply(client, world, tid, "ops_staff", "Looking now.")).status_code == 201
    clock.advance(timedelta(minutes=1))
    assert (await reply(client, world, tid, "ops_staff", "Vendor ticket 42.", internal=True)).status_code == 201
    clock.advance(timedelta(minutes=1))
    assert (await move(client, world, tid, "waiting_on_requester")).status_code == 200

    notices = await inbox(client, world, "staff_s1", unread_only=True)
    assert about(notices, tid) == ["ticket.waiting_on_requester", "ticket.replied"]
    assert notices[0]["title"] == "Your answer is needed"
    assert all(n["read_at"] is None for n in notices)


async def test_notifications_are_marked_read_one_by_one_or_all_at_once(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    for status in ("in_progress", "waiting_on_requester", "resolved"):
        clock.advance(timedelta(minutes=1))
        assert (await move(client, world, tid, status)).status_code == 200
    unread = await inbox(client, world, "staff_s1", unread_only=True)
    assert len(unread) == 3

    marked = await client.post(f"{API}/me/notifications/{unread[0]['id']}/read", headers=world.headers("staff_s1"))
    assert marked.status_code == 200, marked.text
    assert marked.json() == {"marked": 1}
    again = await client.post(f"{API}/me/notifications/{unread[0]['id']}/read", headers=world.headers("staff_s1"))
    assert again.json() == {"marked": 0}
    assert [n["id"] for n in await inbox(client, world, "staff_s1", unread_only=True)] == [n["id"] for n in unread[1:]]

    foreign = await client.post(f"{API}/me/notifications/{unread[1]['id']}/read", headers=world.headers("ops_staff"))
    assert_problem(foreign, 404, "notification.not_found")
    missing = await client.post(f"{API}/me/notifications/{uuid.uuid4()}/read", headers=world.headers("staff_s1"))
    assert_problem(missing, 404, "notification.not_found")
    assert len(await inbox(client, world, "staff_s1", unread_only=True)) == 2

    everything = await client.post(f"{API}/me/notifications/read-all", headers=world.headers("staff_s1"))
    assert everything.json() == {"marked": 2}
    assert await inbox(client, world, "staff_s1", unread_only=True) == []
    read = await inbox(client, world, "staff_s1")
    assert len(read) == 3
    assert all(when(n["read_at"]) == clock.now() for n in read)
    assert len(await inbox(client, world, "ops_staff", unread_only=True)) == 1


# --- settings authorization ------------------------------------------------------------------------


async def test_only_administrators_change_routing_and_sla_policies(client: httpx.AsyncClient, world: World) -> None:
    policy = {"first_response_minutes": 30, "resolution_minutes": 600}
    for who in ("hr", "staff_s1", "ops_head"):
        assert_problem(await add_route(client, world, "*", "D-OPS", who=who), 403, "auth.forbidden")
        assert_problem(await set_policies(client, world, policy, who=who), 403, "auth.forbidden")

    rules = await client.get(f"{API}/ticket-routing-rules", headers=world.headers("admin"))
    assert rules.json()["items"] == []
    policies = await client.get(f"{API}/sla-policies", headers=world.headers("admin"))
    assert policies.json()["items"] == []
    assert_problem(await create(client, world), 422, "ticket.no_route")


async def test_a_duplicate_routing_rule_is_a_conflict(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world, "D-OPS")
    await route(client, world, "stock-system", "D-IT", region="R-WEST")

    assert_problem(await add_route(client, world, "*", "D-HR"), 409, "ticket_route.duplicate")
    assert_problem(
        await add_route(client, world, "stock-system", "D-HR", region="R-WEST"), 409, "ticket_route.duplicate"
    )
    await route(client, world, "stock-system", "D-HR")
    await route(client, world, "stock-system", "D-HR", region="R-EAST")
    assert_problem(await add_route(client, world, "*", "D-HR", region="R-EAST"), 422)
    assert_problem(await add_route(client, world, "printer", "S1"), 422, "ticket.invalid_unit")

    rules = (await client.get(f"{API}/ticket-routing-rules", headers=world.headers("staff_s1"))).json()["items"]
    assert len(rules) == 4
    west = await raise_ticket(client, world, "staff_s3", category="stock-system")
    assert west["department_id"] == str(world.units["D-IT"])


async def test_duplicate_sla_policy_pairs_are_refused(client: httpx.AsyncClient, world: World) -> None:
    policy = {"priority": "high", "first_response_minutes": 30, "resolution_minutes": 600}
    assert_problem(await set_policies(client, world, policy, policy), 422)
    assert (await client.get(f"{API}/sla-policies", headers=world.headers("admin"))).json()["items"] == []


async def test_the_department_head_sets_business_hours_but_not_its_members(
    client: httpx.AsyncClient, world: World
) -> None:
    allowed = await set_hours(client, world, "D-OPS", who="ops_head", holidays=["2026-03-09"])
    assert allowed.status_code == 200, allowed.text
    assert allowed.json()["weekly"]["mon"] == [["09:00", "18:00"]]

    assert_problem(await set_hours(client, world, "D-OPS", who="ops_staff"), 403, "auth.forbidden")
    assert_problem(await set_hours(client, world, "D-IT", who="ops_head"), 403, "auth.forbidden")
    backwards = await set_hours(client, world, "D-OPS", who="ops_head", weekly={"mon": [["18:00", "09:00"]]})
    assert_problem(backwards, 422, "ticket.invalid_business_hours")
    assert_problem(await set_hours(client, world, "S1", who="admin"), 422, "ticket.invalid_unit")

    stored = await client.get(f"{API}/departments/{world.units['D-OPS']}/business-hours", headers=world.headers("hr"))
    assert stored.json()["weekly"] == WEEKDAYS
    assert stored.json()["holidays"] == ["2026-03-09"]


async def test_a_department_with_no_opening_hours_does_not_break_raising_tickets(
    client: httpx.AsyncClient, world: World
) -> None:
    await route_everything_to(client, world)
    policy = {"first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    assert (await set_policies(client, world, policy)).status_code == 200
    closed = await set_hours(client, world, "D-OPS", weekly={})

    if closed.status_code == 200:
        assert (await create(client, world)).status_code == 201
    else:
        assert_problem(closed, 422, "ticket.invalid_business_hours")


async def test_a_transferred_business_hours_ticket_keeps_its_clock(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    await route_everything_to(client, world)
    policy = {"first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    assert (await set_policies(client, world, policy)).status_code == 200
    assert (await set_hours(client, world, "D-OPS", holidays=["2026-03-09"])).status_code == 200
    clock.advance(when("2026-03-06T09:00:00Z") - START)  # Friday 17:00 in Shanghai
    tid = (await raise_ticket(client, world))["id"]
    await ok(client, world, tid, "transfer", "ops_staff", {"department_id": str(world.units["D-IT"]), "reason": "IT"})

    clock.advance(when("2026-03-10T01:30:00Z") - clock.now())  # Tuesday 09:30 local, half an hour before due
    first = (await view(client, world, tid, "admin"))["first_response"]

    assert when(first["due_at"]) == when("2026-03-10T02:00:00Z")
    assert (first["elapsed_minutes"], first["at_risk"], first["breached"]) == (90, True, False)


async def test_a_pause_over_the_weekend_reports_only_the_working_time_it_spared(
    client: httpx.AsyncClient, world: World, clock: ManualClock
) -> None:
    """paused_minutes is what the team was not charged: working time inside the pause."""
    await route_everything_to(client, world)
    policy = {"first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    assert (await set_policies(client, world, policy)).status_code == 200
    assert (await set_hours(client, world, "D-OPS")).status_code == 200
    clock.advance(when("2026-03-06T09:00:00Z") - START)  # Friday 17:00 in Shanghai
    ticket = await raise_ticket(client, world)
    clock.advance(timedelta(minutes=30))  # 17:30 Friday
    assert (await move(client, world, ticket["id"], "waiting_on_requester")).status_code == 200
    clock.advance(when("2026-03-10T01:30:00Z") - clock.now())  # Tuesday 09:30 local
    assert (await reply(client, world, ticket["id"], "staff_s1", "Tried that, still jams.")).status_code == 201
    seen = await view(client, world, ticket["id"])
    # 17:30-18:00 Friday and 09:00-09:30 Tuesday (Monday is a working day here): 30 + 540 + 30 minutes.
    assert seen["paused_minutes"] == 600


async def test_taking_a_ticket_tells_the_requester_it_is_in_progress(client: httpx.AsyncClient, world: World) -> None:
    await route_everything_to(client, world)
    ticket = await raise_ticket(client, world)
    taken = await ok(client, world, ticket["id"], "take", "ops_staff")
    assert taken["status"] == "in_progress"
    assert (await timeline_kinds(client, world, ticket["id"], "staff_s1"))[-1] == "status_changed"
    assert "“Receipt printer jams” is being worked on." in [n["body"] for n in await inbox(client, world, "staff_s1")]


# --- races -----------------------------------------------------------------------------------------


async def test_twenty_concurrent_ratings_of_one_ticket_store_exactly_one(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Each rating is its own request, session and connection (on PostgreSQL they overlap for real):
    one wins, the others get 409, and the timeline, the notices and the webhooks say so once."""
    await route_everything_to(client, world)
    tid = (await raise_ticket(client, world))["id"]
    await ok(client, world, tid, "take", "ops_staff")
    await resolve(client, world, tid)

    answers = await asyncio.gather(
        *(act(client, world, tid, "rating", "staff_s1", {"score": 1 + n % 5}) for n in range(20))
    )

    assert sorted(a.status_code for a in answers) == [200] + [409] * 19
    (winner,) = [a.json() for a in answers if a.status_code == 200]
    for loser in (a for a in answers if a.status_code != 200):
        assert_problem(loser, 409, "ticket.already_rated")
    assert (await view(client, world, tid))["rating"] == winner["rating"]
    assert (await timeline_kinds(client, world, tid, "staff_s1")).count("rated") == 1
    assert about(await inbox(client, world, "ops_staff"), tid).count("ticket.rated") == 1
    async with database.session_scope() as session:
        webhooks = await session.scalar(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.topic == "ticket.rated")
        )
    assert webhooks == 1
