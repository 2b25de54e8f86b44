"""Transfers and secondments: requests, the approval chain step by step, amendments, chains and figures."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from domain.shared.actor import Grant, Role
from domain.shared.clock import ManualClock
from domain.shared.db import Database
from domain.shared.outbox import OutboxEvent
from tests.api.test_sync import settle
from tests.factories import World
from tests.support import assert_problem

DEFAULT_CHAIN = [
    ("Department review", "home_department"),
    ("HR approval", "hr"),
    ("Leader sign-off", "leader_over_destination"),
]


def at(day: str, time: str = "09:00") -> datetime:
    """A moment in the organisation's time zone (Asia/Shanghai)."""
    return datetime.fromisoformat(f"{day}T{time}:00+08:00")


def slug(response: httpx.Response) -> str:
    return str(response.json()["type"]).removeprefix("/problems/")


def fields(response: httpx.Response) -> list[str]:
    return [e["field"] for e in response.json().get("errors") or []]


def terms(
    world: World,
    kind: str = "secondment",
    dest: str | None = "S1",
    start: str | None = "2026-03-10",
    end: str | None = "2026-03-20",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {"kind": kind, "reason": "Cover the spring relaunch", **extra}
    if dest is not None:
        body["destination_unit_id"] = str(world.units[dest])
    if start is not None:
        body["start_date"] = start
    if end is not None:
        body["end_date"] = end
    return body


async def post(client: httpx.AsyncClient, world: World, who: str, body: dict[str, Any]) -> httpx.Response:
    return await client.post("/api/v1/transfers", json=body, headers=world.headers(who))


async def submit(client: httpx.AsyncClient, world: World, who: str = "ops_staff", **change: Any) -> dict[str, Any]:
    response = await post(client, world, who, terms(world, **change))
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def decide(
    client: httpx.AsyncClient,
    world: World,
    tid: str,
    who: str,
    step: int,
    decision: str = "approve",
    comment: str | None = None,
) -> httpx.Response:
    body: dict[str, Any] = {"step": step, "decision": decision}
    if comment is not None:
        body["comment"] = comment
    return await client.post(f"/api/v1/transfers/{tid}/steps/current/decision", json=body, headers=world.headers(who))


async def approve(
    client: httpx.AsyncClient, world: World, tid: str, who: str, step: int, comment: str | None = None
) -> dict[str, Any]:
    response = await decide(client, world, tid, who, step, "approve", comment)
    assert response.status_code == 200, response.text
    decided: dict[str, Any] = response.json()
    return decided


async def approve_chain(client: httpx.AsyncClient, world: World, tid: str) -> dict[str, Any]:
    """Walks the default chain: the home department head, HR, then the leader."""
    for step, who in enumerate(["ops_head", "hr", "leader"]):
        final = await approve(client, world, tid, who, step)
    assert final["status"] == "approved"
    return final


async def view(client: httpx.AsyncClient, world: World, tid: str, who: str = "ops_staff") -> dict[str, Any]:
    response = await client.get(f"/api/v1/transfers/{tid}", headers=world.headers(who))
    assert response.status_code == 200, response.text
    seen: dict[str, Any] = response.json()
    return seen


async def inbox(client: httpx.AsyncClient, world: World, who: str) -> list[str]:
    response = await client.get("/api/v1/approvals/inbox", headers=world.headers(who))
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


async def assignments(
    client: httpx.AsyncClient, world: World, name: str, on: str | None = None, who: str = "hr"
) -> httpx.Response:
    params = {"on": on} if on else {}
    return await client.get(
        f"/api/v1/employees/{world.employees[name]}/assignments", params=params, headers=world.headers(who)
    )


def decider_accounts(transfer: dict[str, Any]) -> set[str]:
    return {person["account_id"] for person in transfer["current"]["deciders"]}


# --- the default chain ----------------------------------------------------------------------------


async def test_a_secondment_walks_the_default_chain_to_an_assignment(
    client: httpx.AsyncClient, world: World, clock: ManualClock, database: Database
):
    submitted_at = clock.now()
    created = await submit(client, world)
    tid = created["id"]
    assert created["status"] == "in_review"
    assert [(s["name"], s["approver"]) for s in created["steps"]] == DEFAULT_CHAIN
    assert [s["state"] for s in created["steps"]] == ["current", "pending", "pending"]
    assert created["current"]["position"] == 0 and created["current"]["waited_minutes"] == 0
    assert decider_accounts(created) == {str(world.accounts["ops_head"])}

    clock.advance(timedelta(minutes=10))
    later = await submit(client, world, who="region_east", dest="S3")  # also waits on ops_head, but less long
    assert await inbox(client, world, "ops_head") == [tid, later["id"]]
    assert await inbox(client, world, "hr") == []

    clock.advance(timedelta(minutes=20))
    assert (await view(client, world, tid))["current"]["waited_minutes"] == 30
    clock.advance(timedelta(minutes=45))
    assert (await view(client, world, tid))["current"]["waited_minutes"] == 75

    step0_at = clock.now()
    after_dept = await approve(client, world, tid, "ops_head", 0, comment="Fine by operations")
    assert after_dept["status"] == "in_review" and after_dept["current"]["position"] == 1
    assert after_dept["current"]["name"] == "HR approval" and after_dept["current"]["waited_minutes"] == 0
    assert decider_accounts(after_dept) == {str(world.accounts["hr"])}
    assert await inbox(client, world, "ops_head") == [later["id"]]
    assert await inbox(client, world, "hr") == [tid]

    clock.advance(timedelta(hours=2))
    step1_at = clock.now()
    after_hr = await approve(client, world, tid, "hr", 1)
    assert after_hr["current"]["position"] == 2
    assert decider_accounts(after_hr) == {str(world.accounts["leader"])}
    assert tid not in await inbox(client, world, "hr")
    assert await inbox(client, world, "leader") == [tid]
    assert (await assignments(client, world, "ops_staff")).json()["assignments"] == []

    clock.advance(timedelta(days=1))
    step2_at = clock.now()
    await approve(client, world, tid, "leader", 2, comment="Go")
    assert await inbox(client, world, "leader") == []

    final = await view(client, world, tid)
    assert final["status"] == "approved" and final["current"] is None
    assert [s["state"] for s in final["steps"]] == ["approved", "approved", "approved"]
    assert datetime.fromisoformat(final["decided_at"]) == step2_at
    trail = [
        (e["action"], e["step"], e["step_name"], e["actor_account_id"], e["comment"], e["occurred_at"])
        for e in final["trail"]
    ]
    account = {name: str(world.accounts[name]) for name in ("ops_staff", "ops_head", "hr", "leader")}
    assert [row[:5] for row in trail] == [
        ("submitted", None, None, account["ops_staff"], None),
        ("approved", 0, "Department review", account["ops_head"], "Fine by operations"),
        ("approved", 1, "HR approval", account["hr"], None),
        ("approved", 2, "Leader sign-off", account["leader"], "Go"),
    ]
    assert [datetime.fromisoformat(row[5]) for row in trail] == [submitted_at, step0_at, step1_at, step2_at]

    placed = (await assignments(client, world, "ops_staff")).json()["assignments"]
    assert [(a["unit_id"], a["kind"], a["valid_from"], a["valid_to"], a["transfer_id"]) for a in placed] == [
        (str(world.units["S1"]), "secondment", "2026-03-10", "2026-03-21", tid)
    ]

    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "transfer", "entity_id": tid}, headers=world.headers("hr")
    )
    assert audit.status_code == 200, audit.text
    actions = [entry["action"] for entry in audit.json()["items"]]
    assert actions.count("transfer.submitted") == 1 and actions.count("transfer.approved") == 3
    async with database.sessionmaker() as session:
        topics = [
            e.topic
            for e in (await session.scalars(select(OutboxEvent).order_by(OutboxEvent.id))).all()
            if e.payload.get("transfer_id") == tid
        ]
    assert topics == ["transfer.submitted", *["transfer.decided"] * 3, "transfer.approved"]


async def test_hr_returns_a_request_the_requester_edits_and_resubmits_it_to_the_same_step(
    client: httpx.AsyncClient, world: World
):
    tid = (await submit(client, world))["id"]
    await approve(client, world, tid, "ops_head", 0)

    for decision in ("return", "reject"):
        silent = await decide(client, world, tid, "hr", 1, decision)
        assert silent.status_code == 422, silent.text
        assert fields(silent) == ["body.comment"]
    blank = await decide(client, world, tid, "hr", 1, "return", comment="   ")
    assert blank.status_code == 422 and fields(blank) == ["body.comment"]

    returned = await decide(client, world, tid, "hr", 1, "return", comment="Ten days at most, please")
    assert returned.status_code == 200, returned.text
    assert returned.json()["status"] == "returned" and returned.json()["current"] is None
    assert [s["state"] for s in returned.json()["steps"]] == ["approved", "returned", "pending"]
    assert tid not in await inbox(client, world, "hr")

    edited = await client.patch(
        f"/api/v1/transfers/{tid}", json={"end_date": "2026-03-19"}, headers=world.headers("ops_staff")
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["end_date"] == "2026-03-19" and edited.json()["status"] == "returned"

    resubmitted = await client.post(
        f"/api/v1/transfers/{tid}/resubmit", json={"comment": "Shortened"}, headers=world.headers("ops_staff")
    )
    assert resubmitted.status_code == 200, resubmitted.text
    back = resubmitted.json()
    assert back["status"] == "in_review" and back["current"]["position"] == 1
    assert await inbox(client, world, "hr") == [tid]
    assert await inbox(client, world, "ops_head") == []
    assert [(e["action"], e["step"], e["comment"]) for e in back["trail"]] == [
        ("submitted", None, None),
        ("approved", 0, None),
        ("returned", 1, "Ten days at most, please"),
        ("edited", None, None),
        ("resubmitted", 1, "Shortened"),
    ]

    await approve(client, world, tid, "hr", 1)
    await approve(client, world, tid, "leader", 2)
    placed = (await assignments(client, world, "ops_staff")).json()["assignments"]
    assert [a["valid_to"] for a in placed] == ["2026-03-20"]  # the edited last day, 19 March, inclusive


async def test_only_a_returned_request_can_be_edited_or_resubmitted(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    edit = await client.patch(
        f"/api/v1/transfers/{tid}", json={"end_date": "2026-03-19"}, headers=world.headers("ops_staff")
    )
    assert edit.status_code == 409 and slug(edit) == "transfer.invalid_state"
    again = await client.post(f"/api/v1/transfers/{tid}/resubmit", json={}, headers=world.headers("ops_staff"))
    assert again.status_code == 409 and slug(again) == "transfer.invalid_state"
    assert (await view(client, world, tid))["end_date"] == "2026-03-20"


async def test_a_returned_extension_can_be_edited_and_resubmitted(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    tid = (await submit(client, world))["id"]
    await approve_chain(client, world, tid)
    clock.set(at("2026-03-12"))
    body = {"kind": "extension", "amends_transfer_id": tid, "end_date": "2026-03-25", "reason": "More time"}
    extension = await post(client, world, "ops_staff", body)
    assert extension.status_code == 201, extension.text
    eid = extension.json()["id"]
    await approve(client, world, eid, "ops_head", 0)
    returned = await decide(client, world, eid, "hr", 1, "return", comment="Until the 23rd at most")
    assert returned.status_code == 200, returned.text

    edited = await client.patch(
        f"/api/v1/transfers/{eid}", json={"end_date": "2026-03-23"}, headers=world.headers("ops_staff")
    )
    assert edited.status_code == 200, edited.text
    assert edited.json()["end_date"] == "2026-03-23"
    resubmitted = await client.post(f"/api/v1/transfers/{eid}/resubmit", json={}, headers=world.headers("ops_staff"))
    assert resubmitted.status_code == 200 and resubmitted.json()["current"]["position"] == 1
    await approve(client, world, eid, "hr", 1)
    await approve(client, world, eid, "leader", 2)
    placed = (await assignments(client, world, "ops_staff")).json()["assignments"]
    assert [(a["transfer_id"], a["valid_to"]) for a in placed] == [(tid, "2026-03-24")]


async def test_a_rejection_ends_the_request(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    rejected = await decide(client, world, tid, "ops_head", 0, "reject", comment="We need you in March")
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "rejected" and rejected.json()["current"] is None
    assert rejected.json()["steps"][0]["state"] == "rejected"
    assert rejected.json()["decided_at"] is not None

    for who, step in (("ops_head", 0), ("hr", 1)):
        late = await decide(client, world, tid, who, step)
        assert late.status_code == 409 and slug(late) == "transfer.not_awaiting_decision"
    assert await inbox(client, world, "hr") == []
    assert (await assignments(client, world, "ops_staff")).json()["assignments"] == []
    # A rejected request holds no dates: the same period may be asked for again.
    await submit(client, world)


@pytest.mark.parametrize(
    ("how", "states"),
    [
        ("rejected", ["approved", "rejected", "pending"]),
        ("withdrawn", ["approved", "pending", "pending"]),
        ("cancelled", ["approved", "approved", "approved"]),
    ],
)
async def test_steps_already_approved_stay_approved_when_a_request_ends(
    client: httpx.AsyncClient, world: World, how: str, states: list[str]
):
    tid = (await submit(client, world))["id"]
    await approve(client, world, tid, "ops_head", 0)
    if how == "rejected":
        answer = await decide(client, world, tid, "hr", 1, "reject", comment="No budget")
    elif how == "withdrawn":
        answer = await client.post(f"/api/v1/transfers/{tid}/withdraw", json={}, headers=world.headers("ops_staff"))
    else:
        await approve(client, world, tid, "hr", 1)
        await approve(client, world, tid, "leader", 2)
        answer = await client.post(
            f"/api/v1/transfers/{tid}/cancel", json={"reason": "Store closed"}, headers=world.headers("hr")
        )
    assert answer.status_code == 200, answer.text
    ended = answer.json()
    assert ended["status"] == how
    assert [s["state"] for s in ended["steps"]] == states


# --- invalid requests -----------------------------------------------------------------------------


@pytest.mark.parametrize("dest", ["D-IT", "R-EAST", "HQ"])
async def test_the_destination_must_be_a_store_or_project(client: httpx.AsyncClient, world: World, dest: str):
    refused = await post(client, world, "ops_staff", terms(world, dest=dest))
    assert refused.status_code == 422, refused.text
    assert slug(refused) == "transfer.invalid_destination"
    assert fields(refused) == ["body.destination_unit_id"]


async def test_a_request_to_ones_own_unit_is_refused(client: httpx.AsyncClient, world: World):
    refused = await post(client, world, "staff_s1", terms(world, dest="S1"))
    assert refused.status_code == 422 and slug(refused) == "transfer.same_unit"
    # a store employee's department review needs a head over their store (here: over the region)
    await grant(client, world, "region_east", Role.DEPT_HEAD, "R-EAST")
    assert (await post(client, world, "staff_s1", terms(world, dest="S2"))).status_code == 201


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        ("2026-03-10", None, "body.end_date"),
        ("2026-03-10", "2026-03-09", "body.end_date"),
        ("2026-01-30", "2026-02-05", "body.start_date"),  # 31 days ago
    ],
    ids=["no-end", "end-before-start", "too-far-back"],
)
async def test_a_secondment_needs_a_sound_period(
    client: httpx.AsyncClient, world: World, start: str, end: str | None, field: str
):
    refused = await post(client, world, "ops_staff", terms(world, start=start, end=end))
    assert refused.status_code == 422, refused.text
    assert slug(refused) == "transfer.invalid_period" and fields(refused) == [field]


async def test_a_request_may_start_exactly_thirty_days_ago(client: httpx.AsyncClient, world: World):
    created = await submit(client, world, start="2026-01-31", end="2026-02-05")
    assert created["start_date"] == "2026-01-31"


async def test_overlapping_secondments_are_refused_and_back_to_back_ones_accepted(
    client: httpx.AsyncClient, world: World
):
    first = (await submit(client, world, start="2026-03-10", end="2026-03-20"))["id"]

    clash = await post(client, world, "ops_staff", terms(world, dest="S2", start="2026-03-15", end="2026-03-25"))
    assert clash.status_code == 409 and slug(clash) == "transfer.overlap"
    assert clash.json()["overlapping_from"] == "2026-03-10" and clash.json()["overlapping_to"] == "2026-03-20"
    await submit(client, world, dest="S2", start="2026-03-21", end="2026-03-30")

    await approve_chain(client, world, first)
    clash = await post(client, world, "ops_staff", terms(world, dest="S2", start="2026-03-05", end="2026-03-10"))
    assert clash.status_code == 409 and slug(clash) == "transfer.overlap"
    assert clash.json()["overlapping_from"] == "2026-03-10"
    await submit(client, world, dest="S2", start="2026-03-05", end="2026-03-09")

    # Another person's secondment never clashes.
    await submit(client, world, who="region_east", dest="S3", start="2026-03-10", end="2026-03-20")


async def test_a_permanent_transfer_has_no_end_date(client: httpx.AsyncClient, world: World):
    refused = await post(client, world, "ops_staff", terms(world, kind="permanent"))
    assert refused.status_code == 422 and fields(refused) == ["body.end_date"]
    created = await submit(client, world, kind="permanent", end=None)
    assert created["kind"] == "permanent" and created["end_date"] is None


@pytest.mark.parametrize(
    "change",
    [{"start_date": "2026-03-15"}, {"end_date": "2026-03-25"}],
    ids=["early_return", "extension"],
)
async def test_only_an_approved_secondment_can_be_amended(
    client: httpx.AsyncClient, world: World, change: dict[str, str]
):
    kind = "early_return" if "start_date" in change else "extension"
    await grant(client, world, "region_east", Role.DEPT_HEAD, "R-EAST")  # reviews S2's staff
    pending = (await submit(client, world))["id"]
    permanent = (await submit(client, world, who="staff_s2", kind="permanent", end=None))["id"]
    for amended, who in ((pending, "ops_staff"), (permanent, "staff_s2")):
        body = {"kind": kind, "amends_transfer_id": amended, "reason": "Plans changed", **change}
        refused = await post(client, world, who, body)
        assert refused.status_code == 422, refused.text
        assert slug(refused) == "transfer.not_amendable" and fields(refused) == ["body.amends_transfer_id"]


async def test_only_hr_requests_for_someone_else(client: httpx.AsyncClient, world: World):
    body = terms(world, employee_id=str(world.employees["ops_staff"]))
    assert (await post(client, world, "staff_s1", body)).status_code == 403
    assert (await post(client, world, "ops_head", body)).status_code == 403
    await grant(client, world, "admin", Role.HR)  # someone other than the requester decides the HR step
    on_behalf = await post(client, world, "hr", body)
    assert on_behalf.status_code == 201, on_behalf.text
    assert on_behalf.json()["employee_id"] == str(world.employees["ops_staff"])
    assert on_behalf.json()["requested_by"] == str(world.accounts["hr"])


async def test_unknown_fields_are_refused(client: httpx.AsyncClient, world: World):
    refused = await post(client, world, "ops_staff", terms(world, salary_bonus=500))
    assert refused.status_code == 422 and "body.salary_bonus" in fields(refused)
    tid = (await submit(client, world))["id"]
    odd = await client.post(
        f"/api/v1/transfers/{tid}/steps/current/decision",
        json={"step": 0, "decision": "approve", "urgent": True},
        headers=world.headers("ops_head"),
    )
    assert odd.status_code == 422 and "body.urgent" in fields(odd)
    assert (await view(client, world, tid))["current"]["position"] == 0


# --- who decides ----------------------------------------------------------------------------------


async def grant(client: httpx.AsyncClient, world: World, who: str, role: Role, unit: str = "HQ") -> None:
    granted = await client.post(
        f"/api/v1/accounts/{world.accounts[who]}/grants",
        json={"role": role.value, "org_unit_id": str(world.units[unit])},
        headers=world.headers("admin"),
    )
    assert granted.status_code == 201, granted.text
    world.grants[who] = (*world.grants[who], Grant(role=role, org_unit_id=world.units[unit]))


async def test_nobody_decides_their_own_request(client: httpx.AsyncClient, world: World):
    own = (await submit(client, world))["id"]
    refused = await decide(client, world, own, "ops_staff", 0)
    assert refused.status_code == 403 and slug(refused) == "transfer.own_request"

    # With a second HR person, HR may ask on someone's behalf; at the HR step the requester may not
    # decide, the colleague does.
    await grant(client, world, "admin", Role.HR)
    hid = (
        await submit(
            client,
            world,
            who="hr",
            dest="S2",
            start="2026-04-01",
            end="2026-04-10",
            employee_id=str(world.employees["ops_staff"]),
        )
    )["id"]
    await approve(client, world, hid, "ops_head", 0)
    refused = await decide(client, world, hid, "hr", 1)
    assert refused.status_code == 403 and slug(refused) == "transfer.own_request"
    assert decider_accounts(await view(client, world, hid, "hr")) == {str(world.accounts["admin"])}
    assert await inbox(client, world, "hr") == []
    assert await inbox(client, world, "admin") == [hid]


async def test_a_request_nobody_else_could_decide_is_refused_when_submitted(client: httpx.AsyncClient, world: World):
    """Found by walking the service: HR filed a secondment for someone while being the only HR
    person; the request reached the HR step and stuck there, with no decider and no warning."""
    on_behalf = await post(client, world, "hr", terms(world, dest="S2", employee_id=str(world.employees["leader"])))
    problem = assert_problem(on_behalf, 422, "transfer.no_decider")
    assert problem["step"] == 1 and problem["step_name"] == "HR approval"
    assert "HR approval" in problem["detail"]

    # The only department head over Operations asks for themselves: step 0 could never be decided.
    head_own = await post(client, world, "ops_head", terms(world, start="2026-04-01", end="2026-04-10"))
    assert assert_problem(head_own, 422, "transfer.no_decider")["step"] == 0

    listed = await client.get("/api/v1/transfers", headers=world.headers("hr"))
    assert listed.json()["items"] == []


async def test_a_returned_request_is_resubmitted_only_while_its_steps_have_deciders(
    client: httpx.AsyncClient, world: World
):
    tid = (await submit(client, world))["id"]
    await approve(client, world, tid, "ops_head", 0)
    returned = await decide(client, world, tid, "hr", 1, "return", "Say which store")
    assert returned.status_code == 200, returned.text
    # meanwhile the leader's grant goes: the leader's step ahead has no decider left
    leader_grant = next(
        g["id"]
        for g in (
            await client.get(f"/api/v1/accounts/{world.accounts['leader']}", headers=world.headers("admin"))
        ).json()["grants"]
        if g["role"] == "leader"
    )
    revoked = await client.delete(
        f"/api/v1/accounts/{world.accounts['leader']}/grants/{leader_grant}", headers=world.headers("admin")
    )
    assert revoked.status_code == 200, revoked.text
    again = await client.post(f"/api/v1/transfers/{tid}/resubmit", json={}, headers=world.headers("ops_staff"))
    assert assert_problem(again, 422, "transfer.no_decider")["step_name"] == "Leader sign-off"
    assert (await view(client, world, tid))["status"] == "returned"


async def test_a_step_left_without_decider_escalates_to_hr(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    head_grant = next(
        g["id"]
        for g in (
            await client.get(f"/api/v1/accounts/{world.accounts['ops_head']}", headers=world.headers("admin"))
        ).json()["grants"]
        if g["role"] == "dept_head"
    )
    revoked = await client.delete(
        f"/api/v1/accounts/{world.accounts['ops_head']}/grants/{head_grant}", headers=world.headers("admin")
    )
    assert revoked.status_code == 200, revoked.text

    current = (await view(client, world, tid))["current"]
    assert current["escalated_to_hr"] is True
    assert decider_accounts({"current": current}) == {str(world.accounts["hr"])}
    assert await inbox(client, world, "hr") == [tid]
    for who in ("leader", "manager_s1"):
        refused = await decide(client, world, tid, who, 0)
        assert refused.status_code == 403 and slug(refused) == "transfer.not_your_step", who

    decided = await approve(client, world, tid, "hr", 0)
    assert decided["current"]["position"] == 1 and decided["current"]["escalated_to_hr"] is False
    audit = await client.get(
        "/api/v1/audit", params={"entity_type": "transfer", "entity_id": tid}, headers=world.headers("admin")
    )
    assert any(entry["changes"].get("escalated_to_hr") for entry in audit.json()["items"]), audit.text


async def test_a_step_is_decided_only_by_its_approver(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    for who in ("manager_s1", "leader", "hr", "region_east"):
        refused = await decide(client, world, tid, who, 0)
        assert refused.status_code == 403, (who, refused.text)
        assert slug(refused) == "transfer.not_your_step"
    await approve(client, world, tid, "ops_head", 0)
    refused = await decide(client, world, tid, "ops_head", 1)
    assert refused.status_code == 403 and slug(refused) == "transfer.not_your_step"
    assert (await view(client, world, tid))["current"]["position"] == 1


async def test_people_who_cannot_see_a_request_get_404(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    for who in ("manager_s2", "staff_s2", "staff_s1"):
        assert (await client.get(f"/api/v1/transfers/{tid}", headers=world.headers(who))).status_code == 404
        hidden = await decide(client, world, tid, who, 0)
        assert hidden.status_code == 404 and slug(hidden) == "transfer.not_found"
    # The destination's manager does see it.
    assert (await view(client, world, tid, "manager_s1"))["id"] == tid


async def test_two_approvers_racing_on_one_step_make_one_decision(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    granted = await client.post(
        f"/api/v1/accounts/{world.accounts['leader']}/grants",
        json={"role": "hr", "org_unit_id": str(world.units["HQ"])},
        headers=world.headers("admin"),
    )
    assert granted.status_code == 201, granted.text
    world.grants["leader"] = (*world.grants["leader"], Grant(role=Role.HR, org_unit_id=world.units["HQ"]))

    tid = (await submit(client, world))["id"]
    at_hr = await approve(client, world, tid, "ops_head", 0)
    assert decider_accounts(at_hr) == {str(world.accounts["hr"]), str(world.accounts["leader"])}
    assert await inbox(client, world, "leader") == [tid]

    clock.advance(timedelta(minutes=5))
    results = await asyncio.gather(decide(client, world, tid, "hr", 1), decide(client, world, tid, "leader", 1))
    assert sorted(r.status_code for r in results) == [200, 409], [r.text for r in results]
    loser = next(r for r in results if r.status_code == 409)
    assert slug(loser) in {"transfer.step_already_decided", "transfer.changed_concurrently"}

    seen = await view(client, world, tid)
    assert seen["current"]["position"] == 2
    assert [e["step"] for e in seen["trail"] if e["action"] == "approved"] == [0, 1]


async def test_a_decision_on_a_stale_step_is_refused(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    await approve(client, world, tid, "ops_head", 0)
    stale = await decide(client, world, tid, "ops_head", 0)
    assert stale.status_code == 409 and slug(stale) == "transfer.step_already_decided"
    assert stale.json()["current_step"] == 1
    ahead = await decide(client, world, tid, "leader", 2)
    assert ahead.status_code == 409 and slug(ahead) == "transfer.step_not_open"
    assert "not open yet" in ahead.json()["detail"] and ahead.json()["current_step"] == 1
    assert [e["action"] for e in (await view(client, world, tid))["trail"]] == ["submitted", "approved"]


# --- withdraw and cancel --------------------------------------------------------------------------


async def test_the_requester_withdraws_until_the_request_is_decided(client: httpx.AsyncClient, world: World):
    tid = (await submit(client, world))["id"]
    await approve(client, world, tid, "ops_head", 0)
    not_theirs = await client.post(f"/api/v1/transfers/{tid}/withdraw", json={}, headers=world.headers("ops_head"))
    assert not_theirs.status_code == 403 and slug(not_theirs) == "transfer.not_requester"

    withdrawn = await client.post(
        f"/api/v1/transfers/{tid}/withdraw", json={"comment": "Not needed"}, headers=world.headers("ops_staff")
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["status"] == "withdrawn" and withdrawn.json()["current"] is None
    assert await inbox(client, world, "hr") == []
    late = await decide(client, world, tid, "hr", 1)
    assert late.status_code == 409

    approved = (await submit(client, world))["id"]  # the withdrawn one no longer holds the dates
    await approve_chain(client, world, approved)
    too_late = await client.post(f"/api/v1/transfers/{approved}/withdraw", json={}, headers=world.headers("ops_staff"))
    assert too_late.status_code == 409 and slug(too_late) == "transfer.invalid_state"
    assert (await view(client, world, approved))["status"] == "approved"


async def test_hr_cancels_an_approved_transfer_before_it_starts(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    tid = (await submit(client, world))["id"]
    await approve_chain(client, world, tid)
    not_hr = await client.post(
        f"/api/v1/transfers/{tid}/cancel", json={"reason": "Changed my mind"}, headers=world.headers("ops_staff")
    )
    assert not_hr.status_code == 403
    no_reason = await client.post(f"/api/v1/transfers/{tid}/cancel", json={}, headers=world.headers("hr"))
    assert no_reason.status_code == 422 and fields(no_reason) == ["body.reason"]

    clock.set(at("2026-03-09", "23:30"))  # the eve of the start
    cancelled = await client.post(
        f"/api/v1/transfers/{tid}/cancel", json={"reason": "Store closed for works"}, headers=world.headers("hr")
    )
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["trail"][-1]["action"] == "cancelled"
    placed = (await assignments(client, world, "ops_staff", on="2026-03-12")).json()
    assert placed["assignments"][0]["cancelled_at"] is not None
    assert placed["unit_on_date"] == str(world.units["D-OPS"])

    clock.set(at("2026-03-12"))
    employee = f"/api/v1/employees/{world.employees['ops_staff']}"
    assert (await client.get(employee, headers=world.headers("manager_s1"))).status_code == 404
    members = await client.get(f"/api/v1/org-units/{world.units['S1']}/members", headers=world.headers("manager_s1"))
    assert str(world.employees["ops_staff"]) not in {m["employee"]["id"] for m in members.json()["items"]}
    # The dates are free again.
    await submit(client, world, start="2026-03-15", end="2026-03-20")


async def test_a_started_transfer_cannot_be_cancelled(client: httpx.AsyncClient, world: World, clock: ManualClock):
    tid = (await submit(client, world))["id"]
    await approve_chain(client, world, tid)
    clock.set(at("2026-03-10", "00:30"))
    refused = await client.post(
        f"/api/v1/transfers/{tid}/cancel", json={"reason": "Too late"}, headers=world.headers("hr")
    )
    assert refused.status_code == 409 and slug(refused) == "transfer.invalid_state"
    assert (await view(client, world, tid))["status"] == "approved"
    assert (await assignments(client, world, "ops_staff")).json()["unit_on_date"] == str(world.units["S1"])


async def move_permanently(client: httpx.AsyncClient, world: World, dest: str, start: str) -> str:
    """ops_staff moves for good to `dest` from `start`, through the default chain."""
    tid = str((await submit(client, world, kind="permanent", dest=dest, start=start, end=None))["id"])
    await approve_chain(client, world, tid)
    return tid


def rows_by_transfer(placed: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["transfer_id"]: row for row in placed["assignments"]}


async def test_cancelling_a_second_permanent_move_restores_the_first(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    """Approving a permanent move closes the earlier open-ended one on its start date; cancelling it
    gives that earlier move back its open end, so she stays where the first move put her, for HR,
    the store managers and the sync feed alike."""
    first = await move_permanently(client, world, "S1", "2026-03-10")
    clock.set(at("2026-03-20"))
    second = await move_permanently(client, world, "S2", "2026-04-01")
    assert (await assignments(client, world, "ops_staff", on="2026-04-15")).json()["unit_on_date"] == str(
        world.units["S2"]
    )
    feed = await client.get("/api/v1/sync/assignments", headers=world.headers("hr"))
    assert feed.status_code == 200, feed.text
    cursor = feed.json()["next_cursor"]

    cancelled = await client.post(
        f"/api/v1/transfers/{second}/cancel", json={"reason": "Lujiazui plans dropped"}, headers=world.headers("hr")
    )
    assert cancelled.status_code == 200, cancelled.text

    placed = (await assignments(client, world, "ops_staff", on="2026-04-15")).json()
    assert placed["unit_on_date"] == str(world.units["S1"]), "she fell back to her home unit"
    rows = rows_by_transfer(placed)
    assert rows[first]["valid_to"] is None and rows[first]["cancelled_at"] is None
    assert rows[second]["cancelled_at"] is not None

    clock.set(at("2026-04-15"))
    employee = f"/api/v1/employees/{world.employees['ops_staff']}"
    assert (await client.get(employee, headers=world.headers("manager_s1"))).status_code == 200
    assert (await client.get(employee, headers=world.headers("manager_s2"))).status_code == 404
    members = await client.get(f"/api/v1/org-units/{world.units['S1']}/members", headers=world.headers("manager_s1"))
    assert str(world.employees["ops_staff"]) in {m["employee"]["id"] for m in members.json()["items"]}

    await settle(world.app.state.database)
    changed = await client.get("/api/v1/sync/assignments", params={"cursor": cursor}, headers=world.headers("hr"))
    assert changed.status_code == 200, changed.text
    synced = {item["transfer_id"]: item for item in changed.json()["items"]}
    assert synced[first]["valid_to"] is None and synced[first]["cancelled_at"] is None
    assert synced[second]["cancelled_at"] is not None


async def test_a_cancelled_permanent_move_gives_its_days_back_only_until_the_next_move(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    """With a third move approved after the second, cancelling the second gives the first its days
    back up to the third's start, not beyond."""
    first = await move_permanently(client, world, "S1", "2026-03-10")
    second = await move_permanently(client, world, "S2", "2026-04-01")
    third = await move_permanently(client, world, "S3", "2026-05-01")
    cancelled = await client.post(
        f"/api/v1/transfers/{second}/cancel", json={"reason": "Lujiazui plans dropped"}, headers=world.headers("hr")
    )
    assert cancelled.status_code == 200, cancelled.text

    placed = await assignments(client, world, "ops_staff", on="2026-04-15")
    assert placed.json()["unit_on_date"] == str(world.units["S1"])
    rows = rows_by_transfer(placed.json())
    assert rows[first]["valid_to"] == "2026-05-01" and rows[third]["valid_to"] is None
    later = await assignments(client, world, "ops_staff", on="2026-05-15")
    assert later.json()["unit_on_date"] == str(world.units["S3"])


async def test_cancelling_a_secondment_leaves_the_permanent_move_open(
    client: httpx.AsyncClient, world: World, clock: ManualClock
):
    """A secondment closes nothing, so its cancellation has nothing to give back."""
    first = await move_permanently(client, world, "S1", "2026-03-10")
    secondment = (await submit(client, world, dest="S2", start="2026-04-01", end="2026-04-20"))["id"]
    await approve_chain(client, world, secondment)
    assert rows_by_transfer((await assignments(client, world, "ops_staff")).json())[first]["valid_to"] is None
    cancelled = await client.post(
        f"/api/v1/transfers/{secondment}/cancel", json={"reason": "Cover found"}, headers=world.headers("hr")
    )
    assert cancelled.status_code == 200, cancelled.text
    placed = (await assignments(client, world, "ops_staff", on="2026-04-10")).json()
    assert placed["unit_on_date"] == str(world.units["S1"])
    assert rows_by_transfer(placed)[first]["valid_to"] is None


# --- early return and extension -------------------------------------------------------------------


async def manager_sees_ops_staff(client: httpx.AsyncClient, world: World) -> bool:
    answer = await client.get(f"/api/v1/employees/{world.employees['ops_staff']}", headers=world.headers("manager_s1"))
    assert answer.status_code in (200, 404), answer.text
    return answer.status_code == 200


async def test_an_early_return_ends_the_secondment_sooner(client: httpx.AsyncClient, world: World, clock: ManualClock):
    tid = (await submit(client, world))["id"]
    await approve_chain(client, world, tid)
    clock.set(at("2026-03-12"))

    for back in ("2026-03-10", "2026-03-21"):  # the first day back must fall inside the period
        refused = await post(
            client,
            world,
            "ops_staff",
            {"kind": "early_return", "amends_transfer_id": tid, "start_date": back, "reason": "Needed at HQ"},
        )
        assert refused.status_code == 422 and slug(refused) == "transfer.invalid_period", back
    request = await post(
        client,
        world,
        "ops_staff",
        {"kind": "early_return", "amends_transfer_id": tid, "start_date": "2026-03-15", "reason": "Needed at HQ"},
    )
    assert request.status_code == 201, request.text
    early = request.json()
    assert early["destination_unit_id"] == str(world.units["S1"]) and early["start_date"] == "2026-03-15"
    assert [s["approver"] for s in early["steps"]] == [a for _, a in DEFAULT_CHAIN]
    second = await post(
        client,
        world,
        "ops_staff",
        {"kind": "extension", "amends_transfer_id": tid, "end_date": "2026-03-25", "reason": "Both"},
    )
    assert second.status_code == 409 and slug(second) == "transfer.amendment_pending"

    # Not in effect until the whole chain approved it.
    await approve(client, world, early["id"], "ops_head", 0)
    assert (await assignments(client, world, "ops_staff", on="2026-03-16")).json()["unit_on_date"] == str(
        world.units["S1"]
    )
    await approve(client, world, early["id"], "hr", 1)
    await approve(client, world, early["id"], "leader", 2)

    placed = (await assignments(client, world, "ops_staff", on="2026-03-15")).json()
    assert [(a["transfer_id"], a["valid_to"]) for a in placed["assignments"]] == [(tid, "2026-03-15")]
    assert placed["unit_on_date"] == str(world.units["D-OPS"])

    clock.set(at("2026-03-14", "23:59"))
    assert await manager_sees_ops_staff(client, world)
    clock.set(at("2026-03-15", "00:00"))
    assert not await manager_sees_ops_staff(client, world)


async def test_an_extension_keeps_the_secondment_going(client: httpx.AsyncClient, world: World, clock: ManualClock):
    tid = (await submit(client, world))["id"]
    await approve_chain(client, world, tid)
    clock.set(at("2026-03-12"))

    short = await post(
        client,
        world,
        "ops_staff",
        {"kind": "extension", "amends_transfer_id": tid, "end_date": "2026-03-20", "reason": "More time"},
    )
    assert short.status_code == 422 and slug(short) == "transfer.invalid_period"
    request = await post(
        client,
        world,
        "ops_staff",
        {"kind": "extension", "amends_transfer_id": tid, "end_date": "2026-03-25", "reason": "More time"},
    )
    assert request.status_code == 201, request.text
    extension = request.json()
    assert extension["start_date"] == "2026-03-21" and extension["end_date"] == "2026-03-25"
    # While it waits, its days are held: nothing else may be planned on them.
    clash = await post(client, world, "ops_staff", terms(world, dest="S2", start="2026-03-24", end="2026-03-28"))
    assert clash.status_code == 409 and slug(clash) == "transfer.overlap"

    await approve_chain(client, world, extension["id"])
    placed = (await assignments(client, world, "ops_staff")).json()["assignments"]
    assert [(a["transfer_id"], a["valid_from"], a["valid_to"]) for a in placed] == [(tid, "2026-03-10", "2026-03-26")]

    clock.set(at("2026-03-22"))
    assert await manager_sees_ops_staff(client, world)
    clock.set(at("2026-03-25", "23:59"))
    assert await manager_sees_ops_staff(client, world)
    clock.set(at("2026-03-26", "00:00"))
    assert not await manager_sees_ops_staff(client, world)


# --- chains ---------------------------------------------------------------------------------------


async def test_an_administrator_changes_a_chain_for_new_requests_only(client: httpx.AsyncClient, world: World):
    default = await client.get("/api/v1/transfer-chains/secondment", headers=world.headers("ops_staff"))
    assert default.status_code == 200, default.text
    assert default.json()["is_default"] is True
    assert [(s["name"], s["approver"]) for s in default.json()["steps"]] == DEFAULT_CHAIN

    before = (await submit(client, world))["id"]

    two_steps = {
        "steps": [
            {"name": "Store manager agrees", "approver": "destination_manager"},
            {"name": "HR approval", "approver": "hr"},
        ]
    }
    by_hr = await client.put("/api/v1/transfer-chains/secondment", json=two_steps, headers=world.headers("hr"))
    assert by_hr.status_code == 403
    unknown = await client.put(
        "/api/v1/transfer-chains/secondment",
        json={"steps": [{"name": "Boss", "approver": "the_boss"}]},
        headers=world.headers("admin"),
    )
    assert unknown.status_code == 422 and fields(unknown) == ["body.steps.0.approver"]
    assert (await client.get("/api/v1/transfer-chains/secondment", headers=world.headers("hr"))).json()["is_default"]

    changed = await client.put("/api/v1/transfer-chains/secondment", json=two_steps, headers=world.headers("admin"))
    assert changed.status_code == 200, changed.text
    assert changed.json()["is_default"] is False
    read = (await client.get("/api/v1/transfer-chains/secondment", headers=world.headers("ops_staff"))).json()
    assert [(s["name"], s["approver"]) for s in read["steps"]] == [
        ("Store manager agrees", "destination_manager"),
        ("HR approval", "hr"),
    ]
    other_kind = (await client.get("/api/v1/transfer-chains/permanent", headers=world.headers("ops_staff"))).json()
    assert other_kind["is_default"] is True

    after = await submit(client, world, who="staff_s2", dest="S1")
    assert after["current"]["name"] == "Store manager agrees"
    assert decider_accounts(after) == {str(world.accounts["manager_s1"]), str(world.accounts["region_east"])}
    assert after["id"] in await inbox(client, world, "manager_s1")
    await approve(client, world, after["id"], "manager_s1", 0)
    done = await approve(client, world, after["id"], "hr", 1)
    assert done["status"] == "approved"

    old = await view(client, world, before)
    assert [(s["name"], s["approver"]) for s in old["steps"]] == DEFAULT_CHAIN
    refused = await decide(client, world, before, "manager_s1", 0)
    assert refused.status_code == 403 and slug(refused) == "transfer.not_your_step"
    assert await inbox(client, world, "ops_head") == [before]


# --- figures --------------------------------------------------------------------------------------


async def stats(client: httpx.AsyncClient, world: World, who: str, start: str, end: str) -> httpx.Response:
    return await client.get("/api/v1/transfers/stats", params={"from": start, "to": end}, headers=world.headers(who))


async def test_hr_reads_the_months_figures(client: httpx.AsyncClient, world: World, clock: ManualClock):
    approved = (await submit(client, world))["id"]
    rejected = (await submit(client, world, who="region_east", dest="S3"))["id"]
    await grant(client, world, "region_east", Role.DEPT_HEAD, "R-EAST")  # reviews S1's staff
    await submit(client, world, who="staff_s1", dest="S2")  # still waiting
    clock.advance(timedelta(days=1))
    answer = await decide(client, world, rejected, "ops_head", 0, "reject", comment="Not this spring")
    assert answer.status_code == 200, answer.text
    clock.advance(timedelta(days=2))
    await approve_chain(client, world, approved)

    figures = await stats(client, world, "hr", "2026-03-01", "2026-03-31")
    assert figures.status_code == 200, figures.text
    month = figures.json()
    assert (month["requests"], month["approvals"], month["rejections"]) == (3, 1, 1)
    assert month["median_days_to_decision"] == 2.0  # one decided after 1 day, one after 3
    by_code = {p["code"]: p for p in month["participation"]}
    assert set(by_code) == {"D-OPS", "D-HR", "D-IT"}
    assert (by_code["D-OPS"]["active_employees"], by_code["D-OPS"]["seconded"]) == (4, 1)
    assert by_code["D-OPS"]["share"] == 0.25
    assert (by_code["D-HR"]["seconded"], by_code["D-HR"]["share"]) == (0, 0.0)

    april = (await stats(client, world, "leader", "2026-04-01", "2026-04-30")).json()
    assert (april["requests"], april["approvals"], april["median_days_to_decision"]) == (0, 0, None)
    assert {p["code"]: p["seconded"] for p in april["participation"]}["D-OPS"] == 0

    assert (await stats(client, world, "ops_staff", "2026-03-01", "2026-03-31")).status_code == 403
    assert (await stats(client, world, "ops_head", "2026-03-01", "2026-03-31")).status_code == 403
    backwards = await stats(client, world, "hr", "2026-03-31", "2026-03-01")
    assert backwards.status_code == 422 and fields(backwards) == ["query.to"]
