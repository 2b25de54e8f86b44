"""Nobody earns from their own request (issue 14, item 1), over the API on both databases.

The requester of a ticket never works it, resolves it, gives its first response or counts as its
responder: the owning department's queue gets it without her. A ticket names a store only where the
requester works that day; head-office staff raise tickets without a store. Both stories from the
issue are replayed, then rows that older code left behind (a ticket its requester handled and
rated herself) are shown to count for nobody in stats, scores and pools.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import httpx
from sqlalchemy import select

from domain.shared.actor import Role
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.api.test_performance_scores import setup_scorecards
from tests.factories import World, assign, deliver_events, hire, insert_ticket
from tests.support import assert_problem

API = "/api/v1"
TICKETS = f"{API}/tickets"
MARCH = {"from": "2026-03-01T00:00:00+08:00", "to": "2026-04-01T00:00:00+08:00"}


async def route(client: httpx.AsyncClient, world: World, category: str, dept: str, region: str | None = None) -> None:
    body: dict[str, Any] = {"category": category, "department_id": str(world.units[dept])}
    if region is not None:
        body["region_id"] = str(world.units[region])
    answer = await client.post(f"{API}/ticket-routing-rules", json=body, headers=world.headers("admin"))
    assert answer.status_code == 201, answer.text


async def create(client: httpx.AsyncClient, world: World, who: str, category: str, **change: Any) -> httpx.Response:
    body = {"category": category, "title": f"{category} problem", "description": "Please help.", **change}
    return await client.post(TICKETS, json=body, headers=world.headers(who))


async def act(
    client: httpx.AsyncClient, world: World, tid: str, action: str, who: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    return await client.post(f"{TICKETS}/{tid}/{action}", json=body, headers=world.headers(who))


async def ok(
    client: httpx.AsyncClient, world: World, tid: str, action: str, who: str, body: dict[str, Any] | None = None
) -> dict[str, Any]:
    answer = await act(client, world, tid, action, who, body)
    assert answer.status_code in (200, 201), answer.text
    result: dict[str, Any] = answer.json()
    return result


async def notices_about(client: httpx.AsyncClient, world: World, who: str, tid: str) -> list[str]:
    await deliver_events(world.app)
    answer = await client.get(f"{API}/me/notifications", headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return [n["kind"] for n in answer.json()["items"] if n["subject_id"] == tid]


async def listing(client: httpx.AsyncClient, world: World, who: str, **params: Any) -> list[str]:
    answer = await client.get(TICKETS, params=params, headers=world.headers(who))
    assert answer.status_code == 200, answer.text
    return [t["id"] for t in answer.json()["items"]]


async def responders(client: httpx.AsyncClient, world: World, dept: str) -> dict[str, Any]:
    """The stats of one department in March, responders by fixture name."""
    answer = await client.get(
        f"{TICKETS}/stats", params={**MARCH, "department": str(world.units[dept])}, headers=world.headers("hr")
    )
    assert answer.status_code == 200, answer.text
    (department,) = answer.json()["departments"]
    names = {str(account): name for name, account in world.accounts.items()}
    department["responders"] = {names[r.pop("account_id")]: r for r in department["responders"]}
    return dict(department)


async def pool_preview(client: httpx.AsyncClient, world: World, scope: str, **change: Any) -> dict[str, Any]:
    hr = world.headers("hr")
    body = {
        "name": f"{scope} March pool",
        "scope_unit_id": str(world.units[scope]),
        "period": "2026-03",
        "currency": "CNY",
        "funding": [{"kind": "fixed", "amount": "2002.00"}],
        **change,
    }
    created = await client.post(f"{API}/pools", json=body, headers=hr)
    assert created.status_code == 201, created.text
    answer = await client.get(f"{API}/pools/{created.json()['id']}/preview", headers=hr)
    assert answer.status_code == 200, answer.text
    preview: dict[str, Any] = answer.json()
    return preview


def sides(preview: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m["employee_no"], m["side"]) for m in preview["members"]}


# --- story 1: the seconded head-office employee --------------------------------------------------


async def test_a_seconded_hq_employee_neither_works_nor_earns_from_her_own_staffing_ticket(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """ops_staff (home: Operations) is seconded to S1 and raises a `staffing` ticket, which is routed
    to her own department. She may not take, acknowledge, move, transfer or first-answer it, nor be
    assigned it; the queue gets it without her; a colleague works it; she rates it; only the
    colleague is its responder, in the stats and in S1's pool."""
    await route(client, world, "*", "D-IT")
    await route(client, world, "staffing", "D-OPS")
    await assign(database, world, "ops_staff", "S1", date(2026, 3, 1), date(2026, 4, 1))

    raised = await create(client, world, "ops_staff", "staffing")
    assert raised.status_code == 201, raised.text
    ticket = raised.json()
    tid = ticket["id"]
    assert (ticket["store_id"], ticket["department_id"]) == (str(world.units["S1"]), str(world.units["D-OPS"]))

    # the queue hears of it, without her
    assert await notices_about(client, world, "ops_head", tid) == ["ticket.created"]
    assert await notices_about(client, world, "region_east", tid) == ["ticket.created"]
    assert await notices_about(client, world, "ops_staff", tid) == []
    assert tid not in await listing(client, world, "ops_staff", scope="queue")
    assert await listing(client, world, "ops_staff", scope="mine") == [tid]
    assert tid in await listing(client, world, "region_east", scope="queue")

    # she works nothing on it
    transfer = {"department_id": str(world.units["D-HR"]), "reason": "HR handles staffing"}
    for action, body in (
        ("take", None),
        ("acknowledge", None),
        ("status", {"status": "in_progress"}),
        ("status", {"status": "resolved"}),
        ("transfer", transfer),
        ("replies", {"body": "Note to self", "internal": True}),
    ):
        refused = await act(client, world, tid, action, "ops_staff", body)
        assert_problem(refused, 403, "ticket.own_request")
    assign_her = await act(
        client, world, tid, "assign", "ops_head", {"assignee_account_id": str(world.accounts["ops_staff"])}
    )
    assert_problem(assign_her, 403, "ticket.own_request")
    # her public reply is the requester's, not a first response
    assert (
        await act(client, world, tid, "replies", "ops_staff", {"body": "Two people short on Saturday."})
    ).status_code == 201
    seen = (await client.get(f"{TICKETS}/{tid}", headers=world.headers("ops_head"))).json()
    assert (seen["status"], seen["assignee_account_id"], seen["first_response"]["met"]) == ("open", None, None)
    # and the owning team's notes stay hidden from her, as from any requester
    await ok(client, world, tid, "replies", "ops_head", {"body": "Ask region east", "internal": True})
    timeline = await client.get(f"{TICKETS}/{tid}/timeline", headers=world.headers("ops_staff"))
    assert "internal_note" not in [e["kind"] for e in timeline.json()["items"]]

    # a colleague works it; she rates it
    await ok(client, world, tid, "take", "region_east")
    await ok(client, world, tid, "status", "region_east", {"status": "resolved"})
    rated = await ok(client, world, tid, "rating", "ops_staff", {"score": 5})
    assert rated["rating"] == 5

    stats = await responders(client, world, "D-OPS")
    assert list(stats["responders"]) == ["region_east"]
    assert stats["responders"]["region_east"]["resolved"] == 1
    preview = await pool_preview(client, world, "S1")
    assert ("E0005", "back_office") not in sides(preview)
    assert ("E0301", "back_office") in sides(preview)
    assert ("E0005", "frontline") in sides(preview)


# --- story 2: the IT employee and the store he does not work at ----------------------------------


async def test_an_it_employee_raises_pos_tickets_without_a_store_and_cannot_handle_them(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """it_staff (home: IT, no store) cannot raise `pos` tickets "for" S1; his tickets have no store,
    are routed by the rules without a region, reach no store manager and no store's pool, and he
    cannot take them."""
    await hire(database, world, "it_staff", "E0401", "D-IT", [(Role.EMPLOYEE, "D-IT")])
    await route(client, world, "*", "D-OPS")
    await route(client, world, "pos", "D-IT")
    await route(client, world, "pos", "D-OPS", region="R-EAST")

    for_s1 = await create(client, world, "it_staff", "pos", store_id=str(world.units["S1"]))
    problem = assert_problem(for_s1, 422, "ticket.store_not_yours")
    assert [e["field"] for e in problem["errors"]] == ["body.store_id"]

    raised = await create(client, world, "it_staff", "pos")
    assert raised.status_code == 201, raised.text
    ticket = raised.json()
    tid = ticket["id"]
    assert (ticket["store_id"], ticket["department_id"]) == (None, str(world.units["D-IT"]))
    assert_problem(await act(client, world, tid, "take", "it_staff"), 403, "ticket.own_request")
    assert await notices_about(client, world, "admin", tid) == ["ticket.created"]

    # no store manager sees it; HR and the requester do, with no store
    for manager in ("manager_s1", "region_east"):
        assert_problem(await client.get(f"{TICKETS}/{tid}", headers=world.headers(manager)), 404, "ticket.not_found")
        assert await listing(client, world, manager, scope="stores") == []
    assert (await client.get(f"{TICKETS}/{tid}", headers=world.headers("hr"))).json()["store_id"] is None
    assert await listing(client, world, "it_staff", scope="mine") == [tid]

    # someone else in IT works it; no store's pool, not even the whole organisation's, counts it
    await ok(client, world, tid, "take", "admin")
    await ok(client, world, tid, "status", "admin", {"status": "resolved"})
    await ok(client, world, tid, "rating", "it_staff", {"score": 5})
    for scope in ("S1", "HQ"):
        preview = await pool_preview(client, world, scope)
        assert {side for _, side in sides(preview)} <= {"frontline"}, preview["members"]

    async with database.session_scope() as session:
        payloads = (await session.scalars(select(OutboxEvent.payload).where(OutboxEvent.topic.like("ticket.%")))).all()
    ours = [p for p in payloads if p["ticket_id"] == tid]
    assert ours and all(p["store_id"] is None for p in ours)


async def test_a_ticket_names_only_a_store_the_requester_works_at_that_day(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Home unit or an assignment in force that day; a unit that is no store is refused as before."""
    await route(client, world, "*", "D-OPS")
    await assign(database, world, "staff_s1", "S2", date(2026, 3, 1), date(2026, 3, 31))

    today = await create(client, world, "staff_s1", "printer")
    assert today.json()["store_id"] == str(world.units["S2"])  # the secondment, by default
    home = await create(client, world, "staff_s1", "printer", store_id=str(world.units["S1"]))
    assert home.json()["store_id"] == str(world.units["S1"])
    elsewhere = await create(client, world, "staff_s1", "printer", store_id=str(world.units["S3"]))
    assert_problem(elsewhere, 422, "ticket.store_not_yours")
    assert_problem(await create(client, world, "staff_s2", "printer", store_id=str(world.units["S1"])), 422)
    assert_problem(
        await create(client, world, "staff_s1", "printer", store_id=str(world.units["R-EAST"])),
        422,
        "ticket.not_a_store",
    )


# --- rows older code left: a ticket its requester handled and rated herself -----------------------


async def test_a_self_handled_ticket_counts_for_nobody_in_stats_scores_and_pools(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await setup_scorecards(client, world)
    resolved = datetime(2026, 3, 3, 2, tzinfo=UTC)
    own: dict[str, Any] = {"requester": "ops_staff", "assignee": "ops_staff", "first_responder": "ops_staff"}
    await insert_ticket(
        database, world, department="D-OPS", store="S1", created_at=resolved, resolved_at=resolved, rating=5, **own
    )
    unrated = await insert_ticket(
        database, world, department="D-OPS", store="S1", created_at=resolved, resolved_at=resolved, **own
    )
    await insert_ticket(
        database,
        world,
        requester="staff_s1",
        assignee="region_east",
        first_responder="region_east",
        department="D-OPS",
        store="S1",
        created_at=resolved,
        resolved_at=resolved,
        rating=3,
    )

    stats = await responders(client, world, "D-OPS")
    assert list(stats["responders"]) == ["region_east"]
    assert (stats["average_rating"], stats["ratings"]) == (3.0, 1)

    for who, expected in (("ops_staff", None), ("region_east", "3")):
        answer = await client.get(
            f"{API}/performance/employees/{world.employees[who]}",
            params={"period": "2026-03"},
            headers=world.headers("hr"),
        )
        assert answer.status_code == 200, answer.text
        lines = {m["metric_code"]: m for part in answer.json()["parts"] for m in part["metrics"]}
        assert lines["frontline_satisfaction"]["value"] == expected, who

    preview = await pool_preview(
        client, world, "S1", conditions=[{"measure": "ticket_satisfaction", "threshold": "50"}]
    )
    assert sides(preview) >= {("E0301", "back_office")}
    assert ("E0005", "back_office") not in sides(preview)
    assert preview["conditions"][0]["value"] == "60"  # 3 of 5 stars: her own 5 is not a rating

    # and she cannot rate the one she handled herself
    assert_problem(
        await act(client, world, str(unrated), "rating", "ops_staff", {"score": 5}), 403, "ticket.own_request"
    )
