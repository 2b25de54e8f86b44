"""Ticket SLA escalations (75% the assignee or the queue, 100% the department head, 150% HR), the
automatic close of resolved tickets after 7 days, and the figures the back office reads."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from domain.notifications.models import Notification
from domain.notifications.queries import as_read
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.tickets.escalation import close_resolved_tickets, escalate_tickets, run_escalations
from domain.tickets.models import TicketEscalation
from tests.conftest import START
from tests.factories import PEOPLE, World, assign, deliver_events, insert_ticket
from tests.support import assert_problem

TICKETS = "/api/v1/tickets"
# Everyone whose home unit is in Operations, plus its head: who a queue notice reaches.
OPS_QUEUE = sorted({name for name, _, home, _, _ in PEOPLE if home == "D-OPS"} | {"ops_head"})

# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
async def route_everything_to_ops(client: httpx.AsyncClient, world: World) -> None:
    """Nothing is routed until an administrator names a default queue: here, Operations."""
    response = await client.post(
        "/api/v1/ticket-routing-rules",
        json={"category": "*", "department_id": str(world.units["D-OPS"])},
        headers=world.headers("admin"),
    )
    assert response.status_code == 201, response.text


async def set_targets(client: httpx.AsyncClient, world: World, first_response: int, resolution: int) -> None:
    """One SLA policy for every ticket, on wall-clock time."""
    response = await client.put(
        "/api/v1/sla-policies",
        json={"policies": [{"first_response_minutes": first_response, "resolution_minutes": resolution}]},
        headers=world.headers("admin"),
    )
    assert response.status_code == 200, response.text


async def raise_ticket(
    client: httpx.AsyncClient, world: World, title: str = "Till 3 will not print", who: str = "staff_s1"
) -> str:
    response = await client.post(
        TICKETS,
        json={"category": "equipment", "title": title, "description": "The receipt printer jams on every sale."},
        headers=world.headers(who),
    )
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


async def act(client: httpx.AsyncClient, world: World, who: str, path: str, body: Any = None) -> dict[str, Any]:
    response = await client.post(f"{TICKETS}/{path}", json=body, headers=world.headers(who))
    assert response.status_code in (200, 201), response.text
    result: dict[str, Any] = response.json()
    return result


async def read_ticket(client: httpx.AsyncClient, world: World, ticket: str, who: str = "staff_s1") -> dict[str, Any]:
    response = await client.get(f"{TICKETS}/{ticket}", headers=world.headers(who))
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def at_minutes(clock: ManualClock, minutes: float) -> None:
    """Sets the clock to `minutes` after the start (when the tests raise their tickets)."""
    clock.set(START + timedelta(minutes=minutes))


async def escalated_to(database: Database, world: World) -> dict[str, list[str]]:
    """Escalation notices per person (by fixture name), messages sorted: who heard what."""
    names = {account: name for name, account in world.accounts.items()}
    await deliver_events(world.app)
    async with database.session_scope() as session:
        rows = await session.scalars(select(Notification).where(Notification.kind == "ticket.escalated"))
        heard: dict[str, list[str]] = {}
        for row in rows:
            heard.setdefault(names[row.account_id], []).append(as_read(row, "en").body)
    return {name: sorted(messages) for name, messages in sorted(heard.items())}


async def escalation_rows(database: Database) -> Counter[tuple[uuid.UUID, str, int, int]]:
    async with database.session_scope() as session:
        rows = await session.execute(
            select(TicketEscalation.ticket_id, TicketEscalation.clock, TicketEscalation.level, TicketEscalation.round)
        )
        return Counter((ticket_id, clock_name, level, round_) for ticket_id, clock_name, level, round_ in rows)


async def looked(database: Database, clock: ManualClock) -> tuple[int, int]:
    """One pass: (tickets it read, escalations it made)."""
    done = await run_escalations(database, clock)
    return done.examined, done.escalated


def notice(title: str, clock_name: str, level: int) -> str:
    return f"“{title}”: the {clock_name} clock is at {level}% of its target."


# --- levels and audiences ------------------------------------------------------------------------


async def test_the_queue_hears_at_75_percent_of_the_first_response_target_and_only_once(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await raise_ticket(client, world)  # default targets: 120 minutes to a first response, 24 hours to resolve

    at_minutes(clock, 89)
    assert await escalate_tickets(database, clock) == 0
    assert await escalated_to(database, world) == {}

    at_minutes(clock, 90)
    assert await escalate_tickets(database, clock) == 1
    warned = {name: [notice("Till 3 will not print", "first response", 75)] for name in OPS_QUEUE}
    assert await escalated_to(database, world) == warned
    assert {"ops_staff", "ops_head"} <= warned.keys()

    at_minutes(clock, 91)
    assert await escalate_tickets(database, clock) == 0
    assert await escalated_to(database, world) == warned

    await deliver_events(world.app)
    mine = await client.get("/api/v1/me/notifications", headers=world.headers("ops_staff"))
    assert [n["kind"] for n in mine.json()["items"]].count("ticket.escalated") == 1


async def test_the_department_head_hears_at_100_percent_and_hr_at_150_percent(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await raise_ticket(client, world)
    title = "Till 3 will not print"

    at_minutes(clock, 119)
    assert await escalate_tickets(database, clock) == 1  # the 75% warning only
    at_minutes(clock, 120)
    assert await escalate_tickets(database, clock) == 1
    heard = await escalated_to(database, world)
    assert heard["ops_head"] == [notice(title, "first response", 100), notice(title, "first response", 75)]
    assert heard["ops_staff"] == [notice(title, "first response", 75)]
    assert "hr" not in heard

    at_minutes(clock, 179)
    assert await escalate_tickets(database, clock) == 0
    at_minutes(clock, 180)
    assert await escalate_tickets(database, clock) == 1
    heard = await escalated_to(database, world)
    assert heard["hr"] == [notice(title, "first response", 150)]
    assert len(heard["ops_head"]) == 2
    assert "staff_s1" not in heard and "admin" not in heard


async def test_a_requester_in_the_owning_team_hears_no_escalation_of_her_own_ticket(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """The head of Operations, seconded to S1, raises a ticket her own department owns: the queue is
    warned without her, the 100% notice has no head left to reach, and HR still hears at 150%. Her
    old self-assigned tickets (rows older code allowed) stay silent for her too."""
    await assign(database, world, "ops_head", "S1", date(2026, 3, 1), date(2026, 4, 1))
    await raise_ticket(client, world, who="ops_head")
    legacy = await insert_ticket(
        database, world, requester="ops_staff", assignee="ops_staff", department="D-OPS", store="S1", created_at=START
    )

    at_minutes(clock, 180)
    assert await escalate_tickets(database, clock) == 6  # 75, 100 and 150% of each first response
    heard = await escalated_to(database, world)
    own, other = "Till 3 will not print", "Printer jams"
    # each requester hears only of the other's ticket; the self-assigned one warns the queue instead
    assert heard["ops_head"] == sorted([notice(other, "first response", 75), notice(other, "first response", 100)])
    assert heard["ops_staff"] == [notice(own, "first response", 75)]
    assert heard["leader"] == sorted([notice(own, "first response", 75), notice(other, "first response", 75)])
    assert heard["hr"] == sorted([notice(own, "first response", 150), notice(other, "first response", 150)])
    async with database.session_scope() as session:
        to_requester = await session.scalar(
            select(Notification.id).where(
                Notification.subject_id == str(legacy), Notification.account_id == world.accounts["ops_staff"]
            )
        )
    assert to_requester is None


async def test_an_assignee_gets_the_75_percent_warning_instead_of_the_whole_queue(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 5)
    taken = await act(client, world, "ops_staff", f"{ticket}/take")
    assert taken["assignee_account_id"] == str(world.accounts["ops_staff"])
    assert taken["first_response"]["met"] is None, "taking a ticket is not an answer"

    at_minutes(clock, 90)
    assert await escalate_tickets(database, clock) == 1

    assert await escalated_to(database, world) == {"ops_staff": [notice("Till 3 will not print", "first response", 75)]}


async def test_an_answered_ticket_stops_its_first_response_escalations(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 60)
    await act(client, world, "ops_staff", f"{ticket}/replies", {"body": "We are sending a technician."})

    at_minutes(clock, 200)
    assert await escalate_tickets(database, clock) == 0
    assert await escalated_to(database, world) == {}


async def test_a_ticket_waiting_on_its_requester_does_not_escalate_its_resolution_clock(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await set_targets(client, world, first_response=120, resolution=240)
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 10)
    await act(client, world, "ops_staff", f"{ticket}/acknowledge")
    at_minutes(clock, 60)
    await act(client, world, "ops_staff", f"{ticket}/status", {"status": "waiting_on_requester"})

    at_minutes(clock, 60 + 600)  # ten hours waiting: far past the 4-hour target on the wall clock
    assert await escalate_tickets(database, clock) == 0
    assert await escalated_to(database, world) == {}
    waiting = await read_ticket(client, world, ticket)
    assert waiting["resolution"]["paused"] is True
    assert waiting["resolution"]["breached"] is False

    await act(client, world, "staff_s1", f"{ticket}/replies", {"body": "It is the model TX-80."})
    resumed = await read_ticket(client, world, ticket)
    assert resumed["status"] == "in_progress"
    assert resumed["resolution"]["elapsed_minutes"] == 60
    assert resumed["paused_minutes"] == 600

    at_minutes(clock, 660 + 119)  # 179 minutes of working time: not yet 75%
    assert await escalate_tickets(database, clock) == 0
    at_minutes(clock, 660 + 120)  # 180 minutes: 75% of 240
    assert await escalate_tickets(database, clock) == 1
    assert (await escalated_to(database, world))["ops_staff"] == [notice("Till 3 will not print", "resolution", 75)]


async def test_after_a_reopen_the_resolution_escalations_happen_again(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await set_targets(client, world, first_response=120, resolution=240)
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 10)
    await act(client, world, "ops_staff", f"{ticket}/acknowledge")
    at_minutes(clock, 180)
    assert await escalate_tickets(database, clock) == 1
    at_minutes(clock, 200)
    await act(client, world, "ops_staff", f"{ticket}/status", {"status": "resolved"})
    at_minutes(clock, 220)
    reopened = await act(client, world, "staff_s1", f"{ticket}/reopen", {"reason": "It jams again."})
    assert reopened["reopen_count"] == 1

    at_minutes(clock, 220 + 179)
    assert await escalate_tickets(database, clock) == 0
    at_minutes(clock, 220 + 180)
    assert await escalate_tickets(database, clock) == 1
    at_minutes(clock, 220 + 240)
    assert await escalate_tickets(database, clock) == 1

    ticket_id = uuid.UUID(ticket)
    assert await escalation_rows(database) == Counter(
        {(ticket_id, "resolution", 75, 0): 1, (ticket_id, "resolution", 75, 1): 1, (ticket_id, "resolution", 100, 1): 1}
    )
    heard = await escalated_to(database, world)
    assert heard["ops_staff"] == [notice("Till 3 will not print", "resolution", 75)] * 2
    assert notice("Till 3 will not print", "resolution", 100) in heard["ops_head"]


async def test_a_reopen_does_not_repeat_first_response_escalations(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 180)
    assert await escalate_tickets(database, clock) == 3  # 75, 100 and 150% of the first response
    at_minutes(clock, 181)
    resolved = await act(client, world, "ops_staff", f"{ticket}/status", {"status": "resolved"})
    # Resolving answers the requester: it stops the first-response clock, here too late.
    assert resolved["first_response"]["met"] is False
    at_minutes(clock, 200)
    await act(client, world, "staff_s1", f"{ticket}/reopen", {"reason": "Still broken."})

    at_minutes(clock, 201)
    assert await escalate_tickets(database, clock) == 0
    assert (await escalated_to(database, world))["hr"] == [notice("Till 3 will not print", "first response", 150)]


async def test_two_workers_at_once_escalate_each_ticket_exactly_once(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    titles = [f"Problem {number}" for number in range(4)]
    tickets = [uuid.UUID(await raise_ticket(client, world, title)) for title in titles]

    at_minutes(clock, 180)
    first_pass = await asyncio.gather(escalate_tickets(database, clock), escalate_tickets(database, clock))
    second_pass = await asyncio.gather(escalate_tickets(database, clock), escalate_tickets(database, clock))

    assert sum(first_pass) == 12  # 4 tickets x 3 levels, split between the workers however they raced
    assert list(second_pass) == [0, 0]
    assert await escalation_rows(database) == Counter(
        {(t, "first_response", level, 0): 1 for t in tickets for level in (75, 100, 150)}
    )
    heard = await escalated_to(database, world)
    assert heard["hr"] == sorted(notice(title, "first response", 150) for title in titles)
    assert heard["ops_staff"] == sorted(notice(title, "first response", 75) for title in titles)
    assert len(heard["ops_head"]) == 8  # 75% as a queue member and 100% as the head, per ticket


# --- cost: a pass reads the tickets falling due, not every active ticket -------------------------


async def test_a_pass_looks_only_at_tickets_whose_next_level_has_come(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    early = [await raise_ticket(client, world, f"Early {number}") for number in range(3)]
    at_minutes(clock, 30)
    late = [await raise_ticket(client, world, f"Late {number}") for number in range(5)]

    # new tickets are looked at once, to learn when their first level comes (75% of 2 h: 90 minutes)
    assert await looked(database, clock) == (8, 0)
    assert await looked(database, clock) == (0, 0)
    at_minutes(clock, 89)
    assert await looked(database, clock) == (0, 0)
    at_minutes(clock, 90)
    assert await looked(database, clock) == (len(early), len(early))
    at_minutes(clock, 100)
    assert await looked(database, clock) == (0, 0)
    at_minutes(clock, 120)
    assert await looked(database, clock) == (len(early) + len(late), len(early) + len(late))

    # an answer stops the first-response clock: the ticket waits for its resolution clock's 75%
    await act(client, world, "ops_staff", f"{early[0]}/replies", {"body": "On our way."})
    assert await looked(database, clock) == (1, 0)
    assert await looked(database, clock) == (0, 0)


async def test_a_paused_ticket_leaves_the_queue_until_it_resumes(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    await set_targets(client, world, first_response=120, resolution=240)
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 10)
    await act(client, world, "ops_staff", f"{ticket}/acknowledge")
    await act(client, world, "ops_staff", f"{ticket}/status", {"status": "waiting_on_requester"})
    assert await looked(database, clock) == (1, 0)

    at_minutes(clock, 10_000)  # nothing runs while it waits: no pass looks at it
    assert await looked(database, clock) == (0, 0)

    await act(client, world, "staff_s1", f"{ticket}/replies", {"body": "It is the model TX-80."})
    assert await looked(database, clock) == (1, 0)
    at_minutes(clock, 10_000 + 170)  # 10 + 170 = 180 working minutes: 75% of 240
    assert await looked(database, clock) == (1, 1)


async def test_new_business_hours_bring_a_ticket_s_next_level_forward(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    """Friday 17:00 in Shanghai, office hours Monday to Friday: 75% of 2 h comes on Monday. Opening on
    Saturdays too brings it to Saturday morning; a pass then must not wait for Monday."""
    policy = {"first_response_minutes": 120, "resolution_minutes": 600, "business_hours": True}
    response = await client.put("/api/v1/sla-policies", json={"policies": [policy]}, headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    hours_path = f"/api/v1/departments/{world.units['D-OPS']}/business-hours"
    weekdays = {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
    response = await client.put(hours_path, json={"weekly": weekdays, "holidays": []}, headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    friday_five_pm = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)
    clock.set(friday_five_pm)
    await raise_ticket(client, world)
    assert await looked(database, clock) == (1, 0)

    six_days = {**weekdays, "sat": [["09:00", "18:00"]]}
    response = await client.put(hours_path, json={"weekly": six_days, "holidays": []}, headers=world.headers("admin"))
    assert response.status_code == 200, response.text
    clock.set(friday_five_pm + timedelta(hours=16, minutes=30))  # Saturday 09:30: 90 working minutes
    assert await looked(database, clock) == (1, 1)


@pytest.mark.postgres_only
async def test_two_workers_read_disjoint_tickets(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("SKIP LOCKED is PostgreSQL's; SQLite writes one transaction at a time")
    for number in range(30):
        await raise_ticket(client, world, f"Problem {number}")
    assert (await run_escalations(database, clock)).examined == 30
    at_minutes(clock, 180)

    passes = await asyncio.gather(*(run_escalations(database, clock, batch=4) for _ in range(2)))

    # every ticket read by exactly one worker (SKIP LOCKED), each escalated at its three levels once
    assert sum(one.examined for one in passes) == 30
    assert sum(one.escalated for one in passes) == 90
    assert all(one.examined > 0 for one in passes)
    assert sum((await escalation_rows(database)).values()) == 90


async def test_escalations_are_internal_events_seen_by_the_owning_side_only(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    ticket = await raise_ticket(client, world)
    at_minutes(clock, 120)
    assert await escalate_tickets(database, clock) == 2

    def escalations(response: httpx.Response) -> list[tuple[bool, str, int]]:
        assert response.status_code == 200, response.text
        return [
            (e["internal"], e["data"]["clock_name"], e["data"]["level"])
            for e in response.json()["items"]
            if e["kind"] == "escalated"
        ]

    for owner in ("ops_staff", "ops_head"):
        timeline = await client.get(f"{TICKETS}/{ticket}/timeline", headers=world.headers(owner))
        assert escalations(timeline) == [(True, "first_response", 75), (True, "first_response", 100)]
    for outsider in ("staff_s1", "manager_s1"):
        timeline = await client.get(f"{TICKETS}/{ticket}/timeline", headers=world.headers(outsider))
        assert escalations(timeline) == []
        assert [e["kind"] for e in timeline.json()["items"]] == ["created"]


# --- closing resolved tickets --------------------------------------------------------------------


async def test_resolved_tickets_close_after_seven_days_and_not_before(
    client: httpx.AsyncClient, world: World, database: Database, clock: ManualClock
):
    old = await raise_ticket(client, world, "Old problem")
    await act(client, world, "ops_staff", f"{old}/status", {"status": "resolved"})
    clock.advance(timedelta(days=1))
    recent = await raise_ticket(client, world, "Recent problem")
    await act(client, world, "ops_staff", f"{recent}/status", {"status": "resolved"})

    clock.advance(timedelta(days=6, minutes=1))  # old: 7 days and a minute ago; recent: 6 days ago
    assert await close_resolved_tickets(database, clock) == 1

    closed = await read_ticket(client, world, old)
    assert closed["status"] == "closed"
    assert datetime.fromisoformat(closed["closed_at"]) == clock.now()
    still = await read_ticket(client, world, recent)
    assert still["status"] == "resolved"
    assert still["closed_at"] is None
    assert await close_resolved_tickets(database, clock) == 0
    reopened = await client.post(
        f"{TICKETS}/{recent}/reopen", json={"reason": "Back again."}, headers=world.headers("staff_s1")
    )
    assert reopened.status_code == 200, reopened.text


# --- figures -------------------------------------------------------------------------------------


def period(days: int = 1) -> dict[str, str]:
    return {"from": (START - timedelta(hours=1)).isoformat(), "to": (START + timedelta(days=days)).isoformat()}


async def test_stats_report_compliance_medians_pauses_ratings_and_responders(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    in_time = await raise_ticket(client, world, "Answered in time")
    late = await raise_ticket(client, world, "Answered late")
    rated = await raise_ticket(client, world, "Resolved and rated")
    paused = await raise_ticket(client, world, "Waited on the store")

    at_minutes(clock, 30)
    await act(client, world, "ops_staff", f"{in_time}/replies", {"body": "Looking into it."})
    at_minutes(clock, 60)
    await act(client, world, "ops_staff", f"{rated}/acknowledge")
    at_minutes(clock, 90)
    await act(client, world, "ops_head", f"{paused}/acknowledge")
    await act(client, world, "ops_head", f"{paused}/status", {"status": "waiting_on_requester"})
    at_minutes(clock, 150)
    await act(client, world, "ops_head", f"{late}/acknowledge")
    await act(client, world, "staff_s1", f"{paused}/replies", {"body": "Here is the photo you asked for."})
    at_minutes(clock, 300)
    await act(client, world, "ops_staff", f"{rated}/status", {"status": "resolved"})
    await act(client, world, "staff_s1", f"{rated}/rating", {"score": 4})

    response = await client.get(f"{TICKETS}/stats", params=period(), headers=world.headers("hr"))

    assert response.status_code == 200, response.text
    [ops] = response.json()["departments"]
    assert (ops["department_id"], ops["department_name"]) == (str(world.units["D-OPS"]), "Operations")
    assert ops["tickets"] == 4
    assert ops["first_response_compliance"] == 0.75  # 30, 60 and 90 minutes met; 150 late
    assert ops["median_first_response_minutes"] == 75.0
    assert ops["resolution_compliance"] == 1.0
    assert ops["paused_minutes"] == 60
    assert ops["average_rating"] == 4.0
    assert ops["ratings"] == 1
    responders = {r["account_id"]: r for r in ops["responders"]}
    assert responders == {
        str(world.accounts["ops_staff"]): {
            "account_id": str(world.accounts["ops_staff"]),
            "full_name": "Ops Staff",
            "first_responses": 2,
            "first_response_met": 2,
            "resolved": 1,
            "average_rating": 4.0,
        },
        str(world.accounts["ops_head"]): {
            "account_id": str(world.accounts["ops_head"]),
            "full_name": "Ops Head",
            "first_responses": 2,
            "first_response_met": 1,
            "resolved": 0,
            "average_rating": None,
        },
    }


async def test_stats_count_only_tickets_created_in_the_period(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    await raise_ticket(client, world, "Monday")
    clock.advance(timedelta(days=2))
    await raise_ticket(client, world, "Wednesday")

    monday = await client.get(f"{TICKETS}/stats", params=period(days=1), headers=world.headers("hr"))
    both = await client.get(f"{TICKETS}/stats", params=period(days=3), headers=world.headers("hr"))

    assert [d["tickets"] for d in monday.json()["departments"]] == [1]
    assert [d["tickets"] for d in both.json()["departments"]] == [2]


async def test_stats_are_for_hr_and_a_department_head_reading_their_own(client: httpx.AsyncClient, world: World):
    await raise_ticket(client, world)
    ops = str(world.units["D-OPS"])

    own = await client.get(
        f"{TICKETS}/stats", params={**period(), "department": ops}, headers=world.headers("ops_head")
    )
    everything = await client.get(f"{TICKETS}/stats", params=period(), headers=world.headers("ops_head"))
    other = await client.get(
        f"{TICKETS}/stats",
        params={**period(), "department": str(world.units["D-HR"])},
        headers=world.headers("ops_head"),
    )
    staff = await client.get(
        f"{TICKETS}/stats", params={**period(), "department": ops}, headers=world.headers("staff_s1")
    )
    ops_member = await client.get(
        f"{TICKETS}/stats", params={**period(), "department": ops}, headers=world.headers("ops_staff")
    )

    assert own.status_code == 200, own.text
    assert [d["department_id"] for d in own.json()["departments"]] == [ops]
    assert_problem(everything, 403)
    assert_problem(other, 403)
    assert_problem(staff, 403)
    assert_problem(ops_member, 403)


async def test_stats_refuse_a_period_that_ends_before_it_starts(client: httpx.AsyncClient, world: World):
    backwards = {"from": (START + timedelta(days=1)).isoformat(), "to": START.isoformat()}

    response = await client.get(f"{TICKETS}/stats", params=backwards, headers=world.headers("hr"))

    body = assert_problem(response, 422, "validation.invalid_range")
    assert [e["field"] for e in body["errors"]] == ["query.to"]
