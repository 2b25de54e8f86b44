"""Flexible arrangements: asked for by the person, decided through the chain (department head, then
HR) with the transfers' inbox and trail, one decision when approvers race, and no overlaps."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from domain.care.models import FlexibleArrangement
from domain.shared.db import Database
from tests.factories import World, deliver_events
from tests.support import assert_problem

MINE = "/api/v1/me/arrangements"
# the test clock starts on Monday 2026-03-02
SCHOOL_RUN = {
    "start_date": "2026-03-09",
    "end_date": "2026-06-30",
    "reduced_minutes": 60,
    "window_start": "09:30",
    "window_end": "16:30",
}


def fields(response: httpx.Response) -> list[str]:
    return [e["field"] for e in response.json().get("errors") or []]


async def ask(client: httpx.AsyncClient, world: World, who: str, body: dict[str, Any]) -> httpx.Response:
    return await client.post(MINE, json=body, headers=world.headers(who))


async def decide(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    arrangement: dict[str, Any],
    decision: str = "approve",
    **extra: Any,
) -> httpx.Response:
    return await client.post(
        f"/api/v1/arrangements/{arrangement['id']}/steps/current/decision",
        json={"step": arrangement["current_step"], "decision": decision, **extra},
        headers=world.headers(who),
    )


async def inbox(client: httpx.AsyncClient, world: World, who: str) -> list[str]:
    response = await client.get("/api/v1/approvals/inbox", headers=world.headers(who))
    assert response.status_code == 200, response.text
    return [a["id"] for a in response.json()["arrangements"]]


async def test_the_chain_decides_step_by_step_and_the_day_follows(client: httpx.AsyncClient, world: World) -> None:
    asked = await ask(client, world, "ops_staff", SCHOOL_RUN)
    assert asked.status_code == 201, asked.text
    arrangement = asked.json()
    assert (arrangement["status"], arrangement["current_step"]) == ("in_review", 0)
    assert [s["approver"] for s in arrangement["steps"]] == ["home_department", "hr"]
    assert await inbox(client, world, "ops_head") == [arrangement["id"]]
    assert await inbox(client, world, "hr") == []
    assert await inbox(client, world, "manager_s1") == []
    outsider = await decide(client, world, "manager_s1", arrangement)
    assert_problem(outsider, 404, "arrangement.not_found")

    first = await decide(client, world, "ops_head", arrangement, comment="Fine with the team")
    assert first.status_code == 200, first.text
    assert (first.json()["status"], first.json()["current_step"]) == ("in_review", 1)
    assert await inbox(client, world, "ops_head") == []
    assert await inbox(client, world, "hr") == [arrangement["id"]]
    final = await decide(client, world, "hr", first.json())
    assert final.status_code == 200, final.text
    done = final.json()
    assert done["status"] == "approved" and done["decided_at"] is not None
    assert [(t["action"], t["step"], t["actor_name"]) for t in done["trail"]] == [
        ("submitted", None, "Ops Staff"),
        ("approved", 0, "Ops Head"),
        ("approved", 1, "Hr"),
    ]
    assert done["trail"][1]["comment"] == "Fine with the team"

    url = f"/api/v1/employees/{world.employees['ops_staff']}/constraints"
    found = await client.get(url, params={"from": "2026-03-01", "to": "2026-03-31"}, headers=world.headers("ops_head"))
    assert {(c["kind"], c["basis"], c["start"], c["end"]) for c in found.json()["constraints"]} == {
        ("reduced_day", "arrangement", "2026-03-09", "2026-03-31"),
        ("day_window", "arrangement", "2026-03-09", "2026-03-31"),
    }
    listed = (await client.get(MINE, headers=world.headers("ops_staff"))).json()["items"]
    assert [a["id"] for a in listed] == [arrangement["id"]]


async def test_nobody_decides_their_own_and_hr_takes_a_step_nobody_else_can(
    client: httpx.AsyncClient, world: World
) -> None:
    asked = (await ask(client, world, "ops_head", SCHOOL_RUN)).json()
    own = await decide(client, world, "ops_head", asked)
    assert_problem(own, 403, "arrangement.own_request")
    # the only department head over Operations is the requester: the step is HR's
    assert await inbox(client, world, "hr") == [asked["id"]]
    assert (await decide(client, world, "hr", asked)).json()["current_step"] == 1


async def test_racing_approvals_give_one_decision_and_one_conflict(client: httpx.AsyncClient, world: World) -> None:
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    answers = await asyncio.gather(*(decide(client, world, "ops_head", asked) for _ in range(2)))
    assert sorted(a.status_code for a in answers) == [200, 409]
    read = (await client.get(f"/api/v1/arrangements/{asked['id']}", headers=world.headers("ops_staff"))).json()
    assert read["current_step"] == 1
    assert [t["action"] for t in read["trail"]] == ["submitted", "approved"]


async def test_rejecting_needs_a_reason_and_leaves_the_day_as_it_was(client: httpx.AsyncClient, world: World) -> None:
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    silent = await decide(client, world, "ops_head", asked, decision="reject")
    assert_problem(silent, 422, "validation.required")
    assert fields(silent) == ["body.comment"]
    rejected = await decide(client, world, "ops_head", asked, decision="reject", comment="Cover is short in March")
    assert rejected.json()["status"] == "rejected"
    url = f"/api/v1/employees/{world.employees['ops_staff']}/constraints"
    found = await client.get(url, params={"from": "2026-03-01", "to": "2026-03-31"}, headers=world.headers("hr"))
    assert found.json()["constraints"] == []
    # a rejected request no longer blocks asking again
    assert (await ask(client, world, "ops_staff", SCHOOL_RUN)).status_code == 201


async def test_overlapping_arrangements_are_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    assert (await ask(client, world, "ops_staff", SCHOOL_RUN)).status_code == 201
    overlapping = await ask(
        client, world, "ops_staff", {**SCHOOL_RUN, "start_date": "2026-06-01", "end_date": "2026-07-31"}
    )
    assert_problem(overlapping, 409, "arrangement.overlap")
    assert fields(overlapping) == ["body.start_date"]
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(FlexibleArrangement)) == 1
    after = await ask(client, world, "ops_staff", {**SCHOOL_RUN, "start_date": "2026-07-01", "end_date": "2026-07-31"})
    assert after.status_code == 201


async def test_two_requests_racing_for_the_same_days_store_one(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    answers = await asyncio.gather(*(ask(client, world, "ops_staff", SCHOOL_RUN) for _ in range(2)))
    assert sorted(a.status_code for a in answers) == [201, 409]
    async with database.session_scope() as session:
        assert await session.scalar(select(func.count()).select_from(FlexibleArrangement)) == 1


@pytest.mark.parametrize(
    ("change", "field", "slug"),
    [
        ({"window_start": "09:30", "window_end": "12:00"}, "body.window_end", "arrangement.window_too_short"),
        ({"reduced_minutes": 0}, "body.window_end", "arrangement.window_too_short"),
        ({"window_start": None, "window_end": "16:30"}, "body.window_start", "arrangement.window"),
        ({"window_start": "16:30", "window_end": "09:30"}, "body.window_end", "arrangement.window"),
        ({"end_date": "2026-03-01"}, "body.end_date", "validation.invalid_range"),
        ({"start_date": "2026-01-02"}, "body.start_date", "arrangement.too_far_back"),
        ({"end_date": "2027-06-30"}, "body.end_date", "arrangement.too_long"),
        ({"reduced_minutes": 0, "window_start": None, "window_end": None}, "body", "arrangement.empty"),
        ({"reduced_minutes": "60"}, "body.reduced_minutes", None),
    ],
)
async def test_terms_nobody_could_mean_are_refused_by_field(
    client: httpx.AsyncClient, world: World, change: dict[str, Any], field: str, slug: str | None
) -> None:
    response = await ask(client, world, "ops_staff", {**SCHOOL_RUN, **change})
    assert_problem(response, 422, slug)
    assert field in fields(response)
    assert (await client.get(MINE, headers=world.headers("ops_staff"))).json()["items"] == []


async def test_the_window_problem_says_how_much_of_the_day_is_missing(client: httpx.AsyncClient, world: World) -> None:
    response = await ask(client, world, "ops_staff", {**SCHOOL_RUN, "window_end": "12:00"})
    problem = assert_problem(response, 422, "arrangement.window_too_short")
    assert (problem["held_minutes"], problem["remaining_minutes"]) == (150, 420)


async def test_withdrawing_ends_a_request_and_only_the_person_may(client: httpx.AsyncClient, world: World) -> None:
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    url = f"/api/v1/arrangements/{asked['id']}/withdraw"
    assert_problem(await client.post(url, headers=world.headers("ops_head")), 403, "arrangement.not_yours")
    withdrawn = await client.post(url, headers=world.headers("ops_staff"))
    assert withdrawn.json()["status"] == "withdrawn"
    assert await inbox(client, world, "ops_head") == []
    again = await client.post(url, headers=world.headers("ops_staff"))
    assert_problem(again, 409, "arrangement.invalid_state")


async def test_administrators_configure_the_chain(client: httpx.AsyncClient, world: World) -> None:
    chain = {"steps": [{"name": "HR approval", "approver": "hr"}]}
    refused = await client.put("/api/v1/arrangement-chain", json=chain, headers=world.headers("hr"))
    assert_problem(refused, 403)
    set_ = await client.put("/api/v1/arrangement-chain", json=chain, headers=world.headers("admin"))
    assert set_.status_code == 200 and set_.json()["is_default"] is False
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    assert [s["approver"] for s in asked["steps"]] == ["hr"]
    assert await inbox(client, world, "ops_head") == []
    assert (await decide(client, world, "hr", asked)).json()["status"] == "approved"


async def test_deciders_and_the_person_hear_of_each_step(client: httpx.AsyncClient, world: World) -> None:
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    await deliver_events(world.app)
    first = await notices(client, world, "ops_head")
    assert [n["kind"] for n in first] == ["arrangement.waiting"]
    assert first[0]["body"] == (
        "Ops Staff's flexible arrangement from Mar 9, 2026 to Jun 30, 2026 waits for your decision (Department review)."
    )
    stepped = (await decide(client, world, "ops_head", asked)).json()
    await deliver_events(world.app)
    assert [n["kind"] for n in await notices(client, world, "hr")] == ["arrangement.waiting"]
    await decide(client, world, "hr", stepped)
    await deliver_events(world.app)
    assert [n["kind"] for n in await notices(client, world, "ops_staff")] == ["arrangement.approved"]
    # nothing about an arrangement reaches a webhook: it is part of the care record
    spec = (await client.get("/api/v1/openapi.json")).json()
    assert spec["webhooks"] and not [topic for topic in spec["webhooks"] if topic.startswith("arrangement")]


async def test_a_rejection_reaches_the_person_with_its_reason(client: httpx.AsyncClient, world: World) -> None:
    asked = (await ask(client, world, "ops_staff", SCHOOL_RUN)).json()
    await decide(client, world, "ops_head", asked, decision="reject", comment="Cover is short in March")
    await deliver_events(world.app)
    [notice] = await notices(client, world, "ops_staff")
    assert notice["kind"] == "arrangement.rejected"
    assert notice["body"].endswith(": Cover is short in March")


async def notices(client: httpx.AsyncClient, world: World, who: str) -> list[dict[str, Any]]:
    response = await client.get("/api/v1/me/notifications", headers=world.headers(who))
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def test_racing_first_chain_settings_give_one_chain_and_no_server_error(
    client: httpx.AsyncClient, world: World
) -> None:
    chains = [
        {"steps": [{"name": "HR approval", "approver": "hr"}]},
        {"steps": [{"name": "Dept", "approver": "home_department"}]},
    ]
    answers = await asyncio.gather(
        *(client.put("/api/v1/arrangement-chain", json=chain, headers=world.headers("admin")) for chain in chains)
    )
    assert all(a.status_code in (200, 409) for a in answers), [a.text for a in answers]
    assert 200 in [a.status_code for a in answers]
    for answer in answers:
        if answer.status_code == 409:
            assert_problem(answer, 409, "arrangement.chain_changed_concurrently")


async def test_my_arrangements_page_latest_start_first(client: httpx.AsyncClient, world: World) -> None:
    for start, end in (("2026-03-09", "2026-03-31"), ("2026-05-01", "2026-05-31"), ("2026-04-01", "2026-04-30")):
        assert (
            await ask(client, world, "ops_staff", {**SCHOOL_RUN, "start_date": start, "end_date": end})
        ).status_code == 201
    first = (await client.get(MINE, params={"limit": 2}, headers=world.headers("ops_staff"))).json()
    rest = (
        await client.get(MINE, params={"limit": 2, "cursor": first["next_cursor"]}, headers=world.headers("ops_staff"))
    ).json()
    assert [a["start_date"] for a in first["items"] + rest["items"]] == ["2026-05-01", "2026-04-01", "2026-03-09"]
    assert rest["next_cursor"] is None
    forged = await client.get(MINE, params={"cursor": "abc"}, headers=world.headers("ops_staff"))
    assert_problem(forged, 422, "pagination.invalid_cursor")
